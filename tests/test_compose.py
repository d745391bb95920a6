"""compose.yaml runs several instances behind one proxy; no container engine runs here, so its wiring is checked
as data (the behaviour itself: tests/clinic/test_several_instances.py, tests/api/test_forwarded_addresses.py)."""

from __future__ import annotations

from typing import Any

import yaml

from tests.live_server import ROOT

COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]


def test_the_app_trusts_forwarded_headers_from_the_proxy_only() -> None:
    proxy_address = SERVICES["proxy"]["networks"]["screener"]["ipv4_address"]
    assert SERVICES["app"]["environment"]["SCREENER_FORWARDED_ALLOW_IPS"] == proxy_address
    published = [name for name, service in SERVICES.items() if service.get("ports")]
    assert published == ["proxy"]
    assert (ROOT / "deploy" / "Caddyfile").is_file()


def test_the_instances_share_keys_the_database_redis_and_the_api_keys_file() -> None:
    app, migrate = SERVICES["app"], SERVICES["migrate"]
    assert app["deploy"]["replicas"] >= 2
    for variable in ("SCREENER_SECRET_KEY", "SCREENER_CLINIC_KEYS", "SCREENER_API_KEYS_FILE", "SCREENER_REDIS_URL"):
        assert app["environment"][variable] == migrate["environment"][variable]
    assert app["environment"]["SCREENER_REDIS_URL"].startswith("redis://redis:")
    assert "@db:5432/" in app["environment"]["DATABASE_URL"]
    keys_folder = app["environment"]["SCREENER_API_KEYS_FILE"].rsplit("/", 1)[0]
    assert any(volume.endswith(f":{keys_folder}") for volume in app["volumes"])
    assert "app.clinic.cli migrate" in " ".join(migrate["command"])  # the migrations run once, not per instance
    assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
