"""Each state's counties (and county equivalents), from the Census list that ``addfips`` ships.

Names are the Census's own ("New York County", "Baltimore city"); other names the list gives for
the same county ("Manhattan Borough") are accepted as aliases.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from rules.vocabulary import JURISDICTION_NAMES

SUFFIXES = (" county", " parish", " borough", " city and borough", " census area", " municipality", " municipio")


def _key(name: str) -> str:
    key = " ".join(name.lower().replace(".", "").split())
    for suffix in SUFFIXES:
        key = key.removesuffix(suffix)
    return key


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, str], str]]:
    data = resources.files("addfips") / "data"
    with (data / "states.csv").open(encoding="utf-8") as file:
        code_of_fips = {row["fips"]: row["postal"] for row in csv.DictReader(file)}
    all_names: dict[tuple[str, str], list[str]] = {}
    with (data / "counties_2020.csv").open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            code = code_of_fips.get(row["statefp"])
            if code in JURISDICTION_NAMES:
                all_names.setdefault((code, row["countyfp"]), []).append(row["name"])
    by_state: dict[str, list[str]] = {}
    aliases: dict[tuple[str, str], str] = {}
    for (code, _), found in all_names.items():
        canonical = min(found, key=_preference)
        by_state.setdefault(code, []).append(canonical)
        for name in found:
            aliases[(code, _key(name))] = canonical
    return {code: tuple(sorted(names)) for code, names in by_state.items()}, aliases


def _preference(name: str) -> int:
    """The Census's own county name first ("New York County" over "Manhattan Borough")."""
    for rank, suffix in enumerate((" County", " Parish", " city", " Borough", " Census Area", " Municipality")):
        if name.endswith(suffix):
            return rank
    return len(SUFFIXES)


def counties(code: str) -> tuple[str, ...]:
    return _table()[0].get(code.upper(), ())


def canonical_county(code: str, name: str | None) -> str | None:
    """The Census name of a county given by any of its names, or None if the state has no such county."""
    if not name:
        return None
    return _table()[1].get((code.upper(), _key(name)))
