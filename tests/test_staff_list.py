"""The staff list a page at a time (app.services.staff_list) and its lazily fetched model in the window."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.actor import local_user
from app.services import staff, staff_list
from app.vntext import fast_search_key, name_sort_key, search_key, sort_key

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper() + "fjwzFJWZ0123456789-'.ßΩ("
names = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=7), min_size=0, max_size=4).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(names, min_size=2, max_size=8))
def test_the_fast_order_is_vietnamese_name_order(people):
    fast = sorted(people, key=sort_key)
    assert [name_sort_key(n) for n in fast] == sorted(name_sort_key(n) for n in people)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS + " \u00a0ÀÉçñ", max_size=30))
def test_the_fast_search_key_is_the_search_key(text):
    assert fast_search_key(text) == search_key(text)


def test_pages_follow_the_whole_list(demo_db):
    me = local_user()
    whole = staff.list_employees(demo_db, me)
    first = staff_list.employee_page(demo_db, me, limit=20)
    second = staff_list.employee_page(demo_db, me, offset=20, limit=20)
    last = staff_list.employee_page(demo_db, me, offset=40, limit=20)
    assert first.total == second.total == last.total == len(whole) == 45
    assert [e.code for e in first.rows + second.rows + last.rows] == [e.code for e in whole]
    assert len(last) == 5
    shown = first.rows[0]
    full = next(e for e in whole if e.code == shown.code)
    for name in ("name", "unit", "unit_name", "position", "position_name", "grade", "grade_name", "grade_since",
                 "active", "grade_label"):
        assert getattr(shown, name) == getattr(full, name), name


def test_search_unit_and_inactive_in_the_database(demo_db):
    me = local_user()
    found = staff_list.employee_page(demo_db, me, search="pham dieu quyen")
    assert [e.name for e in found] == ["Phạm Diệu Quyên (mẫu)"] and found.total == 1
    by_code = staff_list.employee_page(demo_db, me, search="mau0005")
    assert [e.code for e in by_code] == ["MAU0005"]
    assert staff_list.employee_page(demo_db, me, search="khong co ai ten nay").total == 0
    units = staff.list_units(demo_db, me)
    unit = next(u.code for u in units if u.parent_code is not None)
    below = staff.codes_below(units, unit)
    in_unit = staff_list.employee_page(demo_db, me, unit=unit, limit=None)
    assert in_unit.total and all(e.unit in below for e in in_unit)
    assert [e.code for e in in_unit] == [e.code for e in staff.list_employees(demo_db, me, unit=unit)]
    staff.set_active(demo_db, me, "MAU0005", False)
    assert "MAU0005" not in {e.code for e in staff_list.employee_page(demo_db, me, limit=None)}
    again = staff_list.employee_page(demo_db, me, include_inactive=True, limit=None)
    assert "MAU0005" in {e.code for e in again} and again.total == 45


def test_the_window_list_reads_pages_as_it_scrolls(qtbot, make_window, demo_url, monkeypatch):
    from app.ui import staff_model

    monkeypatch.setattr(staff_model, "PAGE_SIZE", 10)
    window = make_window(demo_url)
    page = window.staff
    page.model.page_size = 10
    window.nav.setCurrentRow(1)
    assert page.model.rowCount() == 10 and page.model.total == 45
    assert "45" in page.count.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 10)
    page.model.fetch_all()
    assert page.model.rowCount() == 45
    qtbot.keyClicks(page.search, "pham dieu")
    assert page.model.total == 1 and page.proxy.rowCount() == 1
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    chosen = page.selected()
    assert chosen.code == page.model.row_at(0).code and chosen.name == "Phạm Diệu Quyên (mẫu)"
    qtbot.keyClicks(page.search, " khong")
    assert page.model.total == 0 and "0 công chức" in page.count.text()
