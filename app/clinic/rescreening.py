"""When the rules change, every saved intake is screened again and the clients whose results changed are listed.

A re-screening runs ``screening.screen`` on each intake of an organization (open ones and closed ones still within
the retention period: every intake the database holds), as of today. Each intake's screening is stored and
audited as any screening is; what changed is kept as findings of the run:

- *newly eligible*: a remedy that could not be used before (not eligible, possibly eligible, later, or not
  offered) is now eligible or automatic;
- *earlier*: a remedy's first date moved earlier;
- *no longer eligible*: a remedy that was eligible or automatic no longer is;
- *other*: any other change of status or date.

Each finding names what most likely caused it: the corrections, laws in force and repeals that the changes feed
lists for that remedy since the rules the earlier result was screened under; failing that, a waiting period that
has since run out; failing that, the review of the state's rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.clinic import audit, intakes, screening
from app.clinic.charges import decrypted
from app.clinic.crypto import FieldCipher
from app.clinic.models import AuditAction, Intake, Organization, RescreenFinding, RescreenRun
from app.clinic.screening import Change, Outcome, ScreeningProblemsError
from app.core.translations import N_
from rules.changes import ChangeKind, changes

USABLE = frozenset({"eligible", "automatic"})
RULE_CHANGES = frozenset({ChangeKind.CORRECTED, ChangeKind.IN_FORCE, ChangeKind.REPEALED})


class FindingKind(StrEnum):
    NEWLY_ELIGIBLE = "newly_eligible"
    EARLIER = "earlier"
    NO_LONGER_ELIGIBLE = "no_longer_eligible"
    OTHER = "other"


def kind_of(before: Outcome | None, after: Outcome | None) -> FindingKind:
    was_usable = before is not None and before[0] in USABLE
    is_usable = after is not None and after[0] in USABLE
    if is_usable and not was_usable:
        return FindingKind.NEWLY_ELIGIBLE
    if was_usable and not is_usable:
        return FindingKind.NO_LONGER_ELIGIBLE
    if before and after and before[1] and after[1] and after[1] < before[1]:
        return FindingKind.EARLIER
    return FindingKind.OTHER


def cause_of(change: Change, rules_before: date | None, today: date) -> str:
    """The rule change the changes feed names for this remedy since the earlier rules, in its own words."""
    since = rules_before or date.min
    named = [
        c
        for c in changes(jurisdiction=change.jurisdiction)
        if c.kind in RULE_CHANGES and c.subject == change.remedy_id and since < c.day <= today
    ]
    if named:
        return " ".join(f"{c.summary} ({c.day.isoformat()})" for c in named)
    if change.before and change.before[0] == "eligible_later" and change.before[1] and change.before[1] <= today:
        return f"The waiting period ended on {change.before[1].isoformat()}."
    # Stored in English with the finding; the re-screening page says it in the reader's language.
    return N_("The rules for this state were reviewed since the earlier screening.")


@dataclass(frozen=True, slots=True)
class Finding:
    intake_id: int
    kind: FindingKind
    change: Change
    rules_before: date | None
    cause: str


@dataclass
class RunReport:
    run: RescreenRun
    findings: list[Finding]
    unscreenable: list[int]  # intakes whose charges the current rules cannot screen (a renamed offense, say)


def _detail(change: Change, cause: str) -> str:
    return json.dumps(
        {
            "title": change.title,
            "charge_id": change.charge_id,
            "before": [change.before[0], change.before[1].isoformat() if change.before[1] else None]
            if change.before
            else None,
            "after": [change.after[0], change.after[1].isoformat() if change.after[1] else None]
            if change.after
            else None,
            "cause": cause,
        }
    )


def rescreen_organization(session: Session, cipher: FieldCipher, org_id: int, today: date) -> RunReport:
    """Screens every intake of the organization with today's rules; stores the run and what it changed."""
    who = audit.Actor(org_id=org_id, staff_id=None, label=audit.SYSTEM)
    run = RescreenRun(org_id=org_id)
    session.add(run)
    session.flush()
    findings: list[Finding] = []
    unscreenable: list[int] = []
    all_intakes = intakes.all_of(session, org_id)
    for intake in all_intakes:
        found = _rescreen_intake(session, cipher, who, intake, today)
        if found is None:
            unscreenable.append(intake.id or 0)
            continue
        findings += found
    for f in findings:
        session.add(
            RescreenFinding(
                run_id=run.id or 0,
                org_id=org_id,
                intake_id=f.intake_id,
                kind=f.kind,
                jurisdiction=f.change.jurisdiction,
                remedy_id=f.change.remedy_id,
                rules_before=f.rules_before,
                detail_enc=cipher.encrypt(_detail(f.change, f.cause)),
            )
        )
    run.intakes = len(all_intakes)
    run.changed = len({f.intake_id for f in findings})
    session.add(run)
    audit.record(
        session, who, AuditAction.RESCREENED, None, f"{run.intakes} intake(s) re-screened, {run.changed} changed"
    )
    session.commit()
    return RunReport(run, findings, unscreenable)


def _rescreen_intake(
    session: Session, cipher: FieldCipher, who: audit.Actor, intake: Intake, today: date
) -> list[Finding] | None:
    charges = [decrypted(cipher, c) for c in intakes.charges_of(session, intake.id or 0)]
    if not charges:
        return []
    before = {s.record.jurisdiction: s.record.rules_reviewed for s in screening.stored(session, cipher, intake.id)}
    details = intakes.details_of(cipher, intake)
    try:
        comparison = screening.screen(session, cipher, who, intake, details, charges, today, commit=False)
    except ScreeningProblemsError:
        return None
    found = []
    for change in comparison.changes:
        rules_before = before.get(change.jurisdiction)
        kind = kind_of(change.before, change.after)
        found.append(Finding(intake.id or 0, kind, change, rules_before, cause_of(change, rules_before, today)))
    return found


def rescreen_all(
    session: Session, cipher: FieldCipher, today: date, org_ids: list[int] | None = None
) -> list[RunReport]:
    ids = org_ids if org_ids is not None else [o.id for o in session.exec(select(Organization)).all() if o.id]
    return [rescreen_organization(session, cipher, org_id, today) for org_id in ids]


def latest_run(session: Session, org_id: int) -> RescreenRun | None:
    query = select(RescreenRun).where(RescreenRun.org_id == org_id)
    return session.exec(query.order_by(col(RescreenRun.run_at).desc(), col(RescreenRun.id).desc())).first()


@dataclass(frozen=True, slots=True)
class Shown:
    """A finding as the admin page shows it: decrypted, with the client's name."""

    intake_id: int
    client_name: str
    kind: FindingKind
    jurisdiction: str
    remedy_id: str
    title: str
    before: Outcome | None
    after: Outcome | None
    cause: str


def _outcome(stored: list[str | None] | None) -> Outcome | None:
    if not stored:
        return None
    status, day = stored
    return str(status), date.fromisoformat(day) if day else None


def findings_of(session: Session, cipher: FieldCipher, run: RescreenRun) -> list[Shown]:
    rows = session.exec(
        select(RescreenFinding, Intake)
        .join(Intake, col(Intake.id) == col(RescreenFinding.intake_id))
        .where(col(RescreenFinding.run_id) == run.id, col(RescreenFinding.org_id) == run.org_id)
        .order_by(col(RescreenFinding.kind), col(RescreenFinding.intake_id), col(RescreenFinding.remedy_id))
    ).all()
    shown = []
    for finding, intake in rows:
        detail = json.loads(cipher.decrypt(finding.detail_enc) or "{}")
        shown.append(
            Shown(
                finding.intake_id,
                cipher.decrypt(intake.client_name_enc) or "",
                FindingKind(finding.kind),
                finding.jurisdiction,
                finding.remedy_id,
                detail.get("title", finding.remedy_id),
                _outcome(detail.get("before")),
                _outcome(detail.get("after")),
                detail.get("cause", ""),
            )
        )
    return shown


@dataclass(frozen=True, slots=True)
class Headline:
    """ "3 clients newly eligible since the rules of 2026-11-25", for the clinic's home page."""

    newly_eligible: int
    since: date | None
    run_at: date


def headline(session: Session, org_id: int) -> Headline | None:
    run = latest_run(session, org_id)
    if run is None:
        return None
    count, since = session.exec(
        select(func.count(func.distinct(RescreenFinding.intake_id)), func.min(RescreenFinding.rules_before)).where(
            col(RescreenFinding.run_id) == run.id, col(RescreenFinding.kind) == FindingKind.NEWLY_ELIGIBLE
        )
    ).one()
    if not count:
        return None
    return Headline(int(count), since, run.run_at.date())
