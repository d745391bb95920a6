"""Screens an intake's charges exactly as the public API does, one request per state, and stores each response.

``ScreeningRequest`` → ``facts_from`` → ``rules.screen_in`` → ``response_from``: the clinic sees the same results a
partner site would. The stored response keeps the rules' review date, so re-screening with today's rules can
say, charge by charge and remedy by remedy, what changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete
from sqlmodel import Session, col, select

import rules
from app.api.schemas import (
    ChargeIn,
    OtherConvictionIn,
    PersonIn,
    RemedyResult,
    ScreeningRequest,
    ScreeningResponse,
)
from app.api.screening_io import InvalidScreeningError, facts_from, response_from, to_json
from app.clinic import audit
from app.clinic.charges import StoredCharge
from app.clinic.crypto import FieldCipher
from app.clinic.forms import ClientDetails
from app.clinic.models import AuditAction, Intake, ScreeningRecord
from app.core.problems import FieldProblem

Outcome = tuple[str, date | None]  # status, eligible_on
# Stored responses are in English; a summary in another language screens the same facts again in it
# (``in_language``).
LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class StoredScreening:
    record: ScreeningRecord
    response: ScreeningResponse
    charge_ids: list[int]

    def remedies_by_charge(self) -> dict[int, list[RemedyResult]]:
        return {self.charge_ids[c.index]: c.remedies for c in self.response.charges}


@dataclass(frozen=True, slots=True)
class Change:
    charge_id: int
    jurisdiction: str
    remedy_id: str
    title: str
    before: Outcome | None  # None: the remedy was not in the earlier result
    after: Outcome | None  # None: the remedy is no longer in the result


@dataclass
class Comparison:
    """What a re-screen changed; empty lists mean the results are the same as before."""

    first: bool
    changes: list[Change] = field(default_factory=list)
    rules_reviewed: list[tuple[str, date | None, date]] = field(default_factory=list)
    new_charges: list[int] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.changes and not self.new_charges and all(b == a for _, b, a in self.rules_reviewed)


class ScreeningProblemsError(ValueError):
    def __init__(self, problems: list[tuple[int, FieldProblem]]) -> None:
        super().__init__("the charges cannot be screened")
        self.problems = problems  # (charge id, problem)


def stored(session: Session, cipher: FieldCipher, intake_id: int) -> list[StoredScreening]:
    records = session.exec(
        select(ScreeningRecord).where(ScreeningRecord.intake_id == intake_id).order_by(ScreeningRecord.jurisdiction)
    ).all()
    return [parsed(cipher, r) for r in records]


def parsed(cipher: FieldCipher, record: ScreeningRecord) -> StoredScreening:
    """The stored JSON read back through the API's response model, so the pages use the documented shape."""
    return StoredScreening(
        record,
        ScreeningResponse.model_validate_json(cipher.decrypt(record.response_enc) or "{}"),
        json.loads(record.charge_ids),
    )


def _outcomes_by_charge(response: ScreeningResponse) -> list[list[tuple[str, str, date | None]]]:
    return [[(r.id, r.status.value, r.eligible_on) for r in c.remedies] for c in response.charges]


def in_language(
    screenings: list[StoredScreening], details: ClientDetails, charges: list[StoredCharge], language: str
) -> list[StoredScreening] | None:
    """The stored screenings with their texts in ``language``, or ``None`` when that cannot be done faithfully.

    Each state's charges are screened again, in the language, as of the day they were screened. That gives the
    same texts the API would have sent in that language, but only if nothing else differs: the rules must be the
    ones reviewed on the same date, and every remedy's result must come out the same. Otherwise (the intake or
    the rules changed since) the caller keeps the stored results, in English, rather than show other results.
    """
    if language == LANGUAGE:
        return screenings
    by_id = {c.id: c for c in charges}
    said_again: list[StoredScreening] = []
    for s in screenings:
        group = [by_id[cid] for cid in s.charge_ids if cid in by_id]
        if len(group) != len(s.charge_ids):
            return None
        request = _request(s.record.jurisdiction, group, details, s.record.as_of)
        try:
            facts, jurisdiction = facts_from(request, s.record.as_of, language)
        except InvalidScreeningError:
            return None
        if jurisdiction.reviewed != s.record.rules_reviewed:
            return None
        # Through JSON, exactly as a stored response is read back (``parsed``).
        response = ScreeningResponse.model_validate_json(
            to_json(response_from(rules.screen_in(facts, jurisdiction), facts, language))
        )
        if _outcomes_by_charge(response) != _outcomes_by_charge(s.response):
            return None
        said_again.append(StoredScreening(s.record, response, s.charge_ids))
    return said_again


def _request(code: str, charges: list[StoredCharge], details: ClientDetails, today: date) -> ScreeningRequest:
    counties = {c.county for c in charges}
    return ScreeningRequest(
        jurisdiction=code,
        as_of=today,
        county=counties.pop() if len(counties) == 1 else None,
        person=PersonIn(
            pending_case=details.pending_case,
            under_sentence=details.under_sentence,
            birth_date=details.birth_date,
            prior_relief=details.prior_relief,
            prior_relief_date=details.prior_relief_date,
            other_convictions=[
                OtherConvictionIn(date=c.day, level=c.level, adjudication_withheld=c.adjudication_withheld)
                for c in details.other_convictions
            ],
        ),
        charges=[
            ChargeIn(
                category=c.category,
                disposition=c.disposition,
                offense=c.offense,
                level=c.level,
                offense_date=c.offense_date,
                disposition_date=c.disposition_date,
                sentence_completed_date=c.sentence_completed_date,
                trafficking_nexus=c.trafficking_nexus,
                grade=c.grade,
                release_date=c.release_date,
                declined_date=c.declined_date,
                adjudication_withheld=c.adjudication_withheld,
                diversion_kind=c.diversion_kind,
            )
            for c in charges
        ],
    )


def _outcomes(screenings: list[StoredScreening]) -> dict[tuple[int, str], tuple[str, Outcome]]:
    found: dict[tuple[int, str], tuple[str, Outcome]] = {}
    for screening in screenings:
        for charge_id, remedies in screening.remedies_by_charge().items():
            for r in remedies:
                found[(charge_id, r.id)] = (r.title, (r.status.value, r.eligible_on))
    return found


def compare(before: list[StoredScreening], after: list[StoredScreening]) -> Comparison:
    old, new = _outcomes(before), _outcomes(after)
    jurisdiction_of = {cid: s.record.jurisdiction for s in after for cid in s.charge_ids}
    screened_before = {cid for s in before for cid in s.charge_ids}
    comparison = Comparison(first=not before)
    reviewed_before = {s.record.jurisdiction: s.record.rules_reviewed for s in before}
    for s in after:
        code = s.record.jurisdiction
        comparison.rules_reviewed.append((code, reviewed_before.get(code), s.record.rules_reviewed))
    comparison.new_charges = [cid for s in after for cid in s.charge_ids if cid not in screened_before]
    for key in sorted(old.keys() | new.keys()):
        charge_id, remedy_id = key
        if charge_id not in jurisdiction_of or charge_id not in screened_before:
            continue  # a removed charge, or one screened for the first time: listed as new, not as changes
        was, now = old.get(key), new.get(key)
        if was is None or now is None or was[1] != now[1]:
            title = (now or was or ("", ("", None)))[0]
            before_outcome = was[1] if was else None
            after_outcome = now[1] if now else None
            comparison.changes.append(
                Change(charge_id, jurisdiction_of[charge_id], remedy_id, title, before_outcome, after_outcome)
            )
    return comparison


def screen(
    session: Session,
    cipher: FieldCipher,
    who: audit.Actor,
    intake: Intake,
    details: ClientDetails,
    charges: list[StoredCharge],
    today: date,
    commit: bool = True,
) -> Comparison:
    """Screens every charge with today's rules, replaces the stored results and says what changed (``commit``:
    False leaves the transaction to a caller that screens many intakes at once)."""
    by_state: dict[str, list[StoredCharge]] = {}
    for charge in charges:
        by_state.setdefault(charge.jurisdiction, []).append(charge)
    before = stored(session, cipher, intake.id)
    fresh: list[ScreeningRecord] = []
    problems: list[tuple[int, FieldProblem]] = []
    for code, group in sorted(by_state.items()):
        request = _request(code, group, details, today)
        try:
            facts, jurisdiction = facts_from(request, today)
        except InvalidScreeningError as invalid:
            problems += [(_charge_of(p.field, group), p) for p in invalid.problems]
            continue
        response = response_from(rules.screen_in(facts, jurisdiction), facts, LANGUAGE)
        fresh.append(
            ScreeningRecord(
                intake_id=intake.id,
                jurisdiction=code,
                as_of=response["as_of"],
                rules_reviewed=response["rules_reviewed"],
                intake_version=intake.version,
                charge_ids=json.dumps([c.id for c in group]),
                # Exactly what the API would have sent, encrypted: its reasons repeat the charge's dates.
                response_enc=cipher.encrypt(to_json(response).decode()) or "",
            )
        )
    if problems:
        raise ScreeningProblemsError(problems)
    session.exec(delete(ScreeningRecord).where(col(ScreeningRecord.intake_id) == intake.id))
    session.add_all(fresh)
    after = [parsed(cipher, r) for r in fresh]
    comparison = compare(before, after)
    detail = "first screening" if comparison.first else f"{len(comparison.changes)} result(s) changed"
    audit.record(session, who, AuditAction.SCREENED, intake.id, detail)
    if commit:
        session.commit()
    else:
        session.flush()
    return comparison


def _charge_of(path: str, group: list[StoredCharge]) -> int:
    """``charges[2].offense`` → the id of the third charge of the group (the first one for a person field)."""
    if path.startswith("charges[") and "]" in path:
        index = path[len("charges[") : path.index("]")]
        if index.isdigit() and int(index) < len(group):
            return group[int(index)].id or 0
    return group[0].id or 0
