"""Touchscreen kiosk for trade-union rest stations for outdoor workers."""

__version__ = "0.1.0"
