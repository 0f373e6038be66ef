"""A private PostgreSQL cluster for the test run: initdb in a temporary folder, a free loopback port, stopped at the end.

Used by tests/conftest.py (a pytest plugin): the session fixture `pg_admin_url` is a superuser URL of the cluster
(password authentication over TCP, as a real server), `create_database(admin_url)` makes a fresh empty database (or
a copy of a template) and returns its URL, `drop_database(url)` removes it.

The server runs as the user `postgres` when the tests run as root (initdb refuses root). fsync is off: a test
cluster needs no durability. A cluster left behind by a run that was killed is stopped by the next run.

COMPETENCY_GAP_TEST_PG=off skips every PostgreSQL test (a developer's explicit choice); otherwise a cluster that
cannot be started is an error of every test that needs it, never a silent skip.
"""

from __future__ import annotations

import atexit
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PREFIX = "competency-gap-test-pg-"
SUPERUSER = "postgres"


def disabled() -> bool:
    return os.environ.get("COMPETENCY_GAP_TEST_PG", "").strip().lower() in ("off", "0", "no", "false")


def _bindir() -> Path:
    candidates = []
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    except (OSError, subprocess.SubprocessError):
        pass
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for where in candidates:
        if (where / "initdb").exists() and (where / "pg_ctl").exists():
            return where
    for name in ("initdb", "pg_ctl"):
        if not shutil.which(name):
            raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl): `make test` installs the Debian package "
                               "'postgresql'; COMPETENCY_GAP_TEST_PG=off runs the SQLite tests only")
    return Path(shutil.which("initdb")).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    import shlex

    return ["su", SUPERUSER, "-s", "/bin/sh", "-c", " ".join(shlex.quote(a) for a in argv)]


def _run(argv: list[str], timeout: float = 120) -> None:
    out = subprocess.run(_as_server_user(argv), capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed ({out.returncode}): {out.stdout[-2000:]}{out.stderr[-2000:]}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_leftovers(bindir: Path) -> None:
    """Clusters of earlier runs whose test process is gone (killed): stopped and removed."""
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*")):
        try:
            owner = int(Path(folder, "owner.pid").read_text())
        except (OSError, ValueError):
            owner = None
        if owner is not None and _pid_alive(owner):
            continue
        if Path(folder, "data", "postmaster.pid").exists():
            subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(Path(folder, "data")), "-m", "immediate",
                                            "-w", "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


class Cluster:
    """A private cluster: start() then admin_url; stop() whatever happened (idempotent)."""

    def __init__(self, port: int | None = None):
        self.bindir = _bindir()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        self.data = self.folder / "data"
        self.password = secrets.token_urlsafe(16)
        self.port = port
        self.running = False

    def start(self) -> str:
        Path(self.folder, "owner.pid").write_text(str(os.getpid()))
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            import pwd

            entry = pwd.getpwnam(SUPERUSER)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        _run([str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
              "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
              "--no-sync", "--no-instructions"])
        pwfile.unlink()
        options = (f"-c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 "
                   "-c max_wal_size=1GB -c checkpoint_timeout=30min -c max_connections=200 "
                   "-c shared_buffers=64MB -c log_min_messages=warning")
        for attempt in range(5):
            port = self.port or _free_port()
            try:
                _run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                      "-w", "-t", "60", "-o", f"-p {port} {options}", "start"])
            except RuntimeError:
                if self.port or attempt == 4:
                    raise RuntimeError("PostgreSQL did not start: " + self.log_tail()) from None
                continue
            self.port = port
            break
        self.running = True
        atexit.register(self.stop)
        return self.admin_url

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/postgres"

    def log_tail(self) -> str:
        try:
            return Path(self.folder, "server.log").read_text(errors="replace")[-2000:]
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        if self.running:
            self.running = False
            subprocess.run(_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                            "-w", "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


# ---------------------------------------------------------------- databases on the cluster


def _admin_engine(admin_url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")


def database_url(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def create_database(admin_url: str, name: str | None = None, template: str | None = None) -> str:
    """A new database on the server (empty, or a copy of the template database) and its superuser URL."""
    name = name or f"t_{uuid.uuid4().hex[:12]}"
    engine = _admin_engine(admin_url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    finally:
        engine.dispose()
    return database_url(admin_url, name)


def drop_database(admin_url: str, name_or_url: str) -> None:
    from sqlalchemy.engine import make_url

    name = make_url(name_or_url).database if "://" in name_or_url else name_or_url
    engine = _admin_engine(admin_url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        engine.dispose()


class Copies:
    """Copies of template databases made one step ahead, and dropped, by a worker thread while tests run:
    a test takes a copy that is ready (CREATE DATABASE … TEMPLATE costs about a second on a busy machine)."""

    def __init__(self, admin_url: str):
        import queue
        import threading

        self.admin_url = admin_url
        self.ready: dict[str, queue.Queue] = {}
        self.tasks: queue.Queue = queue.Queue()
        self.worker = threading.Thread(target=self._work, name="test-db-copies", daemon=True)
        self.worker.start()

    def _work(self) -> None:
        while True:
            task = self.tasks.get()
            if task is None:
                return
            action, arg = task
            try:
                if action == "copy":
                    self.ready[arg].put(create_database(self.admin_url, template=arg))
                else:
                    drop_database(self.admin_url, arg)
            except Exception as exc:  # noqa: BLE001 - the test taking it makes its own copy and fails with the reason
                if action == "copy":
                    self.ready[arg].put(exc)

    def take(self, template: str) -> str:
        import queue

        if template not in self.ready:
            self.ready[template] = queue.Queue()
            url = create_database(self.admin_url, template=template)
        else:
            made = self.ready[template].get(timeout=300)
            url = made if isinstance(made, str) else create_database(self.admin_url, template=template)
        self.tasks.put(("copy", template))  # the next test's copy, made meanwhile
        return url

    def release(self, url: str) -> None:
        self.tasks.put(("drop", url))

    def close(self) -> None:
        self.tasks.put(None)
        self.worker.join(timeout=120)


# ---------------------------------------------------------------- pytest fixtures

_cluster: Cluster | None = None
_failure: str | None = None
_copies: Copies | None = None


def copies(admin_url: str) -> Copies:
    global _copies
    if _copies is None:
        _copies = Copies(admin_url)
    return _copies


def _start_once() -> str:
    global _cluster, _failure
    if disabled():
        pytest.skip("COMPETENCY_GAP_TEST_PG=off: PostgreSQL tests not run")
    if _failure:
        pytest.fail(_failure, pytrace=False)
    if _cluster is None:
        try:
            bindir = _bindir()
            _stop_leftovers(bindir)
            cluster = Cluster()
            cluster.start()
        except (RuntimeError, OSError, subprocess.SubprocessError, KeyError) as exc:
            _failure = (f"the PostgreSQL test cluster could not be started: {exc}\n(`make test` installs PostgreSQL; "
                        "COMPETENCY_GAP_TEST_PG=off runs the SQLite tests only)")
            pytest.fail(_failure, pytrace=False)
        _cluster = cluster
    return _cluster.admin_url


@pytest.fixture(scope="session")
def pg_admin_url():
    """Superuser URL of the run's private PostgreSQL cluster (started on first use, stopped at the end)."""
    url = _start_once()
    yield url


@pytest.fixture
def pg_database(pg_admin_url):
    """make(template=None) -> URL of a fresh database on the test cluster (dropped after the test)."""
    made = []

    def make(template: str | None = None) -> str:
        url = create_database(pg_admin_url, template=template)
        made.append(url)
        return url

    yield make
    for url in made:
        drop_database(pg_admin_url, url)


def pytest_sessionfinish(session, exitstatus):
    if _copies is not None:
        _copies.close()
    if _cluster is not None:
        _cluster.stop()


def _stop_on_signal(signum, frame):  # a terminated run (CI's timeout) stops its server too
    if _cluster is not None:
        _cluster.stop()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def pytest_configure(config):
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _stop_on_signal)
