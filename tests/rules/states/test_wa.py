"""Washington remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2018 = dict(
    offense="wa-rcw-9a.88.030", disposition_date=date(2018, 4, 2), sentence_completed_date=date(2019, 4, 2)
)
PROMOTING_2ND = dict(
    category=Category.PROMOTING,
    offense="wa-rcw-9a.88.080",
    disposition_date=date(2015, 1, 9),
    sentence_completed_date=date(2017, 1, 9),
)


def test_wa_rcw_9_96_080_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "WA", "wa-vacate-misdemeanor-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018)
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_96_080_was_not_in_force_before_july_2021():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor-victim",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018),
        as_of=date(2021, 1, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2021, 7, 25)


def test_wa_rcw_9_96_080_does_not_reach_conviction_without_trafficking():
    found = determination(
        "WA", "wa-vacate-misdemeanor-victim", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_96_080_is_possible_when_trafficking_unsure():
    found = determination("WA", "wa-vacate-misdemeanor-victim", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_wa_rcw_9_94a_648_3_c_does_not_vacate_promoting_prostitution():
    found = determination("WA", "wa-vacate-felony-victim", charge(trafficking_nexus=Answer.YES, **PROMOTING_2ND))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_648_does_not_reach_a_misdemeanor():
    found = determination("WA", "wa-vacate-felony-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_648_is_possible_when_level_unknown():
    found = determination("WA", "wa-vacate-felony-victim", charge(Category.PROMOTING, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_wa_rcw_9_96_060_vacates_misdemeanor_three_years_after_sentence():
    found = determination("WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_96_060_dates_the_end_of_the_wait():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor",
        charge(
            offense="wa-rcw-9a.88.030", disposition_date=date(2024, 2, 29), sentence_completed_date=date(2024, 2, 29)
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_wa_rcw_9_96_060_refuses_with_open_case():
    found = determination(
        "WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_96_060_is_possible_when_sentence_end_unknown():
    found = determination("WA", "wa-vacate-misdemeanor", charge(offense="wa-rcw-9a.88.030"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_wa_rcw_9_94a_640_vacates_class_c_felony_after_five_years():
    found = determination("WA", "wa-vacate-felony", charge(**PROMOTING_2ND))
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_94a_640_leaves_first_degree_promoting_open_as_a_possible_crime_against_persons():
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.PROMOTING,
            offense="wa-rcw-9a.88.070",
            disposition_date=date(2005, 6, 1),
            sentence_completed_date=date(2008, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_wa_rcw_9_94a_640_waits_five_years_for_class_c():
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.PROMOTING,
            offense="wa-rcw-9a.88.080",
            disposition_date=date(2020, 1, 9),
            sentence_completed_date=date(2022, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_wa_rcw_9_94a_640_new_crime_in_the_window_delays_vacatur():
    later_one = charge(offense="wa-rcw-9a.88.030", disposition_date=date(2024, 3, 1))
    found = determination("WA", "wa-vacate-felony", charge(**PROMOTING_2ND), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2029, 3, 1)


def test_wa_rcw_9_94a_640_does_not_reach_a_misdemeanor():
    found = determination("WA", "wa-vacate-felony", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_9_94a_640_is_possible_when_felony_class_unknown():
    found = determination(
        "WA",
        "wa-vacate-felony",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            disposition_date=date(2010, 6, 1),
            sentence_completed_date=date(2011, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].grade" in found.open_questions


def test_wa_rcw_10_97_060_deletes_dismissed_arrest_two_years_after_dismissal():
    found = determination(
        "WA", "wa-delete-nonconviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 1, 5))
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_10_97_060_dates_three_years_from_an_arrest_without_charges():
    found = determination(
        "WA", "wa-delete-nonconviction", charge(disposition=Disposition.NO_CHARGES, offense_date=date(2025, 2, 1))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 1)


def test_wa_rcw_10_97_060_does_not_reach_conviction():
    found = determination("WA", "wa-delete-nonconviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_wa_rcw_10_97_060_is_possible_when_open_case_unknown():
    found = determination(
        "WA",
        "wa-delete-nonconviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2022, 1, 5)),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_wa_rcw_9_96_060_new_crime_in_three_years_before_applying_delays_vacatur():
    later_one = charge(offense="wa-rcw-9a.88.030", disposition_date=date(2025, 1, 10))
    found = determination("WA", "wa-vacate-misdemeanor", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_wa_rcw_9_96_060_does_not_exclude_misdemeanor_indecent_exposure():
    found = determination(
        "WA",
        "wa-vacate-misdemeanor",
        charge(
            Category.LEWDNESS,
            offense="wa-rcw-9a.88.010",
            level=Level.MISDEMEANOR,
            disposition_date=date(2018, 4, 2),
            sentence_completed_date=date(2019, 4, 2),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_wa_rcw_9_94a_648_leaves_out_a_class_a_felony():
    found = determination(
        "WA",
        "wa-vacate-felony-victim",
        charge(
            category=Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_A,
            disposition_date=date(2020, 1, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE
