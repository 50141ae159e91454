"""What every screen shows from: the active bundle, the language, the text size, the clock, the
attendant's toggles; and the way to the kiosk's database."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from kiosk.content.bundle import Bundle
from kiosk.content.schema import Service, Text
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, QM_STEMS
from kiosk.store import Store, StoreError
from kiosk.store_thread import StoreThread
from kiosk.views.relay import Relay
from kiosk.views.theme import Scale

if TYPE_CHECKING:
    from kiosk.sync import SyncStatus

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


class KioskState(QObject):
    # The window restyles first (fonts, sizes), then the screens refill and measure themselves.
    restyle = Signal()
    changed = Signal()
    # The link to the centre changed (online, offline, token refused): only the indicators redraw.
    sync_changed = Signal()

    def __init__(
        self,
        bundle: Bundle,
        default_language: str = DEFAULT_LANGUAGE,
        default_large: bool = False,
        now: Callable[[], datetime] = datetime.now,
        *,
        store: StoreThread,
        pin_hash: str | None = None,
    ):
        super().__init__()
        self.bundle = bundle
        self.store = store
        self.pin_hash = pin_hash
        self.attendant = False
        self.availability: dict[str, bool] = {}
        # The last database failure, for the attendant; cleared by the next success.
        self.store_error: str | None = None
        self.sync_status: SyncStatus | None = None  # None: no central server configured
        self.sync_now: Callable[[], None] | None = None
        self._relay = Relay(self)
        self.default_language = default_language
        self.default_large = default_large
        self.now = now
        self.lang = default_language
        self.scale = Scale(default_large)
        self._translators: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None
        self._install_translator()

    def t(self, text: Text) -> str:
        return text(self.lang)

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        if lang != self.lang:
            self.lang = lang
            self._install_translator()
            self._emit()

    def set_large(self, large: bool) -> None:
        if large != self.scale.large:
            self.scale = Scale(large)
            self._emit()

    def services(self) -> list[Service]:
        """The station's services, with the attendant's availability toggles applied."""
        return [
            service.model_copy(update={"available": self.availability[service.id]})
            if service.id in self.availability
            else service
            for service in self.bundle.content.services
        ]

    def set_availability(self, availability: dict[str, bool]) -> None:
        # Only what the screens show changes: no restyle, and nothing at all when nothing differs
        # (the usual start-up, with no toggles saved).
        if availability != self.availability:
            self.availability = dict(availability)
            self.changed.emit()

    def set_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self.sync_changed.emit()

    def set_attendant(self, on: bool) -> None:
        self.attendant = on

    def load_availability(self) -> None:
        """Read the toggles the attendant saved before a restart."""
        self.run(Store.service_availability, self._availability_loaded)

    def _availability_loaded(self, future: Future) -> None:
        # Without the database the content's own flags stand; the error is already recorded.
        if future.exception() is None:
            self.set_availability(future.result())

    def run(self, work: Callable[[Store], object], done: Callable[[Future], None], in_memory_if_broken: bool = False) -> None:
        """Do database work off the UI thread; `done(future)` is called back on the UI thread.

        A StoreError is remembered for the attendant (and logged) before `done` sees it.
        """
        future = self.store.call(work, in_memory_if_broken)
        self._relay.when_done(future, lambda finished: self._finished(finished, done))

    def _finished(self, future: Future, done: Callable[[Future], None]) -> None:
        error = future.exception()
        if isinstance(error, StoreError):
            if self.store_error != str(error):
                log.error("database: %s", error)
            self.store_error = str(error)
        elif error is None:
            self.store_error = None
        done(future)

    def set_bundle(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self._emit()

    def reset(self) -> None:
        """Back to what the next visitor should see: the default language and text size."""
        changed = self.lang != self.default_language or self.scale.large != self.default_large
        self.lang = self.default_language
        self.scale = Scale(self.default_large)
        if changed:
            self._install_translator()
            self._emit()

    def _emit(self) -> None:
        self.restyle.emit()
        self.changed.emit()

    def _translator(self, lang: str) -> QTranslator | None:
        stem = QM_STEMS.get(lang)
        if stem is None:
            return None
        if lang not in self._translators:
            translator = QTranslator(self)
            if not translator.load(str(I18N_DIR / f"{stem}.qm")):
                raise FileNotFoundError(f"translation {I18N_DIR / stem}.qm is missing: run tools/i18n.py")
            self._translators[lang] = translator
        return self._translators[lang]

    def _install_translator(self) -> None:
        app = QCoreApplication.instance()
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = self._translator(self.lang)
        if self._installed is not None:
            app.installTranslator(self._installed)
