"""The clinic's two languages, English and Spanish: each staff member's pages and summaries are in the language
they chose on their account page, and a summary for a client can be asked for in the client's language.

The clinic's texts live in their own gettext domain, ``clinic`` (``app/locale/es/LC_MESSAGES/clinic.po``), which
falls back to the pages' and the rules' catalogs (see ``app.i18n``). A text made in Python before the language is
known (a form's error, a route's notice) is a :class:`Said`: the English string itself, which also keeps its
template and parameters so that the page can say it again in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.translations import catalog
from rules.message import Message

LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
DEFAULT = "en"

Translate = Callable[[str], str]


class Said(str):
    """An English text made from a template and parameters; ``say`` renders it again in another language."""

    message: Message

    def __new__(cls, message: Message) -> Said:
        made = super().__new__(cls, message.render())
        made.message = message
        return made


def said(template: str, **params: object) -> Said:
    """A text with parameters, e.g. ``said("Use at most {limit} characters.", limit=200)``; the template is
    the gettext message id. A parameter that is itself a ``Said`` is translated too; others are shown as they are
    (dates as ISO, as everywhere in the clinic)."""
    return Said(Message(template, tuple((k, v.message if isinstance(v, Said) else v) for k, v in params.items())))


def chosen(language: object) -> str:
    """A known clinic language, or English."""
    return language if isinstance(language, str) and language in LANGUAGES else DEFAULT


def from_browser(accept_language: str | None) -> str:
    """For pages before sign-in: the browser's first preference between English and Spanish."""
    for part in (accept_language or "").split(","):
        primary = part.split(";")[0].strip().lower().split("-")[0]
        if primary in LANGUAGES:
            return primary
    return DEFAULT


def translator(language: str) -> Translate:
    return catalog(chosen(language), "clinic").gettext


def say(text: object, language: str) -> str:
    """A text in the language: a ``Said`` with its parameters, a plain message id as it is in the catalog (a text
    that is not in it, like a client's name, stays as it is)."""
    translate = translator(language)
    if isinstance(text, Said):
        return text.message.render(translate, lambda day: day.isoformat())
    return translate(str(text)) if text else ""
