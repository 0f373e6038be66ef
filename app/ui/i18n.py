"""Languages: Vietnamese is the source language; English comes from a compiled catalogue.

Qt's own strings (file, print and message dialogs, standard buttons, undo/redo, the context menus of text
fields) are English in Qt; qt_vi.qm (built by tools/update_translations.py from tools/qt_catalogue_vi.py,
since Qt ships no Vietnamese) gives them in Vietnamese while the interface is Vietnamese.

File dialogs: the system's own (native) dialog speaks the language of the operating system, so it is used
only when that is the interface's language (e.g. Windows in Vietnamese with the Vietnamese interface); in
every other case Qt's own dialog is used, which our catalogue translates. The print dialog on Windows is
always the system's own (Qt offers no other there); the print preview is always Qt's, translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from app.paths import translations_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
LOCALES = {"vi": QLocale("vi_VN"),
           "en": QLocale("en_GB")}
# (file, needed): without Qt's Vietnamese its dialogs stay in English, the program's own texts are still Vietnamese
CATALOGUES = {"vi": [("qt_vi.qm", False)], "en": [("competency_gap_en.qm", True)]}
_installed: list[QTranslator] = []
_current = ["vi"]


def current_language() -> str:
    return _current[0]


def system_language() -> str:
    """The language of the operating system's own dialogs ("vi", "en", …)."""
    languages = QLocale.system().uiLanguages()
    return (languages[0] if languages else QLocale.system().name()).split("-")[0].split("_")[0].lower()


def native_dialogs_speak(code: str) -> bool:
    """Whether the system's own file dialogs are in the interface's language."""
    return system_language() == code


def set_language(code: str) -> bool:
    """Install the catalogues of the language (Qt's own strings in Vietnamese, ours in English); True on success."""
    app = QCoreApplication.instance()
    if code not in LANGUAGES:
        return False
    loaded = []
    for name, needed in CATALOGUES[code]:
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / name)):
            loaded.append(translator)
        elif needed:
            return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    _current[0] = code
    QLocale.setDefault(LOCALES[code])
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native_dialogs_speak(code))
    return True


def undo_text(stack_text: str) -> str:
    """The Sửa menu's undo label: "Hoàn tác Chấm điểm NLQL5", or "Hoàn tác" with nothing to undo."""
    return translate("Edit", "Hoàn tác {0}").format(stack_text) if stack_text else translate("Edit", "Hoàn tác")


def redo_text(stack_text: str) -> str:
    return translate("Edit", "Làm lại {0}").format(stack_text) if stack_text else translate("Edit", "Làm lại")


BUTTON_TEXTS = {"Ok": "Đồng ý", "Cancel": "Hủy", "Close": "Đóng", "Save": "Lưu"}


def buttons(*names: str):
    """A QDialogButtonBox with standard buttons labelled in the program's language.

    Qt ships no Vietnamese catalogue for its own buttons ("OK", "Cancel"), so the labels come from ours.
    """
    from PySide6.QtWidgets import QDialogButtonBox

    flags = QDialogButtonBox.StandardButton.NoButton
    for name in names:
        flags |= getattr(QDialogButtonBox.StandardButton, name)
    box = QDialogButtonBox(flags)
    for name in names:
        box.button(getattr(QDialogButtonBox.StandardButton, name)).setText(translate("Buttons", BUTTON_TEXTS[name]))
    return box


def _input_dialog(parent, title: str, label: str):
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(translate("Buttons", BUTTON_TEXTS["Ok"]))
    dialog.setCancelButtonText(translate("Buttons", BUTTON_TEXTS["Cancel"]))
    return dialog


def get_text(parent, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText with buttons in the program's language."""
    dialog = _input_dialog(parent, title, label)
    dialog.setTextValue(text)
    ok = bool(dialog.exec())
    return dialog.textValue(), ok


def get_item(parent, title: str, label: str, items: list[str], current: int = 0, editable: bool = False
             ) -> tuple[str, bool]:
    """QInputDialog.getItem with buttons in the program's language."""
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if items:
        dialog.setTextValue(items[current])
    ok = bool(dialog.exec())
    return dialog.textValue(), ok


def translate(context: str, text: str) -> str:
    """Translate a string that lives outside a widget (e.g. a status label from the core)."""
    return QCoreApplication.translate(context, text)


def audit_cells(row) -> tuple[str, str, str, str, str, str, str]:
    """A trail row's who, action, subject, what, old and new value, reason in the window's language.

    The trail stores codes (entity, field, action); their labels, the form's kind and the computer's login
    are interface words; names, values typed in and reasons are data and stay as recorded."""
    from app import audit
    from app.services.assessments import KIND_LABELS

    def tr(text: str) -> str:
        return translate("Audit", text)

    who, login = row.who, "Người dùng máy tính ("  # before accounts existed: the computer's login name
    if who.startswith(login) and who.endswith(")"):
        who = tr("Người dùng máy tính ({0})").format(who[len(login):-1])
    label = tr(audit.ENTITY_LABELS.get(row.entity, row.entity))
    name = row.subject_name
    for kind_label in KIND_LABELS.values():
        name = name.replace(f"({kind_label}, ", f"({tr(kind_label)}, ")
    subject = f"{label}: {name}" if name else f"{label} {row.entity_key}"
    field = tr(audit.FIELD_LABELS.get(row.field, row.field))
    item = row.item_name or row.item
    what = f"{field} · {item}" if item else field
    old, new = row.old_shown, row.new_shown
    if row.field in ("status", "active", "major_fits_field", "history_complete"):  # labels, not values typed
        old, new = tr(old) if old else old, tr(new) if new else new
    return who, tr(row.action_label), subject, what, old, new, row.reason


def audit_strings() -> list[str]:
    """The interface words of the trail, for the catalogue (tools/update_translations.py)."""
    from app import audit
    from app.services.assessments import KIND_LABELS, PERIOD_STATUS_LABELS, STATUS_LABELS

    return [*audit.ENTITY_LABELS.values(), *audit.FIELD_LABELS.values(), *audit.ACTION_LABELS.values(),
            *KIND_LABELS.values(), *STATUS_LABELS.values(), *PERIOD_STATUS_LABELS.values(),
            "Người dùng máy tính ({0})", "Có", "Không"]
