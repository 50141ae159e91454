"""What every screen shows from: the active bundle, the language, the text size, the clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from kiosk.content.bundle import Bundle
from kiosk.content.schema import Text
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, QM_STEMS
from kiosk.views.theme import Scale

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


class KioskState(QObject):
    # The window restyles first (fonts, sizes), then the screens refill and measure themselves.
    restyle = Signal()
    changed = Signal()

    def __init__(
        self,
        bundle: Bundle,
        default_language: str = DEFAULT_LANGUAGE,
        default_large: bool = False,
        now: Callable[[], datetime] = datetime.now,
    ):
        super().__init__()
        self.bundle = bundle
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
