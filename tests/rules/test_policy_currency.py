"""How current each prosecutor's policy is, judged on a given day (never on today's date), its scorecard
against the community guide's model policy, successors, other officials, and the changes feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rules.changes import ChangeKind, changes
from rules.law import Source
from rules.prosecutors import (
    CURRENT_WINDOW_DAYS,
    Confirmation,
    Coverage,
    Currency,
    Element,
    PolicyStatus,
    Score,
    policies,
    policy,
    successors,
)

POLICIES = policies()


def test_a_policy_confirmed_within_two_years_is_in_force_as_of_its_last_confirmation():
    brooklyn = policy("ny-brooklyn-2021")
    assert brooklyn is not None
    assert brooklyn.currency(date(2021, 6, 1)) == (Currency.IN_FORCE, date(2021, 3, 24))
    # Before the confirmation, the announcement itself is the last confirmation.
    assert brooklyn.currency(date(2021, 2, 1)) == (Currency.IN_FORCE, date(2021, 1, 29))


def test_a_policy_last_confirmed_long_ago_is_not_called_current():
    brooklyn = policy("ny-brooklyn-2021")
    assert brooklyn is not None
    assert brooklyn.currency(date(2026, 12, 6)) == (Currency.ASK_OFFICE, date(2021, 3, 24))


def test_the_two_year_window_ends_on_its_last_day():
    brooklyn = policy("ny-brooklyn-2021")
    assert brooklyn is not None
    last = date(2021, 3, 24)
    assert brooklyn.currency(last + timedelta(days=CURRENT_WINDOW_DAYS))[0] is Currency.IN_FORCE
    assert brooklyn.currency(last + timedelta(days=CURRENT_WINDOW_DAYS + 1))[0] is Currency.ASK_OFFICE


def test_a_later_confirmation_keeps_a_policy_in_force():
    brooklyn = policy("ny-brooklyn-2021")
    assert brooklyn is not None
    source = Source("An office page", "https://example.org/policy")
    confirmed = replace(brooklyn, confirmed=(*brooklyn.confirmed, Confirmation(date(2026, 1, 5), source)))
    assert confirmed.currency(date(2026, 12, 6)) == (Currency.IN_FORCE, date(2026, 1, 5))
    assert confirmed.last_confirmed(date(2026, 12, 6)) == Confirmation(date(2026, 1, 5), source)


def test_a_policy_is_not_yet_anything_before_it_was_announced():
    assert policy("ny-brooklyn-2021").currency(date(2020, 1, 1)) == (Currency.NOT_YET, None)  # type: ignore[union-attr]


def test_a_rescinded_policy_is_never_current_and_links_its_successor():
    baltimore = policy("md-baltimore-city-2020")
    assert baltimore is not None
    for day in (date(2020, 4, 1), date(2021, 3, 27), date(2023, 1, 3), date(2030, 1, 1)):
        assert baltimore.currency(day) == (Currency.ENDED, date(2023, 1, 3))
    assert baltimore.ended_by is not None
    assert baltimore.ended_by.url.startswith("https://")
    (successor,) = successors("md-baltimore-city-2020")
    assert successor.id == "md-baltimore-city-2023"
    assert successor.replaces == baltimore.id
    assert successor.prosecutor == "Ivan J. Bates"
    assert successor.announced == baltimore.status_changed
    assert successor.mark(Element.SELLING).score is Score.NO


def test_los_angeles_directive_ended_and_its_successor_is_its_own_entry():
    gascon = policy("ca-los-angeles-2020")
    assert gascon is not None
    assert gascon.status is PolicyStatus.RESCINDED
    assert [p.id for p in successors(gascon.id)] == ["ca-los-angeles-2024"]


@pytest.mark.parametrize("p", POLICIES, ids=lambda p: p.id)
def test_every_policy_has_a_complete_scorecard_each_mark_with_its_source(p):
    assert [m.element for m in p.scorecard] == list(Element)
    for mark in p.scorecard:
        if mark.score is Score.UNKNOWN:
            assert mark.source is None
        else:
            assert mark.source is not None
            assert mark.source.url.startswith(("https://", "http://"))
            assert mark.source.title.strip()


@pytest.mark.parametrize("p", POLICIES, ids=lambda p: p.id)
def test_every_confirmation_and_end_is_dated_and_sourced(p):
    days = [c.day for c in p.confirmations]
    assert days == sorted(days)
    assert days[0] == p.announced
    assert all(p.announced <= c.day <= p.reviewed for c in p.confirmed)
    if p.status is PolicyStatus.RESCINDED:
        assert p.ended_by is not None
    if p.replaces:
        assert policy(p.replaces) is not None


@pytest.mark.parametrize("p", [p for p in POLICIES if p.other_actors], ids=lambda p: p.id)
def test_other_officials_are_dated_and_sourced(p):
    for actor in p.other_actors:
        assert actor.name.strip()
        assert actor.source.url.startswith(("https://", "http://"))
        assert date(2000, 1, 1) < actor.day <= p.reviewed


def test_a_state_attorney_general_and_police_are_recorded_where_sources_document_them():
    kinds = {(a.kind.value, a.stance.value) for p in POLICIES for a in p.other_actors}
    assert ("attorney_general", "may_take_over") in kinds
    assert ("police", "contrary") in kinds


def test_coverage_counts_policies_and_states():
    assert len(POLICIES) >= 21
    assert len({p.jurisdiction for p in POLICIES}) >= 9
    assert all(p.sources and p.announced for p in POLICIES)  # each with a dated source


def test_seattles_later_city_attorney_is_her_own_entry_linked_to_the_policy_she_changed():
    holmes, davison = policy("wa-seattle-2021"), policy("wa-seattle-2024")
    assert holmes is not None
    assert davison is not None
    assert [p.id for p in successors(holmes.id)] == [davison.id]
    assert davison.replaces == holmes.id
    assert davison.covers == frozenset()  # it declines nothing, so no screening is told it applies
    assert holmes.status is PolicyStatus.UNKNOWN  # no source says Davison ended the part on selling
    # Announced (and last confirmed) on 2024-09-17: in force within two years of that, then ask the office.
    assert davison.currency(date(2025, 6, 1)) == (Currency.IN_FORCE, date(2024, 9, 17))
    assert davison.currency(date(2026, 12, 7)) == (Currency.ASK_OFFICE, date(2024, 9, 17))
    assert holmes.mark(Element.QUALITY_OF_LIFE).score is Score.PARTLY  # stopped seeking stay-out orders
    assert davison.mark(Element.QUALITY_OF_LIFE).score is Score.NO


def test_san_francisco_records_its_police_beside_both_district_attorneys():
    gascon, jenkins = policy("ca-san-francisco-2018"), policy("ca-san-francisco-2023")
    assert gascon is not None
    assert jenkins is not None
    stances = {(a.name, a.stance.value, a.day) for a in gascon.other_actors}
    assert ("San Francisco Police Department", "non_arrest", date(2018, 1, 11)) in stances
    assert any(stance == "contrary" for _, stance, _ in stances)
    assert gascon.currency(date(2020, 6, 1)) == (Currency.IN_FORCE, date(2019, 9, 25))
    assert jenkins.mark(Element.BUYING).score is Score.PARTLY
    assert jenkins.replaces is None  # a practice of its own, not a change to Gascon's policy


def test_no_loitering_policy_is_confirmed_in_the_two_years_before_the_review():
    """Recorded plainly: no dated source since 2024-12-07 confirms a policy covering loitering for prostitution,
    so the nearest real case (Brooklyn, confirmed 2021-03-24) shows "as of" only on days within two years of it."""
    loitering = [p for p in POLICIES if Coverage.LOITERING in p.covers]
    assert {p.id for p in loitering} >= {"ny-brooklyn-2021", "ny-queens-2021", "ca-san-francisco-2018"}
    assert [p.id for p in loitering if p.currency(date(2026, 12, 7))[0] is Currency.IN_FORCE] == []
    brooklyn = policy("ny-brooklyn-2021")
    assert brooklyn is not None
    assert brooklyn.currency(date(2023, 3, 24)) == (Currency.IN_FORCE, date(2021, 3, 24))


def test_the_changes_feed_lists_confirmations_announcements_and_ends():
    feed = changes(since=date(2021, 1, 1), jurisdiction="MD")
    kinds = {(c.kind, c.subject) for c in feed}
    assert (ChangeKind.POLICY_CONFIRMED, "md-baltimore-city-2020") in kinds
    assert (ChangeKind.POLICY_ENDED, "md-baltimore-city-2020") in kinds
    assert (ChangeKind.POLICY_ANNOUNCED, "md-baltimore-city-2023") in kinds


def test_the_changes_feed_lists_new_and_reviewed_policies():
    feed = {(c.kind, c.subject, c.day) for c in changes(jurisdiction="WA")}
    assert (ChangeKind.POLICY_ANNOUNCED, "wa-seattle-2024", date(2024, 9, 17)) in feed
    # A policy whose entry was checked again (and changed) says so on the day of that review.
    assert (ChangeKind.POLICY_REVIEWED, "wa-seattle-2021", date(2026, 12, 7)) in feed
    for p in POLICIES:
        assert (ChangeKind.POLICY_REVIEWED, p.id, p.reviewed) in {
            (c.kind, c.subject, c.day) for c in changes(since=p.reviewed, jurisdiction=p.jurisdiction)
        }
