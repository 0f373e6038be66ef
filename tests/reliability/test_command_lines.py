"""1,000 generated command lines against the sample organisation: never a traceback.

Commands come from the program's own parser (every subcommand, its positionals and options); values
are drawn from pools of good and odd arguments: real and unknown codes, codes in another case or with
invisible characters, weird Unicode, missing and hostile files, impossible dates, huge numbers, output
paths into missing folders or onto folders. Each runs in-process through main() against one database
with the sample organisation (so earlier commands change what later ones meet).

Enforced: exit code 0 or 2 (argparse's own errors are 2 too), no "Traceback" anywhere in the output,
every line on stderr starts with "Lỗi:".
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil

import pytest

from app.cli import main
from app.cli.parser import build_parser

COUNT = 1000
NEVER = {None, "restore"}  # the window; replacing the database under the test

GOOD = {
    "employee": ["MAU0005", "MAU0010", "mau0005", "MAU0001"],
    "unit": ["MAU-STP", "MAU-CNTT", "mau-stp"],
    "position": ["btp-02-2023:1", "btttt-09-2023:42", "BTP-02-2023:1"],
    "period": ["Năm 2026", "Năm 2025", "năm 2026"],
    "framework": ["btp-02-2023", "btttt-09-2023"],
    "date": ["01/01/2026", "31/12/2026", "2026-06-30"],
    "score": ["NLC1=3", "NLC2=", "NLC1=5", "Đạo đức và bản lĩnh=4"],
}
ODD = [
    "", " ", "X" * 5000, "MAU0005\u200b", "MAU\u00a00005", "MAU0005\x07", "ＭＡＵ０００５", "\u202eMAU0005",
    "💥", "'; DROP TABLE employees; --", "%s%s%n", "../../etc/passwd", "NLC1=²", "NLC1=３", "NLC1=٣",
    "NLC1=1e308", "NLC1=-1", "NLC1=3.0", "=3", "NLC1==3", "99999999999999999999999999", "-1", "0", "nan",
    "31/02/2026", "2026-13-45", "00/00/0000", "1/1/99999", "\ud800" if False else "\u0000".replace("\u0000", "?"),
    "Năm 2026\u200b", "btp-02-2023:999999", "btp-02-2023:", ":1", "None", "null", "—", "\\", "C:\\con\\aux",
]


def _values(kind: str, rng: random.Random, tmp) -> str:
    if kind == "file":
        return rng.choice([str(tmp / "missing.xlsx"), str(tmp / "random.xlsx"), str(tmp / "empty.json"),
                           str(tmp / "bad.json"), str(tmp / "scores.json"), str(tmp), "/dev/null", "-",
                           str(tmp / "folder that is missing" / "x.xlsx")])
    if kind == "output":
        return rng.choice([str(tmp / "out.xlsx"), str(tmp / "no such folder" / "out.xlsx"), str(tmp),
                           str(tmp / "out"), str(tmp / "out.pdf"), "/proc/version", str(tmp / ("đ" * 300 + ".xlsx"))])
    if rng.random() < 0.5 and kind in GOOD:
        return rng.choice(GOOD[kind])
    return rng.choice(ODD + sum(GOOD.values(), []))


def _kind_of(dest: str, metavar: str | None) -> str:
    name = f"{dest} {metavar or ''}".lower()
    for key, kinds in (("output", "output"), ("file", "file"), ("from_file", "file"), ("target", "framework"),
                       ("employee", "employee"), ("unit", "unit"), ("parent", "unit"), ("position", "position"),
                       ("key", "position"), ("period", "period"), ("starts", "date"), ("ends", "date"),
                       ("since", "date"), ("framework", "framework"), ("scores", "score"), ("competency", "score")):
        if key in name:
            return kinds
    return "any"


def _command(parser: argparse.ArgumentParser, rng: random.Random, tmp) -> list[str]:
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            name = rng.choice(sorted(action.choices))
            return argv + [name] + _command(action.choices[name], rng, tmp)
        optional = bool(action.option_strings)
        if optional and not action.required and rng.random() < 0.6:
            continue
        if not optional and action.nargs in ("?", "*") and rng.random() < 0.2:
            continue
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        kind = _kind_of(action.dest, action.metavar if isinstance(action.metavar, str) else None)
        if action.choices and rng.random() < 0.9:
            value = rng.choice(list(action.choices))
        elif action.dest == "target" and rng.random() < 0.5:
            value = _values("file", rng, tmp)
        else:
            value = _values(kind, rng, tmp)
        values = [value] + ([_values(kind, rng, tmp) for _ in range(rng.randint(0, 3))] if action.nargs == "*" else [])
        if optional:
            argv.append(action.option_strings[-1 if rng.random() < 0.5 else 0])
        argv.extend(values)
    if rng.random() < 0.03:
        argv.append(rng.choice(["--bogus", "extra", "--json"]))
    return argv


def command_lines(count: int, tmp, seed: int = 2026) -> list[list[str]]:
    rng = random.Random(seed)
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    names = sorted(n for n in sub.choices if n not in NEVER)
    out = []
    while len(out) < count:
        name = names[len(out) % len(names)] if len(out) < 4 * len(names) else rng.choice(names)
        argv = [name] + _command(sub.choices[name], rng, tmp)
        if name == "user" and len(argv) > 1 and argv[1] in ("add", "passwd") and rng.random() < 0.5:
            argv[1] = "list"
        out.append(argv)
    return out


@pytest.mark.slow
def test_a_thousand_command_lines(_template_dbs, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("COMPETENCY_GAP_PASSWORD", raising=False)
    monkeypatch.delenv("COMPETENCY_GAP_USER", raising=False)
    db = tmp_path / "demo.sqlite3"
    shutil.copy(_template_dbs["demo"], db)
    url = f"sqlite:///{db}"
    files = tmp_path / "files"
    files.mkdir()
    (files / "random.xlsx").write_bytes(random.Random(1).randbytes(3000))
    (files / "empty.json").write_text("")
    (files / "bad.json").write_text("{'NLC1': 3")
    (files / "scores.json").write_text('{"NLC1": "²", "NLC2": 1e308, "NLC3": [1], "NLC4": true}', encoding="utf-8")
    codes = collections.Counter()
    failures = []
    for argv in command_lines(COUNT, files):
        full = ["--db", url, *argv]
        try:
            code = main(full)
        except SystemExit as exc:  # argparse
            code = exc.code
        out, err = capsys.readouterr()
        codes[code] += 1
        text = out + err
        bad_lines = [line for line in err.splitlines() if line.strip() and not line.startswith("Lỗi:")]
        if code not in (0, 2) or "Traceback" in text or bad_lines:
            failures.append(f"{full[2:]!r}: exit {code}; {(bad_lines or err.splitlines() or [''])[0][:300]}")
    with capsys.disabled():
        print(f"\ncommand lines: {sum(codes.values())} run, exit codes {dict(codes)}")
    assert failures == [], "\n".join(failures[:30])
    assert sum(codes.values()) == COUNT and codes[0] and codes[2]
