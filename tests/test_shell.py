"""The kiosk shell as a visitor meets it: tiles, back, language, large text, idle, no way out."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from kiosk.views.screenshot import settle_store
from tests.conftest import WEDNESDAY_10AM, close_windows, edit_part, tap


def visible_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()}



def test_home_shows_the_station_open_state_and_tiles(make_window, shipped):
    window = make_window()
    home = window.screens["home"]
    assert window.current() == "home"
    assert home.name.text() == shipped.content.station.name.zh_hans
    assert home.open_line.text() == "正在开放 · 21:00关门"
    assert [tile.text() for tile in home.tiles.values()] == ["本站服务", "附近驿站", "法律帮助", "加入工会", "签到", "活动"]
    assert window.clock.text() == "10:00"


def test_tap_to_services_and_back(make_window, qtbot, shipped):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["services"])
    assert window.current() == "services"
    services = window.screens["services"]
    texts = visible_texts(services)
    assert {s.name.zh_hans for s in shipped.content.services} <= texts
    assert "监督电话：" + shipped.content.station.supervision_phone in texts
    tap(qtbot, window.back_button)
    assert window.current() == "home"
    assert not window.back_button.isEnabled()


def test_out_of_order_is_said_in_words_not_only_colour(make_window, qtbot, shipped):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["services"])
    broken = [s for s in shipped.content.services if not s.available]
    for service in broken:
        card = window.screens["services"].findChild(QFrame, f"service-{service.id}")
        badge = card.findChild(QLabel, "out-of-order")
        assert badge is not None and badge.text() == "暂停使用"
    working = next(s for s in shipped.content.services if s.available)
    card = window.screens["services"].findChild(QFrame, f"service-{working.id}")
    assert card.findChild(QLabel, "out-of-order") is None


def test_switching_language_changes_what_is_on_screen(make_window, qtbot, shipped):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["services"])
    water = shipped.content.services[0].name
    assert water.zh_hans in visible_texts(window.screens["services"])
    tap(qtbot, window.findChild(type(window.home_button), "lang-en"))
    texts = visible_texts(window.screens["services"])
    assert water.en in texts and "Services at this station" in texts
    assert window.home_button.text() == "Home"
    tap(qtbot, window.findChild(type(window.home_button), "lang-zh-Hant"))
    assert water.zh_hant in visible_texts(window.screens["services"])
    assert window.station.text() == shipped.content.station.short_name.zh_hant
    assert window.home_button.text() == "首頁"


def test_each_language_is_drawn_in_its_own_font(make_window, qtbot):
    window = make_window()
    assert QFontInfo(window.screens["home"].name.font()).family() == "Noto Sans CJK SC"
    tap(qtbot, window.findChild(type(window.home_button), "lang-zh-Hant"))
    assert QFontInfo(window.screens["home"].name.font()).family() == "Noto Sans CJK TC"


def test_large_text_makes_text_bigger(make_window, qtbot):
    window = make_window()
    name = window.screens["home"].name
    before = QFontInfo(name.font()).pixelSize()
    tap(qtbot, window.large_button)
    assert QFontInfo(name.font()).pixelSize() >= before * 1.3


def test_idle_timeout_goes_home_in_the_default_language(make_window, qtbot):
    window = make_window(idle_timeout_ms=1000)
    tap(qtbot, window.screens["home"].tiles["services"])
    tap(qtbot, window.findChild(type(window.home_button), "lang-en"))
    tap(qtbot, window.large_button)
    assert window.current() == "services" and window.state.lang == "en"
    qtbot.waitUntil(lambda: window.current() == "home", timeout=5000)
    assert window.state.lang == "zh-Hans" and not window.state.scale.large
    assert window.screens["home"].tiles["services"].text() == "本站服务"
    assert not window.large_button.isChecked()


def test_a_touch_keeps_the_idle_timer_away(make_window, qtbot):
    window = make_window(idle_timeout_ms=1000)
    tap(qtbot, window.screens["home"].tiles["services"])
    # Touches every 400 ms for 2.4 s: twice the timeout, never a full timeout without one.
    for _ in range(6):
        qtbot.wait(400)
        qtbot.mouseClick(window.screens["services"], Qt.LeftButton)
        assert window.current() == "services"


def test_a_visitor_cannot_close_the_kiosk(make_window, qtbot):
    window = make_window()
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.close()
    qtbot.keyClick(window, Qt.Key_F4, Qt.AltModifier)
    assert window.isVisible()


def test_touch_targets_are_at_least_64px(make_window, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    window = make_window()
    pages = [(key, None) for key in window.screens] + [
        (key, page) for key, screen in window.screens.items() for page in screen.sub_pages()
    ]
    for key, page in pages:
        window.open(key)
        if page:
            window.screens[key].sub_pages()[page]()
        settle_store(QApplication.instance(), window.state)
        for button in window.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.height() >= 64, f"{key} {page}: {button.objectName() or button.text()}"


def test_events_show_only_what_is_still_to_come(make_window, qtbot, shipped):
    window = make_window(now=WEDNESDAY_10AM)
    tap(qtbot, window.screens["home"].tiles["events"])
    texts = visible_texts(window.screens["events"])
    titles = {e.title.zh_hans for e in shipped.content.events}
    assert titles & texts
    later = make_window(now=WEDNESDAY_10AM.replace(year=2031))
    tap(qtbot, later.screens["home"].tiles["events"])
    assert "最近没有安排活动。" in visible_texts(later.screens["events"])


def test_a_broken_bundle_is_refused_and_the_kiosk_starts_on_the_shipped_one(bundle_dir, qtbot, fonts_loaded, caplog, tmp_path, request):
    from kiosk.app import build_window
    from kiosk.config import Config

    edit_part(bundle_dir, "content.json", lambda d: d["station"]["name"].pop("zh-Hans"))
    window, active = build_window(Config(content_dir=bundle_dir, data_dir=tmp_path), kiosk_mode=True)
    request.addfinalizer(lambda: (close_windows([window]), window.state.store.close()))
    window.show()
    assert [str(p) for p in active.refused.problems] == ["content.json: station.name.zh-Hans: field required"]
    assert f"content bundle {bundle_dir} refused: content.json: station.name.zh-Hans: field required" in caplog.text
    assert window.screens["home"].name.text() == active.bundle.content.station.name.zh_hans
    assert active.bundle.path.name == "bundle" and active.bundle.path != bundle_dir
