"""The gap rules of DESIGN.md: worked examples and properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.gap import RatedRequirement, Status, Verdict, discrepancies, evaluate, item_gap, team_summary


def req(code="A", lo=3, hi=4, score=None, group="chung", text=None):
    return RatedRequirement(code, f"Năng lực {code}", group, lo, hi, text, score)


def test_each_case_of_the_table():
    assert item_gap(req(score=None)).status is Status.NOT_RATED
    assert item_gap(req(lo=None, hi=None, text="Phù hợp", score=3)).status is Status.UNSPECIFIED
    below = item_gap(req(score=1))
    assert (below.status, below.shortfall, below.surplus) == (Status.BELOW, 2, 0)
    within = item_gap(req(score=4))
    assert (within.status, within.shortfall, within.surplus) == (Status.WITHIN, 0, 0)
    above = item_gap(req(score=5))
    assert (above.status, above.shortfall, above.surplus) == (Status.ABOVE, 0, 1)
    unrated = item_gap(req(score=None))
    assert unrated.shortfall is None and unrated.surplus is None


def test_worked_example_tt02_cv():
    # a CV assessed on five competencies: one below by 2, one above, one text-only, one unrated
    report = evaluate([
        req("NLC1", 2, 3, 3),
        req("NLC2", 2, 3, 4),
        req("NLC6", None, None, 2, text="Phù hợp với chức năng…"),
        req("NLCM1", 2, 3, None, group="chuyen_mon"),
        req("NLQL1", 3, 4, 1, group="quan_ly"),
    ])
    s = report.summary
    assert (s.within, s.above, s.below, s.not_rated, s.unspecified) == (1, 1, 1, 1, 1)
    assert s.numeric == 4 and s.met_ratio == 0.5 and s.total_shortfall == 2
    assert s.verdict is Verdict.DOES_NOT_MEET
    assert report.groups["quan_ly"].verdict is Verdict.DOES_NOT_MEET
    assert report.groups["chung"].verdict is Verdict.MEETS  # NLC6 is text-only: not needed
    assert report.groups["chuyen_mon"].verdict is Verdict.INCOMPLETE
    assert [g.code for g in report.gaps] == ["NLQL1"]


def test_verdicts():
    assert evaluate([req(score=3), req("B", score=5)]).summary.verdict is Verdict.MEETS
    assert evaluate([req(score=3), req("B", score=None)]).summary.verdict is Verdict.INCOMPLETE
    assert evaluate([req(score=2), req("B", score=None)]).summary.verdict is Verdict.DOES_NOT_MEET
    # an unrated text-only requirement does not keep the verdict from "meets"
    only_text = req("T", None, None, None, text="Phù hợp")
    assert evaluate([req(score=3), only_text]).summary.verdict is Verdict.MEETS
    assert evaluate([only_text]).summary.verdict is Verdict.INCOMPLETE


def test_gaps_largest_shortfall_first_stable():
    report = evaluate([req("A", 3, 4, 2), req("B", 4, 5, 1), req("C", 4, 5, 3), req("D", 3, 4, 1)])
    assert [g.code for g in report.gaps] == ["B", "D", "A", "C"]


def test_discrepancies_two_or_more():
    found = discrepancies({"A": 5, "B": 3, "C": None, "D": 1}, {"A": 3, "B": 4, "C": 2, "D": 4})
    assert [(d.code, d.difference) for d in found] == [("D", 3), ("A", -2)]


def test_team_summary():
    r1 = evaluate([req("A", 3, 4, 2), req("B", None, None, 4, text="x")])
    r2 = evaluate([req("A", 3, 4, 4), req("B", None, None, None, text="x")])
    r3 = evaluate([req("A", 3, 4, None), req("B", None, None, 2, text="x")])
    a, b = team_summary([r1, r2, r3])
    assert (a.assessed, a.mean_score, a.below, a.share_below) == (2, 3.0, 1, 0.5)
    assert (b.assessed, b.mean_score, b.share_below) == (2, 3.0, None)


ranges = st.tuples(st.integers(1, 5), st.integers(1, 5)).map(sorted)
scores = st.one_of(st.none(), st.integers(1, 5))
items = st.lists(
    st.tuples(st.one_of(st.none(), ranges), scores, st.sampled_from(["chung", "chuyen_mon", "quan_ly"])),
    max_size=20,
)


def build(spec):
    out = []
    for n, (rng, score, group) in enumerate(spec):
        lo, hi = rng if rng else (None, None)
        out.append(RatedRequirement(f"C{n}", f"C{n}", group, lo, hi, None if rng else "văn bản", score))
    return out


@given(items)
def test_counts_add_up(spec):
    report = evaluate(build(spec))
    s = report.summary
    assert s.within + s.above + s.below + s.not_rated + s.unspecified == len(spec)
    assert s.total_shortfall == sum(g.shortfall for g in report.gaps)
    assert sum(g.total_shortfall for g in report.groups.values()) == s.total_shortfall
    if s.met_ratio is not None:
        assert 0 <= s.met_ratio <= 1


@given(items)
def test_verdict_rules(spec):
    reqs = build(spec)
    verdict = evaluate(reqs).summary.verdict
    numeric = [r for r in reqs if r.numeric]
    any_below = any(r.score is not None and r.score < r.required_min for r in numeric)
    all_rated = bool(numeric) and all(r.score is not None for r in numeric)
    expected = Verdict.DOES_NOT_MEET if any_below else Verdict.MEETS if all_rated else Verdict.INCOMPLETE
    assert verdict is expected


@given(ranges, st.integers(1, 5))
def test_shortfall_surplus_exclusive(rng, score):
    gap = item_gap(RatedRequirement("X", "X", "g", rng[0], rng[1], None, score))
    assert gap.shortfall == max(0, rng[0] - score)
    assert gap.surplus == max(0, score - rng[1])
    assert not (gap.shortfall and gap.surplus)


@given(items)
def test_raising_a_score_never_increases_shortfall(spec):
    reqs = build(spec)
    before = evaluate(reqs).summary.total_shortfall
    raised = [RatedRequirement(r.code, r.name, r.group, r.required_min, r.required_max, r.requirement_text,
                               min(5, r.score + 1) if r.score else r.score) for r in reqs]
    assert evaluate(raised).summary.total_shortfall <= before
