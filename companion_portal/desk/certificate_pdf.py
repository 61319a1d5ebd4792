"""A certificate as a PDF (fpdf2), with a font that has Hangul and Latin letters embedded (a subset),
so a Korean or a Spanish name prints as written on any reader. The participant's name and the
course's title are drawn as text, never read as markup or as PDF syntax (fpdf2 writes them as glyph
ids of the embedded font)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

# Debian's fonts-nanum (the Makefile's SYSTEM_PACKAGES): NanumGothic has Hangul, Latin-1 and more
FONTS = (Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
         Path("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"),
         Path("/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"))
BOLD = (Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
        Path("/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf"))

# the certificate's fixed words, in the language chosen when it is issued
WORDS = {
    "title": {"en": "Certificate of completion", "ko": "수료증", "es": "Certificado de finalización"},
    "certifies": {"en": "This certifies that", "ko": "위 사람은", "es": "Se certifica que"},
    "completed": {"en": "has completed the course", "ko": "다음 과정을 수료하였음을 증명합니다",
                  "es": "ha completado el curso"},
    "date": {"en": "Date: {date}", "ko": "발급일: {date}", "es": "Fecha: {date}"},
    "code": {"en": "Verification code: {code}", "ko": "확인 코드: {code}", "es": "Código de verificación: {code}"},
    "verify": {"en": "Verify at {url}", "ko": "확인: {url}", "es": "Verifíquelo en {url}"},
}


class NoFont(Exception):
    """No font with Hangul is installed (Debian: fonts-nanum)."""


def _first(paths) -> Path:
    for path in paths:
        if path.is_file():
            return path
    raise NoFont(", ".join(str(p) for p in paths))


def grouped(code: str) -> str:
    """ABCDEFGHJKLMNPQR -> ABCD-EFGH-JKLM-NPQR (easier to read aloud and type)."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def _subset(source: Path, chars: set[str], target: Path) -> str:
    """The font cut down to ``chars`` (once per batch of certificates: fpdf2 then reads a small font
    per PDF instead of 20,000 glyphs, about 0.5 s each)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, lazy=True)
    options = subset.Options()
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes={ord(ch) for ch in chars})
    cutter.subset(font)
    font.save(target)
    return str(target)


class Printer:
    """Prints a batch of certificates with fonts cut to the letters the batch uses."""

    def __init__(self, texts: Iterable[str]):
        chars = set("".join(texts)) | {chr(c) for c in range(0x20, 0x7F)}
        chars |= {ch for words in WORDS.values() for text in words.values() for ch in text}
        regular = _first(FONTS)
        try:
            bold = _first(BOLD)
        except NoFont:
            bold = regular
        self._dir = tempfile.TemporaryDirectory(prefix="certificate-fonts-")
        folder = Path(self._dir.name)
        self.regular = _subset(regular, chars, folder / "regular.ttf")
        self.bold = _subset(bold, chars, folder / "bold.ttf")

    def __enter__(self) -> "Printer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._dir.cleanup()

    def render(self, name: str, course_title: str, issued_on: str, code: str, verify_url: str, language: str,
               organizers: str = "") -> bytes:
        from fpdf import FPDF

        words = {key: texts.get(language) or texts["en"] for key, texts in WORDS.items()}
        pdf = FPDF(orientation="landscape", format="A4")
        pdf.set_title(words["title"])
        pdf.set_creator("Companion portal")
        pdf.set_lang(language)
        pdf.add_font("body", "", self.regular)
        pdf.add_font("body", "B", self.bold)
        pdf.set_auto_page_break(False)
        pdf.add_page()
        pdf.set_draw_color(31, 58, 95)
        pdf.set_line_width(1.2)
        pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
        width = pdf.w - 40

        def line(text: str, size: float, style: str = "", gap: float = 4) -> None:
            pdf.set_font("body", style, size)
            pdf.set_x(20)
            pdf.multi_cell(width, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)

        pdf.set_y(32)
        line(words["title"], 30, "B", 10)
        line(words["certifies"], 14)
        line(name, 26, "B", 6)
        line(words["completed"], 14)
        line(course_title, 20, "B", 6)
        if organizers:
            line(organizers, 12, "", 8)
        line(words["date"].format(date=issued_on), 12, "", 2)
        pdf.set_y(pdf.h - 38)
        line(words["code"].format(code=grouped(code)), 11, "", 1)
        line(words["verify"].format(url=verify_url), 10, "", 0)
        return bytes(pdf.output())


def render(name: str, course_title: str, issued_on: str, code: str, verify_url: str, language: str,
           organizers: str = "") -> bytes:
    """One certificate (a batch: ``Printer``)."""
    with Printer([name, course_title, verify_url, organizers]) as printer:
        return printer.render(name, course_title, issued_on, code, verify_url, language, organizers)
