"""Nevada remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2020 = dict(
    offense="nv-nrs-201.354", disposition_date=date(2020, 1, 15), sentence_completed_date=date(2020, 7, 15)
)


def test_nv_nrs_179_247_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("NV", "nv-vacatur-179-247", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_nv_nrs_179_247_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("NV", "nv-vacatur-179-247", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_247_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("NV", "nv-vacatur-179-247", charge(**PROSTITUTION_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nv_nrs_179_247_leaves_other_offenses_open_as_possibly_violent():
    found = determination("NV", "nv-vacatur-179-247", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nv_nrs_179_245_seals_prostitution_misdemeanor_one_year_after_sentence():
    found = determination("NV", "nv-sealing-179-245", charge(**PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_nv_nrs_179_245_leaves_open_a_misdemeanor_that_may_be_gross_between_one_and_two_years():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.MISDEMEANOR,
            sentence_completed_date=date(2025, 6, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_nv_nrs_179_245_waits_two_years_for_a_gross_misdemeanor():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.MISDEMEANOR,
            grade=Grade.GROSS_MISDEMEANOR,
            sentence_completed_date=date(2025, 6, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_nv_nrs_179_245_waits_five_years_for_pandering():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(Category.PROMOTING, offense="nv-nrs-201.300-1", sentence_completed_date=date(2023, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_nv_nrs_179_245_refuses_while_a_case_is_pending():
    found = determination(
        "NV", "nv-sealing-179-245", charge(**PROSTITUTION_2020), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_245_does_not_reach_sex_trafficking():
    assert not reaches("NV", "nv-sealing-179-245", charge(Category.TRAFFICKING))


def test_nv_nrs_179_245_is_possible_when_level_unknown():
    found = determination("NV", "nv-sealing-179-245", charge(Category.SOLICITATION, offense="nv-nrs-201.354-customer"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_nv_nrs_179_255_seals_dismissed_case():
    found = determination("NV", "nv-sealing-179-255", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_nv_nrs_179_255_does_not_reach_a_conviction():
    found = determination("NV", "nv-sealing-179-255", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_255_is_possible_when_outcome_unknown():
    found = determination("NV", "nv-sealing-179-255", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_nv_nrs_179_255_seals_declined_misdemeanor_arrest_after_two_years():
    found = determination(
        "NV",
        "nv-sealing-179-255-declined",
        charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR, offense_date=date(2025, 8, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 8, 1)


def test_nv_nrs_179_255_declined_plain_misdemeanor_after_one_year():
    found = determination(
        "NV",
        "nv-sealing-179-255-declined",
        charge(
            disposition=Disposition.NO_CHARGES,
            level=Level.MISDEMEANOR,
            offense="nv-nrs-201.354",
            offense_date=date(2026, 8, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 8, 1)


def test_nv_nrs_179_255_declined_named_felony_after_three_years():
    found = determination(
        "NV",
        "nv-sealing-179-255-declined",
        charge(
            disposition=Disposition.NO_CHARGES,
            level=Level.FELONY,
            offense="nv-nrs-201.300-1",
            offense_date=date(2025, 8, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 8, 1)


def test_nv_nrs_179_255_declined_path_does_not_reach_a_dismissal():
    found = determination(
        "NV", "nv-sealing-179-255-declined", charge(disposition=Disposition.DISMISSAL, level=Level.MISDEMEANOR)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_255_declined_path_is_possible_when_arrest_date_unknown():
    found = determination(
        "NV", "nv-sealing-179-255-declined", charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_nv_nrs_179_245_5_refuses_a_conviction_during_the_wait():
    first = charge(
        offense="nv-nrs-201.354",
        level=Level.MISDEMEANOR,
        disposition_date=date(2019, 4, 1),
        sentence_completed_date=date(2020, 4, 1),
    )
    later_one = charge(
        Category.OTHER,
        level=Level.MISDEMEANOR,
        disposition_date=date(2020, 10, 1),
        sentence_completed_date=date(2020, 11, 1),
    )
    found = determination("NV", "nv-sealing-179-245", first, later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_255_seals_a_completed_diversion():
    found = determination(
        "NV",
        "nv-sealing-179-255",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2025, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


# NRS 179.245(1)(a): a category A felony or a crime of violence waits 10 years.


def test_nv_nrs_179_245_1_a_waits_ten_years_for_a_category_a_felony():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_A,
            disposition_date=date(2015, 3, 1),
            sentence_completed_date=date(2020, 12, 7),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 12, 7)


def test_nv_nrs_179_245_1_a_seals_a_category_a_felony_after_ten_years():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_A,
            disposition_date=date(2010, 3, 1),
            sentence_completed_date=date(2016, 12, 7),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE


def test_nv_nrs_179_245_1_a_leaves_open_an_other_felony_that_may_be_violent():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_C,
            disposition_date=date(2019, 3, 1),
            sentence_completed_date=date(2020, 12, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nv_nrs_179_245_1_c_keeps_two_years_for_a_category_e_felony():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_E,
            disposition_date=date(2023, 3, 1),
            sentence_completed_date=date(2024, 6, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE


# NRS 179.245(6): sexual offenses cannot be sealed; gross misdemeanor lewdness can (Aragon v. State, 2020).


def test_nv_nrs_179_245_6_seals_gross_misdemeanor_lewdness():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.MISDEMEANOR,
            grade=Grade.GROSS_MISDEMEANOR,
            disposition_date=date(2023, 1, 10),
            sentence_completed_date=date(2023, 6, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE


def test_nv_nrs_179_245_6_leaves_felony_lewdness_open():
    found = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_D,
            disposition_date=date(2012, 1, 10),
            sentence_completed_date=date(2014, 6, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nv_nrs_179_247_2_c_vacates_loitering_ordinance_conviction_of_survivor():
    found = determination(
        "NV",
        "nv-vacatur-179-247",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="nv-ordinance-loitering-prostitution",
            level=Level.MISDEMEANOR,
            trafficking_nexus=Answer.YES,
            sentence_completed_date=date(2024, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_nv_nrs_179_247_4_b_loitering_conviction_without_trafficking_link_is_not_vacated():
    found = determination(
        "NV",
        "nv-vacatur-179-247",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="nv-ordinance-loitering-prostitution",
            level=Level.MISDEMEANOR,
            trafficking_nexus=Answer.NO,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nv_nrs_179_245_1_d_gross_misdemeanor_on_the_two_year_boundary():
    on_time = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.MISDEMEANOR,
            grade=Grade.GROSS_MISDEMEANOR,
            sentence_completed_date=date(2024, 12, 7),
        ),
        as_of=date(2026, 12, 7),
    )
    assert on_time.status is Status.ELIGIBLE
    one_day_short = determination(
        "NV",
        "nv-sealing-179-245",
        charge(
            Category.LEWDNESS,
            offense="nv-nrs-201.210",
            level=Level.MISDEMEANOR,
            grade=Grade.GROSS_MISDEMEANOR,
            sentence_completed_date=date(2024, 12, 8),
        ),
        as_of=date(2026, 12, 7),
    )
    assert one_day_short.status is Status.ELIGIBLE_LATER
    assert one_day_short.eligible_on == date(2026, 12, 8)


def test_nv_nrs_179_255_1_b_declined_trespass_waits_for_the_one_year_limitation():
    found = determination(
        "NV",
        "nv-sealing-179-255-declined",
        charge(
            Category.QUALITY_OF_LIFE,
            disposition=Disposition.NO_CHARGES,
            offense="nv-nrs-207.200",
            level=Level.MISDEMEANOR,
            offense_date=date(2026, 8, 1),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 8, 1)
