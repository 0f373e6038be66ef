"""The staff list's stored keys of a person, in one place: employees.sort_key and employees.search_key.

sort_key: the list's order (Vietnamese name order, app.vntext.sort_key, the code breaking ties) as ASCII text
whose plain byte order is that order, so SQLite (binary) and PostgreSQL (COLLATE "C") sort it alike and an
index gives the first page without reading the table. app.vntext.sort_key's string is written character by
character with an order-keeping, prefix-free code: the characters it uses (word separators, tones '0'-'5',
letters from U+0100) are one ASCII character each, any other is a lead character placed where it sorts followed
by four base-64 digits. A space (below every character of the code) separates the name's key from the code's,
so a name whose key is the start of another's comes first, as in the tuple (name key, code).

search_key: the accent- and case-free name and code (app.vntext.fast_search_key), searched with LIKE.

Every path that writes a person's name or code keeps both current through `keys`/`with_keys`: the model's
insert defaults and update event (app.models.org), the staff import's bulk update, migrate-data, the
migration that added them (db/versions/0010) and the national generator. This module never imports Qt.
"""

from __future__ import annotations

from functools import lru_cache

from app.vntext import fast_search_key
from app.vntext import sort_key as name_order_key

SEPARATOR = " "  # below every character of an encoded key


def _escaped(lead: str, n: int) -> str:
    """A rare character: its lead (where it sorts) and four base-64 digits (64**4 > 0x10FFFF)."""
    return lead + "".join(chr(0x30 + (n >> shift) % 64) for shift in (18, 12, 6, 0))


def _name_char(n: int) -> str:
    if n == 0:
        return _escaped("!", n)
    if n <= 3:  # \x01 \x02 \x03: ends of a word's letters, of the given name, of a middle name
        return chr(0x21 + n)  # " # $
    if n < 0x30:
        return _escaped("%", n)
    if n <= 0x39:  # tones '0'..'5' (digits kept as themselves)
        return chr(n)
    if n < 0x100:
        return _escaped(":", n)
    if n < 0x100 + 67:  # letters in Vietnamese order: ; < = > … }
        return chr(0x3B + n - 0x100)
    return _escaped("~", n)


def _code_char(n: int) -> str:
    return chr(n) if 0x22 <= n <= 0x7D else _escaped("!" if n < 0x22 else "~", n)


_NAME_TABLE = {n: _name_char(n) for n in range(0x100 + 67)}  # every character app.vntext.sort_key writes but rare ones


@lru_cache(maxsize=1 << 17)
def _name_part(full_name: str) -> str:
    encoded = name_order_key(full_name).translate(_NAME_TABLE)
    if not encoded.isascii():  # a character beyond the table: escaped one by one
        encoded = "".join(ch if ch.isascii() else _name_char(ord(ch)) for ch in encoded)
    return encoded


def _code_part(code: str) -> str:
    if code.isascii() and code.isprintable() and " " not in code and "!" not in code and "~" not in code:
        return code  # '"' to '}': as it is
    return "".join(_code_char(ord(ch)) for ch in code)


def sort_key(full_name: str, code: str) -> str:
    """The stored order of a person: compared as bytes, the order of (app.vntext.sort_key(full_name), code)."""
    return _name_part(full_name or "") + SEPARATOR + _code_part(code or "")


def search_key(full_name: str, code: str) -> str:
    """The stored search text of a person: name and code without accents, lower case (what `search` words match):
    app.vntext.fast_search_key(f"{full_name} {code}"), the name's part remembered (many people share a name)."""
    name, code = _search_part(full_name or ""), fast_search_key(code or "")
    if name.isascii() and code.isascii():  # the words of each, joined (as the whole text's would be)
        return f"{name} {code}" if name and code else name or code
    return fast_search_key(f"{full_name or ''} {code or ''}")


@lru_cache(maxsize=1 << 17)
def _search_part(full_name: str) -> str:
    return fast_search_key(full_name)


def keys(full_name: str, code: str) -> dict[str, str]:
    """Both stored keys of a person, by column name."""
    return {"sort_key": sort_key(full_name, code), "search_key": search_key(full_name, code)}


def with_keys(row: dict) -> dict:
    """An employees row (a dict with full_name and code) with its keys set (the same dict)."""
    row.update(keys(row["full_name"], row["code"]))
    return row


KEY_COLUMNS = ("sort_key", "search_key")

__all__ = ["KEY_COLUMNS", "SEPARATOR", "keys", "search_key", "sort_key", "with_keys"]
