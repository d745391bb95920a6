"""Every template drawn as PDF and DOCX: the statute's required elements, the person's details, the draft mark on
every page, the checklist in the reader's language, nothing written to disk."""

from __future__ import annotations

import os
import tempfile
from datetime import date

import pytest

import rules
from app.api.schemas import ScreeningRequest
from app.api.screening_io import facts_from
from app.papers import bundle, docx, drafting, pdf
from app.papers.fonts import CHECKLIST_TRUETYPE
from rules import papers
from rules.papers import PaperDetails
from tests.papers.cases import CASES, PERSON
from tests.papers.papers_reading import docx_text, first_page_png, pdf_pages, pdf_text, unzipped

TODAY = date(2026, 12, 7)


def drafted(remedy_id: str, language: str = "en", **details: str):
    body, _ = CASES[remedy_id]
    facts, jurisdiction = facts_from(ScreeningRequest.model_validate(body), TODAY)
    screening = rules.screen_in(facts, jurisdiction)
    wanted = drafting.PaperRequest(0, remedy_id, PaperDetails(**(PERSON | details)))
    return drafting.draft(screening, facts, wanted, language, TODAY)


def test_every_template_has_a_case_in_these_tests():
    assert set(papers.templates()) <= set(CASES), "add a screening and the statute's elements to tests/papers/cases.py"


@pytest.mark.parametrize("remedy_id", sorted(set(CASES) & set(papers.templates())))
def test_pdf_and_docx_hold_the_statutes_elements_and_the_persons_details(remedy_id):
    paper = drafted(remedy_id)
    _, required = CASES[remedy_id]
    for text in (pdf_text(pdf.render(paper)), docx_text(docx.render(paper))):
        for phrase in [*required, PERSON["person_name"], PERSON["case_number"], paper.template.statute]:
            assert phrase in text, f"{remedy_id}: {phrase!r} missing"
        for name in set(paper.template.asked) & {"court", "county"}:  # captions print them in capitals
            assert PERSON[name].casefold() in text.casefold(), f"{remedy_id}: {name} missing"


@pytest.mark.parametrize("remedy_id", sorted(set(CASES) & set(papers.templates())))
def test_every_pdf_page_is_marked_a_draft_with_the_statute_and_review_date(remedy_id):
    paper = drafted(remedy_id)
    pages = pdf_pages(pdf.render(paper))
    assert len(pages) >= 4  # notice, declaration, order, checklist
    reviewed = paper.template.reviewed.isoformat()
    for n, page in enumerate(pages, start=1):
        assert "DRAFT - check every statement" in page, n
        assert f"template reviewed {reviewed}" in page, n
        assert paper.template.statute in " ".join(page.split()), n
    text = docx_text(docx.render(paper))
    assert "DRAFT - check every statement" in text
    assert reviewed in text


@pytest.mark.parametrize("remedy_id", sorted(set(CASES) & set(papers.templates())))
def test_first_page_of_each_paper_renders_to_an_image(remedy_id):
    image = first_page_png(pdf.render(drafted(remedy_id)), f"{remedy_id}-page-1")
    if image is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    assert image.exists()
    assert image.stat().st_size > 2000


def test_checklist_is_in_the_readers_language_and_the_paper_stays_in_english():
    spanish = drafted("ny-vacatur-trafficking", "es")
    text = pdf_text(pdf.render(spanish))
    assert "NOTICE OF MOTION TO VACATE JUDGMENT" in text
    assert "Una moción bajo CPL 440.10 en un tribunal penal no paga tasa de presentación." in text
    korean = docx_text(docx.render(drafted("ny-vacatur-trafficking", "ko")))
    assert "형사 법원에 CPL 440.10 신청을 제출하는 데에는 수수료가 없습니다." in korean
    assert "NOTICE OF MOTION TO VACATE JUDGMENT" in korean
    chinese = docx_text(docx.render(drafted("ny-vacatur-trafficking", "zh-Hans")))
    assert "在刑事法院提出CPL 440.10动议不收取立案费。" in chinese


def test_unknown_details_print_as_blanks_to_fill_in_by_hand():
    paper = drafted("ny-vacatur-trafficking", court="", case_number="")
    text = pdf_text(pdf.render(paper))
    assert "Docket / Indictment No. ____________________" in text
    assert "Test Court of Record" not in text


def test_pdf_embeds_its_font():
    content = pdf.render(drafted("ny-vacatur-trafficking"))
    assert b"/FontFile2" in content  # an embedded TrueType program
    assert b"Helvetica" not in content


def _listing() -> set[str]:
    return set(os.listdir(tempfile.gettempdir())) | set(os.listdir(os.getcwd()))


def test_generation_leaves_no_file_behind():
    before = _listing()
    paper = drafted("ny-vacatur-trafficking")
    for wanted in bundle.PaperFormat:
        bundle.packed(paper, wanted)
    assert _listing() == before


def test_zip_holds_the_pdf_and_the_docx_without_the_persons_name_in_file_names():
    content, media_type, name = bundle.packed(drafted("ny-vacatur-trafficking"), bundle.PaperFormat.ZIP)
    assert media_type == "application/zip"
    assert name == "ny-vacatur-trafficking-draft.zip"
    files = unzipped(content)
    assert sorted(files) == ["ny-vacatur-trafficking-draft.docx", "ny-vacatur-trafficking-draft.pdf"]
    assert files["ny-vacatur-trafficking-draft.pdf"].startswith(b"%PDF")
    assert "Ana Núñez-Ortiz" in pdf_text(files["ny-vacatur-trafficking-draft.pdf"])


def test_a_remedy_that_does_not_fit_is_refused_with_a_reason():
    body, _ = CASES["ny-vacatur-trafficking"]
    body = {**body, "charges": [{**body["charges"][0], "trafficking_nexus": "no"}]}
    facts, jurisdiction = facts_from(ScreeningRequest.model_validate(body), TODAY)
    screening = rules.screen_in(facts, jurisdiction)
    wanted = drafting.PaperRequest(0, "ny-vacatur-trafficking", PaperDetails(**PERSON))
    with pytest.raises(drafting.PaperRefusedError) as refused:
        drafting.draft(screening, facts, wanted, "en", TODAY)
    assert [(p.field, p.reason) for p in refused.value.problems] == [("remedy_id", drafting.NOT_ELIGIBLE)]


def test_a_name_the_font_cannot_print_is_refused_before_drawing():
    with pytest.raises(drafting.PaperRefusedError) as refused:
        drafted("ny-vacatur-trafficking", person_name="김민지")
    (problem,) = refused.value.problems
    assert problem.field == "person_name"
    assert "김 민 지" in problem.reason


@pytest.mark.parametrize(
    ("language", "sentence"), [("ko", "이 점검표는 본인용입니다."), ("zh-Hans", "这份清单供您自己使用")]
)
def test_chinese_and_korean_checklists_are_embedded_in_the_pdf(language, sentence):
    path, _ = CHECKLIST_TRUETYPE[language.replace("-", "_")]
    if not path.exists():
        pytest.skip(f"{path} is not installed (fonts-wqy-microhei, fonts-nanum)")
    content = pdf.render(drafted("ny-vacatur-trafficking", language))
    assert sentence in pdf_text(content)
    # An embedded TrueType (Vera, Vera Bold and the CJK font), not a CID font the viewer must supply.
    assert content.count(b"/FontFile2") >= 3  # reportlab embeds 256-glyph subsets
    assert b"STSong-Light" not in content
    assert b"HYSMyeongJo" not in content
