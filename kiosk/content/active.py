"""Which bundle the kiosk shows: the one it was pointed at if it is sound, else the shipped one."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.content.bundle import Bundle, BundleError, load_bundle

SHIPPED_BUNDLE = Path(__file__).resolve().parents[1] / "assets" / "bundle"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActiveContent:
    bundle: Bundle
    # Why a bundle the kiosk was given was refused, for the attendant and the heartbeat.
    refused: BundleError | None = None


def choose_bundle(content_dir: Path | None) -> ActiveContent:
    refused = None
    if content_dir is not None:
        try:
            return ActiveContent(load_bundle(content_dir, now=datetime.now(timezone.utc)))
        except BundleError as err:
            refused = err
            for problem in err.problems:
                log.error("content bundle %s refused: %s", content_dir, problem)
            log.warning("showing the shipped content bundle instead")
    return ActiveContent(load_bundle(SHIPPED_BUNDLE), refused)
