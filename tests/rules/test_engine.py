"""The engine's three-valued logic and its dates, independent of any state's law."""

from datetime import date

from rules.conditions import (
    convicted,
    convictions_at_most,
    no_pending_case,
    trafficking_nexus,
    waiting_period,
    waiting_period_by_level,
)
from rules.engine import screen
from rules.facts import Charge, Facts, Person
from rules.law import EVERY_CATEGORY, Jurisdiction, Remedy, Source
from rules.logic import Finding, Truth, status_of
from rules.message import msg
from rules.vocabulary import Answer, Category, Disposition, Event, Level, RemedyKind, Status

CITE = "Test Code § 1"


def remedy(*conditions, kind=RemedyKind.SEALING, effective=date(2000, 1, 1), repealed=None, reaches=EVERY_CATEGORY):
    return Remedy(
        id=f"t-{kind.value}",
        kind=kind,
        title="t",
        citations=(CITE,),
        sources=(Source("s", "https://example.org"),),
        effective=effective,
        reviewed=date(2026, 1, 1),
        reaches=reaches,
        conditions=conditions,
        effect="e",
        next_steps=("n",),
        repealed=repealed,
    )


def jurisdiction(*remedies):
    return Jurisdiction(
        code="TT",
        name="Test",
        reviewed=date(2026, 1, 1),
        offenses=(),
        remedies=remedies,
        legal_help=(),
        where_to_file="court",
    )


def screen_one(remedy_, charge, person=None, as_of=date(2026, 11, 25)):
    facts = Facts("TT", as_of, (charge,), person or Person())
    return screen(facts, jurisdiction(remedy_)).charges[0].determinations[0]


def finding(truth, on=None):
    return Finding(truth, msg("x"), on=on)


def test_any_unmet_condition_rules_a_remedy_out():
    assert status_of([finding(Truth.MET), finding(Truth.UNKNOWN), finding(Truth.NOT_MET)], automatic=False) == (
        Status.NOT_ELIGIBLE,
        None,
    )


def test_an_unknown_answer_never_yields_eligible():
    assert status_of([finding(Truth.MET), finding(Truth.UNKNOWN)], automatic=False)[0] is Status.POSSIBLY_ELIGIBLE
    assert status_of([finding(Truth.UNKNOWN)], automatic=True)[0] is Status.POSSIBLY_ELIGIBLE


def test_a_running_wait_gives_eligible_later_on_the_latest_day():
    later = [finding(Truth.LATER, date(2027, 1, 1)), finding(Truth.LATER, date(2028, 5, 5)), finding(Truth.MET)]
    assert status_of(later, automatic=False) == (Status.ELIGIBLE_LATER, date(2028, 5, 5))
    assert status_of(later, automatic=True) == (Status.AUTOMATIC, date(2028, 5, 5))


def test_all_met_gives_eligible_or_automatic():
    assert status_of([finding(Truth.MET)], automatic=False) == (Status.ELIGIBLE, None)
    assert status_of([finding(Truth.MET, date(2020, 1, 1))], automatic=True) == (Status.AUTOMATIC, date(2020, 1, 1))


def test_unknown_answer_names_the_request_field_it_depends_on():
    found = screen_one(
        remedy(convicted(CITE), trafficking_nexus(CITE), no_pending_case(CITE)),
        Charge(Category.PROSTITUTION, Disposition.CONVICTION),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"charges[0].trafficking_nexus", "person.pending_case"}
    assert all(r.citation == CITE for r in found.reasons)


def test_answering_the_open_question_settles_the_status_both_ways():
    rule = remedy(trafficking_nexus(CITE))
    yes = screen_one(rule, Charge(Category.PROSTITUTION, Disposition.CONVICTION, trafficking_nexus=Answer.YES))
    no = screen_one(rule, Charge(Category.PROSTITUTION, Disposition.CONVICTION, trafficking_nexus=Answer.NO))
    assert (yes.status, no.status) == (Status.ELIGIBLE, Status.NOT_ELIGIBLE)
    assert yes.open_questions == no.open_questions == ()


def test_waiting_period_counts_from_sentence_completion_not_conviction():
    rule = remedy(waiting_period(years=3, since=Event.SENTENCE_COMPLETED, cite=CITE))
    charge = Charge(
        Category.PROSTITUTION,
        Disposition.CONVICTION,
        disposition_date=date(2020, 1, 10),
        sentence_completed_date=date(2022, 7, 1),
    )
    found = screen_one(rule, charge, as_of=date(2024, 1, 1))
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2025, 7, 1))


def test_waiting_period_counts_from_conviction_when_the_law_says_so():
    rule = remedy(waiting_period(years=3, since=Event.DISPOSITION, cite=CITE))
    charge = Charge(
        Category.PROSTITUTION,
        Disposition.CONVICTION,
        disposition_date=date(2020, 1, 10),
        sentence_completed_date=date(2022, 7, 1),
    )
    assert screen_one(rule, charge, as_of=date(2024, 1, 1)).status is Status.ELIGIBLE


def test_waiting_period_from_a_leap_day_ends_on_the_first_of_march():
    rule = remedy(waiting_period(years=5, since=Event.DISPOSITION, cite=CITE))
    charge = Charge(Category.PROSTITUTION, Disposition.CONVICTION, disposition_date=date(2024, 2, 29))
    found = screen_one(rule, charge, as_of=date(2029, 2, 28))
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2029, 3, 1))
    assert screen_one(rule, charge, as_of=date(2029, 3, 1)).status is Status.ELIGIBLE


def test_a_wait_that_ends_today_is_over():
    rule = remedy(waiting_period(years=1, since=Event.DISPOSITION, cite=CITE))
    charge = Charge(Category.PROSTITUTION, Disposition.CONVICTION, disposition_date=date(2025, 11, 25))
    assert screen_one(rule, charge, as_of=date(2026, 11, 25)).status is Status.ELIGIBLE


def test_wait_by_level_needs_the_level_only_while_the_answer_depends_on_it():
    rule = remedy(waiting_period_by_level({Level.MISDEMEANOR: 3, Level.FELONY: 8}, since=Event.DISPOSITION, cite=CITE))
    old = Charge(Category.PROSTITUTION, Disposition.CONVICTION, disposition_date=date(2010, 1, 1))
    recent = Charge(Category.PROSTITUTION, Disposition.CONVICTION, disposition_date=date(2022, 1, 1))
    assert screen_one(rule, old).status is Status.ELIGIBLE
    found = screen_one(rule, recent)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_a_law_not_yet_in_force_is_eligible_later_from_its_effective_date():
    found = screen_one(
        remedy(convicted(CITE), effective=date(2027, 1, 1)), Charge(Category.PROSTITUTION, Disposition.CONVICTION)
    )
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2027, 1, 1))


def test_a_repealed_law_is_not_available():
    found = screen_one(
        remedy(convicted(CITE), repealed=date(2020, 1, 1)), Charge(Category.PROSTITUTION, Disposition.CONVICTION)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_automatic_relief_is_dated_no_earlier_than_its_law():
    rule = remedy(
        waiting_period(years=1, since=Event.DISPOSITION, cite=CITE),
        kind=RemedyKind.AUTOMATIC_SEALING,
        effective=date(2024, 11, 16),
    )
    found = screen_one(rule, Charge(Category.PROSTITUTION, Disposition.CONVICTION, disposition_date=date(2010, 1, 1)))
    assert (found.status, found.eligible_on) == (Status.AUTOMATIC, date(2024, 11, 16))


def test_conviction_limits_count_the_listed_convictions():
    rule = remedy(convictions_at_most(total=2, felonies=1, cite=CITE))
    misdemeanor = Charge(Category.PROSTITUTION, Disposition.CONVICTION, level=Level.MISDEMEANOR)
    felony = Charge(Category.PROMOTING, Disposition.CONVICTION, level=Level.FELONY)
    facts = Facts("TT", date(2026, 1, 1), (misdemeanor, felony, felony), Person())
    assert screen(facts, jurisdiction(rule)).charges[0].determinations[0].status is Status.NOT_ELIGIBLE
    facts = Facts("TT", date(2026, 1, 1), (misdemeanor, Charge(Category.PROMOTING, Disposition.CONVICTION)), Person())
    assert screen(facts, jurisdiction(rule)).charges[0].determinations[0].status is Status.ELIGIBLE


def test_remedy_outside_its_reach_is_not_listed():
    rule = remedy(convicted(CITE), reaches=frozenset({Category.PROSTITUTION}))
    facts = Facts("TT", date(2026, 1, 1), (Charge(Category.TRAFFICKING, Disposition.CONVICTION),), Person())
    assert screen(facts, jurisdiction(rule)).charges[0].determinations == ()
