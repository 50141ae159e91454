"""`python -m kiosk` as the README runs it: it starts, and its screenshot mode renders every screen."""

import os
import subprocess
import sys

from PIL import Image

from kiosk.i18n import LANGUAGES
from kiosk.views.screenshot import SIZES

SCREENS = (
    "home", "services", "events", "nearby", "handbook", "membership", "checkin", "checkin-services",
    "attendant", "attendant-today", "attendant-diary", "attendant-services",
)


def test_the_kiosk_starts_on_the_shipped_bundle(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk"], env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )
    try:
        for line in child.stderr:
            if "kiosk ready" in line or "Traceback" in line:
                break
        assert "kiosk ready: station CQ-SPB-0001, content version 1 from " in line
        assert child.poll() is None
    finally:
        child.kill()
        child.wait()


def test_screenshot_mode_renders_every_screen_language_and_orientation(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--screenshot", str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    for width, height in SIZES:
        for lang in LANGUAGES:
            for screen in SCREENS:
                for suffix in ("", "-large"):
                    with Image.open(tmp_path / f"{width}x{height}" / lang / f"{screen}{suffix}.png") as image:
                        assert image.size == (width, height)
