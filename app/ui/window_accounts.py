"""The main window's account actions: first administrator, login again, password, log out, change history."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


class AccountActions:
    """Mixed into MainWindow: what the Tài khoản menu does (self is the main window)."""

    def _watch_account(self) -> None:
        """Every action of this window first checks, in the database, that the logged-in account still holds."""
        from app.accounts import watch

        watch(self.ctx.db, self.ctx.actor, on_ended=self._account_ended)

    def _account_ended(self) -> None:
        """The account was disabled, lost a role or got a new password elsewhere: back to the login, once the
        refused action has said so."""
        from PySide6.QtCore import QTimer

        if not getattr(self, "_ending", False):
            self._ending = True
            QTimer.singleShot(0, self._login_again)

    def _login_again(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.accounts import watch
        from app.ui.login import LoginDialog, forget_here

        if QApplication.activeModalWidget() is not None:  # the refused action is still saying so: after it
            QTimer.singleShot(200, self._login_again)
            return
        watch(self.ctx.db, None)
        try:
            forget_here(self.ctx.db, self.ctx.settings)
            reason = self.tr("Tài khoản '{0}' đã bị khóa hoặc đã thay đổi quyền, hoặc mật khẩu vừa được đổi: "
                             "hãy đăng nhập lại.").format(self.ctx.actor.username)
            actor = LoginDialog.ask(self, self.ctx.db, self.ctx.settings, reason=reason)
        finally:
            self._ending = False
        if actor is None:
            self.close()
            return
        self._use_actor(actor)

    def _use_actor(self, actor) -> None:
        """Someone (else) logged in: every page shows what they may see."""
        self.ctx.actor = actor
        self._watch_account()
        self.assessment.employee_code = None
        for page in self.pages():
            page.set_context(self.ctx)
        self.apply_rights()
        self.show_page(self.nav.currentRow())

    def create_first_admin(self) -> None:
        from app import accounts
        from app.errors import UserError
        from app.ui.login import PasswordDialog
        from app.ui.plain import plain_message

        answer = PasswordDialog.ask(self, self.tr("Tạo tài khoản quản trị đầu tiên"), with_name=True)
        if not answer:
            return
        try:
            accounts.add_account(self.ctx.db, None, answer[0], answer[1], "hr")
            actor = accounts.login(self.ctx.db, answer[0], answer[1])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chưa tạo được"), plain_message(str(exc)))
            return
        self.ctx.actor = actor
        self._watch_account()
        self.apply_rights()
        self.statusBar().showMessage(self.tr("Đã tạo tài khoản quản trị; từ nay cần đăng nhập."), 8000)

    def manage_accounts(self) -> None:
        from app.ui.accounts_dialog import AccountsDialog

        AccountsDialog(self.ctx, self).exec()

    def change_password(self) -> None:
        from app import accounts
        from app.ui.login import PasswordDialog

        def change(current: str, new: str) -> None:
            actor = accounts.change_password(self.ctx.db, self.ctx.actor, self.ctx.actor.username, new,
                                             current=current)
            self.ctx.actor = actor  # the session goes on with the new password; other sessions end
            self._watch_account()

        if PasswordDialog.change_own(self, self.tr("Đổi mật khẩu"), change):
            self.statusBar().showMessage(self.tr("Đã đổi mật khẩu."), 6000)

    def log_out(self) -> None:
        from app.accounts import watch
        from app.ui.login import LoginDialog, forget_here

        watch(self.ctx.db, None)  # logging out works even for an account disabled meanwhile
        forget_here(self.ctx.db, self.ctx.settings)
        actor = LoginDialog.ask(self, self.ctx.db, self.ctx.settings)
        if actor is None:
            self.close()
            return
        self._use_actor(actor)

    def show_history(self) -> None:
        if self.ctx is not None and self.assessment is not None:
            self.show_page(0)
            self.nav.setCurrentRow(0)
            self.assessment.show_history()

    def show_agency_trail(self) -> None:
        from app.ui.audit_dialog import agency_trail_dialog

        dialog = agency_trail_dialog(self, self.ctx)
        if dialog is not None:
            dialog.exec()

    def verify_trail(self) -> None:
        """HR: is the trail whole (the chain, the triggers, the accounts)? The first broken link, and the head."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from app.audit_chain import verify
        from app.errors import UserError
        from app.ui.plain import plain_message

        if self.ctx is None:
            return
        try:
            result = verify(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kiểm tra nhật ký thay đổi"), plain_message(str(exc)))
            return
        verdict = self.tr("Nhật ký nguyên vẹn.") if result.ok else self.tr("Nhật ký đã bị sửa ngoài chương trình.")
        box = QMessageBox(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
                          self.tr("Kiểm tra nhật ký thay đổi"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # account names are data: shown as typed
        from app.ui.i18n import translate

        box.setText("\n\n".join([verdict, *result.lines(tr=lambda s: translate("TrailCheck", s))]))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_trail_check = box
        box.exec()
