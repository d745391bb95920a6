"""Plain language, measured: Flesch-Kincaid grade levels of the English texts people read.

Bars (stated in the README): the questions and their help at grade 6 or below; the pages' own
texts at grade 7 or below; each jurisdiction's result texts (titles, effects, limits, next steps)
at grade 9 or below, and their median across jurisdictions at grade 7.5 or below.
"""

from __future__ import annotations

import statistics
import warnings

import textstat

import rules
from app.i18n import app_template
from rules.questions import CATALOGUE, CHOICE_LABELS

QUESTIONS_MAX = 6.0
PAGES_MAX = 7.0
RESULTS_MAX = 9.0
RESULTS_MEDIAN_MAX = 7.5


def grade(text: str) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(textstat.flesch_kincaid_grade(text))


def result_texts(j: rules.Jurisdiction) -> str:
    return " ".join(f"{r.title}. {r.effect} {' '.join(r.limits)} {' '.join(r.next_steps)}" for r in j.remedies)


def test_questions_read_at_grade_six_or_below():
    text = " ".join(f"{q.text} {q.help}" for q in CATALOGUE.values()) + " " + ". ".join(CHOICE_LABELS.values())
    assert grade(text) <= QUESTIONS_MAX


def test_page_texts_read_at_grade_seven_or_below():
    messages = [str(m.id) for m in app_template() if m.id]
    assert grade(" ".join(messages)) <= PAGES_MAX


def test_result_texts_of_every_jurisdiction_read_at_grade_nine_or_below():
    grades = {code: grade(result_texts(j)) for code, j in rules.jurisdictions().items()}
    assert {code: g for code, g in grades.items() if g > RESULTS_MAX} == {}
    assert statistics.median(grades.values()) <= RESULTS_MEDIAN_MAX
