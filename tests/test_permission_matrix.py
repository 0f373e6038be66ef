"""Every service operation × role × own / same unit / other unit: allowed or refused, and nothing changed
when refused; the same refusals through the command line.

Targets: MAU0005 is the employee account's own record (unit MAU-STP-XLVP, under the head's MAU-STP),
MAU0010 a colleague in the same unit, MAU0040 someone in another unit (MAU-ATTT). For account
operations, "own" is the actor's own account and "same"/"other" another person's account.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import accounts, audit
from app.actor import local_user
from app.cli import main
from app.errors import PermissionDenied, UserError
from app.services import assessments as svc
from app.services import catalog, frameworks, grades, person_forms, reporting, staff, staff_list, workspace
from tests.conftest import PASSWORD
from tests.test_staff_import import dump

ROLES = ("hr", "head", "employee")
TARGETS = {"own": "MAU0005", "same": "MAU0010", "other": "MAU0040"}
OWN_ACCOUNT = {"hr": "admin", "head": "truongphong", "employee": "congchuc"}

EVERYONE = {(r, t) for r in ROLES for t in TARGETS}
HR = {("hr", t) for t in TARGETS}
ASSESSORS = HR | {("head", "own"), ("head", "same")}  # HR, and the head for their unit subtree
READERS = ASSESSORS | {("employee", "own")}  # ... and the employee for themselves
OWN_OR_HR = HR | {("head", "own"), ("employee", "own")}


def local():
    return local_user()


def first_code(db, code, period="Năm 2026"):
    return svc.preview_assessment(db, local(), code, None, period, "assessor").ratings[0].competency_code


def form(db, code, kind, status="draft", period="Năm 2026"):
    """A form of the target in the given status, prepared by the local user; its id."""
    view = svc.rate(db, local(), code, None, period, kind, {first_code(db, code, period): (3, svc.KEEP)})
    if status in ("submitted", "approved"):
        svc.submit(db, local(), view.id)
    if status == "approved":
        svc.approve(db, local(), view.id)
    return view.id


def visible(rows, code) -> None:
    """For list operations: allowed means the target is listed; refused means it is not."""
    if code not in {getattr(r, "employee_code", None) or getattr(r, "code", None) for r in rows}:
        raise PermissionDenied("not listed")


def another_account(db, role, target) -> str:
    """The actor's own account for "own"; otherwise a colleague's account, created here."""
    if target == "own":
        return OWN_ACCOUNT[role]
    accounts.add_account(db, accounts.login(db, "admin", PASSWORD), "nhanvien2", PASSWORD, "employee",
                         employee="MAU0040")
    return "nhanvien2"


def _with_second_role(db) -> str:
    """The employee's account, given a second role (head of MAU-ATTT) to take away."""
    accounts.grant_role(db, accounts.login(db, "admin", PASSWORD), "congchuc", "head", unit="MAU-ATTT")
    return "congchuc"


def edited(db, code) -> staff.EmployeeInput:
    data = staff.employee_input(staff.get_employee(db, local(), code))
    return staff.EmployeeInput(**{**data.__dict__, "certificates": "Chứng chỉ tiếng Anh B2"})


def counterpart_of(db, actor, view) -> None:
    if svc.counterpart(db, actor, view) is None:
        raise PermissionDenied("no counterpart shown")


@dataclass(frozen=True)
class Op:
    """service: module:function it exercises; prepare(db, role, target) → subject, done by the local user;
    run(db, actor, subject); expected: the (role, target) pairs allowed."""

    service: str
    run: Callable
    expected: set
    prepare: Callable = lambda db, role, target: TARGETS[target]


def _form(kind, status="draft"):
    return lambda db, role, target: form(db, TARGETS[target], kind, status)


def _readiness(db, role, target):
    """A readiness form of the target (against a position not theirs), made by the local user."""
    svc.rate(db, local(), TARGETS[target], "btp-02-2023:1", "Năm 2026", "assessor", {"NLC1": (3, svc.KEEP)})
    return TARGETS[target]


def _with_first(db, role, target):
    return TARGETS[target], first_code(db, TARGETS[target])


def _found(kind):
    return lambda db, role, target: svc.find_assessment(db, local(), TARGETS[target], None, "Năm 2025", kind)


OPS = {
    # catalogue: not personal data; changing it is HR's
    "list_frameworks": Op("catalog:list_frameworks", lambda db, a, s: catalog.list_frameworks(db, a), EVERYONE),
    "list_positions": Op("catalog:list_positions", lambda db, a, s: catalog.list_positions(db, a), EVERYONE),
    "get_position": Op("catalog:get_position", lambda db, a, s: catalog.get_position(db, a, "btp-02-2023:2"), EVERYONE),
    "level_descriptors": Op("catalog:level_descriptors",
                            lambda db, a, s: catalog.level_descriptors(db, a, "btp-02-2023:2"), EVERYONE),
    "export_framework": Op("catalog:framework_data", lambda db, a, s: catalog.framework_data(db, a, "btp-02-2023"),
                           EVERYONE),
    "import_framework": Op("catalog:import_framework", lambda db, a, s: catalog.import_framework(db, a, s), HR,
                           lambda db, r, t: {**catalog.framework_data(db, local(), "btp-02-2023"),
                                             "code": "btp-02-2023-tinh"}),
    "preview_framework": Op("frameworks:preview_framework", lambda db, a, s: frameworks.preview_framework(db, a, s),
                            HR, lambda db, r, t: {**catalog.framework_data(db, local(), "btp-02-2023"),
                                                  "code": "btp-02-2023-tinh"}),
    "save_framework": Op("frameworks:save_framework", lambda db, a, s: frameworks.save_framework(db, a, s), HR,
                         lambda db, r, t: {**catalog.framework_data(db, local(), "btp-02-2023"),
                                           "code": "btp-02-2023-tinh"}),
    "copy_framework": Op("frameworks:copy_framework", lambda db, a, s: frameworks.copy_framework(
        db, a, "btp-02-2023", "btp-02-2023-tinh", "Khung của Sở"), HR),
    "framework_usage": Op("frameworks:framework_usage", lambda db, a, s: frameworks.framework_usage(
        db, a, "btp-02-2023"), EVERYONE),
    "set_requirement": Op("catalog:set_requirement", lambda db, a, s: catalog.set_requirement(
        db, a, "btp-02-2023:2", "NLC1", 3, 5, "Quyết định 12/QĐ-STP"), HR),
    # the grade catalogue: read by everyone, extended by HR
    "list_grades": Op("grades:list_grades", lambda db, a, s: grades.list_grades(db, a), EVERYONE),
    "grade_catalogue": Op("grades:grade_catalogue", lambda db, a, s: grades.grade_catalogue(db, a), EVERYONE),
    "add_grade": Op("grades:add_grade", lambda db, a, s: grades.add_grade(
        db, a, "V.07.05.16", "Giáo viên thử hạng IV", "hang", 2, "1-2"), HR),
    "change_grade": Op("grades:change_grade", lambda db, a, s: grades.change_grade(
        db, a, "HANG-III", "Viên chức hạng III", "hang", 3, "3-3"), HR),
    # units, people
    "list_units": Op("units:list_units", lambda db, a, s: staff.list_units(db, a), EVERYONE),
    "add_unit": Op("units:add_unit", lambda db, a, s: staff.add_unit(db, a, "MAU-KHCN", "Phòng KHCN", "MAU"), HR),
    "rename_unit": Op("units:rename_unit", lambda db, a, s: staff.rename_unit(db, a, "MAU-ATTT", "Phòng ATTT"), HR),
    "move_unit": Op("units:move_unit", lambda db, a, s: staff.move_unit(db, a, "MAU-ATTT", "MAU-STP"), HR),
    "delete_unit": Op("units:delete_unit", lambda db, a, s: staff.delete_unit(db, a, s), HR,
                      lambda db, r, t: staff.add_unit(db, local(), "MAU-TAM", "Phòng tạm", "MAU").code),
    "read_employee": Op("staff:get_employee", lambda db, a, s: staff.get_employee(db, a, s), READERS),
    "list_employees": Op("staff:list_employees", lambda db, a, s: visible(staff.list_employees(db, a), s), READERS),
    "employee_page": Op("staff_list:employee_page",
                        lambda db, a, s: visible(staff_list.employee_page(db, a, limit=None).rows, s), READERS),
    "agency_name": Op("staff:agency_name", lambda db, a, s: staff.agency_name(db, a, s), READERS),
    "statutory_readiness": Op("staff:statutory_readiness",
                              lambda db, a, s: staff.statutory_readiness(db, a, s, "btp-02-2023:2"), READERS),
    "edit_employee": Op("staff:save_employee", lambda db, a, s: staff.save_employee(db, a, s, False), HR,
                        lambda db, r, t: edited(db, TARGETS[t])),
    "set_active": Op("staff:set_active", lambda db, a, s: staff.set_active(db, a, s, False), HR),
    "import_employees": Op("staff:import_employees", lambda db, a, s: staff.import_employees(
        db, a, [staff.EmployeeInput(code="NEW0001", name="Nguyễn Văn An", unit="MAU-STP-XLVP")]), HR),
    # periods
    "list_periods": Op("periods:list_periods", lambda db, a, s: svc.list_periods(db, a), EVERYONE),
    "add_period": Op("periods:add_period", lambda db, a, s: svc.add_period(db, a, "Năm 2030"), HR),
    "close_period": Op("periods:set_period_status",
                       lambda db, a, s: svc.set_period_status(db, a, "Năm 2026", "closed"), HR),
    # reading forms and reports
    "readiness_rows": Op("reporting:readiness_rows", lambda db, a, s: visible(
        [r.person for r in reporting.readiness_rows(db, a, "Năm 2026")], s), ASSESSORS, _readiness),
    "choose_form": Op("person_forms:choose_form", lambda db, a, s: person_forms.choose_form(
        db, a, s, None, "Năm 2025", "self"), READERS),
    "forms_in_period": Op("person_forms:forms_in_period", lambda db, a, s: person_forms.forms_in_period(
        db, a, s, "Năm 2025"), READERS),
    "find_self_form": Op("assessments:find_assessment", lambda db, a, s: svc.find_assessment(
        db, a, s, None, "Năm 2025", "self"), READERS),
    "find_approved_assessor_form": Op("assessments:find_assessment", lambda db, a, s: svc.find_assessment(
        db, a, s, None, "Năm 2025", "assessor"), READERS),
    "read_draft_assessor_form": Op("assessments:get_assessment", lambda db, a, s: svc.get_assessment(db, a, s),
                                   ASSESSORS, _form("assessor")),
    "preview": Op("assessments:preview_assessment", lambda db, a, s: svc.preview_assessment(
        db, a, s, None, "Năm 2026", "self"), READERS),
    # what the window reads on a switch (the form, its counterpart, level texts, readiness) in one session
    "workspace_self": Op("workspace:read_workspace", lambda db, a, s: workspace.read_workspace(
        db, a, s, None, "Năm 2026", "self"), READERS),
    "workspace_preview": Op("workspace:preview", lambda db, a, s: workspace.preview(
        db, a, s, None, "Năm 2026", "self"), READERS),
    "open_self": Op("assessments:open_assessment", lambda db, a, s: svc.open_assessment(
        db, a, s, None, "Năm 2026", "self"), READERS),
    "open_assessor": Op("assessments:open_assessment", lambda db, a, s: svc.open_assessment(
        db, a, s, None, "Năm 2026", "assessor"), ASSESSORS),
    "counterpart": Op("assessments:counterpart", counterpart_of, READERS, _found("assessor")),
    "list_assessments": Op("assessments:list_assessments",
                           lambda db, a, s: visible(svc.list_assessments(db, a, "Năm 2025"), s), READERS),
    "period_views": Op("assessments:period_views",
                       lambda db, a, s: visible(svc.period_views(db, a, "Năm 2025"), s), READERS),
    "person_gaps": Op("reporting:person_gaps",
                      lambda db, a, s: visible(reporting.person_gaps(db, a, "Năm 2025"), s), READERS),
    "framework_labels": Op("reporting:framework_labels", lambda db, a, s: reporting.framework_labels(db, a), EVERYONE),
    # the summaries, the heatmap and the streamed export read through the scope: the people it counts
    "report_scope": Op("reporting:report_scope", lambda db, a, s: visible(
        list(reporting.counted_people(db, reporting.report_scope(db, a, "Năm 2025"))), s), READERS),
    "progress_board": Op("reporting:progress_board",
                         lambda db, a, s: visible(reporting.progress_board(db, a, "Năm 2025"), s), READERS),
    "assessment_trail": Op("audit:assessment_trail", lambda db, a, s: audit.assessment_trail(db, a, s.id), READERS,
                           _found("self")),
    "agency_trail": Op("audit:search_trail", lambda db, a, s: audit.search_trail(db, a), HR),
    # rating and the workflow
    "rate_self": Op("assessments:rate", lambda db, a, s: svc.rate(
        db, a, s[0], None, "Năm 2026", "self", {s[1]: (4, svc.KEEP)}), READERS, _with_first),
    "rate_assessor": Op("assessments:rate", lambda db, a, s: svc.rate(
        db, a, s[0], None, "Năm 2026", "assessor", {s[1]: (4, svc.KEEP)}), ASSESSORS, _with_first),
    "set_rating_self": Op("assessments:set_rating", lambda db, a, s: svc.set_rating(
        db, a, s, svc.get_assessment(db, local(), s).ratings[0].competency_code, score=5), READERS, _form("self")),
    "set_ratings_assessor": Op("assessments:set_ratings", lambda db, a, s: svc.set_ratings(
        db, a, s, {svc.get_assessment(db, local(), s).ratings[0].competency_code: (5, "Minh chứng")}), ASSESSORS,
        _form("assessor")),
    "submit_self": Op("assessments:submit", lambda db, a, s: svc.submit(db, a, s), READERS, _form("self")),
    "submit_assessor": Op("assessments:submit", lambda db, a, s: svc.submit(db, a, s), ASSESSORS, _form("assessor")),
    "approve": Op("assessments:approve", lambda db, a, s: svc.approve(db, a, s), ASSESSORS,
                  _form("assessor", "submitted")),
    "reopen_assessor": Op("assessments:reopen", lambda db, a, s: svc.reopen(db, a, s, "Bổ sung minh chứng"),
                          ASSESSORS, _form("assessor", "approved")),
    "reopen_self": Op("assessments:reopen", lambda db, a, s: svc.reopen(db, a, s, "Sửa lại"), ASSESSORS,
                      _form("self", "submitted")),
    "scores_import_context": Op("assessments:scores_import_context",
                                lambda db, a, s: svc.scores_import_context(db, a), HR),
    "import_scores": Op("assessments:import_scores", lambda db, a, s: svc.import_scores(
        db, a, {(s[0], None, "Năm 2026", "assessor"): {s[1]: (2, svc.KEEP)}}), HR, _with_first),
    # accounts
    "list_accounts": Op("accounts:list_accounts", lambda db, a, s: accounts.list_accounts(db, a), HR),
    "add_account": Op("accounts:add_account", lambda db, a, s: accounts.add_account(
        db, a, "moi", PASSWORD, "employee", employee=s), HR),
    "grant_role": Op("accounts:grant_role", lambda db, a, s: accounts.grant_role(
        db, a, "congchuc", "head", unit="MAU-ATTT"), HR),
    "revoke_role": Op("accounts:revoke_role", lambda db, a, s: accounts.revoke_role(db, a, s, "head"), HR,
                      lambda db, r, t: _with_second_role(db)),
    "disable_account": Op("accounts:disable_account", lambda db, a, s: accounts.disable_account(db, a, s), HR,
                          lambda db, r, t: another_account(db, r, "other")),
    "change_password": Op("accounts:change_password", lambda db, a, s: accounts.change_password(
        db, a, s, "Moi@2026abc", current=PASSWORD), OWN_OR_HR, another_account),
    "remember_login": Op("accounts:remember", lambda db, a, s: accounts.remember(db, a), EVERYONE),
    "load_sample": Op("demo:load_demo", lambda db, a, s: _load_sample(db, a), HR),
}


# Functions that take an actor but are not operations of their own: they record who acted, or run inside
# an operation above, already checked.
NOT_OPERATIONS = {
    "assessments:create_assessment": "runs inside open_assessment / rate, after their check",
    "audit:record": "writes who acted, inside a checked operation",
    "audit:entry": "the values of an entry, for record",
    "audit:changes": "the entries of a change, for record",
    "accounts:watch": "makes every later session check the logged-in account: a check, not an operation",
    "staff:find_employee": "a lookup inside a checked operation; with the actor, out-of-scope and unknown alike",
}
SERVICE_MODULES = {"catalog": "app.services.catalog", "frameworks": "app.services.frameworks", "staff": "app.services.staff",
                   "units": "app.services.units",
                   "staff_list": "app.services.staff_list",
                   "grades": "app.services.grades", "periods": "app.services.periods",
                   "assessments": "app.services.assessments", "reporting": "app.services.reporting",
                   "person_forms": "app.services.person_forms", "workspace": "app.services.workspace",
                   "accounts": "app.accounts", "audit": "app.audit", "demo": "app.demo"}


def _load_sample(db, actor):
    from app.demo import load_demo

    try:
        load_demo(db, actor)
    except PermissionDenied:
        raise
    except UserError as exc:  # HR may, but the sample is already there
        assert "mẫu" in str(exc)


def test_every_service_operation_is_in_the_matrix():
    listed = {op.service for op in OPS.values()} | set(NOT_OPERATIONS)
    found = set()
    for short, module_name in SERVICE_MODULES.items():
        module = importlib.import_module(module_name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module_name and not name.startswith("_") \
                    and "actor" in inspect.signature(function).parameters:
                found.add(f"{short}:{name}")
    assert found - listed == set(), "service operations missing from the permission matrix"
    assert listed - found == set(), "the matrix names operations that no longer exist"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("operation", sorted(OPS))
def test_permission_matrix(demo_db, people, operation, role, target):
    op = OPS[operation]
    subject = op.prepare(demo_db, role, target)
    if (role, target) in op.expected:
        op.run(demo_db, people[role], subject)
        return
    before = dump(demo_db)
    try:
        op.run(demo_db, people[role], subject)
    except PermissionDenied:
        assert dump(demo_db) == before, "a refused operation changed something"
    except UserError as exc:  # a refusal for another reason would hide a permission hole
        pytest.fail(f"{operation} for {role}/{target}: expected a permission refusal, got: {exc}")
    else:
        pytest.fail(f"{operation} for {role}/{target} was allowed")


# ------------------------------------------------------------ the same refusals through the command line

CLI = {  # operation → arguments (target code in {code}); allowed exits 0, refused exits 2 with one line
    "read_employee": ["readiness", "{code}", "--position", "btp-02-2023:2"],
    "find_approved_assessor_form": ["gap", "{code}", "--period", "Năm 2025", "--kind", "assessor"],
    "find_self_form": ["gap", "{code}", "--period", "Năm 2025", "--kind", "self"],
    "rate_self": ["rate", "{code}", "--period", "Năm 2026", "--kind", "self", "{first}=4"],
    "rate_assessor": ["rate", "{code}", "--period", "Năm 2026", "--kind", "assessor", "{first}=4"],
    "assessment_trail": ["audit", "--employee", "{code}", "--period", "Năm 2025", "--kind", "self"],
    "agency_trail": ["audit", "--limit", "5"],
    "set_requirement": ["requirement", "btp-02-2023:2", "NLC1", "3-5", "--reason", "Quyết định 12/QĐ-STP"],
    "add_period": ["period", "add", "Năm 2030"],
    "close_period": ["period", "close", "Năm 2026"],
    "add_unit": ["unit", "add", "MAU-KHCN", "Phòng KHCN", "--parent", "MAU"],
    "rename_unit": ["unit", "rename", "MAU-ATTT", "Phòng ATTT"],
    "list_accounts": ["user", "list"],
    "add_grade": ["grade", "add", "V.07.05.16", "Giáo viên thử hạng IV", "--kind", "hang", "--rank", "2",
                  "--default", "1-2"],
    "load_sample": ["demo"],
    "export_person": ["export", "person", "{code}", "--period", "Năm 2025", "-o", "{tmp}/phieu.xlsx"],
    "submit_self": ["submit", "{code}", "--period", "Năm 2026", "--kind", "self"],
    "approve": ["approve", "{code}", "--period", "Năm 2026"],
    "reopen_assessor": ["reopen", "{code}", "--period", "Năm 2026", "--reason", "Bổ sung"],
}
CLI_EXPECTED = {"export_person": READERS}
CLI_SETUP = {"submit_self": ("self", "draft"), "approve": ("assessor", "submitted"),
             "reopen_assessor": ("assessor", "approved")}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(CLI))
def test_command_line_obeys_the_same_matrix(demo_db, demo_url, people, capsys, monkeypatch, tmp_path, operation,
                                            role):
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    expected = CLI_EXPECTED.get(operation) or OPS[operation].expected
    for target, code in TARGETS.items():
        if operation in CLI_SETUP:
            form(demo_db, code, *CLI_SETUP[operation])
        args = [a.format(code=code, first=first_code(demo_db, code) if "{first}" in a else "", tmp=tmp_path)
                for a in CLI[operation]]
        before = dump(demo_db)
        result = main(["--db", demo_url, "--user", OWN_ACCOUNT[role], *args])
        err = capsys.readouterr().err
        if (role, target) in expected:
            assert result == 0 or "không có quyền" not in err, f"{operation} {role}/{target}: {err}"
        else:
            assert result == 2 and "không có quyền" in err and err.count("\n") == 1, f"{operation} {role}/{target}"
            assert dump(demo_db) == before
        if not any("{code}" in a for a in CLI[operation]):
            break  # the same for every target
    assert Path(tmp_path).is_dir()
