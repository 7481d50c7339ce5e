"""Turning a photo file into the bytes mesodesk keeps: upright, without EXIF or GPS, checked."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import ServiceError

MAX_PIXELS = 60_000_000
"""Larger than any clinic camera (a 60-megapixel frame); anything bigger is refused unopened."""
THUMB_EDGE = 320
JPEG_QUALITY = 92
ACCEPTED = {"JPEG": "image/jpeg", "PNG": "image/png"}

try:  # HEIC from phones, when the well-kept decoder is installed
    from pillow_heif import register_heif_opener  # type: ignore[import-not-found, unused-ignore]

    register_heif_opener()
    ACCEPTED["HEIF"] = "image/jpeg"  # stored as JPEG: every viewer reads it
except ImportError:  # pragma: no cover - depends on the machine
    pass


class PhotoRefused(ServiceError):
    """A file that is not a usable photo; nothing was stored."""


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes
    mime: str
    width: int
    height: int
    sha256: str
    thumb: bytes


def clean_photo(raw: bytes, *, name: str, max_bytes: int) -> CleanPhoto:
    """Decode ``raw`` fully, turn it upright from its EXIF orientation and re-encode it.

    The stored copy carries no EXIF, GPS, maker notes, XMP or text chunks; the original
    bytes are not kept. Refuses, naming the file: too big, not an image, an image type other
    than JPEG/PNG (HEIC when its decoder is installed), a decompression bomb, a truncated file.
    """
    if len(raw) > max_bytes:
        raise PhotoRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} is {size:.1f} MB, over the clinic's limit of {limit:.0f} MB; nothing was stored",
                ),
                name=name,
                size=len(raw) / 1_000_000,
                limit=max_bytes / 1_000_000,
            )
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(raw))
        except UnidentifiedImageError:
            raise PhotoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} is not a photo mesodesk can read; nothing was stored"
                    ),
                    name=name,
                )
            ) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb(name) from None
        except (OSError, SyntaxError, ValueError) as error:
            raise PhotoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} is damaged or incomplete ({error}); nothing was stored"
                    ),
                    name=name,
                    error=error,
                )
            ) from None
        if image.format not in ACCEPTED:
            raise PhotoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is a {kind} image; photos must be JPEG or PNG or HEIC; "
                        "nothing was stored",
                    )
                    if "HEIF" in ACCEPTED
                    else QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is a {kind} image; photos must be JPEG or PNG; nothing was stored",
                    ),
                    name=name,
                    kind=image.format or Message(QT_TRANSLATE_NOOP("messages", "unknown")),
                )
            )
        if image.width * image.height > MAX_PIXELS:
            raise _bomb(name)
        try:
            image.load()
            upright = ImageOps.exif_transpose(image)
        except (OSError, SyntaxError, ValueError) as error:
            raise PhotoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} is damaged or incomplete ({error}); nothing was stored"
                    ),
                    name=name,
                    error=error,
                )
            ) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb(name) from None
    mime = ACCEPTED[image.format]
    data = _encode(upright, mime)
    return CleanPhoto(
        data=data,
        mime=mime,
        width=upright.width,
        height=upright.height,
        sha256=hashlib.sha256(data).hexdigest(),
        thumb=make_thumbnail(upright),
    )


def _bomb(name: str) -> PhotoRefused:
    return PhotoRefused(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} claims more than {number} million pixels, more than any clinic camera makes; it was not opened and nothing was stored",
            ),
            name=name,
            number=MAX_PIXELS // 1_000_000,
        )
    )


def _encode(image: Image.Image, mime: str) -> bytes:
    """Only the pixels (and the colour profile, which carries no personal data) are written."""
    out = io.BytesIO()
    icc = image.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    if mime == "image/png":
        image.save(out, format="PNG", optimize=False, **extra)
    else:
        rgb = image if image.mode in ("RGB", "L") else image.convert("RGB")
        rgb.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
    return out.getvalue()


def make_thumbnail(image: Image.Image) -> bytes:
    """A small JPEG for the gallery, made once on import."""
    thumb = image.copy()
    thumb.thumbnail((THUMB_EDGE, THUMB_EDGE))
    if thumb.mode not in ("RGB", "L"):
        background = Image.new("RGB", thumb.size, "white")
        background.paste(thumb, mask=thumb.getchannel("A") if "A" in thumb.getbands() else None)
        thumb = background
    out = io.BytesIO()
    thumb.save(out, format="JPEG", quality=80)
    return out.getvalue()


def content_problem(data: bytes, expected_sha256: str) -> str | None:
    """Why stored bytes are not the photo they claim to be, or None."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "content changed (SHA-256 {actual}…, expected {expected}…)"
            ),
            actual=actual[:12],
            expected=expected_sha256[:12],
        )
    return None
