"""Field-level encryption at rest for client identifiers, dates of birth, docket numbers and notes.

Fernet (AES-128-CBC with HMAC-SHA256, from ``cryptography``) with a ``MultiFernet`` key ring: the first key in
``SCREENER_CLINIC_KEYS`` encrypts, every key decrypts. Rotation is: put a new key first, keep the old ones, run
``python -m app.clinic.cli rotate-keys`` (re-encrypts every token with the first key), then drop the old keys.
The keys live in settings, never in the database.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlmodel import Session, select

from app.clinic.models import ENCRYPTED_COLUMNS


class KeyConfigurationError(ValueError):
    """The configured keys are missing or are not Fernet keys."""


class UnreadableFieldError(ValueError):
    """A stored token was encrypted with a key that is no longer configured."""


@dataclass(frozen=True, slots=True)
class BlindIndex:
    """Digests of search terms under the index key (see ``search_index.py``); the key never leaves this object."""

    key: bytes = b""

    def digest(self, org_id: int, kind: str, value: str) -> str:
        message = f"{org_id}\x1f{kind}\x1f{value}".encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()


MIN_INDEX_KEY_LENGTH = 32


class FieldCipher:
    """``index_key`` (``SCREENER_CLINIC_INDEX_KEY``) keys the blind index that lets staff find a client; it is a
    key of its own, apart from the encryption keys, so that one leaking does not give away the other."""

    def __init__(self, keys: str, index_key: str | None = None) -> None:
        self._index_key = index_key
        parts = [k.strip() for k in keys.split(",") if k.strip()]
        if not parts:
            raise KeyConfigurationError("SCREENER_CLINIC_KEYS holds no key.")
        try:
            self._ring = MultiFernet([Fernet(k.encode()) for k in parts])
        except ValueError as bad:
            raise KeyConfigurationError("SCREENER_CLINIC_KEYS must be comma-separated Fernet keys.") from bad

    @property
    def blind_index(self) -> BlindIndex:
        if self._index_key is None or len(self._index_key) < MIN_INDEX_KEY_LENGTH:
            raise KeyConfigurationError(
                f"SCREENER_CLINIC_INDEX_KEY must hold at least {MIN_INDEX_KEY_LENGTH} characters of a random secret."
            )
        return BlindIndex(self._index_key.encode())

    def encrypt(self, value: str | None) -> str | None:
        """Empty stays empty (``None``): an absent answer is not a secret and needs no token."""
        if value is None or value == "":
            return None
        return self._ring.encrypt(value.encode()).decode()

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._ring.decrypt(token.encode()).decode()
        except InvalidToken as unreadable:
            raise UnreadableFieldError("A field was encrypted with a key that is not configured.") from unreadable

    def encrypt_date(self, value: date | None) -> str | None:
        return self.encrypt(value.isoformat() if value else None)

    def decrypt_date(self, token: str | None) -> date | None:
        text = self.decrypt(token)
        return date.fromisoformat(text) if text else None

    def rotate(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._ring.rotate(token.encode()).decode()
        except InvalidToken as unreadable:
            raise UnreadableFieldError("A field was encrypted with a key that is not configured.") from unreadable


def rotate_all(session: Session, cipher: FieldCipher) -> int:
    """Re-encrypt every encrypted field with the first key, in one transaction; returns the fields rewritten.

    A token that no configured key opens stops the rotation before anything is committed.
    """
    rewritten = 0
    for model, columns in ENCRYPTED_COLUMNS.items():
        for row in session.exec(select(model)).all():
            for column in columns:
                token = getattr(row, column)
                if token is not None:
                    setattr(row, column, cipher.rotate(token))
                    rewritten += 1
            session.add(row)
    session.commit()
    return rewritten
