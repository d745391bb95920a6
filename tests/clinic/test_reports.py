"""Aggregate reports: counts by category, disposition, county and year, remedies by kind and status; SVG charts
drawn on the server, a CSV to share, and no client identifier anywhere."""

from __future__ import annotations

import csv
import io
import re

from tests.clinic.people import NY_VACATUR, World


def _report(world: World) -> dict[tuple[str, str, str], int]:
    response = world.staff_a.get("/clinic/reports.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    return {(r["report"], r["value"], r["detail"]): int(r["count"]) for r in rows}


def test_reports_count_the_organizations_charges_and_remedies(world: World) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Report Person", status="petition_filed")
    client.add_charge(intake, **(NY_VACATUR | {"county": "Kings", "docket": "R-1"}))
    client.add_charge(
        intake,
        jurisdiction="CA",
        county="Alameda",
        category="loitering_for_prostitution",
        disposition="dismissal",
        disposition_date="2019-03-04",
    )
    client.screen(intake)
    counts = _report(world)
    # The world's intake adds one NY prostitution conviction of 2014 in Aardvarkia.
    assert counts[("charges_by_category", "prostitution", "")] == 2
    assert counts[("charges_by_category", "loitering for prostitution", "")] == 1
    assert counts[("charges_by_disposition", "conviction", "")] == 2
    assert counts[("charges_by_disposition", "dismissal", "")] == 1
    assert counts[("charges_by_county", "Kings County", "New York")] == 1
    assert counts[("charges_by_county", "Alameda County", "California")] == 1
    assert counts[("charges_by_year", "2014", "")] == 2
    assert counts[("charges_by_year", "2019", "")] == 1
    assert counts[("remedies_by_kind_and_status", "vacatur", "eligible")] == 2
    assert counts[("intakes_by_status", "petition filed", "")] == 1
    assert sum(n for (report, _, _), n in counts.items() if report == "charges_by_category") == 3
    text = world.staff_a.get("/clinic/reports.csv").text
    for secret in ("Report Person", "R-1", world.marked_a.client_name, world.marked_a.docket, world.marked_a.notes):
        assert secret not in text


def test_reports_page_draws_svg_charts_without_scripts_or_inline_styles(world: World) -> None:
    page = world.staff_a.get("/clinic/reports")
    assert page.status_code == 200
    assert page.text.count('<svg class="chart"') == 6
    assert "<rect" in page.text
    assert not re.search(r"<script|style=", page.text)
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert world.marked_a.client_name not in page.text


def test_csv_cells_cannot_run_as_spreadsheet_formulas(world: World) -> None:
    client = world.staff_a
    client.create_intake(client_name='=HYPERLINK("http://x.example")', notes="+1 then more")
    exported = client.get("/clinic/export.csv").text
    assert "'=HYPERLINK" in exported
    assert "'+1 then more" in exported
    assert "\n=" not in exported
    assert ",=" not in exported


def test_the_report_to_share_masks_counts_small_enough_to_point_to_one_client(world: World) -> None:
    exact = _report(world)
    shared = world.staff_a.get("/clinic/reports.csv?share=true")
    assert shared.status_code == 200
    rows = {(r["report"], r["value"], r["detail"]): r["count"] for r in csv.DictReader(io.StringIO(shared.text))}
    assert rows.keys() == exact.keys()
    for key, count in exact.items():
        assert rows[key] == ("<5" if 0 < count < 5 else str(count))
    assert "<5" in rows.values()
