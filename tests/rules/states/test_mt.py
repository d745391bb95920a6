"""Montana remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2015 = dict(
    offense="mt-mca-45-5-601",
    level=Level.MISDEMEANOR,
    disposition_date=date(2015, 4, 1),
    sentence_completed_date=date(2015, 10, 1),
)


def test_mt_mca_46_18_608_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("MT", "mt-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_mt_mca_46_18_608_reaches_promoting_prostitution():
    found = determination(
        "MT",
        "mt-vacatur-trafficking",
        charge(Category.PROMOTING, offense="mt-mca-45-5-602", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_608_does_not_reach_conviction_without_trafficking_nexus():
    found = determination("MT", "mt-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_mt_mca_46_18_608_is_possible_when_trafficking_nexus_is_unsure():
    found = determination("MT", "mt-vacatur-trafficking", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_mt_mca_46_18_608_leaves_other_offenses_open_as_possibly_violent():
    found = determination("MT", "mt-vacatur-trafficking", charge(Category.OTHER, trafficking_nexus=Answer.YES))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_mt_mca_46_18_608_does_not_reach_trafficking_charges():
    assert not reaches("MT", "mt-vacatur-trafficking", charge(Category.TRAFFICKING))


def test_mt_mca_46_18_1101_expunges_misdemeanor_after_five_clean_years():
    found = determination("MT", "mt-expungement-46-18-1101", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_1101_1_allows_a_petition_once_the_sentence_is_completed():
    # The five conviction-free years only make expungement presumed (subsection (2)).
    recent = dict(PROSTITUTION_2015, sentence_completed_date=date(2023, 2, 14))
    found = determination("MT", "mt-expungement-46-18-1101", charge(**recent))
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_1101_does_not_reach_felonies():
    found = determination(
        "MT",
        "mt-expungement-46-18-1101",
        charge(Category.PROMOTING, offense="mt-mca-45-5-602", sentence_completed_date=date(2010, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mt_mca_46_18_1101_2_b_pending_charge_only_removes_the_presumption():
    found = determination(
        "MT", "mt-expungement-46-18-1101", charge(**PROSTITUTION_2015), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_1101_is_possible_when_level_of_repeat_prostitution_unknown():
    found = determination(
        "MT",
        "mt-expungement-46-18-1101",
        charge(offense="mt-mca-45-5-601", disposition_date=date(2015, 4, 1), sentence_completed_date=date(2015, 10, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_mt_mca_46_18_204_makes_records_confidential_after_a_deferred_sentence():
    found = determination(
        "MT",
        "mt-dismissal-46-18-204",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2023, 1, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_608_vacates_a_felony_promotion_conviction():
    found = determination(
        "MT",
        "mt-vacatur-trafficking",
        charge(
            Category.PROMOTING,
            offense="mt-mca-45-5-602",
            disposition_date=date(2016, 4, 1),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_mt_mca_46_18_608_needs_a_conviction():
    found = determination(
        "MT",
        "mt-vacatur-trafficking",
        charge(disposition=Disposition.DISMISSAL, offense="mt-mca-45-5-601", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mt_mca_46_18_1101_1_dates_the_end_of_a_running_sentence():
    found = determination(
        "MT",
        "mt-expungement-46-18-1101",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="mt-mca-45-8-101",
            disposition_date=date(2026, 9, 1),
            sentence_completed_date=date(2027, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_mt_mca_46_18_204_does_not_reach_a_pretrial_diversion():
    found = determination(
        "MT",
        "mt-dismissal-46-18-204",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="mt-mca-45-5-601",
            diversion_kind=DiversionKind.PRETRIAL,
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE
