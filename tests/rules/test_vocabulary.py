"""The shared condition vocabulary says what statutes say: waits from named events, by grade and by
outcome, limitations periods, conviction-free windows (a delay) versus bars, grant limits, offense lists
and refined outcomes. Each test uses a made-up statute, so it proves the vocabulary, not a state's law."""

from datetime import date

import pytest

from rules.conditions import (
    convictions_at_most,
    disposition_is,
    granted_once_under_this_law,
    granted_only_once,
    limitations_period_run,
    no_conviction_during_wait,
    no_conviction_within,
    offense_not_in_list,
    once_within,
    span,
    wait_by_outcome,
    waiting_period,
    waiting_period_by_grade,
    years_since_every_other_sentence,
)
from rules.engine import screen
from rules.facts import Charge, Facts, OtherConviction, Person
from rules.law import Jurisdiction
from rules.offense import Offense, OffenseList
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Event, Grade, Level, Status
from tests.rules.test_engine import CITE, remedy

AS_OF = date(2026, 11, 25)
OFFENSES = (
    Offense("tt-selling", "Selling", "T.C. § 1", Category.PROSTITUTION, Level.MISDEMEANOR,
            grade=Grade.MISDEMEANOR_CLASS_B),
    Offense("tt-promoting", "Promoting", "T.C. § 2", Category.PROMOTING, Level.FELONY, grade=Grade.FELONY_CLASS_C),
    Offense("tt-promoting-minor", "Promoting a minor", "T.C. § 3", Category.PROMOTING, Level.FELONY),
)  # fmt: skip
SEX_CRIMES = OffenseList.of("sex crimes", "tt-promoting-minor", cite="T.C. § 9")


def determine(rule, charge, person=None, others=(), as_of=AS_OF):
    jurisdiction = Jurisdiction("TT", "Test", date(2026, 1, 1), OFFENSES, (remedy(rule),), (), "court")
    person = person or Person(other_convictions=tuple(others))
    return screen(Facts("TT", as_of, (charge,), person), jurisdiction).charges[0].determinations[0]


def conviction(**fields):
    return Charge(Category.PROSTITUTION, Disposition.CONVICTION, **fields)


# Waits from named events


def test_wait_from_the_later_of_conviction_and_release_counts_from_release():
    rule = waiting_period(years=3, since=(Event.DISPOSITION, Event.RELEASE), cite=CITE)
    found = determine(rule, conviction(disposition_date=date(2020, 1, 10), release_date=date(2024, 6, 1)))
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2027, 6, 1))


def test_an_unknown_release_is_bounded_by_the_end_of_the_sentence():
    rule = waiting_period(years=3, since=(Event.DISPOSITION, Event.RELEASE), cite=CITE)
    over = conviction(disposition_date=date(2015, 1, 10), sentence_completed_date=date(2018, 1, 10))
    assert determine(rule, over).status is Status.ELIGIBLE  # over even counted from the sentence's end
    recent = conviction(disposition_date=date(2015, 1, 10), sentence_completed_date=date(2025, 1, 10))
    found = determine(rule, recent)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].release_date",)


def test_wait_from_the_prosecutors_decision_is_unknown_until_that_date_is_given():
    rule = waiting_period(days=60, since=Event.DECLINED, cite=CITE)
    arrest = Charge(Category.PROSTITUTION, Disposition.NO_CHARGES, offense_date=date(2026, 9, 1))
    assert determine(rule, arrest).open_questions == ("charges[0].declined_date",)
    decided = Charge(Category.PROSTITUTION, Disposition.NO_CHARGES, declined_date=date(2026, 10, 1))
    assert determine(rule, decided).eligible_on == date(2026, 11, 30)


# Waits by grade and by outcome


def test_wait_by_grade_takes_the_offense_grade_before_its_level():
    rule = waiting_period_by_grade(
        {Grade.MISDEMEANOR_CLASS_B: 1, Level.MISDEMEANOR: 3, Level.FELONY: 5}, since=Event.DISPOSITION, cite=CITE
    )
    picked = conviction(offense="tt-selling", disposition_date=date(2026, 1, 5))
    assert determine(rule, picked).eligible_on == date(2027, 1, 5)
    class_a = conviction(grade=Grade.MISDEMEANOR_CLASS_A, disposition_date=date(2026, 1, 5))
    assert determine(rule, class_a).eligible_on == date(2029, 1, 5)


def test_wait_by_grade_leaves_an_unknown_class_open_only_while_the_answer_depends_on_it():
    rule = waiting_period_by_grade(
        {Grade.MISDEMEANOR_CLASS_B: 1, Grade.MISDEMEANOR_CLASS_A: 3}, since=Event.DISPOSITION, cite=CITE
    )
    recent = determine(rule, conviction(level=Level.MISDEMEANOR, disposition_date=date(2025, 1, 5)))
    assert recent.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].grade" in recent.open_questions
    old = determine(rule, conviction(level=Level.MISDEMEANOR, disposition_date=date(2015, 1, 5)))
    # A misdemeanor of another class (none is listed for Class C) is not covered, so it stays open.
    assert old.status is Status.POSSIBLY_ELIGIBLE


def test_wait_by_outcome_is_shorter_after_a_dismissal():
    rule = wait_by_outcome(
        {
            Disposition.DISMISSAL: waiting_period(days=60, since=Event.DISPOSITION, cite=CITE),
            Disposition.CONVICTION: waiting_period(years=5, since=Event.SENTENCE_COMPLETED, cite=CITE),
        },
        cite=CITE,
    )
    dismissed = Charge(Category.PROSTITUTION, Disposition.DISMISSAL, disposition_date=date(2026, 10, 1))
    assert determine(rule, dismissed).eligible_on == date(2026, 11, 30)
    convicted_ = conviction(sentence_completed_date=date(2024, 1, 1))
    assert determine(rule, convicted_).eligible_on == date(2029, 1, 1)
    acquitted = Charge(Category.PROSTITUTION, Disposition.ACQUITTAL, disposition_date=date(2026, 10, 1))
    assert determine(rule, acquitted).status is Status.NOT_ELIGIBLE
    unsure = Charge(Category.PROSTITUTION, Disposition.UNKNOWN)
    assert "charges[0].disposition" in determine(rule, unsure).open_questions


def test_limitations_period_runs_from_the_offense_by_level():
    rule = limitations_period_run({Level.MISDEMEANOR: 2, Level.FELONY: span(years=3)}, cite=CITE)
    dismissed = Charge(Category.PROSTITUTION, Disposition.DISMISSAL, level=Level.MISDEMEANOR,
                       offense_date=date(2025, 6, 1))  # fmt: skip
    found = determine(rule, dismissed)
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2027, 6, 1))
    assert "time allowed to prosecute" in rule.describe().render()


# Conviction-free windows: a delay, or a bar


def test_a_conviction_in_the_window_before_filing_only_delays_relief():
    rule = no_conviction_within(years=5, cite=CITE)
    found = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=[OtherConviction(date(2023, 4, 1))])
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2028, 4, 1))
    old = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=[OtherConviction(date(2015, 4, 1))])
    assert old.status is Status.ELIGIBLE


def test_a_conviction_during_the_wait_bars_relief_and_one_after_it_does_not():
    rule = no_conviction_during_wait(years=5, since=Event.DISPOSITION, cite=CITE)
    own = conviction(disposition_date=date(2010, 1, 1))
    inside = determine(rule, own, others=[OtherConviction(date(2012, 4, 1), Level.MISDEMEANOR)])
    assert inside.status is Status.NOT_ELIGIBLE
    after = determine(rule, own, others=[OtherConviction(date(2016, 4, 1), Level.MISDEMEANOR)])
    assert after.status is Status.ELIGIBLE


def test_a_window_counts_an_undated_conviction_as_an_open_question():
    rule = no_conviction_within(years=5, cite=CITE)
    found = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=[OtherConviction()])
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0].date",)


def test_a_window_of_every_level_counts_a_conviction_of_unknown_level():
    rule = no_conviction_during_wait(years=5, since=Event.DISPOSITION, cite=CITE)
    found = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=[OtherConviction(date(2012, 1, 1))])
    assert found.status is Status.NOT_ELIGIBLE


def test_a_felony_only_window_leaves_a_conviction_of_unknown_level_open():
    rule = no_conviction_within(years=5, levels=(Level.FELONY,), cite=CITE)
    found = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=[OtherConviction(date(2024, 1, 1))])
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0].level",)


def test_a_window_whose_length_follows_the_class_of_the_charge():
    rule = no_conviction_within(years={Level.MISDEMEANOR: 3, Level.FELONY: 7}, cite=CITE)
    others = [OtherConviction(date(2021, 6, 1), Level.MISDEMEANOR)]
    misdemeanor = determine(rule, conviction(level=Level.MISDEMEANOR, disposition_date=date(2010, 1, 1)), others=others)
    assert misdemeanor.status is Status.ELIGIBLE
    felony = determine(rule, conviction(level=Level.FELONY, disposition_date=date(2010, 1, 1)), others=others)
    assert (felony.status, felony.eligible_on) == (Status.ELIGIBLE_LATER, date(2028, 6, 1))
    unknown = determine(rule, conviction(disposition_date=date(2010, 1, 1)), others=others)
    assert unknown.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in unknown.open_questions


# Limits on grants


def test_once_in_a_lifetime_is_ruled_out_by_earlier_relief_and_open_when_unsure():
    rule = granted_only_once(cite=CITE)
    assert determine(rule, conviction(), Person(prior_relief=Answer.YES)).status is Status.NOT_ELIGIBLE
    assert determine(rule, conviction(), Person(prior_relief=Answer.NO)).status is Status.ELIGIBLE
    assert determine(rule, conviction(), Person()).open_questions == ("person.prior_relief",)


def test_once_under_this_law_leaves_earlier_relief_of_an_unknown_kind_open():
    rule = granted_once_under_this_law(cite=CITE)
    found = determine(rule, conviction(), Person(prior_relief=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_once_in_ten_years_dates_the_next_grant():
    rule = once_within(years=10, cite=CITE)
    found = determine(rule, conviction(), Person(prior_relief=Answer.YES, prior_relief_date=date(2020, 3, 1)))
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2030, 3, 1))
    undated = determine(rule, conviction(), Person(prior_relief=Answer.YES))
    assert undated.open_questions == ("person.prior_relief_date",)


def test_adjudications_only_leave_out_withheld_convictions_and_ask_about_unknown_ones():
    rule = convictions_at_most(total=0, adjudicated_only=True, cite=CITE)
    withheld = Charge(Category.PROSTITUTION, Disposition.CONVICTION, adjudication_withheld=Answer.YES)
    assert determine(rule, withheld).status is Status.ELIGIBLE
    adjudicated = [OtherConviction(date(2015, 1, 1), Level.MISDEMEANOR, adjudication_withheld=Answer.NO)]
    assert determine(rule, withheld, others=adjudicated).status is Status.NOT_ELIGIBLE
    unknown = determine(rule, withheld, others=[OtherConviction(date(2015, 1, 1), Level.MISDEMEANOR)])
    assert unknown.open_questions == ("person.other_convictions[0].adjudication_withheld",)


# Offense lists and refined outcomes


def test_an_offense_list_excludes_by_the_statutes_name_for_it():
    rule = offense_not_in_list(SEX_CRIMES, cite=CITE)
    barred = determine(rule, Charge(Category.PROMOTING, Disposition.CONVICTION, offense="tt-promoting-minor"))
    assert barred.status is Status.NOT_ELIGIBLE
    assert rule.key == "not_sex_crimes"
    assert "sex crimes" in rule.describe({o.id: o for o in OFFENSES}).render()
    unnamed = determine(rule, Charge(Category.PROMOTING, Disposition.CONVICTION))
    assert unnamed.open_questions == ("charges[0].offense",)


def test_a_completed_diversion_can_be_narrowed_to_pretrial_programs():
    rule = disposition_is(Disposition.DISMISSAL, Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.PRETRIAL,),
                          cite=CITE)  # fmt: skip
    pretrial = Charge(Category.PROSTITUTION, Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL)
    assert determine(rule, pretrial).status is Status.ELIGIBLE
    deferred = Charge(Category.PROSTITUTION, Disposition.DIVERSION_COMPLETED,
                      diversion_kind=DiversionKind.DEFERRED_ADJUDICATION)  # fmt: skip
    assert determine(rule, deferred).status is Status.NOT_ELIGIBLE
    unsure = Charge(Category.PROSTITUTION, Disposition.DIVERSION_COMPLETED)
    assert determine(rule, unsure).open_questions == ("charges[0].diversion_kind",)


def test_not_sure_cannot_be_listed_as_a_covered_kind_of_program():
    with pytest.raises(ValueError, match="only kinds of program"):
        disposition_is(Disposition.DIVERSION_COMPLETED, diversion=(DiversionKind.UNSURE,), cite=CITE)


def test_a_conviction_can_count_only_where_adjudication_was_withheld():
    rule = disposition_is(Disposition.DISMISSAL, Disposition.CONVICTION, conviction_only_if_withheld=True, cite=CITE)
    assert determine(rule, conviction(adjudication_withheld=Answer.YES)).status is Status.ELIGIBLE
    assert determine(rule, conviction(adjudication_withheld=Answer.NO)).status is Status.NOT_ELIGIBLE
    assert determine(rule, conviction()).open_questions == ("charges[0].adjudication_withheld",)


def test_years_since_every_other_sentence_counts_from_each_sentences_end():
    rule = years_since_every_other_sentence(years=10, cite=CITE)
    own = conviction(disposition_date=date(2005, 1, 1), sentence_completed_date=date(2006, 1, 1))
    ended = [OtherConviction(date(2012, 1, 1), Level.MISDEMEANOR, sentence_completed_date=date(2018, 3, 1))]
    found = determine(rule, own, others=ended)
    assert (found.status, found.eligible_on) == (Status.ELIGIBLE_LATER, date(2028, 3, 1))
    open_end = determine(rule, own, others=[OtherConviction(date(2012, 1, 1), Level.MISDEMEANOR)])
    assert open_end.open_questions == ("person.other_convictions[0].sentence_completed_date",)
    alone = determine(rule, own)
    assert alone.status is Status.ELIGIBLE


def test_an_open_list_leaves_an_unnamed_charge_open_and_a_felony_list_clears_misdemeanors():
    violent = OffenseList.of("crimes of violence", "tt-promoting-minor", cite="T.C. § 8")
    rule = offense_not_in_list(violent, levels=(Level.FELONY,), open_beyond_known=True, cite=CITE)
    unnamed_felony = Charge(Category.OTHER, Disposition.CONVICTION, level=Level.FELONY)
    assert determine(rule, unnamed_felony).open_questions == ("charges[0].offense",)
    misdemeanor = Charge(Category.OTHER, Disposition.CONVICTION, level=Level.MISDEMEANOR)
    assert determine(rule, misdemeanor).status is Status.ELIGIBLE
    named = Charge(Category.PROMOTING, Disposition.CONVICTION, offense="tt-promoting")
    assert determine(rule, named).status is Status.ELIGIBLE
    closed = offense_not_in_list(violent, cite=CITE)
    assert determine(closed, Charge(Category.OTHER, Disposition.CONVICTION)).status is Status.ELIGIBLE
