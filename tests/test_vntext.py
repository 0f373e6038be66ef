"""Vietnamese text rules, on real names."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from app.vntext import (
    clean,
    format_date,
    format_decimal,
    format_percent,
    matches,
    name_sort_key,
    nfc,
    parse_date,
    parse_decimal,
    search_key,
)


def test_nfc_and_clean():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn An")
    assert nfc(decomposed) == "Nguyễn Văn An"
    assert clean(" Trần\u00a0Thị  Bích ") == "Trần Thị Bích"


def test_search_key_ignores_case_and_diacritics():
    assert search_key("Nguyễn Văn An") == "nguyen van an"
    assert search_key("Đặng Thị Đào") == "dang thi dao"
    assert search_key(unicodedata.normalize("NFD", "Đỗ Ngọc Ánh")) == "do ngoc anh"
    assert matches("nguyen van an", "Nguyễn Văn An")
    assert matches("d", "Đinh")
    assert matches("DAO THI", "Đào Thị Hồng")
    assert not matches("hung", "Nguyễn Văn Hưng Thịnh".replace("Hưng", "Hải"))


def test_names_sort_by_given_then_middle_then_family():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Phạm Minh Anh", "Đỗ Thị Ánh"]
    assert sorted(names, key=name_sort_key) == [
        "Nguyễn Thị An", "Lê Văn An", "Phạm Minh Anh", "Đỗ Thị Ánh", "Trần Văn Bình",
    ]  # same given name: the middle name (Thị < Văn) decides before the family name


def test_vietnamese_alphabet_order():
    # a < ă < â, d < đ, o < ô < ơ, u < ư; first by letters, tones only break ties
    given = ["Ân", "Ăn", "An", "Đông", "Dũng", "Ơn", "Ôn", "On", "Ưng", "Uyên"]
    ordered = sorted((f"Nguyễn Văn {g}" for g in given), key=name_sort_key)
    assert [n.split()[-1] for n in ordered] == ["An", "Ăn", "Ân", "Dũng", "Đông", "On", "Ôn", "Ơn", "Uyên", "Ưng"]


def test_tones_break_ties_in_dictionary_order():
    tones = ["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"]
    assert sorted(tones, key=name_sort_key) == ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]


def test_family_name_decides_last():
    assert sorted(["Trần Văn An", "Lê Văn An"], key=name_sort_key) == ["Lê Văn An", "Trần Văn An"]
    assert sorted(["Lê Thị An", "Lê Văn An", "Lê An"], key=name_sort_key) == ["Lê An", "Lê Thị An", "Lê Văn An"]


def test_dates():
    assert format_date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert parse_date("5/3/2026") == dt.date(2026, 3, 5)
    assert parse_date("2026-03-05") == dt.date(2026, 3, 5)
    assert parse_date("") is None
    with pytest.raises(ValueError, match="dd/mm/yyyy"):
        parse_date("March 5")
    with pytest.raises(ValueError):
        parse_date("31/02/2026")


def test_decimal_comma():
    assert format_decimal(3.5) == "3,5"
    assert format_decimal(1234.25, 2) == "1.234,25"
    assert parse_decimal("3,5") == 3.5
    assert parse_decimal("3.5") == 3.5
    assert format_percent(0.625) == "62,5%"
