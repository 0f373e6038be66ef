"""Statutory readiness: the document's qualification rules against the employee's record."""

from __future__ import annotations

import datetime as dt

from app.readiness import Facts, education_level, readiness_checks, state_management_level

CVCC_RULE = {"min_education": "dai_hoc", "political_theory": "cao_cap", "state_management_grade": "CVCC",
             "lower_grade": "CVC", "years_in_lower_grade": 6, "min_years_actually_in_lower_grade": 1,
             "documents_led_min": 2, "documents_led_role": "chủ trì"}
ON = dt.date(2026, 11, 22)


def test_ready_candidate_meets_every_rule():
    facts = Facts("Thạc sĩ Luật", "cao_cap", "Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên cao cấp", "CVC",
                  dt.date(2019, 1, 1), 3)
    checks = readiness_checks(CVCC_RULE, facts, ON)
    assert len(checks) == 5 and all(c.met for c in checks)


def test_each_shortfall_is_named():
    facts = Facts("Trung cấp Văn thư", "trung_cap", "Chứng chỉ QLNN ngạch chuyên viên chính", "CVC",
                  dt.date(2022, 6, 1), 1)
    met = {c.requirement.split(":")[0].split(" ")[0]: c.met for c in readiness_checks(CVCC_RULE, facts, ON)}
    assert set(met.values()) == {False}


def test_unknown_facts_are_not_guessed():
    facts = Facts("", "", "", None, None, None)
    assert {c.met for c in readiness_checks(CVCC_RULE, facts, ON)} == {None}


def test_wrong_grade_does_not_count_years():
    facts = Facts("Cử nhân", "cao_cap", "QLNN chuyên viên cao cấp", "CV", dt.date(2010, 1, 1), 5)
    years = next(c for c in readiness_checks(CVCC_RULE, facts, ON) if "Giữ ngạch" in c.requirement)
    assert years.met is False


def test_levels_from_free_text():
    assert education_level("Kỹ sư Điện tử - Viễn thông") == "dai_hoc"
    assert education_level("trung cấp Bưu chính") == "trung_cap"
    assert education_level("") is None
    assert state_management_level("Chứng chỉ bồi dưỡng QLNN ngạch chuyên viên chính") == "CVC"
    assert state_management_level("Quản lý nhà nước ngạch chuyên viên") == "CV"
    assert state_management_level("Tiếng Anh B1") is None


def test_service_reads_the_record(demo_db, actor):
    from app.services.staff import statutory_readiness

    checks = statutory_readiness(demo_db, actor, "MAU0005", "btp-02-2023:2")
    assert [c.requirement.split(" ")[0] for c in checks][0] == "Trình"
    assert any("Giữ ngạch chuyên viên từ đủ 9 năm" == c.requirement for c in checks)
