"""Run every benchmark module bench/bench_*.py (each has run() -> list[Result])."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path


def main() -> int:
    if sys.argv[1:2] == ["national"]:  # the national-scale run (minutes; not part of the default run)
        from bench.national import main as national

        return national(sys.argv[2:])
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    selected = [n for n in names if not sys.argv[1:] or any(a in n for a in sys.argv[1:])]
    over = 0
    for name in selected:
        for result in importlib.import_module(f"bench.{name}").run():
            print(result.line(), flush=True)
            over += not result.ok
    print(f"{len(selected)} benchmark module(s), {over} over goal", flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    # Qt and matplotlib objects torn down in the wrong order at interpreter exit can crash after
    # every result is printed; the results are out, so leave without that teardown.
    os._exit(code)
