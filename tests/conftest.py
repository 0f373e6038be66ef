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
# removed when the run ends: a whole run's automatic backups take gigabytes
for _folder in ("COMPETENCY_GAP_LOG_DIR", "COMPETENCY_GAP_DATA_DIR", "COMPETENCY_GAP_CONFIG_DIR"):
    __import__("atexit").register(shutil.rmtree, os.environ[_folder], True)

import pytest  # noqa: E402

from app.actor import local_user  # noqa: E402
from app.bootstrap import open_database  # noqa: E402
from tests.postgres_server import pg_admin_url, pg_database  # noqa: E402,F401 - fixtures: the run's PostgreSQL cluster
from tests.postgres_server import pytest_configure as _start_stop_hooks  # noqa: E402
from tests.postgres_server import pytest_sessionfinish  # noqa: E402,F401 - the cluster stopped at the end
from tests.shared_pg import shared_pg  # noqa: E402,F401 - fixture: a shared database with owner and application roles


ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a test of SQLite itself (its file, pragmas, a killed "
                                       "writer of the file); the database fixtures give it SQLite only")
    _start_stop_hooks(config)


def pytest_generate_tests(metafunc):
    """Every test taking a database fixture runs on SQLite and on PostgreSQL (the run's private cluster)."""
    if "engine" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("engine", ["sqlite"] if only else list(ENGINES), indirect=True, scope="function")


@pytest.fixture
def engine(request):
    """'sqlite' or 'postgresql': the engine of this run of the test."""
    return getattr(request, "param", "sqlite")


def _build(url: str, demo: bool) -> None:
    db, _ = open_database(url)
    if demo:
        from app.demo import load_demo

        load_demo(db, local_user())
    db.dispose()


@pytest.fixture(scope="session")
def _template_dbs(tmp_path_factory):
    """An initialised database and one with the sample organisation, built once per run (SQLite files)."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    _build(f"sqlite:///{empty}", demo=False)
    demo = folder / "demo.sqlite3"
    shutil.copy(empty, demo)
    _build(f"sqlite:///{demo}", demo=True)
    return {"empty": empty, "demo": demo}


@pytest.fixture(scope="session")
def _pg_templates(pg_admin_url):  # noqa: F811 - the fixture
    """The same two databases on the PostgreSQL test cluster, built once per run; tests get copies (TEMPLATE)."""
    from tests.postgres_server import create_database

    names = {}
    for kind in ("empty", "demo"):
        name = f"tmpl_{kind}"
        _build(create_database(pg_admin_url, name), demo=kind == "demo")
        names[kind] = name
    return names


def _copy(template, tmp_path, name):
    target = tmp_path / f"{name}.sqlite3"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


def _fresh(request, kind: str, tmp_path) -> str:
    if request.getfixturevalue("engine") == "postgresql":
        from tests.postgres_server import copies

        pool = copies(request.getfixturevalue("pg_admin_url"))
        url = pool.take(request.getfixturevalue("_pg_templates")[kind])
        request.addfinalizer(lambda: pool.release(url))
        return url
    return _copy(request.getfixturevalue("_template_dbs")[kind], tmp_path, "fresh" if kind == "empty" else "demo")


@pytest.fixture
def db_url(request, engine, tmp_path):
    """URL of a fresh database holding the built-in frameworks, no staff (SQLite, then PostgreSQL)."""
    return _fresh(request, "empty", tmp_path)


@pytest.fixture
def demo_url(request, engine, tmp_path):
    """URL of a fresh database with the sample organisation loaded (SQLite, then PostgreSQL)."""
    return _fresh(request, "demo", tmp_path)


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


def three_accounts(db) -> dict:
    """An HR admin, the head of MAU-STP (and its sub-units), and employee MAU0005, logged in on db."""
    from app import accounts

    accounts.add_account(db, None, "admin", PASSWORD, "hr")
    hr = accounts.login(db, "admin", PASSWORD)
    accounts.add_account(db, hr, "truongphong", PASSWORD, "head", unit="MAU-STP")
    accounts.add_account(db, hr, "congchuc", PASSWORD, "employee", employee="MAU0005")
    return {
        "hr": hr,
        "head": accounts.login(db, "truongphong", PASSWORD),
        "employee": accounts.login(db, "congchuc", PASSWORD),
    }


@pytest.fixture
def people(demo_db, fast_hashes):
    """An HR admin, the head of MAU-STP (and its sub-unit), and employee MAU0005 (in MAU-STP-XLVP)."""
    return three_accounts(demo_db)


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
