"""A side-by-side summary of every jurisdiction, derived from the modules themselves."""

from __future__ import annotations

from dataclasses import dataclass

from rules.conditions import DispositionIs, OffenseIn, Span, TraffickingNexus, WaitByClass, WaitingPeriod
from rules.law import Jurisdiction, Remedy
from rules.vocabulary import Category, Disposition, RemedyKind


@dataclass(frozen=True, slots=True)
class TraffickingRelief:
    remedy_ids: tuple[str, ...]
    kinds: tuple[RemedyKind, ...]
    reaches_arrests: bool  # also relieves arrests or charges that did not end in a conviction
    beyond_sex_trade: bool  # reaches charges beyond selling, buying and loitering for sex


@dataclass(frozen=True, slots=True)
class Summary:
    code: str
    name: str
    reviewed: str
    kinds: dict[RemedyKind, int]
    trafficking: TraffickingRelief | None
    automatic: tuple[str, ...]
    waits: tuple[str, ...]
    reaches_prostitution_conviction: bool


def _dispositions(remedy: Remedy) -> frozenset[Disposition]:
    found = [c.dispositions for c in remedy.conditions if isinstance(c, DispositionIs)]
    return frozenset.intersection(*found) if found else frozenset(Disposition)


def _is_trafficking_relief(remedy: Remedy) -> bool:
    return any(isinstance(c, TraffickingNexus) for c in remedy.conditions)


SELLING_AND_BUYING = frozenset({Category.PROSTITUTION, Category.SOLICITATION, Category.LOITERING_FOR_PROSTITUTION})


def _beyond_sex_trade(remedy: Remedy) -> bool:
    limited_to_offenses = any(isinstance(c, OffenseIn) and c.covers for c in remedy.conditions)
    return bool(remedy.reaches - SELLING_AND_BUYING) and not limited_to_offenses


def _span(length: Span) -> str:
    if length.days and not (length.years or length.months):
        return f"{length.days} d"
    return f"{length.years} y" if not length.months else f"{length.years * 12 + length.months} mo"


def _waits(remedy: Remedy) -> list[str]:
    waits = []
    for c in remedy.conditions:
        if isinstance(c, WaitingPeriod) and c.length:
            waits.append(f"{_span(c.length)} ({remedy.id})")
        elif isinstance(c, WaitByClass):
            by_class = "/".join(_span(length) for _, length in c.table)
            waits.append(f"{by_class} by grade ({remedy.id})")
    return waits


def summarize(j: Jurisdiction) -> Summary:
    kinds: dict[RemedyKind, int] = {}
    for remedy in j.remedies:
        kinds[remedy.kind] = kinds.get(remedy.kind, 0) + 1
    relief = [r for r in j.remedies if _is_trafficking_relief(r)]
    trafficking = None
    if relief:
        trafficking = TraffickingRelief(
            remedy_ids=tuple(r.id for r in relief),
            kinds=tuple(dict.fromkeys(r.kind for r in relief)),
            reaches_arrests=any(_dispositions(r) - {Disposition.CONVICTION, Disposition.PENDING} for r in relief),
            beyond_sex_trade=any(_beyond_sex_trade(r) for r in relief),
        )
    return Summary(
        code=j.code,
        name=j.name,
        reviewed=j.reviewed.isoformat(),
        kinds=kinds,
        trafficking=trafficking,
        automatic=tuple(r.id for r in j.remedies if r.automatic),
        waits=tuple(w for r in j.remedies for w in _waits(r)),
        reaches_prostitution_conviction=any(
            Category.PROSTITUTION in r.reaches and Disposition.CONVICTION in _dispositions(r) for r in j.remedies
        ),
    )
