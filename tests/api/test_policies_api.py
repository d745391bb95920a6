"""GET /api/v1/policies: every recorded policy, filtered and sorted on the server, judged on a fixed day;
and the screening response saying whether a policy was in force as of the screening's date."""

from __future__ import annotations

import pytest

from app.api.routes.policies import PolicyList
from rules.prosecutors import Element, policies

FIXED = "2026-12-06"


def listed(client, **params: str):
    response = client.get("/api/v1/policies", params={"as_of": FIXED, **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_every_policy_is_listed_in_the_documented_shape(client):
    body = listed(client)
    parsed = PolicyList.model_validate(body)
    assert parsed.model_dump(mode="json") == body
    assert body["as_of"] == FIXED
    assert body["count"] == len(policies()) == len(body["policies"])
    for p in body["policies"]:
        assert [m["element"] for m in p["scorecard"]] == [e.value for e in Element]
        assert p["confirmations"][0]["day"] == p["announced"]
        assert p["currency"]["current"] is (p["currency"]["state"] == "in_force")


def test_the_openapi_document_lists_the_endpoint(client):
    assert "/api/v1/policies" in client.get("/openapi.json").json()["paths"]


def test_filter_by_state_is_case_insensitive(client):
    ids = {p["id"] for p in listed(client, state="md")["policies"]}
    assert ids == {"md-baltimore-city-2020", "md-baltimore-city-2023"}


def test_filter_by_element_defaults_to_yes_and_takes_a_score(client):
    buying = [p["id"] for p in listed(client, element="declines_buying")["policies"]]
    assert buying == ["mi-washtenaw-2021"]
    massage = [p["id"] for p in listed(client, element="names_unlicensed_massage", score="yes")["policies"]]
    assert massage == ["ny-manhattan-2021"]
    no_buying = {p["id"] for p in listed(client, element="declines_buying", score="no")["policies"]}
    assert {"ny-manhattan-2021", "wa-seattle-2021", "tn-shelby-2024"} <= no_buying
    assert "mi-washtenaw-2021" not in no_buying


def test_filter_by_how_current_on_the_given_day(client):
    ended = {p["id"] for p in listed(client, currency="ended")["policies"]}
    assert ended == {"md-baltimore-city-2020", "ca-los-angeles-2020"}
    in_force_2021 = client.get("/api/v1/policies", params={"as_of": "2021-06-01", "currency": "in_force"}).json()
    ids = {p["id"] for p in in_force_2021["policies"]}
    assert "ny-brooklyn-2021" in ids
    assert "md-baltimore-city-2020" not in ids  # rescinded: never current
    brooklyn = next(p for p in in_force_2021["policies"] if p["id"] == "ny-brooklyn-2021")
    assert brooklyn["currency"] == {"state": "in_force", "day": "2021-03-24", "current": True}


def test_sort_by_score_puts_the_closest_to_the_model_policy_first(client):
    rows = listed(client, sort="score")["policies"]
    points = [p["model_points"] for p in rows]
    assert points == sorted(points, reverse=True)
    assert {"ny-manhattan-2021", "md-baltimore-city-2020"} == {p["id"] for p in rows if p["model_points"] == points[0]}


def test_successors_are_linked_both_ways(client):
    rows = {p["id"]: p for p in listed(client, state="CA")["policies"]}
    assert rows["ca-los-angeles-2020"]["replaced_by"] == ["ca-los-angeles-2024"]
    assert rows["ca-los-angeles-2024"]["replaces"] == "ca-los-angeles-2020"
    assert rows["ca-los-angeles-2020"]["ended_by"]["url"].startswith("http")


def test_texts_follow_accept_language(client):
    body = client.get("/api/v1/policies", params={"state": "TN"}, headers={"accept-language": "es"}).json()
    assert body["policies"][0]["summary"].startswith("El fiscal del condado de Shelby")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"state": "ZZ"}, "state"),
        ({"state": "N1"}, "state"),
        ({"element": "declines_everything"}, "element"),
        ({"score": "maybe"}, "score"),
        ({"currency": "forever"}, "currency"),
        ({"sort": "random"}, "sort"),
        ({"as_of": "2026-13-01"}, "as_of"),
    ],
)
def test_bad_filters_get_422_naming_the_field(client, params, field):
    response = client.get("/api/v1/policies", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [e["field"] for e in response.json()["errors"]] == [field]


def test_a_pending_loitering_case_in_a_county_with_a_policy_in_force_says_as_of_when(client):
    """No loitering policy has a dated confirmation since 2024-12-07, so this is the nearest real case: Brooklyn's,
    confirmed by the office's release of 2021-03-24, screened on a day within two years of it."""
    body = {
        "jurisdiction": "NY",
        "county": "Kings County",
        "as_of": "2021-06-01",
        "charges": [{"category": "loitering_for_prostitution", "disposition": "pending"}],
    }
    found = client.post("/api/v1/screenings", json=body).json()["local_policies"]
    assert [p["id"] for p in found] == ["ny-brooklyn-2021"]
    assert found[0]["currency"] == {"state": "in_force", "day": "2021-03-24", "current": True}


def test_the_same_case_screened_years_later_is_only_last_confirmed(client):
    body = {
        "jurisdiction": "NY",
        "county": "Kings County",
        "as_of": FIXED,
        "charges": [{"category": "loitering_for_prostitution", "disposition": "pending"}],
    }
    found = client.post("/api/v1/screenings", json=body).json()["local_policies"]
    assert found[0]["currency"] == {"state": "last_confirmed", "day": "2021-03-24", "current": False}


def test_the_changes_feed_lists_policy_confirmations(client):
    feed = client.get("/api/v1/changes", params={"jurisdiction": "TN"}).json()
    assert {"policy_confirmed", "policy_announced"} <= {c["kind"] for c in feed}


def test_the_changes_feed_lists_new_and_reviewed_policies(client):
    feed = client.get("/api/v1/changes", params={"jurisdiction": "WA", "since": "2024-01-01"}).json()
    entries = {(c["kind"], c["subject"], c["date"]) for c in feed}
    assert ("policy_announced", "wa-seattle-2024", "2024-09-17") in entries
    assert ("policy_reviewed", "wa-seattle-2021", "2026-12-07") in entries
    ca = client.get("/api/v1/changes", params={"jurisdiction": "CA", "since": "2019-01-01"}).json()
    assert ("policy_confirmed", "ca-san-francisco-2018", "2019-09-25") in {
        (c["kind"], c["subject"], c["date"]) for c in ca
    }


def test_a_successors_change_and_a_recent_policy_carry_their_currency(client):
    rows = {p["id"]: p for p in listed(client, state="WA", as_of="2025-06-01")["policies"]}
    assert rows["wa-seattle-2024"]["replaces"] == "wa-seattle-2021"
    assert rows["wa-seattle-2021"]["replaced_by"] == ["wa-seattle-2024"]
    assert rows["wa-seattle-2024"]["currency"] == {"state": "in_force", "day": "2024-09-17", "current": True}
    assert rows["wa-seattle-2024"]["covers"] == []
    later = {p["id"]: p for p in listed(client, state="WA")["policies"]}
    assert later["wa-seattle-2024"]["currency"] == {"state": "last_confirmed", "day": "2024-09-17", "current": False}
    sf = {p["id"]: p for p in listed(client, state="CA")["policies"]}
    actors = {(a["kind"], a["stance"]) for a in sf["ca-san-francisco-2018"]["other_actors"]}
    assert {("police", "non_arrest"), ("police", "contrary")} <= actors
