"""Drafted papers for every charge of an intake that a remedy with a template fits, in one ZIP.

The charges are screened again with today's rules, exactly as the intake's screening does (one request per
state), so a paper is drafted only where the law fits today. The client's name, each charge's county and docket
fill the captions; the court is left blank for the clinic to write. The clinic works in English, so the checklists
are in English. The ZIP is built in memory; the audit log records that papers left the clinic, never their
contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import rules
from app.api.screening_io import InvalidScreeningError, facts_from
from app.clinic.intakes import ChargeView, IntakeView
from app.clinic.screening import LANGUAGE, _request  # the same request the intake's screening sends
from app.papers import bundle, drafting
from rules.papers import FilledPaper, PaperDetails
from rules.vocabulary import Status

CHARGE_PATH = re.compile(r"charges\[(\d+)\]")
INDEX_HEADING = (
    "Drafted papers, {today}: drafts to check before filing. Each charge's papers, with the screening's status\n"
    "(a 'possibly eligible' paper depends on the answers named).\n\n"
)


@dataclass(frozen=True, slots=True)
class ClinicPapers:
    content: bytes
    count: int
    problems: list[str]  # why a charge or the client's name could not be drafted, in words for the page


def _drafted(
    view: IntakeView, group: list[tuple[int, ChargeView]], today: date
) -> tuple[list[tuple[str, FilledPaper, str]], list[str]]:
    code = group[0][1].record.jurisdiction
    request = _request(code, [c.record for _, c in group], view.details, today)
    try:
        facts, jurisdiction = facts_from(request, today)
    except InvalidScreeningError:
        return [], [f"Charges in {code}: screen the intake and fix its charges first."]
    screening = rules.screen_in(facts, jurisdiction)
    drafted: list[tuple[str, FilledPaper, str]] = []
    problems: list[str] = []
    for index, found in drafting.draftable(screening):
        number, charge = group[index]
        details = PaperDetails(view.details.client_name, "", charge.record.county or "", charge.docket)
        wanted = drafting.PaperRequest(index, found.remedy.id, details)
        try:
            paper = drafting.draft(screening, facts, wanted, LANGUAGE, today)
        except drafting.PaperRefusedError as refused:
            problems += [f"Charge {number}: {p.reason}" for p in refused.problems]
            continue
        status = "eligible" if found.status is Status.ELIGIBLE else "possibly eligible"
        if found.open_questions:
            # Paths count the charges of this state's request; the clinic numbers every charge of the intake.
            questions = [CHARGE_PATH.sub(lambda m: f"charge {group[int(m[1])][0]}", q) for q in found.open_questions]
            status += f" (depends on: {', '.join(questions)})"
        prefix = f"charge-{number}-"
        line = f"{bundle.file_stem(paper, prefix)}.pdf / .docx: charge {number}, {paper.template.title}; {status}"
        drafted.append((prefix, paper, line))
    return drafted, problems


def for_intake(view: IntakeView, today: date) -> ClinicPapers:
    by_state: dict[str, list[tuple[int, ChargeView]]] = {}
    for number, charge in enumerate(view.charges, start=1):
        by_state.setdefault(charge.record.jurisdiction, []).append((number, charge))
    drafted: list[tuple[str, FilledPaper, str]] = []
    problems: list[str] = []
    for _, group in sorted(by_state.items()):
        found, trouble = _drafted(view, group, today)
        drafted += found
        problems += trouble
    problems = list(dict.fromkeys(problems))
    drafted.sort(key=lambda item: int(item[0].split("-")[1]))  # charge by charge, as the intake lists them
    if problems or not drafted:
        return ClinicPapers(b"", 0, problems)
    index = INDEX_HEADING.format(today=today.isoformat()) + "".join(f"{line}\n" for _, _, line in drafted)
    return ClinicPapers(bundle.zipped([(prefix, paper) for prefix, paper, _ in drafted], index), len(drafted), [])
