"""Drafted court papers for a remedy, as data a lawyer can read and correct.

Each remedy with papers has a file ``rules/papers/<remedy-id>.yaml`` beside this module (its schema is described in
``SCHEMA.md`` beside it). A template holds the caption, the documents (notice of motion or petition, the person's
declaration with plain prompts, a proposed order) and a checklist per reader's language. Texts name the facts they
need as ``{placeholder}``; :data:`PLACEHOLDERS` lists every fact a screening and the paper's details supply, and
:func:`parse` (and so :func:`templates`) refuses a template that names any other. :func:`fill` writes the facts into a template; drawing the
result as PDF or DOCX is the web service's job (``app/papers``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from rules.facts import Charge
from rules.law import Jurisdiction
from rules.vocabulary import Disposition, Level

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("en", "es", "zh_Hans", "ko")
BLANK = "____________________"

# Every fact a template may name, and where it comes from. The person's details are asked when the papers are
# prepared; the rest come from the screening (a date the screening does not have prints as a blank to fill in).
PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "person_name": "The person's full legal name, as on the court record (asked).",
        "court": "The court where the case was decided, e.g. 'Criminal Court of the City of New York' (asked).",
        "county": "The county of that court (asked; the screening's county where given).",
        "case_number": "The docket, index or case number (asked).",
        "state_name": "The jurisdiction's name, e.g. 'New York'.",
        "statute": "The statute the paper is brought under (the template's own 'statute').",
        "offense_name": "The offense's name from the state's offense list, else the charge's category in words.",
        "offense_statute": "The offense's statute, e.g. 'N.Y. Penal Law § 230.00' (a blank where unknown).",
        "offense_level": "'felony', 'misdemeanor', 'violation' or a blank.",
        "disposition": "How the case ended, in words: 'conviction', 'dismissal', ...",
        "offense_date": "The date of the offense or arrest (a blank where unknown).",
        "disposition_date": "The date of the conviction, dismissal or other outcome (a blank where unknown).",
        "sentence_completed_date": "The date the sentence was completed (a blank where unknown).",
        "release_date": "The date of release from jail or prison (a blank where unknown).",
        "today": "The date the papers were drafted.",
        "reviewed": "The date the template was last reviewed.",
    }
)
ASKED = ("person_name", "court", "county", "case_number")


class BlockKind(StrEnum):
    HEADING = "heading"  # a short bold line
    TEXT = "text"  # a paragraph
    NUMBERED = "numbered"  # numbered paragraphs (the findings, the grounds)
    PROMPT = "prompt"  # a plain question where the person tells their own story, with lines to write on
    SIGNATURE = "signature"  # lines to sign and date, one per label


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    lines: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Caption:
    court: str
    venue: str
    parties: tuple[str, ...]
    number: str


@dataclass(frozen=True, slots=True)
class Checklist:
    """What to do with the paper, in one reader's language."""

    attach: tuple[str, ...]
    where_to_file: str
    serve: str
    fee: str
    fee_waiver: str
    next_steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class PaperTemplate:
    remedy: str
    jurisdiction: str
    title: str
    statute: str
    reviewed: date
    sources: tuple[Source, ...]
    caption: Caption
    documents: tuple[Document, ...]
    checklists: Mapping[str, Checklist]

    def checklist(self, language: str) -> Checklist:
        return self.checklists.get(language.replace("-", "_"), self.checklists["en"])

    @property
    def asked(self) -> tuple[str, ...]:
        """The person's details this paper prints (the name always): the form asks only these."""
        used = set().union(*(placeholders_in(text) for text in self.texts()))
        return tuple(name for name in ASKED if name == "person_name" or name in used)

    def texts(self) -> list[str]:
        """Every text of the template that may name a placeholder."""
        found = [self.title, self.caption.court, self.caption.venue, *self.caption.parties, self.caption.number]
        for document in self.documents:
            found.append(document.title)
            for block in document.blocks:
                found += [block.text, *block.items]
        for checklist in self.checklists.values():
            found += [*checklist.attach, checklist.where_to_file, checklist.serve, checklist.fee]
            found += [checklist.fee_waiver, *checklist.next_steps]
        return found


class InvalidTemplateError(ValueError):
    """A template file that does not follow the schema (named with the file and the reason)."""


def placeholders_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _strings(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise InvalidTemplateError(f"{where}: expected a list of texts")
    return tuple(raw)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidTemplateError(f"{where}.{key}: expected a text")
    return value


def _block(raw: object, where: str) -> Block:
    if not isinstance(raw, dict) or (len(raw) != 1 and "prompt" not in raw):
        raise InvalidTemplateError(f"{where}: expected one of {', '.join(BlockKind)}")
    if "prompt" in raw:
        lines = raw.get("lines", 6)
        if not isinstance(lines, int) or not 1 <= lines <= 40:
            raise InvalidTemplateError(f"{where}.lines: expected a number of lines from 1 to 40")
        return Block(BlockKind.PROMPT, text=_text(raw, "prompt", where), lines=lines)
    ((key, value),) = raw.items()
    try:
        kind = BlockKind(key)
    except ValueError:
        raise InvalidTemplateError(f"{where}: unknown block {key!r}") from None
    if kind in (BlockKind.NUMBERED, BlockKind.SIGNATURE):
        return Block(kind, items=_strings(value, f"{where}.{key}"))
    if not isinstance(value, str):
        raise InvalidTemplateError(f"{where}.{key}: expected a text")
    return Block(kind, text=value)


def _checklist(raw: object, where: str) -> Checklist:
    if not isinstance(raw, dict):
        raise InvalidTemplateError(f"{where}: expected the checklist's fields")
    return Checklist(
        attach=_strings(raw.get("attach"), f"{where}.attach"),
        where_to_file=_text(raw, "where_to_file", where),
        serve=_text(raw, "serve", where),
        fee=_text(raw, "fee", where),
        fee_waiver=_text(raw, "fee_waiver", where),
        next_steps=_strings(raw.get("next_steps"), f"{where}.next_steps"),
    )


def parse(raw: Mapping[str, Any], name: str) -> PaperTemplate:
    """A template from its YAML data; every placeholder must be one of :data:`PLACEHOLDERS`."""
    caption = raw.get("caption")
    if not isinstance(caption, dict):
        raise InvalidTemplateError(f"{name}.caption: expected court, venue, parties and number")
    documents = []
    for n, document in enumerate(raw.get("documents") or []):
        where = f"{name}.documents[{n}]"
        if not isinstance(document, dict):
            raise InvalidTemplateError(f"{where}: expected id, title and blocks")
        blocks = tuple(_block(b, f"{where}.blocks[{i}]") for i, b in enumerate(document.get("blocks") or []))
        documents.append(Document(_text(document, "id", where), _text(document, "title", where), blocks))
    checklists = raw.get("checklist")
    if not isinstance(checklists, dict) or "en" not in checklists:
        raise InvalidTemplateError(f"{name}.checklist: expected one per language, English at least")
    unknown_languages = set(checklists) - set(LANGUAGES)
    if unknown_languages:
        raise InvalidTemplateError(f"{name}.checklist: unknown language(s) {sorted(unknown_languages)}")
    reviewed = raw.get("reviewed")
    if not isinstance(reviewed, date):
        raise InvalidTemplateError(f"{name}.reviewed: expected a date YYYY-MM-DD")
    template = PaperTemplate(
        remedy=_text(raw, "remedy", name),
        jurisdiction=_text(raw, "jurisdiction", name).upper(),
        title=_text(raw, "title", name),
        statute=_text(raw, "statute", name),
        reviewed=reviewed,
        sources=tuple(Source(_text(s, "title", name), _text(s, "url", name)) for s in raw.get("sources") or []),
        caption=Caption(
            court=_text(caption, "court", f"{name}.caption"),
            venue=str(caption.get("venue") or ""),
            parties=_strings(caption.get("parties"), f"{name}.caption.parties"),
            number=_text(caption, "number", f"{name}.caption"),
        ),
        documents=tuple(documents),
        checklists=MappingProxyType(
            {lang: _checklist(c, f"{name}.checklist.{lang}") for lang, c in checklists.items()}
        ),
    )
    if not template.documents or not template.sources:
        raise InvalidTemplateError(f"{name}: a template needs documents and at least one source")
    unknown = set().union(*(placeholders_in(text) for text in template.texts())) - set(PLACEHOLDERS)
    if unknown:
        raise InvalidTemplateError(f"{name}: names facts a screening does not have: {', '.join(sorted(unknown))}")
    return template


def template_files() -> list[Path]:
    return sorted(FOLDER.glob("*.yaml"))


@cache
def templates() -> Mapping[str, PaperTemplate]:
    """Every template, by remedy id (read once; a file that breaks the schema raises)."""
    found = {}
    for path in template_files():
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise InvalidTemplateError(f"{path.name}: not valid YAML: {error}") from None
        if not isinstance(raw, dict):
            raise InvalidTemplateError(f"{path.name}: expected the template's fields")
        template = parse(raw, path.name)
        if template.remedy != path.stem:
            raise InvalidTemplateError(f"{path.name}: the file is named for {path.stem}, not {template.remedy}")
        found[template.remedy] = template
    return MappingProxyType(found)


def template_for(remedy_id: str) -> PaperTemplate | None:
    return templates().get(remedy_id)


@dataclass(frozen=True, slots=True)
class PaperDetails:
    """What the person adds for the paper; an empty field prints as a blank to fill in by hand."""

    person_name: str
    court: str = ""
    county: str = ""
    case_number: str = ""


def _day(value: date | None) -> str:
    return f"{value:%B} {value.day}, {value.year}" if value is not None else BLANK


def facts_for(
    template: PaperTemplate, jurisdiction: Jurisdiction, charge: Charge, details: PaperDetails, today: date
) -> dict[str, str]:
    """The value of every placeholder for one charge."""
    offense = jurisdiction.offenses_by_id.get(charge.offense) if charge.offense else None
    category = charge.category.value.replace("_", " ")
    level = "" if charge.level is Level.UNKNOWN else charge.level.value
    disposition = "" if charge.disposition is Disposition.UNKNOWN else charge.disposition.value.replace("_", " ")
    county = details.county or charge.county or ""
    return {
        "person_name": details.person_name or BLANK,
        "court": details.court or BLANK,
        "county": county or BLANK,
        "case_number": details.case_number or BLANK,
        "state_name": jurisdiction.name,
        "statute": template.statute,
        "offense_name": offense.name if offense else category,
        "offense_statute": offense.statute if offense else BLANK,
        "offense_level": level or BLANK,
        "disposition": disposition or BLANK,
        "offense_date": _day(charge.offense_date),
        "disposition_date": _day(charge.disposition_date),
        "sentence_completed_date": _day(charge.sentence_completed_date),
        "release_date": _day(charge.release_date),
        "today": _day(today),
        "reviewed": _day(template.reviewed),
    }


@dataclass(frozen=True, slots=True)
class FilledPaper:
    """A template with the facts written in: what the PDF and the DOCX draw."""

    template: PaperTemplate
    caption: Caption
    documents: tuple[Document, ...]
    checklist: Checklist
    language: str
    facts: Mapping[str, str]


def _filled(text: str, facts: Mapping[str, str]) -> str:
    return text.format_map(facts) if text else text


def fill(template: PaperTemplate, facts: Mapping[str, str], language: str = "en") -> FilledPaper:
    def block(b: Block) -> Block:
        return Block(b.kind, _filled(b.text, facts), tuple(_filled(i, facts) for i in b.items), b.lines)

    c = template.caption
    checklist = template.checklist(language)
    return FilledPaper(
        template=template,
        caption=Caption(
            _filled(c.court, facts),
            _filled(c.venue, facts),
            tuple(_filled(p, facts) for p in c.parties),
            _filled(c.number, facts),
        ),
        documents=tuple(
            Document(d.id, _filled(d.title, facts), tuple(block(b) for b in d.blocks)) for d in template.documents
        ),
        checklist=Checklist(
            attach=tuple(_filled(a, facts) for a in checklist.attach),
            where_to_file=_filled(checklist.where_to_file, facts),
            serve=_filled(checklist.serve, facts),
            fee=_filled(checklist.fee, facts),
            fee_waiver=_filled(checklist.fee_waiver, facts),
            next_steps=tuple(_filled(s, facts) for s in checklist.next_steps),
        ),
        language=language.replace("-", "_") if language.replace("-", "_") in template.checklists else "en",
        facts=MappingProxyType(dict(facts)),
    )
