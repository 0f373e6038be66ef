"""100 kill -9 at random moments inside schema upgrades: every database still opens, nothing is lost.

An old database is built once: the sample organisation, migrated down to 0003 (and, for one trial in
five, to 0001). Each trial copies it and runs the real command line (`init`, which backs up then
upgrades) in a subprocess, killed with SIGKILL after a random delay. The delay is drawn across the
upgrade's measured duration, counted from the moment the upgrade starts (the worker prints a marker),
for 85 of the 100 trials; the other 15 are drawn across the process's whole life (start-up, the
backup before the upgrade, the upgrade, the framework check). After each kill:
- the file holds the old revision or the newest one, never anything else, and passes integrity_check;
- no table of a half-done batch migration is left (_alembic_tmp_*);
- `open_database(WRITE)` (what the window or the next command does) opens it and finishes the upgrade;
- employees, ratings with a score and audit entries are exactly those of a clean upgrade;
- every file under a backup's name in the backups folder is a whole, checked backup.
Figures are printed (pytest -s) and in tests/reliability/README.md.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app import backup, migrate
from app.bootstrap import WRITE, open_database
from tests.reliability import kill_harness

TRIALS = 100
FROM_0001_EVERY = 5  # one trial in five starts from revision 0001
WHOLE_LIFE = 15  # trials whose kill is drawn over the whole process, not only the upgrade
AFTER_COMMIT = 4  # trials killed just after the upgrade committed: the new side is always exercised
SEED = 20260501
PARALLEL = 2

pytestmark = pytest.mark.slow


def counts(path: Path) -> dict[str, int]:
    """What must survive: employees, ratings with a score, audit entries (at the newest revision)."""
    conn = sqlite3.connect(path)
    try:
        return {
            "employees": conn.execute("SELECT count(*) FROM employees").fetchone()[0],
            "scored": conn.execute("SELECT count(*) FROM ratings WHERE score IS NOT NULL").fetchone()[0],
            "audit": conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        }
    finally:
        conn.close()


def raw_state(path: Path) -> tuple[str | None, str, list[str]]:
    """(revision, integrity_check, leftover batch tables) as any SQLite program sees the file."""
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        check = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        leftovers = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'")]
        return (revision[0] if revision else None), check, leftovers
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_databases(_template_dbs, tmp_path_factory):
    """{'0003': path, '0001': path} copies of the sample organisation at an old revision, and the
    counts a clean upgrade of each gives."""
    folder = tmp_path_factory.mktemp("old")
    work = folder / "work.sqlite3"
    shutil.copy(_template_dbs["demo"], work)
    db, _ = open_database(f"sqlite:///{work}")
    olds, reference = {}, {}
    for revision in ("0003", "0001"):
        migrate.downgrade(db.engine, revision)
        db.dispose()
        olds[revision] = folder / f"old-{revision}.sqlite3"
        shutil.copy(work, olds[revision])
        clean = folder / f"clean-{revision}.sqlite3"
        shutil.copy(olds[revision], clean)
        cdb, start = open_database(f"sqlite:///{clean}")
        assert start.upgraded_from == revision
        cdb.dispose()
        reference[revision] = counts(clean)
        db, _ = open_database(f"sqlite:///{work}")  # upgraded again, to go further down
    db.dispose()
    assert reference["0003"]["employees"] > 0 and reference["0003"]["scored"] > 0 and reference["0003"]["audit"] > 0
    return olds, reference


def upgrade_args(path: Path) -> list[str]:
    return ["cli", "--db", f"sqlite:///{path}", "init"]


def calibrate(old: Path, folder: Path, n: int = 3) -> tuple[float, float]:
    """(median upgrade duration, median process life) of `init` on a copy of `old`, in seconds."""
    durations, lives = [], []
    for i in range(n):
        copy = folder / f"calibrate-{old.stem}-{i}.sqlite3"
        shutil.copy(old, copy)
        run = kill_harness.run_to_end(upgrade_args(copy))
        assert run.returncode == 0, run.output()
        times = kill_harness.marker_times(run)
        durations.append(times["upgrade-end"] - times["upgrade-start"])
        lives.append(times["upgrade-end"] - run.started + 0.2)
    return statistics.median(durations), statistics.median(lives)


def test_kill_during_upgrade_never_loses_or_breaks_a_database(old_databases, tmp_path):
    olds, reference = old_databases
    timing = {rev: calibrate(path, tmp_path) for rev, path in olds.items()}
    rng = random.Random(SEED)
    chosen = rng.sample(range(TRIALS), WHOLE_LIFE + AFTER_COMMIT)
    whole_life, after_commit = set(chosen[:WHOLE_LIFE]), set(chosen[WHOLE_LIFE:])
    plans = []
    for i in range(TRIALS):
        revision = "0001" if i % FROM_0001_EVERY == 0 else "0003"
        duration, life = timing[revision]
        if i in after_commit:
            plans.append((i, revision, "upgrade-end", rng.uniform(0, 0.02)))
            continue
        whole = i in whole_life
        delay = rng.uniform(0, life) if whole else rng.uniform(0, duration)
        plans.append((i, revision, None if whole else "upgrade-start", delay))

    check_lock = threading.Lock()  # the in-process checks one at a time (the kills run two at a time)

    def trial(plan):
        i, revision, marker, delay = plan
        path = tmp_path / f"trial-{i:03d}.sqlite3"
        shutil.copy(olds[revision], path)
        run = kill_harness.kill_after(upgrade_args(path), delay, after_marker=marker)
        where = run.where(["upgrade"])
        with check_lock:
            found, check, leftovers = raw_state(path)
            problems = []
            if found not in (revision, migrate.LATEST_REVISION):
                problems.append(f"revision after the kill: {found}")
            if check != "ok":
                problems.append(f"integrity after the kill: {check}")
            if leftovers:
                problems.append(f"half-done batch tables: {leftovers}")
            try:
                db, _start = open_database(f"sqlite:///{path}", WRITE)
            except Exception as exc:  # noqa: BLE001 - counted as an unopenable database
                return i, revision, where, found, problems + [f"does not open: {exc}"], run
            try:
                if migrate.current_revision(db.engine) != migrate.LATEST_REVISION:
                    problems.append("not upgraded on the next start")
                if backup.integrity_problem(db):
                    problems.append(f"integrity after reopening: {backup.integrity_problem(db)}")
                bad_backups = [b.path.name for b in backup.list_backups(db) if backup.check_file(b.path)]
                if bad_backups:
                    problems.append(f"broken files under a backup's name: {bad_backups}")
            finally:
                db.dispose()
            if counts(path) != reference[revision]:
                problems.append(f"data lost: {counts(path)} != {reference[revision]}")
            if "Traceback" in run.stderr:
                problems.append("a traceback on stderr")
        return i, revision, where, found, problems, run

    with ThreadPoolExecutor(PARALLEL) as pool:
        results = list(pool.map(trial, plans))

    landed = {}
    for _i, _rev, where, _found, _problems, _run in results:
        landed[where] = landed.get(where, 0) + 1
    at_old = sum(1 for _i, rev, _w, found, _p, _r in results if found == rev)
    failures = [(i, rev, where, problems) for i, rev, where, _f, problems, _r in results if problems]
    inside = landed.get("upgrade", 0)
    print(f"\n{TRIALS} kills in upgrades (seed {SEED}); upgrade 0003→{migrate.LATEST_REVISION} takes "
          f"{timing['0003'][0] * 1000:.0f} ms, 0001→{migrate.LATEST_REVISION} {timing['0001'][0] * 1000:.0f} ms; "
          f"kills landed: {landed}; left at the old revision: {at_old}, at the new: {TRIALS - at_old}; "
          f"failures: {len(failures)}")
    assert not failures, failures[:5]
    assert inside >= 65, f"only {inside} of {TRIALS} kills landed inside the upgrade: {landed}"
    assert at_old > 0 and at_old < TRIALS, "the kills must hit both before and after the commit"
