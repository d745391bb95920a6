"""The counts of a run and the one-page summary a prosecutor's office or a clinic director reads.

Counts are of each charge's best remedy (see ``screening.best_position``), by jurisdiction, remedy kind and status.
The charts are SVG drawn here (bars and text only, presentation attributes rather than style, so a page with a
strict Content-Security-Policy can show them); each comes with the same figures as a table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Any

from rules.vocabulary import JURISDICTION_NAMES, KIND_RANK

NO_REMEDY = "none"  # no remedy of the jurisdiction reaches the charge
STATUS_ORDER = ("automatic", "eligible", "eligible_later", "possibly_eligible", "not_eligible", "")
# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; every bar is also labelled.
STATUS_COLOURS = {
    "automatic": "#0072B2",
    "eligible": "#009E73",
    "eligible_later": "#56B4E9",
    "possibly_eligible": "#E69F00",
    "not_eligible": "#999999",
    "": "#CC79A7",
}
Words = Callable[[str], str]


def plain_words(value: str) -> str:
    return {"": "no remedy reaches it"}.get(value, value.replace("_", " "))


@dataclass
class Tally:
    """What a chunk, and then the whole run, counted. Chunks' tallies add up to the run's."""

    rows: int = 0
    errors: int = 0  # rows that went to the errors file
    skipped: int = 0  # rows of other jurisdictions under --only-jurisdiction
    charges: int = 0  # rows screened
    persons: int = 0
    persons_with_relief_now: int = 0
    best: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (jurisdiction, kind, status)

    def count(self, screened: Iterable[Any]) -> None:
        for s in screened:
            self.charges += 1
            best = s.best
            self.best[(s.row.jurisdiction.code, best[1] if best else NO_REMEDY, best[2] if best else "")] += 1

    def add(self, other: Tally) -> None:
        self.rows += other.rows
        self.errors += other.errors
        self.skipped += other.skipped
        self.charges += other.charges
        self.persons += other.persons
        self.persons_with_relief_now += other.persons_with_relief_now
        self.best.update(other.best)

    def by_status(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for (_code, _kind, status), n in self.best.items():
            counts[status] += n
        return counts

    def by_kind(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for (_code, kind, status), n in self.best.items():
            if status in ("automatic", "eligible", "eligible_later"):
                counts[kind] += n
        return counts

    def by_jurisdiction(self) -> dict[str, Counter[str]]:
        found: dict[str, Counter[str]] = {}
        for (code, _kind, status), n in sorted(self.best.items()):
            found.setdefault(code, Counter())[status] += n
        return found

    def table(self) -> list[dict[str, Any]]:
        """One line per jurisdiction, best remedy kind and status, with its count of charges."""
        return [
            {"jurisdiction": code, "remedy_kind": kind, "status": status, "charges": n}
            for (code, kind, status), n in sorted(
                self.best.items(),
                key=lambda item: (item[0][0], KIND_RANK.get(item[0][1], 99), STATUS_ORDER.index(item[0][2])),  # type: ignore[call-overload]
            )
        ]

    def as_dict(self, as_of: date, source: str) -> dict[str, Any]:
        return {
            "source": source,
            "as_of": as_of.isoformat(),
            "rows": {"read": self.rows, "screened": self.charges, "errors": self.errors, "skipped": self.skipped},
            "persons": {"screened": self.persons, "with_relief_now": self.persons_with_relief_now},
            "by_status": dict(self.by_status()),
            "by_remedy_kind_available": dict(self.by_kind()),
            "by_jurisdiction": {code: dict(c) for code, c in self.by_jurisdiction().items()},
            "table": self.table(),
        }


def _bars(
    name: str, title: str, description: str, rows: list[tuple[str, Counter[str]]], words: Words, width: int = 640
) -> str:
    """A horizontal stacked bar chart: one bar per row, one segment per status, the total at its end."""
    label_width, bar_height, gap, top = 170, 18, 6, 8
    biggest = max((sum(c.values()) for _label, c in rows), default=0) or 1
    span = width - label_width - 70
    height = top + len(rows) * (bar_height + gap) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-labelledby="{name}-title {name}-desc">',
        f'<title id="{name}-title">{escape(title)}</title>',
        f'<desc id="{name}-desc">{escape(description)}</desc>',
    ]
    for n, (label, counts) in enumerate(rows):
        y = top + n * (bar_height + gap)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height - 5}" text-anchor="end" font-size="12" '
            f'font-family="sans-serif" fill="#222">{escape(label)}</text>'
        )
        x = float(label_width)
        for status in STATUS_ORDER:
            count = counts.get(status, 0)
            if not count:
                continue
            w = span * count / biggest
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{bar_height}" '
                f'fill="{STATUS_COLOURS[status]}"><title>{escape(words(status))}: {count:,}</title></rect>'
            )
            x += w
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + bar_height - 5}" font-size="12" font-family="sans-serif" '
            f'fill="#222">{sum(counts.values()):,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def legend(words: Words = plain_words) -> str:
    items = "".join(
        f'<li><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" aria-hidden="true">'
        f'<rect width="12" height="12" fill="{STATUS_COLOURS[s]}"/></svg> {escape(words(s))}</li>'
        for s in STATUS_ORDER
    )
    return f'<ul class="bulk-legend">{items}</ul>'


def status_chart(tally: Tally, words: Words = plain_words) -> str:
    counts = tally.by_status()
    rows = [(words(s), Counter({s: counts[s]})) for s in STATUS_ORDER if counts.get(s)]
    return _bars(
        "chart-status",
        "Charges by their best remedy's status",
        "One bar per status; the number of charges at its end.",
        rows,
        words,
    )


def kind_chart(tally: Tally, words: Words = plain_words) -> str:
    by_kind: dict[str, Counter[str]] = {}
    for (_code, kind, status), n in tally.best.items():
        if status in ("automatic", "eligible", "eligible_later"):
            by_kind.setdefault(kind, Counter())[status] += n
    rows = [(words(kind), by_kind[kind]) for kind in sorted(by_kind, key=lambda k: KIND_RANK.get(k, 99))]  # type: ignore[call-overload]
    return _bars(
        "chart-kind",
        "Charges with relief open now or later, by the kind of remedy",
        "Counts each charge once, under its best remedy that is automatic, eligible now or eligible later; "
        "each bar is split by that status.",
        rows,
        words,
    )


def jurisdiction_chart(tally: Tally, words: Words = plain_words, top: int = 15) -> str:
    by_code = sorted(tally.by_jurisdiction().items(), key=lambda item: -sum(item[1].values()))
    rows = [(JURISDICTION_NAMES.get(code, code), counts) for code, counts in by_code[:top]]
    return _bars(
        "chart-jurisdiction",
        f"Charges by jurisdiction (the {min(top, len(by_code))} with most charges), by status",
        "Each bar is split by the status of each charge's best remedy; the total is at its end.",
        rows,
        words,
    )


def html_page(tally: Tally, as_of: date, source: str) -> str:
    """The one-page summary written beside the output files (opened from disk: it may carry its own style)."""
    status = tally.by_status()
    rows = "".join(
        f"<tr><td>{escape(plain_words(s))}</td><td>{status.get(s, 0):,}</td></tr>"
        for s in STATUS_ORDER
        if status.get(s)
    )
    by_code = "".join(
        f"<tr><td>{escape(JURISDICTION_NAMES.get(code, code))}</td>"
        + "".join(f"<td>{counts.get(s, 0):,}</td>" for s in STATUS_ORDER)
        + f"<td>{sum(counts.values()):,}</td></tr>"
        for code, counts in tally.by_jurisdiction().items()
    )
    heads = "".join(f"<th scope='col'>{escape(plain_words(s))}</th>" for s in STATUS_ORDER)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bulk screening summary</title>
<style>
body {{ font-family: sans-serif; max-width: 46rem; margin: 1.5rem auto; color: #222; line-height: 1.4 }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem }} td, th {{ border: 1px solid #bbb; padding: .15rem .4rem; text-align: right }}
td:first-child, th:first-child {{ text-align: left }} .bulk-legend {{ list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem }}
@media print {{ details {{ display: none }} }}
</style></head><body>
<h1>Bulk screening summary</h1>
<p>{escape(source)}, screened as of {as_of.isoformat()}. {tally.rows:,} rows read: {tally.charges:,} charges screened,
{tally.errors:,} rows in the errors file, {tally.skipped:,} skipped (other jurisdictions). {tally.persons:,} people;
{tally.persons_with_relief_now:,} have relief open now (eligible or automatic) for at least one charge.</p>
<p>Each charge counts once, under its best remedy: the strongest open now (vacatur, then expungement, then
sealing), else the strongest open later, else the strongest possible one. This is legal information, not legal
advice: every result names the statute behind it, and an answer missing from the export leaves a remedy
"possibly eligible", never guessed.</p>
{legend()}
<h2>By status</h2>
{status_chart(tally)}
<table><caption>Charges by status</caption><tr><th scope="col">status</th><th scope="col">charges</th></tr>{rows}</table>
<h2>By kind of remedy</h2>
{kind_chart(tally)}
<h2>By jurisdiction</h2>
{jurisdiction_chart(tally)}
<details><summary>Every jurisdiction</summary>
<table><tr><th scope="col">jurisdiction</th>{heads}<th scope="col">total</th></tr>{by_code}</table></details>
</body></html>
"""
