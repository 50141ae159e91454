"""The typed schema of a content bundle (see docs/content-format.md)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from kiosk.content.vocabulary import ICONS, SERVICE_KINDS
from kiosk.qr import fits_qr

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Slug = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Text(Strict):
    """A string a person reads, in every language the kiosk speaks."""

    zh_hans: NonEmpty = Field(alias="zh-Hans")
    zh_hant: NonEmpty = Field(alias="zh-Hant")
    en: NonEmpty

    def __call__(self, lang: str) -> str:
        return {"zh-Hans": self.zh_hans, "zh-Hant": self.zh_hant, "en": self.en}[lang]

    def all(self) -> tuple[str, str, str]:
        return (self.zh_hans, self.zh_hant, self.en)


class TimeRange(NamedTuple):
    """Minutes since local midnight; end may be 1440 (24:00)."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{clock(self.start)}-{clock(self.end)}"


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(hh: str, mm: str) -> int:
    h, m = int(hh), int(mm)
    if m > 59 or h > 24 or (h == 24 and m):
        raise ValueError(f"{hh}:{mm} is not a time of day")
    return h * 60 + m


def _time_range(value: object) -> TimeRange:
    if isinstance(value, TimeRange):
        return value
    match = re.fullmatch(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})", value) if isinstance(value, str) else None
    if not match:
        raise ValueError('expected a time range "HH:MM-HH:MM"')
    start, end = _minutes(*match.group(1, 2)), _minutes(*match.group(3, 4))
    if start >= end:
        raise ValueError(f"{value} ends before it starts (split a range that crosses midnight)")
    return TimeRange(start, end)


Range = Annotated[TimeRange, BeforeValidator(_time_range)]


def _known_icon(name: str) -> str:
    if name not in ICONS:
        raise ValueError(f"unknown icon {name!r}; see kiosk/content/vocabulary.py")
    return name


Icon = Annotated[str, AfterValidator(_known_icon)]


def _web_url(url: str) -> str:
    if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", url):
        raise ValueError("expected an http:// or https:// URL")
    return url


WebUrl = Annotated[str, AfterValidator(_web_url)]


def _unique_ids(items: list, what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"two {what} have the id {item.id!r}")
        seen.add(item.id)


class Hours(Strict):
    open_24h: bool = False
    weekly: dict[Weekday, list[Range]] | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _complete_week(self) -> Hours:
        if self.open_24h:
            return self
        if self.weekly is None:
            raise ValueError('give "weekly" hours for each day, or "open_24h": true')
        missing = [day for day in WEEKDAYS if day not in self.weekly]
        if missing:
            raise ValueError(f"weekly hours are missing for {', '.join(missing)}")
        for day, ranges in self.weekly.items():
            for earlier, later in zip(ranges, ranges[1:]):
                if later.start < earlier.end:
                    raise ValueError(f"{day}: {earlier} and {later} overlap or are out of order")
        return self


class LatLng(Strict):
    # GCJ-02 is defined only inside China, so a point outside this box is a typo.
    lat: float = Field(ge=3.0, le=54.0)
    lng: float = Field(ge=73.0, le=136.0)


class Station(Strict):
    id: Slug
    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{1,32}$")]
    name: Text
    short_name: Text
    address: Text
    location: LatLng
    hours: Hours
    pledge: Text
    supervision_phone: Annotated[str, StringConstraints(pattern=r"^[0-9+][0-9 ()-]{2,23}$")]
    operator: Text
    co_builders: list[Text] = []


class ServiceSlot(Strict):
    days: list[Weekday] = Field(min_length=1)
    time: Range


class Service(Strict):
    id: Slug
    icon: Icon
    name: Text
    official_name: Text | None = None
    description: Text
    available: bool = True
    schedule: list[ServiceSlot] = []
    schedule_note: Text | None = None


class Event(Strict):
    id: Slug
    kind: Literal["event", "notice"] = "event"
    title: Text
    description: Text | None = None
    start: datetime | None = None
    end: datetime | None = None
    place: Text | None = None

    @model_validator(mode="after")
    def _dates(self) -> Event:
        if self.kind == "event" and self.start is None:
            raise ValueError("an event needs a start")
        for moment in (self.start, self.end):
            if moment is not None and moment.tzinfo is not None:
                raise ValueError("give local times without a time zone, e.g. 2026-12-05T14:00")
        if self.start and self.end and self.end < self.start:
            raise ValueError("the end is before the start")
        return self


class Membership(Strict):
    join_url: WebUrl
    hotline: Annotated[str, StringConstraints(pattern=r"^[0-9-]{3,20}$")]
    steps: list[Text] = Field(min_length=1)
    benefits: list[Text] = Field(min_length=1)

    @model_validator(mode="after")
    def _carries_station(self) -> Membership:
        if "{station_code}" not in self.join_url:
            raise ValueError("join_url must contain {station_code}, where the kiosk puts the station's code")
        return self

    def join_url_for(self, station_code: str) -> str:
        return self.join_url.replace("{station_code}", station_code)


class Content(Strict):
    sample: bool = False
    station: Station
    services: list[Service] = Field(min_length=1)
    events: list[Event] = []
    membership: Membership

    @model_validator(mode="after")
    def _consistent(self) -> Content:
        _unique_ids(self.services, "services")
        _unique_ids(self.events, "events")
        join_url = self.membership.join_url_for(self.station.code)
        if not fits_qr(join_url):
            raise ValueError(f"membership.join_url for this station ({len(join_url)} characters) is too long for a QR code")
        return self


class Category(Strict):
    id: Slug
    icon: Icon
    name: Text


class Entry(Strict):
    id: Slug
    category: Slug
    question: Text
    answer: Text
    cites: list[Text] = Field(min_length=1)
    keywords: Text | None = None
    url: WebUrl | None = None


class Handbook(Strict):
    categories: list[Category] = Field(min_length=1)
    entries: list[Entry] = []

    @model_validator(mode="after")
    def _links(self) -> Handbook:
        _unique_ids(self.categories, "categories")
        _unique_ids(self.entries, "entries")
        known = {category.id for category in self.categories}
        for entry in self.entries:
            if entry.category not in known:
                raise ValueError(f"entry {entry.id!r} names the unknown category {entry.category!r}")
        return self


def _service_kind(kind: str) -> str:
    if kind not in SERVICE_KINDS:
        raise ValueError(f"unknown service kind {kind!r}; known: {', '.join(SERVICE_KINDS)}")
    return kind


class NearbyStation(Strict):
    id: Slug
    name: Text
    address: Text
    lat: float = Field(ge=3.0, le=54.0)
    lng: float = Field(ge=73.0, le=136.0)
    hours: Hours
    services: list[Annotated[str, AfterValidator(_service_kind)]] = []


class NearbyStations(Strict):
    sample: bool = False
    datum: Literal["GCJ-02"]
    stations: list[NearbyStation] = []

    @model_validator(mode="after")
    def _ids(self) -> NearbyStations:
        _unique_ids(self.stations, "stations")
        return self


def _bundle_path(path: str) -> str:
    parts = path.split("/")
    if path.startswith("/") or "\\" in path or any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"{path!r} is not a plain relative path inside the bundle")
    return path


class FileEntry(Strict):
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    size: int = Field(ge=0)


class Manifest(Strict):
    format: Literal[1]
    station_id: Slug
    version: int = Field(ge=1)
    created: datetime
    expires: datetime
    files: dict[Annotated[str, AfterValidator(_bundle_path)], FileEntry]

    @model_validator(mode="after")
    def _times(self) -> Manifest:
        if self.created.tzinfo is None or self.expires.tzinfo is None:
            raise ValueError("created and expires need a time zone, e.g. 2026-11-23T08:00:00+08:00")
        if self.expires <= self.created:
            raise ValueError("expires is not after created")
        return self
