"""Timing helpers and the one-line result format shared by all benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    floor: float
    goal: float  # the highest acceptable ratio value/floor, or (absolute=True) the highest value
    unit: str = "ms"
    absolute: bool = False

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def ok(self) -> bool:
        return (self.value if self.absolute else self.ratio) <= self.goal

    def line(self) -> str:
        goal = f"<={self.goal:g}{self.unit}" if self.absolute else f"<={self.goal:g}x"
        return (
            f"bench {self.name}: value={self.value:.3f}{self.unit} floor={self.floor:.3f}{self.unit} "
            f"ratio={self.ratio:.2f} goal={goal} {'ok' if self.ok else 'over'}"
        )


def median_ms(fn: Callable[[], object], repeat: int = 30, warmup: int = 3) -> float:
    """Median wall time of fn in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
