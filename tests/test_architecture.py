"""The rules package is a pure library: it imports nothing from the web app, FastAPI or a database."""

from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = ("app", "fastapi", "starlette", "jinja2", "sqlmodel", "sqlalchemy", "pydantic", "httpx", "uvicorn")
RULES = Path(__file__).resolve().parents[1] / "rules"


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_rules_package_imports_no_web_or_database_code():
    offenders = {
        str(path.relative_to(RULES)): sorted(imported_roots(path) & set(FORBIDDEN)) for path in RULES.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_project_never_reads_the_shared_folder():
    root = RULES.parent
    for folder in ("app", "rules", "templates", "static"):
        for path in (root / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".html", ".js", ".css"}:
                assert "../shared" not in path.read_text(encoding="utf-8"), path
