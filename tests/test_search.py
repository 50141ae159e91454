"""kiosk.search: pinyin initials, full pinyin, both Chinese scripts, English."""

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.active import SHIPPED_BUNDLE
from kiosk.content.bundle import load_bundle
from kiosk.content.schema import Handbook
from kiosk.search import Hit, HandbookSearch, format_hits, normalize_zh, readings

ALL = 1000  # a limit above the number of entries
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def handbook():
    return load_bundle(SHIPPED_BUNDLE).handbook


@pytest.fixture(scope="module")
def index(handbook):
    return HandbookSearch(handbook)


def ids(hits):
    return [hit.entry.id for hit in hits]


def shown(hits):
    """Only the hits matched in the language on screen (see the score encoding)."""
    return [hit for hit in hits if hit.score >= 3000]


def marked(text, spans):
    return [text[start:end] for start, end in spans]


def tiny(*entries, categories=("a", "b")):
    """A handbook of (id, category, question, answer[, keywords]) in Simplified;
    Traditional and English are filled in."""

    def text(zh, en=None):
        return {"zh-Hans": zh, "zh-Hant": zh, "en": en or f"({zh})"}

    return Handbook.model_validate(
        {
            "categories": [{"id": c, "icon": "cash", "name": text(c)} for c in categories],
            "entries": [
                {
                    "id": entry[0],
                    "category": entry[1],
                    "question": text(entry[2]),
                    "answer": text(entry[3]),
                    "cites": [text("某法")],
                    **({"keywords": text(entry[4])} if len(entry) > 4 else {}),
                }
                for entry in entries
            ],
        }
    )


# ------------------------------------------------------------ pinyin initials


def test_initials_find_work_injury_with_a_question_about_it_first(index):
    hits = index.search("gs", "zh-Hans")
    assert {"injury-01", "injury-03", "injury-04", "contract-07", "insurance-04"} <= set(ids(hits))
    top = hits[0]
    assert "工伤" in top.entry.question.zh_hans
    assert top.question_spans, "the question's match is highlighted"
    assert marked(top.entry.question.zh_hans, top.question_spans) == ["工伤"] * top.entry.question.zh_hans.count("工伤")


def test_the_highlight_covers_exactly_the_matched_characters(index):
    for hit in index.search("gs", "zh-Hans"):
        question = hit.entry.question.zh_hans
        for start, end in hit.question_spans:
            assert end - start >= 2 and (end - start) % 2 == 0
            pairs = [question[i : i + 2] for i in range(start, end, 2)]
            for pair in pairs:
                assert "g" in {r[0] for r in readings(pair[0])}
                assert "s" in {r[0] for r in readings(pair[1])}


def test_initials_with_and_without_spaces_find_unpaid_wages(index):
    for query in ("tqgz", "tq gz", "TQGZ"):
        hits = index.search(query, "zh-Hans")
        assert hits, query
        assert ids(hits)[:3] == ["wages-04", "wages-03", "contract-06"]
        for hit in hits[:3]:
            assert marked(hit.entry.question.zh_hans, hit.question_spans) == ["拖欠工资"]


def test_polyphones_match_by_every_reading():
    index = HandbookSearch(tiny(("q1", "a", "长期加班怎么办", "问答")))
    assert {"c", "z"} <= {r[0] for r in readings("长")}
    for query in ("c", "z", "cq", "zq", "chang", "zhang", "changq", "zhangqi"):
        hits = index.search(query, "zh-Hans")
        assert ids(hits) == ["q1"], query
        assert hits[0].question_spans[0][0] == 0, query
    assert index.search("cqjb", "zh-Hans")[0].question_spans == [(0, 4)]


def test_spans_stay_right_after_characters_with_several_readings():
    # 长 and 重 have readings with different initials, which the index stores twice
    index = HandbookSearch(tiny(("q1", "a", "长长重重工伤了", "重长工伤")))
    hit = index.search("gs", "zh-Hans")[0]
    assert marked(hit.entry.question.zh_hans, hit.question_spans) == ["工伤"]
    assert marked(hit.entry.answer.zh_hans, hit.answer_spans) == ["工伤"]
    hit = index.search("zc", "zh-Hans")[0]  # 长 as z, then 长 as c; the same for 重重 and 重长
    assert hit.question_spans == [(0, 2), (2, 4)]
    assert marked(hit.entry.answer.zh_hans, hit.answer_spans) == ["重长"]
    hit = index.search("chongg", "zh-Hans")[0]
    assert marked(hit.entry.question.zh_hans, hit.question_spans) == ["重工"]


def _initials_spans(text, query):
    """Leftmost non-overlapping runs whose characters have the query's initials."""
    sets = [{r[0] for r in readings(ch)} for ch in normalize_zh(text)]
    spans, i = [], 0
    while i <= len(sets) - len(query):
        if all(query[j] in sets[i + j] for j in range(len(query))):
            spans.append((i, i + len(query)))
            i += len(query)
        else:
            i += 1
    return spans

INITIALS = ["gs", "gz", "tq", "ld", "bz", "sb", "zc", "jd", "hl", "xz", "dw", "zgh", "gsb", "c", "z"]


@pytest.mark.parametrize("query", INITIALS)
def test_initials_find_exactly_the_entries_a_brute_force_finds(index, handbook, query):
    expected = {
        e.id
        for e in handbook.entries
        if any(_initials_spans(getattr(e, f).zh_hans, query) for f in ("question", "keywords", "answer"))
    }
    assert {hit.entry.id for hit in shown(index.search(query, "zh-Hans", limit=ALL))} == expected


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_initials_highlight_exactly_what_a_brute_force_finds(index, lang):
    for query in INITIALS:
        for hit in index.search(query, lang, limit=ALL):
            for name, spans in (("question", hit.question_spans), ("answer", hit.answer_spans)):
                text = getattr(hit.entry, name)(lang)
                assert spans == _initials_spans(text, query), (query, hit.entry.id, name)


# ---------------------------------------------------------------- full pinyin


def test_full_pinyin_with_or_without_spaces_or_an_unfinished_syllable(index):
    first = index.search("gs", "zh-Hans")[0].entry.id
    for query in ("gongshang", "gong shang", "gongsh", "gongs", "gshang", "GongShang"):
        hits = index.search(query, "zh-Hans")
        assert hits and hits[0].entry.id == first, query
        top = hits[0]
        assert marked(top.entry.question.zh_hans, top.question_spans)[0] == "工伤", query


def _reads_as(chars, letters):
    """Can the letters be split into one token per character: a full reading, its
    first letter, zh/ch/sh, or (the last) any start of a reading?"""
    if not chars:
        return not letters
    options = readings(chars[0])
    for cut in range(1, len(letters) + 1):
        token, rest = letters[:cut], letters[cut:]
        last = len(chars) == 1 and not rest
        if any(
            token == r or token == r[0] or (token in ("zh", "ch", "sh") and r.startswith(token)) or (last and r.startswith(token))
            for r in options
        ) and _reads_as(chars[1:], rest):
            return True
    return False


@pytest.mark.parametrize("syllables", [["lao", "dong"], ["gong", "zi"], ["jia", "ban"], ["fa", "lv"], ["zhong", "cai"], ["lv", "shi"], ["bao", "xian"], ["tuo", "qian", "gong"]])
def test_full_pinyin_finds_what_a_brute_force_finds_and_highlights_what_reads_so(index, handbook, syllables):
    query = "".join(syllables)
    hits = shown(index.search(query, "zh-Hans", limit=ALL))

    def has(text):
        chars = normalize_zh(text)
        return any(
            all(syllables[j] in readings(chars[i + j]) for j in range(len(syllables)))
            for i in range(len(chars) - len(syllables) + 1)
        )

    expected = {e.id for e in handbook.entries if any(has(getattr(e, f).zh_hans) for f in ("question", "keywords", "answer"))}
    assert expected and expected <= {hit.entry.id for hit in hits}
    for hit in hits:
        for name, spans in (("question", hit.question_spans), ("answer", hit.answer_spans)):
            for start, end in spans:
                assert _reads_as(normalize_zh(getattr(hit.entry, name).zh_hans[start:end]), query), (hit.entry.id, name)


def test_full_pinyin_is_not_matched_across_a_syllable_boundary_it_does_not_have(index):
    # "gong shang" as typed must be two characters: never 工 + something starting "sh" after "ang"
    for hit in index.search("gong shang", "zh-Hans", limit=ALL):
        for start, end in hit.question_spans:
            assert end - start == 2


def test_pinyin_that_reads_as_nothing_finds_nothing(index):
    assert index.search("iiii", "zh-Hans") == []
    assert index.search("xyzqxyzq", "zh-Hans") == []
    assert index.search("vvv", "zh-Hant") == []


# ---------------------------------------------------------- Chinese characters


def test_traditional_and_simplified_queries_find_the_same_entries(index):
    simplified = index.search("工伤", "zh-Hans", limit=ALL)
    traditional = index.search("工傷", "zh-Hans", limit=ALL)
    assert simplified and ids(traditional) == ids(simplified)
    assert ids(index.search("工傷", "zh-Hant", limit=ALL)) == ids(simplified)


def test_spans_index_the_traditional_text_in_zh_hant(index):
    for query in ("工伤", "工傷", "gs", "gongshang"):
        hits = index.search(query, "zh-Hant")
        assert hits, query
        top = hits[0]
        assert "工傷" in marked(top.entry.question.zh_hant, top.question_spans), query
        for hit in hits:
            for start, end in hit.answer_spans:
                if query in ("工伤", "工傷"):
                    assert hit.entry.answer.zh_hant[start:end] == "工傷"


def test_several_words_must_all_match(index):
    hits = index.search("拖欠 法院", "zh-Hans")
    assert hits and hits[0].entry.id == "wages-04"
    for hit in hits:
        text = "".join(getattr(hit.entry, f).zh_hans for f in ("question", "answer")) + hit.entry.keywords.zh_hans
        assert "拖欠" in text and "法院" in text


def test_digits_and_latin_words_inside_chinese_text(index):
    hits = index.search("12351", "zh-Hans")
    assert hits[0].entry.id == "help-01"
    assert marked(hits[0].entry.question.zh_hans, hits[0].question_spans) == ["12351"]


# -------------------------------------------------------------------- English


def test_english_word_prefixes_in_english(index):
    hits = index.search("wage", "en")
    assert hits and all(hit.entry.category in ("wages", "contract") for hit in hits[:5])
    for hit in hits[:5]:
        assert hit.question_spans
        for text in marked(hit.entry.question.en, hit.question_spans):
            assert text.lower() == "wage"
    assert "injury-01" in ids(index.search("inj", "en"))


def test_english_matches_only_at_the_start_of_a_word(index):
    hits = index.search("age", "en", limit=ALL)  # inside "wage", "page"; starts "agency", "agreement"
    assert "contract-08" in ids(hits)  # "agency worker"
    for hit in hits:
        for text, spans in ((hit.entry.question.en, hit.question_spans), (hit.entry.answer.en, hit.answer_spans)):
            for start, end in spans:
                assert text[start:end].lower() == "age"
                assert start == 0 or not text[start - 1].isalnum()


def test_several_english_words_all_match_and_the_closest_fit_ranks_first(index):
    hits = index.search("unpaid wages", "en")
    assert hits[0].entry.id == "wages-04"  # both words in its question
    assert marked(hits[0].entry.question.en, hits[0].question_spans) == ["unpaid", "wages"]


def test_english_typed_while_reading_chinese_comes_after_and_is_not_highlighted(index):
    hits = index.search("wage", "zh-Hans")
    assert hits and all(hit.score < 3000 for hit in hits)
    assert all(not hit.question_spans and not hit.answer_spans for hit in hits)
    # and a Chinese query while reading English
    hits = index.search("工伤", "en")
    assert hits and not hits[0].question_spans


# ------------------------------------------------------ filters, empty, nothing


def test_category_filter_limits_results(index, handbook):
    everything = index.search("gs", "zh-Hans", limit=ALL)
    injury = index.search("gs", "zh-Hans", category="injury", limit=ALL)
    assert injury and all(hit.entry.category == "injury" for hit in injury)
    assert len(injury) < len(everything)
    assert ids(injury) == [i for i in ids(everything) if i.startswith("injury-")]


def test_empty_query_lists_the_category_in_bundle_order(index, handbook):
    hits = index.search("", "zh-Hans", category="hours")
    assert ids(hits) == [e.id for e in handbook.entries if e.category == "hours"]
    assert all(not hit.question_spans and not hit.answer_spans for hit in hits)
    assert ids(index.search("  ", "en", limit=ALL)) == [e.id for e in handbook.entries]
    assert len(index.search("", "en", limit=5)) == 5


def test_a_query_matching_nothing_returns_nothing(index):
    assert index.search("火星移民", "zh-Hans") == []
    assert index.search("qqqqq", "zh-Hans") == []
    assert index.search("xylophone", "en") == []
    assert index.search("！？", "zh-Hans") == []


def test_the_limit_is_respected(index):
    assert len(index.search("g", "zh-Hans", limit=7)) == 7


def test_unknown_language_is_refused(index):
    with pytest.raises(ValueError):
        index.search("gs", "fr")


# --------------------------------------------------------------------- ranking


def test_a_question_match_beats_an_answer_only_match():
    index = HandbookSearch(
        tiny(
            ("answer-only", "a", "怎么申请仲裁", "如果受了工伤，先申请认定"),
            ("in-question", "a", "这个算不算工伤", "要看具体情况"),
        )
    )
    for query in ("gs", "gongshang", "工伤", "工傷"):
        assert ids(index.search(query, "zh-Hans")) == ["in-question", "answer-only"], query


def test_keywords_beat_the_answer_and_earlier_beats_later():
    index = HandbookSearch(
        tiny(
            ("answer", "a", "问题一", "这里说工伤"),
            ("keywords", "a", "问题二", "别的内容", "工伤 认定"),
            ("late", "a", "请问受伤以后算不算工伤", "别的内容"),
            ("early", "a", "工伤怎么认定", "别的内容"),
        )
    )
    assert ids(index.search("gs", "zh-Hans")) == ["early", "late", "keywords", "answer"]


def test_an_entry_matched_several_ways_ranks_higher_and_ties_keep_bundle_order():
    index = HandbookSearch(
        tiny(
            ("once", "a", "工伤怎么办", "别的内容"),
            ("twice", "a", "工伤怎么办", "别的内容", "工伤"),
            ("thrice", "a", "工伤怎么办", "工伤认定", "工伤"),
            ("tie", "a", "工伤怎么办", "别的内容"),
        )
    )
    hits = index.search("gs", "zh-Hans")
    assert ids(hits) == ["thrice", "twice", "once", "tie"]
    assert hits[0].score > hits[1].score > hits[2].score == hits[3].score


def test_pruned_search_ranks_like_the_full_one(index):
    for query, lang in itertools.product(
        ["gs", "gz", "tqgz", "gongshang", "gongs", "ld", "zhengju", "工资", "工傷", "法院", "12351"],
        ["zh-Hans", "zh-Hant"],
    ):
        full = index.search(query, lang, limit=ALL)
        assert ids(index.search(query, lang, limit=10)) == ids(full)[:10], (query, lang)
    for query in ["wage", "inj", "pay", "work injury", "sal"]:
        full = index.search(query, "en", limit=ALL)
        assert ids(index.search(query, "en", limit=10)) == ids(full)[:10], query


def test_hits_are_frozen(index):
    hit = index.search("gs", "zh-Hans")[0]
    assert isinstance(hit, Hit)
    with pytest.raises(AttributeError):
        hit.score = 0


# ------------------------------------------------------------ listing, purity


def test_format_hits_lists_rank_id_score_and_marks_matches(index):
    text = format_hits(index.search("gs", "zh-Hans", limit=3), "zh-Hans")
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[0].lstrip().startswith("1. ") and "insurance-04" in lines[0]
    assert "【工伤】" in lines[0]
    assert format_hits([], "en") == "(no matches)"
    assert "【wage】" in format_hits(index.search("wage", "en", limit=1), "en")


def test_search_runs_without_qt():
    code = (
        "import sys; from kiosk.content.bundle import load_bundle; from kiosk.content.active import SHIPPED_BUNDLE; "
        "from kiosk.search import HandbookSearch; "
        "assert HandbookSearch(load_bundle(SHIPPED_BUNDLE).handbook).search('gs', 'zh-Hans'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"
