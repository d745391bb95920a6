"""Every jurisdiction module is found by discovery and carries what a remedy must carry."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date

import pytest

import rules
import rules.states
from rules.vocabulary import JURISDICTION_NAMES

MODULES = [m.name for m in pkgutil.iter_modules(rules.states.__path__)]
JURISDICTIONS = list(rules.jurisdictions().values())


@pytest.mark.parametrize("name", MODULES)
def test_module_is_named_for_its_jurisdiction(name):
    module = importlib.import_module(f"rules.states.{name}")
    assert module.JURISDICTION.code.lower() == name.rstrip("_")
    assert module.JURISDICTION.name == JURISDICTION_NAMES[module.JURISDICTION.code]


@pytest.mark.parametrize("j", JURISDICTIONS, ids=lambda j: j.code)
def test_every_remedy_is_cited_sourced_and_dated(j):
    assert j.remedies, f"{j.code} has no remedy"
    assert j.legal_help
    assert j.where_to_file
    ids = [r.id for r in j.remedies]
    assert len(ids) == len(set(ids)), "remedy ids repeat"
    for remedy in j.remedies:
        assert remedy.id.startswith(j.code.lower() + "-")
        assert remedy.citations
        assert all(remedy.citations)
        assert remedy.sources
        assert all(s.url.startswith(("https://", "http://")) for s in remedy.sources)
        assert date(1800, 1, 1) < remedy.effective <= date(2030, 12, 31)
        assert remedy.reviewed <= date.today()
        assert remedy.reaches
        assert remedy.conditions
        assert remedy.effect
        assert remedy.next_steps
        assert all(condition.cite for condition in remedy.conditions)
        assert isinstance(remedy.limits, tuple)
        assert isinstance(remedy.next_steps, tuple)


@pytest.mark.parametrize("j", JURISDICTIONS, ids=lambda j: j.code)
def test_offenses_are_unique_and_prefixed(j):
    ids = [o.id for o in j.offenses]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(j.code.lower() + "-") for i in ids)


@pytest.mark.parametrize("j", JURISDICTIONS, ids=lambda j: j.code)
def test_legal_help_links_are_public_websites(j):
    for help_ in j.legal_help:
        assert help_.url.startswith("https://") or help_.url.startswith("http://")
        assert help_.name
