"""Vietnamese text rules, in one place: NFC, search keys, name order, dates, decimals."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Letters in Vietnamese alphabetical order; f, j, w, z (loan words) sit where Latin puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}

# Combining marks that make a new letter (ă â ê ô ơ ư) and those that are tones.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    """Text in Unicode NFC, the form every stored string must have."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, non-breaking spaces as spaces, runs of whitespace collapsed, trimmed."""
    if text is None:
        return ""
    text = str(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # str.split() also splits on NBSP and other Unicode spaces


def search_key(text: str | None) -> str:
    """Lower-case text without diacritics (đ → d), for matching what a user types."""
    decomposed = unicodedata.normalize("NFD", clean(text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("đ", "d")


def _ascii_words(text: str | None, lower: bool) -> str:
    decomposed = unicodedata.normalize("NFD", clean(text).replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.lower() if lower else plain
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")


def file_name(*words: str | None, ext: str, code: str | None = None) -> str:
    """The default name of a file the program writes: ASCII, lower-case words joined by hyphens, a record's
    code (if any) last and as it is written; e.g. file_name("Tổng hợp", "Năm 2026", ext="xlsx") is
    "tong-hop-nam-2026.xlsx", file_name("Phiếu đánh giá", code="MAU0005", ext="pdf") "phieu-danh-gia-MAU0005.pdf"."""
    parts = [_ascii_words(w, lower=True) for w in words] + [_ascii_words(code, lower=False)]
    stem = "-".join(p for p in parts if p) or "tep"
    return f"{stem[:120].strip('-')}.{ext.lstrip('.').lower()}"


def matches(query: str | None, *texts: str | None) -> bool:
    """True when every word of the query occurs in one of the texts, ignoring diacritics."""
    words = search_key(query).split()
    haystack = " ".join(search_key(t) for t in texts if t)
    return all(w in haystack for w in words)


def _word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Letters first, tones only to break ties between otherwise equal words."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in nfc(word.casefold()):
        base, *marks = unicodedata.normalize("NFD", ch)
        tone = 0
        for mark in marks:
            if (base, mark) in _LETTER_MARKS:
                base = _LETTER_MARKS[(base, mark)]
            elif mark in _TONES:
                tone = _TONES[mark]
        letters.append(_RANK.get(base, len(_ALPHABET) + ord(base)))
        tones.append(tone)
    return tuple(letters), tuple(tones)


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def name_sort_key(full_name: str | None) -> tuple:
    """Sort key for a Vietnamese full name: given name, then middle names, then family name.

    A remark in brackets after the name ("Nguyễn Văn An (mẫu)") is not part of it."""
    words = _BRACKETED_TAIL.sub("", clean(full_name)).split() or clean(full_name).split()
    if not words:
        return ((), (), ())
    given = _word_key(words[-1])
    middle = tuple(_word_key(w) for w in words[1:-1])
    family = _word_key(words[0]) if len(words) > 1 else ((), ())
    return (given, middle, family)


def text_sort_key(text: str | None) -> tuple:
    """Sort key for ordinary text (unit names, positions) in Vietnamese alphabetical order."""
    return tuple(_word_key(w) for w in clean(text).split())


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string."""
    return value.strftime("%d/%m/%Y") if value else ""


_DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
)


def parse_date(text: str | dt.date | None) -> dt.date | None:
    """A date typed as dd/mm/yyyy (or ISO yyyy-mm-dd); None for empty; ValueError otherwise."""
    if text is None or isinstance(text, dt.date):
        return text.date() if isinstance(text, dt.datetime) else text
    text = clean(text)
    if not text:
        return None
    for pattern, order in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups())))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                raise ValueError(f"Ngày '{text}' không có thật trong lịch") from None
    raise ValueError(f"Ngày '{text}' không đúng dạng dd/mm/yyyy")


def format_decimal(value: float | None, places: int = 1) -> str:
    """A number with a decimal comma and dot thousands separators: 1.234,5."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def parse_decimal(text: str) -> float:
    """A number typed with a decimal comma ("3,5") or dot ("3.5")."""
    cleaned = clean(text).replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return float(cleaned)


def format_percent(ratio: float | None) -> str:
    """A ratio as a Vietnamese percentage: 0.625 → "62,5%"."""
    if ratio is None:
        return ""
    return format_decimal(ratio * 100, 1) + "%"


# Characters that are invisible in Excel but make two codes differ: zero-width spaces and joiners,
# word joiner, byte-order mark, soft hyphen. Removed from codes; no-break spaces become spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_NO_BREAK = {ord(ch): " " for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
             "\u2009\u200a\u202f\u205f\u3000"}  # every Unicode space separator


def clean_code(value: object, *, spaces: bool = False, what: str = "mã") -> str:
    """A code (employee, unit, competency, position key; a period name with spaces=True) as stored:
    NFC, invisible characters removed, no-break spaces as spaces, trimmed; "" for an empty cell.

    ValueError (a Vietnamese sentence) for control or formatting characters, inner spaces (unless
    spaces=True, then runs of spaces become one) and numbers no person types as a code.
    Codes are compared with code_key (case ignored), never with ==.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError(f"{what} '{'TRUE' if value else 'FALSE'}' không phải mã; hãy gõ mã dạng chữ")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer() or abs(value) >= 1e15:
            raise ValueError(f"{what} '{value:.6g}' không phải mã; hãy gõ mã dạng chữ (định dạng ô Text)")
        value = int(value)
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_NO_BREAK)
    text = text.strip()
    for ch in text:
        if not ch.isprintable() and ch != " ":
            name = {"\n": "xuống dòng", "\r": "xuống dòng", "\t": "tab"}.get(ch, f"U+{ord(ch):04X}")
            raise ValueError(f"{what} '{text.encode('unicode_escape').decode('ascii')[:40]}' có ký tự ẩn ({name}); "
                             "hãy xóa ô rồi gõ lại mã")
    if " " in text or any(ch.isspace() for ch in text):
        if not spaces:
            raise ValueError(f"{what} '{text[:40]}' có dấu cách ở giữa; hãy gõ liền, không dấu cách")
        text = " ".join(text.split())
    return text


def code_key(code: str) -> str:
    """What makes two codes the same: 'mau0001' is 'MAU0001' (a code differing only by case is one record)."""
    return code.casefold()


def check_text(text: str) -> str:
    """Text from a cell without invisible characters; ValueError when it holds control characters
    (other than tab and line breaks) that would break printing and export."""
    if text.isascii() and text.isprintable():
        return text
    text = text.translate(_INVISIBLE)
    for ch in text:
        if not ch.isprintable() and ch not in "\t\n\r" and not ch.isspace():
            raise ValueError(f"có ký tự ẩn U+{ord(ch):04X} (thường do chép từ web hoặc phần mềm khác); "
                             "hãy xóa ô rồi gõ lại")
    return text
