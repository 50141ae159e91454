"""The reference central service: receives the kiosks' events and heartbeats (design §4)."""
