"""Saving one score (its own transaction, with its audit entry) vs raw sqlite3 doing the same writes."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from pathlib import Path

from app.actor import local_user
from app.bootstrap import open_database
from app.demo import load_demo
from app.services import assessments as svc
from bench.runner import Result, median_ms


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        db, _ = open_database(f"sqlite:///{path}")
        actor = local_user()
        load_demo(db, actor)
        view = svc.open_assessment(db, actor, "MAU0005", None, "Năm 2026", "assessor")
        scores = itertools.cycle([1, 2, 3, 4, 5])
        value = median_ms(lambda: svc.set_rating(db, actor, view.id, "NLC1", score=next(scores)), repeat=60)

        rating_id = view.ratings[0].id
        floors = {}
        for mode in ("FULL", "NORMAL"):
            raw = sqlite3.connect(path, isolation_level=None)
            raw.execute(f"PRAGMA synchronous={mode}")

            def raw_save(raw=raw):
                score = next(scores)
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("UPDATE ratings SET score=?, version=version+1 WHERE id=?", (score, rating_id))
                raw.execute(
                    "INSERT INTO audit_log (at, actor, actor_name, action, entity, entity_key, assessment_id, item,"
                    " field, old_value, new_value, reason) VALUES (datetime('now'), 'bench', 'bench', 'change',"
                    " 'assessment', ?, ?, 'NLC1', 'score', NULL, ?, '')",
                    (str(view.id), view.id, str(score)),
                )
                raw.execute("COMMIT")

            floors[mode] = median_ms(raw_save, repeat=60)
            raw.close()
        db.dispose()
    # The program commits with synchronous=FULL: a score reported saved survives a power cut, at the
    # price of one fsync of the WAL per save. The floor is the same two statements, raw, equally durable;
    # the service also loads the form, checks rights, state and the file, and builds the view.
    # durable_commit reports what that fsync costs against synchronous=NORMAL on this disk: it is a
    # figure to know, not a goal to meet (a save stays far inside a keystroke's time either way).
    return [Result("rating_save", value, floors["FULL"], goal=150),
            Result("rating_save_durable_commit", floors["FULL"], floors["NORMAL"], goal=float("inf"))]
