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


def _tr(text: str) -> str:
    return translate("ConfirmStep", text)


def form_summary(view: AssessmentView) -> str:
    """E.g. "15/17 năng lực đã chấm, 2 chưa chấm; kết luận: Chưa đáp ứng"."""
    total = len(view.ratings)
    rated = sum(1 for r in view.ratings if r.score is not None)
    verdict = translate("Report", gap.VERDICT_LABELS[view.report().summary.verdict])
    if rated == total:
        return _tr("{0}/{1} năng lực đã chấm; kết luận: {2}").format(rated, total, verdict)
    return _tr("{0}/{1} năng lực đã chấm, {2} chưa chấm; kết luận: {3}").format(rated, total, total - rated, verdict)


def unrated_line(view: AssessmentView) -> str:
    """The competencies not yet scored, by code (the first few; the others counted), or ""."""
    codes = [r.competency_code for r in view.ratings if r.score is None]
    if not codes:
        return ""
    shown = ", ".join(codes[:UNRATED_NAMED])
    if len(codes) > UNRATED_NAMED:
        shown = _tr("{0} và {1} năng lực khác").format(shown, len(codes) - UNRATED_NAMED)
    return _tr("Chưa chấm: {0}.").format(shown)


class ConfirmStep:
    """Asks before a step that locks the form; True to go ahead. Tests monkeypatch `ask`."""

    SUBMIT, APPROVE = "submit", "approve"

    @classmethod
    def ask(cls, parent: QWidget, step: str, view: AssessmentView) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names are data: shown as typed
        kind = _tr("tự đánh giá") if view.kind == "self" else _tr("đánh giá")
        who = f"{view.employee_name} — {view.position_name}, {view.period}"
        if step == cls.SUBMIT:
            box.setWindowTitle(_tr("Gửi phiếu"))
            question = _tr("Gửi phiếu {0} của {1}?").format(kind, who)
            after = _tr("Sau khi gửi, phiếu bị khóa: không sửa được điểm nữa. Muốn sửa phải dùng \"Mở lại…\" "
                        "và ghi lý do.")
            label = _tr("Gửi")
        else:
            box.setWindowTitle(_tr("Phê duyệt phiếu"))
            question = _tr("Phê duyệt phiếu {0} của {1}?").format(kind, who)
            after = _tr("Phiếu đã phê duyệt là kết quả chính thức, người được đánh giá xem được. Muốn sửa phải "
                        "dùng \"Mở lại…\" và ghi lý do.")
            label = _tr("Phê duyệt")
        lines = [question, "", form_summary(view)]
        if unrated_line(view):
            lines.append(unrated_line(view))
        lines += ["", after]
        box.setText("\n".join(lines))
        go = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("Buttons", i18n.BUTTON_TEXTS["Cancel"]), QMessageBox.ButtonRole.RejectRole)
        # a form with competencies not scored stops on Hủy: Enter alone does not send it half done
        box.setDefaultButton(cancel if unrated_line(view) else go)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go
