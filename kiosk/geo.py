"""Distances, travel times and the nearest-stations search behind the "nearby stations" screen.

Pure Python on purpose: the kiosk runs on slow 2-core boxes without numpy, and the list of
stations is national (about 150,000), so a brute-force sort on every tap would take a third of a
second. A uniform grid in degrees is the simplest structure that answers exactly in well under a
millisecond for the few dozen stations a person can walk or ride to.

Coordinates are GCJ-02 degrees as they come in stations.json. GCJ-02 differs from WGS-84 by a few
hundred metres at most, far less than the walk we estimate, so we treat it as a sphere like any
other. China is far from the antimeridian and the poles, which keeps the grid arithmetic plain.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from math import asin, ceil, cos, floor, pi, radians, sin, sqrt

EARTH_RADIUS_M = 6371008.8  # the IUGG mean radius: the sphere with the least error on average

# Slow on purpose: a tired worker in work boots, with kerbs and crossings on the way,
# not a fitness walker's 5-6 km/h. Promising less and arriving early is the kinder error.
WALK_M_PER_MIN = 80.0  # 4.8 km/h
# Couriers and sanitation workers mostly ride e-bikes; in town, with lights and traffic,
# they average well below the 25 km/h legal limit.
RIDE_M_PER_MIN = 250.0  # 15 km/h


def haversine_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in metres; haversine stays accurate for the short hops we care about."""
    p1, p2 = radians(lat1), radians(lat2)
    h = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin((radians(lng2) - radians(lng1)) / 2) ** 2
    return _metres(h)


def _metres(h: float) -> float:
    # Rounding can push h a hair past 1 for antipodal points, where asin would fail.
    return 2 * EARTH_RADIUS_M * asin(sqrt(min(1.0, h)))


def _minutes(metres: float, m_per_min: float) -> int:
    # Rounded up, and never "0 min": the screen should not promise an instant arrival.
    return max(1, ceil(metres / m_per_min))


def walk_minutes(metres: float) -> int:
    return _minutes(metres, WALK_M_PER_MIN)


def ride_minutes(metres: float) -> int:
    return _minutes(metres, RIDE_M_PER_MIN)


def ring_m(minutes: float, m_per_min: float) -> float:
    """Radius of the "within N minutes" circle on the map, e.g. ring_m(15, WALK_M_PER_MIN)."""
    return minutes * m_per_min


def project(lat: float, lng: float, origin_lat: float, origin_lng: float) -> tuple[float, float]:
    """Metres (east, north) of the origin, for drawing.

    Equirectangular around the origin: within a city its error is well under a pixel, and
    unlike a real map projection it needs no state and no library.
    """
    east = radians(lng - origin_lng) * cos(radians(origin_lat)) * EARTH_RADIUS_M
    north = radians(lat - origin_lat) * EARTH_RADIUS_M
    return east, north


# A power of two, so that cell numbers and cell edges are exact in binary floating point and a
# station can never sit a rounding error outside the cell it was filed under. 1/32 degree is
# about 3.5 km by 3 km: in a dense city a few cells hold the nearest twenty, and in the
# countryside the rings stay few.
CELLS_PER_DEGREE = 32
# The stopping bound is shaved by this much (about 1 mm) so that rounding in sin and cos can
# never turn a true lower bound into a slight overestimate.
_BOUND_SLACK_RAD = 1.5e-10


class StationIndex:
    """Exact k-nearest search over fixed points, by rings of grid cells around the query."""

    def __init__(self, points: Iterable[tuple[float, float]], cells_per_degree: int = CELLS_PER_DEGREE) -> None:
        self._scale = cells_per_degree
        # Each cell holds (lat rad, lng rad, cos lat, index): what the distance needs, precomputed
        # in the same way haversine_m computes it, so both give bit-identical distances.
        cells: dict[tuple[int, int], list[tuple[float, float, float, int]]] = {}
        self._count = 0
        for index, (lat, lng) in enumerate(points):
            phi = radians(lat)
            cells.setdefault(self._cell(lat, lng), []).append((phi, radians(lng), cos(phi), index))
            self._count += 1
        self._cells = cells
        # Occupied cells by row and by column, sorted, so that a ring costs a few bisects plus
        # the cells that actually hold stations, however far it reaches into empty land or sea.
        self._row: dict[int, list[int]] = {}
        self._col: dict[int, list[int]] = {}
        for i, j in sorted(cells):
            self._row.setdefault(i, []).append(j)
            self._col.setdefault(j, []).append(i)
        if cells:
            self._rows = (min(self._row), max(self._row))
            self._cols = (min(self._col), max(self._col))
            # The grid's west and east edges, for keeping the longitude bound honest in _stop_at().
            self._west, self._east = (radians(j / cells_per_degree) for j in (self._cols[0], self._cols[1] + 1))

    def __len__(self) -> int:
        return self._count

    def _cell(self, lat: float, lng: float) -> tuple[int, int]:
        return floor(lat * self._scale), floor(lng * self._scale)

    def nearest(
        self, lat: float, lng: float, k: int = 20, keep: Callable[[int], bool] | None = None
    ) -> list[tuple[int, float]]:
        """The k nearest stations that pass keep, as (index, metres), nearest first, ties by index."""
        if k <= 0 or not self._cells:
            return []
        qphi, qlam = radians(lat), radians(lng)
        qcos = cos(qphi)
        ci, cj = self._cell(lat, lng)
        (imin, imax), (jmin, jmax) = self._rows, self._cols
        # Max-heap of the best so far as (-h, -index): the root is the one to beat.
        best: list[tuple[float, int]] = []
        worst = float("inf")

        def scan(cell: list[tuple[float, float, float, int]]) -> None:
            nonlocal worst
            for phi, lam, c, index in cell:
                h = sin((phi - qphi) / 2) ** 2
                if h > worst:
                    continue
                h += qcos * c * sin((lam - qlam) / 2) ** 2
                if h > worst or (len(best) == k and (-h, -index) <= best[0]):
                    continue
                # Ask the filter last: it may be the costly part (opening hours against the clock).
                if keep is not None and not keep(index):
                    continue
                if len(best) < k:
                    heapq.heappush(best, (-h, -index))
                    if len(best) == k:
                        worst = -best[0][0]
                else:
                    heapq.heapreplace(best, (-h, -index))
                    worst = -best[0][0]

        cells, rows, cols = self._cells, self._row, self._col
        # Start at the first ring that touches the grid and stop once the rings cover it all:
        # a filter that passes few stations (or none) ends there, not at the edge of the Earth.
        first = max(0, imin - ci, ci - imax, jmin - cj, cj - jmax)
        last = max(ci - imin, imax - ci, cj - jmin, jmax - cj)
        for r in range(first, last + 1):
            if r == 0:
                if (ci, cj) in cells:
                    scan(cells[ci, cj])
            else:
                for i in (ci - r, ci + r):
                    row = rows.get(i)
                    if row:
                        for j in row[bisect_left(row, cj - r) : bisect_right(row, cj + r)]:
                            scan(cells[i, j])
                for j in (cj - r, cj + r):
                    col = cols.get(j)
                    if col:
                        for i in col[bisect_left(col, ci - r + 1) : bisect_right(col, ci + r - 1)]:
                            scan(cells[i, j])
            if len(best) == k and worst < self._stop_at(qphi, qlam, qcos, ci, cj, r):
                break
        return [(-neg_index, _metres(-neg_h)) for neg_h, neg_index in sorted(best, reverse=True)]

    def _stop_at(self, qphi: float, qlam: float, qcos: float, ci: int, cj: int, r: int) -> float:
        """A lower bound on h (the haversine of the angle) for every station outside ring r.

        Such a station is either north or south of the searched band, at least the latitude gap
        away, or within the band and east or west of it. For the latter we use
        hav(angle) >= cos(lat1) * cos(lat2) * hav(dlng), with cos(lat2) at its smallest inside
        the band, i.e. at the band's edge farthest from the equator; taking the query's own
        latitude instead would overestimate the bound and miss stations.
        """
        to_rad = pi / 180 / self._scale  # cell number to radians
        south, north = (ci - r) * to_rad, (ci + r + 1) * to_rad
        west, east = (cj - r) * to_rad, (cj + r + 1) * to_rad
        dlat = max(0.0, min(qphi - south, north - qphi) - _BOUND_SLACK_RAD)
        dlng = max(0.0, min(qlam - west, east - qlam) - _BOUND_SLACK_RAD)
        # hav stops rising at 180 degrees: a station 300 degrees east is 60 degrees west. Only
        # matters for a query on the far side of the globe, but then the bound must still hold.
        farthest = max(qlam - self._west, self._east - qlam)
        dlng = min(dlng, max(0.0, 2 * pi - farthest), pi)
        widest = min(pi / 2, max(abs(south), abs(north)))
        by_lat = sin(min(dlat, pi) / 2) ** 2
        by_lng = qcos * cos(widest) * sin(dlng / 2) ** 2
        return min(by_lat, by_lng)
