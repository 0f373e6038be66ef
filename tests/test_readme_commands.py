"""Every `competency-gap …` command the README prints runs on the sample organisation and succeeds (exit 0).

Command lines are taken from the README's code blocks and inline code, in order, with what follows `#` being a
comment; they run one after another on one fresh database with the sample (so `rate` comes before `submit`), in
a temporary folder where their files land. The account examples run on a copy of their own, since once an
account exists every command needs a login."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from app.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
PASSWORD = "Hoa-Sen@2026!x"  # a new account's password may not hold its name ("an")
NOT_RUN = {
    # needs a PostgreSQL server: the same `init` runs here on SQLite
    "postgresql://",
}


def readme_commands() -> list[str]:
    """The command lines, in the README's order: code blocks' lines and inline code starting `competency-gap `."""
    text = README.read_text(encoding="utf-8")
    found: list[tuple[int, str]] = []
    for block in re.finditer(r"```[^\n]*\n(.*?)```", text, re.S):
        offset = block.start(1)
        for line in block.group(1).splitlines(keepends=True):
            if line.strip().startswith("competency-gap "):
                found.append((offset, line.strip()))
            offset += len(line)
    blocks = [(m.start(), m.end()) for m in re.finditer(r"```.*?```", text, re.S)]
    for inline in re.finditer(r"`(competency-gap [^`]+)`", text):
        if not any(a <= inline.start() < b for a, b in blocks):
            found.append((inline.start(), inline.group(1)))
    return [line for _, line in sorted(found) if not any(skip in line for skip in NOT_RUN)]


def argv_of(line: str) -> list[str]:
    words = shlex.split(line, comments=True)
    assert words[0] == "competency-gap", line
    # a USB stick in the README's example is this test's folder
    return [w.replace("/media/usb/", "") for w in words[1:]]


def test_the_readme_shows_commands():
    lines = readme_commands()
    assert len(lines) > 30
    for needed in ("gap MAU0005", "report MAU0005", "export person MAU0005", "export gaps", "user add admin"):
        assert any(needed in line for line in lines), needed


def _run(lines: list[str], url: str, capsys) -> None:
    failures = []
    for line in lines:
        code = main(["--db", url, *argv_of(line)])
        out, err = capsys.readouterr()
        if code != 0:
            failures.append(f"{line}\n  → exit {code}: {(err or out).strip()[:400]}")
    assert not failures, "README commands that fail:\n" + "\n".join(failures)


def test_every_readme_command_runs_on_the_sample(db_url, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scores.json").write_text(json.dumps({"NLC1": 3, "NLC2": 4}), encoding="utf-8")  # as the README says
    lines = [line for line in readme_commands() if " user " not in f" {line} " and "--user" not in line]
    if not db_url.startswith("sqlite"):  # copies of the SQLite file; a shared database is backed up with pg_dump
        lines = [line for line in lines if line.split()[1:2] not in (["backup"], ["restore"])]
    assert main(["--db", db_url, "demo"]) == 0  # the README's examples are about the sample organisation
    capsys.readouterr()
    _run(lines, db_url, capsys)
    assert (tmp_path / "phieu.pdf").stat().st_size > 0 and (tmp_path / "tong-hop.xlsx").stat().st_size > 0


def test_readme_account_commands_run_on_their_own_copy(db_url, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COMPETENCY_GAP_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("COMPETENCY_GAP_PASSWORD", PASSWORD)
    assert main(["--db", db_url, "demo"]) == 0
    capsys.readouterr()
    lines = [line for line in readme_commands() if " user " in f" {line} "]
    assert lines and "user add admin" in lines[0]
    _run(lines, db_url, capsys)
