"""A course from another platform, in the real window, in English, Spanish and Korean: the Canvas
cartridge of ../shared/real-courses imported through File > Import course file's path, its report
shown, then its pages (with their image, from the package only), a link between pages, an online
link, the discussion topic and an on-platform item visited in Lectures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.domain import i18n

from .test_cartridge import CANVAS, needs_real
from .test_ui_walk_learn import pseudo  # noqa: F401 - the pseudo-translator fixture

pytestmark = [pytest.mark.ui, needs_real]

ENGLISH_HEAD = "Added 'Course' from an IMS Common Cartridge 1.3."


@pytest.fixture(params=["en", "es", "ko"])
def language(request, data_dir):
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, request.param)
    app.close()
    yield request.param
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


def settle(window, qtbot) -> None:
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    qtbot.wait(30)


def open_material(window, qtbot, page, title: str):
    for row in range(page.material_model.rowCount()):
        material = page.material_model.row_object(row)
        if material.title == title:
            page.materials.setCurrentIndex(page.material_model.index(row, 0))
            settle(window, qtbot)
            return material
    raise AssertionError(f"no material {title!r}")


def test_an_imported_cartridge_walked_through(language, window, qtbot):
    assert window.language == language
    from PySide6.QtGui import QAction

    window.ask_course_file = lambda: str(CANVAS)  # File > Import course file…, the file picked
    window.findChild(QAction, "import-course-file").trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_report_box", None) is not None, timeout=20_000)
    settle(window, qtbot)
    box: QMessageBox = window.import_report_box
    assert "Course" in box.text()
    assert (box.text().startswith(ENGLISH_HEAD)) == (language == "en")  # the report speaks the language
    assert "module-|-introduction.html" in box.detailedText() and "https://lti.local/launch" in box.detailedText()
    box.close()
    course_id = next(c.id for c in window.context.app.library.courses() if c.title == "Course")
    window._switch_course(course_id)
    settle(window, qtbot)
    window.go_to("lectures", None)
    page = window.pages["lectures"]
    settle(window, qtbot)
    assert page.lecture_model.rowCount() == 2
    # a page with its image, loaded from the package folder and nothing else
    material = open_material(window, qtbot, page, "Vertical")
    viewer = page.viewer
    assert "Fractal Image" in viewer.toPlainText() and not viewer.blocked
    assert viewer.document().resource(2, viewer.document().baseUrl().resolved(
        __import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("web_resources/QuizImages/fractal.jpg"))) is not None
    assert material.assets
    # a link between pages opens inside the app
    from PySide6.QtCore import QUrl

    open_material(window, qtbot, page, "Canvas Content")
    viewer.anchorClicked.emit(QUrl("#on-the-platform"))  # its link to a Canvas quiz: only on the platform
    assert page.viewer_caption.text() == i18n.translate(
        "ui", "That link leads to a page of the course's platform: it needs a connection and your account there.")
    wiki = open_material(window, qtbot, page, "Wiki Content")
    from PySide6.QtCore import QUrl

    viewer.anchorClicked.emit(QUrl("wiki_content.html"))
    settle(window, qtbot)
    assert page._current_material is wiki and not viewer.blocked
    # an escape is refused, and named in the viewer's list of what it did not load
    viewer.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert viewer.blocked == ["file:///etc/passwd"]
    # an online link, marked as needing a connection
    open_material(window, qtbot, page, "Video")
    mark = i18n.translate("ui", "online: needs a connection")
    assert mark in viewer.toPlainText() and (mark != "online: needs a connection") == (language != "en")
    open_material(window, qtbot, page, "Django for beginners")
    assert "https://youtube.com/watch?v=1234ABCD" in viewer.toPlainText()
    # the discussion, readable offline
    open_material(window, qtbot, page, "Discussion Topic")
    assert "70 thousand" in viewer.toPlainText()
    # an LTI tool: on the platform, with its link
    open_material(window, qtbot, page, "LTI")
    assert "https://lti.local/launch" in viewer.toPlainText()
    kind = page.material_model.index(page.materials.currentIndex().row(), 1).data()
    assert kind == i18n.translate("ui", "On the platform") and (kind != "On the platform") == (language != "en")
    # an image, shown from the package
    open_material(window, qtbot, page, "Image File Webcontent")
    viewer.document().size()
    assert not viewer.blocked and viewer.document().resource(2, viewer.document().baseUrl().resolved(
        QUrl("elearning.png"))) is not None
    # a PDF in the PDF viewer
    open_material(window, qtbot, page, "PDF from Web Resources")
    assert page.viewers.currentWidget() is page.pdf_view and page.pdf_document.pageCount() > 0
    if language == "ko":
        shot = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
        if shot.is_dir() and __import__("os").environ.get("COMPANION_SCREENSHOTS"):
            window.grab().save(str(shot / "cartridge-lectures-ko.png"))
    assert not window.unexpected_errors


def test_a_dropped_cartridge_comes_in_and_a_hostile_one_is_refused_in_one_sentence(window, qtbot, tmp_path):
    from .test_cartridge import CORNER, MANIFEST, _zip
    from .test_ui_bundles import drop

    assert drop(window, CORNER)
    qtbot.waitUntil(lambda: getattr(window, "import_report_box", None) is not None, timeout=20_000)
    settle(window, qtbot)
    assert window.import_report_box.text().startswith("Added 'Corner cases Common Cartridge'")
    assert "imsunknwn_xmlv1p3" in window.import_report_box.detailedText()
    window.import_report_box.close()
    laughs = _zip(tmp_path / "laughs.imscc", {"imsmanifest.xml": b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "a">'
                                                                  b"]><manifest>&a;</manifest>"})
    slip = _zip(tmp_path / "slip.imscc", {"imsmanifest.xml": MANIFEST, "../../escaped.txt": b"x"})
    for path, words in ((laughs, "XML entities"), (slip, "points outside its folder")):
        assert drop(window, path)
        settle(window, qtbot)
        message = window.statusBar().full_message()
        assert message.startswith("Nothing was imported.") and words in message and "\n" not in message
    assert not (tmp_path.parent / "escaped.txt").exists()
    assert [c.title for c in window.context.app.library.courses()] == ["Caring Cities 2023",
                                                                       "Corner cases Common Cartridge"]
    assert not window.unexpected_errors


def test_the_page_viewer_loads_only_from_its_package(qtbot, tmp_path):
    from PySide6.QtCore import QUrl

    from companion.ui.page_view import PageView

    root = tmp_path / "package"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "in.png").write_bytes(bytes.fromhex("89504e470d0a1a0a"))
    (tmp_path / "outside.png").write_bytes(bytes.fromhex("89504e470d0a1a0a"))
    (root / "pages" / "escape.png").symlink_to(tmp_path / "outside.png")
    view = PageView()
    qtbot.addWidget(view)
    page = root / "pages" / "page.html"
    view.show_page('<p>Text</p><img src="in.png"><img src="../../outside.png"><img src="escape.png">'
                   f'<img src="file://{tmp_path}/outside.png"><img src="https://example.org/track.png">'
                   '<script>document.write("x")</script><a href="other.html">next</a>', page, root)
    view.show()
    qtbot.waitExposed(view)
    view.document().size()  # laid out: every image was asked for
    assert "in.png" not in " ".join(view.blocked)
    assert any("outside.png" in b for b in view.blocked) and any("escape.png" in b for b in view.blocked)
    assert "https://example.org" not in view.toHtml() and "document.write" not in view.toHtml()
    asked = []
    view.page_requested.connect(asked.append)
    (root / "pages" / "other.html").write_text("<p>next</p>")
    view.anchorClicked.emit(QUrl("other.html"))
    view.anchorClicked.emit(QUrl("../../outside.png"))
    assert asked == [(root / "pages" / "other.html").resolve()]


def test_no_english_is_left_on_an_imported_cartridges_pages(pseudo, window, qtbot):
    """Under the pseudo-translator, whatever the Lectures page and the report show for a cartridge is
    either translated or the course's own words (course.json's and its pages')."""
    import re

    from PySide6.QtCore import QUrl

    from companion.domain.interchange.html import plain_text

    from .test_ui_walk import course_texts
    from .test_ui_walk_learn import Walk

    for translator in (pseudo,):
        window.import_bundle(str(CANVAS))
        qtbot.waitUntil(lambda: getattr(window, "import_report_box", None) is not None, timeout=20_000)
        settle(window, qtbot)
        walk = Walk(window, qtbot, translator)
        course_id = next(c.id for c in window.context.app.library.courses() if c.title == "Course")
        folder = window.context.app.library.package_dir(course_id)
        texts = [page.read_text("utf-8") for page in folder.rglob("*.html")]
        texts += [m.text for _l, m in window.context.app.library.course(course_id).materials() if m.text]
        words = {w for text in texts for w in re.findall(r"[A-Za-z][A-Za-z'-]+", plain_text(text))}
        walk.course = sorted(set(course_texts(folder)) | words, key=len, reverse=True)
        walk.check("import report", window.import_report_box)
        window.import_report_box.close()
        window._switch_course(course_id)
        settle(window, qtbot)
        window.go_to("lectures", None)
        page = window.pages["lectures"]
        settle(window, qtbot)
        for title in ("Vertical", "LTI", "Discussion Topic", "Django for beginners", "Web Link Content",
                      "PDF from Web Resources", "Image File Webcontent"):
            open_material(window, qtbot, page, title)
            walk.check(f"lectures: {title}")
        open_material(window, qtbot, page, "Canvas Content")
        page.viewer.anchorClicked.emit(QUrl("#on-the-platform"))
        walk.check("lectures: a link to the platform")
        page.list.setCurrentIndex(page.lecture_model.index(1, 0))
        walk.check("lectures: a module with sub-headers")
        walk.assert_clean()
