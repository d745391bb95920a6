"""Alaska remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Category, Disposition, Status
from tests.rules.screening import charge, determination

PROSTITUTION_2018 = dict(
    offense="ak-as-11.66.100", disposition_date=date(2018, 5, 2), sentence_completed_date=date(2019, 5, 2)
)


def test_ak_as_12_55_085_set_aside_depends_on_a_suspended_sentence():
    found = determination("AK", "ak-set-aside-sis", charge(**PROSTITUTION_2018))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)  # a completed SIS is answered as a deferred sentence


def test_ak_as_12_55_085_sets_aside_a_completed_suspended_imposition_of_sentence():
    found = determination(
        "AK", "ak-set-aside-sis", charge(**{**PROSTITUTION_2018, "disposition": Disposition.DIVERSION_COMPLETED})
    )
    assert found.status is Status.ELIGIBLE


def test_ak_as_12_55_085_set_aside_needs_a_conviction():
    found = determination("AK", "ak-set-aside-sis", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ak_as_12_55_085_set_aside_asks_when_probation_ended():
    found = determination(
        "AK", "ak-set-aside-sis", charge(offense="ak-as-11.66.100", disposition=Disposition.DIVERSION_COMPLETED)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_ak_as_22_35_030_hides_acquittal_from_courtview():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2020, 1, 1)),
    )
    assert found.status is Status.AUTOMATIC


def test_ak_as_22_35_030_dates_the_sixty_day_wait():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2026, 11, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 31)


def test_ak_as_22_35_030_does_not_hide_a_conviction():
    found = determination("AK", "ak-courtview-non-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_ak_as_22_35_030_is_possible_when_dismissal_date_unknown():
    found = determination("AK", "ak-courtview-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_ak_const_art_iii_21_pardon_reaches_conviction():
    found = determination("AK", "ak-pardon", charge(Category.PROMOTING, offense="ak-as-11.66.130"))
    assert found.status is Status.ELIGIBLE


def test_ak_const_art_iii_21_pardon_needs_a_conviction():
    found = determination("AK", "ak-pardon", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_ak_const_art_iii_21_pardon_is_possible_when_outcome_unknown():
    found = determination("AK", "ak-pardon", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ak_stat_22_35_030_takes_effect_with_hb_11_of_2016():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(disposition=Disposition.ACQUITTAL, disposition_date=date(2015, 1, 1)),
        as_of=date(2015, 6, 1),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2016, 2, 5)


# AS 22.35.030 with AS 12.55.078(d): a dismissal after a suspended entry of judgment is a dismissal.


def test_ak_22_35_030_leaves_a_completed_deferred_judgment_open():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(
            offense="ak-as-11.66.100", disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2025, 6, 1)
        ),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_ak_22_35_030_keeps_a_dismissal_off_the_website_after_60_days():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(offense="ak-as-11.66.100", disposition=Disposition.DISMISSAL, disposition_date=date(2026, 10, 8)),
        as_of=date(2026, 12, 7),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 7)


def test_ak_22_35_030_does_not_reach_an_arrest_with_no_charges():
    found = determination(
        "AK",
        "ak-courtview-non-conviction",
        charge(offense="ak-as-11.66.100", disposition=Disposition.NO_CHARGES, offense_date=date(2026, 1, 10)),
    )
    assert found.status is Status.NOT_ELIGIBLE
