"""The attendant's service diary: what each entry may hold."""

from __future__ import annotations

# Entry kinds: a shift opened or closed, a note, a worker's request or complaint (诉求), supplies
# restocked, a facility fault.
KINDS = ("shift_open", "shift_close", "note", "request", "supplies", "fault")
# A shift change may carry a remark; everything else is its text.
TEXT_OPTIONAL = {"shift_open", "shift_close"}
# Long enough for a complaint told in full, short enough to read back on the kiosk.
MAX_TEXT = 500


def diary_payload(kind: str, text: str) -> dict:
    if kind not in KINDS:
        raise ValueError(f"unknown diary entry kind {kind!r}")
    text = text.strip()
    if not text and kind not in TEXT_OPTIONAL:
        raise ValueError("write what happened before saving")
    if len(text) > MAX_TEXT:
        raise ValueError(f"at most {MAX_TEXT} characters ({len(text)} written)")
    return {"kind": kind, "text": text}
