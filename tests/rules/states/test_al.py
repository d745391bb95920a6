"""Alabama remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2019 = dict(
    offense="al-ac-13a-12-121", disposition_date=date(2019, 3, 4), sentence_completed_date=date(2019, 9, 4)
)


def test_al_code_15_27_1_a_8_expunges_dismissed_prostitution_charge_of_trafficking_victim():
    found = determination(
        "AL",
        "al-expungement-trafficking",
        charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES, offense="al-ac-13a-12-121"),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_1_a_8_leaves_a_conviction_open_after_ex_parte_cm():
    found = determination("AL", "al-expungement-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_al_code_15_27_1_a_8_needs_trafficking_nexus():
    found = determination("AL", "al-expungement-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_1_a_8_does_not_reach_felony_promoting():
    found = determination(
        "AL",
        "al-expungement-trafficking",
        charge(Category.PROMOTING, offense="al-ac-13a-12-111", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_1_a_8_is_possible_when_nexus_unsure():
    found = determination(
        "AL", "al-expungement-trafficking", charge(disposition=Disposition.ACQUITTAL, offense="al-ac-13a-12-121")
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_al_code_15_27_1_a_expunges_acquittal_after_90_days():
    found = determination(
        "AL",
        "al-expungement-non-conviction",
        charge(disposition=Disposition.ACQUITTAL, offense="al-ac-13a-12-121", disposition_date=date(2026, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_1_a_dates_the_end_of_the_diversion_wait():
    found = determination(
        "AL",
        "al-expungement-non-conviction",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED, offense="al-ac-13a-12-121", disposition_date=date(2026, 5, 1)
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 5, 1)


def test_al_code_15_27_1_a_does_not_reach_conviction():
    found = determination("AL", "al-expungement-non-conviction", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_1_a_leaves_dismissal_open_on_prejudice():
    found = determination(
        "AL",
        "al-expungement-non-conviction",
        charge(disposition=Disposition.DISMISSAL, offense="al-ac-13a-12-121", disposition_date=date(2026, 5, 10)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_al_code_15_27_1_a_7_dismissal_over_a_year_old_qualifies_either_way():
    # (a)(1) after 90 days if with prejudice; (a)(7) after more than a year, with no conviction in two years.
    found = determination(
        "AL",
        "al-expungement-non-conviction",
        charge(disposition=Disposition.DISMISSAL, offense="al-ac-13a-12-121", disposition_date=date(2025, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_1_a_7_recent_other_conviction_leaves_old_dismissal_open():
    found = determination(
        "AL",
        "al-expungement-non-conviction",
        charge(disposition=Disposition.DISMISSAL, offense="al-ac-13a-12-121", disposition_date=date(2023, 1, 10)),
        person=clean_person(other_convictions=(OtherConviction(date=date(2025, 6, 1), level=Level.MISDEMEANOR),)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_al_code_15_27_2_a_7_felony_dismissal_needs_more_than_five_years_either_way():
    found = determination(
        "AL",
        "al-expungement-felony-non-conviction",
        charge(
            Category.PROMOTING,
            offense="al-ac-13a-12-112",
            level=Level.FELONY,
            disposition=Disposition.DISMISSAL,
            disposition_date=date(2020, 11, 25),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_1_b_expunges_misdemeanor_conviction_after_three_years():
    found = determination("AL", "al-expungement-misdemeanor-conviction", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_1_b_dates_the_three_year_wait():
    found = determination(
        "AL",
        "al-expungement-misdemeanor-conviction",
        charge(offense="al-ac-13a-12-121", disposition_date=date(2025, 2, 1), sentence_completed_date=date(2025, 8, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 1)


def test_al_code_15_27_1_b_excludes_indecent_exposure():
    found = determination(
        "AL",
        "al-expungement-misdemeanor-conviction",
        charge(
            Category.LEWDNESS,
            offense="al-ac-13a-6-68",
            **{k: v for k, v in PROSTITUTION_2019.items() if k != "offense"},
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_1_b_does_not_ask_for_no_pending_case():
    found = determination(
        "AL",
        "al-expungement-misdemeanor-conviction",
        charge(**PROSTITUTION_2019),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_2_1_leaves_open_the_limit_of_two_expungements():
    found = determination(
        "AL",
        "al-expungement-misdemeanor-conviction",
        charge(**PROSTITUTION_2019),
        person=clean_person(prior_relief=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


def test_al_code_15_27_1_b_is_possible_when_level_unknown():
    found = determination(
        "AL",
        "al-expungement-misdemeanor-conviction",
        charge(Category.OTHER, disposition_date=date(2019, 3, 4), sentence_completed_date=date(2019, 9, 4)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_al_code_15_22_36_pardon_after_sentence():
    found = determination(
        "AL",
        "al-pardon",
        charge(Category.PROMOTING, offense="al-ac-13a-12-111", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_22_36_pardon_needs_a_conviction():
    found = determination("AL", "al-pardon", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_22_36_pardon_is_possible_when_sentence_end_unknown():
    found = determination("AL", "al-pardon", charge(level=Level.FELONY))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_al_code_15_22_36_c_pardon_after_three_years_of_permanent_parole_is_possible():
    # § 15-22-36(c): "at least three years of permanent parole"; before, this waited for the sentence to end.
    found = determination(
        "AL",
        "al-pardon",
        charge(
            Category.PROMOTING,
            offense="al-ac-13a-12-111",
            level=Level.FELONY,
            release_date=date(2021, 5, 1),
            sentence_completed_date=date(2030, 3, 4),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].release_date",)


def test_al_code_15_22_36_c_pardon_waits_for_sentence_end_without_three_years_released():
    found = determination(
        "AL",
        "al-pardon",
        charge(
            Category.PROMOTING,
            offense="al-ac-13a-12-111",
            level=Level.FELONY,
            release_date=date(2025, 5, 1),
            sentence_completed_date=date(2027, 3, 4),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER


def test_al_code_15_27_2_a_expunges_felony_promoting_acquittal_after_90_days():
    found = determination(
        "AL",
        "al-expungement-felony-non-conviction",
        charge(
            Category.PROMOTING,
            disposition=Disposition.ACQUITTAL,
            offense="al-ac-13a-12-111",
            disposition_date=date(2026, 1, 10),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_2_a_leaves_felony_dismissal_open_on_the_kind_of_dismissal():
    found = determination(
        "AL",
        "al-expungement-felony-non-conviction",
        charge(
            Category.PROMOTING,
            disposition=Disposition.DISMISSAL,
            offense="al-ac-13a-12-112",
            disposition_date=date(2024, 1, 10),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_al_code_15_27_2_a_does_not_reach_misdemeanor_charge():
    found = determination(
        "AL",
        "al-expungement-felony-non-conviction",
        charge(disposition=Disposition.ACQUITTAL, offense="al-ac-13a-12-121", disposition_date=date(2026, 1, 10)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_2_a_8_expunges_felony_charge_of_trafficking_victim_without_wait():
    found = determination(
        "AL",
        "al-expungement-felony-trafficking",
        charge(
            Category.PROMOTING,
            disposition=Disposition.DISMISSAL,
            offense="al-ac-13a-12-112",
            disposition_date=date(2026, 11, 20),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_2_a_8_does_not_reach_felony_conviction():
    found = determination(
        "AL",
        "al-expungement-felony-trafficking",
        charge(Category.PROMOTING, offense="al-ac-13a-12-112", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_al_code_15_27_2_b_expunges_first_degree_promoting_conviction_of_trafficking_victim():
    found = determination(
        "AL",
        "al-expungement-trafficking-conviction-15-27-2-b",
        charge(Category.PROMOTING, offense="al-ac-13a-12-111", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_al_code_15_27_2_b_does_not_reach_second_degree_promoting():
    found = determination(
        "AL",
        "al-expungement-trafficking-conviction-15-27-2-b",
        charge(Category.PROMOTING, offense="al-ac-13a-12-112", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE
