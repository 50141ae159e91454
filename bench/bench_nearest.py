"""How fast is "nearby stations" at national scale? Run from the repo root:

    /work/venv/bin/python bench/bench_nearest.py

Stations are synthetic but spread like real ones: most in about sixty cities of very different
sizes, the rest thin over the countryside. Queries stand where kiosks stand, in the cities.
Exits non-zero if a spot check disagrees with a brute-force sort.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.geo import StationIndex, haversine_m  # noqa: E402

STATIONS = 150_000
CITIES = 60
RURAL_SHARE = 0.15
QUERIES = 2_000
K = 20
SPOT_CHECKS = 10


def cities(rng: random.Random) -> list[tuple[float, float, float, float]]:
    """(lat, lng, spread in degrees, weight): most people, and so most stations, live east."""
    out = []
    for _ in range(CITIES):
        if rng.random() < 0.8:
            lat, lng = rng.uniform(20, 42), rng.uniform(102, 122)
        else:
            lat, lng = rng.uniform(25, 47), rng.uniform(80, 102)
        out.append((lat, lng, rng.uniform(0.04, 0.2), rng.lognormvariate(0, 1)))
    return out


def stations(rng: random.Random, towns: list) -> list[tuple[float, float]]:
    weights = [w for *_, w in towns]
    out = []
    for _ in range(STATIONS):
        if rng.random() < RURAL_SHARE:
            out.append((rng.uniform(18, 53), rng.uniform(73, 135)))
        else:
            lat, lng, spread, _ = rng.choices(towns, weights)[0]
            out.append((rng.gauss(lat, spread), rng.gauss(lng, spread)))
    return out


def brute_force(points, lat, lng, k, keep=None):
    ranked = sorted(
        (haversine_m(lat, lng, plat, plng), i) for i, (plat, plng) in enumerate(points) if keep is None or keep(i)
    )
    return [(i, m) for m, i in ranked[:k]]


def main() -> int:
    rng = random.Random(20261125)
    towns = cities(rng)
    points = stations(rng, towns)
    weights = [w for *_, w in towns]
    queries = []
    for _ in range(QUERIES):
        lat, lng, spread, _ = rng.choices(towns, weights)[0]
        queries.append((rng.gauss(lat, spread), rng.gauss(lng, spread)))
    # A list lookup, as the screen would precompute "has battery swap" or "open now".
    passing = [rng.random() < 0.25 for _ in points]
    cases = {"no filter": None, f"filter {sum(passing) / len(passing):.0%}": passing.__getitem__}

    start = time.perf_counter()
    index = StationIndex(points)
    build_ms = (time.perf_counter() - start) * 1000
    print(f"{len(points):,} stations, {QUERIES:,} queries, k={K}; build {build_ms:.0f} ms")

    for name, keep in cases.items():
        times = []
        for lat, lng in queries:
            start = time.perf_counter()
            index.nearest(lat, lng, K, keep)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
        print(f"{name:>12}: median {statistics.median(times):.3f} ms, p95 {p95:.3f} ms, max {times[-1]:.3f} ms")

    failures = 0
    for lat, lng in rng.sample(queries, SPOT_CHECKS) + [(18.2, 109.5), (53.0, 122.0), (45.0, 75.0)]:
        for name, keep in cases.items():
            if index.nearest(lat, lng, K, keep) != brute_force(points, lat, lng, K, keep):
                print(f"MISMATCH at ({lat:.5f}, {lng:.5f}) with {name}")
                failures += 1
    print("spot checks against brute force:", "FAILED" if failures else "ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
