"""Search the legal handbook by pinyin initials, full pinyin, Chinese or English.

Pure core: no Qt. Build a :class:`HandbookSearch` once (it computes the pinyin of
every character, which takes a moment for thousands of entries, so a UI should
build it off the UI thread), then call :meth:`HandbookSearch.search` on every
keystroke. A search is a handful of C-level regex scans over per-field strings
that the constructor precomputes, one string per (language, field) holding all
entries separated by NUL:

* ``norm``: the zh text with every character converted to Simplified on its own
  (so offsets stay aligned with the displayed text) and lower-cased;
* ``code``: one code character per text character, standing for the set of
  pinyin readings of that character (all readings of a polyphone), or a
  separator for anything that is not a Han character. A pinyin query becomes a
  regex of character classes over these codes;
* ``en``: the English text, lower-cased character by character.

Query kinds, detected from the query itself:

* Han characters (either script) -> literal match on ``norm``; words split by
  spaces must all match.
* ASCII letters -> pinyin: initials ("gs", "tq gz"), full syllables ("gongshang",
  "gong shang"), the last syllable possibly incomplete ("gongsh"), and any
  syllable typed as its initial or zh/ch/sh only ("gshang", "gongs"). The
  characters must be consecutive; spaces in the query are syllable boundaries.
* Any ASCII query also runs as English word prefixes ("inj" finds "injury"; every
  word must match) and, in Chinese modes, as a literal ("12351", "app").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from kiosk.content.schema import Entry, Handbook

LANGS = ("zh-Hans", "zh-Hant", "en")
FIELDS = ("question", "keywords", "answer")

# Score of one match: FIELD_WEIGHT * quality, quality in [1, 2).
FIELD_WEIGHT = {"question": 100.0, "keywords": 30.0, "answer": 5.0}
# Matches in text the reader does not see (English while reading Chinese, pinyin
# of the Chinese while reading English) only break ties and come after the rest.
HIDDEN_WEIGHT = 0.01
# A pinyin query longer than this many segmentations is cut to the ones with the
# fewest syllables (the longest-syllable readings are the ones people mean).
MAX_SEGMENTATIONS = 64

_SEP = "\x00"  # between entries in a concatenated field string
_NON_HAN = "\x01"  # code for a character with no pinyin
_CODE_BASE = 0x100
_SHENGMU = ("zh", "ch", "sh")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_PINYIN_QUERY = re.compile(r"[a-z][a-z' ]*")
_EDGE_PUNCT = "\"'.,;:!?()[]{}<>«»“”‘’、，。！？：；（）【】"


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    question_spans: list[tuple[int, int]] = field(default_factory=list)
    answer_spans: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- text


# Characters whose normalized form differs from themselves (str.translate table).
_NORMALIZE: dict[int, str] = {}
_SEEN: set[str] = set()


def _learn(chars: set[str]) -> None:
    new = chars - _SEEN
    if not new:
        return
    han = [ch for ch in new if _HAN.match(ch)]
    if han:
        import zhconv  # loading its dictionary takes ~0.3 s, so only when needed

        for ch in han:
            converted = zhconv.convert(ch, "zh-cn")
            if len(converted) == 1 and converted != ch:
                _NORMALIZE[ord(ch)] = converted
    for ch in new:
        lowered = _NORMALIZE.get(ord(ch), ch).lower()
        if len(lowered) == 1 and lowered != ch:
            _NORMALIZE[ord(ch)] = lowered
    _SEEN.update(new)


def normalize_zh(text: str) -> str:
    """Simplified and lower-cased, character by character, so offsets are kept."""
    _learn(set(text))
    return text.translate(_NORMALIZE)


def lower_aligned(text: str) -> str:
    if text.isascii():
        return text.lower()
    return "".join([low if len(low := ch.lower()) == 1 else ch for ch in text])


@lru_cache(maxsize=None)
def readings(ch: str) -> tuple[str, ...]:
    """Every toneless pinyin reading of a character, most common first ('v' for ü).

    Reads pypinyin's single-character dictionary directly: the same readings
    as ``pinyin(ch, Style.NORMAL, heteronym=True)``, about 20 times faster.
    """
    from pypinyin.constants import PINYIN_DICT

    out: list[str] = []
    for reading in PINYIN_DICT.get(ord(ch), "").split(","):
        plain = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v")
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if plain.isascii() and plain.isalpha() and plain not in out:
            out.append(plain)
    return tuple(out)


# ---------------------------------------------------------------------- the index


@dataclass
class _Column:
    """One field of every entry, concatenated with NUL between entries."""

    text: str
    starts: list[int]  # where each entry's part begins

    @classmethod
    def of(cls, parts: list[str]) -> _Column:
        starts, pos = [], 0
        for part in parts:
            starts.append(pos)
            pos += len(part) + 1
        return cls(_SEP.join(parts) + _SEP, starts)

    def part(self, index: int) -> str:
        start = self.starts[index]
        return self.text[start : self.text.index(_SEP, start)]

    def first_matches(self, pattern: re.Pattern) -> dict[int, float]:
        """entry index -> quality in [1, 2) of the entry's first match.

        The pattern is ``(MATCH)[^\\0]*``: it swallows the rest of the entry, so
        each entry costs one match object however often it matches, and
        m.end() is where the entry ends.
        """
        starts, found = self.starts, {}
        for m in pattern.finditer(self.text):
            begin, end = m.span()
            index = bisect_right(starts, begin) - 1
            offset, size = begin - starts[index], end - starts[index]
            found[index] = 1.0 + 2.0 / (4.0 + offset) + 0.49 * (m.end(1) - begin) / size
        return found


_TAIL = f"[^{_SEP}]*"


def _first_of(body: str) -> re.Pattern:
    return re.compile(f"({body}){_TAIL}")


@lru_cache(maxsize=512)
def _every(pattern: re.Pattern) -> re.Pattern:
    """The pattern without the tail that swallows the rest of the entry."""
    return re.compile(pattern.pattern[: -len(_TAIL)])


def _char_class(codes: list[int]) -> str:
    """A regex class for code points, runs compressed to ranges."""
    codes = sorted(set(codes))
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(re.escape(chr(codes[i])) if i == j else f"{re.escape(chr(codes[i]))}-{re.escape(chr(codes[j]))}")
        i = j + 1
    return "[" + "".join(out) + "]"


class HandbookSearch:
    """A search index over one handbook; see the module docstring.

    Scoring: a match in a field scores ``FIELD_WEIGHT[field] * quality``, field
    weights question 100, keywords 30, answer 5, with

        q = 1 + 0.5 * 4 / (4 + offset) + 0.49 * length / field_length   (in [1, 2))

    so an earlier match and a longer (better-covering) one score higher, a
    question match always beats keywords + answer together, and a keyword match
    beats an answer match. Pinyin that matches through each character's most
    common reading keeps quality in [1.25, 2); through a rarer reading of a
    polyphone (可 read "ge") only [1, 1.25). An entry's score sums its first
    match in each field over every way it matched (pinyin, Chinese, English),
    so an entry matched several ways ranks higher; the words of a multi-word
    query are averaged. Matches in a language the reader does not see count
    ``HIDDEN_WEIGHT`` (0.01), so they rank after every visible match, and give
    no highlight. Ties keep bundle order.
    """

    def __init__(self, handbook: Handbook) -> None:
        self.entries: list[Entry] = list(handbook.entries)
        entries = self.entries
        self._norm: dict[tuple[str, str], _Column] = {}  # (zh lang, field)
        self._code: dict[tuple[str, str], _Column] = {}  # (zh lang, field)
        self._en: dict[tuple[str, str], _Column] = {}  # ("en", field)
        for lang in ("zh-Hans", "zh-Hant"):
            for name in FIELDS:
                self._norm[lang, name] = _Column.of([normalize_zh(_field_text(e, name, lang)) for e in entries])
        for name in FIELDS:
            self._en["en", name] = _Column.of([lower_aligned(_field_text(e, name, "en")) for e in entries])

        # Every distinct tuple of readings (most common first) gets one code
        # character; sorted, most token classes become a few contiguous ranges.
        chars = set().union(*(set(column.text) for column in self._norm.values()))
        reading_of = {ch: r for ch in chars if _HAN.match(ch) and (r := readings(ch))}
        code_of = {}
        for i, key in enumerate(sorted(set(reading_of.values()))):
            code = _CODE_BASE + i
            code_of[key] = code + 0x800 if code >= 0xD800 else code  # skip surrogates
        # token -> codes, over all readings ("a") and over the most common one ("1")
        self._codes: dict[tuple[str, str, str], list[int]] = {}
        for key, code in code_of.items():
            for rank, reading in enumerate(key):
                for which in ("a", "1") if rank == 0 else ("a",):
                    self._codes.setdefault((which, "f", reading), []).append(code)
                    for k in range(1, len(reading) + 1):
                        codes = self._codes.setdefault((which, "p", reading[:k]), [])
                        if not codes or codes[-1] != code:
                            codes.append(code)
        table = {ord(ch): _NON_HAN for ch in chars}
        table.update({ord(ch): chr(code_of[r]) for ch, r in reading_of.items()})
        table[ord(_SEP)] = _SEP
        for key, column in self._norm.items():
            self._code[key] = _Column(column.text.translate(table), column.starts)
        self._classes: dict[tuple[str, str, str], str] = {}
        self._patterns = lru_cache(maxsize=512)(self._compile)

    # ------------------------------------------------------------------ search

    def search(self, query: str, lang: str, category: str | None = None, limit: int = 50) -> list[Hit]:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        query = unicodedata.normalize("NFKC", query).strip()
        in_category = [category is None or e.category == category for e in self.entries]
        if not query:
            return [Hit(e, 0.0) for e, keep in zip(self.entries, in_category) if keep][:limit]
        zh = lang if lang != "en" else "zh-Hans"
        reading_zh = lang != "en"
        scores: dict[int, float] = {}
        shown: list[tuple[list[re.Pattern], dict]] = []  # what the reader sees, to highlight

        def run(terms: list[list[_Variant]], columns: dict, lang_key: str, visible: bool) -> None:
            found = self._match_all(terms, columns, lang_key)
            weight = 1.0 if visible else HIDDEN_WEIGHT
            for index, value in found.items():
                scores[index] = scores.get(index, 0.0) + weight * value
            if visible and found:
                shown.extend(([v[0] for v in variants], columns) for variants in terms)

        words = [w for w in (w.strip(_EDGE_PUNCT) for w in query.split()) if w]
        if not words:
            return []
        if not query.isascii() or _HAN.search(query):
            literal = [[(self._patterns("lit", normalize_zh(w)), 1.0, 2.0)] for w in words]
            run(literal, self._norm, zh, visible=reading_zh)
        else:
            lowered = query.lower()
            if _PINYIN_QUERY.fullmatch(lowered):
                common, every = self._patterns("pinyin1", lowered), self._patterns("pinyin", lowered)
                variants = [(common, 1.25, 2.0)] if common is not None else []
                if every is not None:
                    run([variants + [(every, 1.0, 1.25)]], self._code, zh, visible=reading_zh)
            english = [[(self._patterns("en", w), 1.0, 2.0)] for w in (lower_aligned(w) for w in words)]
            run(english, self._en, "en", visible=not reading_zh)
            if reading_zh:  # numbers and Latin words inside the Chinese text: "12351", "App"
                literal = [[(self._patterns("lit", lower_aligned(w)), 1.0, 2.0)] for w in words]
                run(literal, self._norm, zh, visible=True)

        ranked = sorted((i for i in scores if in_category[i]), key=lambda i: (-scores[i], i))[:limit]
        lang_key = "en" if lang == "en" else lang
        return [self._hit(i, scores[i], shown, lang_key) for i in ranked]

    def _match_all(self, terms: list[list[_Variant]], columns: dict, lang: str) -> dict[int, float]:
        """entry index -> score, for the entries that every term matches somewhere.

        A term is a list of (pattern, low, high) variants; a variant's match of
        quality q in [1, 2) counts low + (high - low) * (q - 1); the best
        variant counts in each field.
        """
        total: dict[int, float] | None = None
        for variants in terms:
            found: dict[int, float] = {}
            for name in FIELDS:
                column = columns[lang, name]
                weight = FIELD_WEIGHT[name]
                best: dict[int, float] = {}
                for pattern, low, high in variants:
                    for index, quality in column.first_matches(pattern).items():
                        value = low + (high - low) * (quality - 1.0)
                        if value > best.get(index, 0.0):
                            best[index] = value
                for index, value in best.items():
                    found[index] = found.get(index, 0.0) + weight * value
            total = found if total is None else {i: total[i] + s for i, s in found.items() if i in total}
            if not total:
                return {}
        return {i: s / len(terms) for i, s in (total or {}).items()}

    def _hit(self, index: int, score: float, shown: list[tuple[list[re.Pattern], dict]], lang: str) -> Hit:
        """The hit with highlights: per field and term, the first variant that matches there."""
        spans: dict[str, list[tuple[int, int]]] = {"question": [], "answer": []}
        for variants, columns in shown:
            if (lang, "question") not in columns:
                continue
            for name, found in spans.items():
                text = columns[lang, name].part(index)
                for pattern in variants:
                    here = [m.span(1) for m in _every(pattern).finditer(text)]
                    if here:
                        found += here
                        break
        return Hit(self.entries[index], score, _merge(spans["question"]), _merge(spans["answer"]))

    # -------------------------------------------------------------- patterns

    def _compile(self, kind: str, text: str) -> re.Pattern | None:
        """A ``(MATCH)[^\\0]*`` pattern (see _Column.first_matches), or None."""
        if kind == "lit":
            return _first_of(re.escape(text))
        if kind == "en":
            head = re.escape(text[0])
            if text[0].isalnum():  # at the start of a word: nothing alphanumeric before
                head += f"(?<![^\\W_]{re.escape(text[0])})"
            return _first_of(head + re.escape(text[1:]))
        which = "1" if kind == "pinyin1" else "a"
        segmentations = [
            seg for seg in self._segment(text) if all((which, *token) in self._codes for token in seg)
        ]
        return _first_of(self._trie_regex(segmentations, which)) if segmentations else None

    def _token_class(self, token: tuple[str, str, str]) -> str:
        got = self._classes.get(token)
        if got is None:
            got = self._classes[token] = _char_class(self._codes[token])
        return got

    def _segment(self, query: str) -> list[tuple[tuple[str, str], ...]]:
        """Ways to read the letters as one token per character, fewest tokens first.

        A token is ("f", syllable) for a full syllable, or ("p", prefix) for a
        syllable typed as its first letter, as zh/ch/sh, or (last token only)
        as any prefix. Spaces and apostrophes are syllable boundaries.
        """
        chunks = [c for c in re.split(r"[ ']+", query) if c]
        codes = self._codes
        results: list[tuple[tuple[str, str], ...]] = []
        budget = [MAX_SEGMENTATIONS * 16]  # bounds the work on long or odd input

        def walk(ci: int, pos: int, acc: tuple) -> None:
            if budget[0] <= 0:
                return
            budget[0] -= 1
            if ci == len(chunks):
                results.append(acc)
                return
            chunk = chunks[ci]
            if pos == len(chunk):
                walk(ci + 1, 0, acc)
                return
            last_chunk = ci == len(chunks) - 1
            for end in range(len(chunk), pos, -1):  # longest token first
                piece = chunk[pos:end]
                if (last_chunk and end == len(chunk)) or len(piece) == 1 or piece in _SHENGMU:
                    token = ("p", piece)
                else:
                    token = ("f", piece)
                if ("a", *token) in codes:
                    walk(ci, end, acc + (token,))

        walk(0, 0, ())
        results.sort(key=len)
        return results[:MAX_SEGMENTATIONS]

    def _trie_regex(self, segmentations: list[tuple[tuple[str, str], ...]], which: str) -> str:
        """One regex for all segmentations, sharing common prefixes.

        The alternatives for the first character start with a one-character
        lookbehind, so the whole pattern starts with a single character class
        and the regex engine skips to candidate positions in C.
        """
        trie: dict = {}
        for seg in segmentations:
            node = trie
            for token in seg:
                node = node.setdefault((which, *token), {})
            node[None] = {}

        def body(node: dict) -> str:
            alts = [self._token_class(t) + body(child) for t, child in node.items() if t is not None]
            if None in node:
                alts.append("")
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

        firsts = list(trie)
        if len(firsts) == 1:
            return self._token_class(firsts[0]) + body(trie[firsts[0]])
        union = _char_class([code for t in firsts for code in self._codes[t]])
        return union + "(?:" + "|".join(f"(?<={self._token_class(t)}){body(trie[t])}" for t in firsts) + ")"


_Variant = tuple[re.Pattern, float, float]


def _field_text(entry: Entry, name: str, lang: str) -> str:
    text = getattr(entry, name)
    return text(lang) if text is not None else ""


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[tuple[int, int]], before: str = "【", after: str = "】") -> str:
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], before, text[start:end], after]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def format_hits(hits: list[Hit], lang: str) -> str:
    """The plain-text listing for content authors: rank, id, score, question."""
    if not hits:
        return "(no matches)"
    width = max(len(h.entry.id) for h in hits)
    lines = []
    for rank, hit in enumerate(hits, 1):
        question = mark(hit.entry.question(lang), hit.question_spans)
        extra = f"  (+{len(hit.answer_spans)} in answer)" if hit.answer_spans else ""
        lines.append(f"{rank:>3}. {hit.entry.id:<{width}}  {hit.score:7.2f}  {question}{extra}")
    return "\n".join(lines)
