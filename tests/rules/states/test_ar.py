"""Arkansas remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind, Grade
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2021 = dict(
    offense="ar-aca-5-70-102", disposition_date=date(2021, 4, 1), sentence_completed_date=date(2021, 10, 1)
)


def test_ar_aca_16_90_1412_seals_prostitution_conviction_of_trafficking_victim():
    found = determination("AR", "ar-sealing-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1412_reaches_any_offense_of_a_minor():
    found = determination(
        "AR",
        "ar-sealing-trafficking",
        charge(Category.OTHER, trafficking_nexus=Answer.YES, offense_date=date(2015, 1, 1)),
        person=clean_person(birth_date=date(1999, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1412_does_not_reach_adult_solicitation_conviction():
    found = determination(
        "AR",
        "ar-sealing-trafficking",
        charge(
            Category.SOLICITATION,
            offense="ar-aca-5-70-103",
            trafficking_nexus=Answer.YES,
            offense_date=date(2020, 1, 1),
        ),
        person=clean_person(birth_date=date(1990, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1412_is_possible_when_age_unknown_for_other_offense():
    found = determination(
        "AR",
        "ar-sealing-trafficking",
        charge(Category.SOLICITATION, offense="ar-aca-5-70-103", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date", "charges[0].offense_date")


def test_ar_aca_16_90_1405_seals_misdemeanor_once_sentence_done():
    found = determination("AR", "ar-sealing-misdemeanor", charge(**PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1405_b_dates_five_year_wait_for_indecent_exposure():
    found = determination(
        "AR",
        "ar-sealing-misdemeanor",
        charge(Category.LEWDNESS, offense="ar-aca-5-14-112", sentence_completed_date=date(2023, 3, 1)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 3, 1)


def test_ar_aca_16_90_1405_does_not_reach_felony():
    found = determination(
        "AR",
        "ar-sealing-misdemeanor",
        charge(Category.PROMOTING, offense="ar-aca-5-70-104", sentence_completed_date=date(2020, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1405_is_possible_when_lewdness_law_unknown():
    found = determination(
        "AR", "ar-sealing-misdemeanor", charge(Category.LEWDNESS, sentence_completed_date=date(2024, 1, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].level" in found.open_questions


def test_ar_aca_16_90_1410_seals_acquittal_at_once():
    found = determination("AR", "ar-sealing-non-conviction", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1410_does_not_reach_conviction():
    found = determination("AR", "ar-sealing-non-conviction", charge(**PROSTITUTION_2021))
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1410_leaves_recent_dismissal_open():
    found = determination(
        "AR", "ar-sealing-non-conviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 6, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ar_aca_16_90_1410_seals_dismissal_after_a_year():
    found = determination(
        "AR", "ar-sealing-non-conviction", charge(disposition=Disposition.DISMISSAL, disposition_date=date(2024, 6, 1))
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1411_pardon_reaches_felony_conviction():
    found = determination(
        "AR",
        "ar-pardon-sealing",
        charge(Category.PROMOTING, offense="ar-aca-5-70-104", sentence_completed_date=date(2015, 1, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1411_pardon_needs_a_conviction():
    found = determination("AR", "ar-pardon-sealing", charge(disposition=Disposition.NO_CHARGES))
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1411_pardon_is_possible_when_sentence_end_unknown():
    found = determination("AR", "ar-pardon-sealing", charge(offense="ar-aca-5-70-104", category=Category.PROMOTING))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ar_aca_16_90_1411_pardon_is_open_not_delayed_while_the_sentence_runs():
    """No statute makes a finished sentence a condition of applying; sources on the Board's practice disagree."""
    running = charge(
        Category.PROMOTING,
        offense="ar-aca-5-70-104",
        disposition_date=date(2024, 2, 1),
        sentence_completed_date=date(2029, 2, 1),
    )
    found = determination("AR", "ar-pardon-sealing", running)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.eligible_on is None
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ar_aca_16_90_1409_recent_uncharged_arrest_is_open_on_the_prosecutors_decision():
    """A year from the arrest (§ 16-90-1409(a)), or at once on a decision not to charge (§ 16-90-1410(a)(4))."""
    found = determination(
        "AR",
        "ar-sealing-non-conviction",
        charge(disposition=Disposition.NO_CHARGES, offense="ar-aca-5-70-102", offense_date=date(2026, 3, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].declined_date",)


def test_ar_aca_16_90_1409_seals_uncharged_arrest_a_year_on():
    found = determination(
        "AR",
        "ar-sealing-non-conviction",
        charge(disposition=Disposition.NO_CHARGES, offense="ar-aca-5-70-102", offense_date=date(2025, 11, 25)),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1410_a_4_seals_at_once_when_prosecutor_declined():
    found = determination(
        "AR",
        "ar-sealing-non-conviction",
        charge(
            disposition=Disposition.NO_CHARGES,
            offense="ar-aca-5-70-102",
            offense_date=date(2026, 9, 1),
            declined_date=date(2026, 10, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_93_303_first_offender_indecent_exposure_is_open():
    found = determination(
        "AR",
        "ar-sealing-non-conviction",
        charge(
            Category.LEWDNESS,
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="ar-aca-5-14-112",
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2025, 1, 1),
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_ar_aca_16_93_303_first_offender_prostitution_seals_at_once():
    found = determination(
        "AR",
        "ar-sealing-non-conviction",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            offense="ar-aca-5-70-102",
            diversion_kind=DiversionKind.DEFERRED_ADJUDICATION,
            disposition_date=date(2026, 10, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1406_felony_promoting_is_possible_once_sentence_done():
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(Category.PROMOTING, offense="ar-aca-5-70-104", sentence_completed_date=date(2021, 2, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ar_aca_16_90_1408_excludes_trafficking_of_persons():
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(
            Category.TRAFFICKING,
            offense="ar-aca-5-18-103",
            offense_date=date(2012, 5, 1),
            sentence_completed_date=date(2021, 2, 1),
        ),
        person=clean_person(birth_date=date(1980, 1, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1406_a_5_class_b_felony_of_a_minor_is_open():
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(
            Category.OTHER,
            level=Level.FELONY,
            grade=Grade.FELONY_CLASS_B,
            offense_date=date(2016, 5, 1),
            disposition_date=date(2017, 1, 1),
            sentence_completed_date=date(2020, 1, 1),
        ),
        person=clean_person(birth_date=date(2000, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_ar_aca_16_90_1408_class_b_felony_of_unknown_age_is_open():
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(
            Category.OTHER, level=Level.FELONY, grade=Grade.FELONY_CLASS_B, sentence_completed_date=date(2020, 1, 1)
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert set(found.open_questions) == {"person.birth_date", "charges[0].offense_date"}


CLASS_D_DONE = dict(
    level=Level.FELONY,
    grade=Grade.FELONY_CLASS_D,
    disposition_date=date(2022, 2, 1),
    sentence_completed_date=date(2024, 2, 1),
)


def test_ar_aca_16_90_1406_c_one_previous_felony_is_allowed():
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(Category.QUALITY_OF_LIFE, **CLASS_D_DONE),
        person=clean_person(other_convictions=(OtherConviction(date=date(2015, 1, 1), level=Level.FELONY),)),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_16_90_1406_c_two_previous_felonies_bar_sealing():
    earlier = (
        OtherConviction(date=date(2012, 1, 1), level=Level.FELONY),
        OtherConviction(date=date(2015, 1, 1), level=Level.FELONY),
    )
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(Category.QUALITY_OF_LIFE, **CLASS_D_DONE),
        person=clean_person(other_convictions=earlier),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_ar_aca_16_90_1406_c_later_felonies_are_not_previous():
    later_ones = (
        OtherConviction(date=date(2023, 1, 1), level=Level.FELONY),
        OtherConviction(date=date(2024, 6, 1), level=Level.FELONY),
    )
    found = determination(
        "AR",
        "ar-sealing-felony",
        charge(Category.QUALITY_OF_LIFE, **CLASS_D_DONE),
        person=clean_person(other_convictions=later_ones),
    )
    assert found.status is Status.ELIGIBLE


def test_ar_aca_5_70_103_solicitation_level_is_asked():
    found = determination(
        "AR",
        "ar-sealing-misdemeanor",
        charge(Category.SOLICITATION, offense="ar-aca-5-70-103", sentence_completed_date=date(2024, 1, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)
