"""California remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2019 = dict(
    offense="ca-pc-647b1", disposition_date=date(2019, 3, 4), sentence_completed_date=date(2020, 3, 4)
)
LOITERING_2018 = dict(
    offense="ca-pc-653.22", disposition_date=date(2018, 8, 1), sentence_completed_date=date(2018, 8, 1)
)


def test_ca_pc_236_14_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("CA", "ca-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_ca_pc_236_14_also_reaches_an_arrest_without_charges():
    found = determination(
        "CA", "ca-vacatur-trafficking", charge(disposition=Disposition.NO_CHARGES, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.ELIGIBLE


def test_ca_pc_236_14_does_not_reach_conviction_without_trafficking():
    found = determination("CA", "ca-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_236_14_does_not_reach_a_case_still_open():
    found = determination(
        "CA", "ca-vacatur-trafficking", charge(disposition=Disposition.PENDING, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_236_14_is_possible_when_trafficking_unsure():
    found = determination("CA", "ca-vacatur-trafficking", charge(**PROSTITUTION_2019))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ca_pc_653_29_dismisses_and_seals_loitering_conviction():
    found = determination("CA", "ca-dismiss-seal-653-22", charge(Category.LOITERING_FOR_PROSTITUTION, **LOITERING_2018))
    assert found.status is Status.ELIGIBLE


def test_ca_pc_653_29_was_not_available_before_2023():
    found = determination(
        "CA",
        "ca-dismiss-seal-653-22",
        charge(Category.LOITERING_FOR_PROSTITUTION, **LOITERING_2018),
        as_of=date(2022, 6, 1),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2023, 1, 1)


def test_ca_pc_653_29_does_not_reach_a_dismissed_loitering_charge():
    found = determination(
        "CA", "ca-dismiss-seal-653-22", charge(Category.LOITERING_FOR_PROSTITUTION, disposition=Disposition.DISMISSAL)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_653_29_is_possible_when_outcome_unknown():
    found = determination(
        "CA", "ca-dismiss-seal-653-22", charge(Category.LOITERING_FOR_PROSTITUTION, disposition=Disposition.UNKNOWN)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ca_pc_1170_22_vacates_former_felony_prostitution():
    found = determination("CA", "ca-vacate-felony-prostitution", charge(offense="ca-pc-647f"))
    assert found.status is Status.ELIGIBLE


def test_ca_pc_1170_22_does_not_reach_misdemeanor_prostitution():
    found = determination("CA", "ca-vacate-felony-prostitution", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_1170_22_is_possible_when_the_prostitution_law_is_unknown():
    found = determination("CA", "ca-vacate-felony-prostitution", charge())
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ca_pc_1203_4_dismisses_conviction_after_sentence():
    found = determination("CA", "ca-dismissal-1203-4", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_ca_pc_1203_4a_waits_one_year_from_judgment():
    recent = charge(
        offense="ca-pc-647b1", disposition_date=date(2026, 2, 10), sentence_completed_date=date(2026, 2, 10)
    )
    found = determination("CA", "ca-dismissal-1203-4", recent)
    assert found.status is Status.ELIGIBLE_LATER
    # "after the lapse of one year from the date of pronouncement of judgment": the day after the anniversary.
    assert found.eligible_on == date(2027, 2, 11)


def test_ca_pc_1203_4_refuses_while_on_probation_for_another_offense():
    found = determination(
        "CA", "ca-dismissal-1203-4", charge(**PROSTITUTION_2019), person=clean_person(under_sentence=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_1203_4_is_possible_when_sentence_end_unknown():
    found = determination("CA", "ca-dismissal-1203-4", charge(offense="ca-pc-647b1", disposition_date=date(2019, 3, 4)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ca_pc_1203_425_grants_automatic_relief_once_a_misdemeanor_sentence_and_a_year_have_passed():
    found = determination("CA", "ca-automatic-conviction-relief", charge(**PROSTITUTION_2019))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2022, 7, 1)


def test_ca_pc_1203_425_felony_within_four_years_turns_on_probation():
    # (I) probation completed without revocation: no wait; (III) without probation: four years after the sentence.
    found = determination(
        "CA",
        "ca-automatic-conviction-relief",
        charge(
            Category.PROMOTING,
            offense="ca-pc-266h",
            disposition_date=date(2023, 1, 5),
            sentence_completed_date=date(2024, 1, 5),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ca_pc_1203_425_does_not_reach_convictions_before_1973():
    found = determination(
        "CA",
        "ca-automatic-conviction-relief",
        charge(offense="ca-pc-647b1", disposition_date=date(1970, 1, 1), sentence_completed_date=date(1970, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_1203_425_is_possible_when_open_case_unknown():
    found = determination(
        "CA",
        "ca-automatic-conviction-relief",
        charge(**PROSTITUTION_2019),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ca_pc_851_93_relieves_old_arrest_without_charges():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR, offense_date=date(2020, 5, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2022, 7, 1)


def test_ca_pc_851_93_does_not_reach_a_conviction():
    found = determination("CA", "ca-automatic-arrest-relief", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_851_93_is_possible_when_arrest_date_unknown():
    found = determination(
        "CA", "ca-automatic-arrest-relief", charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)


def test_ca_remedies_do_not_treat_trafficking_charges_as_relief_paths():
    assert not reaches("CA", "ca-dismissal-1203-4", charge(Category.TRAFFICKING))


def test_ca_pc_851_93_a_2_a_relieves_dismissed_misdemeanor_without_a_wait():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(
            disposition=Disposition.DISMISSAL,
            offense="ca-pc-647b1",
            offense_date=date(2026, 8, 1),
            disposition_date=date(2026, 10, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 10, 1)


def test_ca_pc_851_93_a_2_b_relieves_acquittal_without_a_wait():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(
            disposition=Disposition.ACQUITTAL,
            offense="ca-pc-647b1",
            offense_date=date(2026, 8, 1),
            disposition_date=date(2026, 10, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 10, 1)


def test_ca_pc_1203_4_a_1_allows_petition_after_probation_ended_early():
    found = determination(
        "CA",
        "ca-dismissal-1203-4",
        charge(offense="ca-pc-647b1", disposition_date=date(2026, 3, 1), sentence_completed_date=date(2026, 9, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ca_pc_851_93_gives_no_automatic_relief_to_a_dismissed_felony_charge():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(
            category=Category.PROMOTING,
            offense="ca-pc-266h",
            level=Level.FELONY,
            disposition=Disposition.DISMISSAL,
            offense_date=date(2019, 1, 10),
            disposition_date=date(2019, 9, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_851_91_seals_a_dismissed_felony_once_the_time_to_prosecute_has_run():
    found = determination(
        "CA",
        "ca-arrest-sealing-851-91",
        charge(
            category=Category.PROMOTING,
            offense="ca-pc-266h",
            level=Level.FELONY,
            disposition=Disposition.DISMISSAL,
            offense_date=date(2024, 3, 15),
            disposition_date=date(2025, 2, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 15)


def test_ca_pc_851_91_does_not_seal_a_conviction():
    found = determination("CA", "ca-arrest-sealing-851-91", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_1203_425_new_felony_inside_the_four_years_leaves_only_the_probation_route():
    found = determination(
        "CA",
        "ca-automatic-conviction-relief",
        charge(
            category=Category.PROMOTING,
            offense="ca-pc-266h",
            level=Level.FELONY,
            disposition_date=date(2018, 1, 10),
            sentence_completed_date=date(2021, 1, 10),
        ),
        person=clean_person(other_convictions=(OtherConviction(date=date(2023, 5, 1), level=Level.FELONY),)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ca_pc_851_93_starts_with_arrests_from_1973():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(
            disposition=Disposition.DISMISSAL,
            offense="ca-pc-647b1",
            offense_date=date(1971, 6, 1),
            disposition_date=date(1971, 9, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_851_93_c_ii_waits_six_years_after_an_uncharged_trafficking_arrest():
    found = determination(
        "CA",
        "ca-automatic-arrest-relief",
        charge(
            Category.TRAFFICKING,
            offense="ca-pc-236.1",
            disposition=Disposition.NO_CHARGES,
            offense_date=date(2022, 12, 7),
        ),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 12, 7)


def test_ca_pc_236_14_a_leaves_a_trafficking_conviction_open_on_a_life_term():
    found = determination(
        "CA",
        "ca-vacatur-trafficking",
        charge(Category.TRAFFICKING, offense="ca-pc-236.1", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ca_pc_236_14_a_reaches_a_misdemeanor_of_unnamed_law_but_not_without_the_link():
    misdemeanor = dict(level=Level.MISDEMEANOR, disposition_date=date(2018, 3, 1))
    found = determination(
        "CA", "ca-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.YES, **misdemeanor)
    )
    assert found.status is Status.ELIGIBLE
    found = determination(
        "CA", "ca-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.NO, **misdemeanor)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ca_pc_236_14_a_asks_the_level_of_a_charge_of_unnamed_law():
    found = determination("CA", "ca-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)
