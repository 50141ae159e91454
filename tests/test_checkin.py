"""Check-in as a worker meets it: three taps, saved before "thank you", once, anonymous."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import tap


def stored_checkins(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, payload, state FROM events").fetchall()
    finally:
        conn.close()


def test_three_taps_make_one_anonymous_checkin_then_thanks_then_home(make_window, qtbot, store_path, monkeypatch):
    monkeypatch.setattr("kiosk.views.checkin.THANKS_MS", 200)
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["checkin"])
    screen = window.screens["checkin"]
    assert screen.pages.currentWidget() is screen.occupation_page

    tap(qtbot, screen.occupation_tiles["delivery_rider"])
    tap(qtbot, screen.service_tiles["charging"])
    tap(qtbot, screen.done)

    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks_page)
    assert screen.thanks_title.text() == "谢谢！已为您登记。"
    assert stored_checkins(store_path) == [("checkin", '{"occupation": "delivery_rider", "services": ["charging"]}', "pending")]
    qtbot.waitUntil(lambda: window.current() == "home")


def test_done_waits_for_a_service_and_offers_only_working_ones(make_window, qtbot, shipped):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["checkin"])
    screen = window.screens["checkin"]
    tap(qtbot, screen.occupation_tiles["courier"])
    assert not screen.done.isEnabled()
    broken = {s.id for s in shipped.content.services if not s.available}
    assert broken and not broken & set(screen.service_tiles)
    tap(qtbot, screen.service_tiles["water"])
    assert screen.done.isEnabled()


def test_a_double_tap_on_done_makes_one_checkin(make_window, qtbot, store_path):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["checkin"])
    screen = window.screens["checkin"]
    tap(qtbot, screen.occupation_tiles["sanitation_worker"])
    tap(qtbot, screen.service_tiles["water"])
    qtbot.mouseDClick(screen.done, Qt.LeftButton)
    screen.save()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks_page)
    window.state.store.call(lambda store: None).result()
    assert len(stored_checkins(store_path)) == 1


def test_the_next_visitor_starts_at_the_first_question(make_window, qtbot):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["checkin"])
    screen = window.screens["checkin"]
    tap(qtbot, screen.occupation_tiles["courier"])
    tap(qtbot, screen.service_tiles["water"])
    tap(qtbot, window.home_button)
    tap(qtbot, window.screens["home"].tiles["checkin"])
    assert screen.pages.currentWidget() is screen.occupation_page
    tap(qtbot, screen.occupation_tiles["courier"])
    assert not screen.service_tiles["water"].isChecked()


@pytest.fixture
def unwritable_store(tmp_path):
    # A file where the data directory should be: the database cannot be created (as root too).
    (tmp_path / "blocked").write_text("")
    return tmp_path / "blocked" / "data" / "kiosk.db"


def test_a_database_that_cannot_be_written_gets_a_polite_message_and_the_attendant_the_cause(
    make_window, qtbot, unwritable_store
):
    window = make_window(db=unwritable_store)
    tap(qtbot, window.screens["home"].tiles["checkin"])
    screen = window.screens["checkin"]
    tap(qtbot, screen.occupation_tiles["truck_driver"])
    tap(qtbot, screen.service_tiles["rest"])
    tap(qtbot, screen.done)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sorry_page)
    texts = {label.text() for label in screen.sorry_page.findChildren(QLabel)}
    assert "抱歉，刚才没能登记成功。" in texts
    assert not any("data directory" in text for text in texts)
    assert "cannot create the data directory" in window.state.store_error
