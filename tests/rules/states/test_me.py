"""Maine remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2019 = dict(
    offense="me-pl-853-a", disposition_date=date(2019, 4, 2), sentence_completed_date=date(2019, 4, 2)
)


def test_me_15_mrs_2262_a_seals_prostitution_conviction_one_year_after_sentence():
    found = determination("ME", "me-sealing-2262-a", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_me_15_mrs_2262_a_dates_the_one_year_wait():
    found = determination(
        "ME",
        "me-sealing-2262-a",
        charge(offense="me-pl-853-a", disposition_date=date(2023, 5, 1), sentence_completed_date=date(2026, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_me_15_mrs_2262_a_refuses_with_sex_trafficking_conviction():
    other = charge(Category.PROMOTING, offense="me-pl-853", disposition_date=date(2015, 1, 1))
    found = determination("ME", "me-sealing-2262-a", charge(**PROSTITUTION_2019), other)
    assert found.status is Status.NOT_ELIGIBLE


def test_me_15_mrs_2262_a_is_possible_when_other_conviction_law_unknown():
    other = charge(Category.SOLICITATION, disposition_date=date(2015, 1, 1))
    found = determination("ME", "me-sealing-2262-a", charge(**PROSTITUTION_2019), other)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].offense",)


def test_me_15_mrs_2262_seals_class_e_disorderly_conduct_after_four_years():
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(Category.QUALITY_OF_LIFE, offense="me-pl-501-a", sentence_completed_date=date(2020, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_me_15_mrs_2262_dates_the_four_year_wait():
    found = determination(
        "ME", "me-sealing-2262", charge(offense="me-pl-853-a", sentence_completed_date=date(2024, 1, 10))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_me_15_mrs_2262_does_not_seal_class_c_or_d_sex_trafficking():
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(Category.PROMOTING, offense="me-pl-853", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_me_15_mrs_2262_is_possible_when_class_of_solicitation_unknown():
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(Category.SOLICITATION, offense="me-pl-853-b", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_me_15_mrs_2262_waits_for_open_case():
    found = determination(
        "ME", "me-sealing-2262", charge(**PROSTITUTION_2019), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_me_15_mrs_2262_does_not_reach_trafficking_charges():
    assert not reaches("ME", "me-sealing-2262", charge(Category.TRAFFICKING))


def test_me_16_mrs_703_keeps_dismissed_case_confidential():
    found = determination("ME", "me-confidential-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.AUTOMATIC


def test_me_16_mrs_703_does_not_reach_a_conviction():
    found = determination("ME", "me-confidential-non-conviction", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_me_16_mrs_703_is_possible_when_outcome_unknown():
    found = determination("ME", "me-confidential-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_me_pardon_petition_five_years_after_sentence():
    found = determination(
        "ME", "me-pardon", charge(Category.PROMOTING, offense="me-pl-853", sentence_completed_date=date(2018, 2, 1))
    )
    assert found.status is Status.ELIGIBLE


def test_me_pardon_dates_the_five_year_wait():
    found = determination(
        "ME", "me-pardon", charge(**{**PROSTITUTION_2019, "sentence_completed_date": date(2023, 7, 4)})
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 7, 4)


def test_me_pardon_needs_a_conviction():
    found = determination("ME", "me-pardon", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_me_pardon_is_possible_when_sentence_end_unknown():
    found = determination("ME", "me-pardon", charge(offense="me-pl-853-a"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_me_15_mrs_2262_3_conviction_while_the_sentence_ran_does_not_bar_sealing():
    during = charge(Category.OTHER, disposition_date=date(2015, 6, 1))
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="me-pl-501-a",
            disposition_date=date(2015, 1, 10),
            sentence_completed_date=date(2016, 2, 10),
        ),
        during,
    )
    assert found.status is Status.ELIGIBLE


def test_me_15_mrs_2262_3_felony_conviction_after_the_sentence_bars_sealing():
    after = charge(Category.OTHER, level=Level.FELONY, disposition_date=date(2019, 6, 1))
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="me-pl-501-a",
            disposition_date=date(2015, 1, 10),
            sentence_completed_date=date(2016, 2, 10),
        ),
        after,
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_me_15_mrs_2262_3_later_class_e_conviction_moves_the_test_to_its_sentence_end():
    """(3): no conviction since the sentence for "the person's most recent eligible criminal conviction"."""
    later_class_e = charge(
        Category.QUALITY_OF_LIFE,
        offense="me-pl-501-a",
        disposition_date=date(2019, 6, 1),
        sentence_completed_date=date(2019, 6, 1),
    )
    found = determination(
        "ME",
        "me-sealing-2262",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="me-pl-501-a",
            disposition_date=date(2015, 1, 10),
            sentence_completed_date=date(2016, 2, 10),
        ),
        later_class_e,
    )
    assert found.status is Status.ELIGIBLE


CLASS_E_DISORDERLY = charge(
    Category.QUALITY_OF_LIFE,
    offense="me-pl-501-a",
    disposition_date=date(2015, 6, 1),
    sentence_completed_date=date(2015, 12, 1),
)


def test_me_15_mrs_2262_3_refuses_after_a_deferred_disposition_dismissal_since_the_sentence():
    deferred = charge(
        Category.QUALITY_OF_LIFE,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2019, 4, 1),
    )
    found = determination("ME", "me-sealing-2262", CLASS_E_DISORDERLY, deferred)
    assert found.status is Status.NOT_ELIGIBLE


def test_me_15_mrs_2262_3_ignores_a_deferred_disposition_before_the_sentence_ended():
    deferred = charge(
        Category.QUALITY_OF_LIFE,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
        disposition_date=date(2015, 9, 1),
    )
    found = determination("ME", "me-sealing-2262", CLASS_E_DISORDERLY, deferred)
    assert found.status is Status.ELIGIBLE


def test_me_15_mrs_2262_3_leaves_a_program_of_unknown_kind_open():
    program = charge(Category.OTHER, disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2019, 4, 1))
    found = determination("ME", "me-sealing-2262", CLASS_E_DISORDERLY, program)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].diversion_kind",)
