"""Bulk screening in the clinic: staff upload a small export (CSV or XLSX, one row per charge), see every
charge's best remedy in a table they can sort, and download the same files ``screener bulk`` writes.

Nothing is stored. The upload is screened in memory and dropped; the page carries the file back to the server
in a hidden field, encrypted with the clinic's key and good for an hour, so sorting the table or downloading
a file screens it again rather than keeping it anywhere (in a database, on disk, or in one worker's memory
that another worker behind the proxy would not have). The audit log records each upload and download with
counts only: no file name, no row.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import time
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

import orjson
import yaml
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData, UploadFile

from app.bulk.layout import ColumnMap, ColumnMapError
from app.bulk.reader import UnreadableFileError, is_workbook, table_of_bytes
from app.bulk.runner import InMemory, run_in_memory
from app.bulk.screening import CHARGE_COLUMNS, PERSON_COLUMNS
from app.bulk.summary import (
    STATUS_ORDER,
    html_page,
    jurisdiction_chart,
    kind_chart,
    legend,
    status_chart,
)
from app.bulk.writer import ERROR_COLUMNS, SUMMARY_COLUMNS
from app.clinic import audit, auth, bulk_intakes
from app.clinic.auth import SignedIn
from app.clinic.crypto import UnreadableFieldError
from app.clinic.language import said
from app.clinic.models import AuditAction
from app.clinic.routes.context import DB, ClinicRoute, Deploy, Form, FormExpiredError, Who, clinic_page
from app.core.config import get_settings
from app.core.translations import N_
from rules.vocabulary import JURISDICTION_NAMES

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

ROWS_LIMIT = 2_000  # bigger files belong to the command line (`screener bulk`), which streams them
STATE_SECONDS = 3600
SORTS = ("line", "person_id", "jurisdiction", "best_kind", "best_status", "best_eligible_on")
DOWNLOADS = ("charges.csv", "persons.csv", "errors.csv", "summary.csv", "summary.html")


class UploadProblemError(ValueError):
    """What is wrong with the upload, in words for the form."""


@dataclass(frozen=True)
class Upload:
    """The file and the choices made with it: all a re-screening needs."""

    name: str
    data: bytes
    column_map: str
    as_of: date
    only_jurisdiction: str | None


def _column_map(text: str) -> ColumnMap:
    if not text.strip():
        return ColumnMap.default()
    try:
        return ColumnMap.from_dict(yaml.safe_load(text), "the column map")
    except yaml.YAMLError as failure:
        raise UploadProblemError(said("The column map is not YAML: {failure}", failure=str(failure))) from failure
    except ColumnMapError as failure:
        raise UploadProblemError(str(failure)) from failure


def _screen(upload: Upload, output: str = "jsonl") -> InMemory:
    column_map = _column_map(upload.column_map)
    try:
        table = table_of_bytes(upload.name, upload.data)
        if sum(1 for _ in table_of_bytes(upload.name, upload.data).rows) > ROWS_LIMIT:
            raise UploadProblemError(
                said(
                    "The file has more than {limit} rows. Screen it with the command `screener bulk` instead.",
                    limit=f"{ROWS_LIMIT:,}",
                )
            )
        return run_in_memory(table, column_map, upload.as_of, output, upload.only_jurisdiction)
    except (UnreadableFileError, ColumnMapError) as failure:
        raise UploadProblemError(str(failure)) from failure


def _sealed(deployment: Deploy, who: SignedIn, upload: Upload) -> str:
    payload = orjson.dumps(
        {
            "org": who.org_id,
            "staff": who.staff_id,
            "made": int(time.time()),
            "name": upload.name,
            "data": base64.b64encode(upload.data).decode(),
            "map": upload.column_map,
            "as_of": upload.as_of.isoformat(),
            "only": upload.only_jurisdiction,
        }
    )
    return deployment.cipher.encrypt(base64.b64encode(zlib.compress(payload, 9)).decode()) or ""


def _opened(deployment: Deploy, who: SignedIn, state: str) -> Upload | None:
    """The upload a page carried back, or ``None`` when it is not this staff member's, is over an hour old, or was
    changed on the way."""
    try:
        plain = deployment.cipher.decrypt(state)
        if plain is None:
            return None
        data = orjson.loads(zlib.decompress(base64.b64decode(plain)))
    except (UnreadableFieldError, binascii.Error, zlib.error, orjson.JSONDecodeError, ValueError):
        return None
    if data.get("org") != who.org_id or data.get("staff") != who.staff_id:
        return None
    if time.time() - data.get("made", 0) > STATE_SECONDS:
        return None
    return Upload(
        data["name"], base64.b64decode(data["data"]), data["map"], date.fromisoformat(data["as_of"]), data["only"]
    )


def _charges(run: InMemory) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in run.charges.splitlines() if line]


def _sorted(rows: list[dict[str, Any]], sort: str, descending: bool) -> list[dict[str, Any]]:
    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        value = row.get(sort)
        if sort == "best_status":
            value = STATUS_ORDER.index(value or "")
        elif sort == "line":
            value = int(str(value))
        else:
            value = "" if value is None else str(value)
        # Blanks (no date, no remedy) go last whichever way the column is sorted.
        return (value == "") ^ descending, value, row["line"]

    return sorted(rows, key=key, reverse=descending)


def _page(
    who: SignedIn, status: int = 200, upload: Upload | None = None, run: InMemory | None = None,
    state: str = "", sort: str = "line", descending: bool = False, problem: str = "", saved: list[int] | None = None,
) -> HTMLResponse:  # fmt: skip
    rows = _sorted(_charges(run), sort, descending) if run is not None else []
    return clinic_page(
        "bulk.html",
        status,
        who=who,
        upload=upload,
        run=run,
        rows=rows,
        state=state,
        sort=sort,
        descending=descending,
        problem=problem,
        saved=saved or [],
        sorts=SORTS,
        downloads=DOWNLOADS,
        jurisdictions=JURISDICTION_NAMES,
        rows_limit=ROWS_LIMIT,
        bytes_limit=get_settings().max_body_bytes,
        charts=[status_chart(run.tally), kind_chart(run.tally), jurisdiction_chart(run.tally)] if run else [],
        legend=legend(),
        today=date.today(),
    )


@router.get("/bulk", response_class=HTMLResponse)
def bulk_form(who: Who) -> HTMLResponse:
    return _page(who)


def _read(form: FormData, name: str) -> tuple[str, bytes]:
    """An uploaded file's name and bytes. Under the body limit starlette keeps uploads in memory, never on disk."""
    field = form.get(name)
    if not isinstance(field, UploadFile) or not field.filename:
        return "", b""
    return field.filename, field.file.read()


def _upload_of(form: FormData, name: str, data: bytes, column_map: bytes) -> Upload:
    if not name:
        raise UploadProblemError(N_("Choose a file to screen."))
    if not (is_workbook(name) or name.lower().endswith((".csv", ".txt"))):
        raise UploadProblemError(N_("The file must be a CSV (.csv) or an Excel workbook (.xlsx)."))
    if not data:
        raise UploadProblemError(N_("The file is empty."))
    as_of_text = str(form.get("as_of") or "").strip()
    try:
        as_of = date.fromisoformat(as_of_text) if as_of_text else date.today()
    except ValueError:
        raise UploadProblemError(N_("Screen as of: give a date as YYYY-MM-DD, or leave it empty for today.")) from None
    only = str(form.get("only_jurisdiction") or "").strip().upper() or None
    if only is not None and only not in JURISDICTION_NAMES:
        raise UploadProblemError(N_("Only this state: choose a state from the list, or none."))
    try:
        map_text = column_map.decode("utf-8")
    except UnicodeDecodeError:
        raise UploadProblemError(N_("The column map must be a UTF-8 text file (YAML).")) from None
    return Upload(name, data, map_text, as_of, only)


async def upload_form(request: Request, who: Who) -> AsyncIterator[FormData]:
    """The upload form, CSRF-checked like every clinic form, its files closed (and dropped) after the response.
    The staff member is known before the body is read: a signed-out upload is never parsed."""
    async with request.form(max_files=2, max_fields=10) as form:
        if not auth.tokens_match(who.csrf_token, form.get("csrf_token")):
            raise FormExpiredError
        yield form


UploadForm = Annotated[FormData, Depends(upload_form)]


@router.post("/bulk", response_class=HTMLResponse)
def bulk_upload(session: DB, deployment: Deploy, who: Who, form: UploadForm) -> HTMLResponse:
    name, data = _read(form, "file")
    _map_name, map_data = _read(form, "column_map")
    try:
        upload = _upload_of(form, name, data, map_data)
        run = _screen(upload)
    except UploadProblemError as problem:
        # The message itself (a ``Said`` keeps its parameters for the page's language), not ``str`` of the error.
        return _page(who, 422, problem=problem.args[0] if problem.args else str(problem))
    tally = run.tally
    detail = (
        f"bulk screening upload: {tally.rows} row(s), {tally.charges} charge(s) screened, "
        f"{tally.errors} row(s) with errors, {tally.skipped} skipped"
    )
    audit.record(session, who.actor, AuditAction.SCREENED, detail=detail)
    session.commit()
    return _page(who, upload=upload, run=run, state=_sealed(deployment, who, upload))


EXPIRED = N_(
    "These results are no longer available (they are kept for an hour, and only in your page). Upload the file again."
)


@router.post("/bulk/results", response_class=HTMLResponse)
def bulk_results(deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    upload = _opened(deployment, who, str(form.get("state") or ""))
    if upload is None:
        return _page(who, 410, problem=EXPIRED)
    sort = str(form.get("sort") or "line")
    if sort not in SORTS:
        sort = "line"
    # The column sorted already, pressed again, reverses; another column sorts ascending.
    descending = sort == form.get("current_sort") and form.get("current_direction") == "ascending"
    return _page(
        who, upload=upload, run=_screen(upload), state=str(form.get("state")), sort=sort, descending=descending
    )


SAVE_LIMIT = 200  # rows saved at once: each is an intake's charge, written one by one


@router.post("/bulk/save", response_class=HTMLResponse)
def bulk_save(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    """Saves the chosen rows as intakes, one per person; nothing else from the upload is kept."""
    state = str(form.get("state") or "")
    upload = _opened(deployment, who, state)
    if upload is None:
        return _page(who, 410, problem=EXPIRED)
    lines = {int(value) for value in form.getlist("line") if isinstance(value, str) and value.isdigit()}
    run = _screen(upload)
    if not lines or len(lines) > SAVE_LIMIT:
        problem = (
            N_("Choose at least one row to save.")
            if not lines
            else said("Save at most {limit} rows at a time.", limit=SAVE_LIMIT)
        )
        return _page(who, 422, upload=upload, run=run, state=state, problem=problem)
    rows = bulk_intakes.chosen_rows(
        upload.name, upload.data, _column_map(upload.column_map), upload.as_of, lines, upload.only_jurisdiction
    )
    saved = bulk_intakes.save(session, deployment.cipher, who.actor, rows, date.today())
    return _page(who, upload=upload, run=run, state=state, saved=saved)


@router.post("/bulk/download", response_model=None)
def bulk_download(session: DB, deployment: Deploy, who: Who, form: Form) -> Response:
    upload = _opened(deployment, who, str(form.get("state") or ""))
    wanted = str(form.get("file") or "")
    if upload is None or wanted not in DOWNLOADS:
        return _page(who, 410 if upload is None else 422, problem=EXPIRED if upload is None else N_("No such file."))
    run = _screen(upload, "csv")
    if wanted == "charges.csv":
        body = _with_header(CHARGE_COLUMNS, run.charges)
    elif wanted == "persons.csv":
        body = _with_header(PERSON_COLUMNS, run.persons)
    elif wanted == "errors.csv":
        body = _csv([ERROR_COLUMNS, *((p.line, p.column, p.reason) for p in run.errors)])
    elif wanted == "summary.csv":
        body = _csv([SUMMARY_COLUMNS, *(tuple(row.values()) for row in run.tally.table())])
    else:
        body = html_page(run.tally, upload.as_of, "the uploaded file").encode()
    audit.record(session, who.actor, AuditAction.EXPORTED, detail=f"bulk screening results: {wanted}")
    session.commit()
    media = "text/html; charset=utf-8" if wanted.endswith(".html") else "text/csv; charset=utf-8"
    return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{wanted}"'})


def _csv(rows: list[tuple[Any, ...]]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue().encode()


def _with_header(header: tuple[str, ...], body: bytes) -> bytes:
    return (",".join(header) + "\n").encode() + body
