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
        <source>Shift opened</source>
        <translation>开始值班</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>结束值班</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记事</translation>
    </message>
    <message>
        <source>Request or complaint</source>
        <translation>职工诉求</translation>
    </message>
    <message>
        <source>Supplies restocked</source>
        <translation>物资补充</translation>
    </message>
    <message>
        <source>Facility fault</source>
        <translation>设施故障</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Attendant PIN</source>
        <translation>值班员密码</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Service diary</source>
        <translation>服务日志</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>退出到桌面</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>新建日志</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Check-ins by occupation</source>
        <translation>按职业统计签到</translation>
    </message>
    <message>
        <source>Check-ins by service used</source>
        <translation>按使用的服务统计签到</translation>
    </message>
    <message>
        <source>Sending to the union</source>
        <translation>上传到工会</translation>
    </message>
    <message>
        <source>Tap to mark a service out of order or working again</source>
        <translation>点按可将服务标为暂停或恢复</translation>
    </message>
    <message>
        <source>Database: working</source>
        <translation>数据库：正常</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>数据库故障：%1</translation>
    </message>
    <message>
        <source>Check-ins today: %1 · this week: %2</source>
        <translation>今日签到 %1 人次 · 本周 %2 人次</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>待上传：%1 条</translation>
    </message>
    <message>
        <source>Oldest waiting: %1</source>
        <translation>最早待传：%1</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>没有待上传的记录</translation>
    </message>
    <message>
        <source>Refused by the centre: %1</source>
        <translation>被中心拒收：%1 条</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次同步成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Content version %1 from %2</source>
        <translation>内容版本 %1，来自 %2</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>还没有记录。</translation>
    </message>
    <message>
        <source>Not connected to a central server: set api_base_url and api_token in the config.</source>
        <translation>未连接中心服务器：请在配置文件中填写 api_base_url 和 api_token。</translation>
    </message>
    <message>
        <source>The centre refused this kiosk&apos;s token: check api_token in the config, then tap Sync now.</source>
        <translation>中心拒绝了本机的令牌：请检查配置中的 api_token，再点“立即同步”。</translation>
    </message>
    <message>
        <source>Connecting to the centre…</source>
        <translation>正在连接中心…</translation>
    </message>
    <message>
        <source>Centre: online</source>
        <translation>中心：已连接</translation>
    </message>
    <message>
        <source>Centre: offline since %1 (%2)</source>
        <translation>中心：%1 起断开（%2）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>暂停使用</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mark out of order</source>
        <translation>标为暂停</translation>
    </message>
    <message>
        <source>Mark working</source>
        <translation>标为恢复</translation>
    </message>
    <message>
        <source>Attendant mode is not set up on this kiosk: put attendant_pin_hash in its config.</source>
        <translation>本机尚未设置值班员密码：请在配置文件中填写 attendant_pin_hash。</translation>
    </message>
    <message>
        <source>Wrong PIN (%1 in a row)</source>
        <translation>密码错误（已连续 %1 次）</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Write what happened before saving.</source>
        <translation>请先写下情况再保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Delivery rider</source>
        <translation>外卖骑手</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Ride-hailing driver</source>
        <translation>网约车司机</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>货车司机</translation>
    </message>
    <message>
        <source>Sanitation worker</source>
        <translation>环卫工人</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>其他职业</translation>
    </message>
    <message>
        <source>Welcome! What work do you do?</source>
        <translation>欢迎！请问您从事什么工作？</translation>
    </message>
    <message>
        <source>Anonymous: no name, phone or ID. It helps the union plan what stations offer.</source>
        <translation>匿名登记：不需要姓名、电话或身份证号。工会据此安排驿站的服务。</translation>
    </message>
    <message>
        <source>What did you use today?</source>
        <translation>今天您用了哪些服务？</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>重选</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Thank you! Your visit is counted.</source>
        <translation>谢谢！已为您登记。</translation>
    </message>
    <message>
        <source>Take a good rest, and stay safe on the road.</source>
        <translation>好好歇歇脚，路上注意安全。</translation>
    </message>
    <message>
        <source>Sorry, your visit could not be saved just now.</source>
        <translation>抱歉，刚才没能登记成功。</translation>
    </message>
    <message>
        <source>Please tell the attendant. Everything else on this kiosk still works.</source>
        <translation>请告诉值班人员。驿站屏幕的其他功能照常使用。</translation>
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
