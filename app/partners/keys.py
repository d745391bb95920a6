"""Partner API keys: issued per partner organization, stored only as SHA-256 hashes.

Keys live in a small JSON file (``SCREENER_API_KEYS_FILE``) rather than the clinic database, so
the public API never depends on that database. The file is re-read when it changes, so keys
created or revoked by the command line take effect in running workers.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

PREFIX = "rrs_"


@dataclass(frozen=True)
class PartnerKey:
    id: str
    partner: str
    key_hash: str
    created: str
    revoked: str | None = None


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._loaded_at: float | None = None
        self._by_hash: dict[str, PartnerKey] = {}

    def _read(self) -> list[PartnerKey]:
        if not self.path.exists():
            return []
        return [PartnerKey(**entry) for entry in json.loads(self.path.read_text(encoding="utf-8"))]

    def _write(self, keys: list[PartnerKey]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps([asdict(k) for k in keys], indent=2), encoding="utf-8")
        os.chmod(temporary, 0o600)
        temporary.replace(self.path)

    def _refresh(self) -> None:
        try:
            changed = self.path.stat().st_mtime
        except FileNotFoundError:
            changed = 0.0
        if changed != self._loaded_at:
            with self._lock:
                self._by_hash = {k.key_hash: k for k in self._read() if k.revoked is None}
                self._loaded_at = changed

    def partner_of(self, key: str | None) -> str | None:
        """The partner a presented key belongs to; None for a missing, unknown or revoked key."""
        if not key or not key.startswith(PREFIX) or len(key) > 100:
            return None
        self._refresh()
        found = self._by_hash.get(_hash(key))
        return found.partner if found else None

    def create(self, partner: str) -> tuple[PartnerKey, str]:
        key = PREFIX + secrets.token_urlsafe(32)
        entry = PartnerKey(
            id=secrets.token_hex(4),
            partner=partner,
            key_hash=_hash(key),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        with self._lock:
            self._write([*self._read(), entry])
        return entry, key

    def list(self) -> list[PartnerKey]:
        return self._read()

    def revoke(self, key_id: str) -> bool:
        with self._lock:
            keys = self._read()
            found = False
            updated = []
            for k in keys:
                if k.id == key_id and k.revoked is None:
                    k = PartnerKey(**{**asdict(k), "revoked": datetime.now(UTC).isoformat(timespec="seconds")})
                    found = True
                updated.append(k)
            if found:
                self._write(updated)
        return found
