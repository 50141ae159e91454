import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from kiosk.content.bundle import BundleError, load_bundle, write_manifest
from tests.conftest import edit_part


def problems(path, **kwargs) -> list[str]:
    with pytest.raises(BundleError) as caught:
        load_bundle(path, **kwargs)
    return [str(problem) for problem in caught.value.problems]


def test_shipped_bundle_is_sample_content_for_a_real_city(shipped):
    content = shipped.content
    assert content.sample and shipped.stations.sample
    assert "重庆" in content.station.address.zh_hans
    assert len(content.services) >= 12
    assert len(content.events) >= 3
    assert sum(not service.available for service in content.services) >= 1
    assert "{station_code}" in content.membership.join_url


def test_every_text_of_the_shipped_bundle_is_in_three_languages(shipped):
    texts = [shipped.content.station.name, *(s.name for s in shipped.content.services)]
    texts += [e.title for e in shipped.content.events]
    for text in texts:
        assert all(text.all()), text
        assert text.zh_hans != text.en


def test_missing_field_names_file_field_and_reason(bundle_dir):
    edit_part(bundle_dir, "content.json", lambda data: data["services"][2]["name"].pop("en"))
    assert problems(bundle_dir) == ["content.json: services[2].name.en: field required"]


def test_every_problem_is_listed_not_just_the_first(bundle_dir):
    def break_two(data):
        data["services"][0]["icon"] = "no-such-icon"
        data["station"]["hours"]["weekly"]["mon"] = ["20:00-08:00"]

    edit_part(bundle_dir, "content.json", break_two)
    found = problems(bundle_dir)
    assert len(found) == 2
    assert any("services[0].icon: unknown icon 'no-such-icon'" in p for p in found)
    assert any("station.hours.weekly.mon[0]" in p and "ends before it starts" in p for p in found)


def test_invalid_json_says_where(bundle_dir):
    (bundle_dir / "handbook.json").write_text('{"categories": [,]}', encoding="utf-8")
    write_manifest(bundle_dir, 2, "CQ-SPB-0001")
    assert problems(bundle_dir) == ["handbook.json: line 1 column 17: invalid JSON: Expecting value"]


def test_a_file_changed_after_the_manifest_is_refused(bundle_dir):
    with open(bundle_dir / "stations.json", "a", encoding="utf-8") as f:
        f.write(" ")
    [problem] = problems(bundle_dir)
    assert problem.startswith("stations.json: size ") and "differs from the manifest's" in problem


def test_same_size_different_bytes_is_refused(bundle_dir):
    path = bundle_dir / "content.json"
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"available": true', b'"available": True', 1))
    assert problems(bundle_dir) == ["content.json: sha256 differs from the manifest"]


def test_paths_escaping_the_bundle_are_refused(bundle_dir):
    manifest = json.loads((bundle_dir / "manifest.json").read_text())
    manifest["files"]["../outside.json"] = {"sha256": "0" * 64, "size": 1}
    (bundle_dir / "manifest.json").write_text(json.dumps(manifest))
    assert any("'../outside.json' is not a plain relative path" in p for p in problems(bundle_dir))


def test_expired_bundle_is_refused_when_the_clock_is_given(bundle_dir):
    far_future = datetime(2100, 1, 1, tzinfo=timezone.utc)
    assert any(p.startswith("manifest.json: expires: the bundle expired") for p in problems(bundle_dir, now=far_future))
    load_bundle(bundle_dir)


def test_join_url_without_station_code_is_refused(bundle_dir):
    edit_part(bundle_dir, "content.json", lambda d: d["membership"].update(join_url="https://example.org/join"))
    assert any("membership: join_url must contain {station_code}" in p for p in problems(bundle_dir))


def test_join_url_too_long_for_a_qr_is_refused(bundle_dir):
    long_url = "https://example.org/join?station={station_code}&pad=" + "x" * 1200
    edit_part(bundle_dir, "content.json", lambda d: d["membership"].update(join_url=long_url))
    assert any("is too long for a QR code" in p for p in problems(bundle_dir))


def test_unknown_handbook_category_and_service_kind(bundle_dir):
    edit_part(bundle_dir, "handbook.json", lambda d: d["entries"][0].update(category="nope"))
    edit_part(bundle_dir, "stations.json", lambda d: d["stations"][0]["services"].append("spa"))
    found = problems(bundle_dir)
    assert any("names the unknown category 'nope'" in p for p in found)
    assert any(p.startswith("stations.json: stations[0].services[") and "unknown service kind 'spa'" in p for p in found)


def test_manifest_for_another_station_is_refused(bundle_dir):
    edit_part(bundle_dir, "content.json", lambda d: d["station"].update(id="OTHER-1"))
    manifest = json.loads((bundle_dir / "manifest.json").read_text())
    manifest["station_id"] = "CQ-SPB-0001"
    (bundle_dir / "manifest.json").write_text(json.dumps(manifest))
    assert problems(bundle_dir) == ["manifest.json: station_id: 'CQ-SPB-0001' but content.json is for 'OTHER-1'"]


def run_kiosk(*args):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=60)


def test_validate_command_prints_a_summary_for_a_good_bundle(bundle_dir):
    result = run_kiosk("validate", str(bundle_dir))
    assert result.returncode == 0
    assert result.stdout.startswith(f"ok: {bundle_dir}: station CQ-SPB-0001 version 1, ")


def test_validate_command_prints_every_problem_and_fails(bundle_dir):
    def break_it(data):
        data["station"].pop("pledge")
        data["events"][0]["start"] = "next friday"

    edit_part(bundle_dir, "content.json", break_it)
    result = run_kiosk("validate", str(bundle_dir))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "content.json: station.pledge: field required" in lines
    assert any(line.startswith("content.json: events[0].start: ") for line in lines)
    assert "2 problem(s)" in result.stderr
