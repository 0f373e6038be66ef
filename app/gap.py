"""The gap rules: one pure function used by the window, the printouts, Excel and the command line.

No Qt, no database: inputs are plain values, outputs are frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"
    NOT_RATED = "not_rated"
    UNSPECIFIED = "unspecified"


class Verdict(StrEnum):
    MEETS = "meets"
    DOES_NOT_MEET = "does_not_meet"
    INCOMPLETE = "incomplete"


STATUS_LABELS = {
    Status.BELOW: "Chưa đạt",
    Status.WITHIN: "Đạt",
    Status.ABOVE: "Vượt",
    Status.NOT_RATED: "Chưa đánh giá",
    Status.UNSPECIFIED: "Không định mức",
}
VERDICT_LABELS = {
    Verdict.MEETS: "Đáp ứng",
    Verdict.DOES_NOT_MEET: "Chưa đáp ứng",
    Verdict.INCOMPLETE: "Chưa đánh giá đủ",
}
# the colours of the statuses and verdicts, the same in the window, the printouts and the workbooks
STATUS_COLOURS = {
    Status.BELOW: "#c0392b",
    Status.WITHIN: "#1e8449",
    Status.ABOVE: "#1f618d",
    Status.NOT_RATED: "#7f8c8d",
    Status.UNSPECIFIED: "#7f8c8d",
}
VERDICT_COLOURS = {Verdict.MEETS: "#1e8449", Verdict.DOES_NOT_MEET: "#c0392b", Verdict.INCOMPLETE: "#7f8c8d"}
DISCREPANCY_THRESHOLD = 2


@dataclass(frozen=True, slots=True)
class RatedRequirement:
    """One competency of an assessment: its requirement and the score given (or None)."""

    code: str
    name: str
    group: str
    required_min: int | None
    required_max: int | None
    requirement_text: str | None = None
    score: int | None = None

    @property
    def numeric(self) -> bool:
        return self.required_min is not None and self.required_max is not None


@dataclass(frozen=True, slots=True)
class ItemGap:
    code: str
    name: str
    group: str
    required_min: int | None
    required_max: int | None
    requirement_text: str | None
    score: int | None
    status: Status
    shortfall: int | None
    surplus: int | None


@dataclass(frozen=True)
class Summary:
    within: int = 0
    above: int = 0
    below: int = 0
    not_rated: int = 0
    unspecified: int = 0
    numeric: int = 0
    met_ratio: float | None = None
    total_shortfall: int = 0
    verdict: Verdict = Verdict.INCOMPLETE

    @property
    def met(self) -> int:
        return self.within + self.above


@dataclass(frozen=True)
class GapReport:
    """One assessment's gaps; framework is the code of the framework its competencies belong to (a
    competency is known by framework and code together: two frameworks may both have an NLC1)."""

    items: tuple[ItemGap, ...]
    summary: Summary
    groups: dict[str, Summary] = field(default_factory=dict)
    framework: str = ""

    @property
    def gaps(self) -> list[ItemGap]:
        """Competencies below their requirement, largest shortfall first (stable otherwise)."""
        below = [i for i in self.items if i.status is Status.BELOW]
        return sorted(below, key=lambda i: -(i.shortfall or 0))


@dataclass(frozen=True)
class Discrepancy:
    code: str
    name: str
    self_score: int
    assessor_score: int

    @property
    def difference(self) -> int:
        return self.assessor_score - self.self_score


@dataclass(frozen=True)
class TeamCompetency:
    code: str
    name: str
    group: str
    assessed: int
    mean_score: float | None
    below: int
    share_below: float | None
    framework: str = ""
    counts: tuple[int, ...] = (0, 0, 0, 0, 0)  # how many scored 1, 2, 3, 4, 5

    @property
    def key(self) -> tuple[str, str]:
        return self.framework, self.code


# The gap rules as data (DESIGN.md, "Gap rules"): the first case whose condition holds gives the status, the
# shortfall and the surplus. item_gap reads this table; app.gap_sql compiles the same table into SQL, so the
# window, the printouts and the summaries computed by the database follow one set of rules.
# An expression is a number, None, one of the names "s" (score), "lo" (required min), "hi" (required max), or a
# tuple (operator, operand, ...) with operators "null" (is missing), "or", "<", ">", "-".
@dataclass(frozen=True)
class Rule:
    status: Status
    when: object  # a condition; True: always
    shortfall: object
    surplus: object


UNSPECIFIED_REQUIREMENT = ("or", ("null", "lo"), ("null", "hi"))  # a requirement with no numbers
RULES: tuple[Rule, ...] = (
    Rule(Status.NOT_RATED, ("null", "s"), None, None),
    Rule(Status.UNSPECIFIED, UNSPECIFIED_REQUIREMENT, None, None),
    Rule(Status.BELOW, ("<", "s", "lo"), ("-", "lo", "s"), 0),
    Rule(Status.ABOVE, (">", "s", "hi"), 0, ("-", "s", "hi")),
    Rule(Status.WITHIN, True, 0, 0),
)
MET = (Status.WITHIN, Status.ABOVE)  # met = within + above
NUMERIC_STATUSES = (Status.BELOW, Status.WITHIN, Status.ABOVE)  # a numeric requirement that was rated
# An assessment's verdict from its counts: the first case that holds ("numeric": numeric requirements,
# "numeric_unrated": those not yet rated, "below": those below)
VERDICT_RULES: tuple[tuple[Verdict, object], ...] = (
    (Verdict.DOES_NOT_MEET, (">", "below", 0)),
    (Verdict.MEETS, ("and", (">", "numeric", 0), ("not", (">", "numeric_unrated", 0)))),
    (Verdict.INCOMPLETE, True),
)


def evaluate_rule(expr: object, env: Mapping[str, object]) -> object:
    """The value of one expression of RULES / VERDICT_RULES for these values."""
    if isinstance(expr, str):
        return env[expr]
    if not isinstance(expr, tuple):
        return expr
    op, *args = expr
    if op == "null":
        return evaluate_rule(args[0], env) is None
    if op == "or":
        return any(evaluate_rule(a, env) for a in args)
    if op == "and":
        return all(evaluate_rule(a, env) for a in args)
    if op == "not":
        return not evaluate_rule(args[0], env)
    left, right = (evaluate_rule(a, env) for a in args)
    if op == "<":
        return left < right
    if op == ">":
        return left > right
    if op == "-":
        return left - right
    raise ValueError(op)


def rule_for(score: int | None, low: int | None, high: int | None) -> tuple[Status, int | None, int | None]:
    """(status, shortfall, surplus) of a score against a required range, by RULES."""
    env = {"s": score, "lo": low, "hi": high}
    for rule in RULES:
        if rule.when is True or evaluate_rule(rule.when, env):
            return rule.status, evaluate_rule(rule.shortfall, env), evaluate_rule(rule.surplus, env)
    raise AssertionError("RULES ends with a case that always holds")


def verdict_for(below: int, numeric: int, numeric_unrated: int) -> Verdict:
    """An assessment's verdict from its counts, by VERDICT_RULES."""
    env = {"below": below, "numeric": numeric, "numeric_unrated": numeric_unrated}
    return next(v for v, when in VERDICT_RULES if when is True or evaluate_rule(when, env))


def item_gap(req: RatedRequirement) -> ItemGap:
    """Status, shortfall and surplus of one competency (DESIGN.md, "Gap rules")."""
    s = req.score
    if s is not None and not 1 <= s <= 5:
        raise ValueError(f"score {s} outside 1..5")
    status, shortfall, surplus = rule_for(s, req.required_min, req.required_max)
    return ItemGap(
        code=req.code,
        name=req.name,
        group=req.group,
        required_min=req.required_min,
        required_max=req.required_max,
        requirement_text=req.requirement_text,
        score=s,
        status=status,
        shortfall=shortfall,
        surplus=surplus,
    )


def summarize(items: Iterable[ItemGap]) -> Summary:
    """Counts per status, met ratio over numeric requirements, total shortfall and the verdict."""
    items = list(items)
    counts = {status: 0 for status in Status}
    for item in items:
        counts[item.status] += 1
    numeric = [i for i in items if not evaluate_rule(UNSPECIFIED_REQUIREMENT, {"lo": i.required_min,
                                                                              "hi": i.required_max})]
    numeric_unrated = sum(1 for i in numeric if i.score is None)
    met = sum(counts[status] for status in MET)
    verdict = verdict_for(counts[Status.BELOW], len(numeric), numeric_unrated)
    return Summary(
        within=counts[Status.WITHIN],
        above=counts[Status.ABOVE],
        below=counts[Status.BELOW],
        not_rated=counts[Status.NOT_RATED],
        unspecified=counts[Status.UNSPECIFIED],
        numeric=len(numeric),
        met_ratio=(met / len(numeric)) if numeric else None,
        total_shortfall=sum(i.shortfall or 0 for i in items),
        verdict=verdict,
    )


def evaluate(requirements: Sequence[RatedRequirement], framework: str = "") -> GapReport:
    """The gap report of one assessment: per competency, per group and overall."""
    items = tuple(item_gap(r) for r in requirements)
    groups: dict[str, list[ItemGap]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    return GapReport(
        items=items,
        summary=summarize(items),
        groups={g: summarize(group_items) for g, group_items in groups.items()},
        framework=framework,
    )


def discrepancies(
    self_scores: Mapping[str, int | None],
    assessor_scores: Mapping[str, int | None],
    names: Mapping[str, str] | None = None,
) -> list[Discrepancy]:
    """Competencies where self and assessor differ by 2 or more, largest difference first."""
    out = []
    for code, own in self_scores.items():
        other = assessor_scores.get(code)
        if own is None or other is None:
            continue
        if abs(other - own) >= DISCREPANCY_THRESHOLD:
            out.append(Discrepancy(code, (names or {}).get(code, code), own, other))
    return sorted(out, key=lambda d: -abs(d.difference))


def team_summary(reports: Iterable[GapReport]) -> list[TeamCompetency]:
    """Per competency across a team: number assessed, mean score, share below (of numeric).

    A competency is keyed by (framework, code): the same code in two frameworks is two rows."""
    order: dict[tuple[str, str], ItemGap] = {}
    scores: dict[tuple[str, str], list[int]] = {}
    numeric_rated: dict[tuple[str, str], int] = {}
    below: dict[tuple[str, str], int] = {}
    for report in reports:
        for item in report.items:
            key = (report.framework, item.code)
            order.setdefault(key, item)
            if item.score is None:
                continue
            scores.setdefault(key, []).append(item.score)
            if item.status in NUMERIC_STATUSES:
                numeric_rated[key] = numeric_rated.get(key, 0) + 1
                below[key] = below.get(key, 0) + (item.status is Status.BELOW)
    out = []
    for key, first in order.items():
        values = scores.get(key, [])
        rated = numeric_rated.get(key, 0)
        out.append(
            TeamCompetency(
                code=key[1],
                name=first.name,
                group=first.group,
                assessed=len(values),
                mean_score=(sum(values) / len(values)) if values else None,
                below=below.get(key, 0),
                share_below=(below.get(key, 0) / rated) if rated else None,
                framework=key[0],
                counts=tuple(values.count(n) for n in range(1, 6)),
            )
        )
    return out
