"""Acceptance: every workbook the program writes, printed by LibreOffice, is whole and in the decree's frame.

Each workbook is converted to PDF (one LibreOffice run) and read back with pdftotext and pypdf: every row's
text is present, in order, inside its own row (between its number and the next); the table's header is on
every page; the signature titles are there; every page is A4.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.excel.printout import WORKBOOKS, office, to_pdf, write_workbooks

pytestmark = pytest.mark.skipif(office() is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice or pdftotext is not installed")

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
SIGN = "(Ký, ghi rõ họ tên)"


@pytest.fixture(scope="module")
def printed(_template_dbs, tmp_path_factory):
    """name → (xlsx, pdf) for every workbook of WORKBOOKS, written from the sample organisation."""
    folder = tmp_path_factory.mktemp("print")
    target = folder / "demo.sqlite3"
    shutil.copy(_template_dbs["demo"], target)
    files = write_workbooks(f"sqlite:///{target}", folder)
    pdfs = to_pdf(list(files.values()), folder)
    return {name: (files[name], pdfs[name]) for name in files}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def pages_words(pdf) -> list[list[tuple[float, float, float, str]]]:
    """Per page: (x, y top, y bottom, word), in reading order."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = [(float(a), float(b), float(d), nfc(html.unescape(w))) for a, b, c, d, w in WORD.findall(page)]
        pages.append(sorted(words, key=lambda w: (round(w[1]), w[0])))
    return pages


def layout_pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [nfc(p) for p in text.split("\f") if p.strip()]


def subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def find_from(needle: list[str], hay: list[str], start: int) -> int:
    """Index where needle's first word matches in hay[start:], its other words following in order; -1 if not."""
    for first in (k for k in range(start, len(hay)) if hay[k] == needle[0]):
        if subsequence(needle[1:], hay[first + 1:]):
            return first
        break
    return -1


def table_rows(pages, first_title: str = "STT"):
    """(page, top, bottom) of every numbered row: from its number in the first column to the next row's number
    (or the page's last word for the last row of a page)."""
    rows = []
    for index, words in enumerate(pages):
        head = next((w for w in words if w[3] == first_title), None)
        if head is None:
            continue
        numbers = [w for w in words if w[3].isdigit() and w[1] > head[2] and w[0] < head[0] + 25]
        numbers.sort(key=lambda w: w[1])
        for k, w in enumerate(numbers):
            bottom = numbers[k + 1][1] if k + 1 < len(numbers) else max(x[2] for x in words) + 1
            rows.append((int(w[3]), index, w[1] - 1, bottom - 0.5))
    return rows


def check_rows_whole(pdf, texts: list[str], label: str) -> None:
    """Row n (numbered n in its first column) shows all of texts[n-1], in order, between its top and the next
    row's: nothing cut, nothing printed over the row below."""
    pages = pages_words(pdf)
    rows = table_rows(pages)
    numbers = [n for n, *_ in rows]
    assert numbers[:len(texts)] == list(range(1, len(texts) + 1)), f"{label}: rows {numbers[:40]}"
    for (n, page, top, bottom), text in zip(rows, texts):
        band = [w[3] for w in pages[page] if top <= w[1] and w[2] <= bottom]
        assert subsequence(nfc(text).split(), band), f"{label}, row {n}: '{text}' not whole in {band}"


def sheet_rows(xlsx, sheet: str, column: str) -> list[str]:
    ws = load_workbook(xlsx, read_only=True)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    header = next(k for k, r in enumerate(rows) if r and r[0] == "STT")
    index = list(rows[header]).index(column)
    return [r[index] or "" for r in rows[header + 1:] if r and isinstance(r[0], int)]


def test_every_page_is_a4(printed):
    for name, (_xlsx, pdf) in printed.items():
        for page in PdfReader(str(pdf)).pages:
            size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
            assert size == pytest.approx([595.3, 841.9], abs=2), name


def test_person_form_prints_whole(printed):
    xlsx, pdf = printed["person"]
    names = sheet_rows(xlsx, "Phiếu đánh giá", "Năng lực")
    assert len(names) == 17
    pages = layout_pages(pdf)
    text = "\n".join(pages)
    check_rows_whole(pdf, names, "person")
    for title in ("NGƯỜI TỰ ĐÁNH GIÁ", "NGƯỜI ĐÁNH GIÁ", "THỦ TRƯỞNG ĐƠN VỊ", SIGN, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "PHIẾU ĐÁNH GIÁ KHOẢNG CÁCH NĂNG LỰC"):
        assert title in text, title
    # the position's whole name beside a whole label
    position = load_workbook(xlsx)["Phiếu đánh giá"]["C10"].value
    assert "Vị trí việc làm:" in text and subsequence(position.split(), text.split())
    # the issuing body in bold capitals under the agency in capitals
    assert text.index("UBND TỈNH MẪU") < text.index("PHÒNG QUẢN LÝ XỬ LÝ VI PHẠM HÀNH CHÍNH")
    form_pages = [p for p in pages if "BIỂU ĐỒ" not in p]
    assert all("Năng lực" in p and "STT" in p for p in form_pages)  # the header row on every page of the table
    chart_page = next(p for p in pages if "BIỂU ĐỒ KHOẢNG CÁCH NĂNG LỰC" in p)
    assert "Đạo đức và bản lĩnh" in chart_page and "NLC1" not in chart_page  # axes named, not coded


def test_person_chart_names_axes_and_leaves_unrated_out(printed):
    from app.excel.layout import short_name

    xlsx, _pdf = printed["person"]
    ws = load_workbook(xlsx)["Biểu đồ"]
    rows = [r for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], int)]
    assert [r[1] for r in rows[:2]] == ["Đạo đức và bản lĩnh", "Tổ chức thực hiện công việc"]
    assert all(v is None or 1 <= v <= 5 for r in rows for v in r[2:])  # no 0 drawn for a missing value
    assert any(r[2] is None for r in rows)  # a competency without a required level has no point
    assert ws._images  # the radar drawn by app.charts.radar: an unrated axis has no point (tests/test_radar.py)
    assert short_name("Khả năng phối hợp thực hiện văn bản quy phạm pháp luật").endswith("…")
    assert len(short_name("năng lực " * 10)) <= 34


def test_gap_summary_prints_whole(printed):
    for name in ("gap-summary", "gap-summary-unit"):
        xlsx, pdf = printed[name]
        pages = layout_pages(pdf)
        assert all("STT" in p for p in pages), name  # header rows on every page
        text = "\n".join(pages)
        assert "NGƯỜI LẬP BIỂU" in text and "THỦ TRƯỞNG ĐƠN VỊ" in text and SIGN in text
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    xlsx, pdf = printed["gap-summary-unit"]
    top = layout_pages(pdf)[0].splitlines()[:3]
    assert "UBND TỈNH MẪU (DỮ LIỆU MẪU)" in top[0] and "SỞ THÔNG TIN VÀ TRUYỀN THÔNG (MẪU)" in top[1]
    # each sheet's rows whole: the detail's competencies are the longest texts
    detail = sheet_rows(xlsx, "Chi tiết", "Năng lực")
    assert detail
    tmp = pdf.parent / "detail-only"
    tmp.mkdir(exist_ok=True)
    wb = load_workbook(xlsx)
    for other in [s for s in wb.sheetnames if s != "Chi tiết"]:
        del wb[other]
    wb.save(tmp / "detail.xlsx")
    detail_pdf = to_pdf([tmp / "detail.xlsx"], tmp)["detail"]
    check_rows_whole(detail_pdf, detail, "Chi tiết")


def test_audit_trail_prints_whole(printed):
    xlsx, pdf = printed["audit"]
    pages = layout_pages(pdf)
    assert all("STT" in p and "Người thực hiện" in p for p in pages)
    check_rows_whole(pdf, sheet_rows(xlsx, "Nhật ký thay đổi", "Giá trị mới"), "audit")
    assert "NGƯỜI LẬP BIỂU" in pages[-1] and SIGN in pages[-1]


@pytest.mark.parametrize("name", ["staff", "staff-template", "scores-template", "framework", "framework-template"])
def test_lists_and_templates_print_whole(printed, name):
    """Lists read back by the import have no frame, but every text prints whole, in order, and the header row of a
    table is on each of its pages."""
    xlsx, pdf = printed[name]
    hay = [w[3] for page in pages_words(pdf) for w in page]
    start = 0
    for ws in load_workbook(xlsx).worksheets:
        for row in ws.iter_rows():
            found_row = []
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    found = find_from(nfc(cell.value).split(), hay, start)
                    assert found >= 0, f"{name}/{ws.title}!{cell.coordinate}: '{cell.value}' not whole"
                    found_row.append(found)
            # a row's cells share lines (a centred one may start above its neighbours): the next row starts
            # no earlier than where this row's first text begins
            start = min(found_row, default=start)
    assert printed[name][0].exists()


def test_workbooks_are_all_checked():
    assert set(WORKBOOKS) == {"person", "gap-summary", "gap-summary-unit", "staff", "staff-template",
                              "scores-template", "framework", "framework-template", "audit"}
