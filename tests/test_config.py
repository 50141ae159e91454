from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_file_then_environment(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('idle_timeout_s = 30\ndefault_language = "en"\ncontent_dir = "/srv/content"\n')
    config = load_config(path, environ={"KIOSK_IDLE_TIMEOUT_S": "45"})
    assert config.idle_timeout_s == 45
    assert config.default_language == "en"
    assert config.content_dir == Path("/srv/content")


def test_defaults_without_a_file():
    config = load_config(None, environ={})
    assert config.idle_timeout_s == 90 and config.default_language == "zh-Hans"


def test_broken_toml_names_the_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_timeout_s = = 3\n")
    with pytest.raises(ConfigError, match=rf"^{path}: not valid TOML"):
        load_config(path, environ={})


def test_bad_value_names_the_setting(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('default_language = "fr"\nidle_timeout_s = 0\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "default_language: Input should be 'zh-Hans', 'zh-Hant' or 'en'" in message
    assert "idle_timeout_s: Input should be greater than or equal to 1" in message


def test_unknown_setting_is_an_error_not_ignored(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_timout_s = 30\n")
    with pytest.raises(ConfigError, match="idle_timout_s: Extra inputs are not permitted"):
        load_config(path, environ={})


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml", environ={})


def test_the_pin_hash_printed_by_pin_hash_is_taken_and_a_plain_pin_is_refused(tmp_path):
    import subprocess
    import sys

    printed = subprocess.run(
        [sys.executable, "-m", "kiosk", "pin-hash"], input="2468\n2468\n", capture_output=True, text=True, timeout=60
    )
    assert printed.returncode == 0, printed.stderr
    path = tmp_path / "kiosk.toml"
    path.write_text(printed.stdout)
    from kiosk.pin import verify_pin

    assert verify_pin("2468", load_config(path, environ={}).attendant_pin_hash)
    with pytest.raises(ConfigError, match="attendant_pin_hash: .*pin-hash"):
        load_config(None, environ={"KIOSK_ATTENDANT_PIN_HASH": "2468"})
