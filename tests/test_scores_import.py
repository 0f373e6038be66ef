"""Scores typed in from paper forms: validation of every row, all or nothing."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from app.cli import main
from app.services import assessments as svc
from tests.test_staff_import import dump

HEADERS = ["Mã công chức", "Vị trí việc làm", "Kỳ đánh giá", "Loại", "Mã năng lực", "Điểm", "Ghi chú"]


def scores_file(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Điểm"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def run(capsys, url, *args):
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_paper_scores_imported(capsys, demo_db, demo_url, actor, tmp_path):
    path = scores_file(tmp_path / "diem.xlsx", [
        ["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 3, "Phiếu giấy số 12"],
        ["MAU0005", None, "Năm 2026", "Người đánh giá", "NLC2", "4", None],
        ["MAU0010", None, "Năm 2026", "Tự đánh giá", "NLC1", 2, None],
    ])
    code, out, err = run(capsys, demo_url, "scores", "import", str(path))
    assert code == 0, err
    view = svc.find_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    scores = view.scores()
    assert (scores["NLC1"], scores["NLC2"]) == (3, 4)
    assert view.ratings[0].note == "Phiếu giấy số 12"


@pytest.mark.parametrize(
    "row, message",
    [
        (["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 0, ""], "điểm 0 nằm ngoài thang 1–5"),
        (["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 6, ""], "điểm 6 nằm ngoài thang 1–5"),
        (["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", "ba", ""], "'ba' không phải điểm"),
        (["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 3.5, ""], "3,5 không phải số nguyên"),
        (["MAU9999", "", "Năm 2026", "Người đánh giá", "NLC1", 3, ""], "không có công chức mã 'MAU9999'"),
        (["MAU0005", "btp-02-2023:7", "Năm 2026", "Người đánh giá", "NLC1", 3, ""], "btp-02-2023:7"),
        (["MAU0005", "", "Năm 2025", "Người đánh giá", "NLC1", 3, ""], "đã đóng"),
        (["MAU0005", "", "Năm 2026", "Sếp", "NLC1", 3, ""], "phải là 'Tự đánh giá' hoặc 'Người đánh giá'"),
        (["MAU0005", "", "Năm 2026", "Người đánh giá", "CV-1", 3, ""], "không có năng lực mã 'CV-1'"),
    ],
)
def test_bad_rows_change_nothing(capsys, demo_db, demo_url, tmp_path, row, message):
    good = ["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC2", 3, ""]
    path = scores_file(tmp_path / "diem.xlsx", [good, row])
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "scores", "import", str(path))
    assert code == 2 and message in err and "dòng 3" in err, err
    assert dump(demo_db) == before


def test_submitted_form_is_refused(capsys, demo_db, demo_url, actor, tmp_path):
    view = svc.open_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    svc.submit(demo_db, actor, view.id)
    path = scores_file(tmp_path / "diem.xlsx", [["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 3, ""]])
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "scores", "import", str(path))
    assert code == 2 and "đã gửi" in err
    assert dump(demo_db) == before


def test_empty_score_keeps_x_clears_and_same_form_twice_is_refused(capsys, demo_db, demo_url, actor, tmp_path):
    first = scores_file(tmp_path / "a.xlsx", [
        ["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 3, "Phiếu số 1"],
        ["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC2", 4, "ghi chú"],
    ])
    assert run(capsys, demo_url, "scores", "import", str(first))[0] == 0
    second = scores_file(tmp_path / "b.xlsx", [
        ["mau0005", "", "năm 2026", "Người đánh giá", "nlc1", None, None],  # empty: keep both
        ["MAU0005\u200b", "", "Năm 2026", "Người đánh giá", "NLC2", "Xóa", "x"],  # clear both
    ])
    code, _, err = run(capsys, demo_url, "scores", "import", str(second))
    assert code == 0, err
    view = svc.find_assessment(demo_db, actor, "MAU0005", None, "Năm 2026", "assessor")
    ratings = {r.competency_code: r for r in view.ratings}
    assert (ratings["NLC1"].score, ratings["NLC1"].note) == (3, "Phiếu số 1")
    assert (ratings["NLC2"].score, ratings["NLC2"].note) == (None, "")

    twice = scores_file(tmp_path / "c.xlsx", [
        ["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", 2, None],
        ["MAU0005", "btp-02-2023:2", "Năm 2026", "Người đánh giá", "NLC3", 2, None],
        ["mau0005", "", "Năm 2026", "người đánh giá", "NLC1", 5, None],
    ])
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "scores", "import", str(twice))
    assert code == 2 and "dòng 4" in err and "ở dòng 2" in err, err
    assert dump(demo_db) == before


@pytest.mark.parametrize("value", ["²", "３", "٣", "3.0", "3,0", 1e308, -1, True, "1e308"])
def test_only_the_digits_1_to_5_are_scores(capsys, demo_db, demo_url, tmp_path, value):
    path = scores_file(tmp_path / "diem.xlsx", [["MAU0005", "", "Năm 2026", "Người đánh giá", "NLC1", value, ""]])
    before = dump(demo_db)
    code, _, err = run(capsys, demo_url, "scores", "import", str(path))
    assert code == 2 and "cột F (Điểm)" in err and "hãy ghi 1, 2, 3, 4 hoặc 5" in err, err
    assert len(err.splitlines()[0]) < 300 and "Traceback" not in err
    assert dump(demo_db) == before
