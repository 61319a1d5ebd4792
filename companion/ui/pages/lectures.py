"""Lectures: summaries, materials, and lecture notes that render with no network."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QListView, QMessageBox, QPushButton, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from companion.domain import downloading as dl
from companion.domain.i18n import QT_TRANSLATE_NOOP, translate
from companion.ui.pages import TITLES
from companion.domain.course import Course, Lecture, Material

from .. import context as ctx
from .. import ops
from ..downloads import DownloadController, download_state_words, is_metered
from ..ops import downloads as download_ops
from ..ops import lectures as lecture_ops
from ..ops import settings as settings_ops
from .. import words
from ..models import Column, RowModel
from .. import theme
from ..page_view import PageView
from ..widgets import AdaptiveSplitter, FlowLayout, label, make_table, page_layout, page_scroller, page_title

AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".oga", ".opus")
KIND_LABELS = {"video": QT_TRANSLATE_NOOP("ui", "Video"), "audio": QT_TRANSLATE_NOOP("ui", "Audio"),
               "pdf": QT_TRANSLATE_NOOP("ui", "PDF"), "html": QT_TRANSLATE_NOOP("ui", "Lecture notes"),
               "transcript": QT_TRANSLATE_NOOP("ui", "Transcript"), "link": QT_TRANSLATE_NOOP("ui", "Online link"),
               "image": QT_TRANSLATE_NOOP("ui", "Image"), "file": QT_TRANSLATE_NOOP("ui", "File"),
               "topic": QT_TRANSLATE_NOOP("ui", "Discussion (read-only)"),
               "platform": QT_TRANSLATE_NOOP("ui", "On the platform")}
TEXT_MIMES = ("text/plain", "text/csv")


def lecture_title(lecture: Lecture) -> str:
    """A lecture's title; the material a course file held outside its outline gets a name of its own."""
    return translate("ui", "More from the course file") if lecture.extra else lecture.title


def material_title(material: Material) -> str:
    return translate("ui", "{0} › {1}").format(material.section, material.title) if material.section else material.title


class LecturesPage(QWidget):
    title = TITLES["lectures"]

    def __init__(self, context: ctx.UiContext):
        super().__init__()
        self.ctx = context
        self.course: Course | None = None
        layout = page_layout(self)
        layout.addWidget(page_title(translate("ui", "Lectures")))
        layout.addWidget(label(translate("ui", "Self-paced lectures: read the notes offline, watch the previews when you are online."),
                               object_name="muted"))

        split = AdaptiveSplitter(chars=90)
        layout.addWidget(split, 1)
        self.lecture_model: RowModel[Lecture] = RowModel([Column(translate("ui", "Lecture"), lecture_title)], key=lambda x: x.id)
        self.list = QListView()
        self.list.setModel(self.lecture_model)
        self.list.setAccessibleName(translate("ui", "Lectures"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_lecture(cur.row()))
        split.addWidget(self.list)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(12, 0, 4, 0)
        self.lecture_title = theme.set_font_role(label(object_name="cardTitle"), "heading")
        self.summary = label(selectable=True)
        d.addWidget(self.lecture_title)
        d.addWidget(self.summary)
        self.material_model: RowModel[Material] = RowModel(
            [Column(translate("ui", "Material"), material_title), Column(translate("ui", "Kind"), lambda m: translate("ui", KIND_LABELS[m.kind]) if m.kind in KIND_LABELS else m.kind),
             Column(translate("ui", "State"), self._state_text)], key=lambda m: m.id, state=self._state_key,
            state_column=2)
        self.materials = make_table(self.material_model, translate("ui", "Materials of this lecture"),
                                    empty=translate("ui", "This lecture has no materials."), compact=True)
        self.download_states: dict = {}
        self.offline: set[str] = set()
        self.updates: set[str] = set()  # downloaded materials the portal has a newer file of
        self._last_live: str | None = None
        if context.downloads is None:
            context.downloads = DownloadController(context, self)
        self.controller = context.downloads
        self.controller.progress.connect(self._progress)
        self.controller.finished.connect(self._queue_finished)
        drow = FlowLayout()
        self.download_button = QPushButton(translate("ui", "Download"))
        self.download_button.setAccessibleDescription(translate("ui", "Download the selected material for offline use"))
        self.download_button.clicked.connect(self._download_selected)
        self.pause_button = QPushButton(translate("ui", "Pause"))
        self.pause_button.setAccessibleDescription(translate("ui", "Pause or resume the selected download"))
        self.pause_button.clicked.connect(self._pause_selected)
        self.remove_button = QPushButton(translate("ui", "Remove download"))
        self.remove_button.setAccessibleDescription(translate("ui", "Remove the downloaded copy and free its space"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.lecture_button = QPushButton(translate("ui", "Download this lecture"))
        self.lecture_button.setAccessibleDescription(translate("ui", "Download every material of this lecture"))
        self.lecture_button.clicked.connect(self._download_lecture)
        self.all_button = QPushButton(translate("ui", "Download everything"))
        self.all_button.setAccessibleDescription(translate("ui", "Download every material of the course, smallest first"))
        self.all_button.clicked.connect(lambda: self._enqueue(None))
        for b in (self.download_button, self.pause_button, self.remove_button):
            drow.addWidget(b)
        drow.addStretch(1)
        drow.addWidget(self.lecture_button)
        drow.addWidget(self.all_button)
        self.materials.activated.connect(lambda idx: self._open_material(idx.row()))
        self.materials.selectionModel().currentChanged.connect(lambda cur, _prev: self._open_material(cur.row()))
        d.addWidget(self.materials)
        d.addLayout(drow)
        d.addStretch(1)
        viewer_part = QWidget()  # below the lecture, and as tall as the participant drags it
        d = QVBoxLayout(viewer_part)
        d.setContentsMargins(12, 6, 0, 0)
        row = QHBoxLayout()
        self.open_button = QPushButton(translate("ui", "Open in browser"))
        self.open_button.setAccessibleDescription(translate("ui", "Open the selected online material in your browser"))
        self.open_button.clicked.connect(self._open_in_browser)
        self.viewer_caption = label(object_name="muted")
        row.addWidget(self.viewer_caption, 1)
        row.addWidget(self.open_button)
        d.addLayout(row)
        self.viewer = PageView()
        self.viewer.setAccessibleName(translate("ui", "Lecture notes"))
        self.viewer.page_requested.connect(self._open_package_file)
        self.viewer.platform_link.connect(lambda: self.viewer_caption.setText(translate(
            "ui", "That link leads to a page of the course's platform: it needs a connection and your account there.")))
        self.viewers = QStackedWidget()
        self.viewers.addWidget(self.viewer)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setAccessibleName(translate("ui", "PDF viewer"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.viewers.addWidget(self.pdf_view)
        d.addWidget(self.viewers, 1)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        self._detail_scroller = page_scroller(detail)  # held from Python: see widgets.page_scroller
        parts.addWidget(self._detail_scroller)
        parts.addWidget(viewer_part)
        viewer_part.installEventFilter(self)  # its caption wraps: the splitter must leave room for it
        parts.setStretchFactor(0, 2)
        parts.setStretchFactor(1, 3)
        self.parts = parts
        self._parts_dragged = False
        parts.splitterMoved.connect(lambda *_a: setattr(self, "_parts_dragged", True))
        split.addWidget(parts)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 840])
        self._current_material: Material | None = None
        self._shown_missing: Material | None = None  # the material the viewer says is not here yet
        self._found = None  # a search hit to show once its material is open
        self.player = None  # created with the first video or audio file (QtMultimedia loads then)
        context.changed.connect(self._changed)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent, QTimer

        if watched is self.parts.widget(1) and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            QTimer.singleShot(0, self, self._fit_viewer_part)
        return super().eventFilter(watched, event)

    def _fit_viewer_part(self) -> None:
        """The viewer's part at least as tall as its caption, wrapped at its width, and the viewer's
        minimum (a splitter counts a wrapped caption as one line, and would cut the viewer's foot)."""
        part = self.parts.widget(1)
        margins = part.layout().contentsMargins()
        caption = self.viewer_caption.heightForWidth(max(1, self.viewer_caption.width()))
        row = max(caption, self.open_button.sizeHint().height() if not self.open_button.isHidden() else 0)
        viewer = max(self.viewers.minimumHeight(), self.viewers.minimumSizeHint().height())
        need = margins.top() + margins.bottom() + row + part.layout().spacing() + viewer
        if part.minimumHeight() != need:
            part.setMinimumHeight(need)

    def _fit_parts(self) -> None:
        """The lecture's summary and materials get the height they need, the viewer the rest and at
        least half the page's height (the notes are what the page is for), until the participant drags
        the divider."""
        total = self.parts.height()
        scroll = self.parts.widget(0)
        if self._parts_dragged or total <= 0 or scroll.viewport().width() <= 0:
            return
        content = scroll.widget()
        need = content.heightForWidth(scroll.viewport().width()) if content.hasHeightForWidth() else -1
        need = max(need, content.minimumSizeHint().height()) + 2 * scroll.frameWidth()
        viewer_part = self.parts.widget(1)
        above_viewer = self.viewers.mapTo(viewer_part, self.viewers.rect().topLeft()).y()
        top = max(min(need, total - self.height() // 2 - above_viewer - self.parts.handleWidth() - 4),
                  scroll.minimumSizeHint().height())
        self.parts.setSizes([top, total - top])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the notes get at least half of what the window shows of the page (below that, the page
        # scrolls as a whole rather than squeezing them)
        shown = self.parentWidget().height() if self.parentWidget() is not None else self.height()
        if self.viewers.minimumHeight() != shown // 2 + 2:
            self.viewers.setMinimumHeight(shown // 2 + 2)
        self._fit_parts()

    def _player(self):
        if self.player is None:
            from ..player import MediaPlayer

            self.player = MediaPlayer(
                lambda key, then: ops.run(self.ctx, lecture_ops.playback_position, key).success(then).run(),
                lambda key, ms: ops.run(self.ctx, lecture_ops.save_playback_position, key, ms).run())
            self.player.setAccessibleName(translate("ui", "Lecture video and audio player"))
            self.viewers.addWidget(self.player)
        return self.player

    def hideEvent(self, event) -> None:  # leaving the page pauses playback (and saves the position)
        if self.player is not None:
            self.player.player.pause()
        super().hideEvent(event)

    def _changed(self, flags: frozenset) -> None:
        if ctx.COURSE in flags:
            self.refresh()
        elif flags & {ctx.DOWNLOADS, ctx.SETTINGS}:
            self.refresh_states()

    def _queue_finished(self, _report) -> None:
        self._last_live = None
        self.refresh_states()

    # ---- download states ----
    def refresh_states(self) -> None:
        ops.run(self.ctx, download_ops.download_states, self.ctx.course_id).success(self._show_states).run()

    def _show_states(self, data) -> None:
        self.download_states, self.offline, self.updates = data
        self.material_model.layoutChanged.emit()
        self._update_buttons()
        missing = self._shown_missing
        if missing is not None and missing is self._current_material and self._state_key(missing) == "done":
            self._open_material(self.material_model.row_of_key(missing.id))  # verified meanwhile: show it

    def _record(self, material: Material):
        return next((r for (mid, _v), r in self.download_states.items() if mid == material.id), None)

    def _state_key(self, material: Material) -> str:
        record = self._record(material)
        if record is None:
            return "done" if material.id in self.offline else ""
        return {dl.DONE: "done", dl.FAILED: "needs_attention", dl.DOWNLOADING: "sending", dl.QUEUED: "sending"}.get(
            record.state, "")

    def _state_text(self, material: Material) -> str:
        if material.kind == "link":
            return translate("ui", "Online only: opens in your browser")
        if material.kind == "topic":
            return translate("ui", "Available offline (read-only)")
        record = self._record(material)
        live = self.controller.live.get(material.id)
        size = next((v.size for v in material.variants if v.size), None)
        return download_state_words(record, live, offline=material.id in self.offline,
                                    update=material.id in self.updates, size=size)

    def _progress(self, p) -> None:
        previous = self._last_live
        self._last_live = p.material_id
        self.controller.live[p.material_id] = p
        row = self.material_model.row_of_key(p.material_id)
        if row >= 0:
            index = self.material_model.index(row, 2)
            self.material_model.dataChanged.emit(index, index)
        if previous is not None and previous != p.material_id:
            self.refresh_states()  # the file before this one is finished (or stopped): show what it is now

    def _selected_material(self) -> Material | None:
        return self.material_model.row_object(self.materials.currentIndex().row())

    def _update_buttons(self) -> None:
        material = self._selected_material()
        record = self._record(material) if material else None
        downloadable = material is not None and not material.is_link and any(v.url for v in material.variants)
        self.download_button.setEnabled(downloadable and material.id not in self.offline
                                        and (record is None or record.state == dl.FAILED))
        self.pause_button.setEnabled(record is not None and record.state in (*dl.ACTIVE, dl.PAUSED))
        self.pause_button.setText(translate("ui", "Resume") if record is not None and record.state == dl.PAUSED else translate("ui", "Pause"))
        self.remove_button.setEnabled(record is not None)

    def _enqueue(self, material_ids: list[str] | None) -> None:
        """Say what it will cost first when it is large, over the budget or on a metered link."""
        course_id = self.ctx.course_id

        def queue() -> None:
            ops.run(self.ctx, download_ops.enqueue, course_id, material_ids).success(queued).run()

        def queued(titles) -> None:
            if titles:
                self.viewer_caption.setText(translate("ui", "Queued: {0}").format(", ".join(titles)))
            self.controller.start()

        def ask(preview) -> None:
            if preview.files == 0:
                self.viewer_caption.setText(translate("ui", "Everything asked for is already on this computer."))
                return
            if not preview.worth_asking():
                queue()
                return
            box = QMessageBox(QMessageBox.Icon.Question, translate("ui", "Download for offline use?"),
                              translate("ui", "This download is {0}").format(words.download_preview(preview)), parent=self)
            box.setInformativeText(translate("ui", "Downloads resume where they stopped if the connection drops. You can change "
                                   "the bandwidth limit, data budget and off-peak hours in Settings."))
            go = box.addButton(translate("ui", "Download"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(go)
            box.setAccessibleName(translate("ui", "Download cost"))
            self.cost_box = box
            box.finished.connect(lambda _r: queue() if box.clickedButton() is go else None)
            box.open()

        ops.run(self.ctx, download_ops.preview, course_id, material_ids, is_metered()).success(ask).run()

    def _download_selected(self) -> None:
        material = self._selected_material()
        if material:
            self._enqueue([material.id])

    def _download_lecture(self) -> None:
        lecture = self.lecture_model.row_object(self.list.currentIndex().row())
        if lecture:
            self._enqueue([m.id for m in lecture.materials if not m.is_link
                           and any(v.url for v in m.variants) and m.id not in self.offline])

    def _pause_selected(self) -> None:
        material = self._selected_material()
        record = self._record(material) if material else None
        if record is None:
            return
        if record.state == dl.PAUSED:
            ops.run(self.ctx, download_ops.resume, self.ctx.course_id, record.material_id, record.variant).success(
                lambda _m: self.controller.start()).run()
        else:
            ops.run(self.ctx, download_ops.pause, self.ctx.course_id, record.material_id, record.variant).run()

    def _remove_selected(self) -> None:
        material = self._selected_material()
        record = self._record(material) if material else None
        if record is not None:
            ops.run(self.ctx, download_ops.remove, self.ctx.course_id, record.material_id, record.variant).run()

    def refresh(self) -> None:
        ops.run(self.ctx, settings_ops.course, self.ctx.course_id).success(self.show_course).run()

    def show_course(self, course: Course) -> None:
        self.course = course
        self.refresh_states()
        self.lecture_model.set_rows(course.lectures)
        if course.lectures:
            self.list.setCurrentIndex(self.lecture_model.index(0, 0))

    def select(self, lecture_id: str) -> None:
        row = self.lecture_model.row_of_key(lecture_id)
        if row >= 0:
            self.list.setCurrentIndex(self.lecture_model.index(row, 0))

    def show_hit(self, hit) -> None:
        """Open a search hit at its place: the lecture, its material, and the page or the words found."""
        self.select(hit.item_id)
        row = self.material_model.row_of_key(hit.part_id) if hit.part_id else -1
        if row < 0:
            return
        self._found = hit
        if self.materials.currentIndex().row() == row:
            self._open_material(row)
        else:
            self.materials.setCurrentIndex(self.material_model.index(row, 0))

    def _show_found(self, material: Material) -> None:
        hit, self._found = self._found, None
        if hit is None or hit.part_id != material.id:
            return
        if material.kind == "pdf" and hit.page:
            from PySide6.QtCore import QPointF
            from PySide6.QtPdf import QPdfSearchModel

            if getattr(self, "pdf_search", None) is None:
                self.pdf_search = QPdfSearchModel(self)
                self.pdf_search.setDocument(self.pdf_document)
                self.pdf_view.setSearchModel(self.pdf_search)
            self.pdf_search.setSearchString(hit.match)  # QtPdf marks every place the words are
            self.pdf_view.pageNavigator().jump(hit.page - 1, QPointF(0, 0), 0)
        elif hit.match:
            from PySide6.QtGui import QTextCursor

            self.viewer.moveCursor(QTextCursor.MoveOperation.Start)
            self.viewer.find(hit.match)  # selects the words and scrolls to them
            self.viewer.setFocus()

    def _show_lecture(self, row: int) -> None:
        lecture = self.lecture_model.row_object(row)
        if lecture is None:
            return
        self.lecture_title.setText(lecture_title(lecture))
        self.summary.setText(lecture.summary)
        self.material_model.set_rows(lecture.materials)
        QTimer.singleShot(0, self._fit_parts)
        first_offline = next((i for i, m in enumerate(lecture.materials) if not m.online_only), 0)
        if lecture.materials:
            self.materials.setCurrentIndex(self.material_model.index(first_offline, 0))
        else:
            self.viewer.clear()
            self.viewer_caption.setText(translate("ui", "This lecture has no materials."))

    def _open_material(self, row: int) -> None:
        material = self.material_model.row_object(row)
        if material is None:
            return
        self._current_material = material
        self._shown_missing = None
        self._update_buttons()
        if self.player is not None:
            self.player.close_media()
        self.viewers.setCurrentWidget(self.viewer)
        link = next((v.url for v in material.variants if v.url), None)
        self.open_button.setVisible(bool(link))
        if material.kind == "link":
            self.viewer_caption.setText(translate("ui", "{0}: online only. It opens in your web browser.").format(material.title))
            safe = html.escape(link or "", quote=True)
            self.viewer.setHtml(translate("ui", '<p>This material lives online: <a href="{0}">{1}</a></p><p>It needs an internet connection. The lecture notes work offline.</p>').format(safe, safe))
            return
        if material.kind == "platform":
            self.viewer_caption.setText(translate("ui", "{0}: on the course's platform").format(material.title))
            if link:
                safe = html.escape(link, quote=True)
                text = translate("ui", '<p>This works only on the course\'s platform (for example a tool or a graded '
                                       'activity there): <a href="{0}">{1}</a></p><p>It needs an internet connection '
                                       'and your account on that platform.</p>').format(safe, safe)
            else:
                text = translate("ui", "<p>This works only on the course's platform, and the course file gives no "
                                       "address for it: open the course on its platform to use it.</p>")
            self.viewer.setHtml(text)
            return
        if material.kind == "topic":
            self.viewer_caption.setText(translate("ui", "{0} · discussion, read-only · available offline").format(material.title))
            self._show_package_html(f"<h2>{html.escape(material.title)}</h2>{material.text}", None)
            self._show_found(material)
            return
        self.viewer_caption.setText(translate("ui", "{0} · available offline").format(material.title))
        course_id = self.ctx.course_id

        def show(found: tuple[str, Path] | None) -> None:
            if self._current_material is not material:
                return
            if found is None:
                self._shown_missing = material
                self.viewer_caption.setText(translate("ui", "{0} · not on this computer yet").format(material.title))
                self.viewer.setPlainText(translate("ui", "This material is not on this computer yet. Select Download to keep a "
                                         "copy for offline use; it resumes where it stopped if the connection drops."))
                return
            text, path = found
            if material.kind == "pdf":
                self.pdf_document.load(str(path))
                self.viewers.setCurrentWidget(self.pdf_view)
                self.viewer_caption.setText(translate("ui", "{0} · available offline · %n page(s)", None, self.pdf_document.pageCount()).format(material.title))
                self._show_found(material)
            elif material.kind in ("video", "audio"):
                audio_only = material.kind == "audio" or path.suffix.lower() in AUDIO_SUFFIXES
                player = self._player()
                player.open(f"{course_id}:{material.id}", path, audio_only=audio_only, title=material.title)
                self.viewers.setCurrentWidget(player)
                self.viewer_caption.setText(translate("ui", "{0} · available offline · Space plays or pauses; it remembers where you stopped").format(material.title))
            elif material.kind in ("html", "transcript"):
                # relative links resolve where the page stands in the package, wherever its copy is kept
                # (a course file's pages are kept with the downloads, the files they use in the package)
                root = self._package_root()
                where = next((v.path for v in material.variants if v.path), None)
                self._show_package_html(text, root / where if root and where else path)
                self._show_found(material)
            elif material.kind == "image":  # the image alone: nothing beside it can be loaded
                self.viewer.show_page(f'<p><img src="{html.escape(path.name, quote=True)}" alt=""></p>', path,
                                      path.parent)
            elif material.kind == "file" and text:
                self.viewer.show_plain(text)
            else:
                self.viewer.setPlainText(translate("ui", "{0} is stored at {1}.").format(material.title, path))

        ops.run(self.ctx, lecture_ops.material_content, course_id, material).success(show).run()

    def _package_root(self) -> Path | None:
        try:
            return self.ctx.app.library.package_dir(self.ctx.course_id)
        except Exception:  # noqa: BLE001 - a course removed meanwhile: show the text with no files
            return None

    def _show_package_html(self, text: str, path: Path | None) -> None:
        root = self._package_root()
        self.viewer.show_page(text, path or (root / "course.json" if root else None), root)

    def _open_package_file(self, path: Path) -> None:
        """A link between pages: the item that shows that file when there is one, else the page itself."""
        root = self._package_root()
        if root is None or self.course is None:
            return
        relative = path.relative_to(root.resolve()).as_posix()
        for lecture in self.course.lectures:
            for material in lecture.materials:
                if any(v.path == relative for v in material.variants):
                    self.select(lecture.id)
                    row = self.material_model.row_of_key(material.id)
                    if row >= 0:
                        self.materials.setCurrentIndex(self.material_model.index(row, 0))
                    return
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            def show(text: str) -> None:
                self._current_material = None
                self.viewer_caption.setText(translate("ui", "{0} · available offline").format(path.name))
                self.viewer.show_page(text, path, root)

            ops.run(self.ctx, lecture_ops.page_text, path).success(show).run()
        elif path.suffix.lower() == ".pdf":
            self.pdf_document.load(str(path))
            self.viewers.setCurrentWidget(self.pdf_view)

    def _open_in_browser(self) -> None:
        material = self._current_material
        link = next((v.url for v in material.variants if v.url), None) if material else None
        if link:
            QDesktopServices.openUrl(QUrl(link))
