"""Indiana remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2015 = dict(
    offense="in-ic-35-45-4-2",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 4, 1),
    sentence_completed_date=date(2015, 10, 1),
)


def test_in_ic_35_38_10_2_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("IN", "in-vacatur-35-38-10", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_in_ic_35_38_10_2_needs_trafficking_nexus():
    found = determination("IN", "in-vacatur-35-38-10", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_in_ic_35_38_10_2_is_possible_when_injury_cannot_be_ruled_out():
    found = determination(
        "IN", "in-vacatur-35-38-10", charge(Category.OTHER, trafficking_nexus=Answer.YES, level=Level.FELONY)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_in_ic_35_38_9_1_b_expunges_recent_dismissal_automatically():
    found = determination(
        "IN",
        "in-automatic-expungement-35-38-9-1",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2023, 5, 2)),
    )
    assert found.status is Status.AUTOMATIC


def test_in_ic_35_38_9_1_b_does_not_reach_a_case_that_ended_before_july_2022():
    found = determination(
        "IN",
        "in-automatic-expungement-35-38-9-1",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2019, 5, 2), disposition_date=date(2020, 1, 6)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_in_ic_35_38_9_1_b_leaves_open_an_arrest_before_july_2022_charged_later():
    found = determination(
        "IN",
        "in-automatic-expungement-35-38-9-1",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2022, 6, 20), disposition_date=date(2023, 3, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_in_ic_35_38_9_1_b_is_possible_when_offense_date_unknown():
    found = determination("IN", "in-automatic-expungement-35-38-9-1", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_in_ic_35_38_9_1_counts_one_year_from_the_arrest():
    found = determination(
        "IN",
        "in-expungement-35-38-9-1",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2026, 3, 15), disposition_date=date(2026, 9, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 15)


def test_in_ic_35_38_9_1_does_not_reach_conviction():
    found = determination("IN", "in-expungement-35-38-9-1", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_in_ic_35_38_9_1_is_possible_when_date_unknown():
    found = determination("IN", "in-expungement-35-38-9-1", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_in_ic_35_38_9_2_e_counts_a_conviction_listed_outside_the_charges():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 6, 1), level=Level.MISDEMEANOR),))
    found = determination("IN", "in-expungement-35-38-9-2", charge(**PROSTITUTION_2015), person=person)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 6, 1)


def test_in_ic_35_38_9_2_expunges_misdemeanor_prostitution_after_five_years():
    found = determination("IN", "in-expungement-35-38-9-2", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert not found.remedy.discretionary


def test_in_ic_35_38_9_2_dates_wait_after_a_recent_conviction():
    recent = charge(
        Category.QUALITY_OF_LIFE,
        offense="in-ic-35-45-1-3",
        level=Level.MISDEMEANOR,
        disposition_date=date(2024, 2, 1),
        sentence_completed_date=date(2024, 2, 1),
    )
    found = determination("IN", "in-expungement-35-38-9-2", charge(**PROSTITUTION_2015), recent)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 2, 1)


def test_in_ic_35_38_9_2_does_not_reach_felony():
    found = determination("IN", "in-expungement-35-38-9-2", charge(**{**PROSTITUTION_2015, "level": Level.FELONY}))
    assert found.status is Status.NOT_ELIGIBLE


def test_in_ic_35_38_9_2_is_possible_when_pending_case_unknown():
    found = determination(
        "IN",
        "in-expungement-35-38-9-2",
        charge(**PROSTITUTION_2015),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_in_ic_35_38_9_4_expunges_promoting_felony_after_eight_years():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(
            Category.PROMOTING,
            offense="in-ic-35-45-4-4",
            disposition_date=date(2016, 9, 1),
            sentence_completed_date=date(2022, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE
    assert found.remedy.discretionary


def test_in_ic_35_38_9_4_waits_three_years_after_sentence():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(
            Category.PROMOTING,
            offense="in-ic-35-45-4-4",
            disposition_date=date(2015, 9, 1),
            sentence_completed_date=date(2025, 1, 10),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_in_ic_35_38_9_4_does_not_reach_misdemeanor():
    found = determination("IN", "in-expungement-35-38-9-4", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_in_ic_35_38_9_4_is_possible_when_level_unknown():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(disposition_date=date(2010, 1, 1), sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_in_ic_35_38_9_3_level_6_felony_needs_no_three_years_after_the_sentence():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_6,
            disposition_date=date(2016, 6, 1),
            sentence_completed_date=date(2025, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_in_ic_35_38_9_9_one_petition_in_a_lifetime_leaves_an_earlier_grant_open():
    found = determination(
        "IN",
        "in-expungement-35-38-9-2",
        charge(
            offense="in-ic-35-45-4-2",
            level=Level.MISDEMEANOR,
            disposition_date=date(2015, 2, 2),
            sentence_completed_date=date(2015, 8, 2),
        ),
        person=clean_person(prior_relief=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


# Statute audit 2026-12-07: §§ 35-38-9-1(b), 35-38-9-3(b), 35-38-9-4(b)


def test_in_35_38_9_4_b_leaves_an_other_felony_open():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_5,
            disposition_date=date(2012, 1, 5),
            sentence_completed_date=date(2016, 1, 5),
        ),
        person=clean_person(),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_in_35_38_9_4_b_does_not_exclude_promoting_prostitution():
    found = determination(
        "IN",
        "in-expungement-35-38-9-4",
        charge(
            Category.PROMOTING,
            offense="in-ic-35-45-4-4",
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_5,
            disposition_date=date(2014, 9, 1),
            sentence_completed_date=date(2018, 9, 1),
        ),
        person=clean_person(),
    )
    assert found.status is Status.ELIGIBLE


def test_in_35_38_9_1_b_automatic_expungement_after_a_completed_diversion():
    found = determination(
        "IN",
        "in-automatic-expungement-35-38-9-1",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="in-ic-35-45-4-2",
            offense_date=date(2024, 2, 10),
            disposition_date=date(2025, 3, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC


def test_in_35_38_9_1_b_no_automatic_expungement_without_a_charge():
    found = determination(
        "IN",
        "in-automatic-expungement-35-38-9-1",
        charge(disposition=Disposition.NO_CHARGES, offense="in-ic-35-45-4-2", offense_date=date(2025, 1, 10)),
    )
    assert found.status is Status.NOT_ELIGIBLE
