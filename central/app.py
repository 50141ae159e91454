"""The central's HTTP API: events and heartbeats from the kiosks, each station with its own token."""

import json
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Path
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central.db import Database
from central.models import Batch, BatchResult, EventIn, Heartbeat, Rejection, Slug, check_event

# A full batch of 500 events with long diary entries stays well under this.
MAX_BODY = 2 * 1024 * 1024

StationId = Annotated[Slug, Path(description="the station's id, as registered with add-station")]
bearer = HTTPBearer(auto_error=False)
# Besides 422 (FastAPI documents it): what every endpoint may answer before it gets to the events.
REFUSALS = {
    400: {"description": "the body is not JSON"},
    401: {"description": "unknown station or wrong token"},
    413: {"description": f"the body is over {MAX_BODY} bytes"},
}


def create_app(db: Database) -> FastAPI:
    # No /docs or /redoc pages: they load their scripts from a CDN. The schema is /openapi.json.
    app = FastAPI(title="Station kiosk central", version="1", max_body_size=MAX_BODY, docs_url=None, redoc_url=None)

    def station(
        station_id: StationId,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> str:
        if credentials is None or not db.token_matches(station_id, credentials.credentials):
            raise HTTPException(401, "unknown station or wrong token", headers={"WWW-Authenticate": "Bearer"})
        return station_id

    @app.post(
        "/api/v1/stations/{station_id}/events",
        response_model=BatchResult,
        responses=REFUSALS,
    )
    def post_events(batch: Batch, station_id: Annotated[str, Depends(station)]) -> BatchResult:
        checked = [check_event(index, raw) for index, raw in enumerate(batch.events)]
        good = [event for event in checked if isinstance(event, EventIn)]
        rows = [
            (str(e.id), e.type, e.occurred_at.isoformat(), json.dumps(e.payload, ensure_ascii=False)) for e in good
        ]
        accepted, duplicates = db.add_events(station_id, rows)
        return BatchResult(
            accepted=accepted,
            duplicates=duplicates,
            rejected=[event for event in checked if isinstance(event, Rejection)],
        )

    @app.post(
        "/api/v1/stations/{station_id}/heartbeat",
        status_code=204,
        responses=REFUSALS,
    )
    def post_heartbeat(beat: Heartbeat, station_id: Annotated[str, Depends(station)]) -> None:
        db.heartbeat(station_id, beat.model_dump(mode="json"))

    return app
