"""Start a worker process (tests/reliability/crash_workers.py), kill -9 it at a chosen moment, and say where it died.

A Run keeps every line the process printed with the time it was read, so a test can tell whether the kill
landed inside a marked phase (`@ NAME-start` seen, `@ NAME-end` not), and which saves were acknowledged.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKER = [sys.executable, "-m", "tests.reliability.crash_workers"]


@dataclass
class Run:
    args: list[str]
    lines: list[str] = field(default_factory=list)
    stderr: str = ""
    killed: bool = False  # False: the process ended on its own before the kill
    returncode: int | None = None
    started: float = 0.0
    kill_at: float | None = None

    def marked(self, name: str) -> tuple[bool, bool]:
        """(started, ended) of a marked phase."""
        return f"@ {name}-start" in self.text_markers, f"@ {name}-end" in self.text_markers

    @property
    def text_markers(self) -> str:
        return "\n".join(" ".join(line.split()[:2]) for line in self.lines if line.startswith("@ "))

    def inside(self, name: str) -> bool:
        started, ended = self.marked(name)
        return self.killed and started and not ended

    def where(self, phases: list[str]) -> str:
        """The phase the kill landed in: one of phases, 'before', 'between', 'after' or 'finished'."""
        if not self.killed:
            return "finished"
        seen_any = False
        for name in phases:
            started, ended = self.marked(name)
            if started and not ended:
                return name
            seen_any = seen_any or started
        if not seen_any:
            return "before"
        return "after" if all(self.marked(p)[1] for p in phases) else "between"

    def output(self) -> str:
        return "\n".join(self.lines) + "\n" + self.stderr


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


def start(args: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen, Run, threading.Event, dict]:
    run = Run(args=args)
    proc = subprocess.Popen(WORKER + args, cwd=ROOT, env=child_env(env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    run.started = time.monotonic()
    events: dict[str, threading.Event] = {}
    got_line = threading.Event()

    def read_out():
        for line in proc.stdout:
            line = line.rstrip("\n")
            run.lines.append(line)
            if line.startswith("@ "):
                events.setdefault(line.split()[1], threading.Event()).set()
            got_line.set()

    def read_err():
        run.stderr = proc.stderr.read()

    readers = [threading.Thread(target=read_out, daemon=True), threading.Thread(target=read_err, daemon=True)]
    for r in readers:
        r.start()
    return proc, run, got_line, {"events": events, "readers": readers}


def wait_marker(state: dict, name: str, proc: subprocess.Popen, timeout: float = 30) -> bool:
    """Wait until the process printed `@ name`, or ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        event = state["events"].get(name)
        if event is not None and event.is_set():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.0005)
    return False


def finish(proc: subprocess.Popen, run: Run, state: dict, kill: bool) -> Run:
    if kill and proc.poll() is None:
        run.kill_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
    run.returncode = proc.wait(timeout=60)
    run.killed = run.returncode == -signal.SIGKILL
    for r in state["readers"]:
        r.join(timeout=10)
    return run


def kill_after(args: list[str], delay: float, after_marker: str | None = None,
               env: dict[str, str] | None = None, timeout: float = 60) -> Run:
    """Run the worker; `delay` seconds after the marker (or after the start) kill it with SIGKILL."""
    proc, run, _got, state = start(args, env)
    if after_marker is not None and not wait_marker(state, after_marker, proc, timeout):
        return finish(proc, run, state, kill=False)
    end = time.monotonic() + delay
    while time.monotonic() < end and proc.poll() is None:
        time.sleep(min(0.001, max(0.0, end - time.monotonic())))
    return finish(proc, run, state, kill=True)


def run_to_end(args: list[str], env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    proc, run, _got, state = start(args, env)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return finish(proc, run, state, kill=True)
    return finish(proc, run, state, kill=False)


def marker_times(run: Run) -> dict[str, float]:
    """'upgrade-start' → monotonic time printed by the worker."""
    times = {}
    for line in run.lines:
        parts = line.split()
        if line.startswith("@ ") and len(parts) == 3:
            times[parts[1]] = float(parts[2])
    return times
