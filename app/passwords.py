"""Password rules: long enough, not a password people use most, not a keyboard run or a repeat, not a name
with a year. Each refusal says why, then what makes a good password.

The list of common passwords ships with the program (resources/passwords/common.txt, made by
tools/make_password_list.py): lower case, without diacritics or spaces, as compared here.
"""

from __future__ import annotations

import re
from functools import cache

from app.errors import UserError
from app.paths import shipped_dir
from app.vntext import search_key

MIN_LENGTH = 8
MIN_UNPREDICTABLE = 4  # characters left once keyboard runs, sequences and repeats are taken out

ADVICE = ("Mật khẩu tốt dài từ 12 ký tự trở lên, bạn nhớ được mà người khác không đoán được: ví dụ ghép vài từ "
          "không liên quan với nhau, thêm chữ số hoặc ký hiệu ở giữa. Không dùng tên người, ngày hay năm sinh, "
          "số điện thoại, tên cơ quan, dãy phím liền nhau hay ký tự lặp lại.")

# runs people type without thinking: the alphabet, digits, keyboard rows and columns (either direction)
SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "qwertyuiop", "asdfghjkl", "zxcvbnm",
    "1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/",
    "qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm",
    "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6", "qazwsxedcrfvtgbyhnujm",
)
LEET = str.maketrans({"@": "a", "4": "a", "$": "s", "5": "s", "0": "o", "1": "l", "!": "i", "3": "e",
                      "7": "t", "8": "b", "9": "g"})
NAME_WORDS = frozenset("""nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh
mai dao cao lam luong ha ta doan vuong chu to tang la kieu quach thai van thi an anh bao binh chau chi chinh cuong
dat diep dieu dung duc duy giang han hang hanh hao hau hien hieu hoa hoai hong hue hung huong huy huyen khang
khanh khoa khoi kien lan lien linh loan loc long luan manh minh my nam nga ngan nghia ngoc nguyet nhan nhat nhi
nhung oanh phat phong phu phuc phuong quan quang quoc quy quyen quynh sang son tai tam tan thang thanh thao thinh
tho thu thuan thuy tien tin toan trang tri trong trung tu tuan tung tuyet uyen viet vinh vy xuan yen""".split())


@cache
def common_passwords() -> frozenset[str]:
    path = shipped_dir("resources") / "passwords" / "common.txt"
    with open(path, encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))


def _normal(text: str) -> str:
    """Lower case, no diacritics (đ → d), no spaces: how the list is written."""
    return re.sub(r"\s+", "", search_key(text))


def predictable_positions(text: str) -> set[int]:
    """Positions inside a run of 3 or more: a sequence (abcd, 4321, qwerty, 1qaz…) or one character repeated."""
    text = text.lower()
    covered: set[int] = set()
    runs = [*SEQUENCES, *(s[::-1] for s in SEQUENCES)]
    for i in range(len(text)):
        longest = 1
        while i + longest < len(text) and text[i + longest] == text[i]:
            longest += 1
        for seq in runs:
            k = 1
            while i + k <= len(text) and text[i:i + k] in seq:
                k += 1
            longest = max(longest, k - 1)
        if longest >= 3:
            covered.update(range(i, i + longest))
    return covered


def _repeated_unit(text: str) -> str | None:
    """The shorter piece a password repeats ('abc!abc!' → 'abc!'), else None."""
    for size in range(1, len(text) // 2 + 1):
        unit = text[:size]
        if (unit * (len(text) // size + 1))[:len(text)] == text:
            return unit
    return None


def _only_names(letters: str) -> bool:
    """The letters split wholly into Vietnamese family, middle and given names ('nguyenvanan', 'hoa')."""
    if not letters:
        return False
    ends = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        ends[end] = any(ends[start] and letters[start:end] in NAME_WORDS for start in range(max(0, end - 6), end))
    return ends[-1]


def _strip_affixes(text: str) -> str:
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text)


def weakness(password: str, username: str = "", names: str = "") -> str | None:
    """Why the password is refused (one Vietnamese sentence), or None when it is good enough."""
    if len(password) < MIN_LENGTH:
        return f"Mật khẩu cần ít nhất {MIN_LENGTH} ký tự."
    if password.isdigit():
        return "Mật khẩu không được chỉ gồm chữ số."
    norm = _normal(password)
    user = _normal(username)
    if user and user in norm:
        return "Mật khẩu không được chứa tên đăng nhập."
    common = common_passwords()
    leet = norm.translate(LEET)
    candidates = {norm, leet, _strip_affixes(norm), _strip_affixes(leet), re.sub(r"[^a-z]", "", norm),
                  re.sub(r"[^a-z]", "", leet)}
    if any(c in common for c in candidates if len(c) >= 4) or norm in common:
        return ("Mật khẩu này nằm trong danh sách mật khẩu bị dùng nhiều nhất (như 'matkhau1', '123456a', "
                "'password', 'iloveyou'): kẻ dò mật khẩu thử những mật khẩu này đầu tiên.")
    unit = _repeated_unit(norm)
    if unit is not None:
        return f"Mật khẩu này chỉ là một đoạn ngắn ('{unit}') lặp lại: rất dễ đoán."
    if len(norm) - len(predictable_positions(norm)) < MIN_UNPREDICTABLE:
        return ("Mật khẩu này gần như chỉ gồm dãy phím liền nhau, dãy chữ hay số liên tiếp hoặc ký tự lặp lại "
                "(như 'qwerty', 'abcd', '1234', 'aaaa'): rất dễ đoán.")
    letters = re.sub(r"[^a-z]", "", norm)
    own = {w for w in re.findall(r"[a-z]+", _normal_words(names) + " " + re.sub(r"[^a-z]+", " ", user)) if len(w) >= 2}
    if _only_names(letters) or (letters and _split_into(letters, own)):
        return ("Mật khẩu này chỉ là tên người kèm chữ số hay ký hiệu (như tên và năm sinh): người quen hoặc kẻ "
                "dò mật khẩu đoán được.")
    return None


def _normal_words(text: str) -> str:
    return search_key(text or "")


def _split_into(letters: str, words: set[str]) -> bool:
    if not words:
        return False
    ends = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        ends[end] = any(ends[start] and letters[start:end] in words for start in range(end))
    return ends[-1]


def check(password: str, username: str = "", names: str = "") -> None:
    """Raise UserError saying why the password is too easy to guess, and what a good one looks like."""
    reason = weakness(password, username, names)
    if reason is not None:
        raise UserError(f"{reason} {ADVICE}")
