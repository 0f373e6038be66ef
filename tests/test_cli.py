"""Every command of the command line, with its JSON shapes and its error paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_database
from app.cli import main
from app.models import Assessment, AuditEntry, Rating


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, url, *args):
    code, out, err = run(capsys, "--db", url, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def counts(url):
    db, _ = open_database(url)
    with db.session() as s:
        result = tuple(s.scalar(select(func.count()).select_from(t)) for t in (Assessment, Rating, AuditEntry))
        scored = s.scalar(select(func.count()).select_from(Rating).where(Rating.score.is_not(None)))
    db.dispose()
    return result + (scored,)


def test_where_uses_env_then_flag(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COMPETENCY_GAP_DB", f"sqlite:///{tmp_path}/env.sqlite3")
    assert run(capsys, "where")[1].strip() == f"sqlite:///{tmp_path}/env.sqlite3"
    assert run(capsys, "--db", "sqlite:///x.db", "where")[1].strip() == "sqlite:///x.db"
    monkeypatch.delenv("COMPETENCY_GAP_DB")
    assert "competency-gap" in run(capsys, "where")[1]


def test_init_is_idempotent(capsys, tmp_path):
    url = f"sqlite:///{tmp_path}/new.sqlite3"
    code, out, _ = run(capsys, "--db", url, "init")
    assert code == 0 and "btttt-09-2023: 51 vị trí việc làm, đã nạp" in out
    code, out, _ = run(capsys, "--db", url, "init")
    assert code == 0 and "đã có sẵn" in out and "đã nạp." not in out


def test_frameworks_json(capsys, db_url):
    data = run_json(capsys, db_url, "frameworks")
    assert [(f["code"], f["positions"]) for f in data] == [("btp-02-2023", 3), ("btttt-09-2023", 51)]
    assert all(f["title"] for f in data)


def test_positions_filters_and_search_without_diacritics(capsys, db_url):
    data = run_json(capsys, db_url, "positions")
    assert len(data) == 54 and set(data[0]) >= {"key", "framework", "number", "name", "grade", "specialty"}
    nv = run_json(capsys, db_url, "positions", "--grade", "NV")
    assert [p["number"] for p in nv] == [29, 30, 34, 35, 36]
    found = run_json(capsys, db_url, "positions", "--search", "tan so vo tuyen dien", "--framework", "btttt-09-2023")
    assert [p["key"] for p in found] == ["btttt-09-2023:37", "btttt-09-2023:38", "btttt-09-2023:39"]
    assert run_json(capsys, db_url, "positions", "--framework", "btp-02-2023", "--grade", "CVC")[0]["key"] == "btp-02-2023:2"


def test_position_json(capsys, db_url):
    p = run_json(capsys, db_url, "position", "btp-02-2023:3")
    assert p["grade"] == "CV" and p["framework"] == "btp-02-2023" and p["number"] == 3
    assert len(p["requirements"]) == 17
    first = p["requirements"][0]
    assert first == {"competency": "Đạo đức và bản lĩnh", "code": "NLC1", "group": "chung", "min": 2, "max": 3,
                     "text": None, "origin": "document"}
    assert p["requirements"][5]["min"] is None and p["requirements"][5]["text"].startswith("Phù hợp")
    assert p["tasks"][0]["number"] == "2.1" and p["qualifications"]["training"]
    tt09 = run_json(capsys, db_url, "position", "btttt-09-2023:51")
    assert tt09["grade"] == "CV" and {r["origin"] for r in tt09["requirements"]} == {"grade_default"}
    assert tt09["warnings"]


def test_position_text(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "position", "btttt-09-2023:1")
    assert code == 0 and "mặc định theo ngạch" in out and "Mục tiêu" in out


def test_demo_and_staff(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "demo")
    assert code == 0 and "45 công chức" in out
    code, out, _ = run(capsys, "--db", db_url, "demo")
    assert code == 0 and "không thay đổi" in out
    staff = run_json(capsys, db_url, "staff")
    assert len(staff) >= 40
    assert set(staff[0]) >= {"code", "name", "unit", "position", "grade"}
    assert {s["position"].split(":")[0] for s in staff} == {"btp-02-2023", "btttt-09-2023"}
    unit = run_json(capsys, db_url, "staff", "--unit", "MAU-STTTT")
    assert unit and all(s["position"].startswith("btttt") for s in unit)
    code, out, _ = run(capsys, "--db", db_url, "staff")
    assert "(45 công chức)" in out


def test_rate_then_gap_json(capsys, demo_url):
    code, out, err = run(capsys, "--db", demo_url, "rate", "MAU0005", "--position", "btp-02-2023:3",
                         "--period", "Năm 2026", "--kind", "self", "NLC1=1", "Giao tiếp ứng xử=3", "NLQL1=")
    assert code == 0, err
    data = run_json(capsys, demo_url, "gap", "MAU0005", "--kind", "self", "--period", "Năm 2026")
    assert data["employee"]["code"] == "MAU0005" and data["position"]["key"] == "btp-02-2023:3"
    assert data["period"] == "Năm 2026" and data["kind"] == "self" and data["position"]["grade"] == "CV"
    items = {i["code"]: i for i in data["items"]}
    assert (items["NLC1"]["score"], items["NLC1"]["status"], items["NLC1"]["shortfall"]) == (1, "below", 1)
    assert items["NLC4"]["score"] == 3 and items["NLC4"]["status"] == "within"
    assert items["NLQL1"]["score"] is None and items["NLQL1"]["status"] == "not_rated"
    assert set(data["summary"]) >= {"within", "above", "below", "not_rated", "unspecified", "met_ratio",
                                    "total_shortfall", "verdict"}
    assert data["summary"]["verdict"] == "does_not_meet"


def test_rate_from_file_and_gap_text(capsys, demo_url, tmp_path):
    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps([{"competency": "CV-1", "score": 3, "note": "Có minh chứng"},
                                  {"competency": "CV-2", "score": 2}, {"competency": "CV-3", "score": 3}]))
    code, _, err = run(capsys, "--db", demo_url, "rate", "MAU0040", "--position", "btttt-09-2023:48", "--kind", "self",
                       "--from", str(scores))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", demo_url, "gap", "MAU0040", "--position", "btttt-09-2023:48", "--kind", "self")
    assert code == 0 and "Kết luận: Đáp ứng" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["rate", "NOBODY", "--kind", "self", "NLC1=3"], "Không có công chức mã 'NOBODY'"),
        (["rate", "MAU0005", "--kind", "self", "NLC1=6"], "phải là số nguyên từ 1 đến 5"),
        (["rate", "MAU0005", "--kind", "self", "NLC1=ba"], "Điểm 'ba'"),
        (["rate", "MAU0005", "--kind", "self", "NLC1=3", "XYZ=2"], "không có năng lực 'XYZ'"),
        (["rate", "MAU0005", "--kind", "self", "NLC1"], "MÃ=điểm"),
        (["rate", "MAU0005", "--kind", "self"], "Chưa có điểm nào"),
        (["rate", "MAU0005", "--kind", "self", "--position", "btp-02-2023:9", "NLC1=3"], "btp-02-2023:9"),
        (["rate", "MAU0005", "--kind", "self", "--period", "Năm 2030", "NLC1=3"], "Năm 2030"),
        (["rate", "MAU0001", "--kind", "self", "--period", "Năm 2025", "NLC1=3"], "đã đóng"),
        (["rate", "MAU0005", "--kind", "self", "--from", "/nonexistent.json"], "Không tìm thấy tệp"),
        (["gap", "NOBODY"], "Không có công chức"),
        (["gap", "MAU0005", "--position", "btttt-09-2023:1"], "chưa có phiếu đánh giá"),
        (["position", "btp-02-2023:4"], "Không có vị trí việc làm mã"),
        (["staff", "--unit", "KHONGCO"], "Không có đơn vị mã 'KHONGCO'"),
        (["positions", "--bogus"], "không hiểu tham số"),
        (["rate", "MAU0005", "--kind", "boss", "NLC1=3"], "invalid choice"),
    ],
)
def test_user_errors_change_nothing(capsys, demo_url, args, message):
    before = counts(demo_url)
    with pytest.raises(SystemExit) if "--bogus" in args or "boss" in args else _nothing():
        code, out, err = run(capsys, "--db", demo_url, *args)
        assert code == 2
        assert message in err and "Traceback" not in err
        assert err.startswith("Lỗi: ") and err.count("\n") == 1
    assert counts(demo_url) == before


def test_bad_json_file_names_line_and_column(capsys, demo_url, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"NLC1": 3,\n "NLC2": }')
    code, _, err = run(capsys, "--db", demo_url, "rate", "MAU0005", "--kind", "self", "--from", str(bad))
    assert code == 2 and "dòng 2" in err and str(bad) in err


def test_bad_database_url(capsys):
    code, _, err = run(capsys, "--db", "nosuchdb://x", "frameworks")
    assert code == 2 and err.startswith("Lỗi: ")


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_installed_script_prints_no_traceback(demo_url):
    env = dict(os.environ, COMPETENCY_GAP_DB=demo_url)
    out = subprocess.run([sys.executable, "-m", "app.cli", "gap", "NOBODY"], capture_output=True, text=True, env=env)
    assert out.returncode == 2 and out.stderr.startswith("Lỗi:") and "Traceback" not in out.stderr


def test_periods_and_progress(capsys, demo_url):
    code, out, _ = run(capsys, "--db", demo_url, "period", "add", "Năm 2027", "--from", "01/01/2027", "--to",
                       "31/12/2027")
    assert code == 0
    assert run(capsys, "--db", demo_url, "period", "add", "Năm 2027")[0] == 2
    assert run(capsys, "--db", demo_url, "period", "add", "X", "--from", "31/12/2027", "--to", "01/01/2027")[0] == 2
    code, out, _ = run(capsys, "--db", demo_url, "period", "list")
    assert "Năm 2027" in out and "đang mở" in out
    assert run(capsys, "--db", demo_url, "period", "close", "Năm 2027")[0] == 0
    code, _, err = run(capsys, "--db", demo_url, "rate", "MAU0005", "--kind", "self", "--period", "Năm 2027", "NLC1=3")
    assert code == 2 and "đã đóng" in err
    rows = run_json(capsys, demo_url, "progress", "--period", "Năm 2026", "--unit", "MAU-STP")
    assert len(rows) == 10 and {r["self"] for r in rows} <= {None, "draft", "submitted", "approved"}
    assert any(r["assessor"] is None for r in rows) and any(r["self"] == "submitted" for r in rows)


def test_readiness_command(capsys, demo_url):
    rows = run_json(capsys, demo_url, "readiness", "MAU0005", "--position", "btp-02-2023:2")
    assert rows and {r["met"] for r in rows} <= {True, False, None}
    assert any("9 năm" in r["requirement"] for r in rows)
    code, out, _ = run(capsys, "--db", demo_url, "readiness", "MAU0005", "--position", "btp-02-2023:2")
    assert code == 0 and "Giữ ngạch chuyên viên" in out
