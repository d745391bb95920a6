"""``Charge`` and ``ChargeContext`` write their ``__init__`` out (made millions of times in a bulk run, and
compiled there): each must take every field the dataclass declares, in order, with the declared default, and
set every field."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date

import pytest

import rules
from rules.condition import ChargeContext
from rules.facts import Charge
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level


@pytest.mark.parametrize("cls", [Charge, ChargeContext])
def test_the_written_out_init_takes_every_field_in_order_with_its_default(cls: type) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, declared in zip(parameters, fields, strict=True):
        default = inspect.Parameter.empty if declared.default is dataclasses.MISSING else declared.default
        assert parameter.default is default or parameter.default == default, declared.name


def test_a_charge_made_with_every_value_keeps_each_and_replace_still_works() -> None:
    values = dict(
        category=Category.SOLICITATION, disposition=Disposition.DIVERSION_COMPLETED, offense="ny-pl-230-02",
        level=Level.MISDEMEANOR, offense_date=date(2019, 1, 2), disposition_date=date(2019, 5, 6),
        sentence_completed_date=date(2020, 1, 1), trafficking_nexus=Answer.YES, county="Kings",
        grade=Grade.MISDEMEANOR_CLASS_B, release_date=date(2019, 5, 7), declined_date=None,
        adjudication_withheld=Answer.NO, diversion_kind=DiversionKind.PRETRIAL,
    )  # fmt: skip
    charge = Charge(**values)  # type: ignore[arg-type]
    assert {f.name: getattr(charge, f.name) for f in dataclasses.fields(Charge)} == values
    assert dataclasses.replace(charge, county=None).county is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        charge.county = "Queens"  # type: ignore[misc]
    assert Charge(Category.PROSTITUTION, Disposition.CONVICTION) == Charge(
        Category.PROSTITUTION, Disposition.CONVICTION, None, Level.UNKNOWN
    )


def test_a_context_holds_the_charge_at_its_index_also_when_replaced() -> None:
    first = Charge(Category.PROSTITUTION, Disposition.CONVICTION)
    second = Charge(Category.LOITERING_FOR_PROSTITUTION, Disposition.DISMISSAL)
    facts = rules.Facts("NY", date(2026, 12, 1), (first, second))
    context = ChargeContext(facts, 1, {})
    assert context.charge is second
    assert dataclasses.replace(context, index=0).charge is first
    assert {f.name for f in dataclasses.fields(ChargeContext)} >= {"facts", "index", "charge"}
