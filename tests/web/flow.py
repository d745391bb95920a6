"""Drive the self-screening questionnaire through HTTP form posts, as a browser without JavaScript would."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

TOKEN = re.compile(r'name="state" value="([^"]+)"')
HEADING = re.compile(r"<h1>(.*?)</h1>", re.S)


class Screener:
    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.html = ""
        self.status = 0

    @property
    def token(self) -> str:
        found = TOKEN.search(self.html)
        assert found, "page carries no answers"
        return found.group(1)

    @property
    def heading(self) -> str:
        found = HEADING.search(self.html)
        return found.group(1).strip() if found else ""

    @property
    def step(self) -> str:
        found = re.search(r'name="step" value="([a-z]+)"', self.html)
        return found.group(1) if found else ""

    def post(self, **fields: Any) -> Screener:
        response = self.client.post("/screen", data={k: v for k, v in fields.items() if v is not None})
        assert "set-cookie" not in response.headers
        self.html, self.status = response.text, response.status_code
        return self

    def start(self, jurisdiction: str, language: str = "en") -> Screener:
        return self.post(action="start", jurisdiction=jurisdiction, language=language)

    def submit(self, action: str = "next", **fields: Any) -> Screener:
        return self.post(state=self.token, step=self.step, action=action, **fields)

    def charge(
        self,
        category: str,
        disposition: str,
        nexus: str | None = None,
        details: dict[str, str] | None = None,
        **outcome: Any,
    ) -> Screener:
        self.submit(category=category, offense=outcome.pop("offense", None))
        self.submit(disposition=disposition, **outcome)
        if self.step == "details":
            self.submit(**(details or {}))
        if self.step == "nexus":
            self.submit(trafficking_nexus=nexus or "unsure")
        return self


NY_2014 = dict(
    offense="ny-pl-230.00", level="misdemeanor", disposition_date="2014-06-10", sentence_completed_date="2014-06-10"
)


def ny_results(client: TestClient, nexus: str = "yes", language: str = "en") -> Screener:
    screener = Screener(client).start("NY", language)
    screener.charge("prostitution", "conviction", nexus, **NY_2014)
    screener.submit("continue")
    return screener.submit(pending_case="no", under_sentence="no")
