"""Rendering rule texts in the reader's language from gettext catalogs shipped with the package.

The English text is the message id. Catalogs live in ``rules/locale/<lang>/LC_MESSAGES/rules.mo``;
a language without a catalog, or a text without a translation, falls back to English.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from rules.message import Message, english_date

LOCALE_DIR = Path(__file__).parent / "locale"

SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                  "octubre", "noviembre", "diciembre")  # fmt: skip


def spanish_date(day: date) -> str:
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


DATE_FORMATS = {"en": english_date, "es": spanish_date}


@dataclass(frozen=True)
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
        return message.render(self.text, self.date)


@cache
def localizer(language: str = "en") -> Localizer:
    catalog = gettext.translation("rules", LOCALE_DIR, languages=[language], fallback=True)
    return Localizer(language, catalog)
