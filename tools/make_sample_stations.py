#!/usr/bin/env python3
"""Write sample data for the kiosk's "nearby stations" map: kiosk/assets/bundle/stations.json.

320 invented trade-union rest stations (工会驿站) spread over Chongqing's main urban area, in
GCJ-02 coordinates. Station names are built from real district, area and road names; house
numbers, opening hours and services are invented. Deterministic: random.Random(2026), no network.

Run with the project's venv (needs zhconv for the Traditional Chinese text):

    /work/venv/bin/python tools/make_sample_stations.py
"""

from __future__ import annotations

import importlib.util
import json
import math
import random
from pathlib import Path

import zhconv

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kiosk" / "assets" / "bundle" / "stations.json"


def _load_service_kinds() -> dict:
    # Load vocabulary.py by path, so that the kiosk package (and its GUI imports) is not needed.
    spec = importlib.util.spec_from_file_location(
        "_vocabulary", ROOT / "kiosk" / "content" / "vocabulary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SERVICE_KINDS


SERVICE_KINDS = _load_service_kinds()

SEED = 2026
TOTAL = 320

# The kiosk's own station lives in content.json (CQ-SPB-0001, 石井坡街道工会驿站); keep clear of it.
RESERVED_IDS = {"CQ-SPB-0001"}
RESERVED_NAMES = {"石井坡街道工会驿站"}

# Shapingba: this many stations within CORE_RADIUS_KM of the Sanxia Square centre, and no others.
CORE_CENTRE = (29.5585, 106.4570)
CORE_RADIUS_KM = 1.5
CORE_COUNT = 15

MIN_SEPARATION_KM = 0.08  # two stations are never closer than this

# --------------------------------------------------------------------------------------------
# Geography (approximate GCJ-02)
# --------------------------------------------------------------------------------------------

# River centre lines, upstream to downstream, as (lat, lng); with the half-width plus a margin
# that a station must keep from the line. Approximate, but good enough to keep points on land.
YANGTZE = [
    (29.352, 106.455), (29.370, 106.487), (29.385, 106.500), (29.400, 106.505),
    (29.420, 106.500), (29.440, 106.495), (29.452, 106.492), (29.465, 106.495),
    (29.474, 106.505), (29.478, 106.522), (29.485, 106.532), (29.500, 106.529),
    (29.515, 106.533), (29.530, 106.540), (29.542, 106.548), (29.545, 106.563),
    (29.548, 106.575), (29.556, 106.588), (29.566, 106.595), (29.575, 106.597),
    (29.585, 106.601), (29.597, 106.612), (29.604, 106.628), (29.606, 106.645),
    (29.612, 106.665), (29.620, 106.690), (29.625, 106.720),
]
JIALING = [
    (29.880, 106.390), (29.865, 106.405), (29.850, 106.420), (29.838, 106.433),
    (29.825, 106.446), (29.810, 106.457), (29.790, 106.470), (29.765, 106.485),
    (29.740, 106.482), (29.715, 106.475), (29.690, 106.468), (29.665, 106.458),
    (29.640, 106.450), (29.620, 106.447), (29.600, 106.452), (29.588, 106.458),
    (29.582, 106.465), (29.580, 106.478), (29.577, 106.492), (29.574, 106.505),
    (29.571, 106.518), (29.568, 106.532), (29.566, 106.545), (29.565, 106.557),
    (29.566, 106.570), (29.567, 106.582), (29.566, 106.594),
]
RIVERS = [("Yangtze", YANGTZE, 0.45), ("Jialing", JIALING, 0.30)]

# District: code, zh, en, box (lat_min, lat_max, lng_min, lng_max), count, areas.
# Area: zh, en (pinyin), lat, lng, sigma_km, weight, is a 街道 (subdistrict), has a 商圈,
#       roads [(zh, en)]. Road English uses full words; addresses abbreviate them.
DISTRICTS = [
    ("YZ", "渝中区", "Yuzhong District", (29.535, 29.572, 106.495, 106.596), 40, [
        ("解放碑", "Jiefangbei", 29.5570, 106.5770, 0.7, 8, True, True,
         [("民族路", "Minzu Road"), ("邹容路", "Zourong Road"), ("五一路", "Wuyi Road"),
          ("八一路", "Bayi Road"), ("民权路", "Minquan Road"), ("青年路", "Qingnian Road")]),
        ("较场口", "Jiaochangkou", 29.5530, 106.5710, 0.6, 5, True, False,
         [("中兴路", "Zhongxing Road"), ("和平路", "Heping Road"), ("凯旋路", "Kaixuan Road"),
          ("解放西路", "Jiefang West Road")]),
        ("七星岗", "Qixinggang", 29.5565, 106.5600, 0.6, 5, True, False,
         [("中山一路", "Zhongshan 1st Road"), ("金汤街", "Jintang Street"),
          ("领事巷", "Lingshi Lane"), ("和平路", "Heping Road")]),
        ("两路口", "Lianglukou", 29.5540, 106.5480, 0.6, 5, True, False,
         [("中山三路", "Zhongshan 3rd Road"), ("长江一路", "Changjiang 1st Road"),
          ("中山二路", "Zhongshan 2nd Road")]),
        ("上清寺", "Shangqingsi", 29.5595, 106.5450, 0.5, 4, True, False,
         [("中山四路", "Zhongshan 4th Road"), ("人民路", "Renmin Road"),
          ("美专校街", "Meizhuanxiao Street")]),
        ("大坪", "Daping", 29.5420, 106.5170, 0.8, 7, True, True,
         [("大坪正街", "Daping Main Street"), ("长江二路", "Changjiang 2nd Road"),
          ("石油路", "Shiyou Road")]),
        ("化龙桥", "Hualongqiao", 29.5600, 106.5160, 0.6, 3, True, False,
         [("李子坝正街", "Liziba Main Street"), ("瑞天路", "Ruitian Road")]),
        ("朝天门", "Chaotianmen", 29.5620, 106.5830, 0.4, 3, True, False,
         [("陕西路", "Shaanxi Road"), ("信义街", "Xinyi Street"), ("朝东路", "Chaodong Road")]),
    ]),
    ("JB", "江北区", "Jiangbei District", (29.565, 29.650, 106.480, 106.700), 40, [
        ("观音桥", "Guanyinqiao", 29.5760, 106.5330, 0.9, 10, True, True,
         [("建新北路", "Jianxin North Road"), ("建新南路", "Jianxin South Road"),
          ("建新东路", "Jianxin East Road"), ("建新西路", "Jianxin West Road"),
          ("观音桥步行街", "Guanyinqiao Pedestrian Street")]),
        ("大石坝", "Dashiba", 29.5860, 106.5120, 0.9, 6, True, False,
         [("盘溪路", "Panxi Road"), ("北滨一路", "Beibin 1st Road"),
          ("大石坝正街", "Dashiba Main Street")]),
        ("五里店", "Wulidian", 29.5880, 106.5700, 1.0, 7, True, False,
         [("五红路", "Wuhong Road"), ("海尔路", "Haier Road"), ("北滨二路", "Beibin 2nd Road")]),
        ("寸滩", "Cuntan", 29.6150, 106.6150, 1.2, 5, True, False,
         [("海尔路", "Haier Road"), ("寸滩正街", "Cuntan Main Street"),
          ("港城东路", "Gangcheng East Road")]),
        ("石马河", "Shimahe", 29.6000, 106.5070, 0.9, 5, True, False,
         [("盘溪路", "Panxi Road"), ("南桥寺路", "Nanqiaosi Road")]),
        ("江北嘴", "Jiangbeizui", 29.5780, 106.5760, 0.5, 3, False, True,
         [("江北城西大街", "Jiangbeicheng West Avenue"), ("北滨一路", "Beibin 1st Road")]),
        ("红旗河沟", "Hongqihegou", 29.5900, 106.5300, 0.7, 4, False, False,
         [("红锦大道", "Hongjin Avenue"), ("红黄路", "Honghuang Road")]),
    ]),
    ("NA", "南岸区", "Nan'an District", (29.470, 29.600, 106.540, 106.720), 35, [
        ("南坪", "Nanping", 29.5300, 106.5650, 1.0, 10, True, True,
         [("南坪正街", "Nanping Main Street"), ("南坪西路", "Nanping West Road"),
          ("南坪东路", "Nanping East Road"), ("江南大道", "Jiangnan Avenue"),
          ("南城大道", "Nancheng Avenue"), ("万寿路", "Wanshou Road")]),
        ("弹子石", "Danzishi", 29.5760, 106.6120, 0.8, 6, True, True,
         [("南滨路", "Nanbin Road"), ("腾龙大道", "Tenglong Avenue"),
          ("弹子石正街", "Danzishi Main Street")]),
        ("铜元局", "Tongyuanju", 29.5360, 106.5700, 0.5, 4, True, False,
         [("南城大道", "Nancheng Avenue"), ("南滨路", "Nanbin Road"),
          ("铜元局正街", "Tongyuanju Main Street")]),
        ("茶园", "Chayuan", 29.5050, 106.6500, 1.8, 6, False, True,
         [("通江大道", "Tongjiang Avenue"), ("长电路", "Changdian Road"),
          ("广福大道", "Guangfu Avenue")]),
        ("四公里", "Sigongli", 29.5150, 106.5640, 0.8, 4, False, False,
         [("学府大道", "Xuefu Avenue"), ("海峡路", "Haixia Road"), ("南湖路", "Nanhu Road")]),
        ("海棠溪", "Haitangxi", 29.5440, 106.5860, 0.5, 3, True, False,
         [("南滨路", "Nanbin Road"), ("烟雨路", "Yanyu Road")]),
        ("黄桷垭", "Huangjueya", 29.5380, 106.6080, 0.8, 2, False, False,
         [("黄桷垭正街", "Huangjueya Main Street"), ("南山路", "Nanshan Road")]),
    ]),
    ("SPB", "沙坪坝区", "Shapingba District", (29.520, 29.700, 106.270, 106.495), 60, [
        # The first three are the "core" areas: the CORE_COUNT stations near Sanxia Square.
        ("三峡广场", "Sanxia Square", 29.5585, 106.4570, 0.7, 0, False, True,
         [("沙坪坝正街", "Shapingba Main Street"), ("汉渝路", "Hanyu Road"),
          ("天陈路", "Tianchen Road"), ("沙南街", "Shanan Street"), ("站西路", "Zhanxi Road")]),
        ("小龙坎", "Xiaolongkan", 29.5625, 106.4705, 0.7, 0, True, False,
         [("小龙坎正街", "Xiaolongkan Main Street"), ("小龙坎新街", "Xiaolongkan New Street"),
          ("渝碚路", "Yubei Road")]),
        ("天星桥", "Tianxingqiao", 29.5500, 106.4540, 0.7, 0, True, False,
         [("天星桥正街", "Tianxingqiao Main Street"), ("天陈路", "Tianchen Road")]),
        ("磁器口", "Ciqikou", 29.5800, 106.4470, 0.5, 6, True, False,
         [("磁器口正街", "Ciqikou Main Street"), ("磁南街", "Cinan Street")]),
        ("童家桥", "Tongjiaqiao", 29.5860, 106.4400, 0.5, 5, True, False,
         [("童家桥正街", "Tongjiaqiao Main Street")]),
        ("石井坡", "Shijingpo", 29.5960, 106.4370, 0.6, 5, True, False,
         [("石井坡正街", "Shijingpo Main Street")]),
        ("井口", "Jingkou", 29.6450, 106.4380, 0.9, 5, True, False,
         [("井口正街", "Jingkou Main Street"), ("井双路", "Jingshuang Road")]),
        ("大学城", "University Town", 29.6050, 106.3100, 2.0, 10, False, True,
         [("大学城中路", "Daxuecheng Middle Road"), ("大学城南路", "Daxuecheng South Road"),
          ("景阳路", "Jingyang Road")]),
        ("新桥", "Xinqiao", 29.5360, 106.4540, 0.6, 4, True, False,
         [("新桥正街", "Xinqiao Main Street")]),
        ("西永", "Xiyong", 29.5900, 106.3350, 1.5, 5, True, True,
         [("西永大道", "Xiyong Avenue")]),
        ("土湾", "Tuwan", 29.5660, 106.4830, 0.5, 5, True, False,
         [("沙滨路", "Shabin Road"), ("渝碚路", "Yubei Road")]),
    ]),
    ("JLP", "九龙坡区", "Jiulongpo District", (29.450, 29.560, 106.350, 106.545), 40, [
        ("杨家坪", "Yangjiaping", 29.5050, 106.5120, 0.9, 10, True, True,
         [("杨家坪正街", "Yangjiaping Main Street"), ("西郊路", "Xijiao Road"),
          ("直港大道", "Zhigang Avenue"), ("珠江路", "Zhujiang Road")]),
        ("谢家湾", "Xiejiawan", 29.5180, 106.5180, 0.6, 5, True, False,
         [("谢家湾正街", "Xiejiawan Main Street"), ("长江二路", "Changjiang 2nd Road")]),
        ("石桥铺", "Shiqiaopu", 29.5370, 106.4900, 0.9, 8, True, False,
         [("石杨路", "Shiyang Road"), ("渝州路", "Yuzhou Road"),
          ("科园一路", "Keyuan 1st Road"), ("石小路", "Shixiao Road")]),
        ("二郎", "Erlang", 29.5150, 106.4600, 1.2, 6, False, False,
         [("火炬大道", "Huoju Avenue"), ("科城路", "Kecheng Road")]),
        ("黄桷坪", "Huangjueping", 29.4930, 106.5120, 0.5, 4, True, False,
         [("黄桷坪正街", "Huangjueping Main Street")]),
        ("袁家岗", "Yuanjiagang", 29.5300, 106.5100, 0.6, 4, False, False,
         [("奥体路", "Aoti Road"), ("渝州路", "Yuzhou Road")]),
        ("陈家坪", "Chenjiaping", 29.5240, 106.4950, 0.6, 3, False, False,
         [("石杨路", "Shiyang Road"), ("科城路", "Kecheng Road")]),
    ]),
    ("DDK", "大渡口区", "Dadukou District", (29.400, 29.500, 106.430, 106.510), 18, [
        ("新山村", "Xinshancun", 29.4800, 106.4720, 0.7, 4, True, False,
         [("钢花路", "Ganghua Road"), ("翠柏路", "Cuibai Road")]),
        ("春晖路", "Chunhuilu", 29.4880, 106.4850, 0.6, 4, True, False,
         [("春晖路", "Chunhui Road"), ("文体路", "Wenti Road"), ("松青路", "Songqing Road")]),
        ("九宫庙", "Jiugongmiao", 29.4840, 106.4800, 0.5, 4, True, True,
         [("文体路", "Wenti Road"), ("松青路", "Songqing Road")]),
        ("八桥", "Baqiao", 29.4700, 106.4780, 0.7, 2, True, False,
         [("双山路", "Shuangshan Road")]),
        ("建胜", "Jiansheng", 29.4420, 106.4650, 1.0, 2, False, False,
         [("建桥大道", "Jianqiao Avenue")]),
        ("跳磴", "Tiaodeng", 29.4200, 106.4600, 1.0, 2, False, False,
         [("跳磴正街", "Tiaodeng Main Street")]),
    ]),
    ("YB", "渝北区", "Yubei District", (29.580, 29.800, 106.480, 106.720), 42, [
        ("龙溪", "Longxi", 29.6000, 106.5450, 0.9, 7, True, False,
         [("松牌路", "Songpai Road"), ("红锦大道", "Hongjin Avenue"),
          ("龙山大道", "Longshan Avenue"), ("金龙路", "Jinlong Road")]),
        ("龙头寺", "Longtousi", 29.6120, 106.5560, 0.8, 5, False, False,
         [("红石路", "Hongshi Road"), ("龙山大道", "Longshan Avenue")]),
        ("冉家坝", "Ranjiaba", 29.6150, 106.5250, 0.8, 5, False, False,
         [("新南路", "Xinnan Road"), ("龙华大道", "Longhua Avenue")]),
        ("回兴", "Huixing", 29.6580, 106.6000, 1.2, 5, True, False,
         [("宝圣大道", "Baosheng Avenue"), ("兰馨大道", "Lanxin Avenue")]),
        ("两路", "Lianglu", 29.7200, 106.6300, 1.3, 7, True, True,
         [("双龙大道", "Shuanglong Avenue"), ("双凤路", "Shuangfeng Road")]),
        ("空港", "Konggang", 29.7350, 106.6550, 1.5, 4, False, False,
         [("空港大道", "Konggang Avenue")]),
        ("人和", "Renhe", 29.6350, 106.5300, 1.0, 4, True, False,
         [("金开大道", "Jinkai Avenue"), ("星光大道", "Xingguang Avenue")]),
        ("礼嘉", "Lijia", 29.6550, 106.5050, 1.0, 3, True, False,
         [("金渝大道", "Jinyu Avenue")]),
        ("悦来", "Yuelai", 29.7000, 106.5000, 1.0, 2, True, False,
         [("悦来大道", "Yuelai Avenue")]),
    ]),
    ("BN", "巴南区", "Banan District", (29.350, 29.490, 106.500, 106.700), 25, [
        ("李家沱", "Lijiatuo", 29.4600, 106.5330, 1.0, 8, True, True,
         [("李家沱正街", "Lijiatuo Main Street"), ("马王坪正街", "Mawangping Main Street"),
          ("渝南大道", "Yunan Avenue")]),
        ("花溪", "Huaxi", 29.4450, 106.5600, 1.2, 4, True, False,
         [("渝南大道", "Yunan Avenue"), ("红光大道", "Hongguang Avenue")]),
        ("鱼洞", "Yudong", 29.3850, 106.5200, 1.0, 6, True, True,
         [("巴县大道", "Baxian Avenue"), ("新市街", "Xinshi Street")]),
        ("龙洲湾", "Longzhouwan", 29.4000, 106.5350, 1.0, 4, True, False,
         [("龙洲大道", "Longzhou Avenue"), ("巴滨路", "Babin Road")]),
        ("界石", "Jieshi", 29.4000, 106.6200, 1.2, 2, False, False,
         [("界石正街", "Jieshi Main Street")]),
        ("南泉", "Nanquan", 29.4300, 106.6100, 1.0, 1, True, False,
         [("南泉正街", "Nanquan Main Street")]),
    ]),
    ("BB", "北碚区", "Beibei District", (29.700, 29.900, 106.350, 106.520), 20, [
        ("朝阳", "Chaoyang", 29.8250, 106.4370, 0.7, 6, True, True,
         [("中山路", "Zhongshan Road"), ("碚峡路", "Beixia Road")]),
        ("天生", "Tiansheng", 29.8220, 106.4240, 0.7, 5, True, False,
         [("天生路", "Tiansheng Road"), ("嘉陵路", "Jialing Road")]),
        ("北温泉", "Beiwenquan", 29.8480, 106.4100, 0.6, 3, True, False,
         [("温泉路", "Wenquan Road")]),
        ("歇马", "Xiema", 29.7700, 106.3900, 1.2, 2, True, False,
         [("歇马正街", "Xiema Main Street")]),
        ("蔡家", "Caijia", 29.7350, 106.5050, 1.0, 4, False, False,
         [("云汉大道", "Yunhan Avenue")]),
    ]),
]

CORE_AREAS = {"三峡广场", "小龙坎", "天星桥"}

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

# kind id: (zh suffix, en suffix, subject "area"|"road"|"either", weight)
KINDS = {
    "subdistrict": ("街道工会驿站", "Street Union Rest Station", "area", 14),
    "community": ("社区户外劳动者驿站", "Community Outdoor Workers' Station", "either", 22),
    "business": ("商圈暖心驿站", "Business District Warm-Heart Station", "area", 8),
    "courier": ("快递网点工会驿站", "Courier Depot Union Rest Station", "either", 13),
    "fuel": ("加油站司机之家", "Filling Station Drivers' Home", "road", 10),
    "sanitation": ("环卫工人休息点", "Sanitation Workers' Rest Point", "road", 13),
    "service": ("户外劳动者服务站", "Outdoor Workers' Service Station", "either", 9),
    "harbour": ("劳动者港湾", "Workers' Harbour", "road", 7),
    "riders": ("外卖骑手驿站", "Delivery Riders' Station", "either", 7),
    "caring": ("工会爱心驿站", "Union Caring Station", "either", 5),
}
MAX_FUEL = 8  # "a few" drivers' homes at filling stations

# Where the business district is known by another name than the area (朝阳街道 is downtown 北碚).
BUSINESS_NAME = {"朝阳": ("北碚", "Beibei")}

ROAD_ABBR = [(" Main Street", " Main St"), (" Street", " St"), (" Road", " Rd"),
             (" Avenue", " Ave")]

# zhconv's zh-hant gives 裏 for 里 (五里店, 四公里) and the variant 垻 for 坝 (沙坪坝);
# the place names keep 里 and are written 壩 in Traditional.
HANT_FIX = {"裏": "里", "垻": "壩"}


def hant(s: str) -> str:
    t = zhconv.convert(s, "zh-hant")
    for a, b in HANT_FIX.items():
        t = t.replace(a, b)
    return t


def text(zh: str, en: str) -> dict:
    return {"zh-Hans": zh, "zh-Hant": hant(zh), "en": en}


def abbreviate(road_en: str) -> str:
    for long, short in ROAD_ABBR:
        if road_en.endswith(long):
            return road_en[: -len(long)] + short
    return road_en


# --------------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------------

KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LNG = 111.320 * math.cos(math.radians(29.56))


def to_xy(lat: float, lng: float) -> tuple[float, float]:
    return ((lng - 106.5) * KM_PER_DEG_LNG, (lat - 29.55) * KM_PER_DEG_LAT)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def point_segment_km(p, a, b) -> float:
    px, py = p
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def segments_cross(p1, p2, q1, q2) -> bool:
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = orient(q1, q2, p1), orient(q1, q2, p2)
    d3, d4 = orient(p1, p2, q1), orient(p1, p2, q2)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0)


RIVER_XY = [(name, [to_xy(*pt) for pt in line], margin) for name, line, margin in RIVERS]


def river_clearance_ok(lat: float, lng: float) -> bool:
    p = to_xy(lat, lng)
    for _, line, margin in RIVER_XY:
        for a, b in zip(line, line[1:]):
            if point_segment_km(p, a, b) < margin:
                return False
    return True


def crosses_river(a_latlng, b_latlng) -> bool:
    """True if going straight from a to b crosses a river: b is on the other bank."""
    a, b = to_xy(*a_latlng), to_xy(*b_latlng)
    for _, line, _ in RIVER_XY:
        for q1, q2 in zip(line, line[1:]):
            if segments_cross(a, b, q1, q2):
                return True
    return False


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def sample_point(rng, area, box, placed, *, near_core: bool | None):
    """A point around the area centre: gaussian, in the district box, on the centre's bank,
    clear of the rivers and of other stations. near_core True: within the Sanxia Square circle;
    False: outside it (with a margin); None: no constraint."""
    _, _, clat, clng, sigma, *_ = area
    lat_min, lat_max, lng_min, lng_max = box
    for _ in range(10000):
        dx = rng.gauss(0.0, sigma)
        dy = rng.gauss(0.0, sigma)
        lat = round(clat + dy / KM_PER_DEG_LAT, 5)
        lng = round(clng + dx / KM_PER_DEG_LNG, 5)
        if not (lat_min <= lat <= lat_max and lng_min <= lng <= lng_max):
            continue
        d_core = haversine_km(CORE_CENTRE, (lat, lng))
        if near_core is True and d_core > CORE_RADIUS_KM - 0.05:
            continue
        if near_core is False and d_core < CORE_RADIUS_KM + 0.05:
            continue
        if not river_clearance_ok(lat, lng) or crosses_river((clat, clng), (lat, lng)):
            continue
        if any(haversine_km((lat, lng), q) < MIN_SEPARATION_KM for q in placed):
            continue
        return lat, lng
    raise RuntimeError(f"cannot place a station near {area[0]}")


def pick_name(rng, area, used_names, fuel_count):
    azh, aen = area[0], area[1]
    is_sub, has_biz, roads = area[6], area[7], area[8]
    kinds = list(KINDS)
    weights = [KINDS[k][3] for k in kinds]
    for _ in range(500):
        kind = rng.choices(kinds, weights)[0]
        zh_suffix, en_suffix, subject, _w = KINDS[kind]
        if kind == "subdistrict" and not is_sub:
            continue
        if kind == "business" and not has_biz:
            continue
        if kind == "fuel" and fuel_count >= MAX_FUEL:
            continue
        if kind == "fuel":
            # Filling stations sit on the arterial avenues, not in the old town's lanes.
            avenues = [r for r in roads if r[0].endswith("大道")]
            if not avenues:
                continue
            szh, sen = rng.choice(avenues)
        else:
            if subject == "either":
                subject = "area" if rng.random() < 0.4 else "road"
            if subject == "area":
                szh, sen = BUSINESS_NAME.get(azh, (azh, aen)) if kind == "business" else (azh, aen)
            else:
                szh, sen = rng.choice(roads)
        zh = szh + zh_suffix
        if zh in used_names or zh in RESERVED_NAMES:
            continue
        return kind, zh, f"{sen} {en_suffix}"
    raise RuntimeError(f"no free name for {azh}")


def house_number(rng) -> int:
    # Mostly small numbers, a few long roads go into the hundreds.
    return min(int(rng.expovariate(1 / 90)) + 1, 688)


def make_address(rng, district, area, used_addresses, name_zh):
    _, dzh, den, *_ = district
    roads = area[8]
    # A station named after a road is on that road.
    named = [r for r in roads if name_zh.startswith(r[0])]
    for _ in range(1000):
        rzh, ren = named[0] if named else rng.choice(roads)
        n = house_number(rng)
        annex = rng.random() < 0.08
        zh = f"重庆市{dzh}{rzh}{n}号" + ("附1号" if annex else "")
        if zh in used_addresses:
            continue
        num = f"{n}-1" if annex else str(n)
        en = f"{num} {abbreviate(ren)}, {den}, Chongqing"
        return text(zh, en)
    raise RuntimeError("no free address")


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def week(weekday: list[str], sat: list[str] | None = None, sun: list[str] | None = None):
    sat = weekday if sat is None else sat
    sun = sat if sun is None else sun
    return {d: list(weekday) for d in DAYS[:5]} | {"sat": list(sat), "sun": list(sun)}


# (weight, weekly) for stations that are not open round the clock; by station kind.
HOURS_COMMON = [
    (14, week(["08:00-20:00"])),
    (12, week(["07:00-21:00"])),
    (6, week(["07:30-20:30"])),
    (6, week(["08:00-20:00"], ["09:00-18:00"])),
    (5, week(["09:00-18:00"], ["10:00-16:00"])),
    (4, week(["08:30-12:00", "14:00-18:00"], ["09:00-12:00", "14:00-17:00"])),
    (3, week(["06:30-21:30"])),
    (2, week(["08:00-18:00"], ["09:00-12:00"], [])),  # closed on Sundays (rare)
]
HOURS_BY_KIND = {
    "subdistrict": [
        (8, week(["08:30-12:00", "14:00-18:00"], ["09:00-12:00", "14:00-17:00"])),
        (6, week(["09:00-12:00", "14:00-18:00"], ["09:00-12:00"])),
        (5, week(["08:00-20:00"], ["09:00-17:00"])),
        (2, week(["08:30-18:00"], ["09:00-12:00"], [])),
    ],
    "business": [
        (8, week(["10:00-22:00"])),
        (5, week(["09:00-21:00"], ["09:00-22:00"])),
        (3, week(["08:00-22:00"])),
    ],
    "sanitation": [
        (8, week(["05:30-20:00"])),
        (6, week(["05:00-12:00", "13:30-19:00"])),
        (4, week(["06:00-21:00"])),
    ],
    "courier": [
        (6, week(["08:00-21:00"])),
        (5, week(["09:00-21:00"], ["09:00-18:00"])),
        (3, week(["07:00-22:00"])),
    ],
    "riders": [
        (6, week(["09:00-23:00"])),
        (4, week(["10:00-14:00", "16:00-22:00"])),
        (3, week(["08:00-24:00"])),
    ],
    "harbour": [
        (7, week(["09:00-17:30"], ["09:30-16:30"])),
        (4, week(["08:30-18:00"], ["09:00-17:00"], ["10:00-16:00"])),
    ],
}
SHARE_OPEN_24H = 0.15  # smart stations opened by scanning a code, and every filling station


def make_hours(rng, kind):
    if kind == "fuel":
        return {"open_24h": True}
    table = HOURS_BY_KIND.get(kind, HOURS_COMMON)
    if kind in HOURS_BY_KIND and rng.random() < 0.3:
        table = HOURS_COMMON  # not every station of a kind keeps the same hours
    weekly = rng.choices([w for _, w in table], [p for p, _ in table])[0]
    return {"open_24h": False, "weekly": {d: list(r) for d, r in weekly.items()}}


# Probability of each optional service; water, rest and charging are always there.
SERVICE_P = {
    "toilet": 0.80, "microwave": 0.57, "battery_swap": 0.19, "wifi": 0.58,
    "first_aid": 0.70, "books": 0.30, "legal_aid": 0.07, "parking": 0.38, "meals": 0.07,
    "haircut": 0.05, "health_check": 0.10, "childcare": 0.02, "jobs": 0.05, "repair": 0.04,
    "umbrella": 0.08,
}
# Kind-specific leanings: (service, probability) overriding SERVICE_P.
SERVICE_BY_KIND = {
    "subdistrict": {"legal_aid": 0.35, "books": 0.6, "jobs": 0.15, "health_check": 0.2},
    "courier": {"battery_swap": 0.45, "repair": 0.10},
    "riders": {"battery_swap": 0.55, "microwave": 0.75, "repair": 0.10},
    "sanitation": {"microwave": 0.8, "meals": 0.2, "battery_swap": 0.1},
    "fuel": {"toilet": 1.0, "parking": 0.95, "battery_swap": 0.1},
    "harbour": {"wifi": 0.85, "books": 0.4, "umbrella": 0.2, "parking": 0.2},
    "business": {"wifi": 0.85, "parking": 0.25},
}
P_CLIMATE = 0.50  # heating and cooling together (air conditioning both ways)
P_COOLING_ONLY = 0.10


def make_services(rng, kind):
    have = {"water", "rest", "charging"}
    p = SERVICE_P | SERVICE_BY_KIND.get(kind, {})
    for sid, prob in p.items():
        if rng.random() < prob:
            have.add(sid)
    r = rng.random()
    if r < P_CLIMATE:
        have |= {"heating", "cooling"}
    elif r < P_CLIMATE + P_COOLING_ONLY:
        have.add("cooling")
    return [s for s in SERVICE_KINDS if s in have]


def generate() -> dict:
    rng = random.Random(SEED)
    assert sum(d[4] for d in DISTRICTS) == TOTAL

    # Area centres must themselves be on land and inside their district's box.
    for code, _, _, box, _, areas in DISTRICTS:
        for a in areas:
            assert box[0] <= a[2] <= box[1] and box[2] <= a[3] <= box[3], (code, a[0])
            assert river_clearance_ok(a[2], a[3]), ("centre too near a river", a[0])

    stations = []
    placed: list[tuple[float, float]] = []
    used_names: set[str] = set()
    used_addresses: set[str] = set()
    fuel_count = 0

    for district in DISTRICTS:
        code, dzh, den, box, count, areas = district
        # Which area each station belongs to (and whether it is one of the core stations).
        plan: list[tuple[tuple, bool | None]] = []
        if code == "SPB":
            core = [a for a in areas if a[0] in CORE_AREAS]
            rest = [a for a in areas if a[0] not in CORE_AREAS]
            plan += [(core[0], True)] * CORE_COUNT  # re-labelled by the nearest core area
            plan += [(a, False) for a in
                     rng.choices(rest, [a[5] for a in rest], k=count - CORE_COUNT)]
        else:
            plan += [(a, False) for a in rng.choices(areas, [a[5] for a in areas], k=count)]

        number = 1
        for area, near_core in plan:
            if code == "SPB" and near_core:
                lat, lng = sample_point(rng, area, box, placed, near_core=True)
                area = min(core, key=lambda a: haversine_km((a[2], a[3]), (lat, lng)))
            else:
                lat, lng = sample_point(rng, area, box, placed, near_core=False)
            placed.append((lat, lng))

            kind, name_zh, name_en = pick_name(rng, area, used_names, fuel_count)
            used_names.add(name_zh)
            fuel_count += kind == "fuel"
            address = make_address(rng, district, area, used_addresses, name_zh)
            used_addresses.add(address["zh-Hans"])

            while f"CQ-{code}-{number:04d}" in RESERVED_IDS:
                number += 1
            stations.append({
                "id": f"CQ-{code}-{number:04d}",
                "name": text(name_zh, name_en),
                "address": address,
                "lat": lat,
                "lng": lng,
                "hours": make_hours(rng, kind),
                "services": make_services(rng, kind),
            })
            number += 1

    # Round-the-clock stations: the filling stations plus a random pick of the others, so that
    # SHARE_OPEN_24H of all stations are open 24 h.
    others = [s for s in stations if not s["hours"]["open_24h"]]
    extra = round(SHARE_OPEN_24H * len(stations)) - (len(stations) - len(others))
    for s in rng.sample(others, extra):
        s["hours"] = {"open_24h": True}

    return {"sample": True, "datum": "GCJ-02", "stations": stations}


def check(data: dict) -> None:
    st = data["stations"]
    assert len(st) == TOTAL, len(st)
    assert len({s["id"] for s in st}) == TOTAL, "duplicate id"
    assert not RESERVED_IDS & {s["id"] for s in st}
    assert len({s["name"]["zh-Hans"] for s in st}) == TOTAL, "duplicate name"
    assert len({s["name"]["en"] for s in st}) == TOTAL, "duplicate English name"
    assert not RESERVED_NAMES & {s["name"]["zh-Hans"] for s in st}
    assert len({(s["lat"], s["lng"]) for s in st}) == TOTAL, "duplicate coordinates"
    for s in st:
        assert 29.35 <= s["lat"] <= 29.95 and 106.25 <= s["lng"] <= 106.85, s["id"]
        assert all(x in SERVICE_KINDS for x in s["services"]), s["id"]
        assert s["services"] == [k for k in SERVICE_KINDS if k in s["services"]], s["id"]
        assert {"water", "rest", "charging"} <= set(s["services"]), s["id"]
        for field in ("name", "address"):
            t = s[field]
            assert set(t) == {"zh-Hans", "zh-Hant", "en"} and all(
                isinstance(v, str) and v.strip() for v in t.values()), (s["id"], field)
        h = s["hours"]
        if not h["open_24h"]:
            assert list(h["weekly"]) == DAYS, s["id"]
    spb = [s for s in st if s["id"].startswith("CQ-SPB-")]
    assert len(spb) == 60
    near = [s for s in st if haversine_km(CORE_CENTRE, (s["lat"], s["lng"])) <= CORE_RADIUS_KM]
    assert len(near) == CORE_COUNT and all(s in spb for s in near), len(near)


def main() -> None:
    data = generate()
    check(data)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['stations'])} stations, "
          f"{OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
