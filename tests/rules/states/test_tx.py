"""Texas remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2018 = dict(
    offense="tx-pc-43.02",
    level=Level.MISDEMEANOR,
    disposition_date=date(2018, 5, 1),
    sentence_completed_date=date(2018, 11, 1),
)


def test_tx_gc_411_0728_seals_prostitution_conviction_of_trafficking_victim():
    found = determination(
        "TX", "tx-nondisclosure-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2018)
    )
    assert found.status is Status.ELIGIBLE
    assert not found.remedy.legal_defect


def test_tx_gc_411_0728_needs_trafficking_nexus():
    found = determination(
        "TX", "tx-nondisclosure-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0728_is_possible_when_trafficking_nexus_unsure():
    found = determination("TX", "tx-nondisclosure-trafficking", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_tx_gc_411_0728_does_not_reach_solicitation():
    assert not reaches(
        "TX", "tx-nondisclosure-trafficking", charge(Category.SOLICITATION, trafficking_nexus=Answer.YES)
    )


def test_tx_ccp_55_01_a_1_expunges_acquittal():
    found = determination("TX", "tx-expunction-acquittal", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE


def test_tx_ccp_55_01_a_1_does_not_expunge_conviction():
    found = determination("TX", "tx-expunction-acquittal", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55_01_a_1_is_possible_when_outcome_unknown():
    found = determination("TX", "tx-expunction-acquittal", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_tx_ccp_55a_052_expunges_uncharged_misdemeanor_arrest_after_a_year():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(disposition=Disposition.NO_CHARGES, level=Level.MISDEMEANOR, disposition_date=date(2026, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_tx_ccp_55a_052_waits_three_years_for_felony_arrest():
    found = determination(
        "TX",
        "tx-expunction-no-charges",
        charge(
            Category.SOLICITATION, Disposition.NO_CHARGES, offense="tx-pc-43.021", disposition_date=date(2024, 6, 1)
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 1)


def test_tx_ccp_55a_051_does_not_expunge_conviction():
    found = determination("TX", "tx-expunction-no-charges", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_ccp_55a_052_is_possible_when_level_unknown_and_wait_running():
    found = determination(
        "TX", "tx-expunction-no-charges", charge(disposition=Disposition.NO_CHARGES, disposition_date=date(2025, 6, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


DEFERRED_2020 = dict(
    disposition=Disposition.DIVERSION_COMPLETED,
    offense="tx-pc-43.02",
    level=Level.MISDEMEANOR,
    sentence_completed_date=date(2021, 2, 1),
)


def test_tx_gc_411_0725_seals_deferred_adjudication_for_prostitution_after_two_years():
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**DEFERRED_2020))
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_0725_dates_the_five_year_felony_wait():
    felony = dict(DEFERRED_2020, level=Level.FELONY, sentence_completed_date=date(2023, 4, 10))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(**felony))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 4, 10)


def test_tx_gc_411_074_b_bars_compelling_prostitution():
    barred = dict(DEFERRED_2020, offense="tx-pc-43.05", level=Level.FELONY, sentence_completed_date=date(2010, 1, 1))
    found = determination("TX", "tx-nondisclosure-deferred-adjudication", charge(Category.PROMOTING, **barred))
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0725_is_possible_when_discharge_date_unknown():
    found = determination(
        "TX", "tx-nondisclosure-deferred-adjudication", charge(**dict(DEFERRED_2020, sentence_completed_date=None))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_tx_gc_411_0735_seals_first_prostitution_conviction_after_two_years():
    found = determination("TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE


def test_tx_gc_411_0735_refuses_second_conviction():
    found = determination(
        "TX", "tx-nondisclosure-misdemeanor-conviction", charge(**PROSTITUTION_2018), charge(**PROSTITUTION_2018)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_refuses_felony_solicitation():
    found = determination(
        "TX",
        "tx-nondisclosure-misdemeanor-conviction",
        charge(Category.SOLICITATION, offense="tx-pc-43.021", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tx_gc_411_0735_is_possible_when_open_case_unknown():
    found = determination(
        "TX",
        "tx-nondisclosure-misdemeanor-conviction",
        charge(**PROSTITUTION_2018),
        person=clean_person(pending_case=Answer.UNSURE),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)
