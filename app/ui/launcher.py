"""Start the desktop program: the window first, then the database (checked, backed up, migrated, seeded).

If the database does not open, the user is told why and offered the ways out (restore a backup, open
another file, create a new empty database where a lost one was, quit); the window never waits forever.
Anything unexpected while the program runs is logged and shown as one message; the program keeps running.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.actor import local_user

if TYPE_CHECKING:  # the window's modules are imported once the platform is known to load (launch_gui)
    from app.ui.main_window import MainWindow

LAST_DATABASE = "database/url"


def create_window(db_url: str | None, settings_path: str | None = None) -> MainWindow:
    """The main window, shown at once; the database opens on the next turn of the event loop."""
    from app.ui import i18n
    from app.ui.context import make_settings
    from app.ui.main_window import MainWindow

    settings = make_settings(settings_path)
    i18n.set_language(str(settings.value("language", "vi")))
    window = MainWindow()
    window.show()
    QApplication.processEvents()  # paint the window before the database layer is imported
    if db_url is None and not os.environ.get("COMPETENCY_GAP_DB") and settings.value(LAST_DATABASE):
        db_url = str(settings.value(LAST_DATABASE))  # the file chosen last time ("Mở tệp khác…")
    QTimer.singleShot(0, lambda: open_db(window, db_url, settings))
    return window


def open_db(window: MainWindow, db_url: str | None, settings) -> None:
    """Open the database, or say why not and offer the ways out, until it opens or the user quits.

    Only what opening needs is imported here; the dialogs of a database that does not open are imported
    when one does not (they are not on the way to the first screen)."""
    from app.logs import log

    log.info("cửa sổ chương trình đã hiện")  # here, not before the window: logging's import is not on its way
    from app.bootstrap import WINDOW, MissingDatabase, open_database
    from app.errors import UserError
    from app.ui.context import AppContext

    new = False
    while True:
        try:
            db, _start = open_database(db_url, WINDOW, new=new)
            break
        except UserError as exc:
            from app.bootstrap import database_for_restore
            from app.database import sqlite_path
            from app.ui.database_actions import SQLITE_FILES, StartupProblemDialog, restore_into
            from app.ui.plain import plain_message

            log.warning("không mở được cơ sở dữ liệu: %s", exc)
            is_file = _is_sqlite(db_url, sqlite_path)
            choice = StartupProblemDialog.ask(window, getattr(exc, "summary", str(exc)), can_restore=is_file,
                                              can_create=isinstance(exc, MissingDatabase))
        except BaseException:  # noqa: BLE001 - a fault of the program: logged, said, never a frozen window
            log.exception("không mở được cơ sở dữ liệu: lỗi không mong đợi")
            QMessageBox.critical(window, window.tr("Không mở được cơ sở dữ liệu"), window.tr(
                "Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình."))
            window.close()
            return
        if choice == StartupProblemDialog.RESTORE:
            try:
                target = database_for_restore(db_url)
            except UserError as exc:
                QMessageBox.warning(window, window.tr("Không khôi phục được"), plain_message(str(exc)))
                continue
            try:
                restore_into(window, target)
            finally:
                target.dispose()
        elif choice == StartupProblemDialog.OTHER_FILE:
            from app.ui.file_dialogs import BACKUP, remember, start_folder

            path, _ = QFileDialog.getOpenFileName(window, window.tr("Mở cơ sở dữ liệu"),
                                                  str(start_folder(settings, BACKUP)), SQLITE_FILES)
            remember(settings, BACKUP, path)
            if path:
                db_url, new = f"sqlite:///{path}", False
                settings.setValue(LAST_DATABASE, db_url)
        elif choice == StartupProblemDialog.NEW_EMPTY:
            new = True
        elif choice == StartupProblemDialog.CONNECT:  # the shared database: server, user, password (keyring)
            from app.ui.connection_dialog import ConnectionDialog

            db_url = ConnectionDialog.ask(window, settings) or db_url
        else:
            window.close()
            return
    actor = choose_actor(window, db, settings)
    if actor is None:
        window.close()
        return
    window.set_context(AppContext(db=db, actor=actor, settings=settings))
    log.info("sẵn sàng làm việc trên %s", db.describe())


def _is_sqlite(url, sqlite_path) -> bool:
    from app.config import resolve_database_url

    try:
        return sqlite_path(resolve_database_url(url)) is not None
    except Exception:  # noqa: BLE001 - an invalid URL is simply not a file
        return False


def choose_actor(window: MainWindow, db, settings=None):
    """The local user while the database has no accounts; otherwise the login remembered on this computer,
    or whoever logs in (None: cancelled)."""
    from app.accounts import has_accounts

    if not has_accounts(db):
        return local_user()
    from app.ui.login import LoginDialog, remembered_actor

    if settings is not None:
        actor = remembered_actor(db, settings)
        if actor is not None:
            return actor
    return LoginDialog.ask(window, db, settings)


class UnexpectedErrorHook:
    """sys.excepthook for the window: anything unexpected (BaseException subclasses from native readers
    included) is logged with its traceback and shown as one message; the program keeps running."""

    def __init__(self):
        self._showing = False
        self.closed = False  # after the event loop: logged only, no window left to answer a message

    def __call__(self, exc_type, exc, tb) -> None:
        from app.errors import UserError
        from app.logs import log, log_dir
        from app.ui import i18n
        from app.ui.plain import plain_message

        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if issubclass(exc_type, UserError):  # a refusal nobody caught on the way: still one clear message
            log.info("thông báo: %s", exc)
            text = str(exc)
        else:
            log.critical("Lỗi không mong đợi", exc_info=(exc_type, exc, tb))
            text = i18n.translate("Errors", "Lỗi không mong đợi của chương trình; việc vừa làm có thể chưa được "
                                  "lưu. Chương trình vẫn chạy tiếp. Chi tiết đã ghi vào nhật ký: {0}").format(log_dir())
        if self._showing or self.closed or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.warning(parent, i18n.translate("Errors", "Có lỗi"), plain_message(text))
        finally:
            self._showing = False


EXIT_NO_WINDOW = 3


def _no_window(reason: str) -> None:
    """One line on the terminal (the log has it too), then out: Qt must not abort with English text."""
    from app.logs import log, log_dir

    log.error("không mở được cửa sổ chương trình: %s", reason)
    print(f"Lỗi: không mở được cửa sổ chương trình: {reason}. Nhật ký: {log_dir()}", file=sys.stderr, flush=True)


def _close_on_terminate(app: QApplication) -> QTimer:
    """SIGTERM (a session ending, `kill`) closes the window as Thoát does; Python sees signals only
    between Qt events, hence the timer's turn every half second."""
    import signal

    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.closeAllWindows))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
    return timer


def launch_gui(db_url: str | None = None) -> int:
    import threading

    from app import logs
    from app.ui.platform_check import platform_problem, route_qt_messages

    logs.setup()
    logs.log.info("mở cửa sổ chương trình")
    if QApplication.instance() is None:
        problem = platform_problem()
        if problem:
            _no_window(problem)
            return EXIT_NO_WINDOW

        def fatal(_message: str) -> None:
            _no_window("Qt không khởi động được phần hiển thị cửa sổ (lời Qt ghi trong nhật ký); hãy cài lại "
                       "chương trình, hoặc chạy make run trong thư mục mã nguồn để cài các thư viện còn thiếu")
            os._exit(EXIT_NO_WINDOW)

        route_qt_messages(logs.log, fatal)
        from app.ui.print_fonts import hide_incomplete_print_fonts

        hide_incomplete_print_fonts()  # before Qt reads the fonts: no fallback letters in printouts
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("competency-gap")
    app.setOrganizationName("competency-gap")
    from PySide6.QtGui import QIcon

    from app.paths import shipped_dir

    app.setWindowIcon(QIcon(str(shipped_dir("resources") / "icon" / "competency-gap.png")))
    hook = UnexpectedErrorHook()
    sys.excepthook = hook
    threading.excepthook = lambda args: logs.log.critical(
        "Lỗi không mong đợi trong luồng %s", args.thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    _terminate = _close_on_terminate(app)
    from app.ui import chart_loading

    chart_loading.IMPORT_IN_BACKGROUND = True  # the form first, the radar as soon as matplotlib is imported
    try:
        window = create_window(db_url)
    except Exception:  # noqa: BLE001 - a fault of the program before the window: logged, one line
        logs.log.exception("không dựng được cửa sổ chương trình")
        _no_window("lỗi không mong đợi của chương trình")
        return EXIT_NO_WINDOW
    QTimer.singleShot(0, chart_loading.preload_charts)  # after the database opens: ready before the chart is seen
    code = app.exec()
    hook.closed = True
    if window.ctx:
        window.ctx.db.dispose()
    logs.log.info("đóng chương trình")
    return code
