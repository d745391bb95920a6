"""Hostile input against the API and the forms: refused or handled with a clear message, never a 500."""

from __future__ import annotations

import json

import pytest

from tests.web.flow import Screener

SCRIPT = '<script>alert("x")</script>'
CHARGE = {"category": "prostitution", "disposition": "conviction"}


def post_json(client, body: bytes):
    return client.post("/api/v1/screenings", content=body, headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 30_000 + b"]" * 30_000,
        b'{"jurisdiction": "NY", "charges": ' + b"[" * 20_000 + b"]" * 20_000 + b"}",
        b'{"jurisdiction": "N\xff\xfeY", "charges": []}',
        b"\xef\xbb\xbf{}",
        b"null",
        b'"just a string"',
        b"1e999999",
        b'{"jurisdiction": "NY", "charges": [' + b"{}," * 5000 + b"{}]}",
        json.dumps({"jurisdiction": "NY", "charges": [CHARGE] * 10_000}).encode()[:60_000],
    ],
    ids=[
        "deep-array",
        "deep-charges",
        "invalid-utf8",
        "bom",
        "null",
        "string",
        "huge-number",
        "many-empty",
        "truncated",
    ],
)
def test_malformed_bodies_get_a_4xx_problem_never_a_500(client, body):
    response = post_json(client, body)
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in response.text


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "-2020-01-01", "20200101"])
def test_impossible_and_extreme_dates_are_422(client, day):
    response = client.post("/api/v1/screenings", json={"jurisdiction": "NY", "as_of": day, "charges": [CHARGE]})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "as_of"


def test_too_many_charges_is_422_and_a_huge_body_is_413(client):
    many = client.post("/api/v1/screenings", json={"jurisdiction": "NY", "charges": [CHARGE] * 51})
    assert many.status_code == 422
    huge = client.post("/api/v1/screenings", json={"jurisdiction": "NY", "county": "x" * 100_000, "charges": [CHARGE]})
    assert huge.status_code == 413


def test_markup_in_text_fields_is_refused_or_never_reflected_raw(client):
    response = client.post(
        "/api/v1/screenings", json={"jurisdiction": "NY", "county": SCRIPT, "charges": [{**CHARGE, "offense": SCRIPT}]}
    )
    assert response.status_code == 422
    assert SCRIPT not in response.text


def test_markup_typed_into_the_forms_is_escaped_on_the_page(client):
    screener = Screener(client).start("NY")
    screener.submit(category="prostitution")
    screener.submit(disposition="conviction", disposition_date=SCRIPT, sentence_completed_date='"><img src=x>')
    assert screener.status == 422
    assert SCRIPT not in screener.html
    assert '"><img src=x>' not in screener.html
    assert "&lt;script&gt;" in screener.html
    screener.submit(category=SCRIPT)
    assert SCRIPT not in screener.html


def test_hostile_form_posts_never_get_a_500(client):
    cases = [
        {"action": "start", "jurisdiction": SCRIPT},
        {"action": "start", "jurisdiction": "NY", "language": SCRIPT},
        {"state": "x" * 5000, "step": "about", "action": "next"},
        {"state": "", "step": "", "action": "edit:99999999999999999999"},
        {"action": "x" * 10_000},
    ]
    for fields in cases:
        response = client.post("/screen", data=fields)
        assert response.status_code < 500, fields
        assert SCRIPT not in response.text
    raw = client.post(
        "/screen",
        content=b"state=%ff%fe&step=about&action=next",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert raw.status_code < 500
    big = client.post(
        "/screen", content=b"a=" + b"x" * 100_000, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert big.status_code == 413
    assert big.headers["content-type"].startswith("text/html")
