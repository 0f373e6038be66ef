"""The staff list's stored keys (app.employee_keys, migration 0010): their byte order is the Vietnamese name order,
every path that writes a name or a code keeps them equal to the function's output, and the list reads its pages
through them with the same rows, order and permissions as the rules in Python."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from app import employee_keys, migrate
from app.actor import Actor, local_user
from app.models import Employee, Unit
from app.permissions import Action, allowed
from app.services import staff, staff_list
from app.vntext import fast_search_key, sort_key

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper() + "fjwzFJWZ0123456789-'.ßΩ()漢\x00\x7f"
names = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), min_size=0, max_size=4).map(" ".join)
codes = st.text(alphabet="aAzZ09!\"~}é\x01 .-_", max_size=5)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(names, codes), min_size=2, max_size=10))
def test_the_stored_key_in_byte_order_is_the_name_order_then_the_code(people):
    by_bytes = sorted(people, key=lambda p: employee_keys.sort_key(*p).encode("ascii"))
    assert [(sort_key(n), c) for n, c in by_bytes] == sorted((sort_key(n), c) for n, c in people)


@settings(max_examples=200, deadline=None)
@given(names, codes)
def test_the_stored_keys_are_ascii_and_the_search_text(name, code):
    assert employee_keys.sort_key(name, code).isascii()
    assert employee_keys.search_key(name, code) == fast_search_key(f"{name} {code}")


def stale(db) -> list[tuple]:
    """The people whose stored keys differ from app.employee_keys' output (none, when every path keeps them)."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT code, full_name, sort_key, search_key FROM employees")).all()
    assert rows
    return [r for r in rows if (r.sort_key, r.search_key) != tuple(employee_keys.keys(r.full_name, r.code).values())]


def test_the_sample_organisation_the_dialog_and_the_import_keep_the_keys(demo_db):
    me = local_user()
    assert stale(demo_db) == []  # the sample organisation (ORM inserts)
    record = staff.employee_input(staff.get_employee(demo_db, me, "MAU0005"))
    staff.save_employee(demo_db, me, _with(record, name="Ánh Thị Ưng"), is_new=False)  # the dialog renames
    staff.save_employee(demo_db, me, _with(record, code="MOI-0001", name="Đặng Văn Ổn"), is_new=True)  # a new person
    changed = _with(staff.employee_input(staff.get_employee(demo_db, me, "MAU0007")), name="Lê Thị Ý")
    new = _with(record, code="NHAP-0002", name="Trần Ngọc Ấn")
    staff.import_employees(demo_db, me, [changed, new])  # the staff import: a bulk update and a bulk insert
    assert stale(demo_db) == []
    with demo_db.engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT code, search_key FROM employees")).all())
    assert keys["MAU0005"] == "anh thi ung mau0005" and keys["NHAP-0002"] == "tran ngoc an nhap-0002"
    assert keys["MAU0007"] == "le thi y mau0007" and keys["MOI-0001"] == "dang van on moi-0001"
    assert [e.code for e in staff_list.employee_page(demo_db, me, search="ÁNH thị ưng")] == ["MAU0005"]


def _with(record, **changes):
    import dataclasses

    return dataclasses.replace(record, **changes)


def test_a_core_insert_and_the_generator_fill_the_keys(db):
    from bench import national_data

    national_data.build(db, people=300, periods=1, rated_people=0, log=lambda _m: None)  # COPY on PostgreSQL
    with db.session() as s:  # a Core insert naming no key (bench.large_org's way)
        unit = s.scalars(select(Unit)).first()
        s.execute(insert(Employee), [{"code": f"CORE{n}", "full_name": f"Vũ Thị Ấn {n}", "unit_id": unit.id,
                                      "gender": "Nữ", "education": "", "certificates": "", "active": True,
                                      "is_sample": False} for n in range(3)])
    assert stale(db) == []


def test_a_national_dataset_migrated_in_place_is_reused_by_its_stamp(db):
    from bench import national_data

    national_data.build(db, people=50, periods=1, rated_people=0, log=lambda _m: None)
    assert national_data.stamp(db).employees == 50
    with db.engine.begin() as conn:  # built by the program of 0009, then migrated by open_database
        conn.execute(text("UPDATE bench_national_stamp SET revision = '0009'"))
    assert national_data.stamp(db).employees == 50
    for revision, version in (("9999", national_data.VERSION), ("0009", "national-0")):  # unknown schema; generator
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE bench_national_stamp SET revision = :r, version = :v"),
                         {"r": revision, "v": version})
        assert national_data.stamp(db) is None, (revision, version)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE bench_national_stamp SET version = :v"), {"v": national_data.VERSION})
    migrate.downgrade(db.engine, "0009")  # not at this program's schema: not reused as it is
    assert national_data.stamp(db) is None


def test_0010_fills_the_keys_of_people_written_before_it_and_goes_both_ways(demo_db):
    me = local_user()
    before = [e.code for e in staff_list.employee_page(demo_db, me, limit=None)]
    migrate.downgrade(demo_db.engine, "0009")
    with demo_db.engine.begin() as conn:
        assert "sort_key" not in {c["name"] for c in __import__("sqlalchemy").inspect(conn).get_columns("employees")}
        conn.execute(text("UPDATE employees SET full_name = 'Ông Văn Ba' WHERE code = 'MAU0003'"))
    migrate.upgrade(demo_db.engine)
    assert stale(demo_db) == []
    after = [e.code for e in staff_list.employee_page(demo_db, me, limit=None)]
    assert sorted(after) == sorted(before) and after != before  # MAU0003 moved to its new name's place
    with demo_db.engine.connect() as conn:
        names = dict(conn.execute(text("SELECT code, full_name FROM employees")).all())
    assert after == sorted(names, key=lambda c: (sort_key(names[c]), c))


def test_pages_are_in_name_order_and_the_scope_is_the_permission_rule(demo_db):
    me = local_user()
    with demo_db.engine.connect() as conn:
        people = conn.execute(text("SELECT id, code, full_name, unit_id, active FROM employees")).all()
    whole = staff_list.employee_page(demo_db, me, limit=None, include_inactive=True)
    assert [e.code for e in whole] == [p.code for p in sorted(people, key=lambda p: (sort_key(p.full_name), p.code))]
    pages = [staff_list.employee_page(demo_db, me, offset=n, limit=7, include_inactive=True) for n in range(0, 49, 7)]
    assert [e.code for p in pages for e in p] == [e.code for e in whole]
    assert {p.total for p in pages} == {len(people)}
    uncounted = staff_list.employee_page(demo_db, me, limit=7, include_inactive=True, count=False)
    assert uncounted.total is None and [e.code for e in uncounted] == [e.code for e in pages[0]]
    last = staff_list.employee_page(demo_db, me, offset=42, limit=7, include_inactive=True, count=False)
    assert last.total == len(people) == 45 and len(last) == 3  # the last page knows the count without counting
    units = sorted({p.unit_id for p in people})
    own = people[3]
    for actor in (Actor("truong", roles=frozenset({"head"}), unit_scope=frozenset(units[1:3])),
                  Actor("nv", roles=frozenset({"employee"}), employee_id=own.id, unit_id=own.unit_id),
                  Actor("ca-hai", roles=frozenset({"head", "employee"}), unit_scope=frozenset(units[:1]),
                        employee_id=own.id, unit_id=own.unit_id),
                  Actor("khong-ai", roles=frozenset({"head"}))):
        seen = staff_list.employee_page(demo_db, actor, limit=None, include_inactive=True)
        expected = {p.code for p in people if allowed(actor, Action.READ_EMPLOYEE, unit_id=p.unit_id,
                                                      employee_id=p.id)}
        assert {e.code for e in seen} == expected and seen.total == len(expected), actor.username


@pytest.mark.sqlite_only(reason="migrate-data reads a unit's SQLite file; its target is PostgreSQL")
def test_migrate_data_makes_the_keys_of_the_people_it_copies(demo_url, shared_pg, capsys):
    from app.bootstrap import open_database
    from app.cli import main
    from app.data_copy import copy_database

    assert main(["--db", shared_pg.url(shared_pg.app, None), "init", "--admin-url", shared_pg.owner_url]) == 0
    capsys.readouterr()
    source, _ = open_database(demo_url)
    with source.engine.begin() as conn:  # a key the file got wrong is not carried over
        conn.execute(text("UPDATE employees SET sort_key = 'x', search_key = 'x' WHERE code = 'MAU0002'"))
    source.dispose()
    copy_database(demo_url, shared_pg.app_url)
    target, _ = open_database(shared_pg.app_url)
    try:
        assert stale(target) == []
        with target.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM employees WHERE code LIKE 'MAU%'")).scalar() == 45
    finally:
        target.dispose()


def test_a_search_with_like_characters_is_taken_literally(db):
    me = local_user()
    staff.add_unit(db, me, "DV1", "Đơn vị một")
    for code, name in (("A_1", "Nguyễn Văn Một"), ("AX1", "Nguyễn Văn Hai"), ("B%2", "Lê Thị Ba")):
        staff.save_employee(db, me, staff.EmployeeInput(code=code, name=name, unit="DV1",
                                                         birth_date=dt.date(1990, 1, 1)), is_new=True)
    assert [e.code for e in staff_list.employee_page(db, me, search="a_1")] == ["A_1"]
    assert [e.code for e in staff_list.employee_page(db, me, search="%")] == ["B%2"]
    assert [e.code for e in staff_list.employee_page(db, me, search="NGUYEN van")] == ["AX1", "A_1"]
