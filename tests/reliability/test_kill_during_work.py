"""50 kill -9 during everyday work: saves, a scores import, backups and restores.

Each trial runs the real code in a subprocess (tests/reliability/crash_workers.py) on its own copy of the
sample organisation and kills it with SIGKILL after a random delay drawn across the phase being tested
(measured first; the worker prints a marker when the phase starts), or, for one trial in four, across the
whole process. Afterwards:
- saves (set_rating one by one, an acknowledgement printed after each returns): every acknowledged
  score is in the database; only the save in flight at the kill may or may not be there;
- a scores import (`scores import FILE`): all of the file's scores or none of them, and its audit entries
  likewise;
- a backup (`backup`, `backup -o FILE`): the database is untouched; the backups listed are only whole,
  checked ones (`backup --list`); the -o file is absent or whole; the temporary files a killed backup leaves never carry a
  backup's name and the next backup deletes them;
- a restore (`restore FILE`): the database holds the old content or the restored one (a fingerprint of
  every rating, employee and audit entry), never a mix;
and every database passes integrity_check and opens as the next start would (open_database WRITE).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import statistics
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import backup
from app.actor import local_user
from app.bootstrap import WRITE, open_database
from app.database import Database
from app.excel.scores_io import write_template
from app.services import assessments as svc
from tests.reliability import kill_harness

pytestmark = pytest.mark.slow

SEED = 20260502
PERIOD = "Năm 2026"
SAVE_FORM = 8  # a draft assessor form of the sample organisation (MAU0002, 17 competencies)
IMPORT_FORMS = 8  # draft assessor forms the import file fills
PLAN = {"save": 14, "import": 12, "backup": 6, "backup-o": 6, "restore": 12}  # 50 kills
WHOLE_LIFE_EVERY = 4


def fingerprint(path: Path) -> str:
    """Every rating, employee and audit entry, hashed (as any SQLite program reads the file)."""
    conn = sqlite3.connect(path)
    try:
        parts = [conn.execute("SELECT id, assessment_id, competency_id, score, note FROM ratings ORDER BY id").fetchall(),
                 conn.execute("SELECT id, code, full_name, unit_id, position_id FROM employees ORDER BY id").fetchall(),
                 conn.execute("SELECT id, action, entity_key, field, old_value, new_value FROM audit_log ORDER BY id")
                 .fetchall()]
    finally:
        conn.close()
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def scores(path: Path, cells) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {(a, c): conn.execute("SELECT score FROM ratings WHERE assessment_id=? AND competency_code=?",
                                     (a, c)).fetchone()[0] for a, c in cells}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def audit_count(path: Path, like: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log WHERE reason LIKE ?", (like,)).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def material(_template_dbs, tmp_path_factory):
    """The sample organisation, a scores file for 8 draft forms (every score changed), and a backup of a
    different state to restore."""
    folder = tmp_path_factory.mktemp("work")
    base = folder / "base.sqlite3"
    shutil.copy(_template_dbs["demo"], base)
    db, _ = open_database(f"sqlite:///{base}")
    actor = local_user()
    forms = [a for a in svc.list_assessments(db, actor, PERIOD) if a.kind == "assessor" and a.status == "draft"]
    forms = [svc.get_assessment(db, actor, a.id) for a in forms if a.id != SAVE_FORM][:IMPORT_FORMS]
    assert len(forms) == IMPORT_FORMS
    workbook = write_template(folder / "scores.xlsx")
    wb = load_workbook(workbook)
    ws = wb["Điểm"]
    cells, new = [], {}
    for view in forms:
        for r in view.ratings:
            value = (r.score % 5) + 1 if r.score else 3
            ws.append([view.employee_code, view.position_key, PERIOD, "Người đánh giá", r.competency_code, value, None])
            cells.append((view.id, r.competency_code))
            new[(view.id, r.competency_code)] = value
    wb.save(workbook)
    save_codes = [r.competency_code for r in svc.get_assessment(db, actor, SAVE_FORM).ratings][:6]
    # a different state, backed up: the file restores put back
    changed = folder / "changed.sqlite3"
    shutil.copy(base, changed)
    cdb, _ = open_database(f"sqlite:///{changed}")
    for code in save_codes:
        svc.set_rating(cdb, actor, SAVE_FORM, code, score=5 if code != save_codes[0] else 1, reason="état B")
    restore_file = backup.backup(cdb, target=folder / "restore-me.sqlite3")
    cdb.dispose()
    db.dispose()
    assert fingerprint(base) != fingerprint(restore_file)
    return {"base": base, "workbook": workbook, "cells": cells, "new": new, "save_codes": save_codes,
            "restore_file": restore_file}


def args_for(kind: str, path: Path, material: dict, out: Path) -> tuple[list[str], str]:
    """(worker arguments, marker of the phase) for one kind of work."""
    url = f"sqlite:///{path}"
    if kind == "save":
        return ["save", url, str(SAVE_FORM), *material["save_codes"]], "ready"
    if kind == "import":
        return ["cli", "--db", url, "scores", "import", str(material["workbook"])], "import-start"
    if kind == "backup":
        return ["cli", "--db", url, "backup"], "copy-start"
    if kind == "backup-o":
        return ["cli", "--db", url, "backup", "-o", str(out)], "copy-start"
    return ["cli", "--db", url, "restore", str(material["restore_file"])], "restore-start"


def calibrate(material: dict, folder: Path) -> dict[str, tuple[float, float]]:
    """kind → (median duration of its phase, median life of the process), from runs to the end."""
    phases = {"import": "import", "backup": "copy", "backup-o": "copy", "restore": "restore"}
    timing = {"save": (1.5, 3.0)}  # saves run until killed: killed 0 to 1.5 s after the first save
    for kind, phase in phases.items():
        durations, lives = [], []
        for i in range(3):
            path = folder / f"calibrate-{kind}-{i}.sqlite3"
            shutil.copy(material["base"], path)
            run = kill_harness.run_to_end(args_for(kind, path, material, folder / f"cal-{kind}-{i}.sqlite3")[0])
            assert run.returncode == 0, run.output()
            times = kill_harness.marker_times(run)
            durations.append(times[f"{phase}-end"] - times[f"{phase}-start"])
            lives.append(max(times.values()) - run.started + 0.1)
        timing[kind] = (statistics.median(durations), statistics.median(lives))
    return timing


def check_saves(run, path: Path, material: dict, initial: dict) -> list[str]:
    """Every acknowledged score is there; only the save in flight may be either way."""
    expected = dict(initial)
    in_flight = None
    pending = {}
    for line in run.lines:
        parts = line.split()
        if parts[:1] == ["saving"]:
            n, code, value = int(parts[1]), parts[2], int(parts[3])
            pending = {"n": n, "code": code, "value": value}
            in_flight = pending
        elif parts[:1] == ["ack"]:
            assert int(parts[1]) == pending["n"]
            expected[(SAVE_FORM, pending["code"])] = pending["value"]
            in_flight = None
        elif parts[:1] == ["refused"]:
            in_flight = None
    found = scores(path, expected.keys())
    problems = []
    for cell, value in expected.items():
        if found[cell] == value:
            continue
        if in_flight and cell == (SAVE_FORM, in_flight["code"]) and found[cell] == in_flight["value"]:
            continue
        problems.append(f"acknowledged {cell}={value}, found {found[cell]}")
    acks = sum(1 for line in run.lines if line.startswith("ack "))
    return problems, acks


def test_kill_during_saves_imports_backups_and_restores(material, tmp_path):
    timing = calibrate(material, tmp_path)
    rng = random.Random(SEED)
    plans = []
    for kind, n in PLAN.items():
        for j in range(n):
            whole = kind != "save" and j % WHOLE_LIFE_EVERY == WHOLE_LIFE_EVERY - 1
            duration, life = timing[kind]
            plans.append((len(plans), kind, whole, rng.uniform(0, life if whole else duration)))
    base_print = fingerprint(material["base"])
    restore_print = fingerprint(material["restore_file"])
    initial_scores = scores(material["base"], [(SAVE_FORM, c) for c in material["save_codes"]])
    old_import = scores(material["base"], material["cells"])
    lock = threading.Lock()

    def trial(plan):
        i, kind, whole, delay = plan
        path = tmp_path / f"trial-{i:02d}-{kind}.sqlite3"
        out = tmp_path / f"trial-{i:02d}-out.sqlite3"
        shutil.copy(material["base"], path)
        args, marker = args_for(kind, path, material, out)
        if kind == "save":
            run = kill_harness.kill_after(args, 0.3 + delay, after_marker=marker)
        else:
            run = kill_harness.kill_after(args, delay, after_marker=None if whole else marker)
        phase = {"save": "save", "import": "import", "restore": "restore"}.get(kind, "copy")
        where = "save" if kind == "save" and run.killed else run.where([phase])
        problems, extra = [], {}
        with lock:
            check = integrity(path)
            if check != "ok":
                problems.append(f"integrity after the kill: {check}")
            if kind == "save":
                lost, acks = check_saves(run, path, material, initial_scores)
                problems += lost
                extra["acks"] = acks
            elif kind == "import":
                now = scores(path, material["cells"])
                entries = audit_count(path, "Nhập từ tệp Excel%")
                if now == material["new"]:
                    extra["import"] = "all"
                    if entries != len(material["cells"]):
                        problems.append(f"all scores imported but {entries} audit entries")
                elif now == old_import:
                    extra["import"] = "none"
                    if entries:
                        problems.append(f"nothing imported but {entries} audit entries")
                else:
                    changed = sum(1 for c in now if now[c] != old_import[c])
                    problems.append(f"half an import: {changed} of {len(now)} scores changed")
            elif kind.startswith("backup"):
                if fingerprint(path) != base_print:
                    problems.append("a backup changed the database")
                if kind == "backup-o" and out.exists() and backup.check_file(out):
                    problems.append(f"a broken file at the backup's name: {backup.check_file(out)}")
                listed = kill_harness.run_to_end(["cli", "--db", f"sqlite:///{path}", "backup", "--list"])
                names = [w for line in listed.lines for w in line.split() if w.endswith(".sqlite3")]
                folder = backup.backups_dir(path)
                if listed.returncode != 0 or any(backup.check_file(folder / n) for n in names):
                    problems.append(f"backup --list shows what is not a whole backup: {listed.output()}")
                if any(n.startswith(".") for n in names):
                    problems.append(f"backup --list shows a temporary file: {names}")
            else:
                now = fingerprint(path)
                if now not in (base_print, restore_print):
                    problems.append("a restore left neither the old content nor the new")
                extra["restore"] = "new" if now == restore_print else "old"
            folder = backup.backups_dir(path)
            extra["leftovers"] = sorted(p.name for p in folder.glob(".*")) if folder.is_dir() else []
            try:
                db, _ = open_database(f"sqlite:///{path}", WRITE)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"does not open: {exc}")
            else:
                try:
                    broken = [b.path.name for b in backup.list_backups(db) if backup.check_file(b.path)]
                    if broken:
                        problems.append(f"broken files under a backup's name: {broken}")
                    folder = backup.backups_dir(db.path)
                    backup.backup(db)  # the next backup clears what a killed one left behind
                    left = sorted(p.name for p in folder.glob(".*"))
                    if left:
                        problems.append(f"temporary files of killed backups not cleared: {left}")
                finally:
                    db.dispose()
            if "Traceback" in run.stderr:
                problems.append("a traceback on stderr")
        return i, kind, where, problems, extra, run

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(trial, plans))

    summary: dict[str, dict] = {}
    for _i, kind, where, _problems, extra, _run in results:
        s = summary.setdefault(kind, {"kills": 0, "landed": {}})
        s["kills"] += 1
        s["landed"][where] = s["landed"].get(where, 0) + 1
        for key in ("import", "restore"):
            if key in extra:
                s.setdefault(key, {}).setdefault(extra[key], 0)
                s[key][extra[key]] += 1
        if "acks" in extra:
            s["acks"] = s.get("acks", 0) + extra["acks"]
        if extra.get("leftovers"):  # cleared by the next backup (checked above)
            s["temporary files left by the kill"] = s.get("temporary files left by the kill", 0) + len(extra["leftovers"])
    failures = [(i, kind, where, problems) for i, kind, where, problems, _e, _r in results if problems]
    print(f"\n{len(plans)} kills during work (seed {SEED}); phase durations (ms): "
          f"{ {k: round(v[0] * 1000) for k, v in timing.items() if k != 'save'} }")
    for kind, s in summary.items():
        print(f"  {kind}: {s}")
    print(f"  failures: {len(failures)}")
    assert not failures, failures[:5]
    inside = sum(1 for _i, kind, where, *_ in results if where in ("save", "import", "copy", "restore"))
    assert inside >= 35, f"only {inside} of {len(plans)} kills landed inside the work: {summary}"
    assert summary["save"]["acks"] > 50, "the save trials must acknowledge saves before the kill"
