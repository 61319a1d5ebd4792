"""Bring resources/i18n up to date with the sources, keeping every translation anyone made.

    python tools/i18n_sync.py [--from FILE_OR_GIT_REF ...] [--check]

1. Harvests translations (context, source) -> text from the committed .ts files and from any
   ``--from`` given: another .ts file, or a git ref whose resources/i18n/*.ts are read (handy after
   merging a branch: ``--from feature-x``).
2. Runs pyside6-lupdate over companion/ with ``-locations none`` (no line numbers, so two branches
   that touch the same file do not conflict in the .ts files) and ``-no-obsolete``.
3. Fills every entry still unfinished from the harvest, then runs pyside6-lrelease.

Prints what is still untranslated per language; ``--check`` exits 1 when anything is.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("ko", "es")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else f"pyside6-{name}"


def harvest(xml_text: str, into: dict) -> None:
    root = ET.fromstring(xml_text)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = m.findtext("source") or ""
            forms = [n.text or "" for n in tr.findall("numerusform")]
            value = forms if forms else (tr.text or "")
            if value:
                into.setdefault((name, source), value)
                into.setdefault((None, source), value)  # fallback when a string moved context


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "companion").rglob("*.py") if "__pycache__" not in p.parts)


def fill(ts: Path, known: dict) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            source = m.findtext("source") or ""
            if tr is None or tr.get("type") != "unfinished":
                continue
            value = known.get((name, source), known.get((None, source)))
            if value is None:
                missing.append(f"{name}: {source}")
                continue
            if m.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for n in list(tr):
                    tr.remove(n)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            elif isinstance(value, list):
                tr.text = value[-1]
            else:
                tr.text = value
            del tr.attrib["type"]
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="extra", action="append", default=[],
                        help="a .ts file or a git ref to take translations from (repeatable)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a string is untranslated")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGS:
        ts = I18N / f"companion_{lang}.ts"
        known: dict = {}
        if ts.exists():
            harvest(ts.read_text(encoding="utf-8"), known)
        for extra in args.extra:
            path = Path(extra)
            if path.suffix == ".ts" and path.exists():
                if f"_{lang}." in path.name:
                    harvest(path.read_text(encoding="utf-8"), known)
                continue
            shown = subprocess.run(["git", "show", f"{extra}:resources/i18n/companion_{lang}.ts"], cwd=ROOT,
                                   capture_output=True, text=True)
            if shown.returncode == 0:
                harvest(shown.stdout, known)
            else:
                print(f"{extra}: no companion_{lang}.ts there ({shown.stderr.strip()})", file=sys.stderr)
        if ts.exists() and "<<<<<<<" in ts.read_text(encoding="utf-8"):
            ts.unlink()  # a conflicted file: rebuilt from the sources, filled from the harvest
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{ {"ko": "ko_KR", "es": "es_ES"}[lang] }"></TS>\n',
                          encoding="utf-8")
        subprocess.run([tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        missing = fill(ts, known)
        # once more, so the file is in lupdate's own layout and the next run changes nothing
        subprocess.run([tool("lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
        if missing:
            status = 1
            print(f"{lang}: {len(missing)} untranslated")
            for item in missing:
                print(f"  {item}")
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
