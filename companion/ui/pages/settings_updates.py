"""Settings -> Updates: where updates come from, never or when the download rules allow, the last check
in words, an offered update with what it costs and what changed, its download, and "ready at next start"."""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QProgressBar

from companion.domain.i18n import QT_TRANSLATE_NOOP, translate
from companion.domain.updates import notes_for

from .. import context as ctx
from .. import ops, words
from ..downloads import is_metered
from ..ops import updates as update_ops
from ..widgets import label
from .settings_sections import Section, button, row_of

MODES = (("when_allowed", QT_TRANSLATE_NOOP("ui", "When my download rules allow")), ("never", QT_TRANSLATE_NOOP("ui", "Never")))


def last_check_words(last: dict | None, zone: str) -> str:
    """'Last check: 5 Dec 2026, 18:04: Companion is up to date.' (or that there was none yet)."""
    if not last or not last.get("at"):
        return translate("ui", "No check for updates yet.")
    hold = None
    if isinstance(last.get("hold"), dict) and last["hold"].get("code"):
        from companion.domain.reasons import Reason

        hold = Reason(last["hold"]["code"], last["hold"].get("data") or {})
    said = words.update_state(last.get("state", ""), version=last.get("version"), error=last.get("error"), hold=hold,
                              installed=last.get("installed"))
    if last.get("state") == "ready" and last.get("source") == "peer":
        said = translate("ui", "{0} It came from a colleague's computer on this network (checked against the "
                               "publisher's signature).").format(said)
    return translate("ui", "Last check: {0}: {1}").format(words.moment_text(last["at"], zone), said)


class UpdatesSection(Section):
    flags = frozenset({ctx.SETTINGS, ctx.UPDATES})
    progressed = Signal(int, int)  # bytes done, total: from the download's worker, shown on the GUI thread

    def __init__(self, context: ctx.UiContext):
        super().__init__(context, translate("ui", "Updates"))
        self.body.addWidget(label(translate(
            "ui", "Companion can update itself. It looks for a new version about once a day when your download "
                  "rules allow (Settings, Downloads), downloads only what changed when it can, checks the "
                  "publisher's signature, and switches at the next start. The version you have stays until the new "
                  "one has started once."), object_name="muted"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mode = QComboBox()
        for value, text in MODES:
            self.mode.addItem(translate("ui", text), value)
        self.mode.setAccessibleName(translate("ui", "Look for updates"))
        self.mode.setMaximumWidth(320)
        form.addRow(translate("ui", "Look for updates"), self.mode)
        self.url = QLineEdit()
        self.url.setAccessibleName(translate("ui", "Update repository address"))
        form.addRow(translate("ui", "Update repository"), self.url)
        self.mirror = QLineEdit()
        self.mirror.setAccessibleName(translate("ui", "Office copy of the update repository: its address"))
        self.mirror.setPlaceholderText(translate("ui", "optional"))
        self.mirror.setToolTip(translate("ui", "Updates are downloaded from this copy first; every byte is checked "
                                               "against the repository's signatures"))
        form.addRow(translate("ui", "Office copy"), self.mirror)
        self.body.addLayout(form)
        self.url_note = label(object_name="muted")
        self.body.addWidget(self.url_note)
        self.save_button = button(translate("ui", "Save update settings"), translate("ui", "Save the update settings"),
                                  self.save)
        self.check_button = button(translate("ui", "Check now"), translate("ui", "Check for an update now"),
                                   self.check_now)
        self.message = label(object_name="muted")
        self.body.addLayout(row_of(self.save_button, self.check_button, self.message))
        self.installed = label()
        self.last = label(selectable=True)
        self.body.addWidget(self.installed)
        self.body.addWidget(self.last)
        # an offered update: what it costs, what changed, and the button that fetches it
        self.offer_title = label()
        self.offer_cost = label()
        self.notes = label(selectable=True)  # the repository's text, shown as plain text
        self.notes.setAccessibleName(translate("ui", "What changed"))
        self.download_button = button(translate("ui", "Download the update"),
                                      translate("ui", "Download the update now"), self.download)
        self.cancel_button = button(translate("ui", "Stop"), translate("ui", "Stop the update's download"), self.cancel)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ui", "Update download"))
        self.body.addWidget(self.offer_title)
        self.body.addWidget(self.offer_cost)
        self.body.addWidget(self.notes)
        self.body.addWidget(self.progress)
        self.body.addLayout(row_of(self.download_button, self.cancel_button))
        self.ready = label()
        self.body.addWidget(self.ready)
        self.progressed.connect(self._progress)
        self._offer = None
        self._cancel: threading.Event | None = None
        self._show_offer(None)
        self.progress.hide()
        self.cancel_button.hide()

    # ---- showing ----
    def load(self) -> None:
        ops.run(self.ctx, update_ops.update_view).success(self._show).run()

    def _show(self, view) -> None:
        self.view = view
        self.mode.setCurrentIndex(max(0, self.mode.findData(view.mode)))
        self.url.setText(view.chosen_url or "")
        self.mirror.setText(view.mirror or "")
        self.url.setPlaceholderText(view.built_in_url or translate("ui", "https://updates.example.org"))
        if view.url_source == "env":
            note = translate("ui", "COMPANION_UPDATE_URL is set, so updates come from {0}.").format(view.url)
        elif view.url_source == "built_in":
            note = translate("ui", "Empty: the repository built into this copy, {0}.").format(view.url)
        elif view.url_source == "none":
            note = translate("ui", "No repository is built into this copy: enter the address your organisation gives.")
        else:
            note = ""
        self.url_note.setText(note)
        self.url_note.setVisible(bool(note))
        self.installed.setText(translate("ui", "This is version {0}.").format(view.installed) if view.installed
                               else words.update_state("not_installed"))
        rolled = (translate("ui", "Version {0} did not start and was set aside; you are on the version you had.")
                  .format(view.rolled_back) + " ") if view.rolled_back else ""
        self.last.setText(rolled + last_check_words(view.last, self.ctx.user_tz))
        self.ready.setText(words.update_state("ready", version=view.ready) if view.ready else "")
        self.ready.setVisible(bool(view.ready))
        self.check_button.setEnabled(view.installed is not None and self._cancel is None)
        if self._cancel is None:
            self._show_offer(view.last_offer if not view.ready else None)

    def _show_offer(self, offer) -> None:
        self._offer = offer
        for widget in (self.offer_title, self.offer_cost, self.notes, self.download_button):
            widget.setVisible(offer is not None)
        if offer is None:
            return
        self.offer_title.setText(words.update_state("offer", version=offer.version))
        self.offer_cost.setText(words.update_cost(offer))
        text = notes_for(offer.notes, QLocale().name())
        self.notes.setText(translate("ui", "What changed: {0}").format(text) if text else "")
        self.notes.setVisible(bool(text))

    # ---- acting ----
    def save(self) -> None:
        def saved(view) -> None:
            self.message.setText(translate("ui", "Saved."))

        def refused(exc: BaseException) -> None:
            self.message.setText(words.error(exc))

        ops.run(self.ctx, update_ops.save_update_settings, self.mode.currentData(), self.url.text(),
                self.mirror.text()).success(
            saved).failure(refused).run()

    def check_now(self) -> None:
        self.message.setText(translate("ui", "Looking for an update…"))
        self.check_button.setEnabled(False)
        ops.run(self.ctx, update_ops.check_for_update, is_metered(), True, lane="net").success(
            self._done).failure(self._failed).run()

    def download(self) -> None:
        if self._offer is None:
            return
        self._cancel = threading.Event()
        self.download_button.setEnabled(False)
        self.progress.setRange(0, max(1, self._offer.size_bytes))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.message.setText(translate("ui", "Downloading the update…"))
        emit = self.progressed.emit
        ops.run(self.ctx, update_ops.fetch_update, self._offer, is_metered(),
                lambda done, total: emit(int(done), int(total)), self._cancel, lane="net").success(
            self._done).failure(self._failed).run()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
        self.progress.setValue(min(done, self.progress.maximum()))

    def _finished_fetch(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self.download_button.setEnabled(True)
        self.check_button.setEnabled(True)

    def _done(self, status) -> None:
        self._finished_fetch()
        if status is None:
            return
        # an offer and "ready" have their own lines below; the rest is said beside the buttons
        self.message.setText("" if status.state.value in ("offer", "ready") else words.update_state(
            status.state.value, version=status.version, error=status.error, hold=status.hold,
            installed=status.installed))
        self._show_offer(status.offer if status.state.value in ("offer", "held") else None)

    def _failed(self, exc: BaseException) -> None:
        self._finished_fetch()
        self.message.setText(words.error(exc))
