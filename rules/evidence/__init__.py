"""The law's words behind every condition, as data a lawyer can read and correct.

Each jurisdiction has a file ``rules/evidence/xx.yaml`` beside this module. For every remedy and
every one of its conditions (named by :attr:`rules.law.Remedy.condition_keys`) it records the
statute subsection, the words of the law the condition rests on (a quotation, or a close
paraphrase marked as such), the source those words were read from, the day they were read and a
review level. The modules stay declarative; this is where a reviewer checks them against the law.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from rules.law import Jurisdiction
from rules.registry import jurisdiction as find_jurisdiction

FOLDER = Path(__file__).resolve().parent


class ReviewLevel(StrEnum):
    """How close to the law a condition was checked, best first."""

    STATUTE_TEXT = "statute text"
    OFFICIAL_SUMMARY = "official summary"
    SECONDARY_SOURCE = "secondary source"

    @property
    def rank(self) -> int:
        return list(ReviewLevel).index(self)


class WordsAre(StrEnum):
    QUOTATION = "quotation"
    PARAPHRASE = "paraphrase"


@dataclass(frozen=True, slots=True)
class Evidence:
    cite: str
    words: str
    words_are: WordsAre
    source: str
    source_title: str
    read_on: date
    review_level: ReviewLevel
    note: str = ""


FIELDS = ("cite", "words", "words_are", "source", "source_title", "read_on", "review_level", "note")
REQUIRED = ("cite", "words", "words_are", "source", "read_on", "review_level")


class EvidenceError(ValueError):
    """An evidence file that does not say what it must."""


def path_of(code: str) -> Path:
    return FOLDER / f"{code.lower()}.yaml"


def _entry(where: str, raw: Any) -> Evidence:
    if not isinstance(raw, dict):
        raise EvidenceError(f"{where}: expected a mapping of {', '.join(REQUIRED)}")
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise EvidenceError(f"{where}: unknown fields {sorted(unknown)}")
    missing = [f for f in REQUIRED if not raw.get(f)]
    if missing:
        raise EvidenceError(f"{where}: missing {', '.join(missing)}")
    read_on = raw["read_on"]
    if not isinstance(read_on, date):
        raise EvidenceError(f"{where}: read_on must be a date (YYYY-MM-DD)")
    try:
        level = ReviewLevel(raw["review_level"])
        words_are = WordsAre(raw["words_are"])
    except ValueError as error:
        raise EvidenceError(f"{where}: {error}") from None
    source = str(raw["source"])
    if not source.startswith(("https://", "http://")):
        raise EvidenceError(f"{where}: source must be the address the words were read from")
    return Evidence(
        cite=str(raw["cite"]),
        words=" ".join(str(raw["words"]).split()),
        words_are=words_are,
        source=source,
        source_title=str(raw.get("source_title") or ""),
        read_on=read_on,
        review_level=level,
        note=" ".join(str(raw.get("note") or "").split()),
    )


RemedyEvidence = Mapping[str, Evidence]


@cache
def evidence_for(code: str) -> Mapping[str, RemedyEvidence]:
    """Remedy id → condition key → evidence, as the jurisdiction's file states it.

    A jurisdiction without a file has no evidence; a malformed file raises :class:`EvidenceError`.
    """
    path = path_of(code)
    if not path.exists():
        return MappingProxyType({})
    with path.open(encoding="utf-8") as file:
        raw = yaml.safe_load(file) or {}
    if str(raw.get("jurisdiction", "")).upper() != code.upper():
        raise EvidenceError(f"{path.name}: jurisdiction must be {code.upper()}")
    remedies = raw.get("remedies") or {}
    if not isinstance(remedies, dict):
        raise EvidenceError(f"{path.name}: remedies must be a mapping")
    found: dict[str, RemedyEvidence] = {}
    for remedy_id, conditions in remedies.items():
        if not isinstance(conditions, dict):
            raise EvidenceError(f"{path.name}: {remedy_id} must map condition keys to evidence")
        found[remedy_id] = MappingProxyType(
            {key: _entry(f"{path.name}: {remedy_id}.{key}", entry) for key, entry in conditions.items()}
        )
    return MappingProxyType(found)


@dataclass(frozen=True, slots=True)
class Correction:
    """What a review changed in a jurisdiction's rules, for the changes feed."""

    day: date
    subject: str
    summary: str


@cache
def corrections_for(code: str) -> tuple[Correction, ...]:
    """The file's ``changes:`` list: what each review corrected, dated, with the remedy it concerns."""
    path = path_of(code)
    if not path.exists():
        return ()
    with path.open(encoding="utf-8") as file:
        raw = yaml.safe_load(file) or {}
    found = []
    for n, entry in enumerate(raw.get("changes") or ()):
        where = f"{path.name}: changes[{n}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), date) or not entry.get("summary"):
            raise EvidenceError(f"{where}: each change needs a date and a summary (and the remedy it concerns)")
        found.append(Correction(entry["date"], str(entry.get("remedy") or code.upper()), " ".join(
            str(entry["summary"]).split())))  # fmt: skip
    return tuple(found)


def gaps(found: Jurisdiction) -> Iterator[str]:
    """Every condition without evidence, and every entry that names no condition."""
    recorded = evidence_for(found.code)
    for remedy in found.remedies:
        entries = recorded.get(remedy.id, {})
        for key in remedy.condition_keys:
            if key not in entries:
                yield f"{found.code} {remedy.id}: no evidence for condition '{key}'"
        for key in entries:
            if key not in remedy.condition_keys:
                yield f"{found.code} {remedy.id}: evidence for '{key}', which is not one of its conditions"
    ids = {r.id for r in found.remedies}
    for remedy_id in recorded:
        if remedy_id not in ids:
            yield f"{found.code}: evidence for remedy '{remedy_id}', which the module does not define"


def lowest_review_level(code: str) -> ReviewLevel | None:
    """The weakest review level among a jurisdiction's conditions (None where any lacks evidence)."""
    found = find_jurisdiction(code)
    if found is None:
        return None
    recorded = evidence_for(found.code)
    levels: list[ReviewLevel] = []
    for remedy in found.remedies:
        entries = recorded.get(remedy.id, {})
        for key in remedy.condition_keys:
            entry = entries.get(key)
            if entry is None:
                return None
            levels.append(entry.review_level)
    return max(levels, key=lambda level: level.rank, default=None)


def skeleton(found: Jurisdiction) -> str:
    """A YAML evidence file for the jurisdiction, keeping what is recorded and leaving blanks to fill."""
    recorded = evidence_for(found.code)
    lines = [f"# {found.name}: the words of the law behind each condition of each remedy.",
             f"jurisdiction: {found.code}", "remedies:"]  # fmt: skip
    for remedy in found.remedies:
        lines.append(f"  {remedy.id}:")
        entries = recorded.get(remedy.id, {})
        for key, condition in zip(remedy.condition_keys, remedy.conditions, strict=True):
            lines.append(f"    # {condition.describe(found.offenses_by_id).render()}")
            lines.append(f"    {key}:")
            entry = entries.get(key)
            values: dict[str, object] = (
                {f: getattr(entry, f) for f in FIELDS}
                if entry
                else {"cite": condition.cite} | dict.fromkeys(FIELDS[1:])
            )
            for name in FIELDS:
                value = values.get(name)
                if name == "note" and not value:
                    continue
                text = "" if value is None else str(value)
                lines.append(f"      {name}: {_scalar(text)}".rstrip())
    return "\n".join(lines) + "\n"


def _scalar(text: str) -> str:
    if not text:
        return ""
    dumped: str = yaml.safe_dump(text, default_flow_style=True, width=10_000, allow_unicode=True).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()
