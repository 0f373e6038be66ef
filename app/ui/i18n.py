"""Languages: Vietnamese is the source language; English comes from a compiled catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import translations_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_installed: list[QTranslator] = []


def set_language(code: str) -> bool:
    """Install the catalogue for the language (none for Vietnamese); True on success."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "vi":
        return True
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"competency_gap_{code}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


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
