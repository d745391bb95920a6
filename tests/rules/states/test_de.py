"""Delaware remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from rules.facts import OtherConviction
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2015 = dict(
    offense="de-11-1342", disposition_date=date(2015, 3, 2), sentence_completed_date=date(2015, 3, 2)
)
DISORDERLY_2019 = dict(
    offense="de-11-1301", disposition_date=date(2019, 6, 1), sentence_completed_date=date(2019, 6, 1)
)


def test_de_11_787_j_vacates_prostitution_conviction_of_trafficking_victim():
    found = determination("DE", "de-vacatur-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_de_11_787_j_needs_trafficking_nexus():
    found = determination("DE", "de-vacatur-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_787_j_is_open_for_a_felony_that_may_be_violent():
    found = determination(
        "DE",
        "de-vacatur-trafficking",
        charge(Category.PROMOTING, offense="de-11-1353", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_de_11_4373_a1_expunges_dismissed_case_automatically():
    found = determination("DE", "de-expungement-favorable-termination", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on is None


def test_de_11_4372_b_6_dates_uncharged_arrest_a_year_after_the_arrest():
    found = determination(
        "DE",
        "de-expungement-favorable-termination",
        charge(disposition=Disposition.NO_CHARGES, offense_date=date(2026, 5, 1)),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2027, 5, 1)


def test_de_11_4373_a1_does_not_reach_conviction():
    found = determination("DE", "de-expungement-favorable-termination", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4373_a1_is_open_when_outcome_unknown():
    found = determination("DE", "de-expungement-favorable-termination", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_de_11_4373_a1_expunges_violation_three_years_after_conviction():
    found = determination(
        "DE",
        "de-expungement-violation",
        charge(
            Category.QUALITY_OF_LIFE, offense="de-11-1321", level=Level.VIOLATION, disposition_date=date(2025, 1, 10)
        ),
    )
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2028, 1, 10)


def test_de_11_4373_a1_violation_path_does_not_cover_misdemeanor():
    found = determination("DE", "de-expungement-violation", charge(**PROSTITUTION_2015))
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4373_a1_violation_path_is_open_when_level_unknown():
    found = determination(
        "DE",
        "de-expungement-violation",
        charge(Category.QUALITY_OF_LIFE, offense="de-11-1321", disposition_date=date(2020, 1, 10)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_de_11_4373_a2_expunges_disorderly_conduct_after_five_years():
    found = determination("DE", "de-expungement-misdemeanor", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019))
    assert found.status is Status.AUTOMATIC
    assert found.eligible_on == date(2024, 8, 1)  # the wait ended 2024-06-01; automatic relief began later


def test_de_11_4373_a2_refuses_with_a_second_conviction():
    other = charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019)
    found = determination(
        "DE", "de-expungement-misdemeanor", charge(Category.QUALITY_OF_LIFE, **DISORDERLY_2019), other
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4373_b_leaves_prostitution_open_until_the_excluded_list_is_checked():
    found = determination("DE", "de-expungement-misdemeanor", charge(**PROSTITUTION_2015))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_de_11_4374_a_allows_petition_seven_years_after_sentence():
    found = determination("DE", "de-expungement-discretionary", charge(**PROSTITUTION_2015))
    assert found.status is Status.ELIGIBLE


def test_de_11_4374_a_1_dates_three_years_from_release_for_unlisted_misdemeanor():
    found = determination(
        "DE",
        "de-expungement-discretionary",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="de-11-1301",
            disposition_date=date(2024, 2, 1),
            release_date=date(2024, 3, 1),
            sentence_completed_date=date(2024, 3, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_de_11_4374_a_prostitution_between_three_and_seven_years_depends_on_the_list():
    found = determination(
        "DE",
        "de-expungement-discretionary",
        charge(offense="de-11-1342", disposition_date=date(2021, 2, 1), sentence_completed_date=date(2021, 8, 15)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_de_11_4374_a_4_expunges_misdemeanors_in_two_cases_five_years_on():
    first = charge(
        Category.QUALITY_OF_LIFE,
        offense="de-11-1301",
        disposition_date=date(2017, 1, 10),
        sentence_completed_date=date(2017, 1, 10),
    )
    second = charge(
        Category.QUALITY_OF_LIFE,
        offense="de-11-1301",
        disposition_date=date(2019, 1, 10),
        sentence_completed_date=date(2019, 1, 10),
    )
    found = determination("DE", "de-expungement-several-cases", first, second)
    assert found.status is Status.ELIGIBLE


def test_de_11_4374_a_refuses_with_another_conviction():
    found = determination(
        "DE", "de-expungement-discretionary", charge(**PROSTITUTION_2015), charge(**PROSTITUTION_2015)
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4374_b_is_open_for_felony_promoting():
    found = determination(
        "DE",
        "de-expungement-discretionary",
        charge(
            Category.PROMOTING,
            offense="de-11-1352",
            disposition_date=date(2009, 1, 1),
            sentence_completed_date=date(2010, 1, 1),
        ),
        person=clean_person(),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_de_11_4372_b_7_leaves_a_case_open_seven_years_or_more_for_a_lawyer():
    old = charge(disposition=Disposition.PENDING, offense_date=date(2017, 3, 1))
    found = determination("DE", "de-expungement-favorable-termination", old)
    assert found.status is Status.POSSIBLY_ELIGIBLE


def test_de_11_4372_b_7_does_not_reach_a_recent_open_case():
    recent = charge(disposition=Disposition.PENDING, offense_date=date(2024, 3, 1))
    found = determination("DE", "de-expungement-favorable-termination", recent)
    assert found.status is Status.NOT_ELIGIBLE


def _disorderly(year: int, **fields: object):
    day = date(year, 3, 1)
    return charge(Category.QUALITY_OF_LIFE, offense="de-11-1301", disposition_date=day, release_date=day, **fields)


def test_de_11_4373_a2_listed_conviction_counts_only_if_in_delaware():
    elsewhere = clean_person(other_convictions=(OtherConviction(date=date(2010, 6, 1), level=Level.MISDEMEANOR),))
    found = determination("DE", "de-expungement-misdemeanor", _disorderly(2019), person=elsewhere)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_de_11_4374_a_1_listed_conviction_counts_only_if_in_delaware():
    elsewhere = clean_person(other_convictions=(OtherConviction(date=date(2012, 1, 1), level=Level.MISDEMEANOR),))
    found = determination("DE", "de-expungement-discretionary", _disorderly(2019), person=elsewhere)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_de_11_4374_a_4_refuses_a_single_case():
    found = determination("DE", "de-expungement-several-cases", _disorderly(2018))
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4374_a_4_waits_five_years_from_the_latest_delaware_conviction():
    first, second = _disorderly(2015), _disorderly(2022)
    found = determination("DE", "de-expungement-several-cases", first, second)
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_de_11_4374_a_4_refuses_with_a_delaware_felony_among_the_charges():
    felony = charge(
        Category.PROMOTING,
        offense="de-11-1352",
        disposition_date=date(2010, 3, 1),
        release_date=date(2010, 3, 1),
    )
    found = determination("DE", "de-expungement-several-cases", _disorderly(2012), felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4374_a_4_listed_felonies_alone_make_no_second_delaware_case():
    felony = clean_person(other_convictions=(OtherConviction(date=date(2012, 1, 10), level=Level.FELONY),))
    found = determination("DE", "de-expungement-several-cases", _disorderly(2015), person=felony)
    assert found.status is Status.NOT_ELIGIBLE


def test_de_11_4374_a_4_listed_misdemeanor_leaves_the_route_open():
    listed = clean_person(other_convictions=(OtherConviction(date=date(2016, 1, 10), level=Level.MISDEMEANOR),))
    found = determination("DE", "de-expungement-several-cases", _disorderly(2017), person=listed)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_de_11_4373_a1_b_expunges_a_violation_despite_another_delaware_conviction():
    violation = charge(
        Category.QUALITY_OF_LIFE, offense="de-11-1321", level=Level.VIOLATION, disposition_date=date(2020, 4, 1)
    )
    found = determination("DE", "de-expungement-violation", violation, _disorderly(2021))
    assert found.status is Status.AUTOMATIC
