"""The templates are data: every file follows the schema, names only facts a screening has, fits its remedy."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

import rules
from app.papers.fonts import unprintable
from rules import papers
from rules.papers import BlockKind, InvalidTemplateError, parse

FILES = papers.template_files()


def _raw(remedy_id: str) -> dict[str, Any]:
    return yaml.safe_load((papers.FOLDER / f"{remedy_id}.yaml").read_text(encoding="utf-8"))


def test_every_template_file_loads_and_is_named_for_its_remedy():
    assert {path.stem for path in FILES} == set(papers.templates())
    assert "ny-vacatur-trafficking" in papers.templates()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_template_belongs_to_a_remedy_of_its_jurisdiction(path):
    template = papers.templates()[path.stem]
    jurisdiction = rules.jurisdiction(template.jurisdiction)
    assert jurisdiction is not None
    remedy = next((r for r in jurisdiction.remedies if r.id == template.remedy), None)
    assert remedy is not None, f"{template.remedy} is not a remedy of {template.jurisdiction}"
    assert not remedy.automatic, "a remedy granted by law needs no paper"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_template_has_request_declaration_with_prompts_order_and_a_checklist_in_four_languages(path):
    template = papers.templates()[path.stem]
    ids = [d.id for d in template.documents]
    assert len(ids) >= 3
    assert any("order" in i for i in ids)
    kinds = {b.kind for d in template.documents for b in d.blocks}
    assert BlockKind.PROMPT in kinds, "the person's own story needs a plain prompt"
    assert BlockKind.SIGNATURE in kinds
    assert set(template.checklists) == set(papers.LANGUAGES)
    for checklist in template.checklists.values():
        assert checklist.attach
        assert checklist.next_steps


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_paper_and_latin_checklists_print_in_the_embedded_font(path):
    template = papers.templates()[path.stem]
    texts = [template.title, template.statute, *template.caption.parties, template.caption.number]
    texts += [text for d in template.documents for b in d.blocks for text in (d.title, b.text, *b.items)]
    for language in ("en", "es"):
        c = template.checklists[language]
        texts += [*c.attach, c.where_to_file, c.serve, c.fee, c.fee_waiver, *c.next_steps]
    assert {text: unprintable(text) for text in texts if unprintable(text)} == {}


def test_a_template_naming_a_fact_the_screening_does_not_have_is_refused():
    raw = copy.deepcopy(_raw("ny-vacatur-trafficking"))
    raw["documents"][0]["blocks"].append({"text": "Born in {birth_place}."})
    with pytest.raises(InvalidTemplateError, match="birth_place"):
        parse(raw, "broken.yaml")


def test_a_placeholder_in_a_checklist_is_checked_too():
    raw = copy.deepcopy(_raw("ny-vacatur-trafficking"))
    raw["checklist"]["ko"]["fee"] = "{judge_name}"
    with pytest.raises(InvalidTemplateError, match="judge_name"):
        parse(raw, "broken.yaml")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda raw: raw.pop("reviewed"), "reviewed"),
        (lambda raw: raw["checklist"].pop("en"), "English"),
        (lambda raw: raw["documents"][0]["blocks"].append({"poem": "x"}), "poem"),
        (lambda raw: raw.update(sources=[]), "source"),
    ],
)
def test_a_template_that_breaks_the_schema_says_where(change, reason):
    raw = copy.deepcopy(_raw("ny-vacatur-trafficking"))
    change(raw)
    with pytest.raises(InvalidTemplateError, match=reason):
        parse(raw, "broken.yaml")
