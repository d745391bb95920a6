"""Texts as templates with parameters, so every reason can be rendered in any language.

A template is an English ``str.format`` string and doubles as its gettext message id.
Parameters are rendered by type: a :class:`Phrase` is translated, a :class:`OneOf`
joins translated phrases with "or", a date is written out in the reader's language,
anything else (a statute, an offense's own name, a number) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

Translate = Callable[[str], str]
FormatDate = Callable[[date], str]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip


def english_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _same(text: str) -> str:
    return text


class Phrase(str):
    """A parameter that is itself a translatable phrase."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class OneOf:
    phrases: tuple[str, ...]
    translatable: bool = True

    def render(self, translate: Translate) -> str:
        items = [translate(p) if self.translatable else p for p in self.phrases]
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return translate("{items} or {last}").format(items=", ".join(items[:-1]), last=items[-1])


class Message(NamedTuple):
    """A template and its parameters (a named tuple: thousands are made per screening)."""

    template: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Translate = _same, format_date: FormatDate = english_date) -> str:
        values: dict[str, object] = {}
        for key, value in self.params:
            if isinstance(value, Message):
                values[key] = value.render(translate, format_date)
            elif isinstance(value, tuple):
                values[key] = "; ".join(part.render(translate, format_date) for part in value)
            elif isinstance(value, Phrase):
                values[key] = translate(value)
            elif isinstance(value, OneOf):
                values[key] = value.render(translate)
            elif isinstance(value, date):
                values[key] = format_date(value)
            else:
                values[key] = value
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


_new = tuple.__new__  # builds the named tuple in one step, without its Python-level __new__


def msg(template: str, **params: object) -> Message:
    return _new(Message, (template, tuple(params.items()) if params else ()))
