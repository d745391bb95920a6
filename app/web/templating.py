"""Jinja2 templates with autoescaping and gettext: the pages' catalog, falling back to the rules' one."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.core.config import get_settings
from rules.localization import CATALOG_NAMES, LANGUAGES, localizer

APP_LOCALE = Path(__file__).resolve().parents[1] / "locale"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "zh-Hans": "简体中文", "ko": "한국어"}


@cache
def catalog(language: str) -> gettext.NullTranslations:
    pages = gettext.translation("app", APP_LOCALE, languages=[CATALOG_NAMES.get(language, language)], fallback=True)
    pages.add_fallback(localizer(language).catalog)
    return pages


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
    env.install_gettext_translations(catalog(language), newstyle=True)  # type: ignore[attr-defined]
    env.globals["quick_exit_url"] = settings.quick_exit_url
    env.globals["language"] = language
    env.globals["language_names"] = LANGUAGE_NAMES
    return env


def render(template: str, language: str = "en", **context: object) -> str:
    return environment(language if language in LANGUAGES else "en").get_template(template).render(**context)
