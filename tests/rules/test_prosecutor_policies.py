"""Local prosecutors' policies: each is sourced, dated and matched to the right county and charges."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date

import pytest

import rules.policies
from rules.prosecutors import Coverage, PolicyStatus, policies, policies_for, policies_reaching
from rules.vocabulary import JURISDICTION_NAMES, Category

POLICIES = policies()
REVIEWED = date(2026, 11, 25)


def by_id(policy_id: str):
    return next(p for p in POLICIES if p.id == policy_id)


def test_policies_are_found_and_ids_are_unique():
    assert len(POLICIES) >= 10
    ids = [p.id for p in POLICIES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", [m.name for m in pkgutil.iter_modules(rules.policies.__path__)])
def test_each_module_holds_only_its_own_state(name):
    module = importlib.import_module(f"rules.policies.{name}")
    assert module.__doc__, "a module says what was checked"
    assert module.POLICIES
    for policy in module.POLICIES:
        assert policy.jurisdiction.lower() == name.rstrip("_")


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
def test_every_policy_is_sourced_summarised_and_dated(policy):
    assert policy.jurisdiction in JURISDICTION_NAMES
    assert policy.id.startswith(policy.jurisdiction.lower() + "-")
    assert policy.counties
    assert all(c.strip() for c in policy.counties)
    assert policy.office.strip()
    assert policy.prosecutor.strip()
    assert policy.summary.strip()
    assert policy.summary.count(". ") <= 2, "one or two plain sentences"
    for text in (policy.pending_cases, policy.past_cases, policy.warrants):
        assert text.strip()
    # A successor's change that only ends an earlier policy covers nothing; it links what it replaced.
    assert policy.covers or policy.replaces
    assert policy.categories or policy.replaces
    assert policy.sources
    assert all(s.title.strip() for s in policy.sources)
    assert all(s.url.startswith(("https://", "http://")) for s in policy.sources)
    assert date(2000, 1, 1) < policy.announced < policy.reviewed
    assert policy.reviewed >= REVIEWED


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.id)
def test_status_change_is_dated_only_when_rescinded(policy):
    if policy.status is PolicyStatus.RESCINDED:
        assert policy.status_changed is not None
        assert policy.announced < policy.status_changed <= policy.reviewed
        assert policy.in_force_on(policy.announced)
        assert not policy.in_force_on(policy.status_changed)
    else:
        assert policy.status_changed is None
        assert policy.in_force_on(policy.reviewed)
    assert not policy.in_force_on(date(1999, 12, 31))


def test_no_policy_is_called_active_without_a_current_source():
    # None of the sources reviewed establishes that a policy still applies today.
    assert all(p.status is not PolicyStatus.ACTIVE for p in POLICIES)


def test_manhattan_policies_are_found_by_county():
    found = {p.id for p in policies_for("NY", "New York County")}
    assert {"ny-manhattan-2021", "ny-manhattan-2022"} <= found
    assert {p.id for p in policies_for("NY", "new york")} == found
    assert all(p.jurisdiction == "NY" for p in policies_for("NY", "New York County"))


def test_a_rescinded_policy_is_still_found_and_shown_as_rescinded():
    baltimore = policies_for("MD", "Baltimore city")
    # The successor's entry that ended it is listed too, after it.
    assert [p.id for p in baltimore] == ["md-baltimore-city-2020", "md-baltimore-city-2023"]
    assert baltimore[0].status is PolicyStatus.RESCINDED
    assert baltimore[0].status_changed == date(2023, 1, 3)
    assert baltimore[0].in_force_on(date(2021, 6, 1))
    assert not baltimore[0].in_force_on(date(2023, 6, 1))
    los_angeles = policies_for("CA", "Los Angeles County")
    assert [p.status for p in los_angeles] == [PolicyStatus.RESCINDED, PolicyStatus.UNKNOWN]
    assert los_angeles[1].replaces == los_angeles[0].id


def test_counties_without_a_policy_get_none():
    assert policies_for("MD", "Baltimore County") == ()  # not Baltimore city
    assert policies_for("NY", "Richmond County") == ()
    assert policies_for("NY", "Suffolk County") == ()  # Suffolk County, New York, not Massachusetts
    assert policies_for("PA", "Allegheny County") == ()
    assert policies_for("NY", None) == ()
    assert policies_for("NY", "") == ()


def test_policies_reaching_respects_what_each_policy_covers():
    # Manhattan: selling and unlicensed massage, but never buying.
    assert {p.id for p in policies_reaching("NY", "New York County", Category.PROSTITUTION)} == {
        "ny-manhattan-2021",
        "ny-manhattan-2022",
    }
    assert [p.id for p in policies_reaching("NY", "New York County", Category.UNLICENSED_MASSAGE)] == [
        "ny-manhattan-2021"
    ]
    assert policies_reaching("NY", "New York County", Category.SOLICITATION) == ()
    assert policies_reaching("NY", "New York County", Category.PROMOTING) == ()
    # The Bronx dismissed loitering cases only.
    assert [p.id for p in policies_reaching("NY", "Bronx County", Category.LOITERING_FOR_PROSTITUTION)] == [
        "ny-bronx-2021"
    ]
    assert policies_reaching("NY", "Bronx County", Category.PROSTITUTION) == ()
    # Washtenaw: selling and buying, not third parties.
    assert [p.id for p in policies_reaching("MI", "Washtenaw County", Category.SOLICITATION)] == ["mi-washtenaw-2021"]
    assert policies_reaching("MI", "Washtenaw County", Category.PROMOTING) == ()
    # Suffolk County, Massachusetts: quality-of-life charges only.
    assert [p.id for p in policies_reaching("MA", "Suffolk County", Category.QUALITY_OF_LIFE)] == ["ma-suffolk-2019"]
    assert policies_reaching("MA", "Suffolk County", Category.PROSTITUTION) == ()
    # Trafficking is never covered.
    assert all(Category.TRAFFICKING not in p.categories for p in POLICIES)


def test_seattle_and_king_county_share_a_county_and_only_what_each_declines_reaches_a_charge():
    assert [p.id for p in policies_for("WA", "King County")] == [
        "wa-king-county-2018",
        "wa-seattle-2021",
        "wa-seattle-2024",
    ]
    assert {p.id for p in policies_reaching("WA", "King County", Category.PROSTITUTION)} == {
        "wa-king-county-2018",
        "wa-seattle-2021",
    }
    assert policies_reaching("WA", "King County", Category.LOITERING_FOR_PROSTITUTION) == ()
    assert [p.id for p in policies_reaching("CA", "San Francisco County", Category.SOLICITATION)] == [
        "ca-san-francisco-2023"
    ]


def test_coverage_matches_the_policy_text():
    assert by_id("ny-manhattan-2021").covers == {Coverage.SELLING, Coverage.UNLICENSED_MASSAGE, Coverage.LOITERING}
    assert Coverage.BUYING not in by_id("ny-manhattan-2022").covers
    assert by_id("pa-philadelphia-2018").covers == {Coverage.SELLING}
    assert Coverage.THIRD_PARTY not in by_id("mi-washtenaw-2021").covers
