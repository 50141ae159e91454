"""Attendant mode: the hidden way in, the PIN and its lock, the diary, the toggles, the counts."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from kiosk.pin import FREE_TRIES
from kiosk.views.shell import KioskWindow
from tests.conftest import PIN, WEDNESDAY_10AM, tap


@pytest.fixture(autouse=True)
def quick_long_press(monkeypatch):
    monkeypatch.setattr(KioskWindow, "ATTENDANT_HOLD_MS", 200)


def hold_station_name(qtbot, window) -> None:
    qtbot.mousePress(window.station, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.current() == "attendant")
    qtbot.mouseRelease(window.station, Qt.LeftButton)


def type_pin(qtbot, screen, pin: str) -> None:
    qtbot.waitUntil(lambda: screen.pad.keys["1"].isEnabled())
    for digit in pin + ">":
        tap(qtbot, screen.pad.keys[digit])


def enter(qtbot, window, pin: str = PIN):
    hold_station_name(qtbot, window)
    screen = window.screens["attendant"]
    type_pin(qtbot, screen, pin)
    return screen


def test_a_tap_on_the_name_does_nothing_and_a_long_press_asks_for_the_pin(make_window, qtbot):
    window = make_window()
    tap(qtbot, window.station)
    qtbot.wait(300)  # longer than the hold: a tap must not have started it
    assert window.current() == "home"
    hold_station_name(qtbot, window)
    screen = window.screens["attendant"]
    assert screen.pages.currentWidget() is screen.pin_page
    assert screen.pin_title.text() == "值班员密码"


def test_the_right_pin_opens_the_desk_and_leaving_needs_it_again(make_window, qtbot):
    window = make_window()
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    assert window.state.attendant
    tap(qtbot, window.home_button)
    assert not window.state.attendant
    hold_station_name(qtbot, window)
    assert screen.pages.currentWidget() is screen.pin_page


def test_five_wrong_pins_lock_the_pad_and_a_restart_keeps_the_lock(make_window, qtbot, store_path, caplog):
    window = make_window()
    screen = enter(qtbot, window, "1111")
    for _ in range(FREE_TRIES - 1):
        type_pin(qtbot, screen, "1111")
    qtbot.waitUntil(lambda: "秒后再试" in screen.pad.message.text())
    assert not screen.pad.keys["1"].isEnabled()
    assert screen.pages.currentWidget() is screen.pin_page
    assert "attendant PIN refused (5 wrong in a row, locked for 30 s)" in caplog.text

    window.state.store.close()
    again = make_window(db=store_path)
    hold_station_name(qtbot, again)
    pad = again.screens["attendant"].pad
    qtbot.waitUntil(lambda: "秒后再试" in pad.message.text())
    assert not pad.keys["1"].isEnabled()


def test_a_diary_entry_is_saved_and_waits_in_the_queue(make_window, qtbot):
    window = make_window()
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    tap(qtbot, screen.findChild(QPushButton, "tab-diary"))
    tap(qtbot, screen.findChild(QPushButton, "kind-request"))
    screen.text.setFocus()
    qtbot.keyClicks(screen.text, "No hot water at the tap")
    assert screen.counter.text() == "23/500"
    tap(qtbot, screen.save)
    qtbot.waitUntil(lambda: screen.diary_message.text() == "已保存。")
    qtbot.waitUntil(lambda: any("No hot water" in l.text() for l in screen.tab_pages["diary"].findChildren(QLabel)))
    entry = next(l.text() for l in screen.tab_pages["diary"].findChildren(QLabel) if "No hot water" in l.text())
    assert "职工诉求（待上传）" in entry.replace(" (", "（").replace(")", "）")
    assert "待上传：1 条" in screen.outbox.text()
    assert screen.text.toPlainText() == ""


def test_diary_text_stops_at_the_limit_and_an_empty_note_is_not_saved(make_window, qtbot):
    window = make_window()
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    screen.show_tab("diary")
    tap(qtbot, screen.save)
    assert screen.diary_message.text() == "请先写下情况再保存。"
    screen.text.setPlainText("满" * 600)
    assert len(screen.text.toPlainText()) == 500
    assert screen.counter.text() == "500/500"


def test_a_toggle_shows_on_the_services_screen_at_once_and_after_a_restart(make_window, qtbot, store_path):
    window = make_window()
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    screen.show_tab("services")
    tap(qtbot, screen.findChild(QPushButton, "toggle-microwave"))
    qtbot.waitUntil(lambda: window.state.availability.get("microwave") is True)
    window.open("services")
    card = window.screens["services"].findChild(QFrame, "service-microwave")
    assert card.findChild(QLabel, "out-of-order") is None

    window.state.store.close()
    again = make_window(db=store_path)
    qtbot.waitUntil(lambda: again.state.availability.get("microwave") is True)
    again.open("services")
    card = again.screens["services"].findChild(QFrame, "service-microwave")
    assert card.findChild(QLabel, "out-of-order") is None


def test_the_desk_counts_checkins_by_occupation_and_service(make_window, qtbot):
    window = make_window()
    for occupation, services in (("courier", ["water"]), ("courier", ["water", "charging"]), ("delivery_rider", ["rest"])):
        window.state.store.call(
            lambda store, o=occupation, s=services: store.add(
                "checkin", {"occupation": o, "services": s}, occurred_at=WEDNESDAY_10AM.astimezone()
            )
        )
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.totals.text() == "今日签到 3 人次 · 本周 3 人次")
    rows = [screen.by_occupation.itemAtPosition(r, 0).widget().text() for r in (1, 2)]
    assert rows == ["外卖骑手", "快递员"]
    assert screen.by_occupation.itemAtPosition(2, 1).widget().text() == "2"


def test_the_idle_timer_leaves_attendant_mode(make_window, qtbot):
    window = make_window(idle_timeout_ms=1500)
    screen = enter(qtbot, window)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    qtbot.waitUntil(lambda: window.current() == "home", timeout=5000)
    assert not window.state.attendant
