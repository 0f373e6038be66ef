"""Vietnamese text rules, in one place: NFC, search keys, name order, dates, decimals."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

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


# ---------------------------------------------------------------- fast keys for long lists (the same results as above)

def _fast_tables() -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Per character: its letter's rank, its tone, its search letter (only characters of one letter)."""
    letters: dict[int, str] = {}
    tones: dict[int, str] = {}
    plain: dict[int, str] = {}
    for code in list(range(0x20, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        if ch.isspace() or ch == "(" or ch == ")":
            continue
        (rank, *more), (tone, *_) = _word_key(ch) if _word_key(ch)[0] else ((None,), (0,))
        if rank is not None and not more:
            letters[code] = chr(0x100 + rank)  # above the control characters, in rank order
            tones[code] = chr(0x30 + tone)
        folded = search_key(ch)
        if len(folded) == 1:
            plain[code] = folded
    return letters, tones, plain


_FAST_LETTERS, _FAST_TONES, _FAST_PLAIN = _fast_tables()
_FAST_KNOWN = frozenset(_FAST_LETTERS)


def _fast_word(word: str) -> tuple[str, str]:
    return word.translate(_FAST_LETTERS), word.translate(_FAST_TONES)


def fast_name_key(full_name: str) -> tuple:
    """name_sort_key's order with strings for its tuples of numbers (a name of other letters falls back)."""
    name = full_name
    if "(" in name:
        return name_sort_key(full_name)
    words = name.split()
    if not words or not _FAST_KNOWN.issuperset(map(ord, name.replace(" ", ""))):
        return name_sort_key(full_name)
    given = _fast_word(words[-1])
    middle = tuple(_fast_word(w) for w in words[1:-1])
    family = _fast_word(words[0]) if len(words) > 1 else ("", "")
    return (given, middle, family)


def _as_strings(k: tuple) -> tuple[str, str]:
    """A word key of name_sort_key (numbers) as fast_name_key's strings."""
    return "".join(chr(min(0x100 + r, 0x10FFFF)) for r in k[0]), "".join(chr(0x30 + t) for t in k[1])


@lru_cache(maxsize=1 << 17)
def sort_key(full_name: str) -> str:
    """The list's order (Vietnamese name order, app.vntext.name_sort_key) as one string, compared in C.

    Letters are characters from U+0100 and tones from '0', so the separators below them keep the order of
    the nested tuples: \x01 ends a word's letters, \x03 a middle name, \x02 the given name's tones and the
    middle names."""
    key = fast_name_key(full_name)
    if key == ((), (), ()):
        return ""
    given, middle, family = key
    if given and isinstance(given[0], tuple):  # name_sort_key's numbers
        given, middle = _as_strings(given), tuple(_as_strings(m) for m in middle)
        family = _as_strings(family) if family[0] else ("", "")
    return (f"{given[0]}\x01{given[1]}\x02" + "".join(f"{m[0]}\x01{m[1]}\x03" for m in middle)
            + f"\x02{family[0]}\x01{family[1]}")


def fast_search_key(text: str) -> str:
    """search_key(text), by table for Vietnamese and Latin letters."""
    folded = text.translate(_FAST_PLAIN)
    if folded.isascii():
        return " ".join(folded.lower().split())
    return search_key(text)
