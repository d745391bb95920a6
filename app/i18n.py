"""Translation catalogs: compile the ``.po`` files of the rules and the pages into ``.mo``.

``python -m app.i18n compile`` runs at install (scripts/setup.sh); the catalogs themselves are
kept in the repository as ``.po`` files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
CATALOG_DIRS = (ROOT / "rules" / "locale", ROOT / "app" / "locale")


def compile_catalogs() -> list[Path]:
    written = []
    for folder in CATALOG_DIRS:
        for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file)
            mo_path = po_path.with_suffix(".mo")
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalog)
            written.append(mo_path)
    return written


def main(argv: list[str]) -> int:
    if argv[1:] == ["compile"]:
        for path in compile_catalogs():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    print("usage: python -m app.i18n compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
