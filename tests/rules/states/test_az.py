"""Arizona remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import Grade
from tests.rules.screening import charge, determination

PROSTITUTION_2018 = dict(
    offense="az-ars-13-3214",
    level=Level.MISDEMEANOR,
    disposition_date=date(2018, 1, 9),
    sentence_completed_date=date(2018, 7, 9),
)


def test_az_ars_13_909_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("AZ", "az-vacatur-13-909", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_az_ars_13_909_needs_trafficking_nexus():
    found = determination("AZ", "az-vacatur-13-909", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_az_ars_13_909_is_possible_when_nexus_unsure():
    found = determination("AZ", "az-vacatur-13-909", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_az_ars_13_911_seals_misdemeanor_three_years_after_sentence():
    found = determination("AZ", "az-sealing-13-911-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_e_felony_of_unknown_class_asks_the_class_between_five_and_ten_years():
    found = determination(
        "AZ",
        "az-sealing-13-911-conviction",
        charge(Category.PROMOTING, offense="az-ars-13-3209", sentence_completed_date=date(2020, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_az_ars_13_911_e_f_later_conviction_still_in_its_wait_leaves_sealing_open():
    """S.B. 1639 (2024) may have ended the wait for other convictions; its words were not read."""
    later_one = charge(
        offense="az-ars-13-3214",
        level=Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_1,
        disposition_date=date(2024, 3, 1),
        sentence_completed_date=date(2024, 3, 1),
    )
    found = determination("AZ", "az-sealing-13-911-conviction", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].disposition_date",)


def test_az_ars_13_911_e_old_later_conviction_does_not_bar_sealing():
    later_one = charge(
        offense="az-ars-13-3214",
        level=Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_1,
        disposition_date=date(2020, 1, 1),
        sentence_completed_date=date(2020, 1, 1),
    )
    found = determination("AZ", "az-sealing-13-911-conviction", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_e_class_5_felony_waits_five_years():
    found = determination(
        "AZ",
        "az-sealing-13-911-conviction",
        charge(
            offense="az-ars-13-3214",
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_5,
            sentence_completed_date=date(2022, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_az_ars_13_911_is_possible_when_prostitution_level_unknown():
    found = determination(
        "AZ", "az-sealing-13-911-conviction", charge(offense="az-ars-13-3214", sentence_completed_date=date(2018, 7, 9))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_az_ars_13_911_seals_dismissed_charge():
    found = determination("AZ", "az-sealing-13-911-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_non_conviction_path_does_not_reach_conviction():
    found = determination("AZ", "az-sealing-13-911-non-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_az_ars_13_911_non_conviction_is_possible_when_outcome_unknown():
    found = determination("AZ", "az-sealing-13-911-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_az_ars_13_905_sets_aside_completed_conviction():
    found = determination("AZ", "az-set-aside-13-905", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_905_leaves_public_sexual_indecency_open_on_registration():
    found = determination(
        "AZ",
        "az-set-aside-13-905",
        charge(Category.LEWDNESS, offense="az-ars-13-1403", sentence_completed_date=date(2018, 7, 9)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_az_ars_13_905_is_possible_when_sentence_end_unknown():
    found = determination("AZ", "az-set-aside-13-905", charge(offense="az-ars-13-3214"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_az_ars_13_911_e_f_other_felony_counts_its_own_class_wait_from_its_sentence_end():
    """A class 6 felony whose sentence ended more than five years ago no longer holds up sealing."""
    later_one = charge(
        offense="az-ars-13-3209",
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_6,
        disposition_date=date(2019, 3, 1),
        sentence_completed_date=date(2019, 12, 1),
    )
    found = determination("AZ", "az-sealing-13-911-conviction", charge(**PROSTITUTION_2018), later_one)
    assert found.status is Status.ELIGIBLE


# Statute audit 2026-12-07: § 13-911(O) (Ariz. R. Crim. P. 36.1(b)(1)), § 13-905 exclusions, § 13-911(E) boundaries.


def test_az_ars_13_911_o_leaves_an_unnamed_offense_open():
    unnamed = charge(
        Category.OTHER,
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_6,
        disposition_date=date(2014, 3, 1),
        sentence_completed_date=date(2015, 3, 1),
    )
    found = determination("AZ", "az-sealing-13-911-conviction", unnamed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_az_ars_13_905_leaves_an_unnamed_offense_open():
    unnamed = charge(
        Category.OTHER,
        level=Level.MISDEMEANOR,
        disposition_date=date(2024, 1, 10),
        sentence_completed_date=date(2025, 1, 10),
    )
    found = determination("AZ", "az-set-aside-13-905", unnamed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_az_ars_13_905_sets_aside_pandering_once_the_sentence_is_done():
    pandering = charge(
        Category.PROMOTING,
        offense="az-ars-13-3209",
        disposition_date=date(2019, 1, 10),
        sentence_completed_date=date(2020, 1, 10),
    )
    found = determination("AZ", "az-set-aside-13-905", pandering)
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_e_class_3_misdemeanor_is_clear_on_the_second_anniversary():
    loitering = charge(
        Category.QUALITY_OF_LIFE,
        offense="az-ars-13-2905",
        grade=Grade.MISDEMEANOR_CLASS_3,
        disposition_date=date(2024, 9, 1),
        sentence_completed_date=date(2024, 12, 7),
    )
    on_the_day = determination("AZ", "az-sealing-13-911-conviction", loitering, as_of=date(2026, 12, 7))
    day_before = determination("AZ", "az-sealing-13-911-conviction", loitering, as_of=date(2026, 12, 6))
    assert on_the_day.status is Status.ELIGIBLE
    assert day_before.status is Status.ELIGIBLE_LATER
    assert day_before.eligible_on == date(2026, 12, 7)


# Statute-text hunt 2026-12-07: § 13-911(A) read in text; (E) waits from the House summary of S.B. 1639 (2024).


def test_az_ars_13_911_a_3_seals_arrest_with_no_charges_filed():
    found = determination("AZ", "az-sealing-13-911-non-conviction", charge(disposition=Disposition.NO_CHARGES))
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_a_1_conviction_path_does_not_reach_a_dismissal():
    found = determination("AZ", "az-sealing-13-911-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_az_ars_13_911_e_f_other_conviction_past_its_wait_keeps_sealing_eligible():
    earlier = charge(
        Category.QUALITY_OF_LIFE,
        offense="az-ars-13-2905",
        level=Level.MISDEMEANOR,
        grade=Grade.MISDEMEANOR_CLASS_3,
        disposition_date=date(2016, 5, 1),
        sentence_completed_date=date(2016, 5, 1),
    )
    found = determination("AZ", "az-sealing-13-911-conviction", charge(**PROSTITUTION_2018), earlier)
    assert found.status is Status.ELIGIBLE


def test_az_ars_13_911_e_class_5_felony_is_clear_on_the_fifth_anniversary():
    felony = charge(
        offense="az-ars-13-3214",
        level=Level.FELONY,
        grade=Grade.FELONY_CLASS_5,
        disposition_date=date(2020, 6, 1),
        sentence_completed_date=date(2021, 12, 7),
    )
    on_the_day = determination("AZ", "az-sealing-13-911-conviction", felony, as_of=date(2026, 12, 7))
    day_before = determination("AZ", "az-sealing-13-911-conviction", felony, as_of=date(2026, 12, 6))
    assert on_the_day.status is Status.ELIGIBLE
    assert day_before.status is Status.ELIGIBLE_LATER
    assert day_before.eligible_on == date(2026, 12, 7)
