"""The legal Q&A handbook: browse by category, find by pinyin initials on a keypad or by characters
in either script, read the answer with the law it rests on, take it to the phone by QR."""

from __future__ import annotations

import html
import string
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.schema import Entry
from kiosk.qr import fits_qr
from kiosk.search import HandbookSearch, Hit, mark
from kiosk.views import theme
from kiosk.views.formatting import tr
from kiosk.views.qr_view import QrCode
from kiosk.views.screen import Screen
from kiosk.views.widgets import CardButton, ResponsiveGrid, Split, clear_layout, icon, label, list_page

MAX_QUERY = 40
RESULTS_SHOWN = 50
_INDEXER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="handbook-index")
# Keys keep one size in large-text mode: 76 px is a thumb already, and four rows must fit a
# landscape screen beside the results.
KEY_PX = 76


def highlighted(text: str, spans: list[tuple[int, int]]) -> str:
    """Rich text with the matched stretches in bold orange; everything else escaped."""
    marked = html.escape(mark(text, spans, "\x02", "\x03"))
    return marked.replace("\x02", f'<b style="color:{theme.ORANGE}">').replace("\x03", "</b>")


def answer_for_phone(entry: Entry, lang: str) -> str:
    """What the answer's QR carries: its web page if it has one, else the text itself."""
    if entry.url:
        return entry.url
    cites = "；".join(cite(lang) for cite in entry.cites)
    return f"{entry.question(lang)}\n{entry.answer(lang)}\n{cites}"


class QuestionRow(CardButton):
    def __init__(self, hit: Hit, lang: str):
        super().__init__(f"entry-{hit.entry.id}")
        self.hit = hit
        self.question = label(role="row-title")
        self.question.setTextFormat(Qt.RichText)
        self.question.setText(highlighted(hit.entry.question(lang), hit.question_spans))
        self.add(self.question)


class HandbookScreen(Screen):
    def __init__(self, state):
        super().__init__(state)
        self._start_index()
        self.category: str | None = None
        self.hits: list[Hit] = []
        self._shown: Entry | None = None

        self.title = label(role="title")
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setMaxLength(MAX_QUERY)
        self.query.setMinimumHeight(theme.TOUCH_MIN)
        self.query.textChanged.connect(self.run_search)
        self.clear = QPushButton(icon("close"), "")
        self.clear.setObjectName("clear")
        self.clear.clicked.connect(self.query.clear)
        self.clear.setIconSize(QSize(36, 36))
        query_row = QHBoxLayout()
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.clear)

        self.keypad = QWidget()
        keys = QGridLayout(self.keypad)
        keys.setSpacing(12)
        self.keys = {}
        for index, letter in enumerate(string.ascii_uppercase):
            key = QPushButton(letter)
            key.setObjectName(f"key-{letter.lower()}")
            key.setProperty("role", "key")
            key.setMinimumSize(KEY_PX, KEY_PX)
            key.clicked.connect(lambda _=False, letter=letter.lower(): self.type(letter))
            keys.addWidget(key, index // 7, index % 7)
            self.keys[letter.lower()] = key
        self.backspace = QPushButton(icon("backspace-outline", theme.INK), "")
        self.backspace.setObjectName("key-backspace")
        self.backspace.setProperty("role", "key")
        self.backspace.setMinimumSize(KEY_PX, KEY_PX)
        self.backspace.clicked.connect(self.query.backspace)
        self.backspace.setIconSize(QSize(44, 44))
        keys.addWidget(self.backspace, 3, 5, 1, 2)
        self.keypad_hint = label(role="muted")

        search_panel = QWidget()
        search_column = QVBoxLayout(search_panel)
        search_column.setContentsMargins(0, 0, 0, 0)
        search_column.addLayout(query_row)
        search_column.addWidget(self.keypad_hint)
        search_column.addWidget(self.keypad)
        search_column.addStretch(1)

        self.categories = ResponsiveGrid(column_width=220, max_columns=4, spacing=12)
        self.count = label(role="muted")
        results_page, self.results = list_page(self.categories, self.count)

        self.answer_question = label(role="title")
        self.answer_text = label()
        self.answer_cites = label(role="muted")
        self.answer_qr = QrCode(300)
        self.answer_qr.setObjectName("answer-qr")
        self.answer_qr_caption = label(role="muted")
        self.back_to_results = QPushButton(icon("format-list-bulleted"), "")
        self.back_to_results.setObjectName("back-to-results")
        self.back_to_results.setIconSize(QSize(40, 40))
        self.back_to_results.clicked.connect(self.show_results)
        answer_page, answer_column = list_page()
        for widget in (self.answer_question, self.answer_text, self.answer_cites):
            answer_column.addWidget(widget)
        answer_column.addWidget(self.answer_qr, 0, Qt.AlignHCenter)
        answer_column.addWidget(self.answer_qr_caption)
        answer_column.addWidget(self.back_to_results, 0, Qt.AlignLeft)
        self.pages = QStackedWidget()
        self.pages.addWidget(results_page)
        self.pages.addWidget(answer_page)

        # On a tall screen the keypad goes under the results, where a thumb reaches it.
        body = Split(search_panel, self.pages, (0, 1), portrait=QBoxLayout.BottomToTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 20)
        column.addWidget(self.title)
        column.addWidget(body, 1)

    def _start_index(self) -> None:
        # Importing pypinyin and zhconv and indexing every character takes about half a second:
        # done on a worker thread from start-up, so the first tap on "Legal help" does not wait.
        self._bundle = self.state.bundle
        self._index = _INDEXER.submit(HandbookSearch, self._bundle.handbook)

    @property
    def search(self) -> HandbookSearch:
        if self._bundle is not self.state.bundle:
            self._start_index()
        return self._index.result()

    def type(self, letter: str) -> None:
        self.query.insert(letter)

    def fill(self) -> None:
        handbook = self.state.bundle.handbook
        self.title.setText(tr("Legal help"))
        self.query.setPlaceholderText(tr("Search"))
        self.keypad_hint.setText(tr("Tap the first letters of the pinyin: gs = 工伤 (work injury)"))
        self.clear.setText(tr("Clear"))
        self.back_to_results.setText(tr("Back to the questions"))
        chips = []
        for category in [None, *handbook.categories]:
            chip = QPushButton(self.state.t(category.name) if category else tr("All"))
            chip.setObjectName(f"category-{category.id if category else 'all'}")
            chip.setProperty("role", "chip")
            chip.setCheckable(True)
            chip.setChecked((category.id if category else None) == self.category)
            chip.clicked.connect(lambda _=False, cid=category.id if category else None: self.choose(cid))
            chips.append(chip)
        self.categories.set_items(chips)
        self.categories.set_column_width(max(chip.sizeHint().width() for chip in chips) + 12)
        self.run_search()
        if self.pages.currentIndex() == 1 and self._shown is not None:
            self.show_answer(self._shown)

    def choose(self, category: str | None) -> None:
        self.category = category
        for chip in self.categories.items():
            chip.setChecked(chip.objectName() == f"category-{category or 'all'}")
        self.run_search()

    def run_search(self) -> None:
        query = self.query.text()
        # An empty query lists the whole category; a typed one stops at the best RESULTS_SHOWN.
        limit = RESULTS_SHOWN if query.strip() else len(self.state.bundle.handbook.entries)
        self.hits = self.search.search(query, self.state.lang, self.category, limit=limit)
        clear_layout(self.results)
        for hit in self.hits:
            row = QuestionRow(hit, self.state.lang)
            row.clicked.connect(lambda _=False, entry=hit.entry: self.show_answer(entry))
            self.results.addWidget(row)
        if self.hits:
            self.count.setText(tr("%1 questions").replace("%1", str(len(self.hits))))
        else:
            self.count.setText(tr("Nothing found. Try fewer letters, or pick a category."))
        self.pages.setCurrentIndex(0)

    def show_answer(self, entry: Entry) -> None:
        lang = self.state.lang
        self._shown = entry
        self.answer_question.setText(entry.question(lang))
        self.answer_text.setText(entry.answer(lang))
        self.answer_cites.setText(tr("Legal basis: %1").replace("%1", tr(", ").join(c(lang) for c in entry.cites)))
        text = answer_for_phone(entry, lang)
        if fits_qr(text):
            self.answer_qr.set_text(text)
            self.answer_qr.set_side(self.state.scale.px(300))
            self.answer_qr.show()
            self.answer_qr_caption.setText(tr("Scan to keep this answer on your phone"))
        else:
            self.answer_qr.hide()
            self.answer_qr_caption.setText(tr("Too long for a QR code: ask the attendant for a printed copy."))
        self.pages.setCurrentIndex(1)

    def show_results(self) -> None:
        self._shown = None
        self.pages.setCurrentIndex(0)

    def sub_pages(self) -> dict:
        return {"answer": lambda: self.show_answer(self.hits[0].entry)}

    def reset(self) -> None:
        self.query.clear()
        self.choose(None)
        self.show_results()
