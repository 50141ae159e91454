<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>(now)</source>
        <translation>（正在进行）</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>暂停使用</translation>
    </message>
    <message>
        <source>Coming soon. Ask the attendant in the meantime.</source>
        <translation>即将上线。现在可以先问问驿站工作人员。</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%2 %1</source>
        <translation>%2%1日</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>24小时开放</translation>
    </message>
    <message>
        <source>Open now · closes at %1</source>
        <translation>正在开放 · %1关门</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关门</translation>
    </message>
    <message>
        <source>Closed · opens %1</source>
        <translation>已关门 · %1开门</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明天%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Every %1 %2</source>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>饮水</translation>
    </message>
    <message>
        <source>Microwave</source>
        <translation>微波炉</translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation>手机充电</translation>
    </message>
    <message>
        <source>Battery swap</source>
        <translation>换电</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>歇脚</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>厕所</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>急救药箱</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>取暖</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>纳凉</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>无线网</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>理发</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>餐食</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>健康检测</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>招聘信息</translation>
    </message>
    <message>
        <source>Repair kit</source>
        <translation>修车工具</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>借伞</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1公里</translation>
    </message>
    <message>
        <source>%1 min on foot · %2 min by e-bike</source>
        <translation>步行%1分钟 · 电动车%2分钟</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>本站服务</translation>
    </message>
    <message>
        <source>Nearby stations</source>
        <translation>附近驿站</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>法律帮助</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Tap the first letters of the pinyin: gs = 工伤 (work injury)</source>
        <translation>点拼音首字母就能找：gs = 工伤</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>回到问题列表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>共%1个问题</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters, or pick a category.</source>
        <translation>没找到。少输几个字母，或者点一个分类看看。</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依据：%1</translation>
    </message>
    <message>
        <source>Scan to keep this answer on your phone</source>
        <translation>扫码把这个回答存到手机上</translation>
    </message>
    <message>
        <source>Too long for a QR code: ask the attendant for a printed copy.</source>
        <translation>内容太长，无法生成二维码，可以请工作人员打印一份。</translation>
    </message>
    <message>
        <source>Join the union</source>
        <translation>加入工会</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Services at this station</source>
        <translation>本站服务</translation>
    </message>
    <message>
        <source>Our service pledge</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>监督电话：%1</translation>
    </message>
    <message>
        <source>Run by %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <source>Events and notices</source>
        <translation>活动和通知</translation>
    </message>
    <message>
        <source>No events planned right now.</source>
        <translation>最近没有安排活动。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Scan with your phone to join online</source>
        <translation>用手机扫码，在线入会</translation>
    </message>
    <message>
        <source>Union hotline: %1</source>
        <translation>工会热线：%1</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>入会步骤</translation>
    </message>
    <message>
        <source>What members get</source>
        <translation>会员权益</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>正在开放</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <source>15 min on foot</source>
        <translation>步行15分钟</translation>
    </message>
    <message>
        <source>15 min by e-bike</source>
        <translation>电动车15分钟</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <source>The %1 nearest stations</source>
        <translation>离这里最近的%1个驿站</translation>
    </message>
    <message>
        <source>No station matches. Tap a filter again to turn it off.</source>
        <translation>没有符合条件的驿站。再点一下筛选按钮可以取消。</translation>
    </message>
    <message>
        <source>Scan to find the way in Amap</source>
        <translation>扫码用高德地图导航</translation>
    </message>
    <message>
        <source>Scan to find the way in Baidu Maps</source>
        <translation>扫码用百度地图导航</translation>
    </message>
</context>
</TS>
