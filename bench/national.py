"""National-scale benchmark: `python -m bench national` (make bench-national).

Builds, or reuses when its stamp matches (bench.national_data.VERSION and the schema revision), the
250,000-person dataset on a private PostgreSQL cluster (bench.national_pg), then times the issue's table -
summaries, heatmaps, staff list, gap exports, one person's gap, one score saved, progress boards, a 5-row
import - each against the same result computed raw (SQL aggregation, XlsxWriter writing the same cells)
in the same run, with each operation's peak memory (every measurement runs in a fresh process).

Options: --people N (default 250000), --rebuild, --build-only, --sqlite (also build a SQLite copy of the
same dataset and time the department-level operations on it), --only NAME,NAME.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

DATABASE = "national"
SQLITE_FILE = Path(os.environ.get("BENCH_NATIONAL_SQLITE", "/tmp/scale-pg/national.sqlite3"))


def log(message: str) -> None:
    print(message, flush=True)


def prepare(people: int, rebuild: bool, sqlite: bool = False) -> tuple[str, dict]:
    """The dataset's URL and sizes: built when missing, stale or asked for."""
    from app.bootstrap import open_database
    from bench import national_data, national_pg

    if sqlite:
        url = f"sqlite:///{SQLITE_FILE}"
        if rebuild or not SQLITE_FILE.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
    else:
        national_pg.start()
        url = national_pg.url(DATABASE + ("" if people == 250_000 else f"_{people}"))
        if rebuild or not national_pg.exists(url.rsplit("/", 1)[1]):
            national_pg.recreate(url.rsplit("/", 1)[1])
    if not sqlite or SQLITE_FILE.exists():
        db, _ = open_database(url)
        try:
            sizes = national_data.stamp(db)
            if sizes is not None and sizes.employees == people:
                log(f"Dữ liệu có sẵn ({url.rsplit('/', 1)[1]}): {_sizes_text(sizes.__dict__)}")
                return url, sizes.__dict__
        finally:
            db.dispose()
    if sqlite:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
    else:
        national_pg.recreate(url.rsplit("/", 1)[1])
    log(f"Tạo dữ liệu {people:,} người ({'SQLite' if sqlite else 'PostgreSQL'})…")
    db, _ = open_database(url, new=sqlite)  # a new file where the old one was
    try:
        sizes = national_data.build(db, people=people, log=log)
    finally:
        db.dispose()
    log(f"Đã tạo trong {sizes.build_seconds} s: {_sizes_text(sizes.__dict__)}")
    return url, sizes.__dict__


def _sizes_text(s: dict) -> str:
    return (f"{s['units']:,} đơn vị, {s['employees']:,} người, {s['periods']} kỳ, {s['assessments']:,} phiếu, "
            f"{s['ratings']:,} điểm, {s['audit_entries']:,} mục nhật ký (tạo trong {s['build_seconds']} s)")


def main(argv: list[str]) -> int:
    # the program's backups and its list of databases: the benchmark's own folder, never the user's
    from bench.national_pg import DIR

    os.environ.setdefault("COMPETENCY_GAP_DATA_DIR", str(DIR / "app-data"))
    os.environ.setdefault("COMPETENCY_GAP_CONFIG_DIR", str(DIR / "app-config"))
    parser = argparse.ArgumentParser(prog="python -m bench national")
    parser.add_argument("--people", type=int, default=250_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--json", default="")
    args = parser.parse_args(argv)
    url, sizes = prepare(args.people, args.rebuild)
    targets = [("PostgreSQL", url)]
    if args.sqlite:
        sqlite_url, _ = prepare(args.people, args.rebuild, sqlite=True)
        targets.append(("SQLite", sqlite_url))
    if args.build_only:
        return 0
    from bench.national_measure import run_all

    results = []
    for engine, target in targets:
        results.extend(run_all(engine, target, args.only.split(",") if args.only else None,
                               department_only=engine == "SQLite", log=log))
    if args.json:
        Path(args.json).write_text(json.dumps({"sizes": sizes, "results": results}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
