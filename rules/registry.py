"""Finds jurisdiction modules by discovery: each ``rules/states/xx.py`` defines ``JURISDICTION``."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import rules.states
from rules.law import Jurisdiction


@cache
def jurisdictions() -> dict[str, Jurisdiction]:
    found: dict[str, Jurisdiction] = {}
    for module_info in pkgutil.iter_modules(rules.states.__path__):
        module = importlib.import_module(f"rules.states.{module_info.name}")
        jurisdiction = getattr(module, "JURISDICTION", None)
        if isinstance(jurisdiction, Jurisdiction):
            found[jurisdiction.code] = jurisdiction
    return dict(sorted(found.items()))


def jurisdiction(code: str) -> Jurisdiction | None:
    return jurisdictions().get(code.upper())
