"""New Mexico remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2020 = dict(
    offense="nm-nmsa-30-9-2", disposition_date=date(2020, 3, 2), sentence_completed_date=date(2020, 9, 1)
)


def test_nm_30_52_1_1_seals_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "NM", "nm-sealing-trafficking-victim", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2020)
    )
    assert found.status is Status.ELIGIBLE


def test_nm_30_52_1_1_does_not_reach_conviction_without_trafficking_nexus():
    found = determination(
        "NM", "nm-sealing-trafficking-victim", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2020)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nm_30_52_1_1_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("NM", "nm-sealing-trafficking-victim", charge(**PROSTITUTION_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nm_30_52_1_1_leaves_other_charge_open_because_homicide_is_excluded():
    found = determination("NM", "nm-sealing-trafficking-victim", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nm_29_3a_4_expunges_dismissal_after_one_year():
    found = determination(
        "NM",
        "nm-expungement-29-3a-4",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 2, 10)),
        as_of=date(2026, 11, 25),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 10)


def test_nm_29_3a_4_expunges_old_dismissal_now():
    found = determination(
        "NM", "nm-expungement-29-3a-4", charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2019, 5, 1))
    )
    assert found.status is Status.ELIGIBLE


def test_nm_29_3a_4_does_not_reach_a_conviction():
    found = determination("NM", "nm-expungement-29-3a-4", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_nm_29_3a_4_is_possible_when_open_case_unknown():
    found = determination(
        "NM",
        "nm-expungement-29-3a-4",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2019, 5, 1)),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_nm_29_3a_5_expunges_prostitution_conviction_two_years_after_sentence():
    found = determination("NM", "nm-expungement-29-3a-5", charge(**PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_nm_29_3a_5_dates_the_two_year_wait():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(offense="nm-nmsa-30-9-2", disposition_date=date(2025, 6, 1), sentence_completed_date=date(2025, 12, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 12, 1)


def test_nm_29_3a_5_waits_four_years_for_promoting_a_fourth_degree_felony():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(Category.PROMOTING, offense="nm-nmsa-30-9-4", sentence_completed_date=date(2024, 1, 15)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 15)


def test_nm_29_3a_5_refuses_with_an_open_case():
    found = determination(
        "NM", "nm-expungement-29-3a-5", charge(**PROSTITUTION_2020), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nm_29_3a_5_c4_later_conviction_delays_for_the_conviction_free_period():
    later_one = charge(
        offense="nm-nmsa-30-9-2", disposition_date=date(2025, 1, 5), sentence_completed_date=date(2025, 1, 5)
    )
    found = determination("NM", "nm-expungement-29-3a-5", charge(**PROSTITUTION_2020), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 1, 5)


def test_nm_29_3a_5_c4_conviction_before_the_period_does_not_bar():
    later_one = charge(
        offense="nm-nmsa-30-9-2", disposition_date=date(2021, 1, 5), sentence_completed_date=date(2021, 1, 5)
    )
    found = determination("NM", "nm-expungement-29-3a-5", charge(**PROSTITUTION_2020), later_one)
    assert found.status is Status.ELIGIBLE


def test_nm_29_3a_5_is_possible_when_felony_degree_unknown_and_under_ten_years():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(Category.OTHER, level=Level.FELONY, sentence_completed_date=date(2020, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense", "charges[0].grade")


def test_nm_29_3a_5_is_possible_when_sentence_end_unknown():
    found = determination("NM", "nm-expungement-29-3a-5", charge(offense="nm-nmsa-30-9-2"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].sentence_completed_date" in found.open_questions


def test_nm_29_3a_5_f_measures_the_period_from_the_end_of_another_listed_sentence():
    other = OtherConviction(date=date(2023, 6, 1), level=Level.MISDEMEANOR, sentence_completed_date=date(2025, 6, 1))
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(
            offense="nm-nmsa-30-9-2",
            level=Level.MISDEMEANOR,
            disposition_date=date(2017, 6, 1),
            sentence_completed_date=date(2018, 1, 1),
        ),
        person=clean_person(other_convictions=(other,)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_nm_29_3a_5_g_expunges_indecent_exposure_which_is_not_a_registrable_sex_offense():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(
            Category.LEWDNESS,
            offense="nm-nmsa-30-9-14",
            disposition_date=date(2021, 3, 1),
            sentence_completed_date=date(2021, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_nm_29_3a_5_g_leaves_an_unnamed_other_conviction_open():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(Category.OTHER, level=Level.MISDEMEANOR, sentence_completed_date=date(2018, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nm_29_3a_5_g_leaves_a_trafficking_conviction_open():
    found = determination(
        "NM",
        "nm-expungement-29-3a-5",
        charge(
            Category.TRAFFICKING,
            offense="nm-nmsa-30-52-1",
            grade=Grade.FELONY_THIRD_DEGREE,
            sentence_completed_date=date(2010, 1, 10),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()
