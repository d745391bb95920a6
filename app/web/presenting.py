"""What each questionnaire page shows: the current answers, the questions to ask, the results."""

from __future__ import annotations

from typing import Any

import rules
from app.api.screening_io import response_from
from app.web import flow
from app.web.answers import Answers
from rules.counties import counties
from rules.facts import Fact
from rules.law import Jurisdiction
from rules.localization import localizer
from rules.questions import CATALOGUE, CHOICE_LABELS, DEPENDS_ON, GRADE_LABELS, fact_of_path, grades_of
from rules.texts import KIND_EXPLAINED
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
        "charge_facts": flow.charge_facts(jurisdiction, charge.category),
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


def results_context(screening: rules.Screening, facts: rules.Facts, answers: Answers) -> dict[str, Any]:
    local = localizer(answers.language)
    charges = [c for c in answers.charges if flow.complete(c)]
    response = response_from(screening, facts, answers.language)
    several = len(charges) > 1
    shown = []
    for result, answer in zip(response["charges"], charges, strict=True):
        remedies: list[tuple[dict[str, Any], str, list[str]]] = []
        for remedy in result["remedies"]:
            kind_text = local.text(KIND_EXPLAINED[remedy["kind"]])
            depends = [_depends_on(path, local.text, several) for path in remedy["open_questions"]]
            remedies.append((remedy, kind_text, depends))
        shown.append(
            {
                "number": result["index"] + 1,
                "answer": answer,
                "policies": [
                    p for p in response["local_policies"] if any(c["index"] == result["index"] for c in p["charges"])
                ],
                "fits": [r for r in remedies if r[0]["status"] in FITS],
                "does_not_fit": [r for r in remedies if r[0]["status"] is Status.NOT_ELIGIBLE],
            }
        )
    untranslated = {
        r.id for r in screening.jurisdiction.remedies if answers.language != "en" and not local.has(r.title)
    }
    return {"response": response, "results": shown, "as_of": screening.as_of, "untranslated": untranslated}
