"""All 51 jurisdictions are covered, each reaching a prostitution conviction, and the README says so."""

from __future__ import annotations

from datetime import date

import rules
from rules import Category, Charge, Disposition, Facts, Person
from rules.comparison import summarize
from rules.readme_table import README, with_table
from rules.vocabulary import JURISDICTION_NAMES


def test_every_state_and_dc_has_a_module():
    assert set(rules.jurisdictions()) == set(JURISDICTION_NAMES)
    assert len(rules.jurisdictions()) == 51


def test_every_jurisdiction_screens_a_prostitution_conviction_against_at_least_one_remedy():
    for code in rules.jurisdictions():
        facts = Facts(code, date(2026, 11, 25), (Charge(Category.PROSTITUTION, Disposition.CONVICTION),), Person())
        assert rules.screen(facts).charges[0].determinations, code
        assert summarize(rules.jurisdictions()[code]).reaches_prostitution_conviction, code


def test_readme_table_is_generated_from_the_modules():
    readme = README.read_text(encoding="utf-8")
    assert readme == with_table(readme), "README table is stale: run python -m rules.readme_table"
