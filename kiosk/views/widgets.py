"""Touch widgets shared by the screens: labels by role, tiles, cards, drag-scrolled areas."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

os.environ.setdefault("QT_API", "pyside6")
import qtawesome  # noqa: E402  (reads QT_API when imported)


def icon(name: str, color: str = "white", **options) -> QIcon:
    return qtawesome.icon(f"mdi6.{name}", color=color, **options)


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.NoTextInteraction)
    if role:
        widget.setProperty("role", role)
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Change a styled role and make the style sheet see it."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def card(role: str = "card") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    return frame


class Tile(QToolButton):
    """A big home-screen button: an icon with two to four characters under it."""

    def __init__(self, icon_name: str, role: str = "tile", color: str = "white", color_on: str = "white"):
        super().__init__()
        self.icon_name = icon_name
        self.setProperty("role", role)
        self.setIcon(icon(icon_name, color, color_on=color_on))
        self.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(160)

    def set_icon_px(self, px: int) -> None:
        self.setIconSize(QSize(px, px))


class _Relayout(QObject):
    """Lays a scrolled page out again when it is shown or resized at a size its layout missed.

    The scroll area grows the page to the height its wrapped text asks for; a page grown while
    hidden (new text on a page not shown yet) can come up with its layout still at the old
    height, and the text under the last line is cut. Seen on the handbook's answer page.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Resize, QEvent.Show):
            layout = watched.layout()
            if layout is not None and layout.geometry().size() != watched.size():
                layout.invalidate()
        return False


def drag_scroll(inner: QWidget) -> QScrollArea:
    """A vertical scroll area that a finger can drag, with a visible scroll bar."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    # Always shown: it tells a visitor where they are in the list, and a bar that comes and goes
    # would change the width the text was wrapped for.
    area.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
    area.setFrameShape(QFrame.NoFrame)
    # Never wider than the view: long text wraps instead of running off the right edge.
    inner.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    area.setWidget(inner)
    inner.installEventFilter(_Relayout(area))
    QScroller.grabGesture(area.viewport(), QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    # No rubber-band overshoot: the page stops where the list ends.
    properties.setScrollMetric(QScrollerProperties.VerticalOvershootPolicy, QScrollerProperties.OvershootAlwaysOff)
    # A press reaches the button under the finger at once (it lights up); held back, as Qt does
    # by default for a quarter second, a quick tap on a button in a list was lost.
    properties.setScrollMetric(QScrollerProperties.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    return area


class ResponsiveGrid(QWidget):
    """Lays its widgets out in as many columns as its width allows."""

    def __init__(self, column_width: int, max_columns: int = 3, spacing: int = 20):
        super().__init__()
        self._column_width = column_width
        self._max_columns = max_columns
        self._items: list[QWidget] = []
        self._columns = 0
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)

    def set_items(self, items: list[QWidget]) -> None:
        for old in self._items:
            if old not in items:
                old.deleteLater()
        self._items = list(items)
        self._columns = 0
        self._place()

    def items(self) -> list[QWidget]:
        return list(self._items)

    def set_column_width(self, width: int) -> None:
        self._column_width = width
        self._place()

    def columns(self) -> int:
        # Until it is shown its width means nothing; the widest layout asks the least height,
        # so the window is not held taller than the screen before the first real resize.
        if not self.isVisible():
            return self._max_columns
        return max(1, min(self._max_columns, self.width() // self._column_width))

    def minimumSizeHint(self) -> QSize:
        # Never ask for more than one column's width: it takes fewer columns when narrow.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._column_width), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place()

    def _place(self) -> None:
        columns = self.columns()
        if columns == self._columns and all(self._layout.indexOf(w) >= 0 for w in self._items):
            return
        self._columns = columns
        for item in self._items:
            self._layout.removeWidget(item)
        for column in range(self._layout.columnCount()):
            self._layout.setColumnStretch(column, 0)
        for index, item in enumerate(self._items):
            self._layout.addWidget(item, index // columns, index % columns)
        for column in range(columns):
            self._layout.setColumnStretch(column, 1)


class Split(QWidget):
    """Two panes side by side on a landscape screen, one above the other on a portrait one."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        stretches: tuple[int, int] = (1, 1),
        portrait: QBoxLayout.Direction = QBoxLayout.TopToBottom,
    ):
        super().__init__()
        self._portrait = portrait
        self._layout = QBoxLayout(QBoxLayout.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(24)
        self._layout.addWidget(first, stretches[0])
        self._layout.addWidget(second, stretches[1])
        # Side by side, the panes' widths add up; that sum must not stop the window turning
        # portrait, where they would stack and fit.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        window = self.window()
        landscape = window.width() >= window.height()
        self._layout.setDirection(QBoxLayout.LeftToRight if landscape else self._portrait)


def add_to(layout: QBoxLayout, *parts) -> None:
    """Add widgets and layouts to a box layout, in order."""
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)


def clear_layout(layout) -> None:
    """Remove and delete every widget in a layout that is refilled on each refresh."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        # Hidden now: deletion waits for the event loop, and until then it would still be drawn.
        widget.hide()
        widget.deleteLater()


class CardButton(QFrame):
    """A whole card as one touch target, laid out inside like any widget.

    A frame rather than a push button: a button does not size itself by the layout inside it,
    and a card of wrapped text must grow with it.
    """

    clicked = Signal()

    def __init__(self, object_name: str):
        super().__init__()
        self.setProperty("role", "row")
        self.setObjectName(object_name)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 14, 20, 14)
        self.column.setSpacing(4)

    def add(self, widget: QWidget) -> QWidget:
        # The card takes the touch wherever it lands, even on a rich-text label inside.
        widget.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.column.addWidget(widget)
        return widget

    def mousePressEvent(self, event) -> None:
        set_role(self, "row-pressed")

    def mouseReleaseEvent(self, event) -> None:
        set_role(self, "row")
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()


def list_page(*headers: QWidget, spacing: int = 12) -> tuple[QWidget, QVBoxLayout]:
    """Headers that stay put (chips, a count) above a drag-scrolled column.

    Returns the page and the column's layout, to fill with cards.
    """
    items = QVBoxLayout()
    items.setSpacing(spacing)
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 16, 0)
    column.addLayout(items)
    column.addStretch(1)
    page = QWidget()
    page_column = QVBoxLayout(page)
    page_column.setContentsMargins(0, 0, 0, 0)
    for header in headers:
        page_column.addWidget(header)
    page_column.addWidget(drag_scroll(inner), 1)
    return page, items


def scrolling_screen(screen: QWidget) -> QVBoxLayout:
    """Make a whole screen one drag-scrolled page; returns its column to fill from the top."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(40, 24, 40, 32)
    column.setSpacing(20)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(drag_scroll(inner))
    return column
