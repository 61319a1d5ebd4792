"""Sample lecture files for the demo portal, made here (not downloaded): slide PDFs drawn with
Pillow, and a short video with ffmpeg where the machine has it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path


def _slides(path: Path, title: str, lines: list[str], pages: int, seed: int) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.load_default(size=40)
    small = ImageFont.load_default(size=26)
    images = []
    for page in range(pages):
        background = Image.effect_noise((320, 180), 30 + (seed + page) % 40).convert("RGB")
        background = background.filter(ImageFilter.GaussianBlur(2)).resize((1600, 900))
        img = Image.blend(background, Image.new("RGB", (1600, 900), (245, 243, 236)), 0.82)
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, 1600, 110), fill=(24, 80, 140))
        draw.text((60, 30), f"{title}  ·  slide {page + 1} of {pages}", font=font, fill="white")
        for i, line in enumerate(lines[page % max(1, len(lines)):][:8]):
            draw.text((80, 180 + i * 70), "• " + line, font=small, fill=(20, 20, 20))
        images.append(img)
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=100, quality=80)


def _facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def prepare_demo_package(source: Path, target: Path, *, slide_pages: int = 12, video: bool = True) -> Path:
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
    ffmpeg = shutil.which("ffmpeg")
    if video and ffmpeg:
        variants = []
        for name, size, rate in (("original", "640x360", "600k"), ("low", "320x180", "120k")):
            clip = media / f"lecture-1-welcome-{name}.mp4"
            subprocess.run([ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i", f"testsrc=size={size}:rate=25",
                            "-f", "lavfi", "-i", "sine=frequency=440", "-t", "12", "-c:v", "libx264",
                            "-pix_fmt", "yuv420p", "-b:v", rate, "-c:a", "aac", "-shortest", str(clip)], check=True)
            variants.append({"name": name, "mime": "video/mp4", "path": f"media/{clip.name}", **_facts(clip)})
        data["lectures"][0]["materials"].append({"id": "lecture-1-welcome", "title": "Lecture 1 welcome video",
                                                 "kind": "video", "variants": variants})
    (target / "course.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    (target / ".media-done").write_text("ok")
    return target
