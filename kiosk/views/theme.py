"""Colours, sizes and the style sheet, in one place (see ../shared/ui.md)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n import FONT_FAMILIES

# Warm orange and green as in the seeds' stations; each text colour passes 4.5:1 on its ground.
INK = "#1f2328"
MUTED = "#4a4f57"
PAPER = "#fff8f0"
CARD = "#ffffff"
ORANGE = "#b93f0b"  # white on it: 5.6:1
ORANGE_PRESSED = "#8a2f08"
GREEN = "#276b43"  # white on it: 6.2:1
RED = "#b42318"  # white on it: 6.5:1
LINE = "#e6d9cc"
BAR = "#3b2a20"  # top and bottom bars; white on it: 14:1

LARGE_TEXT_FACTOR = 1.35
TOUCH_MIN = 72  # px: above the 64 px floor so a gloved thumb finds it
# The bars keep one size in large-text mode: they are big already, and must fit a portrait width.
BAR_TITLE = 40
BAR_TEXT = 30
BAR_ICON = 40


@dataclass(frozen=True)
class Scale:
    large: bool = False

    def px(self, base: float) -> int:
        return round(base * (LARGE_TEXT_FACTOR if self.large else 1.0))

    @property
    def body(self) -> int:
        return self.px(28)

    @property
    def small(self) -> int:
        return self.px(24)

    @property
    def title(self) -> int:
        return self.px(44)

    @property
    def huge(self) -> int:
        return self.px(56)


def style_sheet(lang: str, scale: Scale) -> str:
    family = FONT_FAMILIES[lang]
    return f"""
    * {{ font-family: "{family}"; font-size: {scale.body}px; color: {INK}; }}
    #Shell {{ background: {PAPER}; }}
    #TopBar, #BottomBar {{ background: {BAR}; }}
    #TopBar QLabel, #BottomBar QLabel {{ color: white; }}
    #StationTitle {{ font-size: {BAR_TITLE}px; font-weight: bold; color: white; }}
    #Clock {{ font-size: {BAR_TITLE}px; color: white; }}
    #TopBar QLabel[role="link-on"] {{ color: #7fd89f; font-size: {BAR_TEXT}px; }}
    #TopBar QLabel[role="link-off"] {{ color: #9c8f86; font-size: {BAR_TEXT}px; }}
    QLabel[role="title"] {{ font-size: {scale.title}px; font-weight: bold; }}
    QLabel[role="huge"] {{ font-size: {scale.huge}px; font-weight: bold; }}
    QLabel[role="muted"] {{ font-size: {scale.small}px; color: {MUTED}; }}
    QLabel[role="status-open"] {{ color: {GREEN}; font-weight: bold; }}
    QLabel[role="status-closed"] {{ color: {RED}; font-weight: bold; }}
    QLabel[role="badge-ok"] {{ background: {GREEN}; color: white; border-radius: 8px; padding: 4px 12px;
        font-size: {scale.small}px; font-weight: bold; }}
    QLabel[role="badge-off"] {{ background: {RED}; color: white; border-radius: 8px; padding: 4px 12px;
        font-size: {scale.small}px; font-weight: bold; }}
    QFrame[role="card"] {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
    QFrame[role="card-off"] {{ background: #f4efea; border: 2px dashed {RED}; border-radius: 16px; }}
    QPushButton {{ min-height: {TOUCH_MIN}px; padding: 6px 20px; border-radius: 12px; border: none;
        background: {ORANGE}; color: white; font-weight: bold; }}
    QPushButton:pressed {{ background: {ORANGE_PRESSED}; }}
    QPushButton:checked {{ background: white; color: {BAR}; }}
    #BottomBar QPushButton {{ background: #5a4334; font-size: {BAR_TEXT}px; }}
    #BottomBar QPushButton:pressed {{ background: #22160f; }}
    #BottomBar QPushButton:checked {{ background: white; color: {BAR}; }}
    QToolButton[role="tile"] {{ background: {ORANGE}; color: white; border: none; border-radius: 24px;
        font-size: {scale.title}px; font-weight: bold; padding: 16px; }}
    QToolButton[role="tile"]:pressed {{ background: {ORANGE_PRESSED}; }}
    QToolButton[role="tile-green"] {{ background: {GREEN}; color: white; border: none; border-radius: 24px;
        font-size: {scale.title}px; font-weight: bold; padding: 16px; }}
    QToolButton[role="tile-green"]:pressed {{ background: #1a4a2e; }}
    QToolButton[compact="true"] {{ font-size: {scale.px(36)}px; }}
    QToolButton[role="tile-pick"] {{ background: {CARD}; color: {INK}; border: 3px solid {LINE}; border-radius: 20px;
        font-weight: bold; padding: 8px; }}
    QToolButton[role="tile-pick"]:checked {{ background: {ORANGE}; color: white; border-color: {ORANGE}; }}
    QPushButton[role="big"] {{ min-height: {scale.px(96)}px; font-size: {scale.title}px; padding: 6px 48px; }}
    QPushButton[role="danger"] {{ background: {RED}; }}
    QPlainTextEdit {{ background: {CARD}; border: 2px solid {ORANGE}; border-radius: 12px; padding: 8px; }}
    QLabel[role="row-title"] {{ font-size: {scale.px(34)}px; font-weight: bold; }}
    QFrame[role="row"] {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
    QFrame[role="row-pressed"] {{ background: #f6e3d3; border: 2px solid {ORANGE}; border-radius: 16px; }}
    QPushButton[role="chip"] {{ background: {CARD}; color: {INK}; border: 2px solid {ORANGE}; border-radius: 36px; }}
    QPushButton[role="chip"]:checked {{ background: {ORANGE}; color: white; }}
    QPushButton[role="key"] {{ background: {CARD}; color: {INK}; border: 2px solid {LINE}; border-radius: 12px;
        font-size: {scale.title}px; padding: 0; }}
    QPushButton[role="key"]:pressed {{ background: #f6e3d3; }}
    QPushButton:disabled {{ background: #d9cfc6; color: {MUTED}; border-color: #d9cfc6; }}
    QLineEdit {{ background: {CARD}; border: 2px solid {ORANGE}; border-radius: 12px; padding: 4px 16px; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
    QScrollBar:vertical {{ width: 14px; background: {LINE}; border-radius: 7px; }}
    QScrollBar::handle:vertical {{ background: {MUTED}; border-radius: 7px; min-height: 60px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
    """
