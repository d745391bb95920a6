"""The README's table of jurisdictions, generated from the modules.

``python -m rules.readme_table`` rewrites the table in README.md; the test suite fails when the
table there differs from what the modules say.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rules.comparison import summarize
from rules.evidence import lowest_review_level
from rules.registry import jurisdictions

START = "<!-- jurisdictions-table:start -->"
END = "<!-- jurisdictions-table:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def table() -> str:
    lines = [
        "| code | jurisdiction | remedies | trafficking relief | automatic relief | reviewed | checked against |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for j in jurisdictions().values():
        s = summarize(j)
        relief = "no"
        if s.trafficking is not None:
            reach = ["arrests too" if s.trafficking.reaches_arrests else "convictions"]
            if s.trafficking.beyond_sex_trade:
                reach.append("beyond sex-trade charges")
            relief = f"{', '.join(k.value for k in s.trafficking.kinds)} ({'; '.join(reach)})"
        automatic = f"yes ({len(s.automatic)})" if s.automatic else "no"
        lowest = lowest_review_level(j.code)
        checked = lowest.value if lowest is not None else "not recorded"
        lines.append(f"| {j.code} | {j.name} | {len(j.remedies)} | {relief} | {automatic} | {s.reviewed} | {checked} |")
    return "\n".join(lines)


def with_table(readme: str) -> str:
    before, _, rest = readme.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{table()}\n{END}{after}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md has no {START} … {END} markers", file=sys.stderr)
        return 2
    README.write_text(with_table(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
