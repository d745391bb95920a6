"""Missouri remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, clean_person, determination, reaches

PROSTITUTION_2020 = dict(
    offense="mo-rsmo-567.020",
    level=Level.MISDEMEANOR,
    disposition_date=date(2020, 3, 2),
    sentence_completed_date=date(2020, 9, 2),
)


def test_mo_rsmo_610_140_expunges_prostitution_misdemeanor_one_year_after_sentence():
    found = determination("MO", "mo-expungement-610-140", charge(**PROSTITUTION_2020))
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_140_dates_the_end_of_the_one_year_wait():
    recent = dict(PROSTITUTION_2020, disposition_date=date(2026, 5, 1), sentence_completed_date=date(2026, 6, 30))
    found = determination("MO", "mo-expungement-610-140", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 30)


def test_mo_rsmo_610_140_waits_three_years_for_a_promoting_felony():
    found = determination(
        "MO",
        "mo-expungement-610-140",
        charge(Category.PROMOTING, offense="mo-rsmo-567.060", sentence_completed_date=date(2025, 1, 10)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 1, 10)


def test_mo_rsmo_610_140_refuses_while_a_case_is_pending():
    found = determination(
        "MO", "mo-expungement-610-140", charge(**PROSTITUTION_2020), person=clean_person(pending_case=Answer.YES)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mo_rsmo_610_140_5_2_refuses_a_finding_of_guilt_during_the_wait():
    later_one = charge(**dict(PROSTITUTION_2020, disposition_date=date(2021, 3, 5)))
    found = determination("MO", "mo-expungement-610-140", charge(**PROSTITUTION_2020), later_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_mo_rsmo_610_140_5_2_ignores_a_conviction_after_the_wait():
    later_one = charge(**dict(PROSTITUTION_2020, disposition_date=date(2022, 1, 5)))
    found = determination("MO", "mo-expungement-610-140", charge(**PROSTITUTION_2020), later_one)
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_140_does_not_reach_trafficking_charges():
    assert not reaches("MO", "mo-expungement-610-140", charge(Category.TRAFFICKING))


def test_mo_rsmo_610_140_leaves_promoting_first_degree_open():
    found = determination(
        "MO",
        "mo-expungement-610-140",
        charge(Category.PROMOTING, offense="mo-rsmo-567.050", sentence_completed_date=date(2015, 1, 10)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_mo_rsmo_610_140_is_possible_when_sentence_end_unknown():
    found = determination("MO", "mo-expungement-610-140", charge(offense="mo-rsmo-567.020", level=Level.MISDEMEANOR))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].sentence_completed_date",)


def test_mo_rsmo_610_140_13_lifetime_limit_leaves_a_fourth_misdemeanor_open():
    same_day = dict(PROSTITUTION_2020)
    found = determination("MO", "mo-expungement-610-140", *(charge(**same_day) for _ in range(4)))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert "charges[0].offense" in found.open_questions


def test_mo_rsmo_610_140_13_allows_three_misdemeanors_since_2025():
    same_day = dict(PROSTITUTION_2020)
    found = determination("MO", "mo-expungement-610-140", *(charge(**same_day) for _ in range(3)))
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_140_expunges_dismissed_arrest_after_three_years():
    found = determination(
        "MO",
        "mo-expungement-610-140-arrest",
        charge(disposition=Disposition.DISMISSAL, disposition_date=date(2021, 4, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_140_arrest_path_does_not_reach_convictions():
    found = determination("MO", "mo-expungement-610-140-arrest", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_mo_rsmo_610_140_arrest_path_is_possible_when_dismissal_date_unknown():
    found = determination("MO", "mo-expungement-610-140-arrest", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_mo_rsmo_610_105_closes_dismissed_case_automatically():
    found = determination("MO", "mo-closed-records-610-105", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.AUTOMATIC


def test_mo_rsmo_610_105_does_not_close_a_conviction():
    found = determination("MO", "mo-closed-records-610-105", charge(**PROSTITUTION_2020))
    assert found.status is Status.NOT_ELIGIBLE


def test_mo_rsmo_610_105_is_possible_when_outcome_unknown():
    found = determination("MO", "mo-closed-records-610-105", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_mo_rsmo_610_131_expunges_prostitution_conviction_of_a_minor():
    found = determination(
        "MO",
        "mo-expungement-610-131",
        charge(offense="mo-rsmo-567.020", offense_date=date(2012, 5, 1)),
        person=clean_person(birth_date=date(1995, 6, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_131_does_not_reach_adults():
    found = determination(
        "MO",
        "mo-expungement-610-131",
        charge(offense="mo-rsmo-567.020", offense_date=date(2015, 5, 1)),
        person=clean_person(birth_date=date(1995, 6, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_mo_rsmo_610_131_is_possible_when_birth_date_unknown():
    found = determination(
        "MO", "mo-expungement-610-131", charge(offense="mo-rsmo-567.020", offense_date=date(2012, 5, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.birth_date",)


def test_mo_rsmo_610_105_closes_a_completed_suspended_imposition_of_sentence():
    found = determination(
        "MO",
        "mo-closed-records-610-105",
        charge(disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2023, 1, 1)),
    )
    assert found.status is Status.AUTOMATIC


def test_mo_rsmo_610_140_7_arrest_without_charge_waits_eighteen_months():
    found = determination(
        "MO",
        "mo-expungement-610-140-arrest",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 1, 15)),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 7, 15)


AS_OF_AUDIT = date(2026, 12, 7)


def test_mo_rsmo_610_140_13_does_not_count_infractions_against_the_misdemeanor_limit():
    """Three misdemeanors plus an infraction: infractions are not limited, so the limit is met."""
    misdemeanors = [charge(**PROSTITUTION_2020) for _ in range(3)]
    infraction = charge(
        Category.QUALITY_OF_LIFE,
        offense="mo-rsmo-569.150",
        disposition_date=date(2020, 3, 2),
        sentence_completed_date=date(2020, 9, 2),
    )
    found = determination("MO", "mo-expungement-610-140", *misdemeanors, infraction, as_of=AS_OF_AUDIT)
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_140_13_counts_a_violation_of_unknown_kind_as_possibly_jailable():
    misdemeanors = [charge(**PROSTITUTION_2020) for _ in range(3)]
    violation = charge(
        Category.QUALITY_OF_LIFE,
        level=Level.VIOLATION,
        disposition_date=date(2020, 3, 2),
        sentence_completed_date=date(2020, 9, 2),
    )
    found = determination("MO", "mo-expungement-610-140", *misdemeanors, violation, as_of=AS_OF_AUDIT)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[3].offense",)


def test_mo_rsmo_610_140_dismissal_within_eighteen_months_stays_open():
    found = determination(
        "MO",
        "mo-expungement-610-140-arrest",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2025, 12, 1), disposition_date=date(2026, 3, 1)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_mo_rsmo_610_140_dismissal_eighteen_months_ago_qualifies():
    found = determination(
        "MO",
        "mo-expungement-610-140-arrest",
        charge(disposition=Disposition.DISMISSAL, offense_date=date(2025, 1, 1), disposition_date=date(2025, 6, 7)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.ELIGIBLE


def test_mo_rsmo_610_100_2_closes_uncharged_arrest_after_thirty_days():
    found = determination(
        "MO",
        "mo-closed-records-610-105",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 11, 7)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 7)


def test_mo_rsmo_610_100_2_uncharged_arrest_waits_thirty_days():
    found = determination(
        "MO",
        "mo-closed-records-610-105",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 11, 20)),
        as_of=AS_OF_AUDIT,
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2026, 12, 20)


def test_mo_rsmo_610_100_2_uncharged_arrest_date_unknown_stays_open():
    found = determination(
        "MO", "mo-closed-records-610-105", charge(disposition=Disposition.NO_CHARGES), as_of=AS_OF_AUDIT
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense_date",)
