"""Preparing learning selfies: turned upright by their EXIF orientation, downscaled, location stripped."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from companion.domain import reasons
from companion.domain.assignments import FileFacts
from companion.domain.errors import CompanionError

DEFAULT_LONG_SIDE = 1600
MAX_INPUT_BYTES = 60_000_000  # refuse anything larger before decoding it
MAX_PIXELS = 80_000_000


class NotAPicture(CompanionError):
    pass


def prepare_photo(source: Path, out_dir: Path, *, long_side: int = DEFAULT_LONG_SIDE, keep_metadata: bool = False) -> tuple[Path, FileFacts]:
    """Write an upload-ready JPEG of ``source`` into ``out_dir``; the original is never changed."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise NotAPicture(f"{source.name} cannot be read: {exc.strerror}", code=reasons.PHOTO_UNREADABLE,
                          data={"filename": source.name, "error": exc.strerror or ""}) from None
    if size > MAX_INPUT_BYTES:
        raise NotAPicture(f"{source.name} is {size / 1e6:.0f} MB, too large to be a photo Companion can take",
                         code=reasons.PHOTO_TOO_LARGE, data={"filename": source.name, "size": size})
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(source) as img:
            img.load()
            exif = img.getexif()
            upright = ImageOps.exif_transpose(img)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise NotAPicture(f"{source.name} is not a picture Companion can read (use a JPEG or PNG photo)",
                         code=reasons.NOT_A_PICTURE, data={"filename": source.name}) from None
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    upright.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{uuid.uuid4().hex}.jpg"
    temp = target.with_suffix(".part")
    params: dict = {"quality": 85, "optimize": True}
    if keep_metadata and exif:
        exif.pop(0x0112, None)  # orientation is applied already
        params["exif"] = exif.tobytes()
    with open(temp, "wb") as handle:
        upright.save(handle, "JPEG", **params)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)
    data = target.read_bytes()
    name = Path(source.name).stem + ".jpg"
    return target, FileFacts(name, "image/jpeg", len(data), hashlib.sha256(data).hexdigest())
