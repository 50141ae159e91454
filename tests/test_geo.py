"""The geometry behind "nearby stations": distances, travel times, and an exact nearest search."""

import random

import pytest

from kiosk.geo import (
    RIDE_M_PER_MIN,
    WALK_M_PER_MIN,
    StationIndex,
    haversine_m,
    project,
    ride_minutes,
    ring_m,
    walk_minutes,
)

TIANANMEN = (39.9087, 116.3975)
PEOPLES_SQUARE = (31.2304, 121.4737)


def brute_force(points, lat, lng, k, keep=None):
    ranked = sorted(
        (haversine_m(lat, lng, plat, plng), index)
        for index, (plat, plng) in enumerate(points)
        if keep is None or keep(index)
    )
    return [(index, metres) for metres, index in ranked[:k]]


def china(seed=7):
    """Rural stations over all of China plus a dense city with many stations on cell borders."""
    rng = random.Random(seed)
    points = [(rng.uniform(18, 53), rng.uniform(73, 135)) for _ in range(3000)]
    points += [(rng.gauss(30.66, 0.08), rng.gauss(104.06, 0.1)) for _ in range(3000)]  # Chengdu
    # Exactly on 1/32-degree cell edges, and exact duplicates of existing stations.
    points += [(30.5 + i / 32, 104 + j / 32) for i in range(8) for j in range(8)]
    points += [points[rng.randrange(len(points))] for _ in range(200)]
    return points


def queries(seed=11):
    rng = random.Random(seed)
    spots = [(rng.uniform(18, 53), rng.uniform(73, 135)) for _ in range(120)]
    spots += [(rng.gauss(30.66, 0.1), rng.gauss(104.06, 0.12)) for _ in range(150)]
    spots += [(30.5 + rng.randrange(8) / 32, 104 + rng.randrange(8) / 32) for _ in range(30)]  # cell corners
    spots += [(rng.uniform(50, 54), rng.uniform(73, 136)) for _ in range(30)]  # far north, narrow cells
    spots += [(-33.9, 151.2), (0.0, 0.0), (70.0, 100.0), (89.9, 10.0), (-60.0, -70.0), (35.0, -170.0)]  # far off
    return spots


@pytest.fixture(scope="module")
def points():
    return china()


@pytest.fixture(scope="module")
def index(points):
    return StationIndex(points)


def test_haversine_beijing_to_shanghai():
    assert haversine_m(*TIANANMEN, *PEOPLES_SQUARE) == pytest.approx(1_067_000, rel=0.01)


def test_haversine_known_short_and_long_distances():
    # One degree of latitude on the mean sphere, and a quarter of the equator.
    assert haversine_m(30, 104, 31, 104) == pytest.approx(111_195.1, abs=0.5)
    assert haversine_m(0, 0, 0, 90) == pytest.approx(10_007_557.2, abs=1)
    assert haversine_m(0, 0, 0, 180) == pytest.approx(20_015_114.4, abs=1)


def test_haversine_zero_and_symmetric():
    assert haversine_m(*TIANANMEN, *TIANANMEN) == 0.0
    assert haversine_m(*TIANANMEN, *PEOPLES_SQUARE) == haversine_m(*PEOPLES_SQUARE, *TIANANMEN)


def test_travel_minutes_round_up_and_never_say_zero():
    assert WALK_M_PER_MIN == 80 and RIDE_M_PER_MIN == 250
    assert walk_minutes(1200) == 15
    assert walk_minutes(1201) == 16
    assert walk_minutes(0) == 1
    assert walk_minutes(1) == 1
    assert ride_minutes(1200) == 5
    assert ride_minutes(3750) == 15
    assert ride_minutes(3751) == 16
    assert ride_minutes(0) == 1


def test_rings_for_fifteen_minutes():
    assert ring_m(15, WALK_M_PER_MIN) == 1200
    assert ring_m(15, RIDE_M_PER_MIN) == 3750


def test_project_gives_metres_east_and_north():
    assert project(30.0, 104.0, 30.0, 104.0) == (0.0, 0.0)
    east, north = project(30.01, 104.01, 30.0, 104.0)
    assert north == pytest.approx(1111.95, abs=0.01)
    assert east == pytest.approx(1111.95 * 0.866025, abs=0.05)
    east, north = project(29.99, 103.99, 30.0, 104.0)
    assert east < 0 and north < 0
    # Close to the true distance within a city.
    assert (east**2 + north**2) ** 0.5 == pytest.approx(haversine_m(29.99, 103.99, 30.0, 104.0), rel=1e-3)


def test_nearest_matches_brute_force(points, index):
    for lat, lng in queries():
        expected = brute_force(points, lat, lng, 20)
        assert index.nearest(lat, lng, 20) == expected, (lat, lng)
        assert index.nearest(lat, lng, 1) == expected[:1], (lat, lng)


def test_nearest_with_a_filter_matches_brute_force(points, index):
    rng = random.Random(3)
    passing = {i for i in range(len(points)) if rng.random() < 0.25}
    for lat, lng in queries(seed=5):
        got = index.nearest(lat, lng, 20, keep=passing.__contains__)
        assert got == brute_force(points, lat, lng, 20, passing.__contains__), (lat, lng)
        assert all(i in passing for i, _ in got)


def test_a_filter_passing_three_stations_finds_them_wherever_they_are(points, index):
    few = {5, 2000, len(points) - 1}  # rural, rural, a duplicate
    for lat, lng in queries(seed=9)[::7]:
        got = index.nearest(lat, lng, 20, keep=few.__contains__)
        assert [i for i, _ in got] == [i for i, _ in brute_force(points, lat, lng, 20, few.__contains__)]
        assert sorted(i for i, _ in got) == sorted(few)


def test_a_filter_passing_none_gives_nothing(index):
    assert index.nearest(30.66, 104.06, 20, keep=lambda i: False) == []


def test_nearest_distances_are_the_haversine_distances(points, index):
    for i, metres in index.nearest(30.66, 104.06, 50):
        assert metres == haversine_m(30.66, 104.06, *points[i])


def test_k_larger_than_the_count_returns_all_sorted():
    points = [(30.0, 104.0), (30.1, 104.0), (30.0, 104.0), (40.0, 116.0), (30.05, 104.0)]
    index = StationIndex(points)
    assert len(index) == 5
    got = index.nearest(30.0, 104.0, k=50)
    assert [i for i, _ in got] == [0, 2, 4, 1, 3]  # the duplicates tie and keep their order
    assert got == brute_force(points, 30.0, 104.0, 50)
    assert index.nearest(30.0, 104.0, k=0) == []


def test_empty_index():
    index = StationIndex([])
    assert len(index) == 0
    assert index.nearest(30.0, 104.0) == []
    assert index.nearest(30.0, 104.0, keep=lambda i: True) == []


def test_takes_any_iterable_of_pairs():
    index = StationIndex((lat, lng) for lat, lng in [TIANANMEN, PEOPLES_SQUARE])
    assert [i for i, _ in index.nearest(31.0, 121.0, k=1)] == [1]


def test_the_longitude_bound_uses_the_latitude_farthest_from_the_equator():
    # Far apart, so that the curvature shows: B is 40 degrees east but a little north, where
    # longitude degrees are shorter, and is nearer than A, 23 degrees due south. A bound taking
    # cos(latitude) at the query instead of at the band's northern edge would think nothing
    # east of 39.2 degrees could beat A, and stop before reaching B.
    query = (53 + 0.5 / 32, 80 + 0.5 / 32)
    a, b = (29.7, 80.0), (56.0, 120.0)
    index = StationIndex([a, b])
    assert index.nearest(*query, k=1) == [(1, haversine_m(*query, *b))]
    assert haversine_m(*query, *b) < haversine_m(*query, *a)


def test_equal_distances_in_different_cells_go_to_the_lower_index():
    # Mirror images across the query's cell edge are exactly as far; the one found first
    # (in the query's own cell) has the higher index and must give way.
    west, east = (30.0, 104.0 - 1 / 128), (30.0, 104.0 + 1 / 128)
    assert haversine_m(30.0, 104.0, *west) == haversine_m(30.0, 104.0, *east)
    index = StationIndex([west, east])
    metres = haversine_m(30.0, 104.0, *east)
    assert index.nearest(30.0, 104.0, k=1) == [(0, metres)]
    assert index.nearest(30.0, 104.0, k=2) == [(0, metres), (1, metres)]


def test_exact_across_the_antimeridian():
    # Not a Chinese case, but the bound must not assume it: 175E is 10 degrees from 175W.
    points = [(0.0, 175.0), (0.0, -156.0)]
    index = StationIndex(points)
    expected = [(0, haversine_m(0.0, -175.0, 0.0, 175.0))]
    assert index.nearest(0.0, -175.0, k=1) == brute_force(points, 0.0, -175.0, 1) == expected
