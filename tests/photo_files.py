"""Photo files as cameras and phones make them: EXIF orientation, GPS, maker notes, text chunks."""

from __future__ import annotations

import io
import random

from PIL import Image, PngImagePlugin

ORIENTATION = 0x0112
MAKE = 0x010F
MAKER_NOTE = 0x927C
GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def _picture(width: int, height: int, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    image = Image.new("RGB", (width, height), (rnd.randrange(256), 120, 90))
    for _ in range(20):
        x, y = rnd.randrange(width), rnd.randrange(height)
        image.putpixel((x, y), (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    return image


def gps_jpeg(width: int = 48, height: int = 32, *, seed: int = 0, orientation: int = 1) -> bytes:
    """A JPEG with a camera make, a maker note, GPS coordinates and an orientation tag."""
    image = _picture(width, height, seed)
    exif = image.getexif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = "SecretCam"
    exif.get_ifd(EXIF_IFD)[MAKER_NOTE] = b"SecretCam serial 0042"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def rotated_jpeg(width: int = 60, height: int = 40) -> bytes:
    """Stored landscape, but EXIF says the camera was turned (orientation 6: rotate 90°)."""
    return gps_jpeg(width, height, orientation=6)


def png_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Patient Jane Doe, 12 rue de la Paix")
    out = io.BytesIO()
    _picture(40, 40, 7).save(out, format="PNG", pnginfo=info)
    return out.getvalue()
