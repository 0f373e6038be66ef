"""Every workbook the program writes, printed through LibreOffice: PDF to check, PNG pages to look at.

`python -m app.excel.printout OUT_DIR` (run by `make screenshots`) writes the workbooks of the sample
organisation and the printed PDF form, converts them to PDF with LibreOffice and renders pages to PNG
(OUT_DIR/person-1.png, gap-summary-1.png, …). The acceptance test uses the same functions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PERIOD = "Năm 2025"
# name → command line (after --db) that writes it; {out} is the file
WORKBOOKS = {
    "person": ["export", "person", "MAU0001", "--period", PERIOD, "-o", "{out}"],
    "gap-summary": ["export", "gaps", "--period", PERIOD, "-o", "{out}"],
    "gap-summary-unit": ["export", "gaps", "--period", PERIOD, "--unit", "MAU-STTTT", "-o", "{out}"],
    "staff": ["staff", "export", "-o", "{out}"],
    "staff-template": ["staff", "template", "-o", "{out}"],
    "scores-template": ["scores", "template", "-o", "{out}"],
    "framework": ["framework", "export", "btttt-09-2023", "-o", "{out}"],
    "framework-template": ["framework", "template", "-o", "{out}"],
    "audit": ["audit", "--limit", "80", "-o", "{out}"],
}
FORM = ["report", "MAU0001", "--period", PERIOD, "-o", "{out}"]


def office() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def write_workbooks(db_url: str, folder: Path, names=None) -> dict[str, Path]:
    """Write the workbooks (all, or `names`) with the command line, as a user would."""
    from app.cli import main

    out = {}
    for name, args in WORKBOOKS.items():
        if names is not None and name not in names:
            continue
        target = folder / f"{name}.xlsx"
        code = main(["--db", db_url, *[a.format(out=target) for a in args]])
        if code != 0:
            raise RuntimeError(f"{name}: exit code {code}")
        out[name] = target
    return out


def to_pdf(files: list[Path], folder: Path, timeout: int = 300) -> dict[str, Path]:
    """Convert with LibreOffice in one run (its own profile, so a running office is not disturbed)."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run([office(), "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(folder), *map(str, files)], check=True, capture_output=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return {f.stem: folder / f"{f.stem}.pdf" for f in files}


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def to_png(pdf: Path, out: Path, name: str, pages: int = 2, dpi: int = 70) -> list[Path]:
    """The first pages and the last page (where the signatures are) as name-N.png."""
    count = page_count(pdf)
    wanted = sorted({*range(1, min(pages, count) + 1), count})
    written = []
    for page in wanted:
        target = out / f"{name}-{page}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(target)], check=True)
        written.append(target.with_suffix(".png"))
    return written


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if office() is None or shutil.which("pdftoppm") is None:
        print("LibreOffice hoặc pdftoppm không có: bỏ qua ảnh bản in")
        return 0
    from app.cli import main as cli

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder}/print.sqlite3"
        for args in (["init"], ["demo"]):
            if cli(["--db", url, *args]) != 0:
                return 1
        files = write_workbooks(url, folder)
        pdfs = to_pdf(list(files.values()), folder)
        form = folder / "pdf-form.pdf"
        if cli(["--db", url, *[a.format(out=form) for a in FORM]]) == 0:
            pdfs["pdf-form"] = form
        for name in pdfs:  # only this module's pages: others write theirs in the same folder
            for old in out.glob(f"{name}-*.png"):
                if old.stem.rsplit("-", 1)[1].isdigit() and old.stem.rsplit("-", 1)[0] == name:
                    old.unlink()
        for name, pdf in pdfs.items():
            for png in to_png(pdf, out, name):
                print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/print"))
