"""Colorado remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2016 = dict(
    offense="co-crs-18-7-201",
    level=Level.MISDEMEANOR,
    disposition_date=date(2016, 2, 1),
    sentence_completed_date=date(2016, 8, 1),
)


def test_co_crs_18_1_410_7_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_co_crs_18_1_410_7_needs_trafficking_nexus():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_18_1_410_7_leaves_pimping_open_on_victim_rights_list():
    found = determination(
        "CO",
        "co-vacatur-18-1-410-7",
        charge(Category.PROMOTING, offense="co-crs-18-7-206", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_co_crs_18_1_410_7_is_possible_when_nexus_unsure():
    found = determination("CO", "co-vacatur-18-1-410-7", charge(**PROSTITUTION_2016))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_co_crs_24_72_707_seals_dismissed_prostitution_charge_of_survivor():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(disposition=Disposition.DISMISSAL, offense="co-crs-18-7-201", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_co_crs_24_72_707_does_not_seal_felony_conviction():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_707_is_possible_when_level_unknown():
    found = determination(
        "CO",
        "co-sealing-24-72-707",
        charge(Category.SOLICITATION, offense="co-crs-18-7-202", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_co_crs_24_72_705_seals_acquittal_automatically():
    found = determination("CO", "co-sealing-24-72-705", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_co_crs_24_72_705_does_not_seal_conviction():
    found = determination("CO", "co-sealing-24-72-705", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_705_is_possible_when_outcome_unknown():
    found = determination("CO", "co-sealing-24-72-705", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_co_crs_24_72_706_seals_misdemeanor_after_wait():
    found = determination("CO", "co-sealing-24-72-706", charge(**PROSTITUTION_2016))
    assert found.status is Status.ELIGIBLE


def test_co_crs_24_72_706_dates_the_misdemeanor_wait():
    found = determination(
        "CO",
        "co-sealing-24-72-706",
        charge(offense="co-crs-18-7-201", level=Level.MISDEMEANOR, sentence_completed_date=date(2025, 4, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 4, 1)


def test_co_crs_24_72_706_refuses_after_later_conviction():
    later_one = charge(offense="co-crs-18-7-201", level=Level.MISDEMEANOR, disposition_date=date(2017, 1, 1))
    found = determination("CO", "co-sealing-24-72-706", charge(**PROSTITUTION_2016), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_co_crs_24_72_706_is_possible_when_sentence_end_unknown():
    found = determination("CO", "co-sealing-24-72-706", charge(offense="co-crs-18-7-201", level=Level.MISDEMEANOR))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_co_clean_slate_seals_old_misdemeanor_automatically():
    found = determination("CO", "co-clean-slate", charge(**PROSTITUTION_2016))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 7, 1)


def test_co_clean_slate_waits_for_open_case():
    found = determination(
        "CO", "co-clean-slate", charge(**PROSTITUTION_2016), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_co_clean_slate_is_possible_when_open_case_unknown():
    found = determination(
        "CO", "co-clean-slate", charge(**PROSTITUTION_2016), person=clean_person(pending_case=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)
