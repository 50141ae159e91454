"""What the central accepts on the wire (design §4), each event checked on its own."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import UUID4, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kiosk.checkin import OCCUPATIONS
from kiosk.content.schema import Slug
from kiosk.diary import KINDS, MAX_TEXT
from kiosk.store import EVENT_TYPES, MAX_BATCH


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Checkin(Strict):
    occupation: Literal[tuple(OCCUPATIONS)]
    services: list[Slug] = Field(min_length=1, max_length=64)


class Diary(Strict):
    kind: Literal[KINDS]
    text: str = Field(max_length=MAX_TEXT)


class ServiceStatus(Strict):
    service: Slug
    available: bool


PAYLOADS = {"checkin": Checkin, "diary": Diary, "service_status": ServiceStatus}


class EventIn(Strict):
    id: UUID4
    type: Literal[EVENT_TYPES]
    occurred_at: AwareDatetime
    payload: dict[str, Any]


class Batch(Strict):
    # Each event is checked on its own: one bad event is rejected, the rest are taken.
    events: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class Rejection(BaseModel):
    id: str | None
    error: str


class BatchResult(BaseModel):
    accepted: list[str]
    duplicates: list[str]
    rejected: list[Rejection]


class Heartbeat(Strict):
    app_version: Annotated[str, StringConstraints(max_length=64)]
    content_version: int | None = Field(default=None, ge=0, le=2**31 - 1)
    queue_depth: int = Field(ge=0, le=2**31 - 1)
    oldest_pending: AwareDatetime | None = None
    last_sync: AwareDatetime | None = None
    last_content_error: Annotated[str, StringConstraints(max_length=2000)] | None = None


def check_event(index: int, raw: dict[str, Any]) -> EventIn | Rejection:
    """The event, or why it is refused: "events[3].payload.occupation: Input should be …"."""
    event_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    try:
        event = EventIn.model_validate(raw)
    except ValidationError as err:
        return Rejection(id=event_id, error=f"events[{index}].{_first_error(err)}")
    try:
        PAYLOADS[event.type].model_validate(event.payload)
    except ValidationError as err:
        return Rejection(id=event_id, error=f"events[{index}].payload.{_first_error(err)}")
    return event


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    return f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}"
