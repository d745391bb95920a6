"""Florida remedies: a case that qualifies, one that does not, one left open by an unknown answer."""

from datetime import date

from rules import Answer, Category, Disposition, Level, Status
from tests.rules.screening import charge, determination

PROSTITUTION = dict(offense="fl-fs-796.07-2-e", disposition_date=date(2016, 4, 5))


def test_fl_943_0583_expunges_prostitution_conviction_of_trafficking_victim():
    found = determination("FL", "fl-expunction-trafficking", charge(trafficking_nexus=Answer.YES, **PROSTITUTION))
    assert found.status is Status.ELIGIBLE
    assert found.remedy.legal_defect


def test_fl_943_0583_reaches_arrest_without_charges():
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(disposition=Disposition.NO_CHARGES, offense="fl-fs-796.07-2-e", trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_0583_needs_trafficking_nexus():
    found = determination("FL", "fl-expunction-trafficking", charge(trafficking_nexus=Answer.NO, **PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0583_is_open_for_an_unnamed_felony():
    found = determination(
        "FL",
        "fl-expunction-trafficking",
        charge(Category.OTHER, level=Level.FELONY, trafficking_nexus=Answer.YES),
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].offense",)


def test_fl_943_0595_seals_dismissed_prostitution_charge_automatically():
    found = determination(
        "FL", "fl-automatic-sealing", charge(disposition=Disposition.DISMISSAL, offense="fl-fs-796.07-2-e")
    )
    assert found.status is Status.AUTOMATIC


def test_fl_943_0595_does_not_seal_diversion_dismissal():
    found = determination(
        "FL", "fl-automatic-sealing", charge(disposition=Disposition.DIVERSION_COMPLETED, offense="fl-fs-796.07-2-e")
    )
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0595_is_open_when_level_unknown():
    found = determination("FL", "fl-automatic-sealing", charge(Category.OTHER, disposition=Disposition.ACQUITTAL))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].level",)


def test_fl_943_0585_expunges_dismissed_charge_for_person_without_convictions():
    found = determination("FL", "fl-expunction-943-0585", charge(disposition=Disposition.DISMISSAL))
    assert found.status is Status.ELIGIBLE


def test_fl_943_0585_does_not_expunge_a_conviction():
    found = determination("FL", "fl-expunction-943-0585", charge(**PROSTITUTION))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_0585_is_open_when_another_conviction_may_be_adjudicated():
    found = determination(
        "FL", "fl-expunction-943-0585", charge(disposition=Disposition.DISMISSAL), charge(**PROSTITUTION)
    )
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[1].disposition",)


def test_fl_943_059_seals_an_acquittal():
    found = determination(
        "FL", "fl-sealing-943-059", charge(Category.QUALITY_OF_LIFE, Disposition.ACQUITTAL, offense="fl-fs-856.021")
    )
    assert found.status is Status.ELIGIBLE


def test_fl_943_059_does_not_seal_a_pending_case():
    found = determination("FL", "fl-sealing-943-059", charge(disposition=Disposition.PENDING))
    assert found.status is Status.NOT_ELIGIBLE


def test_fl_943_059_leaves_conviction_open_until_withheld_adjudication_is_known():
    found = determination("FL", "fl-sealing-943-059", charge(**PROSTITUTION))
    assert found.status is Status.POSSIBLY_ELIGIBLE
    assert found.open_questions == ("charges[0].disposition",)
