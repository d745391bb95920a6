"""What comes due: the dates in an organization's stored results (a remedy that can be asked for from a date, or
relief that comes by itself on a date), listed for the next weeks and offered as a calendar feed.

The dates come from each intake's latest screening, so they are as current as that screening; re-screening (see
``rescreening.py``) brings them up to date after a change in the law. The calendar feed is read by calendar apps
that cannot sign in, so its address carries a random token (kept only as SHA-256, revocable), and its events name
the intake by number and never the client.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.clinic import audit, screening
from app.clinic.auth import digest
from app.clinic.crypto import FieldCipher
from app.clinic.models import AuditAction, CalendarFeed, Intake, ScreeningRecord, StaffMember, utcnow
from app.core.translations import N_

DATED = {"eligible_later": N_("Can be asked for from this day"), "automatic": N_("Relief comes by itself on this day")}
FEED_DAYS = 365
PRODUCT = "-//Record relief screener//Clinic deadlines//EN"


@dataclass(frozen=True, slots=True)
class Deadline:
    day: date
    intake_id: int
    charge_id: int
    jurisdiction: str
    remedy_id: str
    remedy_title: str
    status: str

    @property
    def what(self) -> str:
        return DATED[self.status]


def upcoming(session: Session, cipher: FieldCipher, org_id: int, today: date, days: int) -> list[Deadline]:
    """Every dated result of the organization's intakes from today through ``days`` ahead, soonest first."""
    until = today + timedelta(days=days)
    records = session.exec(
        select(ScreeningRecord)
        .join(Intake, col(Intake.id) == col(ScreeningRecord.intake_id))
        .where(col(Intake.org_id) == org_id)
    ).all()
    found = []
    for record in records:
        stored = screening.parsed(cipher, record)
        for charge_id, remedies in stored.remedies_by_charge().items():
            for r in remedies:
                if r.status.value in DATED and r.eligible_on is not None and today <= r.eligible_on <= until:
                    found.append(
                        Deadline(
                            r.eligible_on,
                            record.intake_id,
                            charge_id,
                            record.jurisdiction,
                            r.id,
                            r.title,
                            r.status.value,
                        )
                    )
    return sorted(found, key=lambda d: (d.day, d.intake_id, d.charge_id, d.remedy_id))


def new_feed(session: Session, org_id: int, staff_id: int, who: audit.Actor) -> str:
    """A new feed address token for the staff member; shown once, kept only as a digest."""
    token = secrets.token_urlsafe(32)
    session.add(CalendarFeed(org_id=org_id, staff_id=staff_id, token_hash=digest(token)))
    audit.record(session, who, AuditAction.STAFF_CHANGED, detail="calendar feed address created")
    session.commit()
    return token


def feeds_of(session: Session, staff_id: int) -> list[CalendarFeed]:
    query = select(CalendarFeed).where(CalendarFeed.staff_id == staff_id)
    return list(session.exec(query.order_by(col(CalendarFeed.created_at))).all())


def revoke(session: Session, staff_id: int, feed_id: int, who: audit.Actor) -> bool:
    gone = session.exec(
        delete(CalendarFeed).where(col(CalendarFeed.id) == feed_id, col(CalendarFeed.staff_id) == staff_id)
    )
    if not gone.rowcount:
        session.rollback()
        return False
    audit.record(session, who, AuditAction.STAFF_CHANGED, detail="calendar feed address revoked")
    session.commit()
    return True


def feed_of_token(session: Session, token: str) -> CalendarFeed | None:
    """The feed this token opens, if its staff member is still active; notes when it was read."""
    found = session.exec(
        select(CalendarFeed, StaffMember)
        .join(StaffMember, col(StaffMember.id) == col(CalendarFeed.staff_id))
        .where(col(CalendarFeed.token_hash) == digest(token))
    ).first()
    if found is None or not found[1].active:
        return None
    feed = found[0]
    feed.last_read_at = utcnow()
    session.add(feed)
    session.commit()
    return feed


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, start = [], 0
    while start < len(encoded):
        end = min(start + (75 if start == 0 else 74), len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1  # never split a UTF-8 character
        parts.append(encoded[start:end].decode())
        start = end
    return "\r\n ".join(parts)


def icalendar(deadlines: list[Deadline], org_name: str, base_url: str, now: datetime) -> str:
    """An iCalendar (RFC 5545) file of all-day events; titles name the intake number, the state and the remedy."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escaped(f'Clinic dates: {org_name}')}",
    ]
    for d in deadlines:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{d.intake_id}-{d.charge_id}-{d.remedy_id}-{d.day.isoformat()}@clinic",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{d.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(d.day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escaped(f'Intake #{d.intake_id} ({d.jurisdiction}): {d.remedy_title}')}",
            f"DESCRIPTION:{_escaped(f'{d.what}. Open the intake: {base_url}/clinic/intakes/{d.intake_id}')}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_folded(line) for line in lines) + "\r\n"
