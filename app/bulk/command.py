"""The ``screener`` command: the compiled modules where they are built (``app.bulk.compiled``), then the
command line of ``app.bulk.cli``. ``python -m app.bulk.command bulk IN OUT`` runs it from a checkout."""

from __future__ import annotations

from app.bulk import compiled


def main() -> int:
    compiled.install()  # before anything imports the rules
    from app.bulk.cli import main as run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
