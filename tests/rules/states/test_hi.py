"""Hawaii remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Category, Disposition, Level, Status
from rules.facts import OtherConviction
from rules.vocabulary import DiversionKind
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2018 = dict(offense="hi-hrs-712-1200", disposition_date=date(2018, 4, 10))
DAG_PROSTITUTION_2021 = dict(
    offense="hi-hrs-712-1200", disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2021, 5, 3)
)


# HRS § 712-1209.6: motion to vacate after three years without a new conviction.


def test_hi_hrs_712_1209_6_vacates_prostitution_conviction_after_three_clean_years():
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018))
    assert found.status is Status.ELIGIBLE
    assert not found.remedy.legal_defect


def test_hi_hrs_712_1209_6_dates_the_end_of_the_three_years():
    found = determination(
        "HI",
        "hi-vacatur-712-1209-6",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="hi-hrs-712-1206",
            level=Level.VIOLATION,
            disposition_date=date(2025, 2, 14),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 14)


def test_hi_hrs_712_1209_6_refuses_when_a_new_conviction_came_within_three_years():
    new_one = charge(Category.QUALITY_OF_LIFE, offense="hi-hrs-708-814", disposition_date=date(2019, 12, 1))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), new_one)
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_712_1209_6_leaves_open_a_listed_conviction_of_unknown_law():
    # Only a conviction "under the Hawaii Penal Code" bars the motion; one listed outside the charges may be a
    # traffic crime or a conviction elsewhere.
    person = clean_person(other_convictions=(OtherConviction(date=date(2019, 12, 1), level=Level.MISDEMEANOR),))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), person=person)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions[0]",)


def test_hi_hrs_712_1209_6_leaves_open_a_something_else_conviction_in_the_three_years():
    other = charge(Category.OTHER, level=Level.MISDEMEANOR, disposition_date=date(2019, 12, 1))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), other)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].offense",)


def test_hi_hrs_712_1209_6_counts_a_penal_code_charge_of_known_kind():
    loitering = charge(Category.LOITERING_FOR_PROSTITUTION, level=Level.VIOLATION, disposition_date=date(2020, 6, 1))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), loitering)
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_712_1209_6_ignores_a_conviction_of_unknown_law_after_the_three_years():
    person = clean_person(other_convictions=(OtherConviction(date=date(2021, 4, 11), level=Level.FELONY),))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), person=person)
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_712_1209_6_reaches_offering_sex_for_a_fee_in_a_designated_area():
    found = determination(
        "HI",
        "hi-vacatur-712-1209-6",
        charge(Category.SOLICITATION, offense="hi-hrs-712-1207-a", disposition_date=date(2020, 5, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_712_1209_6_does_not_reach_paying_for_sex_in_a_designated_area():
    found = determination(
        "HI",
        "hi-vacatur-712-1209-6",
        charge(Category.SOLICITATION, offense="hi-hrs-712-1207-b", disposition_date=date(2020, 5, 1)),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_712_1209_6_leaves_street_solicitation_picked_by_kind_open():
    found = determination(
        "HI", "hi-vacatur-712-1209-6", charge(Category.SOLICITATION, disposition_date=date(2020, 5, 1))
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_hi_hrs_712_1209_6_loitering_picked_by_kind_follows_the_level():
    advancing = charge(Category.LOITERING_FOR_PROSTITUTION, level=Level.MISDEMEANOR, disposition_date=date(2020, 5, 1))
    assert determination("HI", "hi-vacatur-712-1209-6", advancing).status is Status.NOT_ELIGIBLE
    unknown_level = charge(Category.LOITERING_FOR_PROSTITUTION, disposition_date=date(2020, 5, 1))
    found = determination("HI", "hi-vacatur-712-1209-6", unknown_level)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_hi_hrs_712_1209_6_2_the_court_shall_vacate():
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018))
    assert found.remedy.discretionary is False


def test_hi_hrs_712_1209_6_ignores_a_conviction_after_the_three_years():
    much_later = charge(Category.QUALITY_OF_LIFE, offense="hi-hrs-708-814", disposition_date=date(2022, 1, 1))
    found = determination("HI", "hi-vacatur-712-1209-6", charge(**PROSTITUTION_2018), much_later)
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_712_1209_6_does_not_reach_a_dismissal():
    found = determination(
        "HI", "hi-vacatur-712-1209-6", charge(offense="hi-hrs-712-1200", disposition=Disposition.DISMISSAL)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_712_1209_6_is_possible_when_conviction_date_unknown():
    found = determination("HI", "hi-vacatur-712-1209-6", charge(offense="hi-hrs-712-1200"))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


def test_hi_hrs_712_1209_6_leaves_a_lesser_offense_open():
    found = determination(
        "HI",
        "hi-vacatur-712-1209-6",
        charge(Category.QUALITY_OF_LIFE, offense="hi-hrs-711-1101", disposition_date=date(2018, 4, 10)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_hi_hrs_712_1209_6_does_not_reach_promoting():
    from tests.rules.screening import reaches

    assert not reaches("HI", "hi-vacatur-712-1209-6", charge(Category.PROMOTING, offense="hi-hrs-712-1203"))


# HRS § 831-3.2(a): expungement of arrests that did not end in a conviction.


def test_hi_hrs_831_3_2_expunges_dismissed_prostitution_arrest():
    found = determination(
        "HI", "hi-expungement-non-conviction", charge(offense="hi-hrs-712-1200", disposition=Disposition.DISMISSAL)
    )
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_831_3_2_does_not_reach_a_conviction():
    found = determination("HI", "hi-expungement-non-conviction", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_831_3_2_expunges_a_diversion_completed_without_a_plea_at_once():
    found = determination(
        "HI",
        "hi-expungement-non-conviction",
        charge(
            disposition=Disposition.DIVERSION_COMPLETED,
            diversion_kind=DiversionKind.PRETRIAL,
            offense="hi-hrs-712-1200",
            disposition_date=date(2026, 10, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_831_3_2_leaves_it_to_the_deferred_plea_route_after_a_deferred_plea():
    found = determination(
        "HI",
        "hi-expungement-non-conviction",
        charge(disposition=Disposition.DIVERSION_COMPLETED, diversion_kind=DiversionKind.DEFERRED_ADJUDICATION),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_831_3_2_leaves_a_diversion_of_unknown_kind_open():
    found = determination("HI", "hi-expungement-non-conviction", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].diversion_kind",)


def test_hi_hrs_831_3_2_is_possible_when_outcome_unknown():
    found = determination("HI", "hi-expungement-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


# HRS § 831-3.2(a)(5) and § 712-1200(4)(c): expungement after a deferred plea.


def test_hi_hrs_831_3_2_a_5_expunges_deferred_prostitution_plea_after_three_years():
    found = determination("HI", "hi-expungement-deferred-plea", charge(**DAG_PROSTITUTION_2021))
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_712_1200_4_c_waits_three_years_after_a_deferred_prostitution_plea():
    found = determination(
        "HI",
        "hi-expungement-deferred-plea",
        charge(**{**DAG_PROSTITUTION_2021, "disposition_date": date(2024, 8, 1)}),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 8, 1)


def test_hi_hrs_712_1209_6_does_not_reach_loitering_to_advance_prostitution():
    found = determination(
        "HI",
        "hi-vacatur-712-1209-6",
        charge(
            Category.LOITERING_FOR_PROSTITUTION,
            offense="hi-hrs-712-1206",
            level=Level.MISDEMEANOR,
            disposition_date=date(2019, 2, 14),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_831_3_2_a_5_waits_one_year_for_other_deferred_pleas():
    found = determination(
        "HI",
        "hi-expungement-deferred-plea",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="hi-hrs-708-814",
            disposition=Disposition.DIVERSION_COMPLETED,
            disposition_date=date(2025, 12, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2026, 12, 1)


def test_hi_hrs_831_3_2_a_5_waits_one_year_for_a_deferred_plea_to_something_else():
    found = determination(
        "HI",
        "hi-expungement-deferred-plea",
        charge(Category.OTHER, disposition=Disposition.DIVERSION_COMPLETED, disposition_date=date(2025, 11, 1)),
    )
    assert found.status is Status.ELIGIBLE


def test_hi_hrs_831_3_2_a_5_does_not_reach_a_conviction():
    found = determination("HI", "hi-expungement-deferred-plea", charge(**PROSTITUTION_2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_hrs_831_3_2_a_5_is_possible_when_dismissal_date_unknown():
    found = determination(
        "HI",
        "hi-expungement-deferred-plea",
        charge(offense="hi-hrs-712-1200", disposition=Disposition.DIVERSION_COMPLETED),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition_date",)


# Haw. Const. art. V, § 5: pardon.


def test_hi_const_art_v_5_pardon_is_open_to_a_conviction():
    found = determination("HI", "hi-pardon", charge(Category.PROMOTING, offense="hi-hrs-712-1203"))
    assert found.status is Status.ELIGIBLE


def test_hi_const_art_v_5_pardon_needs_a_conviction():
    found = determination("HI", "hi-pardon", charge(disposition=Disposition.ACQUITTAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_hi_const_art_v_5_pardon_is_possible_when_outcome_unknown():
    found = determination("HI", "hi-pardon", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)
