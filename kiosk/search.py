"""Search the legal handbook by pinyin initials, full pinyin, Chinese or English.

Pure core: no Qt. Build a :class:`HandbookSearch` once from a Handbook, then call
:meth:`HandbookSearch.search` on every keystroke. Building takes ~25 ms for the
60 sample entries and ~1.5 s for 5,000, after importing pypinyin (~0.2-0.3 s)
and loading zhconv's dictionary (~0.15-0.2 s), which the first build does:
build it off the UI thread.

Query kinds, detected from the query itself:

* Han characters, either script ("工傷", "工伤") -> literal match on the text
  converted to Simplified character by character; words split by spaces must
  all match.
* ASCII letters -> pinyin of runs of consecutive Han characters: initials
  ("gs", "tq gz", "tqgz"), full syllables ("gongshang", "gong shang"), the last
  syllable incomplete ("gongsh"), any syllable typed as its first letter or as
  zh/ch/sh ("gongs", "gshang"). Every reading of a polyphone counts (长 is both
  "c" and "z"). Spaces in the query are syllable boundaries.
* Any ASCII query also runs as English word prefixes ("inj" finds "injury"; every
  word must match) and, in Chinese modes, literally ("12351", "app").

Matches in the language on screen come first and carry highlight spans; matches
in the other language (English while reading Chinese, Chinese while reading
English) are only looked for when the first kind found fewer than ``limit``
entries, rank after them and carry no spans.

How it stays fast (see bench/bench_search.py): the constructor stores, per
language and field, all entries in one NUL-separated string - the normalized
text, the lower-cased English, and a pinyin "unit" string - plus the same for
the first 1, 2, 4, 8 and 16 characters of each entry. Every query becomes a
few regexes that start with a literal character, which Python's regex engine
skips to in C, and that swallow the rest of an entry once it matches, so an
entry costs one match object. Ranking is lexicographic, so each way of matching
looks at question heads first and stops as soon as it has ``limit`` entries
that nothing it has not looked at could outrank. An ASCII word that occurs
nowhere as ASCII in the Chinese text, or starts no English word, is known from
sets built with the index and costs nothing.

The pinyin unit string has, per Han character, a unit ``letter + code`` for its
first reading's initial letter and ``\\x7f + letter + code`` for each further
initial letter of its other readings; the code (U+0080..) numbers the
character's set of readings among all sets having a reading with that initial.
A character without pinyin is ``\\x01\\x01``. A token of the query ("g", "gong",
"sh") becomes the literal letter and a class of codes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kiosk.content.schema import Entry, Handbook

LANGS = ("zh-Hans", "zh-Hant", "en")
FIELDS = ("question", "keywords", "answer")
HEADS = (1, 2, 4, 8, 16)  # prefix lengths precomputed per entry
# Readings of a pinyin query kept: those with at most this many more characters
# than the shortest reading ("gongshang": gong|shang, gong|shan|g, gong|s|hang).
MAX_EXTRA_TOKENS = 1
MAX_SEGMENTATIONS = 32
MAX_TOKENS = 16  # characters one pinyin query can span (longer patterns compile slowly)
# Ways of matching are counted for at most limit * this many entries: a bigger
# tie (one letter over thousands of entries) is cut in bundle order first.
TIE_BREAK_FACTOR = 4

_SEP = "\x00"  # between entries
_OTHER = "\x01\x01"  # unit of a character without pinyin
_MORE = "\x7f"  # starts a unit for a further initial letter of the same character
_ANY_CODE = "[^\x00-\x7f]"
_SKIP_MORE = f"(?:{_MORE}[a-z]{_ANY_CODE})*"
_TAIL = f"[^{_SEP}]*"
_SHENGMU = ("zh", "ch", "sh")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_PINYIN_QUERY = re.compile(r"[a-z][a-z' ]{0,39}")  # longer is not typed pinyin
_EDGE_PUNCT = "\"'.,;:!?()[]{}<>«»“”‘’、，。！？：；（）【】"


@dataclass(frozen=True)
class Hit:
    """One result. Spans are (start, end) offsets into the entry's question and
    answer as shown in the searched language."""

    entry: Entry
    score: float
    question_spans: list[tuple[int, int]] = field(default_factory=list)
    answer_spans: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- text

# Characters whose normalized form differs from themselves (str.translate table),
# learnt as characters are met; the index may be built on another thread.
_NORMALIZE: dict[int, str] = {}
_SEEN: set[str] = set()
_LEARNING = threading.Lock()


def _learn(chars: set[str]) -> None:
    if chars <= _SEEN:
        return
    with _LEARNING:
        new = chars - _SEEN
        han = [ch for ch in new if _HAN.match(ch)]
        if han:
            import zhconv  # loading its dictionary takes ~0.15 s, so only when needed

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
    as ``pinyin(ch, Style.NORMAL, heteronym=True)``, many times faster.
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


class _PinyinCodes:
    """Numbers each reading set per initial letter; encodes text as units."""

    def __init__(self, chars: set[str]) -> None:
        reading_of = {ch: r for ch in chars if _HAN.match(ch) and (r := readings(ch))}
        by_letter: dict[str, set[tuple[str, ...]]] = {}
        for r in set(reading_of.values()):
            for reading in r:
                by_letter.setdefault(reading[0], set()).add(r)
        code: dict[tuple[str, tuple[str, ...]], str] = {}
        self.full: dict[str, list[int]] = {}  # syllable -> codes (under its first letter)
        self.prefix: dict[str, list[int]] = {}  # start of a syllable -> codes
        for letter, sets in by_letter.items():
            ordered = sorted(sets, key=lambda r: (min(x for x in r if x[0] == letter), r))
            for i, r in enumerate(ordered):
                number = 0x80 + i if i < 0x80 else 0x100 + i
                code[letter, r] = chr(number)
                for reading in r:
                    if reading[0] != letter:
                        continue
                    self.full.setdefault(reading, []).append(number)
                    for k in range(1, len(reading) + 1):
                        codes = self.prefix.setdefault(reading[:k], [])
                        if not codes or codes[-1] != number:
                            codes.append(number)
        self.table = {ord(ch): _OTHER for ch in chars}
        for ch, r in reading_of.items():
            letters = list(dict.fromkeys(reading[0] for reading in r))
            units = [letters[0] + code[letters[0], r]]
            units += [_MORE + letter + code[letter, r] for letter in letters[1:]]
            self.table[ord(ch)] = "".join(units)

    def encode(self, text: str) -> str:
        return text.translate(self.table)


class _Column:
    """One field of every entry, joined with NUL; optionally pinyin units."""

    __slots__ = ("text", "starts", "ends", "units")

    def __init__(self, parts: list[str], units: bool) -> None:
        self.starts, self.ends, pos = [], [], 0
        for part in parts:
            self.starts.append(pos)
            pos += len(part)
            self.ends.append(pos)
            pos += 1
        self.text = _SEP.join(parts) + _SEP
        self.units = units

    def _spans(self, base: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Character spans, within the entry starting at base, of text spans in
        increasing order (a unit string has 2 characters per text character
        plus 3 per further-reading unit, each marked by \\x7f)."""
        if not self.units:
            return [(begin - base, end - base) for begin, end in found]
        text, out, seen, more = self.text, [], base, 0
        count = text.count
        for begin, end in found:
            further = text[begin - 1] == _MORE  # a further unit belongs to the character before
            first = begin - further
            more += count(_MORE, seen, first)
            offset = (first - base - 3 * more) // 2 - further
            last = end - 2  # the last unit matched
            further = text[last - 1] == _MORE
            last -= further
            more += count(_MORE, first, last)
            seen = last
            out.append((offset, (last - base - 3 * more) // 2 - further + 1))
        return out

    def first_matches(self, pattern: re.Pattern) -> dict[int, tuple[int, int]]:
        """entry index -> (offset, length) in characters of its first match.

        The pattern is ``(MATCH)[^\\0]*``: it swallows the rest of the entry, so
        each entry costs one match object however often it matches.
        """
        text, starts, found = self.text, self.starts, {}
        count = text.count
        for m in pattern.finditer(text):
            begin, end = m.start(), m.end(1)
            index = bisect_right(starts, begin) - 1
            base = starts[index]
            if not self.units:
                found[index] = (begin - base, end - begin)
                continue
            # as in _spans, inlined: this runs once per matching entry
            further = text[begin - 1] == _MORE
            pos = begin - further
            more = count(_MORE, base, pos)
            offset = (pos - base - 3 * more) // 2 - further
            last = end - 2
            further_last = text[last - 1] == _MORE
            last -= further_last
            more += count(_MORE, pos, last)
            found[index] = (offset, (last - base - 3 * more) // 2 - further_last + 1 - offset)
        return found

    def which_match(self, pattern: re.Pattern, indexes: list[int]) -> list[int]:
        """Those of the entries that the pattern matches."""
        search, text, starts, ends = pattern.search, self.text, self.starts, self.ends
        return [i for i in indexes if search(text, starts[i], ends[i])]

    def spans(self, pattern: re.Pattern, index: int) -> list[tuple[int, int]]:
        """Character spans of every match in one entry (leftmost, not overlapping)."""
        start, end = self.starts[index], self.ends[index]
        search, text, found = pattern.search, self.text, []
        while (m := search(text, start, end)) is not None:
            found.append(m.span(1))
            start = m.end(1)
        return self._spans(self.starts[index], found)


class _View:
    """One way of looking at every entry: per field, the whole texts and their heads."""

    def __init__(self, texts: dict[str, list[str]], encode: Callable[[str], str] | None = None) -> None:
        code = encode or (lambda text: text)
        units = encode is not None
        self.full = {name: _Column([code(t) for t in parts], units) for name, parts in texts.items()}
        self.heads = {
            (name, size): _Column([code(t[:size]) for t in parts], units)
            for name, parts in texts.items()
            for size in HEADS
        }


class _Probe(NamedTuple):
    view: _View
    pattern: re.Pattern  # the ``(MATCH)[^\0]*`` form
    longest: int  # most characters one match can cover


# A term is matched when any of its probes matches; a group matches an entry when
# all its terms do (the words of a multi-word query).
_Term = list[_Probe]
_Group = list[_Term]
_Key = tuple[int, int, int]  # (tier, offset, -length); smaller is better


def _first_of(body: str) -> re.Pattern:
    return re.compile(f"({body}){_TAIL}")


def _char_class(codes: list[int]) -> str:
    """A regex class for code points, runs compressed to ranges."""
    codes = sorted(set(codes))
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(out) + "]"


class HandbookSearch:
    """A search index over one handbook; see the module docstring.

    Ranking is lexicographic, best first:

    1. the field of the entry's best match: question, then keywords, then
       answer (then the same three in the language not on screen);
    2. the earlier match (character offset of the first match in that field);
    3. the longer match (characters covered);
    4. the more ways the entry matched (fields times kinds of match: pinyin,
       Chinese, English; and the words of a multi-word query), counted for at
       most ``limit * TIE_BREAK_FACTOR`` entries;
    5. bundle order.

    ``Hit.score`` encodes the same order as one number, higher better:
    ``1000 * (6 - tier) - offset + length / 100 + ways / 10000`` with tier 0
    for a question match on screen ... 5 for an answer match off screen.
    """

    def __init__(self, handbook: Handbook) -> None:
        self.entries: list[Entry] = list(handbook.entries)
        zh_texts = {
            lang: {name: [normalize_zh(_field_text(e, name, lang)) for e in self.entries] for name in FIELDS}
            for lang in ("zh-Hans", "zh-Hant")
        }
        en_texts = {name: [lower_aligned(_field_text(e, name, "en")) for e in self.entries] for name in FIELDS}
        chars = set("".join(part for texts in zh_texts.values() for parts in texts.values() for part in parts))
        self._codes = _PinyinCodes(chars)
        # What an ASCII query can match, so that probes which cannot are skipped
        # without scanning: ASCII inside the Chinese text ("App", "12351"), and
        # the starts of English words.
        self._ascii_in_zh = {
            lang: _substrings(
                {run for parts in texts.values() for part in parts for run in _ASCII_RUN.findall(part)}, word_starts=False
            )
            for lang, texts in zh_texts.items()
        }
        self._en_word_starts = _substrings(
            {token for parts in en_texts.values() for part in parts for token in part.split()}, word_starts=True
        )
        self._norm = {lang: _View(texts) for lang, texts in zh_texts.items()}
        self._units = {lang: _View(texts, self._codes.encode) for lang, texts in zh_texts.items()}
        self._en = _View(en_texts)
        self._classes: dict[tuple[str, str], str] = {}
        self._categories: dict[str | None, frozenset[int]] = {}
        self._pinyin = lru_cache(maxsize=512)(self._compile_pinyin)

    def clear_caches(self) -> None:
        """Forget compiled query patterns (for benchmarks: time cold keystrokes)."""
        self._pinyin.cache_clear()
        self._classes.clear()
        _compiled.cache_clear()
        re.purge()

    # ------------------------------------------------------------------ search

    def search(self, query: str, lang: str, category: str | None = None, limit: int = 50) -> list[Hit]:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        query = unicodedata.normalize("NFKC", query).strip()
        allowed = self._allowed(category)
        if not query:
            return [Hit(self.entries[i], 0.0) for i in sorted(allowed)][: max(limit, 0)]
        if limit <= 0:
            return []
        shown, hidden = self._groups(query, lang)
        ranked = self._rank(shown, limit, allowed, tier0=0)
        if len(ranked) < limit and hidden:
            rest = allowed - {index for index, _, _ in ranked}
            ranked += self._rank(hidden, limit - len(ranked), rest, tier0=3)
        return [self._hit(index, key, ways, shown) for index, key, ways in ranked]

    def _allowed(self, category: str | None) -> frozenset[int]:
        got = self._categories.get(category)
        if got is None:
            got = frozenset(i for i, e in enumerate(self.entries) if category in (None, e.category))
            self._categories[category] = got
        return got

    def _groups(self, query: str, lang: str) -> tuple[list[_Group], list[_Group]]:
        """The probes for the language on screen, and for the other one."""
        words = [w for w in (w.strip(_EDGE_PUNCT) for w in query.split()) if w]
        if not words:
            return [], []
        han = _HAN.search(query) is not None
        zh = lang if lang != "en" else "zh-Hans"
        zh_groups: list[_Group] = []
        literal = [normalize_zh(w) for w in words]
        if han or not query.isascii() or all(_may_occur(w, self._ascii_in_zh[zh]) for w in literal):
            zh_groups.append([[_Probe(self._norm[zh], _literal(w), len(w))] for w in literal])
        lowered = query.lower()
        if not han and _PINYIN_QUERY.fullmatch(lowered):
            compiled = self._pinyin(lowered)
            if compiled is not None:
                zh_groups.append([[_Probe(self._units[zh], *compiled)]])
        en_groups: list[_Group] = []
        english = [lower_aligned(w) for w in words]
        if not han and all(_may_occur(w, self._en_word_starts) for w in english):
            en_groups.append([[_Probe(self._en, _word_prefix(w), len(w))] for w in english])
        return (en_groups, zh_groups) if lang == "en" else (zh_groups, en_groups)

    def _rank(self, groups: list[_Group], limit: int, allowed: frozenset[int], tier0: int) -> list[tuple[int, _Key, int]]:
        """The best ``limit`` entries as (index, key, ways), best first."""
        # Each way of matching finds its own best entries; merged, the best of
        # them are the best overall (an entry missing from a probe's results
        # is outranked there by ``limit`` others, which rank above it here too).
        keys: dict[int, _Key] = {}
        for group in groups:
            if len(group) == 1:
                found = [self._best_of_single(probe, limit, allowed, tier0) for probe in group[0]]
            else:
                found = [self._best_of_group(group, allowed, tier0)]
            for some in found:
                for index, key in some.items():
                    if index not in keys or key < keys[index]:
                        keys[index] = key
        order = sorted(keys, key=lambda i: (keys[i], i))
        if len(order) > limit:  # keep the group tied with the last one, up to a point
            cutoff = keys[order[limit - 1]]
            order = [i for i in order if keys[i] <= cutoff][: limit * TIE_BREAK_FACTOR]
        ways = dict.fromkeys(order, 0)
        for group in groups:
            for term in group:
                for probe in term:
                    for name in FIELDS:
                        for i in probe.view.full[name].which_match(probe.pattern, order):
                            ways[i] += 1
        order.sort(key=lambda i: (keys[i], -ways[i], i))
        return [(i, keys[i], ways[i]) for i in order[:limit]]

    def _best_of_single(self, probe: _Probe, limit: int, allowed: frozenset[int], tier0: int) -> dict[int, _Key]:
        """Keys of every entry the probe matches that could be among the best ``limit``.

        Fields in rank order; in each, the heads of growing size first. A match
        found in a head of ``size`` characters at an offset up to ``size -
        longest`` is the entry's first match in that field and has its final
        length, and every entry not found that way ranks lower: once there are
        ``limit`` entries like that, the rest need not be looked at.
        """
        keys: dict[int, _Key] = {}
        for tier, name in enumerate(FIELDS, start=tier0):
            for size in (*(size for size in HEADS if size >= probe.longest), None):
                if size is None:
                    column, cut = probe.view.full[name], None
                else:
                    column, cut = probe.view.heads[name, size], size - probe.longest
                for index, (offset, length) in column.first_matches(probe.pattern).items():
                    if (cut is not None and offset > cut) or index not in allowed:
                        continue
                    key = (tier, offset, -length)
                    if index not in keys or key < keys[index]:
                        keys[index] = key
                if len(keys) >= limit:
                    return keys
        return keys

    def _best_of_group(self, group: _Group, allowed: frozenset[int], tier0: int) -> dict[int, _Key]:
        """Keys of the entries that every term matches: the field of the term
        found in the weakest field, the earliest offset, the total length."""
        best: list[dict[int, _Key]] = []
        for term in group:
            found: dict[int, _Key] = {}
            for tier, name in enumerate(FIELDS, start=tier0):
                for probe in term:
                    for index, (offset, length) in probe.view.full[name].first_matches(probe.pattern).items():
                        key = (tier, offset, -length)
                        if index in allowed and (index not in found or key < found[index]):
                            found[index] = key
            if not found:
                return {}
            best.append(found)
        common = set(best[0]).intersection(*best[1:])
        return {
            i: (max(b[i][0] for b in best), min(b[i][1] for b in best), sum(b[i][2] for b in best))
            for i in common
        }

    def _hit(self, index: int, key: _Key, ways: int, shown: list[_Group]) -> Hit:
        tier, offset, length = key
        score = 1000.0 * (6 - tier) - min(offset, 999) + min(-length, 99) / 100 + min(ways, 99) / 10000
        spans: dict[str, list[tuple[int, int]]] = {"question": [], "answer": []}
        if tier < 3:  # the match is in the language on screen
            for group in shown:
                for term in group:
                    for probe in term:
                        for name, found in spans.items():
                            found += probe.view.full[name].spans(probe.pattern, index)
        return Hit(self.entries[index], round(score, 4), _merge(spans["question"]), _merge(spans["answer"]))

    # ---------------------------------------------------------------- pinyin

    def _compile_pinyin(self, query: str) -> tuple[re.Pattern, int] | None:
        """The ``(MATCH)[^\\0]*`` pattern over pinyin units, and its longest match."""
        segmentations = self._segment(query)
        if not segmentations:
            return None
        trie: dict = {}
        for seg in segmentations:
            node = trie
            for token in seg:
                node = node.setdefault(token, {})
            node[None] = {}
        # the match ends after the last character's further units, so the next
        # match cannot start inside that character
        body = self._trie_regex(trie, first=True) + _SKIP_MORE
        return _first_of(body), max(map(len, segmentations))

    def _segment(self, query: str) -> list[tuple[tuple[str, str], ...]]:
        """Readings of the letters as one token per character, fewest tokens first.

        A token is ("f", syllable) for a full syllable, or ("p", start) for a
        syllable typed as its first letter, as zh/ch/sh, or (last token only)
        as any start. Spaces and apostrophes are syllable boundaries.
        """
        chunks = [c for c in re.split(r"[ ']+", query) if c]
        codes = self._codes
        results: list[tuple[tuple[str, str], ...]] = []
        budget = [MAX_SEGMENTATIONS * 32]  # bounds the work on long or odd input

        def walk(ci: int, pos: int, acc: tuple) -> None:
            if budget[0] <= 0:
                return
            budget[0] -= 1
            if len(acc) > MAX_TOKENS:
                return
            if ci == len(chunks):
                results.append(acc)
                return
            chunk = chunks[ci]
            if pos == len(chunk):
                walk(ci + 1, 0, acc)
                return
            last = ci == len(chunks) - 1
            for end in range(len(chunk), pos, -1):  # longest token first
                piece = chunk[pos:end]
                if (last and end == len(chunk)) or len(piece) == 1 or piece in _SHENGMU:
                    if piece in codes.prefix:
                        walk(ci, end, acc + (("p", piece),))
                elif piece in codes.full:
                    walk(ci, end, acc + (("f", piece),))

        walk(0, 0, ())
        results = [r for r in results if len(r) <= MAX_TOKENS]
        if not results:
            return []
        fewest = min(map(len, results))
        results = sorted((r for r in results if len(r) <= fewest + MAX_EXTRA_TOKENS), key=len)
        return results[:MAX_SEGMENTATIONS]

    def _token_class(self, token: tuple[str, str]) -> str:
        got = self._classes.get(token)
        if got is None:
            kind, text = token
            got = self._classes[token] = _char_class((self._codes.prefix if kind == "p" else self._codes.full)[text])
        return got

    def _trie_regex(self, node: dict, first: bool) -> str:
        """Regex for the token sequences of a trie. Every sequence starts with the
        query's first letter, so the whole pattern starts with that literal."""
        alts = []
        for token, child in node.items():
            if token is None:
                continue
            letter, codes = token[1][0], self._token_class(token)
            if first:  # any unit of a character
                piece = letter + codes
            else:  # the next character: its first unit, or one of its further units
                piece = (
                    f"{_SKIP_MORE}(?:{letter}{codes}"
                    f"|[a-z]{_ANY_CODE}(?:{_MORE}[a-z]{_ANY_CODE})*?{_MORE}{letter}{codes})"
                )
            alts.append(piece + self._trie_regex(child, first=False))
        if None in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"


_ASCII_RUN = re.compile(r"[!-~]+")
_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")
_CHECKED = 24  # longer words are not checked in advance


def _substrings(tokens: set[str], word_starts: bool) -> frozenset[str]:
    """Every substring of the tokens up to _CHECKED characters (word_starts:
    only those starting where a word starts)."""
    out: set[str] = set()
    for token in tokens:
        starts = [m.start() for m in _WORD_START.finditer(token)] if word_starts else range(len(token))
        for start in starts:
            out.update(token[start : start + k] for k in range(1, min(len(token) - start, _CHECKED) + 1))
    return frozenset(out)


def _may_occur(word: str, known: frozenset[str]) -> bool:
    return len(word) > _CHECKED or not word[0].isalnum() or word in known


def _literal(text: str) -> re.Pattern:
    return _compiled("lit", text)


def _word_prefix(word: str) -> re.Pattern:
    return _compiled("en", word)


@lru_cache(maxsize=1024)
def _compiled(kind: str, text: str) -> re.Pattern:
    if kind == "lit":
        return _first_of(re.escape(text))
    head = re.escape(text[0])
    if text[0].isalnum():  # at the start of a word: nothing alphanumeric before
        head += f"(?<![^\\W_]{re.escape(text[0])})"
    return _first_of(head + re.escape(text[1:]))


def _field_text(entry: Entry, name: str, lang: str) -> str:
    text = getattr(entry, name)
    return text(lang) if text is not None else ""


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:  # overlapping; touching spans stay apart
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[tuple[int, int]], before: str = "【", after: str = "】") -> str:
    """The text with every span wrapped in before/after."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], before, text[start:end], after]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def format_hits(hits: list[Hit], lang: str) -> str:
    """The plain-text listing for content authors: rank, id, score, question
    with the matches in 【】, and how many matches the answer has."""
    if not hits:
        return "(no matches)"
    width = max(len(h.entry.id) for h in hits)
    lines = []
    for rank, hit in enumerate(hits, 1):
        question = mark(hit.entry.question(lang), hit.question_spans)
        extra = f"  (+{len(hit.answer_spans)} in answer)" if hit.answer_spans else ""
        lines.append(f"{rank:>3}. {hit.entry.id:<{width}}  {hit.score:10.4f}  {question}{extra}")
    return "\n".join(lines)
