"""Jinja2 templates with autoescaping and gettext: the pages' catalog, falling back to the rules' one."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.core.config import get_settings
from app.core.translations import catalog
from rules.localization import LANGUAGES

LANGUAGE_NAMES = {"en": "English", "es": "Español", "zh-Hans": "简体中文", "ko": "한국어"}


@cache
def environment(language: str = "en", domain: str = "app") -> Environment:
    settings = get_settings()
    env = Environment(
        loader=FileSystemLoader(settings.templates_dir),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(catalog(language, domain), newstyle=True)  # type: ignore[attr-defined]
    env.globals["quick_exit_url"] = settings.quick_exit_url
    env.globals["language"] = language
    env.globals["language_names"] = LANGUAGE_NAMES
    return env


def render(template: str, language: str = "en", *, domain: str = "app", **context: object) -> str:
    """``domain`` names the catalog: "app" for the public pages, "clinic" for the clinic's (see app.i18n)."""
    return environment(language if language in LANGUAGES else "en", domain).get_template(template).render(**context)
