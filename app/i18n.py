"""Translation catalogs on Babel's gettext tooling.

Three domains: ``rules`` (every text of the rules package: conditions, questions, remedy titles,
effects, next steps, state notes), ``app`` (the pages) and ``clinic`` (the clinic's pages, forms and summaries,
in Spanish only: staff choose English or Spanish). Spanish catalogs live at
``rules/locale/es/LC_MESSAGES/rules.po`` (shared texts) plus one file per jurisdiction in
``rules/locale/es/states/xx.po``, ``app/locale/es/LC_MESSAGES/app.po`` and ``app/locale/es/LC_MESSAGES/clinic.po``.

    python -m app.i18n extract    # write rules/locale/rules.pot and app/locale/app.pot from the sources
    python -m app.i18n update     # add new messages to the .po files, keeping translations
    python -m app.i18n compile    # build the .mo files (run at install by scripts/setup.sh)
    python -m app.i18n check      # fail on a missing Spanish translation or a placeholder mismatch
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
RULES_LOCALE = ROOT / "rules" / "locale"
APP_LOCALE = ROOT / "app" / "locale"
LANGUAGES = ("es", "zh_Hans", "ko")
# Spanish covers every text; Chinese and Korean cover the pages and the shared texts, and a page
# marks a state's own texts that have no translation yet.
COMPLETE_LANGUAGES = ("es",)
PYTHON_KEYWORDS = {"_": None, "N_": None, "msg": None, "Phrase": None, "gettext": None, "translate": None}
# The clinic's texts made in Python with parameters (see app.clinic.language.said).
CLINIC_KEYWORDS = PYTHON_KEYWORDS | {"said": None}
CLINIC_LANGUAGES = ("es",)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s")


def _source_messages(
    folder: Path, method_map: list[tuple[str, str]], keywords: dict[str, None] = PYTHON_KEYWORDS
) -> Iterator[tuple[str, str]]:
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        folder, method_map, keywords=keywords, strip_comment_tags=True
    ):
        text = message[0] if isinstance(message, tuple) else message
        if text:
            yield text, f"{folder.name}/{filename}"


def _jurisdiction_texts() -> Iterator[tuple[str, str]]:
    """Texts that live in the state modules' data rather than in calls."""
    import rules
    from rules.conditions import Custom, PersonAnswer

    for code, j in rules.jurisdictions().items():
        where = f"rules/states/{code.lower()}"
        yield from ((text, where) for text in (j.where_to_file, *j.notes))
        yield from ((h.serves, where) for h in j.legal_help)
        for remedy in j.remedies:
            yield from ((t, where) for t in (remedy.title, remedy.effect, *remedy.limits, *remedy.next_steps))
            for condition in remedy.conditions:
                if isinstance(condition, Custom | PersonAnswer):
                    yield condition.requirement, where


def _policy_texts() -> Iterator[tuple[str, str]]:
    from rules.prosecutors import policies

    for policy in policies():
        where = f"rules/states/{policy.jurisdiction.lower()}"
        for text in (policy.summary, policy.pending_cases, policy.past_cases, policy.warrants):
            yield text, where


def _shared_texts() -> Iterator[tuple[str, str]]:
    from rules.conditions import no_pending_case, not_under_sentence
    from rules.questions import CATALOGUE, CHOICE_LABELS, DEPENDS_ON, GRADE_LABELS
    from rules.texts import DISCLAIMER, IMMIGRATION_CAVEAT, KIND_EXPLAINED
    from rules.vocabulary import Grade

    for question in CATALOGUE.values():
        yield question.text, "rules/questions.py"
        yield question.help, "rules/questions.py"
    yield from ((label, "rules/questions.py") for label in CHOICE_LABELS.values())
    yield from ((label, "rules/questions.py") for label in GRADE_LABELS.values())
    yield from ((grade.words, "rules/vocabulary.py") for grade in Grade)
    yield from ((phrase, "rules/questions.py") for phrase in DEPENDS_ON.values())
    yield from ((text, "rules/texts.py") for text in (DISCLAIMER, IMMIGRATION_CAVEAT, *KIND_EXPLAINED.values()))
    for condition in (no_pending_case("-"), not_under_sentence("-")):
        for text in (condition.requirement, condition.when_no, condition.when_yes):  # type: ignore[attr-defined]
            yield text, "rules/conditions.py"
    yield "charge", "app/web/presenting.py"


# A fixed header date keeps regenerated catalogs free of noise in diffs.
HEADER_DATE = datetime(2026, 11, 25, tzinfo=UTC)


def _new_catalog(locale: str | None, domain: str) -> Catalog:
    return Catalog(
        locale=locale,
        domain=domain,
        project="record-relief-screener",
        version="1",
        copyright_holder="record-relief-screener contributors",
        creation_date=HEADER_DATE,
        revision_date=HEADER_DATE,
        fuzzy=False,
    )


def _catalog(messages: Iterable[tuple[str, str]], domain: str) -> Catalog:
    catalog = _new_catalog(None, domain)
    for text, where in messages:
        if text:
            catalog.add(text, locations=[(where, 0)])
    return catalog


def rules_template() -> Catalog:
    source = _source_messages(ROOT / "rules", [("**/locale/**", "ignore"), ("**.py", "python")])
    return _catalog([*source, *_shared_texts(), *_jurisdiction_texts(), *_policy_texts()], "rules")


def app_template() -> Catalog:
    # The clinic's own texts are a domain of their own (``clinic_template``), in English and Spanish only.
    pages = _source_messages(ROOT / "templates", [("clinic/**", "ignore"), ("**.html", "jinja2")])
    code = _source_messages(ROOT / "app", [("**/locale/**", "ignore"), ("clinic/**", "ignore"), ("**.py", "python")])
    return _catalog([*pages, *code], "app")


def clinic_template() -> Catalog:
    """The clinic's templates and code, and the vocabulary words its pages show for stored values."""
    from app.clinic.wording import vocabulary

    pages = _source_messages(ROOT / "templates" / "clinic", [("**.html", "jinja2")])
    code = _source_messages(ROOT / "app" / "clinic", [("**.py", "python")], CLINIC_KEYWORDS)
    return _catalog([*pages, *code, *((word, "app/clinic/wording.py") for word in vocabulary())], "clinic")


def state_of(template_catalog: Catalog, msgid: str) -> str | None:
    """The jurisdiction a message belongs to, if only state modules use it."""
    locations = {path for path, _ in template_catalog[msgid].locations}
    states = {p.rsplit("/", 1)[1].removesuffix(".py").rstrip("_") for p in locations if p.startswith("rules/states/")}
    only_states = all(p.startswith("rules/states/") for p in locations)
    return states.pop() if len(states) == 1 and only_states else None


def _read(path: Path, locale: str, domain: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=locale, domain=domain)
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=100, omit_header=False, sort_output=True)


def _po_files(language: str) -> dict[str, Path]:
    return {
        "rules": RULES_LOCALE / language / "LC_MESSAGES" / "rules.po",
        "app": APP_LOCALE / language / "LC_MESSAGES" / "app.po",
        "clinic": APP_LOCALE / language / "LC_MESSAGES" / "clinic.po",
    }


def _translations(language: str) -> dict[str, str]:
    files = _po_files(language)
    found: dict[str, str] = {}
    for path in [files["rules"], files["app"], *sorted((RULES_LOCALE / language / "states").glob("*.po"))]:
        for message in _read(path, language, "rules"):
            if message.id and message.string:
                found[str(message.id)] = str(message.string)
    return found


def update() -> None:
    """Distribute each template message to the catalog that owns it, keeping existing translations."""
    rules_pot, app_pot = rules_template(), app_template()
    for language in LANGUAGES:
        files = _po_files(language)
        existing = _translations(language)
        owners: list[tuple[Path, str, str]] = []
        for message in rules_pot:
            if message.id:
                state = state_of(rules_pot, str(message.id))
                if state and language not in COMPLETE_LANGUAGES:
                    continue
                path = RULES_LOCALE / language / "states" / f"{state}.po" if state else files["rules"]
                owners.append((path, str(message.id), "rules"))
        owners += [(files["app"], str(message.id), "app") for message in app_pot if message.id]
        targets: dict[Path, Catalog] = {}
        for path, msgid, domain in owners:
            targets.setdefault(path, _new_catalog(language, domain)).add(msgid, existing.get(msgid, ""))
        for path, catalog in targets.items():
            _write(path, catalog)
    clinic_pot = clinic_template()
    for language in CLINIC_LANGUAGES:
        path = _po_files(language)["clinic"]
        existing_clinic = {str(m.id): str(m.string) for m in _read(path, language, "clinic") if m.id and m.string}
        clinic = _new_catalog(language, "clinic")
        for message in clinic_pot:
            if message.id:
                clinic.add(message.id, existing_clinic.get(str(message.id), ""))
        _write(path, clinic)


def _merged(language: str, domain: str) -> Catalog:
    files = _po_files(language)
    paths = [files[domain]]
    if domain == "rules":
        paths += sorted((RULES_LOCALE / language / "states").glob("*.po"))
    merged = Catalog(locale=language, domain=domain)
    for path in paths:
        for message in _read(path, language, domain):
            if message.id and message.string:
                merged.add(message.id, message.string)
    return merged


def compile_catalogs() -> list[Path]:
    written = []
    for language in LANGUAGES:
        clinic = (("clinic", APP_LOCALE),) if language in CLINIC_LANGUAGES else ()
        for domain, base in (("rules", RULES_LOCALE), ("app", APP_LOCALE), *clinic):
            mo_path = base / language / "LC_MESSAGES" / f"{domain}.mo"
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            with mo_path.open("wb") as file:
                write_mo(file, _merged(language, domain))
            written.append(mo_path)
    return written


def problems() -> list[str]:
    """Messages without a Spanish translation, or whose placeholders differ from the translation."""
    found = []
    rules_pot = rules_template()
    for domain, template in (("rules", rules_pot), ("app", app_template()), ("clinic", clinic_template())):
        for language in CLINIC_LANGUAGES if domain == "clinic" else LANGUAGES:
            translated = _merged(language, domain)
            for message in template:
                if not message.id:
                    continue
                if language not in COMPLETE_LANGUAGES and domain == "rules" and state_of(rules_pot, str(message.id)):
                    continue
                target = translated.get(message.id)  # type: ignore[arg-type]
                if target is None or not target.string:
                    found.append(f"{language}/{domain}: untranslated: {message.id!r}")
                elif sorted(PLACEHOLDER.findall(str(message.id))) != sorted(PLACEHOLDER.findall(str(target.string))):
                    found.append(f"{language}/{domain}: placeholders differ: {message.id!r}")
    return found


def file_problems(path: Path) -> list[str]:
    """The same checks as :func:`problems`, for one catalog file."""
    found = []
    for message in _read(path, "es", "rules"):
        if not message.id:
            continue
        if not message.string:
            found.append(f"untranslated: {message.id!r}")
        elif sorted(PLACEHOLDER.findall(str(message.id))) != sorted(PLACEHOLDER.findall(str(message.string))):
            found.append(f"placeholders differ: {message.id!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "extract":
        templates = (
            (RULES_LOCALE / "rules.pot", rules_template()),
            (APP_LOCALE / "app.pot", app_template()),
            (APP_LOCALE / "clinic.pot", clinic_template()),
        )
        for path, catalog in templates:
            _write(path, catalog)
        return 0
    if command == "update":
        update()
        return 0
    if command == "compile":
        compile_catalogs()
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} translation problems")
        return 1 if found else 0
    if command == "check-file" and len(argv) == 3:
        found = file_problems(Path(argv[2]))
        print("\n".join(found) or "ok")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
