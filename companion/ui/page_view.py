"""A viewer for course pages that works with no network and cannot be made to reach anything else:
the HTML is cleaned again before it is shown (``domain.interchange.html.display_html``: no scripts,
forms, frames or remote loads), images load only from the course's package folder (a ``file:``
address or a ``../`` that leaves it loads nothing), links between pages of the package open inside
the app, and links to the outside carry a mark saying they need a connection and open in the
browser only when clicked."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from companion.domain.i18n import translate
from companion.domain.interchange.html import PLATFORM_HREF, display_html

MAX_RESOURCE_BYTES = 32 * 1024**2
ONLINE_SCHEMES = ("http", "https", "mailto")


def online_mark() -> str:
    return " <small>[" + html.escape(translate("ui", "online: needs a connection")) + "]</small>"


class PageView(QTextBrowser):
    """``show_page(text, page_file, root)``: a page of the package in ``root``; ``page_requested(path)``
    asks the page's owner to open another file of the package (a link between pages)."""

    page_requested = Signal(Path)
    platform_link = Signal()  # a link to a part of the course's platform (it leads nowhere offline)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.root: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.blocked: list[str] = []  # addresses the page asked for and did not get (for tests and the log)

    def show_page(self, text: str, page_file: Path | None, root: Path | None) -> None:
        self.root = root.resolve() if root else None
        self.blocked = []
        self.document().setBaseUrl(QUrl.fromLocalFile(str(page_file)) if page_file else QUrl())
        self.setHtml(display_html(text, online_mark()))

    def show_plain(self, text: str) -> None:
        self.root = None
        self.document().setBaseUrl(QUrl())
        self.setPlainText(text)

    def inside(self, url: QUrl) -> Path | None:
        """The file of the package a (resolved) address names, or None when it names anything else."""
        if self.root is None or not url.isLocalFile():
            return None
        try:
            path = Path(url.toLocalFile()).resolve()
        except (OSError, RuntimeError):
            return None
        return path if self.root in path.parents and path.is_file() else None

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        target = url if not url.isRelative() else self.document().baseUrl().resolved(url)
        path = self.inside(target)
        if path is None or path.stat().st_size > MAX_RESOURCE_BYTES:
            self.blocked.append(url.toString())
            return None
        if kind == QTextDocument.ResourceType.StyleSheetResource.value:
            return None
        return QByteArray(path.read_bytes())

    def _clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in ONLINE_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        if url.fragment() == PLATFORM_HREF[1:] and not url.path():
            self.platform_link.emit()
            return
        if url.hasFragment() and (not url.path() or url.isRelative() and not url.path()):
            self.scrollToAnchor(url.fragment())
            return
        target = url if not url.isRelative() else self.document().baseUrl().resolved(url)
        path = self.inside(target)
        if path is not None:
            self.page_requested.emit(path)
        else:
            self.blocked.append(url.toString())
