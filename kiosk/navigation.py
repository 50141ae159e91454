"""Links that open a station in the phone's map app, by each app's documented web URI.

Coordinates are GCJ-02, what Chinese map apps use, and each link says so: Amap's
`coordinate=gaode`, Baidu's `coord_type=gcj02` (Baidu would otherwise read them as BD-09).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

SOURCE = "union-station-kiosk"


def amap_url(lat: float, lng: float, name: str) -> str:
    # uri.amap.com/navigation: to=lng,lat,name; mode=ride suits riders on e-bikes.
    to = f"{lng:.6f},{lat:.6f},{name}"
    query = urlencode(
        {"to": to, "mode": "ride", "src": SOURCE, "coordinate": "gaode", "callnative": 1}, quote_via=quote, safe=","
    )
    return f"https://uri.amap.com/navigation?{query}"


def baidu_url(lat: float, lng: float, name: str, address: str) -> str:
    # api.map.baidu.com/marker: location=lat,lng (latitude first, unlike Amap).
    query = urlencode(
        {
            "location": f"{lat:.6f},{lng:.6f}",
            "title": name,
            "content": address,
            "output": "html",
            "coord_type": "gcj02",
            "src": f"webapp.{SOURCE}",
        },
        quote_via=quote,
        safe=",",
    )
    return f"https://api.map.baidu.com/marker?{query}"


def navigation_url(app: str, lat: float, lng: float, name: str, address: str) -> str:
    if app == "baidu":
        return baidu_url(lat, lng, name, address)
    return amap_url(lat, lng, name)
