"""A clinic staff member uploads a small export in real Chromium, sorts the table without JavaScript, and
downloads the charges file."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.config import PROJECT_ROOT
from tests.clinic.conftest import subprocess_env
from tests.clinic.people import ADMIN_PASSWORD
from tests.live_server import serve

pytestmark = pytest.mark.browser

EXPORT = (
    "person_id,case_id,jurisdiction,category,disposition,disposition_date,trafficking_nexus\n"
    "Zed,C-1,NY,prostitution,conviction,2014-06-10,yes\n"
    "Amy,C-2,CA,loitering_for_prostitution,dismissal,2020-01-02,\n"
    "Bea,C-3,NY,prostitution,guilty,2014-06-10,\n"
)


@pytest.fixture(scope="module")
def clinic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = f"sqlite:///{tmp_path_factory.mktemp('bulk-browser') / 'clinic.sqlite3'}"
    env = subprocess_env(database) | {"SCREENER_ADMIN_PASSWORD": ADMIN_PASSWORD, "SCREENER_SECURE_COOKIES": "false"}
    subprocess.run(
        [sys.executable, "-m", "app.clinic.cli", "create-org", "--name", "Bulk Clinic", "--admin-email", "a@bulk.example"],
        cwd=PROJECT_ROOT, env=env, check=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    with serve(environ=env) as url:
        yield url


def test_staff_upload_a_file_sort_the_results_and_download_them(browser, clinic_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    context = browser.new_context(base_url=clinic_url, java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    page.goto("/clinic/login")
    page.fill("#field-email", "a@bulk.example")
    page.fill("#field-password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.click("text=Bulk screening")
    page.set_input_files("#file", str(export))
    page.click("text=Screen the file")
    counts = page.text_content("#bulk-counts") or ""
    assert "3 rows read" in counts
    assert "2 charges screened" in counts
    assert "1 rows with errors" in counts
    people = page.locator("#bulk-charges tbody tr td:nth-child(3)")
    assert people.all_text_contents() == ["Zed", "Amy"]
    page.click("#bulk-charges thead button:has-text('Person')")
    assert people.all_text_contents() == ["Amy", "Zed"]
    assert page.get_attribute("#bulk-charges th[aria-sort]", "aria-sort") == "ascending"
    page.click("#bulk-charges thead button:has-text('Person')")
    assert people.all_text_contents() == ["Zed", "Amy"]
    assert "guilty" in (page.text_content("#bulk-errors") or "")
    with page.expect_download() as download:
        page.click("button[value='charges.csv']")
    saved = tmp_path / "charges.csv"
    download.value.save_as(saved)
    with saved.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    first = rows[0]
    assert (first["person_id"], first["best_remedy"], first["best_status"]) == (
        "Zed",
        "ny-vacatur-trafficking",
        "eligible",
    )
    page.check("#save-2")
    page.click("text=Save the chosen rows as intakes")
    assert "Saved 1 intake" in (page.text_content("#bulk-saved") or "")
    page.click("#bulk-saved a")
    assert "Zed" in page.content()
    context.close()


def test_the_bulk_pages_have_no_axe_violations(browser, clinic_url: str, axe_source: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.browser.test_accessibility import violations

    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    context = browser.new_context(base_url=clinic_url, bypass_csp=True)
    page = context.new_page()
    page.goto("/clinic/login")
    page.fill("#field-email", "a@bulk.example")
    page.fill("#field-password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.goto("/clinic/bulk")
    assert violations(page, axe_source) == []
    page.set_input_files("#file", str(export))
    page.click("text=Screen the file")
    page.wait_for_selector("#bulk-charges")
    assert violations(page, axe_source) == []
    context.close()
