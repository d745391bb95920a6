"""Kansas remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

SELLING_2024 = dict(
    offense="ks-ksa-21-6419", disposition_date=date(2024, 2, 1), sentence_completed_date=date(2024, 8, 1)
)


def test_ks_ksa_21_6614_coercion_expunges_selling_conviction_one_year_after_sentence():
    found = determination("KS", "ks-expungement-coercion", charge(trafficking_nexus=Answer.YES, **SELLING_2024))
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_coercion_waits_one_year_after_the_sentence():
    recent = dict(offense="ks-ksa-21-6419", disposition_date=date(2026, 3, 1), sentence_completed_date=date(2026, 9, 1))
    found = determination("KS", "ks-expungement-coercion", charge(trafficking_nexus=Answer.YES, **recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 9, 1)


def test_ks_ksa_21_6614_coercion_needs_coercion():
    found = determination("KS", "ks-expungement-coercion", charge(trafficking_nexus=Answer.NO, **SELLING_2024))
    assert found.status is Status.NOT_ELIGIBLE


def test_ks_ksa_21_6614_coercion_is_possible_when_coercion_unsure():
    found = determination("KS", "ks-expungement-coercion", charge(**SELLING_2024))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].trafficking_nexus",)


def test_ks_ksa_21_6614_coercion_waits_two_years_after_a_felony():
    felony = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2026, 1, 15))
    found = determination("KS", "ks-expungement-coercion", charge(trafficking_nexus=Answer.YES, **SELLING_2024), felony)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 15)


def test_ks_ksa_21_6614_coercion_does_not_reach_buying():
    assert not reaches("KS", "ks-expungement-coercion", charge(Category.SOLICITATION))


def test_ks_ksa_21_6614_a_1_expunges_misdemeanor_three_years_after_sentence():
    found = determination("KS", "ks-expungement-21-6614", charge(**SELLING_2024))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 8, 1)


def test_ks_ksa_21_6614_a_b_felony_between_three_and_five_years_is_open_on_severity():
    """Severity levels 6-10 wait three years ((a)(1)), others five ((b)); the level is not asked."""
    found = determination(
        "KS",
        "ks-expungement-21-6614",
        charge(Category.PROMOTING, offense="ks-ksa-21-6420", sentence_completed_date=date(2022, 5, 5)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].grade",)


def test_ks_ksa_21_6614_b_felony_five_years_after_sentence_is_eligible():
    found = determination(
        "KS",
        "ks-expungement-21-6614",
        charge(Category.PROMOTING, offense="ks-ksa-21-6420", sentence_completed_date=date(2020, 5, 5)),
    )
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_leaves_open_a_pending_case_that_may_not_be_a_felony():
    found = determination(
        "KS", "ks-expungement-21-6614", charge(**SELLING_2024), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.pending_case",)


def test_ks_ksa_21_6614_is_possible_when_level_unknown():
    found = determination(
        "KS", "ks-expungement-21-6614", charge(Category.OTHER, sentence_completed_date=date(2023, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ks_ksa_21_6614_a_2_expunges_diversion_three_years_after_completion():
    found = determination(
        "KS",
        "ks-expungement-diversion",
        charge(disposition=Disposition.DIVERSION_COMPLETED, sentence_completed_date=date(2020, 3, 3)),
    )
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_a_2_does_not_reach_conviction():
    found = determination("KS", "ks-expungement-diversion", charge(**SELLING_2024))
    assert found.status is Status.NOT_ELIGIBLE


def test_ks_ksa_21_6614_a_2_is_possible_when_completion_date_unknown():
    found = determination("KS", "ks-expungement-diversion", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ks_ksa_22_2410_expunges_dismissed_arrest():
    found = determination("KS", "ks-expungement-arrest", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.discretionary


def test_ks_ksa_22_2410_does_not_reach_conviction():
    found = determination("KS", "ks-expungement-arrest", charge(**SELLING_2024))
    assert found.status is Status.NOT_ELIGIBLE


def test_ks_ksa_22_2410_is_possible_when_outcome_unknown():
    found = determination("KS", "ks-expungement-arrest", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ks_ksa_21_6614_a_1_serving_a_sentence_in_another_case_does_not_bar_it():
    """(a)(1) counts from the day "the person ... satisfied the sentence imposed" for this conviction; it sets no
    bar for a sentence being served in another case."""
    old = dict(offense="ks-ksa-21-6419", disposition_date=date(2019, 1, 10), sentence_completed_date=date(2020, 1, 10))
    found = determination("KS", "ks-expungement-21-6614", charge(**old), person=clean_person(under_sentence=Answer.YES))
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_c_felony_before_three_years_is_open_only_from_the_three_year_date():
    found = determination(
        "KS",
        "ks-expungement-21-6614",
        charge(Category.PROMOTING, offense="ks-ksa-21-6420", sentence_completed_date=date(2025, 6, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.eligible_on == date(2028, 6, 1)
    assert found.open_questions == ("charges[0].grade",)


def test_ks_ksa_21_6614_c_felony_five_years_to_the_day_after_sentence_is_eligible():
    found = determination(
        "KS",
        "ks-expungement-21-6614",
        charge(Category.PROMOTING, offense="ks-ksa-21-6420", sentence_completed_date=date(2021, 11, 25)),
    )
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_b_coercion_diversion_one_year_to_the_day_after_fulfilment():
    found = determination(
        "KS",
        "ks-expungement-coercion",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="ks-ksa-21-6419",
            sentence_completed_date=date(2025, 11, 25),
            trafficking_nexus=Answer.YES,
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ks_ksa_21_6614_b_coercion_does_not_reach_promoting():
    assert not reaches("KS", "ks-expungement-coercion", charge(Category.PROMOTING, offense="ks-ksa-21-6420"))


def test_ks_ksa_22_2410_pending_case_does_not_bar_arrest_expungement():
    """22-2410 lists four findings (mistaken identity, no probable cause, not guilty, interests of justice with
    charges dismissed); none is about another pending case."""
    found = determination(
        "KS",
        "ks-expungement-arrest",
        charge(disposition=Disposition.DISMISSAL),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE
