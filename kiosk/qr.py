"""QR codes as module matrices: the views paint them, tests decode them back."""

from __future__ import annotations

import qrcode
from qrcode.exceptions import DataOverflowError

# Version 20 is 97×97 modules: about 5 px a module in a 500 px square, still easy for a phone at
# half a metre. Medium error correction survives a smudged screen.
MAX_VERSION = 20
ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_M


class QrTooLong(ValueError):
    """The text needs a bigger QR code than a phone reads reliably off the screen."""


def qr_matrix(text: str, border: int = 2) -> list[list[bool]]:
    """Rows of modules (True is dark), with a quiet zone of `border` modules."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=border)
    code.add_data(text.encode("utf-8"))
    try:
        code.make(fit=True)
    except DataOverflowError as err:
        raise QrTooLong(f"{len(text.encode('utf-8'))} bytes do not fit in any QR code") from err
    if code.version > MAX_VERSION:
        raise QrTooLong(
            f"{len(text.encode('utf-8'))} bytes need QR version {code.version}; at most {MAX_VERSION} reads well"
        )
    return code.get_matrix()


def fits_qr(text: str) -> bool:
    try:
        qr_matrix(text)
    except QrTooLong:
        return False
    return True
