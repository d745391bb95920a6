"""Mississippi remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, determination, reaches

PROSTITUTION_2016 = dict(
    offense="ms-code-97-29-49", disposition_date=date(2016, 4, 5), sentence_completed_date=date(2016, 10, 5)
)
PROMOTING_2018 = dict(
    offense="ms-code-97-29-51-2", disposition_date=date(2017, 3, 1), sentence_completed_date=date(2020, 3, 1)
)


# § 97-3-54.6(5): vacatur for victims of sex trafficking


def test_ms_97_3_54_6_vacates_trafficking_act_conviction_of_trafficking_victim():
    found = determination(
        "MS",
        "ms-vacatur-trafficking",
        charge(Category.TRAFFICKING, offense="ms-code-97-3-54.1", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_ms_97_3_54_6_leaves_prostitution_conviction_open_as_outside_the_act():
    found = determination("MS", "ms-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ms_97_3_54_6_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("MS", "ms-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_97_3_54_6_needs_a_conviction():
    found = determination(
        "MS", "ms-vacatur-trafficking", charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_97_3_54_6_is_possible_when_trafficking_nexus_unsure():
    found = determination("MS", "ms-vacatur-trafficking", charge(Category.TRAFFICKING, offense="ms-code-97-3-54.1"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ms_97_3_54_6_does_not_reach_solicitation_or_promoting():
    assert not reaches("MS", "ms-vacatur-trafficking", charge(Category.SOLICITATION, trafficking_nexus=Answer.YES))
    assert not reaches("MS", "ms-vacatur-trafficking", charge(Category.PROMOTING, trafficking_nexus=Answer.YES))


# § 99-19-71(4): expunction of a case without a conviction


def test_ms_99_19_71_4_expunges_dismissed_prostitution_charge():
    found = determination("MS", "ms-expunction-nonconviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_ms_99_19_71_4_expunges_arrest_without_charges():
    found = determination(
        "MS", "ms-expunction-nonconviction", charge(Category.LOITERING_FOR_PROSTITUTION, Disposition.NO_CHARGES)
    )
    assert found.status is Status.ELIGIBLE


def test_ms_99_19_71_4_does_not_reach_a_conviction():
    found = determination("MS", "ms-expunction-nonconviction", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_99_19_71_4_is_possible_when_outcome_unknown():
    found = determination("MS", "ms-expunction-nonconviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


# § 99-19-71(1): first-offender misdemeanor expunction


def test_ms_99_19_71_1_expunges_first_misdemeanor_prostitution_conviction():
    found = determination("MS", "ms-expunction-misdemeanor", charge(level=Level.MISDEMEANOR, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_ms_99_19_71_1_first_offender_with_only_a_later_conviction_is_left_open():
    """The section does not define "first offender"; a conviction after this one does not plainly end it."""
    first = charge(level=Level.MISDEMEANOR, **PROSTITUTION_2016)
    later = charge(Category.QUALITY_OF_LIFE, offense="ms-code-97-35-15", disposition_date=date(2019, 1, 1))
    found = determination("MS", "ms-expunction-misdemeanor", first, later)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ms_99_19_71_1_refuses_a_felony():
    found = determination("MS", "ms-expunction-misdemeanor", charge(Category.PROMOTING, **PROMOTING_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_99_19_71_1_is_possible_when_level_of_prostitution_unknown():
    found = determination("MS", "ms-expunction-misdemeanor", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


# § 99-19-71(2)(a): one felony, five years after the sentence


def test_ms_99_19_71_2_dates_the_end_of_the_five_year_wait():
    found = determination(
        "MS", "ms-expunction-felony", charge(Category.PROMOTING, **PROMOTING_2018), as_of=date(2024, 1, 1)
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2025, 3, 1)


def test_ms_99_19_71_2_is_eligible_once_the_wait_is_over():
    found = determination("MS", "ms-expunction-felony", charge(Category.PROMOTING, **PROMOTING_2018))
    assert found.status is Status.ELIGIBLE


def test_ms_99_19_71_2_does_not_reach_a_misdemeanor():
    found = determination("MS", "ms-expunction-felony", charge(level=Level.MISDEMEANOR, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_99_19_71_2_is_possible_for_a_felony_under_an_unnamed_law():
    felony = charge(Category.QUALITY_OF_LIFE, level=Level.FELONY, sentence_completed_date=date(2015, 1, 1))
    found = determination("MS", "ms-expunction-felony", felony)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ms_99_19_71_does_not_reach_trafficking_convictions():
    assert not reaches("MS", "ms-expunction-felony", charge(Category.TRAFFICKING))


def test_ms_code_99_15_123_expunges_completed_pretrial_intervention():
    found = determination(
        "MS",
        "ms-expunction-nonconviction",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2022, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


# § 21-23-7(6) (and § 9-11-15(3)): a municipal or justice court may expunge any misdemeanors after two years


def test_ms_21_23_7_6_a_person_with_an_earlier_conviction_may_still_expunge_in_a_lower_court():
    first = charge(level=Level.MISDEMEANOR, **PROSTITUTION_2016)
    earlier = charge(Category.QUALITY_OF_LIFE, offense="ms-code-97-35-15", disposition_date=date(2014, 1, 1))
    found = determination("MS", "ms-expunction-misdemeanor", first, earlier)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ms_21_23_7_6_waits_two_years_after_the_last_conviction_in_any_court():
    first = charge(level=Level.MISDEMEANOR, **PROSTITUTION_2016)
    earlier = charge(Category.QUALITY_OF_LIFE, offense="ms-code-97-35-15", disposition_date=date(2014, 1, 1))
    latest = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2025, 12, 1))
    found = determination("MS", "ms-expunction-misdemeanor", first, earlier, latest)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert any("December 1, 2027" in r.text for r in found.reasons)


def test_ms_21_23_7_6_does_not_reach_a_felony():
    found = determination("MS", "ms-expunction-misdemeanor", charge(Category.PROMOTING, **PROMOTING_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_ms_21_23_7_13_expunges_an_acquittal():
    found = determination("MS", "ms-expunction-nonconviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE
