"""Minnesota remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import Grade
from tests.rules.screening import charge, clean_person, determination, reaches

LOITERING_2022 = dict(
    offense="mn-ms-609.3243", disposition_date=date(2021, 9, 1), sentence_completed_date=date(2022, 3, 1)
)
PUBLIC_PLACE_2019 = dict(
    offense="mn-ms-609.324-2", disposition_date=date(2019, 1, 15), sentence_completed_date=date(2020, 1, 15)
)


def loitering(**fields):
    return charge(Category.LOITERING_FOR_PROSTITUTION, **{**LOITERING_2022, **fields})


# § 609A.015, subd. 1: automatic sealing of a case that ended in the person's favor


def test_mn_609a_015_1_seals_dismissed_prostitution_case_automatically():
    found = determination("MN", "mn-609a015-favorable", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.AUTOMATIC


def test_mn_609a_015_1_does_not_reach_a_conviction():
    found = determination("MN", "mn-609a015-favorable", charge(**PUBLIC_PLACE_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_1_is_possible_when_outcome_unknown():
    found = determination("MN", "mn-609a015-favorable", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_mn_609a_015_1_applies_only_from_2025():
    found = determination(
        "MN", "mn-609a015-favorable", charge(disposition=Disposition.ACQUITTAL), as_of=date(2024, 6, 1)
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2025, 1, 1)


# § 609A.015, subd. 2: automatic sealing a year after diversion


def test_mn_609a_015_2_seals_diversion_a_year_after_it_ends():
    diversion = charge(
        disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR, disposition_date=date(2025, 5, 20)
    )
    found = determination("MN", "mn-609a015-diversion", diversion)
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 5, 20)


def test_mn_609a_015_2_dates_a_recent_diversion():
    diversion = charge(
        disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR, disposition_date=date(2026, 3, 2)
    )
    found = determination("MN", "mn-609a015-diversion", diversion)
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 3, 2)


def test_mn_609a_015_2_is_stopped_by_a_new_charge_within_the_year():
    diversion = charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2024, 1, 10))
    new_charge = charge(Category.QUALITY_OF_LIFE, Disposition.PENDING, offense_date=date(2024, 8, 1))
    found = determination("MN", "mn-609a015-diversion", diversion, new_charge)
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_2_is_possible_when_program_end_unknown():
    found = determination(
        "MN", "mn-609a015-diversion", charge(disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_mn_609a_015_2_leaves_out_a_felony_diversion():
    found = determination(
        "MN",
        "mn-609a015-diversion",
        charge(disposition=Disposition.DIVERSION_COMPLETED, level=Level.FELONY, disposition_date=date(2023, 3, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


# § 609A.015, subd. 3: Clean Slate for convictions


def test_mn_609a_015_3_clean_slate_seals_loitering_two_years_after_discharge():
    found = determination("MN", "mn-609a015-clean-slate", loitering())
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2025, 1, 1)  # the law's start, later than the 2-year wait


def test_mn_609a_015_3_clean_slate_dates_a_recent_misdemeanor():
    found = determination("MN", "mn-609a015-clean-slate", loitering(sentence_completed_date=date(2025, 6, 1)))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 6, 1)


def test_mn_609a_015_3_clean_slate_waits_three_years_for_a_gross_misdemeanor():
    found = determination(
        "MN", "mn-609a015-clean-slate", charge(offense="mn-ms-609.324-2", sentence_completed_date=date(2024, 2, 1))
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 2, 1)


def test_mn_609a_015_3_clean_slate_counts_a_repeatable_offense_as_gross_misdemeanor():
    found = determination(
        "MN",
        "mn-609a015-clean-slate",
        charge(Category.SOLICITATION, offense="mn-ms-609.324-3", sentence_completed_date=date(2025, 1, 10)),
    )
    assert found.eligible_on == date(2028, 1, 10)


def test_mn_609a_015_3_clean_slate_leaves_out_indecent_exposure():
    found = determination(
        "MN",
        "mn-609a015-clean-slate",
        charge(Category.LEWDNESS, level=Level.MISDEMEANOR, sentence_completed_date=date(2020, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_3_clean_slate_leaves_out_promoting_felony():
    found = determination(
        "MN",
        "mn-609a015-clean-slate",
        charge(Category.PROMOTING, offense="mn-ms-609.322-1a", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_3_clean_slate_is_stopped_by_a_conviction_during_the_wait():
    later_one = charge(Category.QUALITY_OF_LIFE, offense="mn-ms-609.72", disposition_date=date(2023, 5, 1))
    found = determination("MN", "mn-609a015-clean-slate", loitering(), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_3_clean_slate_ignores_a_petty_misdemeanor_during_the_wait():
    petty = charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION, disposition_date=date(2023, 5, 1))
    found = determination("MN", "mn-609a015-clean-slate", loitering(), petty)
    assert found.status is Status.AUTOMATIC


def test_mn_609a_015_3_clean_slate_waits_for_open_case_to_end():
    found = determination("MN", "mn-609a015-clean-slate", loitering(), person=clean_person(pending_case=Answer.YES))
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_015_3_clean_slate_is_possible_when_discharge_date_unknown():
    found = determination("MN", "mn-609a015-clean-slate", loitering(sentence_completed_date=None))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_mn_609a_015_3_clean_slate_asks_for_level_of_an_unnamed_charge():
    found = determination(
        "MN", "mn-609a015-clean-slate", charge(Category.QUALITY_OF_LIFE, sentence_completed_date=date(2015, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level", "charges[0].offense")


# § 609A.02, subd. 3(a)(1): petition for a case that ended in the person's favor


def test_mn_609a_02_3_a_1_petition_seals_acquittal():
    found = determination("MN", "mn-609a02-favorable", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE


def test_mn_609a_02_3_a_1_petition_does_not_reach_conviction():
    found = determination("MN", "mn-609a02-favorable", charge(**PUBLIC_PLACE_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_02_3_a_1_petition_is_possible_when_outcome_unknown():
    found = determination("MN", "mn-609a02-favorable", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


# § 609A.02, subd. 3(a)(3)-(5): petition for a conviction


def test_mn_609a_02_3_petition_seals_gross_misdemeanor_after_three_years():
    found = determination("MN", "mn-609a02-conviction", charge(**PUBLIC_PLACE_2019))
    assert found.status is Status.ELIGIBLE


def test_mn_609a_02_3_petition_dates_the_end_of_the_wait():
    found = determination(
        "MN",
        "mn-609a02-conviction",
        charge(offense="mn-ms-609.324-engaging", sentence_completed_date=date(2025, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_mn_609a_02_3_petition_waits_two_years_for_a_misdemeanor():
    found = determination("MN", "mn-609a02-conviction", loitering(sentence_completed_date=date(2025, 6, 1)))
    assert found.eligible_on == date(2027, 6, 1)


def test_mn_609a_02_3_b_petition_refuses_unlisted_felony():
    found = determination(
        "MN",
        "mn-609a02-conviction",
        charge(Category.PROMOTING, offense="mn-ms-609.322-1a", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mn_609a_02_3_petition_counts_the_years_before_filing_not_after_discharge():
    # State v. C.W.N., 906 N.W.2d 549 (Minn. App. 2018): "since discharge" means the years just before the petition.
    later_one = charge(Category.QUALITY_OF_LIFE, offense="mn-ms-609.72", disposition_date=date(2021, 5, 1))
    found = determination("MN", "mn-609a02-conviction", charge(**PUBLIC_PLACE_2019), later_one)
    assert found.status is Status.ELIGIBLE


def test_mn_609a_02_3_petition_waits_three_years_from_a_recent_conviction():
    later_one = charge(Category.QUALITY_OF_LIFE, offense="mn-ms-609.72", disposition_date=date(2025, 5, 1))
    found = determination("MN", "mn-609a02-conviction", charge(**PUBLIC_PLACE_2019), later_one)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 5, 1)


def test_mn_609a_02_3_b_petition_is_possible_for_a_felony_of_unknown_law():
    felony = charge(Category.QUALITY_OF_LIFE, level=Level.FELONY, sentence_completed_date=date(2015, 1, 1))
    found = determination("MN", "mn-609a02-conviction", felony)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_mn_609a_02_3_petition_is_possible_when_other_conviction_undated():
    other = charge(Category.QUALITY_OF_LIFE, offense="mn-ms-609.72")
    found = determination("MN", "mn-609a02-conviction", charge(**PUBLIC_PLACE_2019), other)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].disposition_date",)


def test_mn_has_no_trafficking_vacatur():
    assert not reaches("MN", "mn-vacatur-trafficking", charge(trafficking_nexus=Answer.YES))


def test_mn_609a_02_3_a_2_petition_seals_a_felony_diversion_after_a_year():
    found = determination(
        "MN",
        "mn-609a02-diversion",
        charge(disposition=Disposition.DIVERSION_COMPLETED, level=Level.FELONY, disposition_date=date(2023, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE


# Statute audit 2026-12-07: § 609A.02, subd. 3(a)(3)-(4) (State v. C.W.N.), § 609.02, subd. 4a, § 609A.015, subds. 2-3.


def test_mn_609a_02_3_a_3_petition_is_clear_on_the_day_two_years_pass_since_a_later_conviction():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 12, 7), level=Level.MISDEMEANOR),))
    found = determination("MN", "mn-609a02-conviction", loitering(), person=person, as_of=date(2026, 12, 7))
    assert found.status is Status.ELIGIBLE


def test_mn_609a_02_3_a_3_petition_waits_for_the_two_years_before_filing():
    person = clean_person(other_convictions=(OtherConviction(date=date(2024, 12, 7), level=Level.MISDEMEANOR),))
    found = determination("MN", "mn-609a02-conviction", loitering(), person=person, as_of=date(2026, 12, 6))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 7)


def test_mn_609_02_4a_petty_misdemeanor_does_not_count_against_the_petition():
    petty = OtherConviction(date=date(2026, 1, 1), level=Level.MISDEMEANOR, grade=Grade.PETTY_MISDEMEANOR)
    found = determination("MN", "mn-609a02-conviction", loitering(), person=clean_person(other_convictions=(petty,)))
    assert found.status is Status.ELIGIBLE


def test_mn_609a_015_3_clean_slate_ignores_a_listed_petty_misdemeanor_grade():
    petty = OtherConviction(date=date(2023, 5, 1), level=Level.MISDEMEANOR, grade=Grade.PETTY_MISDEMEANOR)
    found = determination("MN", "mn-609a015-clean-slate", loitering(), person=clean_person(other_convictions=(petty,)))
    assert found.status is Status.AUTOMATIC


def test_mn_609a_015_2_a_petty_misdemeanor_charge_does_not_stop_automatic_sealing():
    program = charge(
        Category.LOITERING_FOR_PROSTITUTION,
        Disposition.DIVERSION_COMPLETED,
        level=Level.MISDEMEANOR,
        disposition_date=date(2024, 1, 10),
    )
    petty = charge(
        Category.QUALITY_OF_LIFE,
        level=Level.MISDEMEANOR,
        grade=Grade.PETTY_MISDEMEANOR,
        offense_date=date(2024, 6, 1),
        disposition_date=date(2024, 7, 1),
    )
    found = determination("MN", "mn-609a015-diversion", program, petty)
    assert found.status is Status.AUTOMATIC
