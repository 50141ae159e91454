"""Benchmark kiosk.search over a 5,000-entry handbook, keystroke by keystroke.

Run from the repository root:  /work/venv/bin/python bench/bench_search.py [--entries N] [--rounds R]

The handbook is made by cycling the shipped sample entries with unique ids and
varied text (a number appended, sentences and keywords mixed in from other
entries), so it is not 5,000 copies of the same 60 strings. Each round types
every query one letter at a time with the search's compiled-pattern caches
cleared, so the times include compiling the pattern for each new prefix.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (lang, final query) typed one keystroke at a time; Chinese is "typed" one character at a time.
SESSIONS = [
    ("zh-Hans", "gs"),
    ("zh-Hans", "tqgz"),
    ("zh-Hans", "gongshang"),
    ("zh-Hans", "工傷"),
    ("zh-Hant", "工伤"),
    ("en", "wage"),
]

LANGS = ("zh-Hans", "zh-Hant", "en")


def _sentences(text: str, lang: str) -> list[str]:
    pieces = re.split(r"(?<=[。！？])" if lang != "en" else r"(?<=[.!?])\s+", text)
    return [p for p in pieces if p.strip()]


def make_handbook(base, count: int, seed: int = 7):
    from kiosk.content.schema import Handbook

    rng = random.Random(seed)
    source = [e.model_dump(by_alias=True, exclude_none=True) for e in base.entries]
    entries = []
    for n in range(count):
        entry = dict(source[n % len(source)])
        other = source[rng.randrange(len(source))]
        shuffle_seed = rng.random()  # the same shuffle in every language
        entry["id"] = f"{entry['id']}-{n:05d}"
        question, answer, keywords = {}, {}, {}
        for lang in LANGS:
            sep = " " if lang == "en" else ""
            # the question, a number appended
            question[lang] = f"{entry['question'][lang]}{sep}{n}"
            # the answer with another entry's sentences mixed in, order shuffled
            sentences = _sentences(entry["answer"][lang], lang) + _sentences(other["answer"][lang], lang)[:2]
            random.Random(shuffle_seed).shuffle(sentences)
            answer[lang] = sep.join(sentences)
            # keywords from this entry and one other, shuffled
            words = entry.get("keywords", {}).get(lang, "").split() + other.get("keywords", {}).get(lang, "").split()[:3]
            random.Random(shuffle_seed).shuffle(words)
            keywords[lang] = " ".join(words) or entry["question"][lang]
        entry.update(question=question, answer=answer, keywords=keywords)
        entries.append(entry)
    return Handbook.model_validate(
        {"categories": [c.model_dump(by_alias=True, exclude_none=True) for c in base.categories], "entries": entries}
    )


def keystrokes(query: str) -> list[str]:
    return [query[:k] for k in range(1, len(query) + 1)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    import pypinyin  # noqa: F401

    pypinyin_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    import zhconv

    zhconv.convert("傷", "zh-cn")  # the first call loads its dictionary
    zhconv_ms = (time.perf_counter() - start) * 1000

    from kiosk import search as search_module
    from kiosk.content.active import SHIPPED_BUNDLE
    from kiosk.content.bundle import load_bundle

    base = load_bundle(SHIPPED_BUNDLE).handbook
    start = time.perf_counter()
    handbook = make_handbook(base, args.entries)
    make_ms = (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    small = search_module.HandbookSearch(base)
    small_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    index = search_module.HandbookSearch(handbook)
    build_ms = (time.perf_counter() - start) * 1000

    print(f"import pypinyin:             {pypinyin_ms:8.1f} ms")
    print(f"import zhconv + first call:  {zhconv_ms:8.1f} ms")
    print(f"index build, {len(base.entries):>5} entries:  {small_ms:8.1f} ms")
    print(f"index build, {len(handbook.entries):>5} entries:  {build_ms:8.1f} ms  (making the handbook: {make_ms:.0f} ms)")
    del small

    gc.collect()
    per_query: dict[tuple[str, str], list[float]] = {}
    hits: dict[tuple[str, str], int] = {}
    for _ in range(args.rounds):
        index._patterns.cache_clear()
        index._classes.clear()
        search_module._every.cache_clear()
        for lang, query in SESSIONS:
            for typed in keystrokes(query):
                start = time.perf_counter()
                found = index.search(typed, lang)
                per_query.setdefault((lang, typed), []).append((time.perf_counter() - start) * 1000)
                hits[lang, typed] = len(found)

    times = [t for values in per_query.values() for t in values]
    print(f"\n{len(per_query)} keystrokes x {args.rounds} rounds over {len(handbook.entries)} entries (limit 50):")
    print(f"  median {statistics.median(times):6.2f} ms   p95 {percentile(times, 0.95):6.2f} ms   max {max(times):6.2f} ms")
    print("\n  lang     typed        median    max  hits")
    for (lang, typed), values in per_query.items():
        print(f"  {lang:<8} {typed:<11} {statistics.median(values):7.2f} {max(values):6.2f}  {hits[lang, typed]:>4}")


if __name__ == "__main__":
    main()
