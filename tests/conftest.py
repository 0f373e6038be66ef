"""Shared fixtures: headless Qt, and databases built once then copied per test."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the printing font without its files that lack Vietnamese letters, as the program does before Qt starts
__import__("app.ui.print_fonts", fromlist=["x"]).hide_incomplete_print_fonts()
# the program's log goes to a folder of this run, never to the user's own log folder
os.environ["COMPETENCY_GAP_LOG_DIR"] = __import__("tempfile").mkdtemp(prefix="competency-gap-test-logs-")
# backups and the list of databases this computer used: a folder of this run, never the user's own
os.environ["COMPETENCY_GAP_DATA_DIR"] = __import__("tempfile").mkdtemp(prefix="competency-gap-test-data-")
os.environ["COMPETENCY_GAP_CONFIG_DIR"] = __import__("tempfile").mkdtemp(prefix="competency-gap-test-config-")

import pytest  # noqa: E402

from app.actor import local_user  # noqa: E402
from app.bootstrap import open_database  # noqa: E402
from tests.postgres_server import pg_admin_url, pg_database  # noqa: E402,F401 - fixtures: the run's PostgreSQL cluster
from tests.postgres_server import pytest_configure, pytest_sessionfinish  # noqa: E402,F401 - it is stopped at the end


@pytest.fixture(scope="session")
def _template_dbs(tmp_path_factory):
    """An initialised database and one with the sample organisation, built once per run."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    db, _ = open_database(f"sqlite:///{empty}")
    db.dispose()
    demo = folder / "demo.sqlite3"
    shutil.copy(empty, demo)
    from app.demo import load_demo

    db, _ = open_database(f"sqlite:///{demo}")
    load_demo(db, local_user())
    db.dispose()
    return {"empty": empty, "demo": demo}


def _copy(template, tmp_path, name):
    target = tmp_path / f"{name}.sqlite3"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def db_url(_template_dbs, tmp_path):
    """URL of a fresh database holding the built-in frameworks, no staff."""
    return _copy(_template_dbs["empty"], tmp_path, "fresh")


@pytest.fixture
def demo_url(_template_dbs, tmp_path):
    """URL of a fresh database with the sample organisation loaded."""
    return _copy(_template_dbs["demo"], tmp_path, "demo")


@pytest.fixture
def db(db_url):
    database, _ = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(demo_url):
    database, _ = open_database(demo_url)
    yield database
    database.dispose()


@pytest.fixture
def actor():
    return local_user()


PASSWORD = "Hanoi@2026"


@pytest.fixture
def fast_hashes(monkeypatch):
    """argon2 with test-sized costs (the hash format is the same; production costs are tested on their own)."""
    from argon2 import PasswordHasher

    from app import accounts

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: fast)


@pytest.fixture
def people(demo_db, fast_hashes):
    """An HR admin, the head of MAU-STP (and its sub-unit), and employee MAU0005 (in MAU-STP-XLVP)."""
    from app import accounts

    accounts.add_account(demo_db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(demo_db, "admin", PASSWORD)
    accounts.add_account(demo_db, hr, "truongphong", PASSWORD, "head", unit="MAU-STP")
    accounts.add_account(demo_db, hr, "congchuc", PASSWORD, "employee", employee="MAU0005")
    return {
        "hr": hr,
        "head": accounts.login(demo_db, "truongphong", PASSWORD),
        "employee": accounts.login(demo_db, "congchuc", PASSWORD),
    }


@pytest.fixture
def make_window(qtbot, tmp_path):
    """make(url): the main window on that database, once it is open; disposed of after the test."""
    from app.ui import i18n
    from app.ui.launcher import create_window

    windows = []

    def make(url):
        window = create_window(url, str(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.ctx is not None, timeout=10000)
        windows.append(window)
        return window

    yield make
    i18n.set_language("vi")
    for w in windows:
        if w.ctx:
            w.ctx.db.dispose()
