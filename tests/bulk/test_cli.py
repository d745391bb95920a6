"""``screener bulk IN OUT``: installed as a console script, quiet in CI and when piped, clear on bad input."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from app.bulk.cli import main
from tests.bulk.conftest import write_csv

HEADER = ["person_id", "jurisdiction", "category", "disposition"]
ROWS = [["A", "NY", "prostitution", "conviction"], ["B", "TX", "prostitution", "dismissal"]]


def test_the_screener_command_is_installed_with_the_project() -> None:
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "screener"]
    assert script.value == "app.bulk.command:main"
    installed = Path(sys.executable).parent / "screener"
    done = subprocess.run([str(installed), "bulk", "--help"], capture_output=True, text=True, check=True)
    assert "--only-jurisdiction" in done.stdout
    assert "--dask" in done.stdout


def test_a_run_prints_its_counts_and_options_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, ROWS)
    code = main(["bulk", str(source), str(tmp_path / "out"), "--as-of", "2026-12-01", "--workers", "0",
                 "--only-jurisdiction", "tx", "--format", "jsonl"])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "2 rows read" in out
    assert "1 charges screened" in out
    assert "1 skipped" in out
    assert (tmp_path / "out" / "charges.jsonl").read_text().count("\n") == 1


def test_the_progress_bar_shows_on_request_and_is_quiet_in_ci(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, ROWS)
    assert main(["bulk", str(source), str(tmp_path / "a"), "--workers", "0", "--progress"]) == 0
    assert "rows/s" in capsys.readouterr().err
    monkeypatch.setenv("CI", "true")
    assert main(["bulk", str(source), str(tmp_path / "b"), "--workers", "0"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--map", "missing.yaml"], "cannot read the column map"), (["--as-of", "tomorrow"], "not a date")],
)
def test_bad_options_stop_with_a_reason_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, ROWS)
    try:
        code = main(["bulk", str(source), str(tmp_path / "out"), *extra])
    except SystemExit as stop:  # argparse refuses its own arguments this way
        code = int(stop.code or 0)
    assert code == 2
    assert message in capsys.readouterr().err


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.xlsx"
    source.write_bytes(b"not a zip file")
    assert main(["bulk", str(source), str(tmp_path / "out"), "--workers", "0"]) == 2
    assert "Not a readable XLSX workbook" in capsys.readouterr().err


def test_the_bulk_command_loads_no_web_code() -> None:
    probe = (
        "import sys, app.bulk.cli, app.bulk.runner; "
        "print(sorted(m for m in sys.modules if m.startswith(('app.web', 'app.api', 'app.clinic', 'fastapi'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
