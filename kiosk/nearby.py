"""The nearby-stations list: the nearest stations from here, filtered the way a rider asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.content.hours import OpenState, open_state
from kiosk.content.schema import LatLng, NearbyStation, NearbyStations
from kiosk.geo import StationIndex

# Filter chips, each a test on a station at a moment.
FILTERS = {
    "open_now": lambda station, now: open_state(station.hours, now).open,
    "open_24h": lambda station, now: station.hours.open_24h,
    "battery_swap": lambda station, now: "battery_swap" in station.services,
    "microwave": lambda station, now: "microwave" in station.services,
}


@dataclass(frozen=True)
class Row:
    index: int
    station: NearbyStation
    metres: float
    state: OpenState


class Nearby:
    def __init__(self, stations: NearbyStations, here: LatLng):
        self.stations = stations.stations
        self.here = here
        self.index = StationIndex((station.lat, station.lng) for station in self.stations)

    def nearest(self, filters: set[str], now: datetime, k: int = 20) -> list[Row]:
        tests = [FILTERS[name] for name in sorted(filters)]

        def keep(index: int) -> bool:
            return all(test(self.stations[index], now) for test in tests)

        found = self.index.nearest(self.here.lat, self.here.lng, k, keep if tests else None)
        return [Row(i, self.stations[i], metres, open_state(self.stations[i].hours, now)) for i, metres in found]
