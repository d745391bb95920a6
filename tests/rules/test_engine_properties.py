"""Invariants of the engine over generated facts, for every jurisdiction (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rules
from rules import Answer, Category, Charge, Disposition, Facts, Level, Person, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind, Grade

CODES = sorted(rules.jurisdictions())
QUALIFIES = {Status.ELIGIBLE, Status.ELIGIBLE_LATER, Status.AUTOMATIC}
AS_OF = date(2026, 11, 25)


@st.composite
def charges(draw: st.DrawFn, code: str) -> Charge:
    jurisdiction = rules.jurisdictions()[code]
    category = draw(st.sampled_from(list(Category)))
    offense_ids = [o.id for o in jurisdiction.offenses if o.category is category]
    offense = draw(st.none() | st.sampled_from(offense_ids)) if offense_ids else None
    days = draw(st.lists(st.integers(min_value=0, max_value=365 * 40), min_size=4, max_size=4))
    offense_day, end_day, release_day, sentence_day = (AS_OF - timedelta(days=d) for d in sorted(days, reverse=True))
    level = draw(st.sampled_from(list(Level)))
    grades = [g for g in Grade if g.level is level]
    return Charge(
        category=category,
        disposition=draw(st.sampled_from(list(Disposition))),
        offense=offense,
        level=level,
        grade=draw(st.none() | st.sampled_from(grades)) if grades else None,
        offense_date=draw(st.none() | st.just(offense_day)),
        disposition_date=draw(st.none() | st.just(end_day)),
        release_date=draw(st.none() | st.just(release_day)),
        sentence_completed_date=draw(st.none() | st.just(sentence_day)),
        declined_date=draw(st.none() | st.just(end_day)),
        trafficking_nexus=draw(st.sampled_from(list(Answer))),
        adjudication_withheld=draw(st.sampled_from(list(Answer))),
        diversion_kind=draw(st.sampled_from(list(DiversionKind))),
    )


@st.composite
def other_convictions(draw: st.DrawFn) -> OtherConviction:
    return OtherConviction(
        date=draw(st.none() | st.dates(min_value=date(1980, 1, 1), max_value=AS_OF)),
        level=draw(st.sampled_from(list(Level))),
        adjudication_withheld=draw(st.sampled_from(list(Answer))),
    )


@st.composite
def screenings(draw: st.DrawFn) -> Facts:
    code = draw(st.sampled_from(CODES))
    listed = draw(st.lists(charges(code), min_size=1, max_size=4))
    born = draw(st.none() | st.dates(min_value=date(1940, 1, 1), max_value=date(2008, 1, 1)))
    person = Person(
        pending_case=draw(st.sampled_from(list(Answer))),
        under_sentence=draw(st.sampled_from(list(Answer))),
        birth_date=born,
        prior_relief=draw(st.sampled_from(list(Answer))),
        prior_relief_date=draw(st.none() | st.dates(min_value=date(1990, 1, 1), max_value=AS_OF)),
        other_convictions=tuple(draw(st.lists(other_convictions(), max_size=3))),
    )
    return Facts(code, AS_OF, tuple(listed), person)


def statuses(facts: Facts) -> dict[tuple[int, str], rules.Determination]:
    return {(c.index, d.remedy.id): d for c in rules.screen(facts).charges for d in c.determinations}


PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(screenings())
def test_every_reachable_remedy_gets_a_determination_and_nothing_raises(facts):
    screened = rules.screen(facts)
    jurisdiction = rules.jurisdictions()[facts.jurisdiction]
    for charge, result in zip(facts.charges, screened.charges, strict=True):
        expected = {r.id for r in jurisdiction.remedies if charge.category in r.reaches}
        assert {d.remedy.id for d in result.determinations} == expected
        for d in result.determinations:
            assert d.reasons
            assert all(r.citation for r in d.reasons)
            # Only "possibly" has open questions. It may have none where no answer the screener can ask
            # would settle it (a fact no form asks, or unsettled law); its reasons then say so.
            if d.status is not Status.POSSIBLY_ELIGIBLE:
                assert d.open_questions == (), d.remedy.id
            if d.status is Status.ELIGIBLE_LATER:
                assert d.eligible_on is not None
                assert d.eligible_on > facts.as_of


@PROPERTY
@given(
    screenings(),
    st.sampled_from(["trafficking_nexus", "adjudication_withheld", "pending_case", "under_sentence", "prior_relief"]),
)
def test_answering_an_unsure_question_only_settles_what_depended_on_it(facts, question):
    """An unsure answer never yields a qualifying status that answering it could take away."""
    if question == "diversion_kind":
        unsure = replace(facts, charges=tuple(replace(c, diversion_kind=DiversionKind.UNSURE) for c in facts.charges))
        answered = [
            replace(facts, charges=tuple(replace(c, diversion_kind=k) for c in facts.charges))
            for k in (DiversionKind.PRETRIAL, DiversionKind.DEFERRED_ADJUDICATION)
        ]
    elif question in ("trafficking_nexus", "adjudication_withheld"):
        unsure = replace(facts, charges=tuple(replace(c, **{question: Answer.UNSURE}) for c in facts.charges))
        answered = [
            replace(facts, charges=tuple(replace(c, **{question: a}) for c in facts.charges))
            for a in (Answer.YES, Answer.NO)
        ]
    else:
        unsure = replace(facts, person=replace(facts.person, **{question: Answer.UNSURE}))
        answered = [replace(facts, person=replace(facts.person, **{question: a})) for a in (Answer.YES, Answer.NO)]
    before = statuses(unsure)
    for after in map(statuses, answered):
        for key, d in before.items():
            if d.status in QUALIFIES or d.status is Status.NOT_ELIGIBLE:
                assert after[key].status is d.status, key
            else:  # possibly eligible: an answer may settle it either way
                assert after[key].status in {Status.POSSIBLY_ELIGIBLE, *QUALIFIES, Status.NOT_ELIGIBLE}


@PROPERTY
@given(screenings(), st.integers(min_value=1, max_value=365 * 12))
def test_moving_as_of_later_never_turns_eligible_into_eligible_later(facts, days):
    before = statuses(facts)
    after = statuses(replace(facts, as_of=facts.as_of + timedelta(days=days)))
    for key, d in before.items():
        if d.status is Status.ELIGIBLE:
            assert after[key].status is not Status.ELIGIBLE_LATER, key


@PROPERTY
@given(screenings())
def test_eligible_on_is_never_before_the_earliest_event_of_the_charge(facts):
    for (index, remedy_id), d in statuses(facts).items():
        charge = facts.charges[index]
        # Every day the charge names counts as one of its events: an uncharged arrest's relief is dated by the day the
        # prosecutor declined, which may come before a (meaningless) sentence date the answers also give.
        events = (charge.offense_date, charge.disposition_date, charge.sentence_completed_date, charge.declined_date,
                  charge.release_date)  # fmt: skip
        known = [day for day in events if day]
        if d.eligible_on is not None and known:
            assert d.eligible_on >= min(known), remedy_id
