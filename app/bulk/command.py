"""The ``screener`` command: the command line of ``app.bulk.cli``, with the compiled copies of the hot modules
where they are built (``app.bulk.compiled``). The pool's workers load them (``Options.compiled_workers``); this
process loads them only when it screens the rows itself (``--workers 0``): otherwise it only reads and writes,
and the copies would add ~15 MB to it for nothing. ``python -m app.bulk.command bulk IN OUT`` runs it from a
checkout."""

from __future__ import annotations

import argparse
import sys

from app.bulk import compiled


def screens_here(argv: list[str]) -> bool:
    """Whether the run screens its rows in this process (``--workers 0``), read as the command line reads it."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--workers", default=None)
    known, _rest = early.parse_known_args(argv)
    return str(known.workers).strip() == "0"


def main() -> int:
    if screens_here(sys.argv[1:]):
        compiled.install()  # before anything imports the rules
    from app.bulk.cli import main as run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
