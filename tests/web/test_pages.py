"""Server-rendered pages: a person picks a state and reads its remedies, with citations."""

from __future__ import annotations

import re


def test_home_lets_a_person_pick_a_state_and_start(client):
    page = client.get("/")
    assert page.status_code == 200
    assert '<form method="post" action="/screen"' in page.text
    assert '<select id="field-jurisdiction" name="jurisdiction"' in page.text
    assert '<label for="field-jurisdiction">' in page.text
    assert 'value="NY"' in page.text


def test_picking_a_state_leads_to_its_page(client):
    response = client.get("/states", params={"code": "ny"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/states/NY?lang=en"


def test_state_page_lists_every_remedy_with_citations_and_sources(client):
    page = client.get("/states/NY").text
    assert "Vacate a conviction that resulted from trafficking" in page
    assert "N.Y. Crim. Proc. Law § 440.10(1)(i)" in page
    assert "https://www.nysenate.gov/legislation/laws/CPL/160.59" in page
    assert "Rules last reviewed" in page


def test_every_page_has_the_quick_exit_and_no_inline_script(client):
    for path in ("/", "/states", "/states/CA", "/nowhere"):
        page = client.get(path).text
        assert 'id="quick-exit"' in page
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), path
        assert " on" + "click=" not in page


def test_pages_load_nothing_from_other_sites(client):
    for path in ("/", "/states/NY", "/api/docs"):
        page = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', page):
            if url.startswith("http"):
                # Outbound links (sources, legal help, quick exit) are fine; loaded assets are not.
                assert not re.search(rf'<(?:script|link|img)[^>]+"{re.escape(url)}"', page), url


def test_security_headers_are_on_every_response(client):
    for path in ("/", "/states/NY", "/api/v1/jurisdictions", "/static/site.css", "/nowhere"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"


def test_unknown_page_gets_a_plain_html_404(client):
    response = client.get("/states/ZZ")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Traceback" not in response.text


def test_health_checks_the_rules_pages_and_catalogs_and_livez_only_answers(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok"
    assert health["checks"] == {"rules": True, "templates": True, "static": True, "translations": True}
    assert health["jurisdictions"] == 51
    assert client.get("/livez").json() == {"status": "ok"}


def test_state_pages_read_in_the_chosen_language_and_mark_untranslated_state_texts(client):
    spanish = client.get("/states/NY", params={"lang": "es"}).text
    assert '<html lang="es">' in spanish
    assert "Anular" in spanish or "anular" in spanish
    # The words of the law are quoted in English, and marked so; every other text of the page is Spanish.
    main = re.sub(r'<details class="law">.*?</details>', "", spanish.split("<main")[1], flags=re.S)
    assert 'lang="en"' not in main.replace('lang="en">English', "")
    assert '<blockquote lang="en"' in spanish
    korean = client.get("/states/NY", params={"lang": "ko"}).text
    assert '<html lang="ko">' in korean
    assert '<h2 id="r-ny-sealing-160-59" lang="en">' in korean
    assert client.get("/states", params={"lang": "es"}).text.count("?lang=es") >= 51
