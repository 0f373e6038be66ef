"""The program's log file, in the user's log folder (the window has no console to print to).

What is logged: start-up and the database (its URL without password), migrations, logins (user name and
outcome only), account changes, refused operations and unexpected errors with their traceback.
Passwords are never passed to the logger; a filter also masks the password of any database URL.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.config import APP_NAME

ENV_LOG_DIR = "COMPETENCY_GAP_LOG_DIR"
LOG_FILE = "competency-gap.log"
log = logging.getLogger("competency_gap")

_URL_PASSWORD = re.compile(r"(\w+(?:\+\w+)?://[^:/@\s]+:)([^@\s]+)(@)")


def log_dir() -> Path:
    """COMPETENCY_GAP_LOG_DIR, else the per-user log folder (e.g. ~/.local/state/competency-gap/log)."""
    if os.environ.get(ENV_LOG_DIR):
        return Path(os.environ[ENV_LOG_DIR])
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


class _MaskUrlPasswords(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _URL_PASSWORD.sub(r"\1***\3", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup() -> Path | None:
    """Send the program's log to a rotating file (1 MB × 4); the file, or None if it cannot be written."""
    target = log_dir() / LOG_FILE
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target.resolve():
            return target
    for handler in list(log.handlers):  # another folder was chosen (tests): move there
        log.removeHandler(handler)
        handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:  # a read-only profile must not stop the program
        print(f"Không ghi được nhật ký chương trình vào {target}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_MaskUrlPasswords())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return target


def log_unexpected(exc_type, exc, tb) -> None:
    """sys.excepthook for the window: the traceback goes to the log file, then to the default hook."""
    log.critical("Lỗi không mong đợi", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)
