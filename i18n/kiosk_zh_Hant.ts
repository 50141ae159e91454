<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>(now)</source>
        <translation>（正在進行）</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>開始值班</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>結束值班</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Request or complaint</source>
        <translation>職工訴求</translation>
    </message>
    <message>
        <source>Supplies restocked</source>
        <translation>物資補充</translation>
    </message>
    <message>
        <source>Facility fault</source>
        <translation>設施故障</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>待上傳</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Attendant PIN</source>
        <translation>值班員密碼</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Service diary</source>
        <translation>服務記錄</translation>
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
        <translation>新增記錄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>最近記錄</translation>
    </message>
    <message>
        <source>Check-ins by occupation</source>
        <translation>按職業統計簽到</translation>
    </message>
    <message>
        <source>Check-ins by service used</source>
        <translation>按使用的服務統計簽到</translation>
    </message>
    <message>
        <source>Sending to the union</source>
        <translation>上傳到工會</translation>
    </message>
    <message>
        <source>Tap to mark a service out of order or working again</source>
        <translation>點按可將服務標為暫停或恢復</translation>
    </message>
    <message>
        <source>Database: working</source>
        <translation>資料庫：正常</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>資料庫故障：%1</translation>
    </message>
    <message>
        <source>Check-ins today: %1 · this week: %2</source>
        <translation>今日簽到 %1 人次 · 本週 %2 人次</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>待上傳：%1 筆</translation>
    </message>
    <message>
        <source>Oldest waiting: %1</source>
        <translation>最早待傳：%1</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>沒有待上傳的記錄</translation>
    </message>
    <message>
        <source>Refused by the centre: %1</source>
        <translation>被中心拒收：%1 筆</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次同步成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Content version %1 from %2</source>
        <translation>內容版本 %1，來自 %2</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>還沒有記錄。</translation>
    </message>
    <message>
        <source>Not connected to a central server: set api_base_url and api_token in the config.</source>
        <translation>未連接中心伺服器：請在設定檔中填寫 api_base_url 和 api_token。</translation>
    </message>
    <message>
        <source>The centre refused this kiosk&apos;s token: check api_token in the config, then tap Sync now.</source>
        <translation>中心拒絕了本機的令牌：請檢查設定中的 api_token，再點「立即同步」。</translation>
    </message>
    <message>
        <source>Connecting to the centre…</source>
        <translation>正在連接中心…</translation>
    </message>
    <message>
        <source>Centre: online</source>
        <translation>中心：已連接</translation>
    </message>
    <message>
        <source>Centre: offline since %1 (%2)</source>
        <translation>中心：%1 起斷開（%2）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>暫停使用</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mark out of order</source>
        <translation>標為暫停</translation>
    </message>
    <message>
        <source>Mark working</source>
        <translation>標為恢復</translation>
    </message>
    <message>
        <source>Attendant mode is not set up on this kiosk: put attendant_pin_hash in its config.</source>
        <translation>本機尚未設定值班員密碼：請在設定檔中填寫 attendant_pin_hash。</translation>
    </message>
    <message>
        <source>Wrong PIN (%1 in a row)</source>
        <translation>密碼錯誤（已連續 %1 次）</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>請輸入密碼</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>密碼錯誤次數過多，請 %1 秒後再試。</translation>
    </message>
    <message>
        <source>Write what happened before saving.</source>
        <translation>請先寫下情況再儲存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Delivery rider</source>
        <translation>外賣騎手</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快遞員</translation>
    </message>
    <message>
        <source>Ride-hailing driver</source>
        <translation>網約車司機</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>貨車司機</translation>
    </message>
    <message>
        <source>Sanitation worker</source>
        <translation>環衛工人</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>其他職業</translation>
    </message>
    <message>
        <source>Welcome! What work do you do?</source>
        <translation>歡迎！請問您從事什麼工作？</translation>
    </message>
    <message>
        <source>Anonymous: no name, phone or ID. It helps the union plan what stations offer.</source>
        <translation>匿名登記：不需要姓名、電話或身分證號。工會據此安排驛站的服務。</translation>
    </message>
    <message>
        <source>What did you use today?</source>
        <translation>今天您用了哪些服務？</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>重選</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Thank you! Your visit is counted.</source>
        <translation>謝謝！已為您登記。</translation>
    </message>
    <message>
        <source>Take a good rest, and stay safe on the road.</source>
        <translation>好好歇歇腳，路上注意安全。</translation>
    </message>
    <message>
        <source>Sorry, your visit could not be saved just now.</source>
        <translation>抱歉，剛才沒能登記成功。</translation>
    </message>
    <message>
        <source>Please tell the attendant. Everything else on this kiosk still works.</source>
        <translation>請告訴值班人員。驛站螢幕的其他功能照常使用。</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>回到首頁</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
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
        <translation>24小時開放</translation>
    </message>
    <message>
        <source>Open now · closes at %1</source>
        <translation>正在開放 · %1關門</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關門</translation>
    </message>
    <message>
        <source>Closed · opens %1</source>
        <translation>已關門 · %1開門</translation>
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
        <translation>飲水</translation>
    </message>
    <message>
        <source>Microwave</source>
        <translation>微波爐</translation>
    </message>
    <message>
        <source>Phone charging</source>
        <translation>手機充電</translation>
    </message>
    <message>
        <source>Battery swap</source>
        <translation>換電</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>歇腳</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>廁所</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>急救藥箱</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>取暖</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>納涼</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>無線網</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>圖書</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停車</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>理髮</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>餐食</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>健康檢測</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>託管</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>招聘資訊</translation>
    </message>
    <message>
        <source>Repair kit</source>
        <translation>修車工具</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>借傘</translation>
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
        <translation>步行%1分鐘 · 電動車%2分鐘</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>本站服務</translation>
    </message>
    <message>
        <source>Nearby stations</source>
        <translation>附近驛站</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>法律幫助</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Tap the first letters of the pinyin: gs = 工伤 (work injury)</source>
        <translation>點拼音首字母就能找：gs = 工傷</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>回到問題列表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>共%1個問題</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters, or pick a category.</source>
        <translation>沒找到。少輸幾個字母，或者點一個分類看看。</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>法律依據：%1</translation>
    </message>
    <message>
        <source>Scan to keep this answer on your phone</source>
        <translation>掃碼把這個回答存到手機上</translation>
    </message>
    <message>
        <source>Too long for a QR code: ask the attendant for a printed copy.</source>
        <translation>內容太長，無法生成二維碼，可以請工作人員列印一份。</translation>
    </message>
    <message>
        <source>Join the union</source>
        <translation>加入工會</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>簽到</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Services at this station</source>
        <translation>本站服務</translation>
    </message>
    <message>
        <source>Our service pledge</source>
        <translation>服務承諾</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>監督電話：%1</translation>
    </message>
    <message>
        <source>Run by %1</source>
        <translation>主辦：%1</translation>
    </message>
    <message>
        <source>Events and notices</source>
        <translation>活動和通知</translation>
    </message>
    <message>
        <source>No events planned right now.</source>
        <translation>最近沒有安排活動。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
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
        <translation>用手機掃碼，線上入會</translation>
    </message>
    <message>
        <source>Union hotline: %1</source>
        <translation>工會熱線：%1</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>入會步驟</translation>
    </message>
    <message>
        <source>What members get</source>
        <translation>會員權益</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>正在開放</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24小時</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在這裡</translation>
    </message>
    <message>
        <source>15 min on foot</source>
        <translation>步行15分鐘</translation>
    </message>
    <message>
        <source>15 min by e-bike</source>
        <translation>電動車15分鐘</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <source>The %1 nearest stations</source>
        <translation>離這裡最近的%1個驛站</translation>
    </message>
    <message>
        <source>No station matches. Tap a filter again to turn it off.</source>
        <translation>沒有符合條件的驛站。再點一下篩選按鈕可以取消。</translation>
    </message>
    <message>
        <source>Scan to find the way in Amap</source>
        <translation>掃碼用高德地圖導航</translation>
    </message>
    <message>
        <source>Scan to find the way in Baidu Maps</source>
        <translation>掃碼用百度地圖導航</translation>
    </message>
</context>
</TS>
