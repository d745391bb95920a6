"""What each questionnaire page shows: the current answers, the questions to ask, the results."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import rules
from app.api.routes.policies import currency_text
from app.api.screening_io import response_from
from app.web import flow
from app.web.answers import Answers
from rules.conditions import PriorRelief, TraffickingNexus
from rules.counties import counties
from rules.engine import Determination
from rules.facts import Charge, Fact
from rules.law import Jurisdiction
from rules.localization import Localizer, localizer
from rules.prosecutors import Currency, PolicyStatus
from rules.questions import CATALOGUE, CHOICE_LABELS, DEPENDS_ON, GRADE_LABELS, fact_of_path, grades_of
from rules.texts import (
    ACTIONS,
    IMMIGRATION_CAVEAT,
    KIND_EXPLAINED,
    MAYBE_DONE,
    PLAIN_WORDS,
    WORD_OF_KIND,
    next_steps_for,
)
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Level, Status

FITS = (Status.AUTOMATIC, Status.ELIGIBLE, Status.ELIGIBLE_LATER, Status.POSSIBLY_ELIGIBLE)


def _value(raw: object) -> str:
    if raw is None:
        return ""
    return raw.isoformat() if hasattr(raw, "isoformat") else str(raw)


def step_context(page: flow.Page, jurisdiction: Jurisdiction, token: str) -> dict[str, Any]:
    answers = page.answers
    charge = answers.charge
    stored = {**charge.model_dump(), **answers.person.model_dump(exclude={"other_convictions"})}
    values = {name: _value(value) for name, value in stored.items()}
    rows = flow.other_conviction_rows(answers.person)
    others = answers.person.other_convictions
    for n in range(rows):
        values[f"other_date_{n}"] = _value(others[n].day) if n < len(others) else ""
        values[f"other_level_{n}"] = others[n].level.value if n < len(others) else ""
    values |= flow.shown_dates(answers)
    values |= {k: v for k, v in page.typed.items() if k in values}
    offenses_by_category: dict[Category, list[rules.Offense]] = {}
    for offense in jurisdiction.offenses:
        offenses_by_category.setdefault(offense.category, []).append(offense)
    return {
        "page": page,
        "step": page.step,
        "answers": answers,
        "token": token,
        "errors": page.errors,
        "values": values,
        "j": jurisdiction,
        "jurisdictions": rules.jurisdictions(),
        "local": localizer(answers.language),
        "charge_facts": flow.charge_facts(jurisdiction, charge.category, charge.offense),
        "known_level": flow.known_level(jurisdiction, charge.category, charge.offense),
        "approximate_dates": [flow.approximate_dates(c) for c in answers.charges],
        "person_facts": flow.person_facts(jurisdiction, answers),
        "detail_facts": flow.detail_facts(jurisdiction, charge),
        "grades": grades_of(jurisdiction),
        "grade_labels": GRADE_LABELS,
        "diversion_kinds": list(DiversionKind),
        "other_rows": rows,
        "questions": CATALOGUE,
        "Fact": Fact,
        "labels": CHOICE_LABELS,
        "categories": list(Category),
        "dispositions": list(Disposition),
        "levels": list(Level),
        "answers_tri": list(Answer),
        "offenses_by_category": offenses_by_category,
        "charge_number": answers.index + 1,
        "counties": counties(jurisdiction.code) if flow.asks_county(jurisdiction) else (),
        "complete": flow.complete,
    }


def _depends_on(path: str, local_text: Any, several: bool) -> str:
    fact, index = fact_of_path(path)
    phrase = local_text(DEPENDS_ON[fact])
    return f"{phrase} ({local_text('charge')} {index + 1})" if several and index is not None else phrase


def is_trafficking_relief(remedy: rules.Remedy) -> bool:
    """Relief that wipes out a conviction or record because the person was trafficked."""
    return remedy.legal_defect or any(isinstance(c, TraffickingNexus) for c in remedy.conditions)


def one_time_right(remedy: rules.Remedy) -> int | None:
    """0 where using the remedy spends a once-in-a-lifetime right, N where a once-in-N-years one, else None.

    A limit under this law only (``under_this_law_only``) does not spend a right other relief needs."""
    for condition in remedy.conditions:
        if isinstance(condition, PriorRelief) and not condition.under_this_law_only:
            return condition.within_years or 0
    return None


def untranslated(remedy: rules.Remedy, local: Localizer) -> bool:
    """A remedy reads in the reader's language only if every one of its texts has a translation."""
    if local.language == "en":
        return False
    texts = (remedy.title, remedy.effect, *remedy.limits, *remedy.next_steps)
    return not all(local.has(text) for text in texts if text)


# Summary groups, best first: relief for trafficking survivors; relief by law; petitions now; later dates.
TRAFFICKING, BY_LAW, NOW, LATER, MAYBE = range(5)


def _group(remedy: rules.Remedy, status: Status) -> int:
    if is_trafficking_relief(remedy):
        return TRAFFICKING
    if remedy.automatic:
        return BY_LAW
    return {Status.ELIGIBLE: NOW, Status.ELIGIBLE_LATER: LATER}.get(status, MAYBE)


_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b"
)


def english_dates(text: str) -> str:
    """English texts write dates one way ("November 16, 2027"), as the pages do; some rule texts say "16 November"."""
    return _DAY_MONTH_YEAR.sub(r"\2 \1, \3", text)


def _remedy_view(
    found: Determination, remedy_out: dict[str, Any], charge: Charge, local: Localizer, depends: list[str]
) -> dict[str, Any]:
    remedy = found.remedy
    english = untranslated(remedy, local)
    shows_english = english or local.language == "en"
    text = english_dates if shows_english else local.text
    word = WORD_OF_KIND.get(remedy.kind)
    certain = found.status is Status.AUTOMATIC
    action = MAYBE_DONE[remedy.kind] if remedy.automatic and not certain else ACTIONS[remedy.kind]
    steps = next_steps_for(remedy, charge)
    return {
        **remedy_out,
        "title": text(remedy.title),
        "english": english,
        "plain": local.text(PLAIN_WORDS[word] if word else KIND_EXPLAINED[remedy.kind]),
        "word": word,
        "action": local.text(action),
        "effect": text(remedy.effect),
        "limits": [text(limit) for limit in remedy.limits],
        "steps": [text(step) for step in steps],
        "reasons": [
            {"text": local.render(r.message), "citation": r.citation, "english": not _has(local, r.message.template)}
            for r in found.reasons
        ],
        "depends": depends,
        "automatic": remedy.automatic,
        "certain": certain,
        "once": one_time_right(remedy),
        "trafficking": is_trafficking_relief(remedy),
        "group": _group(remedy, found.status),
        "free": remedy.automatic,
    }


def _has(local: Localizer, template: str) -> bool:
    return local.language == "en" or local.has(template)


def _with_currency(policy: dict[str, Any], day: date, language: str) -> dict[str, Any]:
    """The policy as the results page reads it: its summary opens with how current it is on the screening's
    day ("in force as of …", "last confirmed on …, ask the office", or ended), and a policy confirmed in force
    reads as in force."""
    currency = policy.get("currency")
    if not currency or currency["state"] == Currency.ENDED:  # the page already says when it ended
        return policy
    sentence = currency_text(currency["state"], currency["day"], day, language)
    shown = {**policy, "summary": f"{sentence} {policy['summary']}"}
    if currency["state"] == Currency.IN_FORCE and policy["status"] is not PolicyStatus.RESCINDED:
        shown["status"] = PolicyStatus.ACTIVE
    return shown


def results_context(screening: rules.Screening, facts: rules.Facts, answers: Answers) -> dict[str, Any]:
    local = localizer(answers.language)
    charges = [c for c in answers.charges if flow.complete(c)]
    response = response_from(screening, facts, answers.language)
    several = len(charges) > 1
    shown = []
    summary: list[dict[str, Any]] = []
    maybe = 0
    immigration = False
    for found_charge, result, answer, charge in zip(
        screening.charges, response["charges"], charges, facts.charges, strict=True
    ):
        remedies = []
        for found, remedy in zip(found_charge.determinations, result["remedies"], strict=True):
            depends = [_depends_on(path, local.text, several) for path in remedy["open_questions"]]
            view = _remedy_view(found, remedy, charge, local, depends)
            view["charge"] = result["index"] + 1
            remedies.append(view)
        fits = [r for r in remedies if r["status"] in FITS]
        # Best first, and what spends a one-time right after what costs nothing (stable within a group).
        fits.sort(key=lambda r: (r["group"] if r["group"] != MAYBE else LATER + 1, r["once"] is not None))
        immigration = immigration or (charge.is_conviction and any(not r["trafficking"] for r in fits))
        for r in fits:
            if r["group"] == MAYBE:
                maybe += 1
            else:
                summary.append(r)
        shown.append(
            {
                "number": result["index"] + 1,
                "answer": answer,
                "policies": [
                    _with_currency(p, screening.as_of, answers.language)
                    for p in response["local_policies"]
                    if any(c["index"] == result["index"] for c in p["charges"])
                ],
                "fits": fits,
                "does_not_fit": [r for r in remedies if r["status"] is Status.NOT_ELIGIBLE],
            }
        )
    summary.sort(key=lambda r: (r["group"], r["once"] is not None, r["eligible_on"] or screening.as_of))
    _first_meetings(summary)
    help_shown = [
        {**h, "english": answers.language != "en" and bool(h["serves"]) and not local.has(h["serves"])}
        for h in response["legal_help"]
    ]
    return {
        "response": response,
        "results": shown,
        "as_of": screening.as_of,
        "summary": summary,
        "maybe_count": maybe,
        "several": several,
        "free_first": any(r["free"] for r in summary),
        "legal_help": help_shown,
        "immigration": local.text(IMMIGRATION_CAVEAT) if immigration else "",
        # Per charge shown, the dates given as a month or a year only (counted from the last day they can mean).
        "approximate_dates": [flow.approximate_dates(c) for c in charges],
    }


def _first_meetings(summary: list[dict[str, Any]]) -> None:
    """The plain definition of a word goes with the first summary line that uses it, not again."""
    seen: set[str] = set()
    for r in summary:
        r["define"] = bool(r["word"]) and r["word"] not in seen
        if r["word"]:
            seen.add(r["word"])
