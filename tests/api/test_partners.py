"""Partner API: keys from the command line, rate limits, CORS, embedding, versions and the changes feed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import rules
from app.core.config import get_settings
from app.partners import cli

PARTNER = "https://partner.example"
BODY = {"jurisdiction": "NY", "charges": [{"category": "prostitution", "disposition": "conviction"}]}


@pytest.fixture
def partner_app(tmp_path, monkeypatch) -> Iterator[TestClient]:
    """A fresh app with small limits, one allowed partner origin and its own key file."""
    monkeypatch.setenv("SCREENER_API_KEYS_FILE", str(tmp_path / "keys.json"))
    monkeypatch.setenv("SCREENER_RATE_LIMIT_ANONYMOUS", "3/minute")
    monkeypatch.setenv("SCREENER_RATE_LIMIT_WITH_KEY", "8/minute")
    monkeypatch.setenv("SCREENER_CORS_ORIGINS", PARTNER)
    monkeypatch.setenv("SCREENER_EMBED_ORIGINS", PARTNER)
    get_settings.cache_clear()
    from app.main import create_app

    with TestClient(create_app()) as client:
        yield client
    get_settings.cache_clear()


def issue_key(capsys, partner: str = "Harm Reduction Org") -> tuple[str, str]:
    assert cli.main(["create", "--partner", partner]) == 0
    out = capsys.readouterr().out
    key = out.strip().splitlines()[-1]
    key_id = out.split()[1]
    return key_id, key


def test_without_a_key_the_fourth_request_in_a_minute_gets_429_with_retry_after(partner_app):
    statuses = [partner_app.post("/api/v1/screenings", json=BODY).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    refused = partner_app.post("/api/v1/screenings", json=BODY)
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["api-version"] == "1"


def test_a_key_from_the_command_line_raises_the_limit_and_is_stored_only_hashed(partner_app, capsys, tmp_path):
    key_id, key = issue_key(capsys)
    stored = (tmp_path / "keys.json").read_text()
    assert key not in stored
    assert key_id in stored
    headers = {"x-api-key": key}
    statuses = [partner_app.get("/api/v1/jurisdictions", headers=headers).status_code for _ in range(8)]
    assert statuses == [200] * 8
    assert partner_app.get("/api/v1/jurisdictions", headers=headers).status_code == 429
    bearer = {"authorization": f"Bearer {key}"}
    assert partner_app.get("/api/v1/jurisdictions", headers=bearer).status_code == 429  # the same partner's window


def test_list_shows_keys_without_the_keys_and_a_revoked_key_gets_401(partner_app, capsys):
    key_id, key = issue_key(capsys, "Legal Aid Portal")
    assert cli.main(["list"]) == 0
    listing = capsys.readouterr().out
    assert "Legal Aid Portal" in listing
    assert key not in listing
    assert partner_app.get("/api/v1/jurisdictions", headers={"x-api-key": key}).status_code == 200
    assert cli.main(["revoke", key_id]) == 0
    assert partner_app.get("/api/v1/jurisdictions", headers={"x-api-key": key}).status_code == 401
    assert partner_app.get("/api/v1/jurisdictions", headers={"x-api-key": "rrs_made-up"}).status_code == 401
    assert cli.main(["revoke", key_id]) == 1


def test_cors_allows_only_listed_partner_origins_without_credentials(partner_app):
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    allowed = partner_app.options("/api/v1/screenings", headers={"origin": PARTNER, **preflight})
    assert allowed.headers["access-control-allow-origin"] == PARTNER
    assert "access-control-allow-credentials" not in allowed.headers
    other = partner_app.options("/api/v1/screenings", headers={"origin": "https://elsewhere.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    simple = partner_app.post("/api/v1/screenings", json=BODY, headers={"origin": PARTNER})
    assert simple.headers["access-control-allow-origin"] == PARTNER
    assert "retry-after" in simple.headers["access-control-expose-headers"]


def test_only_embed_pages_may_be_framed_and_only_by_listed_origins(partner_app):
    embed = partner_app.get("/embed")
    assert f"frame-ancestors {PARTNER}" in embed.headers["content-security-policy"]
    assert "x-frame-options" not in embed.headers
    assert 'action="/embed/screen"' in embed.text
    start = partner_app.post("/embed/screen", data={"action": "start", "jurisdiction": "NY"})
    assert f"frame-ancestors {PARTNER}" in start.headers["content-security-policy"]
    assert 'action="/embed/screen"' in start.text
    assert "set-cookie" not in start.headers
    home = partner_app.get("/")
    assert "frame-ancestors 'none'" in home.headers["content-security-policy"]
    assert home.headers["x-frame-options"] == "DENY"


def test_every_api_response_carries_the_version_and_rules_review_date(client):
    for response in (
        client.get("/api/v1/jurisdictions"),
        client.post("/api/v1/screenings", json=BODY),
        client.get("/api/v1/jurisdictions/ZZ"),
    ):
        assert response.headers["api-version"] == "1"
        newest = max(j.reviewed for j in rules.jurisdictions().values())
        assert response.headers["x-rules-reviewed"] == newest.isoformat()


def test_changes_feed_lists_rule_changes_by_date_and_filters(client):
    everything = client.get("/api/v1/changes").json()
    days = [c["date"] for c in everything]
    assert days == sorted(days, reverse=True)
    kinds = {c["kind"] for c in everything}
    assert {"reviewed", "in_force", "policy_announced", "policy_ended"} <= kinds
    recent = client.get("/api/v1/changes", params={"since": "2024-01-01", "jurisdiction": "ny"}).json()
    assert recent
    # A state's changes, and the additions to the API, which concern every jurisdiction ("US").
    assert all(c["jurisdiction"] in ("NY", "US") and c["date"] >= "2024-01-01" for c in recent)
    assert any(c["subject"] == "ny-clean-slate" for c in recent)
    assert any(c["kind"] == "api_addition" and "other_convictions" in c["subject"] for c in recent)
    assert client.get("/api/v1/changes", params={"since": "yesterday"}).status_code == 422


def test_language_comes_from_the_body_else_accept_language(client):
    spanish = client.post("/api/v1/screenings", json=BODY, headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert spanish.headers["content-language"] == "es"
    title = spanish.json()["charges"][0]["remedies"][0]["title"]
    english = client.post("/api/v1/screenings", json={**BODY, "language": "en"}, headers={"accept-language": "es"})
    assert english.headers["content-language"] == "en"
    assert english.json()["charges"][0]["remedies"][0]["title"] != title
    korean = client.post("/api/v1/screenings", json={**BODY, "language": "ko"})
    assert korean.headers["content-language"] == "ko"
