"""Benchmark kiosk.search over a 5,000-entry handbook, keystroke by keystroke.

Run from the repository root:

    /work/venv/bin/python bench/bench_search.py [--entries N] [--rounds R] [--freeze]

Prints the time to import pypinyin and load zhconv's dictionary, the index build
time for the 60 shipped entries and for N made-up ones, and per-keystroke times
over both. The made-up handbook cycles the shipped entries with unique ids and
varied text (a number appended, every other question led by another entry's
keyword, answers and keywords mixed with another entry's and shuffled), so it
is not N copies of the same 60 strings. Each round types every query one
letter (or character) at a time with the compiled-pattern caches cleared, so
the times include compiling the patterns for each new prefix.
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
    """``count`` entries cycling the sample ones: unique ids, a number appended
    to the question, every other question led by a keyword of another entry,
    answers and keywords mixed with another entry's and shuffled."""
    from kiosk.content.schema import Handbook

    rng = random.Random(seed)
    source = [e.model_dump(by_alias=True, exclude_none=True) for e in base.entries]
    entries = []
    for n in range(count):
        entry = dict(source[n % len(source)])
        other = source[rng.randrange(len(source))]
        shuffle_seed = rng.random()  # the same shuffle in every language
        lead = rng.random() < 0.5
        entry["id"] = f"{entry['id']}-{n:05d}"
        question, answer, keywords = {}, {}, {}
        for lang in LANGS:
            sep = " " if lang == "en" else ""
            other_words = other.get("keywords", {}).get(lang, "").split()
            prefix = f"{other_words[0]}{': ' if lang == 'en' else '：'}" if lead and other_words else ""
            question[lang] = f"{prefix}{entry['question'][lang]}{sep}{n}"
            sentences = _sentences(entry["answer"][lang], lang) + _sentences(other["answer"][lang], lang)[:2]
            random.Random(shuffle_seed).shuffle(sentences)
            answer[lang] = sep.join(sentences)
            words = entry.get("keywords", {}).get(lang, "").split() + other_words[:3]
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


def type_sessions(index, rounds: int) -> list[tuple[str, str, float, int]]:
    """(lang, typed, ms, hits) for every keystroke of every round, caches cleared per round."""
    out = []
    for _ in range(rounds):
        index.clear_caches()
        for lang, query in SESSIONS:
            for typed in keystrokes(query):
                start = time.perf_counter()
                found = index.search(typed, lang)
                out.append((lang, typed, (time.perf_counter() - start) * 1000, len(found)))
    return out


def summary(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):6.2f} ms   p95 {percentile(times, 0.95):6.2f} ms"
        f"   max {max(times):6.2f} ms"
    )


def reference_ms() -> float:
    rng = random.Random(1)
    values = [rng.random() for _ in range(200_000)]
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        sorted(values)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after building, as a long-running app may")
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

    print(f"machine reference:               {reference_ms():8.2f} ms  (sorting 200,000 random floats; compare machines)")
    print(f"import pypinyin:                 {pypinyin_ms:8.1f} ms")
    print(f"import zhconv + its dictionary:  {zhconv_ms:8.1f} ms")
    print(f"index build, {len(base.entries):>5} entries:      {small_ms:8.1f} ms")
    print(f"index build, {len(handbook.entries):>5} entries:      {build_ms:8.1f} ms  (making them: {make_ms:.0f} ms)")

    gc.collect()
    if args.freeze:
        gc.freeze()
    small_runs = type_sessions(small, args.rounds)
    runs = type_sessions(index, args.rounds)

    keys = len(runs) // args.rounds
    print(f"\n{keys} keystrokes x {args.rounds} rounds, limit 50, pattern caches cleared each round:")
    print(f"  {len(base.entries):>5} entries: {summary([t for _, _, t, _ in small_runs])}")
    print(f"  {len(handbook.entries):>5} entries: {summary([t for _, _, t, _ in runs])}")
    print(f"\n  per keystroke over {len(handbook.entries)} entries:")
    print("  lang     typed        median    max  hits")
    for k in range(keys):
        lang, typed, _, found = runs[k]
        values = [runs[r * keys + k][2] for r in range(args.rounds)]
        print(f"  {lang:<8} {typed:<11} {statistics.median(values):7.2f} {max(values):6.2f}  {found:>4}")


if __name__ == "__main__":
    main()
