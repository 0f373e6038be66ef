"""Gửi and Phê duyệt ask first, and say what the form holds: how many competencies are scored, which are
not, and the conclusion the form reaches as it stands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import gap
from app.services.assessments import AssessmentView
from app.ui import i18n
from app.ui.i18n import translate

UNRATED_NAMED = 5  # competencies not yet scored named in the question; the others counted


def form_summary(view: AssessmentView) -> str:
    """E.g. "15/17 năng lực đã chấm, 2 chưa chấm; kết luận: Chưa đáp ứng"."""
    total = len(view.ratings)
    rated = sum(1 for r in view.ratings if r.score is not None)
    verdict = translate("Report", gap.VERDICT_LABELS[view.report().summary.verdict])
    if rated == total:
        return translate("ConfirmStep", "{0}/{1} năng lực đã chấm; kết luận: {2}").format(rated, total, verdict)
    text = translate("ConfirmStep", "{0}/{1} năng lực đã chấm, {2} chưa chấm; kết luận: {3}")
    return text.format(rated, total, total - rated, verdict)


def unrated_line(view: AssessmentView) -> str:
    """The competencies not yet scored, by code (the first few; the others counted), or ""."""
    codes = [r.competency_code for r in view.ratings if r.score is None]
    if not codes:
        return ""
    shown = ", ".join(codes[:UNRATED_NAMED])
    if len(codes) > UNRATED_NAMED:
        shown = translate("ConfirmStep", "{0} và {1} năng lực khác").format(shown, len(codes) - UNRATED_NAMED)
    return translate("ConfirmStep", "Chưa chấm: {0}.").format(shown)


def _question(step: str, view: AssessmentView) -> tuple[str, str, str, str]:
    """(title, question, what follows, the button's label) of a step, in whole sentences for translation."""
    who = f"{view.employee_name} — {view.position_name}, {view.period}"
    if step == ConfirmStep.SUBMIT:
        question = (translate("ConfirmStep", "Gửi phiếu tự đánh giá của {0}?") if view.kind == "self"
                    else translate("ConfirmStep", "Gửi phiếu đánh giá của {0}?"))
        return (translate("ConfirmStep", "Gửi phiếu"), question.format(who),
                translate("ConfirmStep", "Sau khi gửi, phiếu bị khóa: không sửa được điểm nữa. "
                                         "Muốn sửa phải dùng \"Mở lại…\" và ghi lý do."),
                translate("ConfirmStep", "Gửi"))
    return (translate("ConfirmStep", "Phê duyệt phiếu"),
            translate("ConfirmStep", "Phê duyệt phiếu đánh giá của {0}?").format(who),
            translate("ConfirmStep", "Phiếu đã phê duyệt là kết quả chính thức, người được đánh giá xem được. "
                                     "Muốn sửa phải dùng \"Mở lại…\" và ghi lý do."),
            translate("ConfirmStep", "Phê duyệt"))


class ConfirmStep:
    """Asks before a step that locks the form; True to go ahead. Tests monkeypatch `ask`."""

    SUBMIT, APPROVE = "submit", "approve"

    @classmethod
    def ask(cls, parent: QWidget, step: str, view: AssessmentView) -> bool:
        title, question, after, label = _question(step, view)
        unrated = unrated_line(view)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are data: shown as typed
        box.setText("\n".join([question, "", form_summary(view), *([unrated] if unrated else []), "", after]))
        go = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("Buttons", i18n.BUTTON_TEXTS["Cancel"]), QMessageBox.ButtonRole.RejectRole)
        # a form with competencies not scored stops on Hủy: Enter alone does not send it half done
        box.setDefaultButton(cancel if unrated else go)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go
