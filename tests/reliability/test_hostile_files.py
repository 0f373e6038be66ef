"""Hostile and mistaken Excel files for the three imports: refused early, never a crash or a traceback,
never a partial write.

For each importer (staff, scores, framework) at least 1,000 files are generated from the program's own
export or template with one mutation each (tests/reliability/hostile.py), written to disk and given to
the planner (what the window and the command line run before writing anything). A sample of them goes
through the command line into a copy of the sample organisation's database: refused files leave every
row of every table as it was; accepted files leave a consistent database.
"""

from __future__ import annotations

import collections
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from app.actor import local_user
from app.bootstrap import open_database
from app.excel import framework_io, scores_io, staff_io
from app.excel.reading import open_workbook
from tests.reliability.hostile import ACCEPT, EITHER, REFUSE, Package, SheetSpec, Target, generate, mutations

FILES_PER_IMPORTER = 1100
SMOKE_PER_IMPORTER = 60  # the fast run (not slow): every mutation at least once
CLI_SAMPLE = 60  # files per importer imported through the command line into a database (every mutation once)


# ---------------------------------------------------------------- the program's own files as grids


def _grid(rows: list[list]) -> list[list]:
    return [[None if v == "" else v for v in row] for row in rows]


@pytest.fixture(scope="module")
def world(_template_dbs, tmp_path_factory):
    """The sample organisation, what each planner checks against, and the three targets."""
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "demo.sqlite3"
    shutil.copy(_template_dbs["demo"], source)
    db, _ = open_database(f"sqlite:///{source}")
    actor = local_user()
    from app.services import assessments, catalog, staff

    existing = staff.list_employees(db, actor, include_inactive=True)
    units = staff.list_units(db, actor)
    positions = catalog.list_positions(db, actor)
    context = assessments.scores_import_context(db, actor)([e.code for e in existing])  # as for a file naming everyone
    data = catalog.framework_data(db, actor, "btp-02-2023")
    db.dispose()

    # staff: the program's export of the sample organisation
    path = staff_io.write_staff(folder / "staff.xlsx", existing, units, positions)
    sheets = open_workbook(path, [staff_io.SHEET, staff_io.GUIDE])
    staff_target = Target(
        "staff", Package([SheetSpec(staff_io.SHEET, _grid(sheets[staff_io.SHEET].rows)),
                          SheetSpec(staff_io.GUIDE, _grid(sheets[staff_io.GUIDE].rows))]),
        path.read_bytes(), staff_io.SHEET,
        code_columns={staff_io.SHEET: [0, 4, 5]}, number_columns={staff_io.SHEET: [2, 7]},
        required_columns={staff_io.SHEET: [0, 1, 4]})

    # scores: the template, filled with rows for open forms of the sample organisation
    path = scores_io.write_template(folder / "scores.xlsx")
    header = open_workbook(path, [scores_io.SHEET])[scores_io.SHEET].rows[0]
    period = next(p for p, is_open in context["periods"].items() if is_open)
    rows = []
    for code in sorted(context["current"]):
        key = context["current"][code]
        for kind, label in (("assessor", "Người đánh giá"), ("self", "Tự đánh giá")):
            if (code, key, period, kind) in context["locked"]:
                continue
            for n, competency in enumerate(sorted(context["positions"].get(key, ()))[:4]):
                rows.append([code, key, period, label, competency, 1 + (len(rows) % 5),
                             f"Phiếu giấy {len(rows)}" if n % 2 else None])
        if len(rows) >= 60:
            break
    scores_target = Target(
        "scores", Package([SheetSpec(scores_io.SHEET, _grid([header, *rows]))]), path.read_bytes(), scores_io.SHEET,
        code_columns={scores_io.SHEET: [0, 1, 4]}, number_columns={scores_io.SHEET: [5]},
        required_columns={scores_io.SHEET: [0, 2, 3, 4]})

    # framework: the program's export of a built-in framework, under a new code
    data = dict(data, code="khung-thu")
    path = framework_io.write_framework(data, folder / "framework.xlsx")
    names = [framework_io.INFO, *framework_io.SHEETS]
    sheets = open_workbook(path, names)
    framework_target = Target(
        "framework", Package([SheetSpec(n, _grid(sheets[n].rows)) for n in names]), path.read_bytes(), "Năng lực",
        code_columns={"Nhóm năng lực": [0], "Năng lực": [0, 1], "Chuyên ngành": [0], "Yêu cầu": [1]},
        number_columns={"Yêu cầu": [2, 3], "Vị trí": [0], "Công việc": [6]},
        required_columns={"Năng lực": [0, 1, 2], "Yêu cầu": [0, 1], "Vị trí": [0, 2, 3], "Nhóm năng lực": [0, 1]})

    planners = {
        "staff": lambda p: staff_io.plan_staff_import(p, existing, units, positions).problems,
        "scores": lambda p: scores_io.plan_scores_import(p, context).problems,
        "framework": lambda p: framework_io.read_framework(p)[1],
    }
    targets = {"staff": staff_target, "scores": scores_target, "framework": framework_target}
    return {"targets": targets, "planners": planners, "folder": folder, "demo": _template_dbs["demo"]}


# ---------------------------------------------------------------- one run of the planner over many files


def _sweep(world, kind: str, count: int) -> dict:
    target, plan = world["targets"][kind], world["planners"][kind]
    folder = world["folder"] / f"{kind}-{count}"
    folder.mkdir(exist_ok=True)
    tally = collections.Counter()
    by_mutation = collections.defaultdict(collections.Counter)
    failures = []
    started = time.perf_counter()
    for n, mutant in enumerate(generate(target, count)):
        path = folder / f"{n:05d}.xlsx"
        path.write_bytes(mutant.data)
        try:
            problems = plan(path)
        except BaseException as exc:  # noqa: BLE001 — the point: nothing may escape
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(f"{mutant.name}: {type(exc).__name__}: {exc}"[:300])
            continue
        finally:
            if n % 50:  # keep one file in 50 for the command-line sample
                path.unlink(missing_ok=True)
        outcome = REFUSE if problems else ACCEPT
        tally[outcome] += 1
        by_mutation[mutant.name][outcome] += 1
        if mutant.expect != EITHER and outcome != mutant.expect:
            failures.append(f"{mutant.name}: expected {mutant.expect}, got {outcome}: "
                            + "; ".join(str(p) for p in problems[:2]))
        for p in problems:
            text = str(p)
            if "\n" in text or "Traceback" in text or len(text) > 600 or text.count(": ") < 1:
                failures.append(f"{mutant.name}: message not one plain line: {text[:200]!r}")
            if framework_io.UNFORESEEN in text:
                failures.append(f"{mutant.name}: the framework reader's safety net caught something: {text[:200]}")
    return {"tally": tally, "by_mutation": by_mutation, "failures": failures,
            "seconds": time.perf_counter() - started, "folder": folder}


@pytest.mark.parametrize("kind", ["staff", "scores", "framework"])
def test_every_mutation_once(world, kind):
    """Fast: each mutation class at least once through the planner."""
    result = _sweep(world, kind, max(SMOKE_PER_IMPORTER, len(mutations(world["targets"][kind]))))
    assert result["failures"] == [], "\n".join(result["failures"][:20])
    assert result["tally"][ACCEPT] > 0 and result["tally"][REFUSE] > 0


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["staff", "scores", "framework"])
def test_a_thousand_hostile_files(world, kind, capsys):
    result = _sweep(world, kind, FILES_PER_IMPORTER)
    tally = result["tally"]
    with capsys.disabled():
        print(f"\n{kind}: {sum(tally.values())} files, {tally[ACCEPT]} accepted, {tally[REFUSE]} refused, "
              f"{result['seconds']:.1f}s")
    assert result["failures"] == [], "\n".join(result["failures"][:20])
    assert sum(tally.values()) >= 1000
    assert len(result["by_mutation"]) == len(mutations(world["targets"][kind]))


# ---------------------------------------------------------------- through the command line, into a database


def _dump(path: Path) -> dict:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def _consistent(path: Path) -> list[str]:
    wrong = []
    with sqlite3.connect(path) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            wrong.append("integrity_check")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            wrong.append("foreign keys")
        codes = [r[0] for r in conn.execute("SELECT code FROM employees")]
        if len({c.casefold() for c in codes}) != len(codes):
            wrong.append("two employees whose codes differ only by case")
        if any(not c or c != c.strip() or "\u200b" in c for c in codes):
            wrong.append("an employee code with spaces or invisible characters")
        if conn.execute("SELECT count(*) FROM ratings WHERE score IS NOT NULL AND score NOT BETWEEN 1 AND 5").fetchone()[0]:
            wrong.append("a score outside 1-5")
        if conn.execute("SELECT count(*) FROM assessments a WHERE NOT EXISTS "
                        "(SELECT 1 FROM ratings r WHERE r.assessment_id = a.id)").fetchone()[0]:
            wrong.append("a form without ratings")
        frameworks = [r[0] for r in conn.execute("SELECT code FROM frameworks")]
        if len({c.casefold() for c in frameworks}) != len(frameworks):
            wrong.append("two frameworks whose codes differ only by case")
    return wrong


COMMANDS = {"staff": ["staff", "import"], "scores": ["scores", "import"], "framework": ["framework", "import"]}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["staff", "scores", "framework"])
def test_sample_through_the_command_line(world, kind, tmp_path, capsys):
    from app.cli import main

    target = world["targets"][kind]
    # the first file of every mutation class, then others, up to the sample size
    table = mutations(target)
    sample = list(generate(target, len(table)))[:CLI_SAMPLE]
    sample += [m for m in generate(target, CLI_SAMPLE * 3, seed=7) if m.expect != REFUSE][: max(0, CLI_SAMPLE - len(sample))]
    outcomes = collections.Counter()
    for n, mutant in enumerate(sample):
        db_path = tmp_path / f"db{n}.sqlite3"
        shutil.copy(world["demo"], db_path)
        before = _dump(db_path)
        path = tmp_path / f"{kind}{n}.xlsx"
        path.write_bytes(mutant.data)
        code = main(["--db", f"sqlite:///{db_path}", *COMMANDS[kind], str(path)])
        out, err = capsys.readouterr()
        assert code in (0, 2), (mutant.name, code, err[-500:])
        assert "Traceback" not in out + err, (mutant.name, err[-2000:])
        assert all(line.startswith("Lỗi:") for line in err.splitlines() if line.strip()), (mutant.name, err[:500])
        if code == 2:
            assert _dump(db_path) == before, f"{mutant.name}: refused but the database changed"
            outcomes[REFUSE] += 1
        else:
            assert mutant.expect != REFUSE, f"{mutant.name}: imported, should have been refused"
            assert _consistent(db_path) == [], (mutant.name, _consistent(db_path))
            outcomes[ACCEPT] += 1
        if mutant.expect == ACCEPT:
            assert code == 0, (mutant.name, err[:500])
        path.unlink()
        db_path.unlink()
    assert outcomes[ACCEPT] and outcomes[REFUSE]
