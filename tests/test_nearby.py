"""Nearby stations and the join QR, as a worker uses them: filters, a tapped station, QR codes."""

import io
from datetime import datetime

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt

from tests.conftest import tap
from kiosk.geo import haversine_m
from kiosk.navigation import amap_url, baidu_url
from kiosk.nearby import Nearby


def decode(widget) -> str:
    """Read a QR code off the widget as a phone would: from its pixels."""
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    widget.grab().save(buffer, "PNG")
    [barcode] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    return barcode.text



def open_nearby(make_window, qtbot, **kwargs):
    window = make_window(**kwargs)
    tap(qtbot, window.screens["home"].tiles["nearby"])
    return window, window.screens["nearby"]


def test_the_list_is_the_nearest_twenty_in_order(make_window, qtbot, shipped):
    window, screen = open_nearby(make_window, qtbot)
    here = shipped.content.station.location
    by_distance = sorted(shipped.stations.stations, key=lambda s: haversine_m(here.lat, here.lng, s.lat, s.lng))
    assert [row.station.id for row in screen.rows] == [s.id for s in by_distance[:20]]


def test_filter_chips_change_the_list(make_window, qtbot, shipped):
    window, screen = open_nearby(make_window, qtbot)
    before = [row.station.id for row in screen.rows]
    tap(qtbot, screen.chips["battery_swap"])
    after = screen.rows
    assert after and all("battery_swap" in row.station.services for row in after)
    assert [row.station.id for row in after] != before
    tap(qtbot, screen.chips["open_24h"])
    assert screen.rows and all(row.station.hours.open_24h and "battery_swap" in row.station.services for row in screen.rows)
    tap(qtbot, screen.chips["open_24h"])
    tap(qtbot, screen.chips["battery_swap"])
    assert [row.station.id for row in screen.rows] == before


def test_open_now_filter_follows_the_clock(shipped):
    nearby = Nearby(shipped.stations, shipped.content.station.location)
    late = datetime(2026, 11, 25, 23, 30)
    everyone = nearby.nearest(set(), late)
    rows = nearby.nearest({"open_now"}, late)
    assert any(not row.state.open for row in everyone)
    assert len(rows) == 20 and all(row.state.open for row in rows)
    assert rows[0].metres > everyone[0].metres


def test_tapping_a_station_opens_its_details_with_a_navigation_qr(make_window, qtbot, shipped):
    window, screen = open_nearby(make_window, qtbot)
    third = screen.rows[2]
    button = screen.findChild(object, f"station-{third.station.id}")
    tap(qtbot, button)
    assert screen.pages.currentIndex() == 1
    assert screen.detail_name.text() == third.station.name.zh_hans
    assert screen.map.selected == third.index
    expected = amap_url(third.station.lat, third.station.lng, third.station.name.zh_hans)
    assert decode(screen.qr) == expected
    tap(qtbot, screen.back_to_list)
    assert screen.pages.currentIndex() == 0 and screen.map.selected is None


def test_the_config_can_choose_baidu_maps(make_window, qtbot):
    window, screen = open_nearby(make_window, qtbot, map_app="baidu")
    first = screen.rows[0]
    tap(qtbot, screen.list.itemAt(0).widget())
    station = first.station
    assert decode(screen.qr) == baidu_url(station.lat, station.lng, station.name.zh_hans, station.address.zh_hans)
    assert screen.qr_caption.text() == "扫码用百度地图导航"


def test_navigation_links_name_the_datum_and_order_coordinates_per_app():
    amap = amap_url(29.5585, 106.457, "三峡广场")
    assert amap.startswith("https://uri.amap.com/navigation?to=106.457000,29.558500,")
    assert "coordinate=gaode" in amap
    baidu = baidu_url(29.5585, 106.457, "三峡广场", "重庆")
    assert baidu.startswith("https://api.map.baidu.com/marker?location=29.558500,106.457000&")
    assert "coord_type=gcj02" in baidu


def test_tapping_a_marker_on_the_map_opens_that_station(make_window, qtbot):
    window, screen = open_nearby(make_window, qtbot)
    nearest = screen.rows[0]
    marker = screen.map.markers[nearest.index]
    spot = screen.map.to_screen(marker.east, marker.north).toPoint()
    qtbot.mouseClick(screen.map, Qt.LeftButton, pos=spot)
    assert screen.pages.currentIndex() == 1 and screen.map.selected == nearest.index


def test_zoom_buttons_change_the_scale_and_recentre_restores_it(make_window, qtbot):
    window, screen = open_nearby(make_window, qtbot)
    fitted = screen.map.scale
    tap(qtbot, screen.zoom_in)
    assert screen.map.scale > fitted
    tap(qtbot, screen.recentre)
    assert screen.map.scale == fitted


def test_join_qr_carries_this_stations_code(make_window, qtbot, shipped):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["membership"])
    screen = window.screens["membership"]
    expected = shipped.content.membership.join_url.replace("{station_code}", shipped.content.station.code)
    assert decode(screen.qr) == expected
    texts = {step.zh_hans for step in shipped.content.membership.steps}
    shown = {label.text() for label in screen.findChildren(type(screen.title)) if label.isVisible()}
    assert all(any(step in text for text in shown) for step in texts)
