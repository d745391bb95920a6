"""Jinja2 templates with autoescaping and the gettext extension."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.core.config import get_settings
from rules.localization import localizer


@cache
def environment(language: str = "en") -> Environment:
    settings = get_settings()
    env = Environment(
        loader=FileSystemLoader(settings.templates_dir),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(localizer(language).catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals["quick_exit_url"] = settings.quick_exit_url
    env.globals["language"] = language
    return env


def render(template: str, language: str = "en", **context: object) -> str:
    return environment(language).get_template(template).render(**context)
