"""Nothing is clipped: every screen, language, orientation and text size, checked widget by widget."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QToolButton, QWidget

from kiosk.i18n import LANGUAGES
from kiosk.views.screenshot import SIZES, settle_store


def clipped(widget) -> list[str]:
    found = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"{label.text()!r} needs {label.heightForWidth(label.width())}px, has {label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            found.append(f"{label.text()!r} needs {label.sizeHint().width()}px wide, has {label.width()}")
    for area in widget.findChildren(QScrollArea):
        if not area.isVisibleTo(widget):
            continue
        view = area.viewport()
        for child in area.widget().findChildren(QWidget):
            if child.isVisibleTo(widget) and child.mapTo(view, child.rect().topRight()).x() > view.width() + 1:
                found.append(f"{type(child).__name__} {child.objectName()!r} runs past the right edge of its list")
                break
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text():
            hint = button.sizeHint()
            if hint.width() > button.width() + 1 or (isinstance(button, QToolButton) and hint.height() > button.height() + 1):
                found.append(f"button {button.text()!r} needs {hint.width()}x{hint.height()}, has {button.size()}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("large", (False, True), ids=("normal", "large"))
def test_nothing_is_clipped(make_window, size, large):
    window = make_window(size=size)
    problems = []
    for lang in LANGUAGES:
        window.state.set_language(lang)
        window.state.set_large(large)
        for key, screen in window.screens.items():
            window.open(key)
            for page, show_page in [(key, lambda: None), *screen.sub_pages().items()]:
                show_page()
                settle_store(QApplication.instance(), window.state)
                assert window.size().toTuple() == size, f"{key} {page} in {lang} stretched the window"
                problems += [f"{lang} {key} {page}: {p}" for p in clipped(window)]
            screen.reset()
    assert problems == []
