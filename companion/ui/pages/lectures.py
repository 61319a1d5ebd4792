"""Lectures: summaries, materials, and lecture notes that render with no network."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from companion.domain.course import Course, Lecture, Material

from .. import context as ctx
from ..models import Column, RowModel
from ..widgets import label, make_table, page_title

KIND_LABELS = {"video": "Video", "audio": "Audio", "pdf": "PDF", "html": "Lecture notes", "transcript": "Transcript",
               "link": "Online link"}


def _availability(material: Material) -> str:
    if material.kind == "link":
        return "Online only: opens in your browser"
    return "Online only" if material.online_only else "Available offline"


class LecturesPage(QWidget):
    title = "Lectures"

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course: Course | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_title("Lectures"))
        layout.addWidget(label("Self-paced lectures: read the notes offline, watch the previews when you are online.",
                               object_name="muted"))

        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        self.lecture_model: RowModel[Lecture] = RowModel([Column("Lecture", lambda x: x.title)], key=lambda x: x.id)
        self.list = QListView()
        self.list.setModel(self.lecture_model)
        self.list.setAccessibleName("Lectures")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_lecture(cur.row()))
        split.addWidget(self.list)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(12, 0, 0, 0)
        self.lecture_title = label(object_name="cardTitle")
        self.lecture_title.setStyleSheet("font-size: 14pt;")
        self.summary = label(selectable=True)
        d.addWidget(self.lecture_title)
        d.addWidget(self.summary)
        self.material_model: RowModel[Material] = RowModel(
            [Column("Material", lambda m: m.title), Column("Kind", lambda m: KIND_LABELS.get(m.kind, m.kind)),
             Column("Availability", _availability)], key=lambda m: m.id)
        self.materials = make_table(self.material_model, "Materials of this lecture")
        self.materials.setMaximumHeight(150)
        self.materials.activated.connect(lambda idx: self._open_material(idx.row()))
        self.materials.selectionModel().currentChanged.connect(lambda cur, _prev: self._open_material(cur.row()))
        d.addWidget(self.materials)
        row = QHBoxLayout()
        self.open_button = QPushButton("Open in browser")
        self.open_button.setAccessibleName("Open the selected online material in your browser")
        self.open_button.clicked.connect(self._open_in_browser)
        self.viewer_caption = QLabel()
        self.viewer_caption.setObjectName("muted")
        row.addWidget(self.viewer_caption, 1)
        row.addWidget(self.open_button)
        d.addLayout(row)
        self.viewer = QTextBrowser()
        self.viewer.setAccessibleName("Lecture notes")
        self.viewer.setOpenExternalLinks(True)
        self.viewer.setOpenLinks(True)
        d.addWidget(self.viewer, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 840])
        self._current_material: Material | None = None
        context.changed.connect(lambda flags: self.refresh() if ctx.COURSE in flags else None)

    def refresh(self) -> None:
        app, course_id = self.ctx.app, self.ctx.course_id
        self.ctx.run(lambda: app.library.course(course_id), self.show_course)

    def show_course(self, course: Course) -> None:
        self.course = course
        self.lecture_model.set_rows(course.lectures)
        if course.lectures:
            self.list.setCurrentIndex(self.lecture_model.index(0, 0))

    def select(self, lecture_id: str) -> None:
        row = self.lecture_model.row_of_key(lecture_id)
        if row >= 0:
            self.list.setCurrentIndex(self.lecture_model.index(row, 0))

    def _show_lecture(self, row: int) -> None:
        lecture = self.lecture_model.row_object(row)
        if lecture is None:
            return
        self.lecture_title.setText(lecture.title)
        self.summary.setText(lecture.summary)
        self.material_model.set_rows(lecture.materials)
        first_offline = next((i for i, m in enumerate(lecture.materials) if not m.online_only), 0)
        if lecture.materials:
            self.materials.setCurrentIndex(self.material_model.index(first_offline, 0))
        else:
            self.viewer.clear()
            self.viewer_caption.setText("This lecture has no materials.")

    def _open_material(self, row: int) -> None:
        material = self.material_model.row_object(row)
        if material is None:
            return
        self._current_material = material
        link = next((v.url for v in material.variants if v.url), None)
        self.open_button.setVisible(bool(link))
        if material.online_only:
            self.viewer_caption.setText(f"{material.title}: online only. It opens in your web browser.")
            safe = html.escape(link or "", quote=True)
            self.viewer.setHtml(f"<p>This material lives online: <a href=\"{safe}\">{safe}</a></p>"
                                "<p>It needs an internet connection. The lecture notes work offline.</p>")
            return
        self.viewer_caption.setText(f"{material.title} · available offline")
        app, course_id = self.ctx.app, self.ctx.course_id

        def read() -> tuple[str, Path] | None:
            path = app.library.material_file(course_id, material)
            return (path.read_text(encoding="utf-8", errors="replace"), path) if path else None

        def show(found: tuple[str, Path] | None) -> None:
            if self._current_material is not material:
                return
            if found is None:
                self.viewer.setPlainText("The file of this material is missing from the course package.")
                return
            text, path = found
            if material.kind in ("html", "transcript"):
                self.viewer.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
                self.viewer.setHtml(text)
            else:
                self.viewer.setPlainText(f"{material.title} is stored at {path}.")

        self.ctx.run(read, show)

    def _open_in_browser(self) -> None:
        material = self._current_material
        link = next((v.url for v in material.variants if v.url), None) if material else None
        if link:
            QDesktopServices.openUrl(QUrl(link))
