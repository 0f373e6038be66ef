"""Print, print preview and PDF of the individual form (laid out page by page by app.ui.form_painter from
app.printed_form) and of a position description (from the core's HTML)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

from app.forms import position_print_html
from app.printed_form import PrintedForm, build_form
from app.services.assessments import AssessmentView
from app.ui.form_painter import MARGINS_MM, paint_form
from app.ui.print_fonts import hide_incomplete_print_fonts

A4_MARGINS_MM = QMarginsF(MARGINS_MM[0], MARGINS_MM[1], MARGINS_MM[2], MARGINS_MM[3])  # Nghị định 30
# the position description is still one QTextDocument, whose table rows may split across pages: it keeps
# the margins it was laid out for until it is laid out page by page as the form is
POSITION_MARGINS_MM = QMarginsF(20, 15, 15, 15)


def ensure_application() -> QApplication:
    """Fonts and images need a GUI application object, even to write a PDF from the command line.
    The printing font's files without Vietnamese letters are left out first (app.ui.print_fonts)."""
    if QApplication.instance() is None:
        hide_incomplete_print_fonts()
    return QApplication.instance() or QApplication(["competency-gap"])


def build_printed_form(view: AssessmentView, other: AssessmentView | None, agency: str, grades=None) -> PrintedForm:
    return build_form(view, other, agency, grades=grades)


def _a4_layout(margins: QMarginsF = A4_MARGINS_MM) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins,
                       QPageLayout.Unit.Millimeter)


def write_pdf(view: AssessmentView, other: AssessmentView | None, agency: str, path: str | Path,
              grades=None) -> Path:
    """Write the form to an A4 PDF file."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_a4_layout())
    writer.setResolution(300)
    writer.setTitle(f"Phiếu đánh giá năng lực - {view.employee_name}")
    writer.setCreator("competency-gap")
    paint_form(writer, build_printed_form(view, other, agency, grades))
    return path


def print_dialog(parent: QWidget, view: AssessmentView, other: AssessmentView | None, agency: str,
                 grades=None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    if QPrintDialog(printer, parent).exec():
        paint_form(printer, build_printed_form(view, other, agency, grades))


def preview_dialog(parent: QWidget, view: AssessmentView, other: AssessmentView | None, agency: str,
                   grades=None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    form = build_printed_form(view, other, agency, grades)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Xem trước khi in"))
    dialog.paintRequested.connect(lambda device: paint_form(device, form))
    dialog.resize(900, 1000)
    dialog.exec()


# ------------------------------------------------------------------ the position description

PAGE_NUMBER_BAND_MM = 8  # Nghị định 30: page numbers from page 2, top centre, above the text


def build_position_document(detail, agency: str, document: str = "") -> QTextDocument:
    """The position description (app.forms.position_print_html) in Times New Roman."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Times New Roman", 13))
    doc.setHtml(position_print_html(detail, agency, document))
    return doc


def print_numbered(doc: QTextDocument, device) -> None:
    """Lay the document out for the device and paint it page by page, the page number at the top centre
    of every page from the second (QTextDocument.print_ numbers pages bottom right, or not at all)."""
    doc.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    band = PAGE_NUMBER_BAND_MM / 25.4 * device.resolution()
    doc.setPageSize(QSizeF(rect.width(), rect.height() - band))
    height = doc.pageSize().height()
    painter = QPainter(device)
    font = QFont("Times New Roman", 13)
    painter.setFont(font)
    for page in range(doc.pageCount()):
        if page:
            device.newPage()
            painter.drawText(QRectF(0, 0, rect.width(), band), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             str(page + 1))
        painter.save()
        painter.translate(0, band - page * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * height, rect.width(), height)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()


def write_position_pdf(detail, agency: str, path: str | Path, document: str = "") -> Path:
    """Write the position description to an A4 PDF file."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_a4_layout(POSITION_MARGINS_MM))
    writer.setResolution(300)
    writer.setTitle(f"Bản mô tả vị trí việc làm - {detail.summary.name}")
    writer.setCreator("competency-gap")
    print_numbered(build_position_document(detail, agency, document), writer)
    return path


def print_position_dialog(parent: QWidget, detail, agency: str, document: str = "") -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout(POSITION_MARGINS_MM))
    if QPrintDialog(printer, parent).exec():
        print_numbered(build_position_document(detail, agency, document), printer)


def preview_position_dialog(parent: QWidget, detail, agency: str, document: str = "") -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout(POSITION_MARGINS_MM))
    doc = build_position_document(detail, agency, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Xem trước khi in"))
    dialog.paintRequested.connect(lambda device: print_numbered(doc, device))
    dialog.resize(900, 1000)
    dialog.exec()
