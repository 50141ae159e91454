"""An anonymous visit: who came (occupation) and what they used; nothing that names a person."""

from __future__ import annotations

# Occupation key and the icon its tile shows, in the order the check-in screen offers them.
OCCUPATIONS = {
    "delivery_rider": "moped",
    "courier": "package-variant-closed",
    "ride_hailing_driver": "car",
    "truck_driver": "truck",
    "sanitation_worker": "broom",
    "other": "account-hard-hat",
}


def checkin_payload(occupation: str, services: list[str], offered: set[str]) -> dict:
    """The check-in event's payload; refuses what the screen should never send."""
    if occupation not in OCCUPATIONS:
        raise ValueError(f"unknown occupation {occupation!r}")
    if not services:
        raise ValueError("a check-in names at least one service used")
    unknown = [service for service in services if service not in offered]
    if unknown:
        raise ValueError(f"this station does not offer {', '.join(unknown)}")
    return {"occupation": occupation, "services": sorted(set(services))}
