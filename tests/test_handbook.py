"""The handbook screen as a worker uses it: keypad, characters in either script, categories, answer QR."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import tap
from kiosk.views.handbook import answer_for_phone
from tests.test_nearby import decode



def open_handbook(make_window, qtbot):
    window = make_window()
    tap(qtbot, window.screens["home"].tiles["handbook"])
    return window, window.screens["handbook"]


def test_all_questions_are_listed_at_first(make_window, qtbot, shipped):
    window, screen = open_handbook(make_window, qtbot)
    assert [hit.entry.id for hit in screen.hits] == [entry.id for entry in shipped.handbook.entries]


def test_pinyin_initials_on_the_keypad_find_work_injury(make_window, qtbot):
    window, screen = open_handbook(make_window, qtbot)
    tap(qtbot, screen.keys["g"])
    tap(qtbot, screen.keys["s"])
    assert screen.query.text() == "gs"
    first = screen.hits[0]
    assert "工伤" in first.entry.question.zh_hans
    row = screen.results.itemAt(0).widget()
    assert row.hit is first
    assert f'{"工伤"}</b>' in row.question.text() and "<b " in row.question.text()
    tap(qtbot, screen.backspace)
    assert screen.query.text() == "g"


def test_characters_in_traditional_find_simplified_entries(make_window, qtbot):
    window, screen = open_handbook(make_window, qtbot)
    # Chinese reaches a text field from an input method as a commit, not as key presses.
    commit = QInputMethodEvent()
    commit.setCommitString("工傷")
    QApplication.sendEvent(screen.query, commit)
    assert screen.hits and all("工伤" in hit.entry.question.zh_hans + hit.entry.answer.zh_hans for hit in screen.hits)


def test_a_category_chip_limits_the_list(make_window, qtbot, shipped):
    window, screen = open_handbook(make_window, qtbot)
    tap(qtbot, screen.findChild(object, "category-injury"))
    assert screen.hits and {hit.entry.category for hit in screen.hits} == {"injury"}
    tap(qtbot, screen.findChild(object, "category-all"))
    assert len(screen.hits) == len(shipped.handbook.entries)


def test_an_answer_shows_its_legal_basis_and_a_qr_that_carries_it(make_window, qtbot):
    window, screen = open_handbook(make_window, qtbot)
    hit = screen.hits[0]
    tap(qtbot, screen.results.itemAt(0).widget())
    assert screen.pages.currentIndex() == 1
    assert screen.answer_text.text() == hit.entry.answer.zh_hans
    assert hit.entry.cites[0].zh_hans in screen.answer_cites.text()
    assert decode(screen.answer_qr) == answer_for_phone(hit.entry, "zh-Hans")
    tap(qtbot, screen.back_to_results)
    assert screen.pages.currentIndex() == 0


def test_idle_clears_the_half_typed_search(make_window, qtbot):
    window = make_window(idle_timeout_ms=1000)
    tap(qtbot, window.screens["home"].tiles["handbook"])
    screen = window.screens["handbook"]
    tap(qtbot, screen.keys["g"])
    tap(qtbot, screen.findChild(object, "category-wages"))
    qtbot.waitUntil(lambda: window.current() == "home", timeout=5000)
    assert screen.query.text() == "" and screen.category is None


def test_search_command_prints_ranked_results():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "search", "gongshang"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.lstrip().startswith("1. ") and "【工伤】" in first
