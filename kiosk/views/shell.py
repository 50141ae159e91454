"""The kiosk window: top bar, the screens, bottom bar; no way out for a visitor; idle goes home."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n import LANGUAGE_LABELS, LANGUAGES
from kiosk.views.attendant import AttendantScreen
from kiosk.views.checkin import CheckinScreen
from kiosk.views.formatting import tr
from kiosk.views.handbook import HandbookScreen
from kiosk.views.home import HomeScreen
from kiosk.views.idle import IdleWatcher
from kiosk.views.membership import MembershipScreen
from kiosk.views.nearby import NearbyScreen
from kiosk.views.screen import Screen
from kiosk.views.services import EventsScreen, ServicesScreen
from kiosk.views.state import KioskState
from kiosk.views.theme import BAR, BAR_ICON, style_sheet
from kiosk.views.widgets import icon, label, set_role


def build_screens(state: KioskState, map_app: str = "amap") -> dict[str, Screen]:
    return {
        "home": HomeScreen(state),
        "services": ServicesScreen(state),
        "events": EventsScreen(state),
        "nearby": NearbyScreen(state, map_app),
        "handbook": HandbookScreen(state),
        "membership": MembershipScreen(state),
        "checkin": CheckinScreen(state),
        "attendant": AttendantScreen(state),
    }


class LongPress(QObject):
    """Calls `on_hold` when a widget is pressed and held for `hold_ms` (the attendant's way in)."""

    def __init__(self, widget: QWidget, hold_ms: int, on_hold):
        super().__init__(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(on_hold)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.MouseButtonPress, QEvent.TouchBegin):
            self.timer.start()
        elif event.type() in (QEvent.MouseButtonRelease, QEvent.TouchEnd, QEvent.TouchCancel):
            self.timer.stop()
        return False


class KioskWindow(QWidget):
    # Held on the station's name in the top-left corner: long enough that no visitor does it by chance.
    ATTENDANT_HOLD_MS = 3000

    def __init__(self, state: KioskState, screens: dict[str, Screen], idle_timeout_ms: int, kiosk_mode: bool = True):
        super().__init__()
        self.setObjectName("Shell")
        self.setAttribute(Qt.WA_StyledBackground)
        self.state = state
        self.kiosk_mode = kiosk_mode
        self.screens = screens
        self.history: list[str] = []
        if kiosk_mode:
            self.setWindowFlags(Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)

        self.station = label(role=None, wrap=False)
        self.station.setObjectName("StationTitle")
        self.clock = label(wrap=False)
        self.clock.setObjectName("Clock")
        # A small dot, no words: a visitor need not know; the attendant's desk says the details.
        self.link = label("●", wrap=False)
        self.link.setObjectName("link")
        top = QWidget()
        top.setObjectName("TopBar")
        top.setAttribute(Qt.WA_StyledBackground)
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(32, 12, 32, 12)
        top_row.addWidget(self.station, 1)
        top_row.addWidget(self.link)
        top_row.addSpacing(16)
        top_row.addWidget(self.clock)
        self.attendant_door = LongPress(self.station, self.ATTENDANT_HOLD_MS, lambda: self.open("attendant"))

        self.stack = QStackedWidget()
        for key, screen in screens.items():
            screen.setObjectName(f"screen-{key}")
            screen.navigate.connect(self.open)
            self.stack.addWidget(screen)
        screens["attendant"].exit_requested.connect(self.exit_to_desktop)

        self.home_button = QPushButton(icon("home"), "")
        self.home_button.setObjectName("home")
        self.home_button.clicked.connect(self.go_home)
        self.back_button = QPushButton(icon("arrow-left"), "")
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.language_buttons = QButtonGroup(self)
        self.large_button = QPushButton(icon("format-size", color_on=BAR), "")
        self.large_button.setObjectName("large-text")
        self.large_button.setCheckable(True)
        self.large_button.toggled.connect(state.set_large)
        bottom = QWidget()
        bottom.setObjectName("BottomBar")
        bottom.setAttribute(Qt.WA_StyledBackground)
        bottom_row = QHBoxLayout(bottom)
        bottom_row.setContentsMargins(24, 12, 24, 12)
        bottom_row.setSpacing(16)
        bottom_row.addWidget(self.home_button)
        bottom_row.addWidget(self.back_button)
        bottom_row.addStretch(1)
        for lang in LANGUAGES:
            button = QPushButton(LANGUAGE_LABELS[lang])
            button.setObjectName(f"lang-{lang}")
            button.setCheckable(True)
            button.setMinimumWidth(96)
            button.clicked.connect(lambda _=False, lang=lang: state.set_language(lang))
            self.language_buttons.addButton(button)
            bottom_row.addWidget(button)
        bottom_row.addSpacing(16)
        bottom_row.addWidget(self.large_button)
        for button in (self.home_button, self.back_button, self.large_button):
            button.setIconSize(QSize(BAR_ICON, BAR_ICON))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top)
        column.addWidget(self.stack, 1)
        column.addWidget(bottom)

        self.idle = IdleWatcher(QApplication.instance(), idle_timeout_ms, parent=self)
        self.idle.idle.connect(self.on_idle)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        state.restyle.connect(self.fill)
        state.sync_changed.connect(self.show_link)
        self.fill()
        self.open("home", remember=False)

    def current(self) -> str:
        return self.stack.currentWidget().objectName().removeprefix("screen-")

    def open(self, key: str, remember: bool = True) -> None:
        if key == "home":
            self.go_home()
            return
        if remember and self.current() != key:
            self.history.append(self.current())
        self.stack.setCurrentWidget(self.screens[key])
        self.back_button.setEnabled(True)

    def back(self) -> None:
        target = self.history.pop() if self.history else "home"
        self.stack.setCurrentWidget(self.screens[target])
        self.back_button.setEnabled(bool(self.history) or target != "home")

    def go_home(self) -> None:
        self.history.clear()
        self.stack.setCurrentWidget(self.screens["home"])
        self.back_button.setEnabled(False)

    def on_idle(self) -> None:
        for screen in self.screens.values():
            screen.reset()
        self.state.reset()
        self.go_home()

    def fill(self) -> None:
        state = self.state
        self.setStyleSheet(style_sheet(state.lang, state.scale))
        self.station.setText(state.t(state.bundle.content.station.short_name))
        self.home_button.setText(tr("Home"))
        self.back_button.setText(tr("Back"))
        self.large_button.setText(tr("Large text"))
        self.large_button.setChecked(state.scale.large)
        for button in self.language_buttons.buttons():
            button.setChecked(button.objectName() == f"lang-{state.lang}")
        self.tick()
        self.show_link()

    def show_link(self) -> None:
        status = self.state.sync_status
        self.link.setVisible(status is not None)
        if status is not None:
            set_role(self.link, "link-on" if status.online and not status.token_refused else "link-off")

    def tick(self) -> None:
        text = self.state.now().strftime("%H:%M")
        if text != self.clock.text():
            self.clock.setText(text)
            self.screens["home"].update_open_line()

    def exit_to_desktop(self) -> None:
        """The attendant's way out: the only one in kiosk mode."""
        self.kiosk_mode = False
        QApplication.instance().quit()

    def keyPressEvent(self, event) -> None:
        if self.kiosk_mode and event.key() == Qt.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        # Alt+F4 and the window manager's close land here; only the attendant may leave.
        if self.kiosk_mode:
            event.ignore()
        else:
            # A closed window must not reset the language and screens under whoever comes next.
            self.idle.timer.stop()
            super().closeEvent(event)
