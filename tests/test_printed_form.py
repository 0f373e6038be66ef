"""The printed form as an official signs it (Nghị định 30/2020, Phụ lục I), read back from the PDF that
`competency-gap report` writes: A4, the decree's margins, Times New Roman (Liberation Serif) at its sizes,
one font family and no fallback letters, table rows never split, the header row on every page of the
table, DỰ THẢO on a form not approved and never on an approved one, the signature blocks."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="poppler-utils are needed to read the PDF back")

MM = 72 / 25.4
ROOT = Path(__file__).resolve().parents[1]


def _form(db: Path, prefix: str, most_rows: bool = True) -> tuple[int, str, str, str, list[str]]:
    """An assessor form against a position of the framework (the one with the most competencies)."""
    with sqlite3.connect(db) as c:
        rows = c.execute(
            "SELECT a.id, e.code, a.frozen_position_key, p.name, count(r.id) FROM assessments a "
            "JOIN employees e ON e.id = a.employee_id JOIN assessment_periods p ON p.id = a.period_id "
            "JOIN ratings r ON r.assessment_id = a.id WHERE a.kind = 'assessor' AND a.frozen_position_key LIKE ? "
            "GROUP BY a.id ORDER BY count(r.id) DESC, sum(length(r.competency_name)) DESC, a.id", (prefix + "%",)
        ).fetchall()
        form = rows[0] if most_rows else rows[-1]
        names = [n for (n,) in c.execute(
            "SELECT competency_name FROM ratings WHERE assessment_id = ? ORDER BY sort_order", (form[0],))]
    return form[0], form[1], form[2], form[3], names


def _report(db: Path, form, status: str, target: Path) -> Path:
    with sqlite3.connect(db) as c:
        c.execute("UPDATE assessments SET status = ? WHERE id = ?", (status, form[0]))
    subprocess.run([sys.executable, "-m", "app.cli", "--db", f"sqlite:///{db}", "report", form[1],
                    "--position", form[2], "--period", form[3], "-o", str(target)],
                   cwd=ROOT, check=True, capture_output=True, env=None)
    return target


@pytest.fixture(scope="module")
def printed(_template_dbs, tmp_path_factory):
    """PDFs of a TT 02 form (17 competencies) and a TT 09 form (long statements), draft and approved."""
    folder = tmp_path_factory.mktemp("printed")
    db = folder / "demo.sqlite3"
    shutil.copy(_template_dbs["demo"], db)
    tt02, tt09 = _form(db, "btp-02-2023"), _form(db, "btttt-09-2023")
    out = {}
    for name, form in (("tt02", tt02), ("tt09", tt09)):
        for status in ("draft", "approved"):
            out[f"{name}-{status}"] = (_report(db, form, status, folder / f"{name}-{status}.pdf"), form[4])
    return out


def _words(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of every page with its box in points from the top left (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def _page_texts(path: Path, pages: int) -> list[str]:
    """Each page's text in the order it is drawn, whitespace collapsed."""
    texts = []
    for n in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        texts.append(" ".join(out.split()))
    return texts


def _sizes(path: Path) -> dict[str, set[float]]:
    """Font size in points of each line of text as pypdf reads it (size × text matrix × page matrix)."""
    sizes: dict[str, set[float]] = {}
    for page in PdfReader(path).pages:
        def visit(text, cm, tm, font, size):
            text = " ".join(text.split())
            if text:
                scale = abs(cm[3] * tm[3]) or abs(cm[0] * tm[0])
                sizes.setdefault(text, set()).add(round(size * scale, 1))
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("name", ["tt02-draft", "tt02-approved", "tt09-draft", "tt09-approved"])
def test_a4_and_the_decree_margins(printed, name):
    path, _ = printed[name]
    reader = PdfReader(path)
    for page in reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - 210 * MM) < 1 and abs(float(box.height) - 297 * MM) < 1
    in_margin = {"DỰ", "THẢO", *(str(n) for n in range(2, 20))}  # the draft mark and page numbers: top margin
    body = []
    for n, words in enumerate(_words(path), start=1):
        for x0, y0, x1, y1, w in words:
            if y1 < 20 * MM:
                assert w in in_margin, f"page {n}: '{w}' in the top margin"
                assert n > 1 or w in {"DỰ", "THẢO"}, "no page number on page 1"
            else:
                body.append((x0, y0, x1, y1))
    left = min(b[0] for b in body) / MM
    top = min(b[1] for b in body) / MM
    right = 210 - max(b[2] for b in body) / MM
    bottom = 297 - max(b[3] for b in body) / MM
    assert 29.9 <= left <= 35, left
    assert 19.8 <= top <= 25, top
    assert 14.9 <= right <= 20, right
    assert bottom >= 19.9, bottom


def test_times_new_roman_sizes_and_one_family(printed):
    path, _ = printed["tt09-approved"]
    sizes = _sizes(path)

    def within(text: str, low: float, high: float) -> bool:
        return all(low - 0.15 <= size <= high + 0.05 for size in sizes[text])

    assert within("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, 13)
    assert within("Độc lập - Tự do - Hạnh phúc", 13, 14)
    assert within("THEO VỊ TRÍ VIỆC LÀM", 13, 14)
    agency = [t for t in sizes if t.startswith("UBND")]
    assert agency and all(within(t, 12, 13) for t in agency)
    for text in ("Họ và tên:", "Đơn vị:", "Trạng thái phiếu:", "NGƯỜI TỰ ĐÁNH GIÁ", "(Ký, ghi rõ họ tên)"):
        assert within(text, 13, 14), (text, sizes[text])
    summary = [t for t in sizes if t.startswith("Tổng hợp")]
    assert summary and all(within(t, 13, 14) for t in summary)
    assert min(s for ss in sizes.values() for s in ss) >= 11.85  # the table and its notes: 12 pt at the least
    for name in printed:
        fonts = subprocess.run(["pdffonts", str(printed[name][0])], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        families = {line.split()[0].split("+")[-1].split("-")[0] for line in fonts}
        assert families in ({"LiberationSerif"}, {"TimesNewRomanPSMT"}, {"TimesNewRoman"}), (name, fonts)
        assert "DejaVu" not in " ".join(fonts)


def test_agency_lines_parent_regular_issuing_body_bold(printed):
    """The parent agency in regular capitals, the issuing body in bold capitals."""
    path, _ = printed["tt02-approved"]
    fonts: dict[str, str] = {}

    def visit(text, cm, tm, font, size):
        if text.strip() and font:
            fonts.setdefault(" ".join(text.split()), font["/BaseFont"])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    parent = [t for t in fonts if t.startswith("UBND")]
    assert parent and all(not fonts[t].endswith("Bold") for t in parent)
    body = [t for t in fonts if t.startswith(("PHÒNG", "SỞ"))]
    assert body and all(fonts[t].endswith("Bold") for t in body)
    assert all(t == t.upper() for t in parent + body)


@pytest.mark.parametrize("name", ["tt02-draft", "tt09-approved"])
def test_no_row_split_and_header_row_on_every_page(printed, name):
    path, names = printed[name]
    pages = len(PdfReader(path).pages)
    texts = _page_texts(path, pages)
    table_pages = set()
    for competency in names:
        whole = " ".join(competency.split())
        on = [n for n, t in enumerate(texts) if whole in t]
        assert len(on) == 1, f"'{whole[:40]}…' not whole on one page: {on}"
        table_pages.add(on[0])
    assert len(table_pages) >= 2, "the form is meant to carry its table over a page break"
    for n in table_pages:
        assert "STT Năng lực Cấp độ yêu cầu Tự đánh giá Người đánh giá Kết quả Ghi chú" in texts[n], n


def test_draft_mark_only_on_forms_not_approved(printed):
    for name, (path, _) in printed.items():
        pages = len(PdfReader(path).pages)
        texts = _page_texts(path, pages)
        if name.endswith("draft"):
            assert all("DỰ THẢO" in t for t in texts), name
        else:
            assert not any("DỰ THẢO" in t for t in texts), name


def test_signature_blocks_date_line_and_no_internal_keys(printed):
    for name, (path, _) in printed.items():
        text = " ".join(_page_texts(path, len(PdfReader(path).pages)))
        for title in ("NGƯỜI TỰ ĐÁNH GIÁ", "NGƯỜI ĐÁNH GIÁ", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)",
                      "ngày … tháng … năm …", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
            assert title in text, (name, title)
        assert not re.search(r"btp-02|btttt-09|NLC\d|NLCM\d|\bCVC\b|\b01\.00[123]\b", text), name


def test_a_row_taller_than_a_page_is_split_between_lines(qapp, tmp_path):
    """Only a row taller than a page is split; its text is all there, in order, and the header row repeats."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from app.printed_form import Column, PrintedForm
    from app.ui.form_painter import paint_form

    long = " ".join(f"từ{n}" for n in range(900))
    form = PrintedForm(
        parent_agency="", issuing_body="SỞ MẪU", title="PHIẾU", subtitle="", title_lines=("PHIẾU",), draft=False,
        info=(), columns=(Column("STT", 0.1), Column("Năng lực", 0.9, "left")),
        rows=(("1", "Ngắn"), ("2", long), ("3", "Sau")), notes=(), summary="", chart=None, date_line="",
        signatures=())
    path = tmp_path / "tall.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(30, 20, 15, 20), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    pages = paint_form(writer, form)
    assert pages >= 2
    texts = _page_texts(path, pages)
    words = " ".join(t.replace("STT Năng lực", "") for t in texts).split()
    assert [w for w in words if w.startswith("từ")] == long.split()  # every word once, in order
    assert all("STT Năng lực" in t for t in texts if "từ" in t)
