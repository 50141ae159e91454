"""The kiosk's languages and the font family each is drawn with."""

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
DEFAULT_LANGUAGE = "zh-Hans"

# The label on the language button: each language names itself.
LANGUAGE_LABELS = {"zh-Hans": "简", "zh-Hant": "繁", "en": "EN"}

# Chosen per language, never left to Qt's fallback: with no hint Qt may draw 令, 说 and 饭 with
# Japanese glyph forms. English takes the SC family too, whose Latin glyphs are fine.
FONT_FAMILIES = {
    "zh-Hans": "Noto Sans CJK SC",
    "zh-Hant": "Noto Sans CJK TC",
    "en": "Noto Sans CJK SC",
}

# Qt Linguist file stem for each translated language, under i18n/. The source strings are English.
QM_STEMS = {"zh-Hans": "kiosk_zh_Hans", "zh-Hant": "kiosk_zh_Hant"}
