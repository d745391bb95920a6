"""Rhode Island remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Charge, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="ri-gl-11-34.1-2", disposition_date=date(2015, 3, 2), sentence_completed_date=date(2015, 9, 2)
)


def misdemeanor(year: int) -> Charge:
    return charge(
        Category.QUALITY_OF_LIFE,
        offense="ri-gl-11-45-1",
        disposition_date=date(year, 1, 10),
        sentence_completed_date=date(year, 6, 10),
    )


# Vacatur for trafficking survivors (ch. 11-67.1, P.L. 2017, ch. 260)


def test_ri_ch_11_67_1_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("RI", "ri-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_ri_ch_11_67_1_vacatur_covers_loitering_for_indecent_purposes():
    found = determination(
        "RI",
        "ri-vacatur-trafficking",
        charge(Category.LOITERING_FOR_PROSTITUTION, offense="ri-gl-11-34.1-4", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_ri_ch_11_67_1_vacatur_needs_trafficking_nexus():
    found = determination("RI", "ri-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_ch_11_67_1_vacatur_does_not_cover_the_buyers_offense():
    found = determination(
        "RI",
        "ri-vacatur-trafficking",
        charge(Category.SOLICITATION, offense="ri-gl-11-34.1-3", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_ch_11_67_1_vacatur_is_possible_when_trafficking_nexus_unsure():
    found = determination("RI", "ri-vacatur-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ri_ch_11_67_1_vacatur_does_not_reach_quality_of_life_charges():
    assert not reaches("RI", "ri-vacatur-trafficking", charge(Category.QUALITY_OF_LIFE))


# § 11-34.1-5: expungement one year after the sentence


def test_ri_gl_11_34_1_5_expunges_prostitution_conviction_after_one_year():
    first, second = charge(**PROSTITUTION_2015), charge(**PROSTITUTION_2015)
    found = determination("RI", "ri-expungement-11-34-1-5", first, second)
    assert found.status is Status.ELIGIBLE  # no first-offender requirement


def test_ri_gl_11_34_1_5_dates_the_end_of_the_one_year_wait():
    found = determination(
        "RI",
        "ri-expungement-11-34-1-5",
        charge(offense="ri-gl-11-34.1-2", sentence_completed_date=date(2026, 5, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 5, 1)


def test_ri_gl_11_34_1_5_does_not_cover_procurement_by_a_buyer():
    found = determination(
        "RI",
        "ri-expungement-11-34-1-5",
        charge(Category.SOLICITATION, offense="ri-gl-11-34.1-3", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_gl_11_34_1_5_is_possible_when_sentence_end_unknown():
    found = determination("RI", "ri-expungement-11-34-1-5", charge(offense="ri-gl-11-34.1-2"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


# §§ 12-1.3-2(a), (c)-(d): first-offender expungement


def test_ri_gl_12_1_3_2_expunges_single_misdemeanor_after_five_years():
    found = determination("RI", "ri-expungement-first-offender", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_3_2_dates_five_years_after_the_sentence():
    found = determination(
        "RI",
        "ri-expungement-first-offender",
        charge(offense="ri-gl-11-34.1-2", sentence_completed_date=date(2023, 2, 14)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 14)


def test_ri_gl_12_1_3_2_is_only_for_first_offenders():
    found = determination("RI", "ri-expungement-first-offender", charge(**PROSTITUTION_2015), misdemeanor(2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_gl_12_1_3_2_is_possible_when_open_case_unknown():
    found = determination(
        "RI",
        "ri-expungement-first-offender",
        charge(**PROSTITUTION_2015),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


# § 12-1.3-2(b): two to five misdemeanors


def test_ri_gl_12_1_3_2_b_expunges_several_misdemeanors_ten_years_after_the_last_sentence():
    found = determination("RI", "ri-expungement-multiple-misdemeanors", charge(**PROSTITUTION_2015), misdemeanor(2014))
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_3_2_b_is_not_yet_open_the_day_before_ten_years():
    found = determination(
        "RI", "ri-expungement-multiple-misdemeanors", misdemeanor(2010), misdemeanor(2016), as_of=date(2026, 6, 9)
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 6, 10)


def test_ri_gl_12_1_3_2_b_waits_for_the_latest_sentence():
    found = determination("RI", "ri-expungement-multiple-misdemeanors", misdemeanor(2010), misdemeanor(2020))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2030, 6, 10)


def test_ri_gl_12_1_3_2_b_refuses_anyone_with_a_felony():
    felony = charge(Category.PROMOTING, level=Level.FELONY, sentence_completed_date=date(2010, 1, 1))
    found = determination("RI", "ri-expungement-multiple-misdemeanors", misdemeanor(2010), felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_gl_12_1_3_2_b_needs_more_than_one_conviction():
    found = determination("RI", "ri-expungement-multiple-misdemeanors", misdemeanor(2010))
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_gl_12_1_3_2_b_is_possible_when_a_sentence_end_is_unknown():
    undated = charge(Category.QUALITY_OF_LIFE, offense="ri-gl-11-45-1")
    found = determination("RI", "ri-expungement-multiple-misdemeanors", misdemeanor(2010), undated)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].sentence_completed_date",)


# § 12-1-12.1: sealing of cases that ended without a conviction


def test_ri_gl_12_1_12_1_seals_a_dismissed_case():
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_12_1_does_not_seal_a_conviction():
    found = determination("RI", "ri-sealing-12-1-12-1", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_ri_gl_12_1_12_1_seals_a_dismissal_for_someone_with_a_felony_since_the_2021_deletion_of_12_1_12_a_2():
    felony = charge(Category.PROMOTING, level=Level.FELONY)
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.DISMISSAL), felony)
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_12_1_seals_an_acquittal_after_a_felony():
    felony = charge(Category.PROMOTING, level=Level.FELONY)
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.ACQUITTAL), felony)
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_12_1_ignores_the_level_of_another_conviction():
    other = charge(Category.OTHER)
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.DISMISSAL), other)
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_12_1_is_open_when_the_outcome_is_unknown():
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE


# § 12-1.3-2 (deferred sentences, P.L. 2016, ch. 202 and 204) and § 12-19-19(c)


def test_ri_gl_12_1_3_2_expunges_a_completed_deferred_sentence():
    deferred = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2026, 6, 1),
    )
    found = determination("RI", "ri-expungement-deferred-sentence", deferred)
    assert found.status is Status.ELIGIBLE


def test_ri_gl_12_1_12_1_seals_a_completed_pretrial_diversion():
    diverted = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.PRETRIAL,
        disposition_date=date(2026, 6, 1),
    )
    assert determination("RI", "ri-sealing-12-1-12-1", diverted).status is Status.ELIGIBLE
    assert determination("RI", "ri-expungement-deferred-sentence", diverted).status is Status.NOT_ELIGIBLE


# § 12-1-12(b) and § 12-10-12(a): a complaint placed on file, once the filing period has ended


def test_ri_gl_12_1_12_b_leaves_a_completed_plea_based_misdemeanor_term_open():
    filed = charge(
        offense="ri-gl-11-34.1-2",
        level=Level.MISDEMEANOR,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2025, 6, 1),
    )
    found = determination("RI", "ri-sealing-12-1-12-1", filed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_ri_gl_12_10_12_a_no_filing_of_a_felony_so_no_sealing_of_its_deferred_sentence():
    deferred_felony = charge(
        Category.PROMOTING,
        level=Level.FELONY,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2025, 6, 1),
    )
    assert determination("RI", "ri-sealing-12-1-12-1", deferred_felony).status is Status.NOT_ELIGIBLE


def test_ri_gl_12_1_12_b_asks_the_level_of_a_completed_plea_based_term():
    unknown_level = charge(
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2025, 6, 1),
    )
    found = determination("RI", "ri-sealing-12-1-12-1", unknown_level)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_ri_gl_12_1_12_1_asks_what_kind_of_program_was_completed():
    found = determination(
        "RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.DIVERSION_COMPLETED, level=Level.MISDEMEANOR)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_ri_gl_12_1_12_1_seals_a_case_with_no_information_filed():
    assert determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.NO_CHARGES)).status is (
        Status.ELIGIBLE
    )


def test_ri_gl_12_1_12_1_does_not_seal_a_pending_case():
    found = determination("RI", "ri-sealing-12-1-12-1", charge(disposition=Disposition.PENDING))
    assert found.status is Status.NOT_ELIGIBLE
