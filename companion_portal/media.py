"""Sample lecture files for the demo portal, made here (not downloaded): slide PDFs drawn with
Pillow, a short welcome video (Motion-JPEG in AVI, frames drawn with Pillow, no encoder needed)
in two sizes, and its sound track as a WAV file (the "audio only" variant)."""

from __future__ import annotations

import hashlib
import io
import json
import math
import shutil
import struct
import wave
from pathlib import Path


# a font with the accents and punctuation course text uses (Pillow's bundled one draws "Bogotá" with a box)
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf")  # Debian: fonts-dejavu-core


def slide_font(size: int):
    from PIL import ImageFont

    for name in FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def wrap(text: str, font, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels (a word longer than a line stands alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _slides(path: Path, title: str, lines: list[str], pages: int, seed: int) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    font, small = slide_font(40), slide_font(26)
    images = []
    for page in range(pages):
        background = Image.effect_noise((320, 180), 30 + (seed + page) % 40).convert("RGB")
        background = background.filter(ImageFilter.GaussianBlur(2)).resize((1600, 900))
        img = Image.blend(background, Image.new("RGB", (1600, 900), (245, 243, 236)), 0.82)
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, 1600, 110), fill=(24, 80, 140))
        heading = wrap(f"{title}  ·  slide {page + 1} of {pages}", font, 1480)[0]
        draw.text((60, 30), heading, font=font, fill="white")
        y = 180
        for line in lines[page % max(1, len(lines)):]:
            for i, part in enumerate(wrap(line, small, 1400)):
                if y > 900 - 60:
                    break
                draw.text((80, y), ("• " if i == 0 else "   ") + part, font=small, fill=(20, 20, 20))
                y += 44
            y += 16
        images.append(img)
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=100, quality=80)
    _text_layer(path, [[f"{title} · slide {page + 1} of {pages}"] + lines[page % max(1, len(lines)):][:8]
                       for page in range(pages)])


def _text_layer(path: Path, pages: list[list[str]]) -> None:
    """Lay the slides' words over the pictures as invisible text (as scanned-and-recognised PDFs do),
    so a PDF reader can select and search them. Helvetica with WinAnsi: the sample text is Latin."""
    from pypdf import PageObject, PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    def name(text: str) -> NameObject:
        return NameObject(text)

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    writer = PdfWriter(clone_from=PdfReader(path))
    font = writer._add_object(DictionaryObject({name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"),
                                                name("/BaseFont"): name("/Helvetica"),
                                                name("/Encoding"): name("/WinAnsiEncoding")}))
    for page, lines in zip(writer.pages, pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        scale = width / 1600  # the picture is 1600 pixels wide
        ops = ["BT", "3 Tr"]  # render mode 3: neither filled nor stroked
        for i, line in enumerate(lines):  # where the picture shows each line
            size, x, top = (40, 60, 30) if i == 0 else (26, 80, 180 + (i - 1) * 70)
            ops.append(f"/FSlide {size * scale:.1f} Tf 1 0 0 1 {x * scale:.1f} {height - (top + size) * scale:.1f} Tm "
                       f"({escaped(line)}) Tj")
        ops.append("ET")
        overlay = PageObject.create_blank_page(width=width, height=height)
        overlay[name("/Resources")] = DictionaryObject({name("/Font"): DictionaryObject({name("/FSlide"): font})})
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("cp1252", "replace"))
        overlay[name("/Contents")] = writer._add_object(content)
        page.merge_page(overlay)
    with open(path, "wb") as handle:
        writer.write(handle)


def _facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _chunk(tag: bytes, data: bytes) -> bytes:
    return tag + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def _list(kind: bytes, body: bytes) -> bytes:
    return _chunk(b"LIST", kind + body)


def _video_frames(title: str, size: tuple[int, int], seconds: int, fps: int, quality: int) -> list[bytes]:
    from PIL import Image, ImageDraw, ImageFont

    w, h = size
    big, small = ImageFont.load_default(size=max(12, h // 12)), ImageFont.load_default(size=max(10, h // 20))
    frames = []
    for n in range(seconds * fps):
        t = n / fps
        img = Image.new("RGB", size, (24, 80, 140))
        draw = ImageDraw.Draw(img)
        x = int((w + 120) * (t / seconds)) - 60
        draw.ellipse((x - h // 6, h // 2 - h // 6, x + h // 6, h // 2 + h // 6), fill=(242, 178, 51))
        draw.text((w // 20, h // 12), title, font=big, fill="white")
        draw.text((w // 20, h - h // 6), f"{int(t) // 60}:{int(t) % 60:02d} / 0:{seconds:02d}", font=small,
                  fill=(230, 230, 230))
        draw.rectangle((0, h - 6, int(w * t / seconds), h), fill=(242, 178, 51))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=quality)
        frames.append(out.getvalue())
    return frames


def write_mjpeg_avi(path: Path, frames: list[bytes], size: tuple[int, int], fps: int) -> None:
    """A plain AVI 1.0 file holding one Motion-JPEG video stream (what every player reads)."""
    w, h = size
    biggest = max(len(f) for f in frames)
    avih = struct.pack("<IIIIIIIIII4I", 1_000_000 // fps, biggest * fps, 0, 0x10, len(frames), 0, 1, biggest,
                       w, h, 0, 0, 0, 0)
    strh = struct.pack("<4s4sIHHIIIIIIIIhhhh", b"vids", b"MJPG", 0, 0, 0, 0, 1, fps, 0, len(frames), biggest,
                       0xFFFFFFFF, 0, 0, 0, w, h)
    strf = struct.pack("<IiiHH4sIiiII", 40, w, h, 1, 24, b"MJPG", w * h * 3, 0, 0, 0, 0)
    header = _list(b"hdrl", _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)))
    movi, index, offset = [], [], 4
    for frame in frames:
        chunk = _chunk(b"00dc", frame)
        index.append(struct.pack("<4sIII", b"00dc", 0x10, offset, len(frame)))
        movi.append(chunk)
        offset += len(chunk)
    body = b"AVI " + header + _list(b"movi", b"".join(movi)) + _chunk(b"idx1", b"".join(index))
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


def write_chime_wav(path: Path, seconds: int, rate: int = 16000) -> None:
    """A calm three-note chime every few seconds: the sound track of the sample video."""
    notes = (523.25, 659.25, 783.99)
    samples = bytearray()
    for n in range(seconds * rate):
        t = n / rate
        beat = t % 4.0
        note = notes[min(2, int(beat / 0.5))] if beat < 1.5 else 0.0
        envelope = math.exp(-3 * (beat % 0.5)) if note else 0.0
        value = int(9000 * envelope * math.sin(2 * math.pi * note * t))
        samples += struct.pack("<h", value)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(samples))


def _welcome_video(media: Path, seconds: int) -> dict:
    variants = []
    for name, size, fps, quality in (("original", (640, 360), 15, 80), ("low", (320, 180), 10, 60)):
        clip = media / f"lecture-1-welcome-{name}.avi"
        write_mjpeg_avi(clip, _video_frames("Welcome to Caring Cities", size, seconds, fps, quality), size, fps)
        variants.append({"name": name, "mime": "video/x-msvideo", "path": f"media/{clip.name}", **_facts(clip)})
    sound = media / "lecture-1-welcome-audio.wav"
    write_chime_wav(sound, seconds)
    variants.append({"name": "audio", "mime": "audio/wav", "path": f"media/{sound.name}", **_facts(sound)})
    return {"id": "lecture-1-welcome", "title": "Lecture 1 welcome video", "kind": "video", "variants": variants}


def prepare_demo_package(source: Path, target: Path, *, slide_pages: int = 12, video: bool = True,
                         video_seconds: int = 20) -> Path:
    """Copy the course package to ``target`` and add slide PDFs (and a video) to its lectures."""
    if (target / "course.json").is_file() and (target / ".media-done").is_file():
        return target
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    media = target / "media"
    media.mkdir()
    data = json.loads((target / "course.json").read_text(encoding="utf-8"))
    for n, lecture in enumerate(data["lectures"], start=1):
        lines = [s.strip() for s in lecture["summary"].replace("; ", ". ").split(". ") if s.strip()]
        pdf = media / f"lecture-{n}-slides.pdf"
        _slides(pdf, lecture["title"].split(":")[0], lines, slide_pages, n)
        lecture["materials"].append({"id": f"{lecture['id']}-slides", "title": f"Lecture {n} slides (PDF)",
                                     "kind": "pdf", "variants": [{"name": "original", "mime": "application/pdf",
                                                                  "path": f"media/{pdf.name}", **_facts(pdf)}]})
    if video:
        data["lectures"][0]["materials"].append(_welcome_video(media, video_seconds))
    (target / "course.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    (target / ".media-done").write_text("ok")
    return target
