"""Finding a client by name, date of birth or docket number without storing any of them in clear.

Each intake's identifiers are kept encrypted (``crypto.py``); beside them this module keeps *blind index* terms:
HMAC-SHA256 digests of the normalised values under a key of their own (``SCREENER_CLINIC_INDEX_KEY``), apart from
the encryption keys. A search computes the same digests from what staff typed and looks them up; the database
never sees a name, a date of birth or a docket number.

What is indexed, per intake:
- each word of the client's name (two letters or more), after folding case, accents and spacing, so
  "Maria Lopez" finds "MARÍA  López" and a search by family name alone works;
- the date of birth (the ISO day);
- each charge's docket number, with spaces and punctuation removed and letters upper-cased.

Every digest also covers the organization's id, so the same name in two organizations gives different digests.

The privacy cost, written down as the clinic's users are owed: someone who copies the database but not the index
key learns which intakes of one organization share a name word, a date of birth or a docket, and how often each
word recurs there. Very common family names could be guessed from how often they recur in a large organization;
nothing can be read back, and nothing links across organizations. Whole words are indexed, not prefixes or
sounds: a prefix or phonetic index would let frequency analysis go much further, so neither is kept; a search
must spell a whole word (accents and case aside). With the key as well, anyone can test a guessed name, which is
why the key lives in settings beside the encryption keys and never in the database. Changing the key: set the
new one and run ``python -m app.clinic.cli rotate-keys``, which rebuilds every term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.clinic.crypto import FieldCipher
from app.clinic.models import ChargeRecord, Intake, SearchTerm


class TermKind(StrEnum):
    NAME = "name"
    BIRTH = "birth"
    DOCKET = "docket"


MIN_WORD = 2
_SPLIT = re.compile(r"[^\w]+")


def name_words(name: str) -> list[str]:
    """Case, accents, punctuation and spacing folded away: "  María-José O'Neil " → maria, jose, o, neil."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in _SPLIT.split(plain) if len(w) >= MIN_WORD]


def docket_key(docket: str) -> str:
    """Dockets are written with and without spaces, dashes and slashes: "cr 2019-00123" → CR201900123."""
    return "".join(c for c in unicodedata.normalize("NFKC", docket).upper() if c.isalnum())


def _terms(name: str, birth_date: date | None, dockets: Iterable[str]) -> set[tuple[TermKind, str]]:
    found = {(TermKind.NAME, w) for w in name_words(name)}
    if birth_date is not None:
        found.add((TermKind.BIRTH, birth_date.isoformat()))
    found |= {(TermKind.DOCKET, k) for k in map(docket_key, dockets) if k}
    return found


def terms_of(
    cipher: FieldCipher, org_id: int, name: str, birth_date: date | None, dockets: Iterable[str]
) -> list[tuple[str, str]]:
    """(kind, digest) of every term of these identifiers in this organization."""
    index = cipher.blind_index
    return [
        (kind.value, index.digest(org_id, kind.value, value))
        for kind, value in sorted(_terms(name, birth_date, dockets))
    ]


def refresh(session: Session, cipher: FieldCipher, intake: Intake) -> None:
    """Rewrites the intake's terms from its saved identifiers, in the caller's transaction."""
    session.exec(delete(SearchTerm).where(col(SearchTerm.intake_id) == intake.id))  # type: ignore[call-overload]
    session.flush()
    charges = session.exec(select(ChargeRecord.docket_enc).where(ChargeRecord.intake_id == intake.id)).all()
    dockets = [cipher.decrypt(token) or "" for token in charges]
    name, birth = cipher.decrypt(intake.client_name_enc) or "", cipher.decrypt_date(intake.birth_date_enc)
    for kind, digest in terms_of(cipher, intake.org_id, name, birth, dockets):
        session.add(SearchTerm(org_id=intake.org_id, intake_id=intake.id, kind=kind, digest=digest))


def rebuild_all(session: Session, cipher: FieldCipher) -> int:
    """Every intake's terms anew (after a change of index key); returns how many intakes were indexed."""
    intakes = session.exec(select(Intake)).all()
    for intake in intakes:
        refresh(session, cipher, intake)
    session.commit()
    return len(intakes)


@dataclass(frozen=True, slots=True)
class Query:
    name: str = ""
    birth_date: date | None = None
    docket: str = ""

    @property
    def is_empty(self) -> bool:
        return not (name_words(self.name) or self.birth_date or docket_key(self.docket))


def find(session: Session, cipher: FieldCipher, org_id: int, query: Query, limit: int = 50) -> list[Intake]:
    """The organization's intakes that match every term of the query (every name word, the date of birth and the
    docket, where given), most recently changed first. Never reaches beyond ``org_id``."""
    wanted = _terms(query.name, query.birth_date, [query.docket] if query.docket else [])
    if not wanted:
        return []
    index = cipher.blind_index
    digests = {index.digest(org_id, kind.value, value) for kind, value in wanted}
    matching = (
        select(SearchTerm.intake_id)
        .where(col(SearchTerm.org_id) == org_id, col(SearchTerm.digest).in_(digests))
        .group_by(col(SearchTerm.intake_id))
        .having(func.count(func.distinct(SearchTerm.digest)) == len(digests))
    )
    rows = session.exec(
        select(Intake)
        .where(col(Intake.org_id) == org_id, col(Intake.id).in_(matching))
        .order_by(col(Intake.updated_at).desc(), col(Intake.id))
        .limit(limit)
    ).all()
    return list(rows)
