"""Attendant mode, behind a PIN: the day's counts and the outbox, the service diary, the service
toggles, and the way out to the desktop."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import dashboard, diary
from kiosk.checkin import OCCUPATIONS
from kiosk.pin import PinResult, lock_state, try_pin
from kiosk.store import Event
from kiosk.views.checkin import occupation_label
from kiosk.views.formatting import tr
from kiosk.views.screen import Screen
from kiosk.views.widgets import ResponsiveGrid, add_to, card, clear_layout, label, scrolling_screen, set_role

PIN_DIGITS = 8
TABS = ("today", "diary", "services")


def kind_label(kind: str) -> str:
    labels = {
        "shift_open": tr("Shift opened"),
        "shift_close": tr("Shift closed"),
        "note": tr("Note"),
        "request": tr("Request or complaint"),
        "supplies": tr("Supplies restocked"),
        "fault": tr("Facility fault"),
    }
    return labels[kind]


def state_label(event: Event) -> str:
    return {"pending": tr("waiting to send"), "sent": tr("sent"), "rejected": tr("refused")}[event.state]


def short_time(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%m-%d %H:%M")


class PinPad(QWidget):
    """Digits, a clear key and OK; the typed PIN is shown only as dots."""

    entered = Signal(str)

    def __init__(self):
        super().__init__()
        self.digits = ""
        self.dots = label(role="huge", wrap=False)
        self.dots.setObjectName("pin-dots")
        self.dots.setAlignment(Qt.AlignCenter)
        self.message = label()
        self.message.setObjectName("pin-message")
        self.message.setAlignment(Qt.AlignCenter)
        keys = QGridLayout()
        keys.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789C0>"):
            button = QPushButton(key)
            button.setObjectName(f"pin-{key}")
            button.setProperty("role", "key")
            button.setFixedSize(120, 96)
            button.clicked.connect(lambda _=False, key=key: self.press(key))
            keys.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        column = QVBoxLayout(self)
        column.setSpacing(16)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(keys)
        column.setAlignment(keys, Qt.AlignHCenter)

    def press(self, key: str) -> None:
        if key == "C":
            self.clear()
        elif key == ">":
            if self.digits:
                self.entered.emit(self.digits)
                self.clear()
        elif len(self.digits) < PIN_DIGITS:
            self.digits += key
            self.dots.setText("●" * len(self.digits))

    def clear(self) -> None:
        self.digits = ""
        self.dots.setText("")

    def set_enabled(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)


class AttendantScreen(Screen):
    exit_requested = Signal()

    def __init__(self, state):
        super().__init__(state)
        self.snapshot: dashboard.Snapshot | None = None
        self.pin: PinResult = PinResult(False)
        self.checking = False

        self.pin_title = label(role="title")
        self.pin_title.setAlignment(Qt.AlignCenter)
        self.pad = PinPad()
        self.pad.entered.connect(self.check_pin)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self._show_lock)
        pin_page = QWidget()
        pin_column = QVBoxLayout(pin_page)
        pin_column.addStretch(1)
        pin_column.addWidget(self.pin_title)
        pin_column.addWidget(self.pad)
        pin_column.addStretch(2)

        self.tab_buttons = QButtonGroup(self)
        tab_row = QHBoxLayout()
        tab_row.setContentsMargins(40, 20, 40, 0)
        tab_row.setSpacing(12)
        for key in TABS:
            button = QPushButton()
            button.setObjectName(f"tab-{key}")
            button.setProperty("role", "chip")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, key=key: self.show_tab(key))
            self.tab_buttons.addButton(button)
            tab_row.addWidget(button)
        tab_row.addStretch(1)
        self.tabs = QStackedWidget()
        self.tab_pages = {key: QWidget() for key in TABS}
        for page in self.tab_pages.values():
            self.tabs.addWidget(page)
        self._build_today(scrolling_screen(self.tab_pages["today"]))
        self._build_diary(scrolling_screen(self.tab_pages["diary"]))
        self.service_rows = QVBoxLayout()
        self.service_rows.setSpacing(12)
        services_column = scrolling_screen(self.tab_pages["services"])
        self.services_title = label(role="title")
        services_column.addWidget(self.services_title)
        services_column.addLayout(self.service_rows)
        services_column.addStretch(1)
        self.desk = QWidget()
        desk_column = QVBoxLayout(self.desk)
        desk_column.setContentsMargins(0, 0, 0, 0)
        desk_column.addLayout(tab_row)
        desk_column.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pin_page = pin_page
        self.pages.addWidget(pin_page)
        self.pages.addWidget(self.desk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_tab("today")
        state.sync_changed.connect(self._on_sync_changed)

    # ---- building the pages

    def _build_today(self, column: QVBoxLayout) -> None:
        self.totals = label(role="title")
        self.totals.setObjectName("totals")
        self.by_occupation_title = label(role="title")
        self.by_occupation = QGridLayout()
        self.by_service_title = label(role="title")
        self.by_service = QGridLayout()
        self.outbox_title = label(role="title")
        self.outbox = label()
        self.outbox.setObjectName("outbox")
        self.database = label()
        self.database.setObjectName("database")
        self.rejected = QVBoxLayout()
        self.sync_line = label()
        self.sync_line.setObjectName("sync-line")
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(lambda: self.state.sync_now())
        self.exit = QPushButton()
        self.exit.setObjectName("exit-desktop")
        self.exit.setProperty("role", "danger")
        self.exit.clicked.connect(self.exit_requested)
        for grid in (self.by_occupation, self.by_service):
            grid.setHorizontalSpacing(32)
            grid.setVerticalSpacing(6)
        add_to(
            column,
            self.totals, self.by_occupation_title, self.by_occupation, self.by_service_title, self.by_service,
            self.outbox_title, self.sync_line, self.outbox, self.database, self.rejected,
        )
        column.addWidget(self.sync_button, 0, Qt.AlignLeft)
        column.addStretch(1)
        column.addWidget(self.exit, 0, Qt.AlignRight)

    def _build_diary(self, column: QVBoxLayout) -> None:
        self.diary_title = label(role="title")
        self.kind_buttons = QButtonGroup(self)
        self.kind_buttons.setExclusive(True)
        kinds = []
        for kind in diary.KINDS:
            button = QPushButton()
            button.setObjectName(f"kind-{kind}")
            button.setProperty("role", "chip")
            button.setCheckable(True)
            button.kind = kind
            self.kind_buttons.addButton(button)
            kinds.append(button)
        kinds[2].setChecked(True)
        self.kind_grid = ResponsiveGrid(column_width=360, max_columns=3, spacing=12)
        self.kind_grid.set_items(kinds)
        self.text = QPlainTextEdit()
        self.text.setObjectName("diary-text")
        self.text.setMinimumHeight(200)
        self.text.textChanged.connect(self._limit_text)
        self.counter = label(role="muted", wrap=False)
        self.counter.setObjectName("diary-counter")
        self.diary_message = label()
        self.diary_message.setObjectName("diary-message")
        self.save = QPushButton()
        self.save.setObjectName("diary-save")
        self.save.clicked.connect(self.save_entry)
        row = QHBoxLayout()
        row.addWidget(self.diary_message, 1)
        row.addWidget(self.counter)
        row.addWidget(self.save)
        self.recent_title = label(role="title")
        self.recent = QVBoxLayout()
        self.recent.setSpacing(8)
        add_to(column, self.diary_title, self.kind_grid, self.text, row, self.recent_title, self.recent)
        column.addStretch(1)

    # ---- filling

    def fill(self) -> None:
        self.pin_title.setText(tr("Attendant PIN"))
        for button, key in zip(self.tab_buttons.buttons(), TABS):
            button.setText({"today": tr("Today"), "diary": tr("Service diary"), "services": tr("Services")}[key])
        self.exit.setText(tr("Exit to desktop"))
        self.sync_button.setText(tr("Sync now"))
        for button in self.kind_buttons.buttons():
            button.setText(kind_label(button.kind))
        self.kind_grid.set_column_width(max(button.sizeHint().width() for button in self.kind_buttons.buttons()) + 12)
        self.diary_title.setText(tr("New diary entry"))
        self.save.setText(tr("Save"))
        self.recent_title.setText(tr("Latest entries"))
        self.by_occupation_title.setText(tr("Check-ins by occupation"))
        self.by_service_title.setText(tr("Check-ins by service used"))
        self.outbox_title.setText(tr("Sending to the union"))
        self.services_title.setText(tr("Tap to mark a service out of order or working again"))
        self._update_counter()
        self._show_pin_message()
        self._fill_snapshot()
        self._fill_sync()
        self._fill_services()

    def _fill_snapshot(self) -> None:
        snapshot = self.snapshot
        error = self.state.store_error
        self.database.setText(tr("Database: working") if error is None else tr("Database problem: %1").replace("%1", error))
        set_role(self.database, "status-open" if error is None else "status-closed")
        clear_layout(self.by_occupation)
        clear_layout(self.by_service)
        clear_layout(self.rejected)
        clear_layout(self.recent)
        if snapshot is None:
            self.totals.setText("")
            self.outbox.setText("")
            return
        self.totals.setText(
            tr("Check-ins today: %1 · this week: %2").replace("%1", str(snapshot.total("today"))).replace("%2", str(snapshot.total("week")))
        )
        names = {service.id: self.state.t(service.name) for service in self.state.bundle.content.services}
        self._fill_counts(self.by_occupation, "occupation", list(OCCUPATIONS), occupation_label)
        self._fill_counts(self.by_service, "service", list(names), lambda key: names.get(key, key))
        outbox = snapshot.outbox
        lines = [
            tr("Waiting to send: %1").replace("%1", str(outbox.pending)),
            tr("Oldest waiting: %1").replace("%1", short_time(outbox.oldest_pending)) if outbox.oldest_pending else tr("Nothing waiting"),
            tr("Refused by the centre: %1").replace("%1", str(outbox.rejected)),
            tr("Last successful sync: %1").replace("%1", short_time(snapshot.last_sync) if snapshot.last_sync else tr("never")),
            tr("Content version %1 from %2").replace("%1", str(self.state.bundle.version)).replace("%2", str(self.state.bundle.path)),
        ]
        self.outbox.setText("\n".join(lines))
        for event in snapshot.rejected:
            self.rejected.addWidget(label(f"{short_time(event.occurred_at)}  {event.type}  {event.last_error}", role="status-closed"))
        for event in snapshot.diary:
            entry = label(f"{short_time(event.occurred_at)}  {kind_label(event.payload['kind'])} ({state_label(event)})\n{event.payload['text']}")
            entry.setObjectName(f"diary-{event.id}")
            self.recent.addWidget(entry)
        if not snapshot.diary:
            self.recent.addWidget(label(tr("No entries yet."), role="muted"))

    def _fill_sync(self) -> None:
        status = self.state.sync_status
        self.sync_button.setEnabled(self.state.sync_now is not None)
        if status is None:
            text, good = tr("Not connected to a central server: set api_base_url and api_token in the config."), False
        elif status.token_refused:
            text, good = tr("The centre refused this kiosk's token: check api_token in the config, then tap Sync now."), False
        elif status.online is None:
            text, good = tr("Connecting to the centre…"), True
        elif status.online:
            text, good = tr("Centre: online"), True
        else:
            since = status.offline_since.strftime("%H:%M") if status.offline_since else "?"
            text, good = tr("Centre: offline since %1 (%2)").replace("%1", since).replace("%2", status.last_error or ""), False
        self.sync_line.setText(text)
        set_role(self.sync_line, "status-open" if good else "status-closed")

    def _on_sync_changed(self) -> None:
        self._fill_sync()
        if self.isVisible() and self.pages.currentWidget() is self.desk:
            self.reload()

    def _fill_counts(self, grid: QGridLayout, dimension: str, keys: list[str], name) -> None:
        today, week = self.snapshot.today[dimension], self.snapshot.week[dimension]
        grid.addWidget(label(tr("today"), role="muted", wrap=False), 0, 1)
        grid.addWidget(label(tr("this week"), role="muted", wrap=False), 0, 2)
        shown = [key for key in keys if week.get(key)] or keys[:1]
        for row, key in enumerate(shown, start=1):
            grid.addWidget(label(name(key)), row, 0)
            grid.addWidget(label(str(today.get(key, 0)), wrap=False), row, 1)
            grid.addWidget(label(str(week.get(key, 0)), wrap=False), row, 2)
        grid.setColumnStretch(0, 1)

    def _fill_services(self) -> None:
        clear_layout(self.service_rows)
        for service in self.state.services():
            row = card("card" if service.available else "card-off")
            line = QHBoxLayout(row)
            line.setContentsMargins(20, 8, 12, 8)
            line.addWidget(label(self.state.t(service.name)), 1)
            status = label(tr("Working") if service.available else tr("Out of order"), wrap=False)
            status.setProperty("role", "badge-ok" if service.available else "badge-off")
            line.addWidget(status)
            toggle = QPushButton(tr("Mark out of order") if service.available else tr("Mark working"))
            toggle.setObjectName(f"toggle-{service.id}")
            toggle.clicked.connect(lambda _=False, s=service: self.toggle_service(s.id, not s.available))
            line.addWidget(toggle)
            self.service_rows.addWidget(row)

    # ---- the PIN

    def check_pin(self, pin: str) -> None:
        if self.checking:
            return
        self.checking = True
        self.pad.set_enabled(False)
        pin_hash = self.state.pin_hash
        self.state.run(lambda store: try_pin(store, pin_hash, pin, time.time()), self._pin_checked, in_memory_if_broken=True)

    def _pin_checked(self, future) -> None:
        self.checking = False
        self.pin = future.result()
        if self.pin.ok:
            self.state.set_attendant(True)
            self.open_desk()
        self._show_pin_message()

    def _show_pin_message(self) -> None:
        if self.state.pin_hash is None:
            self.pad.message.setText(tr("Attendant mode is not set up on this kiosk: put attendant_pin_hash in its config."))
            self.pad.set_enabled(False)
        elif self.pin.locked_until > time.time():
            self._show_lock()
            self.lock_timer.start()
        else:
            self.lock_timer.stop()
            self.pad.set_enabled(not self.checking)
            wrong = self.pin.failures
            self.pad.message.setText(tr("Wrong PIN (%1 in a row)").replace("%1", str(wrong)) if wrong else tr("Enter the PIN"))

    def _show_lock(self) -> None:
        left = int(self.pin.locked_until - time.time() + 0.999)
        if left <= 0:
            self._show_pin_message()
            return
        self.pad.set_enabled(False)
        self.pad.message.setText(tr("Too many wrong PINs. Try again in %1 s.").replace("%1", str(left)))

    def _load_lock(self) -> None:
        self.state.run(lock_state, self._lock_loaded, in_memory_if_broken=True)

    def _lock_loaded(self, future) -> None:
        self.pin = future.result()
        self._show_pin_message()

    # ---- the desk

    def open_desk(self) -> None:
        self.pages.setCurrentWidget(self.desk)
        self.reload()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab_pages[key])
        for button, tab in zip(self.tab_buttons.buttons(), TABS):
            button.setChecked(tab == key)

    def reload(self) -> None:
        today = self.state.now().date()
        self.state.run(lambda store: dashboard.collect(store, today), self._collected)

    def _collected(self, future) -> None:
        if future.exception() is None:
            self.snapshot = future.result()
        self._fill_snapshot()

    def _limit_text(self) -> None:
        text = self.text.toPlainText()
        if len(text) > diary.MAX_TEXT:
            # Typed or pasted past the limit: keep the first MAX_TEXT characters, cursor at the end.
            self.text.setPlainText(text[: diary.MAX_TEXT])
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self._update_counter()

    def _update_counter(self) -> None:
        length = len(self.text.toPlainText())
        self.counter.setText(f"{length}/{diary.MAX_TEXT}")
        set_role(self.counter, "status-closed" if length >= diary.MAX_TEXT else "muted")

    def save_entry(self) -> None:
        kind = self.kind_buttons.checkedButton().kind
        try:
            payload = diary.diary_payload(kind, self.text.toPlainText())
        except ValueError:
            self.diary_message.setText(tr("Write what happened before saving."))
            set_role(self.diary_message, "status-closed")
            return
        self.save.setEnabled(False)
        self.state.run(lambda store: store.add("diary", payload), self._entry_saved)

    def _entry_saved(self, future) -> None:
        self.save.setEnabled(True)
        if future.exception() is None:
            self.text.clear()
            self.diary_message.setText(tr("Saved."))
            set_role(self.diary_message, "status-open")
        else:
            self.diary_message.setText(tr("Not saved: %1").replace("%1", str(future.exception())))
            set_role(self.diary_message, "status-closed")
        self.reload()

    def toggle_service(self, service_id: str, available: bool) -> None:
        payload = {"service": service_id, "available": available}
        self.state.run(lambda store: store.add("service_status", payload), lambda future: self._toggled(future, payload))

    def _toggled(self, future, payload: dict) -> None:
        if future.exception() is None:
            self.state.set_availability({**self.state.availability, payload["service"]: payload["available"]})
        else:
            self.refresh()
        self.reload()

    # ---- screen life

    def showEvent(self, event) -> None:
        if self.state.attendant:
            self.open_desk()
        else:
            self.pages.setCurrentWidget(self.pin_page)
            self._load_lock()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        # Home, Back or the idle timer: whoever comes next needs the PIN again.
        self.state.set_attendant(False)
        self.lock_timer.stop()
        super().hideEvent(event)

    def reset(self) -> None:
        self.pad.clear()
        self.text.clear()
        self.diary_message.setText("")
        self.snapshot = None
        self.show_tab("today")
        self.pages.setCurrentWidget(self.pin_page)

    def sub_pages(self) -> dict:
        def tab(key: str):
            def show() -> None:
                self.state.set_attendant(True)
                self.open_desk()
                self.show_tab(key)

            return show

        return {key: tab(key) for key in TABS}
