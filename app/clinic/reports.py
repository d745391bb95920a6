"""Aggregate reporting for one organization, with no client identifiers: counts only.

Charges by category, disposition, state and county, and year; remedies found by kind and status; intakes by
status. Only clear-text columns are read (never an ``_enc`` column), so a report cannot leak a name even by
mistake. The same tables render as server-side SVG bar charts and download as CSV for sharing, for instance
with a prosecutor's office asked for arrest and prosecution data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.api.schemas import ScreeningResponse
from app.clinic.charges import StoredCharge, decrypted
from app.clinic.crypto import FieldCipher
from app.clinic.exports import write_csv
from app.clinic.models import ChargeRecord, Intake, ScreeningRecord
from app.core.translations import N_
from rules.vocabulary import JURISDICTION_NAMES

NOT_RECORDED = N_("not recorded")
BAR_AREA = 420  # px of the longest bar in the SVG charts
ROW_HEIGHT = 24
LABEL_WIDTH = 260


@dataclass(frozen=True, slots=True)
class Row:
    value: str
    detail: str
    count: int


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    y: int
    width: int


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    title: str
    value_heading: str
    detail_heading: str
    rows: list[Row]

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)

    def bars(self) -> list[Bar]:
        """Bar geometry for the SVG chart, scaled to the largest count."""
        top = max((r.count for r in self.rows), default=0) or 1
        return [
            Bar(
                label=f"{r.value} · {r.detail}" if r.detail else r.value,
                count=r.count,
                y=i * ROW_HEIGHT,
                width=max(1, round(r.count / top * BAR_AREA)),
            )
            for i, r in enumerate(self.rows)
        ]

    @property
    def height(self) -> int:
        return max(1, len(self.rows)) * ROW_HEIGHT


def _words(value: str) -> str:
    return value.replace("_", " ")


def _table(key: str, title: str, counts: Counter[tuple[str, str]], value: str, detail: str = "") -> Table:
    rows = [Row(v, d, n) for (v, d), n in counts.items()]
    rows.sort(key=lambda r: (-r.count, r.value, r.detail))
    return Table(key, title, value, detail, rows)


def _year(charge: StoredCharge) -> str:
    day = charge.offense_date or charge.disposition_date
    return str(day.year) if day is not None else NOT_RECORDED


def build(session: Session, cipher: FieldCipher, org_id: int) -> list[Table]:
    """Counts over the organization's charges; the encrypted details are read in the app, never in SQL."""
    records = session.exec(
        select(ChargeRecord).join(Intake, col(Intake.id) == col(ChargeRecord.intake_id)).where(Intake.org_id == org_id)
    ).all()
    category: Counter[tuple[str, str]] = Counter()
    disposition: Counter[tuple[str, str]] = Counter()
    county: Counter[tuple[str, str]] = Counter()
    year: Counter[tuple[str, str]] = Counter()
    for record in records:
        charge = decrypted(cipher, record)
        category[(_words(charge.category), "")] += 1
        disposition[(_words(charge.disposition), "")] += 1
        state = JURISDICTION_NAMES.get(charge.jurisdiction, charge.jurisdiction)
        county[(charge.county or NOT_RECORDED, state)] += 1
        year[(_year(charge), "")] += 1
    remedies: Counter[tuple[str, str]] = Counter()
    responses = session.exec(
        select(ScreeningRecord.response_enc)
        .join(Intake, col(Intake.id) == col(ScreeningRecord.intake_id))
        .where(Intake.org_id == org_id)
    ).all()
    for token in responses:
        for charge in ScreeningResponse.model_validate_json(cipher.decrypt(token) or "{}").charges:
            for remedy in charge.remedies:
                remedies[(_words(remedy.kind.value), _words(remedy.status.value))] += 1
    statuses: Counter[tuple[str, str]] = Counter(
        (_words(s), "") for s in session.exec(select(Intake.status).where(Intake.org_id == org_id)).all()
    )
    # Titles and headings are message ids: the page shows them in the reader's language, the CSV in English.
    years = _table(
        "charges_by_year", N_("Charges by year (of the offense, or else of the disposition)"), year, N_("year")
    )
    years.rows.sort(key=lambda r: r.value)
    return [
        _table("charges_by_category", N_("Charges by category"), category, N_("category")),
        _table("charges_by_disposition", N_("Charges by disposition"), disposition, N_("disposition")),
        _table("charges_by_county", N_("Charges by county"), county, N_("county"), N_("state")),
        years,
        _table(
            "remedies_by_kind_and_status", N_("Remedies found, by kind and status"), remedies, N_("kind"), N_("status")
        ),
        _table("intakes_by_status", N_("Intakes by status"), statuses, N_("status")),
    ]


# In a report shared outside the clinic, a count this small could point to one client (one arrest in a
# small county in a given year), so it is shown only as "fewer than" this number.
SHARED_MINIMUM = 5


def as_csv(tables: list[Table], shared: bool = False) -> str:
    """Exact counts for the organization; with ``shared``, counts of 1 to 4 become "<5"."""
    rows: list[list[object]] = [["report", "value", "detail", "count"]]
    for table in tables:
        for row in table.rows:
            small = shared and 0 < row.count < SHARED_MINIMUM
            rows.append([table.key, row.value, row.detail, f"<{SHARED_MINIMUM}" if small else row.count])
    return write_csv(rows)
