"""The kiosk's settings: one typed schema, read from a TOML file and KIOSK_* environment variables."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from kiosk.i18n import DEFAULT_LANGUAGE
from kiosk.pin import check_hash_format


class ConfigError(Exception):
    """The config file cannot be used; the message names the file, the setting and the reason."""


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The station this kiosk reports as; by default the one its content names.
    station_id: str | None = None
    # The central service (e.g. http://central.example:8000) and this station's token from
    # `python -m central add-station`; without both the kiosk keeps its events and sends nothing.
    api_base_url: str | None = None
    api_token: str | None = None
    heartbeat_interval_s: float = Field(default=300, ge=5, le=86400)
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("station-kiosk")))
    # A content directory to show instead of the shipped bundle (for content authors).
    content_dir: Path | None = None
    idle_timeout_s: float = Field(default=90, ge=1, le=3600)
    default_language: Literal["zh-Hans", "zh-Hant", "en"] = DEFAULT_LANGUAGE
    large_text: bool = False
    map_app: Literal["amap", "baidu"] = "amap"
    # The attendant's PIN as printed by `python -m kiosk pin-hash`; without it attendant mode stays shut.
    attendant_pin_hash: Annotated[str, AfterValidator(check_hash_format)] | None = None
    # Days an event the centre acknowledged is kept on the kiosk before it is deleted.
    retention_days: int = Field(default=30, ge=1, le=3650)

    @property
    def database(self) -> Path:
        return self.data_dir / "kiosk.db"


ENV_PREFIX = "KIOSK_"


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Settings from the file (if given), overridden by KIOSK_<NAME> environment variables."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    source = "environment"
    if path is not None:
        source = str(path)
        try:
            values = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as err:
            raise ConfigError(f"{path}: cannot read: {err.strerror}") from err
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"{path}: not valid TOML: {err}") from err
    for name in Config.model_fields:
        if f"{ENV_PREFIX}{name.upper()}" in environ:
            values[name] = environ[f"{ENV_PREFIX}{name.upper()}"]
    try:
        return Config.model_validate(values)
    except ValidationError as err:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors())
        raise ConfigError(f"{source}: {reasons}") from err
