"""Dialogs: signing in to the portal."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from companion.domain.i18n import translate

from . import theme, words
from .widgets import fit_dialog, label


class SignInDialog(QDialog):
    """Asks for the portal, login and password; signs in on the network lane."""

    def __init__(self, context, parent=None, *, portal: str = "", login: str = "", reason: str = ""):
        super().__init__(parent)
        self.ctx = context
        self.setWindowTitle(translate("ui", "Sign in to the course portal"))
        self.setAccessibleName(translate("ui", "Sign in to the course portal"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = theme.set_font_role(label(translate("ui", "Sign in to the course portal")), "heading")
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        if reason:
            layout.addWidget(label(reason))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.portal = QLineEdit(portal)
        self.portal.setPlaceholderText(translate("ui", "https://portal.example.org"))
        self.portal.setAccessibleName(translate("ui", "Portal address"))
        self.portal.setMinimumWidth(self.portal.fontMetrics().horizontalAdvance(self.portal.placeholderText()) + 24)
        self.login = QLineEdit(login)
        self.login.setAccessibleName(translate("ui", "Login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("ui", "Password"))
        form.addRow(translate("ui", "Portal address"), self.portal)
        form.addRow(translate("ui", "Login"), self.login)
        form.addRow(translate("ui", "Password"), self.password)
        layout.addLayout(form)
        self.message = label()
        self.message.setAccessibleName(translate("ui", "Sign-in message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(translate("ui", "Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_dialog(self)
        (self.password if portal and login else self.portal).setFocus()
        self.result_info = None

    def _sign_in(self) -> None:
        from companion.services.settings import check_portal_url

        try:
            url = check_portal_url(self.portal.text())
        except Exception as exc:
            self.message.setText(words.error(exc))
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.message.setText(translate("ui", "Enter your login and your password."))
            return
        self.sign_in_button.setEnabled(False)
        self.message.setText(translate("ui", "Signing in…"))

        def done(signed) -> None:
            self.result_info = signed
            self.accept()

        def failed(exc: BaseException) -> None:
            self.sign_in_button.setEnabled(True)
            self.message.setText(self._refused_for_now(exc) or words.error(exc))

        from . import ops
        from .ops import settings as settings_ops

        ops.run(self.ctx, settings_ops.sign_in, url, login, password, lane="net").success(done).failure(failed).run()

    def _refused_for_now(self, exc: BaseException) -> str | None:
        """Too many failed sign-ins: the portal answered 429 and says how long to wait."""
        from datetime import timedelta

        from companion.domain.timefmt import clock_label
        from companion.sync.engine import sign_ins_refused_for

        retry_after = sign_ins_refused_for(exc)
        if retry_after is None:
            return None
        if retry_after < 60:
            return translate("ui", "Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.").format(
                max(1, round(retry_after)))
        at = clock_label((self.ctx.app.clock.now() + timedelta(seconds=retry_after)).astimezone())
        return translate("ui", "Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.").format(
            -(-int(retry_after) // 60), at)
