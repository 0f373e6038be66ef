"""Twenty writers at once on a shared PostgreSQL database, each a real process running the `rate` command:
ten on the same new form (each its own competency, all of them one shared competency), ten on forms of their
own. Every acknowledged score is in the database at the end (no lost update), every refusal is one `Lỗi:` line
saying someone else wrote first, never a traceback or a deadlock, and the trail stays one verified chain."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text

from app.bootstrap import open_database
from app.cli import main

SAME = "MAU0005"
OWN_COMPETENCIES = ["NLC2", "NLC3", "NLC4", "NLC5", "NLC6", "NLC7", "NLCM1", "NLCM2", "NLCM3", "NLCM4"]
SHARED = "NLC1"
OTHERS = ["MAU0007", "MAU0009", "MAU0013", "MAU0015", "MAU0016", "MAU0018", "MAU0022", "MAU0024", "MAU0025",
          "MAU0026"]
ROUNDS = 3
PERIOD = "Năm 2032"

WRITER = textwrap.dedent("""
    import json, os, sys, time
    from app.cli import main
    url, start, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    while not os.path.exists(start):
        time.sleep(0.005)
    for n, args in enumerate(plan):
        code = main(["--db", url, *args])
        sys.stdout.write("\\nRESULT " + json.dumps([n, code]) + "\\n")
        sys.stdout.flush()
""")


def _two_competencies(conn, employee: str) -> list[str]:
    """Two competencies with a level range required of the employee's position."""
    return list(conn.execute(text(
        "SELECT c.code FROM employees e JOIN requirements q ON q.position_id = e.position_id "
        "JOIN competencies c ON c.id = q.competency_id WHERE e.code = :e AND q.min_level IS NOT NULL "
        "ORDER BY q.sort_order, c.code LIMIT 2"), {"e": employee}).scalars())


def _plans(url: str) -> list[tuple[str, list[list[str]], dict[str, list[int]]]]:
    """Per writer: the employee, its commands and the score each round gives each competency it writes."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.connect() as conn:
        theirs = {code: _two_competencies(conn, code) for code in OTHERS}
    engine.dispose()
    plans = []
    for i, own in enumerate(OWN_COMPETENCIES):
        scores = {own: [(i + r) % 5 + 1 for r in range(ROUNDS)], SHARED: [(i + 2 * r) % 5 + 1 for r in range(ROUNDS)]}
        plans.append((SAME, scores))
    for i, code in enumerate(OTHERS):
        first, second = theirs[code]
        plans.append((code, {first: [(i + r) % 5 + 1 for r in range(ROUNDS)],
                             second: [(i + r + 1) % 5 + 1 for r in range(ROUNDS)]}))
    out = []
    for employee, scores in plans:
        commands = [["rate", employee, "--kind", "self", "--period", PERIOD,
                     *(f"{c}={s[r]}" for c, s in scores.items())] for r in range(ROUNDS)]
        out.append((employee, commands, scores))
    return out


def _score(conn, employee: str, competency: str) -> int | None:
    return conn.execute(text(
        "SELECT r.score FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
        "JOIN employees e ON e.id = a.employee_id JOIN assessment_periods p ON p.id = a.period_id "
        "WHERE e.code = :e AND p.name = :p AND a.kind = 'self' AND r.competency_code = :c"),
        {"e": employee, "p": PERIOD, "c": competency}).scalar()


def test_twenty_writers_at_once_lose_nothing_and_report_every_conflict(pg_admin_url, _pg_templates, tmp_path,
                                                                        capsys):
    from tests.postgres_server import create_database, drop_database

    url = create_database(pg_admin_url, template=_pg_templates["demo"])
    try:
        assert main(["--db", url, "period", "add", PERIOD, "--from", "01/01/2032", "--to", "31/12/2032"]) == 0
        capsys.readouterr()
        start = tmp_path / "start"
        plans = _plans(url)
        writers = []
        for n, (_, commands, _) in enumerate(plans):
            env = {"COMPETENCY_GAP_DATA_DIR": str(tmp_path / f"d{n}"), "COMPETENCY_GAP_CONFIG_DIR": str(tmp_path / f"c{n}"),
                   "COMPETENCY_GAP_LOG_DIR": str(tmp_path / f"l{n}"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
            writers.append(subprocess.Popen([sys.executable, "-c", WRITER, url, str(start), json.dumps(commands)],
                                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                            cwd=Path(__file__).parents[1]))
        time.sleep(3)  # every writer has imported the program and waits
        start.touch()
        outputs = [w.communicate(timeout=600) for w in writers]
        assert all(w.returncode == 0 for w in writers), [e for _, e in outputs]

        acknowledged: dict[tuple[str, str], int] = {}  # the last saved score of each writer's own competencies
        shared_saved = []
        conflicts = 0
        for (employee, _, scores), (out, err) in zip(plans, outputs):
            results = [json.loads(line.split(" ", 1)[1]) for line in out.splitlines() if line.startswith("RESULT ")]
            assert len(results) == ROUNDS, (out, err)
            lines = [line for line in err.splitlines() if line.strip()]
            assert "Traceback" not in err and "deadlock" not in err.lower() and "không mong đợi" not in err, err
            refused = [r for r, code in results if code != 0]
            assert len(lines) == len(refused), err  # one line per refusal, nothing else
            for line, (r, code) in zip(lines, [x for x in results if x[1] != 0]):
                assert code == 2 and line.startswith("Lỗi: ") and "người khác" in line, line  # a conflict, said so
            conflicts += len(refused)
            for r, code in results:
                if code == 0:
                    for competency, given in scores.items():
                        if employee == SAME and competency == SHARED:
                            shared_saved.append(given[r])
                        else:
                            acknowledged[(employee, competency)] = given[r]

        db, _ = open_database(url)
        try:
            with db.engine.connect() as conn:
                for (employee, competency), score in acknowledged.items():  # no lost update
                    assert _score(conn, employee, competency) == score, (employee, competency)
                assert _score(conn, SAME, SHARED) in shared_saved
                forms = conn.execute(text(
                    "SELECT e.code, count(*) FROM assessments a JOIN employees e ON e.id = a.employee_id "
                    "JOIN assessment_periods p ON p.id = a.period_id WHERE p.name = :p GROUP BY e.code"),
                    {"p": PERIOD}).all()
                assert dict(forms) == {code: 1 for code in [SAME, *OTHERS]}  # one form each, never two
            from app import audit_chain
            from app.actor import local_user

            assert audit_chain.verify(db, local_user()).ok
        finally:
            db.dispose()
        # most writes go through: a conflict is the exception, not the rule
        assert conflicts <= len(plans) * ROUNDS // 4, conflicts
        print(f"{len(plans)} writers x {ROUNDS} rounds: {conflicts} conflicts reported")
    finally:
        drop_database(pg_admin_url, url)
