"""The pages' and the API's own texts in the reader's language: the app catalog, then the rules' one."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from rules.localization import CATALOG_NAMES, localizer

APP_LOCALE = Path(__file__).resolve().parents[1] / "locale"


@cache
def catalog(language: str, domain: str = "app") -> gettext.NullTranslations:
    """``domain`` "clinic": the clinic's own texts (Spanish only), then the pages' and the rules' catalogs."""
    folder = CATALOG_NAMES.get(language, language)
    if domain == "clinic":
        clinic = gettext.translation("clinic", APP_LOCALE, languages=[folder], fallback=True)
        clinic.add_fallback(catalog(language))
        return clinic
    pages = gettext.translation("app", APP_LOCALE, languages=[folder], fallback=True)
    pages.add_fallback(localizer(language).catalog)
    return pages


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Marks a message for extraction; it is translated where it is shown."""
    return message
