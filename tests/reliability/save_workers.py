"""Writers for the concurrency test: processes of threads saving scores through the services.

Each save is what a window does: read the form, then write one score expecting the value it read
(compare-and-set). Shared cells are fought over by every writer and by the scores import; each
writer also owns one cell where it makes deliberately stale writes, which must all be refused.
No Qt here: the processes are started with 'spawn' and import only the core.
"""

from __future__ import annotations

import json
import random
import threading
import time

from app.actor import local_user
from app.database import Database
from app.errors import Conflict
from app.services import assessments as svc
from app.services import staff

SAVES_PER_THREAD = 25
STALE_PER_THREAD = 4
SHARED_FORMS, SHARED_CODES = 2, 4
THREADS_PER_PROCESS = 4
IMPORT_FORMS = 12


def prepare(db, actor, period: str) -> dict:
    """Forms for the test: shared cells, one own cell per writer, and the import's extra forms."""
    def editable(code: str) -> bool:
        found = svc.find_assessment(db, actor, code, None, period, "assessor")
        return found is None or found.editable

    people = [e for e in staff.list_employees(db, actor) if e.position and e.active and editable(e.code)]
    views = [svc.open_assessment(db, actor, e.code, None, period, "assessor") for e in people[:SHARED_FORMS]]
    shared = [[v.id, r.competency_code] for v in views for r in v.ratings[:SHARED_CODES]]
    own, taken = [], SHARED_FORMS  # one cell per writer, on forms nobody else writes
    while len(own) < 2 * THREADS_PER_PROCESS:
        v = svc.open_assessment(db, actor, people[taken].code, None, period, "assessor")
        own += [[v.id, r.competency_code] for r in v.ratings]
        taken += 1
    return {
        "shared": shared,
        "own": own,
        "shared_forms": [[v.employee_code, v.position_key] for v in views],
        "shared_codes": [[r.competency_code for r in v.ratings[:SHARED_CODES]] for v in views],
        "import_forms": [
            [e.code, e.position, [r.competency_code for r in
                                  svc.preview_assessment(db, actor, e.code, None, period, "assessor").ratings]]
            for e in people[taken:taken + IMPORT_FORMS]
        ],
    }


def import_changes(plan: dict, n: int, period: str) -> dict:
    """The n-th scores import: the shared cells (a blind overwrite, as a file does) and other forms whole."""
    changes: dict = {}
    for (employee, position), codes in zip(plan["shared_forms"], plan["shared_codes"]):
        changes[(employee, position, period, "assessor")] = {c: (1 + (n + i) % 5, svc.KEEP) for i, c in enumerate(codes)}
    for employee, position, codes in plan["import_forms"]:
        changes[(employee, position, period, "assessor")] = {c: (1 + (n + i) % 5, svc.KEEP) for i, c in enumerate(codes)}
    return changes


def _score(db, actor, assessment_id: int, code: str) -> int | None:
    view = svc.get_assessment(db, actor, assessment_id)
    return next(r.score for r in view.ratings if r.competency_code == code)


def _writer(db, plan: dict, p: int, t: int, out: dict, lock: threading.Lock) -> None:
    actor = local_user()
    rng = random.Random(1000 * p + t)
    saves, stale, errors = [], [], []
    own_id, own_code = plan["own"][p * THREADS_PER_PROCESS + t]  # no two writers share it
    for i in range(SAVES_PER_THREAD):
        aid, code = rng.choice(plan["shared"])
        reason = f"w{p}.{t}.{i}"
        started = time.monotonic()
        record = {"reason": reason, "cell": [aid, code], "ok": False, "outcome": "error"}
        try:
            current = _score(db, actor, aid, code)
            value = rng.choice([v for v in range(1, 6) if v != current])
            record.update(expected=current, value=value)
            time.sleep(rng.random() * 0.01)  # a person's pause between seeing and typing
            view = svc.set_ratings(db, actor, aid, {code: (value, svc.KEEP)}, reason=reason,
                                   expected={code: (current, svc.KEEP)})
            assert next(r.score for r in view.ratings if r.competency_code == code) == value
            record.update(ok=True, outcome="saved")
        except Conflict as exc:
            record["outcome"] = "conflict"
            record["conflict_field"] = exc.field
        except Exception as exc:  # noqa: BLE001 - reported to the test, which asserts there are none
            errors.append(f"{type(exc).__name__}: {exc}")
        record["seconds"] = time.monotonic() - started
        saves.append(record)
    for j in range(STALE_PER_THREAD):  # the writer's own cell: nobody else writes it
        try:
            before = _score(db, actor, own_id, own_code)
            first = rng.choice([v for v in range(1, 6) if v != before])
            svc.set_ratings(db, actor, own_id, {own_code: (first, svc.KEEP)}, reason=f"s{p}.{t}.{j}a",
                            expected={own_code: (before, svc.KEEP)})
            late = rng.choice([v for v in range(1, 6) if v not in (before, first)])
            record = {"reason": f"s{p}.{t}.{j}b", "expected": before, "value": late, "current": first}
            try:
                svc.set_ratings(db, actor, own_id, {own_code: (late, svc.KEEP)}, reason=record["reason"],
                                expected={own_code: (before, svc.KEEP)})
                record["outcome"] = "written"
            except Conflict as exc:
                record["outcome"] = "conflict" if exc.score == first and exc.field == "score" else "wrong conflict"
            stale.append(record)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}")
    with lock:
        out["saves"] += saves
        out["stale"] += stale
        out["errors"] += errors


def run_process(url: str, plan_path: str, p: int, threads: int, out_path: str) -> None:
    """One writer process: `threads` threads sharing one Database, results written as JSON."""
    assert threads <= THREADS_PER_PROCESS
    with open(plan_path, encoding="utf-8") as f:
        plan = json.load(f)
    db = Database(url)
    out: dict = {"saves": [], "stale": [], "errors": []}
    lock = threading.Lock()
    workers = [threading.Thread(target=_writer, args=(db, plan, p, t, out, lock)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    db.dispose()
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


def final_scores(db, plan: dict) -> dict[tuple[int, str], int | None]:
    actor = local_user()
    result = {}
    for aid, code in plan["shared"] + plan["own"]:
        result[(aid, code)] = _score(db, actor, aid, code)
    return result
