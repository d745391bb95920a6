"""``python -m app.partners.cli create|list|revoke``: manage partner API keys."""

from __future__ import annotations

import argparse
import sys

from app.core.config import get_settings
from app.partners.keys import KeyStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.partners.cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="issue a key for a partner organization (shown once)")
    create.add_argument("--partner", required=True, help="the partner organization's name")
    commands.add_parser("list", help="list keys (never the keys themselves)")
    revoke = commands.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    args = parser.parse_args(argv)
    store = KeyStore(get_settings().api_keys_file)
    if args.command == "create":
        entry, key = store.create(args.partner)
        print(f"Key {entry.id} for {entry.partner}. Store it now; it cannot be shown again:\n{key}")
        return 0
    if args.command == "list":
        for entry in store.list():
            state = f"revoked {entry.revoked}" if entry.revoked else "active"
            print(f"{entry.id}\t{entry.partner}\t{entry.created}\t{state}")
        return 0
    if store.revoke(args.key_id):
        print(f"Revoked {args.key_id}.")
        return 0
    print(f"No active key with id {args.key_id}.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
