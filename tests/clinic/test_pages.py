"""The clinic's templates keep the site's Content-Security-Policy: no inline script or style anywhere."""

from __future__ import annotations

import re

from app.core.config import PROJECT_ROOT

TEMPLATES = PROJECT_ROOT / "templates" / "clinic"


def test_clinic_templates_have_no_inline_script_or_style() -> None:
    found = sorted(TEMPLATES.glob("*.html"))
    assert len(found) >= 10
    for path in found:
        page = path.read_text(encoding="utf-8")
        assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", page), path.name


def test_every_clinic_form_that_posts_carries_the_csrf_token() -> None:
    for path in TEMPLATES.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        for form in re.findall(r'<form method="post".*?</form>', page, re.S):
            assert "csrf_token" in form or "csrf(who)" in form, path.name
