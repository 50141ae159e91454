"""Every UI string is translated, keeps its placeholders, and the compiled .qm is current."""

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kiosk.i18n import QM_STEMS

I18N = Path(__file__).resolve().parents[1] / "i18n"
TS_FILES = [I18N / f"{stem}.ts" for stem in QM_STEMS.values()]


def messages(ts: Path):
    for message in ElementTree.parse(ts).getroot().iter("message"):
        yield message.find("source").text, message.find("translation")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_translation_is_missing(ts):
    missing = [source for source, tr in messages(ts) if tr.get("type") in ("unfinished", "vanished") or not tr.text]
    assert missing == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    for source, tr in messages(ts):
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", tr.text)), source


def test_the_ts_files_hold_every_string_in_the_code(tmp_path):
    sources = sorted(str(p) for p in (I18N.parent / "kiosk").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", fresh], check=True, capture_output=True)
    in_code = {source for source, _ in messages(fresh)}
    for ts in TS_FILES:
        assert in_code - {source for source, _ in messages(ts)} == set(), f"run tools/i18n.py, then translate {ts.name}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_its_source(ts, tmp_path):
    qm = tmp_path / "check.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([lrelease, ts, "-qm", qm], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run tools/i18n.py to recompile"
