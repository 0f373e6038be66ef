"""Refresh the catalogues: the program's English (lupdate, the core's labels, fill, compile) and Qt's Vietnamese.

Usage: python tools/update_translations.py
Vietnamese is the source language. Strings the widgets show from the core (status labels, column
titles, report phrases) are added under their translation context, since lupdate cannot see them.
The English texts are in tools/catalogue_en.py. Qt ships no Vietnamese catalogue for its own dialogs
(file, print, message boxes, undo/redo, context menus): tools/qt_catalogue_vi.py is written to qt_vi.ts
and compiled to qt_vi.qm, installed by app/ui/i18n.py when the interface is Vietnamese.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TS = ROOT / "resources" / "translations" / "competency_gap_en.ts"
QT_VI_TS = ROOT / "resources" / "translations" / "qt_vi.ts"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue_en import EN, EN_IN_CONTEXT  # noqa: E402
from qt_catalogue_vi import QT_VI  # noqa: E402


def core_strings() -> dict[str, list[str]]:
    """Strings the widgets translate at run time, by context."""
    from app import backup, db_url
    from app import employee_record as er
    from app import gap
    from app.services import assessments, catalog
    from app.ui import i18n
    from app.ui.accounts_dialog import AccountsDialog
    from app.ui.audit_dialog import AuditTableModel
    from app.grades import KIND_LABELS
    from app.ui.grades_dialog import GradesDialog
    from app.ui.table_models import EmployeeTableModel, RatingTableModel

    forms = (ROOT / "app" / "forms.py").read_text(encoding="utf-8")
    phrases = re.findall(r"tr\('([^']+)'\)", forms) + re.findall(r'tr\("([^"]+)"\)', forms)
    report = [p for p in phrases] + list(gap.VERDICT_LABELS.values()) + ["Đạt", "Chưa đạt", "Chưa đánh giá"]
    report += ["Vị trí không nêu điều kiện", "Đạt {0}/{1} điều kiện", "Đạt {0}/{1}", "chưa đạt", "chưa rõ",
               "thiếu {0}"]  # the readiness columns (app/services/reporting.py, given the window's tr)
    position = phrases + list(catalog.QUALIFICATION_LABELS.values()) + list(catalog.ORIGIN_LABELS.values())
    return {
        "DatabaseActions": _calls_of("translate", ROOT / "app" / "ui" / "database_actions.py"),
        "Columns": [c.title for c in RatingTableModel.COLUMNS + EmployeeTableModel.COLUMNS]
        + ["Tự đánh giá", "Người đánh giá"],
        "gap": list(gap.STATUS_LABELS.values()) + list(gap.VERDICT_LABELS.values()) + ["yêu cầu {0}", "văn bản"],
        "Status": list(assessments.STATUS_LABELS.values()),
        "Report": report,
        "Position": position,
        "AuditTableModel": list(AuditTableModel.COLUMNS),
        "Buttons": list(i18n.BUTTON_TEXTS.values()),
        "Edit": ["Hoàn tác", "Hoàn tác {0}", "Làm lại", "Làm lại {0}"],
        "Audit": i18n.audit_strings(),
        "Backups": [label for label in backup.REASON_LABELS.values() if label],
        "ConnectionDialog": list(db_url.SSL_LABELS.values()),
        "TrailCheck": ["Nhật ký nguyên vẹn: {0} mục, chuỗi liền mạch.",
                       "Mã đầu chuỗi (hãy lưu ở nơi khác để đối chiếu lần sau): {0}"],
        "ConfirmStep": _calls_of("_tr", ROOT / "app" / "ui" / "workflow_confirm.py"),
        "DateEdit": _translated_in("DateEdit", ROOT / "app" / "ui" / "date_edit.py"),
        "EmptyState": _translated_in("EmptyState", ROOT / "app" / "ui" / "window_look.py"),
        "PeriodDialog": ["Năm {0}"],
        "EmployeeDialog": ["Nam", "Nữ"],
        "AccountsDialog": list(AccountsDialog.COLUMNS),
        "FrameworkEditor": framework_editor_strings(),
        "Grades": list(KIND_LABELS.values()),
        "GradesDialog": list(GradesDialog.COLUMNS),
        "EmployeeRecord": [t for labels in (er.DEGREE_LEVELS, er.THEORY_LEVELS, er.THEORY_KINDS, er.ROLES,
                                            er.WORK_KIND_LABELS, er.WORK_LEVELS, er.CERTIFICATE_KINDS)
                           for t in labels.values() if t],
    }


def framework_editor_strings() -> list[str]:
    """Texts of the framework editor given to translate("FrameworkEditor", …), column titles, picker labels."""
    import ast

    from app.ui.framework_editor import position_parts, shape

    found = []
    for path in sorted((ROOT / "app" / "ui" / "framework_editor").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if node.func.id == "translate" and args[:1] == ["FrameworkEditor"] and len(args) > 1 and args[1]:
                found.append(args[1])
            elif node.func.id == "tr" and args and args[0]:
                found.append(args[0])
            elif node.func.id == "Col" and len(args) > 1 and args[1]:
                found.append(args[1])
    found += list(position_parts.RULE_LABELS.values()) + list(shape.LEVEL_ORIGINS.values())
    found += [name for _code, name in shape.STANDARD_GROUPS] + list(shape.RELATIONSHIP_KINDS.values())
    return found


def _translated_in(context: str, path: Path) -> list[str]:
    """The literal texts given to translate(context, "…") in a module."""
    import ast

    if not path.is_file():
        return []
    return [node.args[1].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
            and len(node.args) > 1 and isinstance(node.args[0], ast.Constant) and node.args[0].value == context
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)]


def _calls_of(function: str, path: Path) -> list[str]:
    """The literal first arguments of every call to `function` in a module (lupdate cannot see them)."""
    import ast

    found = []
    if not path.is_file():
        return found
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == function
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


# the widgets that module-level helpers (printing, Excel, trail dialogs) are called with as `parent`
PARENT_CLASSES = ("MainWindow", "AssessmentPage", "StaffPage", "PositionsPage", "ReportsPage", "AuditDialog",
                  "FrameworkEditor", "FrameworkChooser")


def tr_calls_by_class() -> dict[str, list[str]]:
    """self.tr("…") in every widget class, by class, also where lupdate cannot see it (inside f-strings)."""
    import ast

    def calls(tree) -> list[str]:
        return [node.args[0].value for node in ast.walk(tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]

    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))
        for node in module.body:
            if isinstance(node, ast.ClassDef):
                for cls in [n for n in ast.walk(node) if isinstance(n, ast.ClassDef)]:
                    found.setdefault(cls.name, []).extend(calls(cls))
            elif isinstance(node, ast.FunctionDef):  # parent.tr("…") in a helper: the parent's class is the context
                for parent in PARENT_CLASSES:
                    found.setdefault(parent, []).extend(calls(node))
    return found


def add_contexts(tree: ET.ElementTree, extra: dict[str, list[str]]) -> None:
    root = tree.getroot()
    existing = {c.findtext("name"): c for c in root.findall("context")}
    for name, sources in extra.items():
        context = existing.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        have = {m.findtext("source") for m in context.findall("message")}
        for source in dict.fromkeys(sources):
            if source not in have:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")


def fill(tree: ET.ElementTree) -> list[str]:
    missing = []
    for context, message in ((c, m) for c in tree.getroot().iter("context") for m in c.iter("message")):
        source = message.findtext("source")
        translation = message.find("translation")
        english = EN_IN_CONTEXT.get((context.findtext("name"), source), EN.get(source))
        if english is not None:
            translation.text = english
            translation.attrib.pop("type", None)
        elif translation.attrib.get("type") != "obsolete" and translation.attrib.get("type") != "vanished":
            missing.append(source)
    return missing


def write_qt_vi() -> None:
    """Qt's own strings in Vietnamese: qt_vi.ts from tools/qt_catalogue_vi.py, compiled to qt_vi.qm."""
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    for name, messages in QT_VI.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, translation in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(QT_VI_TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(QT_VI_TS), "-qm", str(QT_VI_TS.with_suffix(".qm"))],
                   check=True, capture_output=True)


def main() -> int:
    write_qt_vi()
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "vi",
                    "-target-language", "en", "-ts", str(TS)], check=True, capture_output=True)
    tree = ET.parse(TS)
    add_contexts(tree, tr_calls_by_class())
    add_contexts(tree, core_strings())
    missing = fill(tree)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    for source in missing:
        print(f"chưa dịch: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
