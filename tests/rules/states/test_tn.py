"""Tennessee remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Status
from rules.facts import OtherConviction
from rules.vocabulary import Level
from tests.rules.screening import charge, clean_person, determination

PROSTITUTION_2019 = dict(
    offense="tn-tca-39-13-513", disposition_date=date(2019, 3, 1), sentence_completed_date=date(2019, 9, 1)
)


def test_tn_tca_40_32_105_expunges_prostitution_conviction_of_trafficking_survivor():
    found = determination("TN", "tn-expunction-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_32_105_waits_one_year_after_sentence():
    recent = dict(PROSTITUTION_2019, sentence_completed_date=date(2026, 6, 30))
    found = determination("TN", "tn-expunction-trafficking", charge(trafficking_nexus=Answer.YES, **recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 6, 30)


def test_tn_tca_40_32_105_needs_trafficking_nexus():
    found = determination("TN", "tn-expunction-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_tn_tca_40_32_105_b_6_reaches_other_eligible_convictions():
    found = determination(
        "TN",
        "tn-expunction-trafficking",
        charge(
            Category.QUALITY_OF_LIFE,
            offense="tn-tca-39-17-305",
            trafficking_nexus=Answer.YES,
            sentence_completed_date=date(2019, 9, 1),
        ),
    )
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_32_105_b_6_leaves_level_unknown_open():
    found = determination(
        "TN",
        "tn-expunction-trafficking",
        charge(Category.QUALITY_OF_LIFE, trafficking_nexus=Answer.YES, sentence_completed_date=date(2019, 9, 1)),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_tn_tca_40_32_105_b_3_later_conviction_only_delays():
    person = clean_person(other_convictions=(OtherConviction(date=date(2026, 3, 1), level=Level.MISDEMEANOR),))
    found = determination(
        "TN", "tn-expunction-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019), person=person
    )
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2027, 3, 1)


def test_tn_tca_40_32_101_a_expunges_dismissed_charge_free():
    found = determination("TN", "tn-expunction-non-conviction", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_32_101_a_does_not_reach_conviction():
    found = determination("TN", "tn-expunction-non-conviction", charge(**PROSTITUTION_2019))
    assert found.status is Status.NOT_ELIGIBLE


def test_tn_tca_40_32_101_a_is_possible_when_outcome_unknown():
    found = determination("TN", "tn-expunction-non-conviction", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_tn_tca_40_35_313_b_expunges_after_diversion():
    found = determination("TN", "tn-expunction-diversion", charge(disposition=Disposition.DIVERSION_COMPLETED))
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_35_313_b_does_not_reach_dismissal():
    found = determination("TN", "tn-expunction-diversion", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.NOT_ELIGIBLE


def test_tn_tca_40_35_313_b_is_possible_when_outcome_unknown():
    found = determination("TN", "tn-expunction-diversion", charge(disposition=Disposition.UNKNOWN))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)


def test_tn_tca_40_32_101_g_expunges_prostitution_misdemeanor_after_five_years():
    found = determination("TN", "tn-expunction-conviction", charge(**PROSTITUTION_2019))
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_32_101_g_dates_the_five_year_wait():
    recent = dict(PROSTITUTION_2019, sentence_completed_date=date(2023, 2, 15))
    found = determination("TN", "tn-expunction-conviction", charge(**recent))
    assert found.status is Status.ELIGIBLE_LATER
    assert found.eligible_on == date(2028, 2, 15)


def test_tn_tca_40_32_101_k_does_not_refuse_three_convictions():
    three = [charge(**PROSTITUTION_2019) for _ in range(3)]
    found = determination("TN", "tn-expunction-conviction", *three)
    assert found.status is Status.ELIGIBLE


def test_tn_tca_40_32_101_g_1_b_excludes_indecent_exposure():
    found = determination(
        "TN",
        "tn-expunction-conviction",
        charge(
            Category.LEWDNESS,
            offense="tn-tca-39-13-511",
            level=Level.MISDEMEANOR,
            sentence_completed_date=date(2015, 1, 1),
        ),
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_tn_tca_40_32_101_g_2_c_is_possible_when_sentence_status_unknown():
    found = determination(
        "TN", "tn-expunction-conviction", charge(**PROSTITUTION_2019), person=clean_person(under_sentence=Answer.UNSURE)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.under_sentence",)


def test_tn_tca_40_32_101_g_2_a_i_leaves_open_a_conviction_from_before_the_offense():
    earlier = clean_person(other_convictions=(OtherConviction(date=date(2010, 3, 1), level=Level.FELONY),))
    found = determination(
        "TN",
        "tn-expunction-conviction",
        charge(offense_date=date(2014, 5, 1), level=Level.MISDEMEANOR, **PROSTITUTION_2019),
        person=earlier,
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("person.other_convictions",)


def test_tn_tca_40_32_105_b_5_earlier_expunction_leaves_survivor_petition_open():
    found = determination(
        "TN",
        "tn-expunction-trafficking",
        charge(trafficking_nexus=Answer.YES, **PROSTITUTION_2019),
        person=clean_person(prior_relief=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE


OLD_MISDEMEANOR = dict(
    level=Level.MISDEMEANOR,
    offense_date=date(2014, 2, 1),
    disposition_date=date(2014, 6, 1),
    sentence_completed_date=date(2014, 12, 1),
)


def test_tn_tca_40_32_101_g_1_b_xxix_excludes_unlawful_massage():
    massage = charge(Category.UNLICENSED_MASSAGE, offense="tn-tca-39-17-918", **OLD_MISDEMEANOR)
    assert determination("TN", "tn-expunction-conviction", massage).status is Status.NOT_ELIGIBLE
    survivor = charge(
        Category.UNLICENSED_MASSAGE, offense="tn-tca-39-17-918", trafficking_nexus=Answer.YES, **OLD_MISDEMEANOR
    )
    assert determination("TN", "tn-expunction-trafficking", survivor).status is Status.NOT_ELIGIBLE  # (b)(6)(C)(i)


def test_tn_tca_40_32_101_g_1_b_public_indecency_under_its_new_number_stays_open():
    indecency = charge(Category.LEWDNESS, offense="tn-tca-39-13-517", **OLD_MISDEMEANOR)
    found = determination("TN", "tn-expunction-conviction", indecency)
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ()


def test_tn_tca_40_32_101_g_1_b_unnamed_lewdness_or_massage_asks_the_offense():
    for category in (Category.LEWDNESS, Category.UNLICENSED_MASSAGE):
        found = determination("TN", "tn-expunction-conviction", charge(category, **OLD_MISDEMEANOR))
        assert found.status is Status.POSSIBLY_ELIGIBLE
        assert found.open_questions == ("charges[0].offense",)
    disorderly = charge(Category.QUALITY_OF_LIFE, **OLD_MISDEMEANOR)
    assert determination("TN", "tn-expunction-conviction", disorderly).status is Status.ELIGIBLE
