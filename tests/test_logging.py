"""Logs are JSON lines with a request id, echoed to the client, and never carry request data."""

from __future__ import annotations

import json


def test_each_request_logs_one_json_line_with_its_id_and_no_body(client, capsys):
    capsys.readouterr()
    body = {
        "jurisdiction": "NY",
        "county": "Kings County",
        "charges": [{"category": "prostitution", "disposition": "conviction", "disposition_date": "2015-03-09"}],
    }
    response = client.post("/api/v1/screenings?debug=1", json=body)
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    access = [entry for entry in lines if entry["logger"] == "screener.access"]
    assert len(access) == 1
    entry = access[0]
    assert entry["request_id"] == response.headers["x-request-id"]
    assert entry["path"] == "/api/v1/screenings"
    assert entry["method"] == "POST"
    assert entry["status"] == 200
    assert entry["duration_ms"] >= 0
    assert set(entry) == {"time", "level", "logger", "message", "request_id", "method", "path", "status", "duration_ms"}
    raw = json.dumps(lines)
    for secret in ("Kings County", "2015-03-09", "prostitution", "debug=1"):
        assert secret not in raw
