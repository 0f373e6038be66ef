"""Start the desktop program: the window first, then the database (created, migrated, seeded)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.actor import local_user
from app.ui import i18n
from app.ui.context import AppContext, make_settings
from app.ui.main_window import MainWindow


def create_window(db_url: str | None, settings_path: str | None = None) -> MainWindow:
    """The main window, shown at once; the database opens on the next turn of the event loop."""
    settings = make_settings(settings_path)
    i18n.set_language(str(settings.value("language", "vi")))
    window = MainWindow()
    window.show()
    QApplication.processEvents()  # paint the window before the database layer is imported

    def open_db() -> None:
        from app.bootstrap import open_database
        from app.errors import UserError

        try:
            db, _start = open_database(db_url)
        except UserError as exc:
            QMessageBox.critical(window, window.tr("Không mở được cơ sở dữ liệu"), str(exc))
            window.close()
            return
        actor = choose_actor(window, db, settings)
        if actor is None:
            window.close()
            return
        window.set_context(AppContext(db=db, actor=actor, settings=settings))

    QTimer.singleShot(0, open_db)
    return window


def choose_actor(window: MainWindow, db, settings=None):
    """The local user while the database has no accounts; otherwise the login remembered on this computer,
    or whoever logs in (None: cancelled)."""
    from app.accounts import has_accounts
    from app.ui.login import LoginDialog, remembered_actor

    if not has_accounts(db):
        return local_user()
    if settings is not None:
        actor = remembered_actor(db, settings)
        if actor is not None:
            return actor
    return LoginDialog.ask(window, db, settings)


def launch_gui(db_url: str | None = None) -> int:
    from app import logs

    logs.setup()
    logs.log.info("mở cửa sổ chương trình")
    sys.excepthook = logs.log_unexpected
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("competency-gap")
    app.setOrganizationName("competency-gap")
    window = create_window(db_url)
    code = app.exec()
    if window.ctx:
        window.ctx.db.dispose()
    return code
