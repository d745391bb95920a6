"""North Dakota remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2020 = dict(
    offense="nd-ndcc-12.1-29-03", disposition_date=date(2020, 2, 3), sentence_completed_date=date(2021, 2, 3)
)
PROSTITUTION_2025 = dict(
    offense="nd-ndcc-12.1-29-03", disposition_date=date(2025, 6, 2), sentence_completed_date=date(2025, 9, 2)
)


def test_nd_cc_12_1_41_14_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("ND", "nd-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2025))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_nd_cc_12_1_41_14_3_leaves_a_conviction_over_two_years_old_open():
    """§ 12.1-41-14(3) makes ch. 29-32.1 govern the motion; § 29-32.1-01(2) has a two-year limit."""
    found = determination("ND", "nd-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_nd_cc_12_1_41_14_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("ND", "nd-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_nd_cc_12_1_41_14_does_not_reach_a_dismissal():
    found = determination(
        "ND", "nd-vacatur-trafficking", charge(disposition=Disposition.DISMISSAL, trafficking_nexus=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nd_cc_12_1_41_14_is_only_possible_when_trafficking_nexus_is_unsure():
    found = determination("ND", "nd-vacatur-trafficking", charge(**PROSTITUTION_2020))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_nd_cc_12_1_41_14_1_does_not_reach_disorderly_conduct():
    found = determination(
        "ND",
        "nd-vacatur-trafficking",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="nd-ndcc-12.1-31-01",
            disposition_date=date(2025, 6, 2),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nd_cc_12_1_41_14_1_leaves_an_other_charge_open_since_theft_and_drug_offenses_are_listed():
    found = determination(
        "ND",
        "nd-vacatur-trafficking",
        charge(Category.OTHER, disposition_date=date(2025, 6, 2), trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_nd_cc_12_60_1_02_seals_misdemeanor_three_years_after_conviction():
    found = determination("ND", "nd-sealing-12-60-1", charge(**PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_nd_cc_12_60_1_02_felony_less_than_five_years_after_conviction_is_open():
    found = determination(
        "ND",
        "nd-sealing-12-60-1",
        charge(
            Category.PROMOTING,
            offense="nd-ndcc-12.1-29-02",
            disposition_date=date(2023, 6, 30),
            sentence_completed_date=date(2024, 6, 30),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_nd_cc_12_60_1_02_a_conviction_in_the_three_years_before_filing_delays_sealing():
    recent = charge(
        Category.QUALITY_OF_LIFE,
        level=Level.MISDEMEANOR,
        disposition_date=date(2025, 3, 1),
        sentence_completed_date=date(2025, 3, 1),
    )
    found = determination("ND", "nd-sealing-12-60-1", charge(**PROSTITUTION_2020), recent)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_nd_cc_12_60_1_02_an_older_other_conviction_does_not_bar_sealing():
    older = charge(
        offense="nd-ndcc-12.1-29-03", disposition_date=date(2022, 1, 10), sentence_completed_date=date(2022, 1, 10)
    )
    found = determination("ND", "nd-sealing-12-60-1", charge(**PROSTITUTION_2020), older)
    assert found.status is Status.ELIGIBLE


def test_nd_cc_12_60_1_04_1_c_waits_for_the_sentence_to_end():
    on_probation = dict(
        offense="nd-ndcc-12.1-29-03", disposition_date=date(2020, 2, 3), sentence_completed_date=date(2027, 2, 3)
    )
    found = determination("ND", "nd-sealing-12-60-1", charge(**on_probation))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 3)


def test_nd_cc_12_60_1_02_does_not_cover_an_infraction():
    found = determination(
        "ND",
        "nd-sealing-12-60-1",
        charge(Category.QUALITY_OF_LIFE, level=Level.VIOLATION, sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_nd_cc_12_60_1_02_is_possible_when_level_unknown_and_wait_short():
    found = determination(
        "ND",
        "nd-sealing-12-60-1",
        charge(Category.LEWDNESS, offense="nd-ndcc-12.1-20-12.1", sentence_completed_date=date(2022, 9, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_nd_cc_12_60_1_02_does_not_bar_a_petition_while_a_charge_is_pending():
    # § 12-60.1-03(2)(d)(1): pending charges are listed in the petition and weighed, not a bar to filing.
    for answer in (Answer.YES, Answer.UNSURE):
        found = determination(
            "ND", "nd-sealing-12-60-1", charge(**PROSTITUTION_2020), person=clean_person(pending_case=answer)
        )
        assert "person.pending_case" not in found.open_questions
        assert found.status is not Status.NOT_ELIGIBLE


def test_nd_cc_12_60_1_does_not_reach_trafficking_convictions():
    assert not reaches("ND", "nd-sealing-12-60-1", charge(Category.TRAFFICKING))


def test_nd_cc_12_60_1_05_closes_dismissal_from_august_2025_automatically():
    found = determination(
        "ND",
        "nd-closing-non-conviction-automatic",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2025, 9, 10)),
    )
    assert found.status is Status.AUTOMATIC


def test_nd_cc_12_60_1_05_older_acquittal_needs_a_petition():
    older = charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2019, 5, 1))
    assert determination("ND", "nd-closing-non-conviction-petition", older).status is Status.ELIGIBLE
    assert determination("ND", "nd-closing-non-conviction-automatic", older).status is Status.NOT_ELIGIBLE


def test_nd_12_60_1_05_leaves_a_completed_diversion_open_instead_of_no_remedy():
    found = determination(
        "ND",
        "nd-closing-non-conviction-automatic",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2026, 3, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].disposition" in found.open_questions
