"""Iowa remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2016 = dict(
    offense="ia-code-725.1", disposition_date=date(2016, 5, 20), sentence_completed_date=date(2017, 5, 20)
)


def test_ia_code_901c_2_expunges_dismissal_after_180_days():
    found = determination(
        "IA", "ia-expungement-901c-2", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 8, 31))
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 2, 27)  # 180 days after the dismissal


def test_ia_code_901c_2_does_not_reach_conviction():
    found = determination("IA", "ia-expungement-901c-2", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_901c_2_is_possible_when_dismissal_date_unknown():
    found = determination("IA", "ia-expungement-901c-2", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ia_code_907_9_expunges_completed_deferred_judgment_automatically():
    found = determination(
        "IA",
        "ia-deferred-judgment-907-9",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            sentence_completed_date=date(2022, 3, 1),
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2022, 3, 1)


def test_ia_code_907_9_does_not_reach_conviction():
    found = determination("IA", "ia-deferred-judgment-907-9", charge(**PROSTITUTION_2016))
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_907_9_is_possible_when_discharge_date_unknown():
    found = determination(
        "IA",
        "ia-deferred-judgment-907-9",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.DEFERRED_ADJUDICATION),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


FIRST_TIME = clean_person(prior_relief=Answer.NO)


def test_ia_code_901c_3_expunges_prostitution_conviction_after_eight_years():
    found = determination("IA", "ia-expungement-901c-3", charge(**PROSTITUTION_2016), person=FIRST_TIME)
    assert found.status is Status.ELIGIBLE


def test_ia_code_901c_3_3_counts_only_a_grant_under_this_section():
    # "one time in the person's lifetime" under this section: an earlier grant of unknown kind leaves it open.
    person = clean_person(prior_relief=Answer.YES, prior_relief_date=date(2020, 1, 1))
    found = determination("IA", "ia-expungement-901c-3", charge(**PROSTITUTION_2016), person=person)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


def test_ia_code_901c_3_3_is_possible_when_prior_grant_unknown():
    found = determination(
        "IA", "ia-expungement-901c-3", charge(**PROSTITUTION_2016), person=clean_person(prior_relief=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.prior_relief",)


def test_ia_code_901c_3_dates_the_eight_year_wait():
    found = determination(
        "IA",
        "ia-expungement-901c-3",
        charge(offense="ia-code-725.1", disposition_date=date(2020, 1, 6), sentence_completed_date=date(2020, 7, 6)),
        person=FIRST_TIME,
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 7)  # more than eight years: the day after the anniversary


def test_ia_code_901c_3_does_not_reach_felony_pimping():
    found = determination(
        "IA", "ia-expungement-901c-3", charge(Category.PROMOTING, offense="ia-code-725.2", **_old_dates())
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_901c_3_2_excludes_indecent_exposure():
    found = determination("IA", "ia-expungement-901c-3", charge(Category.LEWDNESS, **_old_dates()))
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_901c_3_refuses_after_two_deferred_judgments():
    deferred = charge(
        Category.QUALITY_OF_LIFE,
        disposition=Disposition.DIVERSION_COMPLETED,
        diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
    )
    found = determination("IA", "ia-expungement-901c-3", charge(**PROSTITUTION_2016), deferred, deferred)
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_901c_3_is_possible_when_level_unknown():
    found = determination("IA", "ia-expungement-901c-3", charge(Category.QUALITY_OF_LIFE, **_old_dates()))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ia_code_901c_3_does_not_bar_a_sentence_in_another_case():
    found = determination(
        "IA",
        "ia-expungement-901c-3",
        charge(**PROSTITUTION_2016),
        person=clean_person(under_sentence=Answer.YES, prior_relief=Answer.NO),
    )
    assert found.status is Status.ELIGIBLE


def _old_dates() -> dict[str, object]:
    return {"level": Level.UNKNOWN, "disposition_date": date(2010, 1, 1), "sentence_completed_date": date(2010, 6, 1)}


def test_ia_code_901c_2_has_no_pending_charge_bar():
    found = determination(
        "IA",
        "ia-expungement-901c-2",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2024, 3, 1)),
        person=clean_person(pending_case=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_ia_code_901c_2_expunges_a_case_dismissed_after_pretrial_diversion():
    found = determination(
        "IA",
        "ia-expungement-901c-2",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            disposition_date=date(2025, 1, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ia_code_901c_2_3_does_not_reach_a_dismissal_after_a_deferred_judgment():
    found = determination(
        "IA",
        "ia-expungement-901c-2",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2025, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_907_9_does_not_reach_a_pretrial_diversion():
    found = determination(
        "IA",
        "ia-deferred-judgment-907-9",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            sentence_completed_date=date(2022, 3, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ia_code_901c_3_1_c_does_not_count_pretrial_diversions_as_deferred_judgments():
    pretrial = charge(
        Category.QUALITY_OF_LIFE, disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.PRETRIAL
    )
    found = determination(
        "IA", "ia-expungement-901c-3", charge(**PROSTITUTION_2016), pretrial, pretrial, person=FIRST_TIME
    )
    assert found.status is Status.ELIGIBLE


def test_ia_code_725_1_1_c_expunges_a_minors_prostitution_conviction_after_two_years():
    found = determination(
        "IA",
        "ia-expungement-725-1-minor",
        charge(
            offense="ia-code-725.1",
            level=Level.MISDEMEANOR,
            offense_date=date(2021, 3, 1),
            disposition_date=date(2021, 6, 1),
        ),
        person=clean_person(birth_date=date(2004, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ia_code_725_1_1_c_does_not_reach_an_adults_conviction():
    found = determination(
        "IA",
        "ia-expungement-725-1-minor",
        charge(
            offense="ia-code-725.1",
            level=Level.MISDEMEANOR,
            offense_date=date(2021, 3, 1),
            disposition_date=date(2021, 6, 1),
        ),
        person=clean_person(birth_date=date(1990, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE
