"""`companion courses export ID FILE --format imscc`: a cartridge that an independent reader (pyslet's
IMS Content Packaging, Common Cartridge profile and QTI classes, from PyPI) accepts, that Companion
reads back unchanged, and whose Common Cartridge part alone (what another platform reads) carries the
lectures, pages, links and quizzes with their answers."""

from __future__ import annotations

import unittest
import zipfile
from pathlib import Path

import pytest

from companion.domain.interchange.cartridge_export import COMPANION_COURSE
from companion.services.course_import import export_cartridge

from .conftest import SAMPLE
from .test_cartridge import CANVAS, _rezip, needs_real

COURSE = "caring-cities-2023"


def fresh_app(folder: Path, clock):
    from companion.app import build_app

    return build_app(folder, clock=clock, ensure_bundled=False)


def pyslet_accepts(cartridge: Path, tmp: Path) -> dict[str, int]:
    """Read the cartridge with pyslet: the manifest as CC 1.1, the CC profile's package rules, every file
    it names present, every QTI file parsed; returns the items pyslet found per QTI file."""
    pytest.importorskip("pyslet")
    import pyslet.imscc_profilev1p0 as cc10
    import pyslet.imscc_profilev1p1 as cc11
    import pyslet.qtiv1.xml as qti

    folder = tmp / "unpacked"
    with zipfile.ZipFile(cartridge) as zf:
        zf.extractall(folder)
    package = cc11.ContentPackage(str(folder))
    manifest = package.manifest.root
    assert type(manifest) is cc11.Manifest and len(manifest.Organizations.Organization) == 1
    for resource in manifest.Resources.Resource:
        for f in resource.File:
            assert (folder / str(f.href)).is_file(), str(f.href)
    # the CC 1.0 profile's rules for learning application objects and web content, with CC 1.1's type names
    saved = cc10.AssociatedContentType
    cc10.AssociatedContentType = "associatedcontent/imscc_xmlv1p1/learning-application-resource"
    try:
        result = unittest.TextTestRunner(stream=open("/dev/null", "w"), verbosity=0).run(
            cc10.CCTestSuite(cc11.CommonCartridge(package)))
    finally:
        cc10.AssociatedContentType = saved
    assert result.wasSuccessful() and result.testsRun >= 8, result.failures + result.errors
    items: dict[str, int] = {}
    for resource in manifest.Resources.Resource:
        if resource.type.startswith("imsqti_xmlv1p2"):
            path = folder / str(resource.File[0].href)
            doc = qti.QTIDocument(baseURI=str(path))
            doc.read()
            assert type(doc.root).__name__ == "QuesTestInterop"
            found = list(_items(doc.root))
            assert all(len(list(_labels(item))) >= 2 for item in found)  # each a choice with its options
            items[path.parent.name] = len(found)
    return items


def _labels(element, depth: int = 0):
    if type(element).__name__ == "ResponseLabel":
        yield element
        return
    if depth > 12:
        return
    for name, value in vars(element).items():
        if name in ("parent", "_attrs"):
            continue
        for child in (value if isinstance(value, list) else [value]):
            if hasattr(child, "xmlname") and child is not element:
                yield from _labels(child, depth + 1)


def _items(element, depth: int = 0):
    """pyslet's Item objects under an element, through its typed children (pyslet's own get_children
    of an assessment trips over a name on Python 3)."""
    if type(element).__name__ == "Item":
        yield element
        return
    if depth > 12:
        return
    for name, value in vars(element).items():
        if name in ("parent", "_attrs"):
            continue
        for child in (value if isinstance(value, list) else [value]):
            if hasattr(child, "xmlname") and child is not element:
                yield from _items(child, depth + 1)


def test_caring_cities_goes_out_and_comes_back_unchanged(app, tmp_path, clock):
    out = export_cartridge(app.library, app.store, COURSE, tmp_path / "cc.imscc")
    assert out.files == 4 and not out.left_out  # the four lecture notes; every question type is a CC one
    items = pyslet_accepts(out.path, tmp_path)
    original = app.library.published_course(COURSE)
    assert items == {q.id: len(q.questions) for q in original.quizzes}
    other = fresh_app(tmp_path / "other", clock)
    try:
        imported = other.imports.import_cartridge(out.path)
        assert imported.action == "added"
        assert other.store.get_course(COURSE)[1] == app.store.get_course(COURSE)[1]  # the very same course.json
        folder = other.library.package_dir(COURSE)
        for name in ("lecture-1", "lecture-4"):
            assert (folder / "notes" / f"{name}.html").read_bytes() == (SAMPLE / "notes" / f"{name}.html").read_bytes()
        assert other.imports.import_cartridge(out.path).action == "unchanged"
    finally:
        other.close()


def test_what_another_platform_reads_holds_the_lectures_and_the_answers(app, tmp_path, clock):
    out = export_cartridge(app.library, app.store, COURSE, tmp_path / "cc.imscc")
    plain = _rezip(out.path, tmp_path / "plain.imscc", {COMPANION_COURSE: None})  # the CC part only
    other = fresh_app(tmp_path / "other", clock)
    try:
        report = other.imports.import_cartridge(plain).report
        assert not report.skipped
        course = other.library.course(report.course_id)
        original = app.library.published_course(COURSE)
        assert (course.title, course.description) == (original.title, original.description)
        assert [x.title for x in course.lectures[:4]] == [x.title for x in original.lectures]
        assert [[m.title for m in x.materials] for x in course.lectures[:4]] == [
            [m.title for m in x.materials] for x in original.lectures]
        links = {v.url for _l, m in original.materials() for v in m.variants if v.url}
        assert {v.url for _l, m in course.materials() if m.kind == "link" for v in m.variants} == links
        assert len(course.quizzes) == 4
        for mine, theirs in zip(original.quizzes, course.quizzes):
            assert theirs.title == mine.title
            for a, b in zip(mine.questions, theirs.questions):
                assert (b.type, b.prompt, b.points, b.explanation) == (a.type, a.prompt, a.points, a.explanation)
                assert {o.text for o in b.options if o.id in b.correct} == {o.text for o in a.options if o.id in a.correct}
        assert [x.title for x in course.assignments] == [x.title for x in original.assignments]
    finally:
        other.close()


@needs_real
def test_a_canvas_course_goes_round_through_companion(app, tmp_path, clock):
    course_id = app.imports.import_cartridge(CANVAS).report.course_id
    out = export_cartridge(app.library, app.store, course_id, tmp_path / "again.imscc")
    pyslet_accepts(out.path, tmp_path)
    other = fresh_app(tmp_path / "other", clock)
    try:
        assert other.imports.import_cartridge(out.path).action == "added"
        assert other.store.get_course(course_id)[1] == app.store.get_course(course_id)[1]
        folder = other.library.package_dir(course_id)
        assert (folder / "cc/web_resources/QuizImages/fractal.jpg").is_file()
    finally:
        other.close()


def portal_cli(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "companion_portal", *args], capture_output=True, text=True,
                          timeout=120)


@needs_real
def test_the_portal_publishes_a_cartridge_and_serves_its_materials(tmp_path):
    from companion_portal.testing import running_portal

    from .support.portal import Caller

    data = tmp_path / "portal"
    run = portal_cli("course", "import", str(CANVAS), "--data-dir", str(data))
    assert run.returncode == 0, run.stderr
    assert "2 lectures" in run.stdout and "Published 'cc-i5eb2366c5fc27e17b7bcb0ae4b0a9c0b'" in run.stdout
    with running_portal(data) as server:
        # the organizer puts ana on the published course's roster (a course is answered to its roster only)
        server.app.state.add_participant("ana", "secret-pw", "Ana", "Asia/Seoul",
                                         ["cc-i5eb2366c5fc27e17b7bcb0ae4b0a9c0b"])
        ana = Caller(server.url, "ana", "secret-pw")
        assert "cc-i5eb2366c5fc27e17b7bcb0ae4b0a9c0b" in ana.get("/courses").text
        manifest = ana.get("/courses/cc-i5eb2366c5fc27e17b7bcb0ae4b0a9c0b/manifest").json()
        pdf = next(m for lec in manifest["lectures"] for m in lec["materials"] if m["kind"] == "pdf")
        answer = ana.get(pdf["variants"][0]["url"].removeprefix(API_PREFIX))
        assert answer.status_code == 200 and answer.content.startswith(b"%PDF")
        assert len(answer.content) == pdf["variants"][0]["size"]


API_PREFIX = "/api/v1"


@needs_real
def test_a_cartridge_becomes_a_course_file_whose_pages_keep_their_images(app, tmp_path):
    out = tmp_path / "canvas.ccb"
    run = portal_cli("bundle", "--from", str(CANVAS), "--out", str(out))
    assert run.returncode == 0, run.stderr
    result = app.bundles.import_file(out)
    assert result.action == "added"
    course = app.library.course(result.course_id)
    vertical = next(m for _l, m in course.materials() if m.title == "Vertical")
    image = app.library.package_dir(course.id) / vertical.assets[0].path
    assert image.is_file() and image.stat().st_size == vertical.assets[0].size
    assert app.library.material_file(course.id, vertical) is not None  # the page, verified, offline
    # a file the bundle's list does not match is refused by name
    with zipfile.ZipFile(out) as zf:
        data = zf.read("files/cc/web_resources/QuizImages/fractal.jpg")
    bad = _rezip(out, tmp_path / "bad.ccb", {"files/cc/web_resources/QuizImages/fractal.jpg": data[:-10] + b"0" * 10})
    from companion.domain.bundle import BundleError

    with pytest.raises(BundleError) as caught:
        app.bundles.import_file(bad)
    assert caught.value.code == "altered"


@needs_real
def test_an_imported_cartridge_travels_on_as_a_course_file(app, tmp_path, clock):
    course_id = app.imports.import_cartridge(CANVAS).report.course_id
    written = app.bundles.export(course_id, tmp_path / "colleague.ccb")
    assert not written.not_included
    other = fresh_app(tmp_path / "other", clock)
    try:
        result = other.bundles.import_file(written.path)
        course = other.library.course(course_id)
        vertical = next(m for _l, m in course.materials() if m.title == "Vertical")
        assert result.action == "added" and other.library.material_file(course_id, vertical) is not None
        folder = other.library.package_dir(course_id)
        assert (folder / "cc/web_resources/QuizImages/fractal.jpg").read_bytes() == (
            app.library.package_dir(course_id) / "cc/web_resources/QuizImages/fractal.jpg").read_bytes()
    finally:
        other.close()


def test_the_command_line_exports_a_cartridge(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "courses", "export",
                          COURSE, str(tmp_path / "out"), "--format", "imscc"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "an IMS Common Cartridge 1.1 with 4 files" in run.stdout
    with zipfile.ZipFile(tmp_path / "out.imscc") as zf:
        assert {"imsmanifest.xml", COMPANION_COURSE, "notes/lecture-1.html"} <= set(zf.namelist())
