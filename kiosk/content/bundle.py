"""Load a bundle directory, check it whole, and say precisely what is wrong with it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ValidationError

from kiosk.content.schema import Content, Handbook, Manifest, NearbyStations

MANIFEST = "manifest.json"
# Each part of a bundle and the schema its file must meet.
PARTS: dict[str, type[BaseModel]] = {
    "content.json": Content,
    "handbook.json": Handbook,
    "stations.json": NearbyStations,
}
MAX_FILE_BYTES = 32 * 1024 * 1024


class Problem(NamedTuple):
    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}" if self.field else f"{self.file}: {self.reason}"


class BundleError(Exception):
    def __init__(self, path: Path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        super().__init__(f"content bundle {path} refused: " + "; ".join(map(str, problems)))


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: Manifest
    content: Content
    handbook: Handbook
    stations: NearbyStations

    @property
    def version(self) -> int:
        return self.manifest.version


def _field_name(loc: tuple) -> str:
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


def _reason(error: dict) -> str:
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] in ("missing", "extra_forbidden"):
        return message.lower()
    if error["type"].startswith(("string_", "int_", "float_", "greater", "less", "literal")):
        return f"{message} (got {error.get('input')!r})"
    return message


def _parse(file: str, raw: bytes, model: type[BaseModel], problems: list[Problem]):
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        problems.append(Problem(file, "", f"not UTF-8 text (byte {err.start})"))
        return None
    except json.JSONDecodeError as err:
        problems.append(Problem(file, f"line {err.lineno} column {err.colno}", f"invalid JSON: {err.msg}"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems.extend(Problem(file, _field_name(e["loc"]), _reason(e)) for e in err.errors())
        return None


def _read_checked(root: Path, name: str, manifest: Manifest, problems: list[Problem]) -> bytes | None:
    entry = manifest.files.get(name)
    if entry is None:
        problems.append(Problem(MANIFEST, "files", f"{name} is not listed"))
        return None
    path = root / name
    if not path.is_file():
        problems.append(Problem(name, "", "listed in the manifest but missing"))
        return None
    if entry.size > MAX_FILE_BYTES or path.stat().st_size != entry.size:
        problems.append(Problem(name, "", f"size {path.stat().st_size} differs from the manifest's {entry.size}"))
        return None
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != entry.sha256:
        problems.append(Problem(name, "", "sha256 differs from the manifest"))
        return None
    return raw


def load_bundle(path: Path | str, now: datetime | None = None) -> Bundle:
    """Read and check the bundle at path; with `now`, an expired manifest is refused too.

    Raises BundleError listing every problem found, not just the first.
    """
    root = Path(path)
    problems: list[Problem] = []
    manifest_path = root / MANIFEST
    if not manifest_path.is_file():
        raise BundleError(root, [Problem(MANIFEST, "", f"missing from {root}")])
    manifest = _parse(MANIFEST, manifest_path.read_bytes(), Manifest, problems)
    if manifest is None:
        raise BundleError(root, problems)
    if now is not None and manifest.expires <= now:
        problems.append(Problem(MANIFEST, "expires", f"the bundle expired at {manifest.expires.isoformat()}"))
    parts = {}
    for name, model in PARTS.items():
        raw = _read_checked(root, name, manifest, problems)
        parts[name] = None if raw is None else _parse(name, raw, model, problems)
    content = parts["content.json"]
    if content is not None and content.station.id != manifest.station_id:
        problems.append(
            Problem(MANIFEST, "station_id", f"{manifest.station_id!r} but content.json is for {content.station.id!r}")
        )
    if problems:
        raise BundleError(root, problems)
    return Bundle(root, manifest, content, parts["handbook.json"], parts["stations.json"])


def write_manifest(path: Path | str, version: int, station_id: str, valid_days: int = 365 * 3) -> Manifest:
    """Write manifest.json listing every part file present in the bundle directory."""
    root = Path(path)
    created = datetime.now(timezone.utc).replace(microsecond=0)
    files = {}
    for name in sorted(PARTS):
        raw = (root / name).read_bytes()
        files[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
    manifest = Manifest.model_validate(
        {
            "format": 1,
            "station_id": station_id,
            "version": version,
            "created": created,
            "expires": created + timedelta(days=valid_days),
            "files": files,
        }
    )
    (root / MANIFEST).write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return manifest
