"""Every condition of every remedy carries the words of the law it rests on."""

from __future__ import annotations

import re
from datetime import date

import pytest

import rules
from rules.evidence import EvidenceError, ReviewLevel, evidence_for, gaps, lowest_review_level, skeleton

CODES = list(rules.jurisdictions())


@pytest.mark.parametrize("code", CODES)
def test_every_condition_has_the_words_of_the_law(code: str) -> None:
    missing = list(gaps(rules.jurisdictions()[code]))
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("code", CODES)
def test_evidence_is_dated_and_sourced(code: str) -> None:
    for remedy_id, entries in evidence_for(code).items():
        for key, entry in entries.items():
            assert entry.read_on <= date.today(), f"{remedy_id}.{key} is read in the future"
            assert len(entry.words) >= 12, f"{remedy_id}.{key}: the words of the law are missing"
            assert entry.source.startswith("http"), f"{remedy_id}.{key}"


def test_lowest_review_level_is_the_weakest_condition() -> None:
    for code in CODES:
        levels = {e.review_level for entries in evidence_for(code).values() for e in entries.values()}
        lowest = lowest_review_level(code)
        if lowest is not None:
            assert lowest is max(levels, key=lambda level: level.rank)


def test_a_malformed_entry_is_refused(tmp_path, monkeypatch) -> None:
    from rules import evidence

    (tmp_path / "zz.yaml").write_text(
        "jurisdiction: ZZ\nremedies:\n  zz-x:\n    disposition:\n      cite: X\n      words: y\n", encoding="utf-8"
    )
    monkeypatch.setattr(evidence, "FOLDER", tmp_path)
    evidence.evidence_for.cache_clear()
    try:
        with pytest.raises(EvidenceError, match="missing words_are, source, read_on, review_level"):
            evidence.evidence_for("ZZ")
    finally:
        evidence.evidence_for.cache_clear()


def test_skeleton_names_every_condition_key() -> None:
    texas = rules.jurisdictions()["TX"]
    text = skeleton(texas)
    for remedy in texas.remedies:
        assert f"  {remedy.id}:" in text
        for key in remedy.condition_keys:
            assert f"    {key}:" in text


def test_review_levels_rank_statute_text_first() -> None:
    assert [level.rank for level in ReviewLevel] == [0, 1, 2]
    assert ReviewLevel("statute text") is ReviewLevel.STATUTE_TEXT


# How a note says why the statute's own words are not behind a condition: the text was searched for and not
# found (or only part of it), or the rule is not in a statute at all (a constitution, a court or board rule).
WHY_NOT_STATUTE_TEXT = re.compile(
    r"not found|could not|couldn't|searched|did not surface|no (stored |verbatim )?copy|only as far as|cut off|"
    r"stops? (at|before|partway)|breaks? off|no statute|not a statute|court rule|executive order|constitution|"
    r"not enacted|guideline|board's own rule",
    re.IGNORECASE,
)


@pytest.mark.parametrize("code", CODES)
def test_a_condition_not_read_in_the_statute_says_why(code: str) -> None:
    for remedy_id, entries in evidence_for(code).items():
        for key, entry in entries.items():
            if entry.review_level is not ReviewLevel.STATUTE_TEXT:
                where = f"{remedy_id}.{key}: {entry.review_level.value}"
                assert entry.note, f"{where}, with no note saying why"
                assert WHY_NOT_STATUTE_TEXT.search(entry.note), f"{where}: the note does not say why: {entry.note}"
