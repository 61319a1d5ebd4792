"""Learning selfies: upright by EXIF, downscaled, location stripped, non-pictures refused."""

from __future__ import annotations

import pytest
from PIL import Image

from companion.domain.reasons import TOO_FEW_PHOTOS, Reason
from companion.ui import words
from companion.services.photos import NotAPicture, prepare_photo

ORIENTATION, GPS_IFD = 0x0112, 0x8825


def phone_photo(path, size=(4000, 3000), orientation=6, gps=True):
    img = Image.effect_noise(size, 40).convert("RGB")
    exif = Image.Exif()
    exif[ORIENTATION] = orientation  # 6: the camera was turned; show rotated 90° clockwise
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (37.0, 33.0, 0.0), 3: "E", 4: (126.0, 58.0, 0.0)}
    img.save(path, "JPEG", quality=95, exif=exif)
    return path


def test_phone_photo_is_turned_upright_made_small_and_has_no_location(tmp_path):
    source = phone_photo(tmp_path / "selfie.jpg")
    before = source.stat().st_size
    out, facts = prepare_photo(source, tmp_path / "out", long_side=1600)
    with Image.open(out) as img:
        assert img.size == (1200, 1600)  # portrait now: 4000x3000 turned, long side 1600
        exif = img.getexif()
        assert ORIENTATION not in exif and GPS_IFD not in exif
    assert facts.mime == "image/jpeg" and facts.filename == "selfie.jpg" and facts.size == out.stat().st_size
    assert facts.size < before / 3
    assert source.stat().st_size == before  # the original is untouched


def test_png_and_small_pictures(tmp_path):
    small = tmp_path / "small.png"
    Image.new("RGBA", (300, 200), (10, 120, 200, 128)).save(small)
    out, facts = prepare_photo(small, tmp_path / "out")
    with Image.open(out) as img:
        assert img.size == (300, 200) and img.mode == "RGB"
    assert facts.filename == "small.jpg"


@pytest.mark.parametrize("content", [b"%PDF-1.4 not a photo", b"", b"\x89PNG\r\n\x1a\n broken"])
def test_not_a_picture_is_refused_clearly(tmp_path, content):
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(content)
    with pytest.raises(NotAPicture, match="holiday.jpg is not a picture"):
        prepare_photo(bad, tmp_path / "out")


def test_missing_file(tmp_path):
    with pytest.raises(NotAPicture, match="cannot be read"):
        prepare_photo(tmp_path / "gone.jpg", tmp_path / "out")


def test_add_photo_keeps_it_in_the_draft(app, tmp_path):
    source = phone_photo(tmp_path / "a.jpg", size=(1000, 800))
    facts = app.assignments.add_photo("caring-cities-2023", "selfies", source)
    draft = app.assignments.draft("caring-cities-2023", "selfies")
    assert draft.files == (facts,)
    assert app.assignments.file_path(facts).is_file()
    problems = app.assignments.problems("caring-cities-2023", "selfies")
    assert problems == [Reason(TOO_FEW_PHOTOS, {"minimum": 2, "chosen": 1})]
    assert words.reasons(problems) == ["Add at least 2 photos (1 chosen)."]
