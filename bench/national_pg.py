"""A private PostgreSQL cluster for the national benchmark: a folder, a loopback port, its own server.

Started with the Debian package's binaries (PostgreSQL 15), as user postgres when run as root (initdb
refuses root). fsync is off: the cluster holds generated data that a crash may lose.
Settings: BENCH_PG_DIR (default /tmp/scale-pg), BENCH_PG_PORT (default 55435), BENCH_PG_BIN.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

DIR = Path(os.environ.get("BENCH_PG_DIR", "/tmp/scale-pg"))
PORT = int(os.environ.get("BENCH_PG_PORT", "55435"))
CONFIG = f"""
port = {PORT}
listen_addresses = '127.0.0.1'
unix_socket_directories = '{DIR}'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
wal_level = minimal
max_wal_senders = 0
"""


def _bin(name: str) -> str:
    for folder in (os.environ.get("BENCH_PG_BIN"), "/usr/lib/postgresql/15/bin", "/usr/local/bin"):
        if folder and (Path(folder) / name).exists():
            return str(Path(folder) / name)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"Không thấy {name} của PostgreSQL: hãy cài gói postgresql (Debian) hoặc đặt BENCH_PG_BIN.")
    return found


def _as_owner(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["su", "postgres", "-c", " ".join(f"'{a}'" for a in args)]
    return args


def url(database: str) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:{PORT}/{database}"


def running() -> bool:
    result = subprocess.run(_as_owner([_bin("pg_ctl"), "status", "-D", str(DIR / "data")]), capture_output=True)
    return result.returncode == 0


def start() -> None:
    """Create the cluster once, start it unless it runs."""
    data = DIR / "data"
    if not (data / "PG_VERSION").exists():
        DIR.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(DIR, "postgres")
        subprocess.run(_as_owner([_bin("initdb"), "-D", str(data), "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust",
                                  "-U", "postgres"]), check=True, capture_output=True)
        with open(data / "postgresql.conf", "a") as f:
            f.write(CONFIG)
    if os.geteuid() == 0 and not running():
        subprocess.run(_as_owner([_bin("pg_ctl"), "-D", str(data), "-l", str(DIR / "log"), "-w", "start"]),
                       check=True, capture_output=True)
    elif not running():
        subprocess.run([_bin("pg_ctl"), "-D", str(data), "-l", str(DIR / "log"), "-w", "start"], check=True,
                       capture_output=True)


def stop() -> None:
    if running():
        subprocess.run(_as_owner([_bin("pg_ctl"), "-D", str(DIR / "data"), "-m", "fast", "-w", "stop"]),
                       check=True, capture_output=True)


def recreate(database: str) -> None:
    """An empty database of that name (dropped first if it exists)."""
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={PORT} user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')


def exists(database: str) -> bool:
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={PORT} user=postgres dbname=postgres", autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone() is not None
