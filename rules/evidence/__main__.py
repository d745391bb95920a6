"""``python -m rules.evidence skeleton XX``: print a jurisdiction's evidence file with its current
condition keys; ``python -m rules.evidence gaps``: list every condition that lacks evidence."""

from __future__ import annotations

import sys

from rules.evidence import gaps, skeleton
from rules.registry import jurisdiction, jurisdictions


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "skeleton":
        found = jurisdiction(argv[1])
        if found is None:
            print(f"no jurisdiction {argv[1]}", file=sys.stderr)
            return 2
        sys.stdout.write(skeleton(found))
        return 0
    if argv and argv[0] == "gaps":
        wanted = {code.upper() for code in argv[1:]}
        missing = [gap for code, j in jurisdictions().items() if not wanted or code in wanted for gap in gaps(j)]
        print("\n".join(missing) or "every condition has evidence")
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
