"""Rendering rule texts in the reader's language from gettext catalogs shipped with the package.

The English text is the message id. Catalogs live in ``rules/locale/<lang>/LC_MESSAGES/rules.mo``;
a language without a catalog, or a text without a translation, falls back to English.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from rules.message import Message, english_date

LOCALE_DIR = Path(__file__).parent / "locale"

SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre")  # fmt: skip


def spanish_date(day: date) -> str:
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def korean_date(day: date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


DATE_FORMATS = {"en": english_date, "es": spanish_date, "zh-Hans": chinese_date, "ko": korean_date}
LANGUAGES = ("en", "es", "zh-Hans", "ko")
# BCP 47 tags on the wire and in pages; gettext folder names on disk.
CATALOG_NAMES = {"zh-Hans": "zh_Hans"}


@dataclass(frozen=True, eq=False)
class Localizer:
    language: str
    catalog: gettext.NullTranslations

    def text(self, english: str) -> str:
        return self.catalog.gettext(english) if english else english

    def has(self, english: str) -> bool:
        return self.catalog.gettext(english) != english

    def date(self, day: date) -> str:
        return DATE_FORMATS.get(self.language, english_date)(day)

    def render(self, message: Message) -> str:
        try:
            return _rendered(self, message)
        except TypeError:  # a parameter that cannot be hashed: render it without the cache
            return message.render(self.text, self.date)


@lru_cache(maxsize=16384)
def _rendered(local: Localizer, message: Message) -> str:
    """The same reasons recur across charges and requests; rendering is pure, so it is cached."""
    return message.render(local.text, local.date)


@cache
def localizer(language: str = "en") -> Localizer:
    catalog = gettext.translation("rules", LOCALE_DIR, languages=[CATALOG_NAMES.get(language, language)], fallback=True)
    return Localizer(language, catalog)


def negotiate(explicit: str | None, accept_language: str | None) -> str:
    """An explicit choice wins, then the browser's first supported preference, then English."""
    if explicit is not None and explicit in LANGUAGES:
        return explicit
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        primary = tag.split("-")[0]
        if primary == "zh" and not any(t in tag for t in ("hant", "-tw", "-hk", "-mo")):
            return "zh-Hans"
        if primary in LANGUAGES:
            return primary
    return "en"
