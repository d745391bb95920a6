"""The bulk path's verdicts are the engine's determinations without the reasons: same remedies in the same
order, same status, date and open questions, on thousands of synthetic charges across all 51 jurisdictions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import rules
from app.bulk.layout import ColumnMap
from app.bulk.reader import open_table
from app.bulk.rows import ChargeRow, RowParser
from app.bulk.screening import _person_of
from app.bulk.verdicts import verdicts
from bench.bulk import generate
from tests.bulk.conftest import AS_OF


@pytest.mark.parametrize("seed", [1, 2])
def test_verdicts_match_the_engine_on_synthetic_charges(tmp_path: Path, seed: int) -> None:
    source = tmp_path / "synthetic.csv"
    generate(source, 2500, seed=seed)
    table = open_table(source)
    parser = RowParser(ColumnMap.default(), table.header, AS_OF)
    parsed = [parser.parse(*item) for item in table.rows if isinstance(item, tuple)]
    assert all(isinstance(p, ChargeRow) for p in parsed)
    compared = 0
    codes = set()
    for _person, charges in itertools.groupby(parsed, key=lambda c: c.person_id):  # type: ignore[union-attr]
        group: list[ChargeRow] = list(charges)  # type: ignore[arg-type]
        for code in dict.fromkeys(c.jurisdiction.code for c in group):
            mine = [c for c in group if c.jurisdiction.code == code]
            facts = rules.Facts(code, AS_OF, tuple(c.charge for c in mine), _person_of(mine, ()))
            expected = rules.screen(facts)
            # Rows as the bulk path reads them already carry their offense's grade and level (``filled``); the
            # verdicts are the same whether or not the screening fills them again.
            as_read = verdicts(facts, mine[0].jurisdiction, filled=True)
            assert as_read == verdicts(facts, mine[0].jurisdiction)
            for charge, found in zip(expected.charges, as_read, strict=True):
                assert [(d.remedy.id, d.status, d.eligible_on, d.open_questions) for d in charge.determinations] == [
                    (v.remedy.id, v.status, v.eligible_on, v.open_questions) for v in found
                ]
                compared += len(found)
            codes.add(code)
    assert len(codes) == 51
    assert compared > 5000
