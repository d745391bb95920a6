"""The compiled copies of the bulk path's modules (``app.bulk.compiled``): loaded only where built from the
source on disk, used by the command and its workers, and writing exactly what plain Python writes."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.bulk import compiled
from app.bulk.command import screens_here
from bench.bulk import generate

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")


def _can_compile() -> bool:
    compiler = shutil.which("cc") or shutil.which("gcc")
    return compiled._cython_version() is not None and compiler is not None


needs_compiler = pytest.mark.skipif(
    not IN_CI and not _can_compile(), reason="Cython or a C compiler is missing (CI has both: scripts/setup.sh)"
)


def _plain_python(**extra: str) -> dict[str, str]:
    return {**os.environ, compiled.ENVIRONMENT: "0", **extra}


@needs_compiler
def test_a_compiled_copy_loads_only_while_its_source_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "src" / "relief_probe"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    source = package / "waits.py"
    source.write_text("def years() -> int:\n    return 3\n")
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    monkeypatch.setattr(compiled, "folder", lambda: tmp_path / "built")
    name = "relief_probe.waits"

    assert compiled.build([name]) == [name]
    assert compiled.build([name]) == []  # already built for this source
    finder = compiled.CompiledFinder([name])
    spec = finder.find_spec(name, None)
    assert spec is not None
    assert spec.origin is not None
    assert spec.origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert module.years() == 3
    assert module.__name__ == name

    source.write_text("def years() -> int:\n    return 5\n")  # the law changed; the copy is now stale
    assert finder.find_spec(name, None) is None
    assert compiled.status([name]) == {name: False}
    assert compiled.build([name]) == [name]
    assert len(list((tmp_path / "built").iterdir())) == 1  # the stale copy is gone
    assert finder.find_spec("relief_probe.other", None) is None  # not a module it compiles


def test_turned_off_it_installs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENVIRONMENT, "0")
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert compiled.install() is False
    assert not compiled.installed()


def test_the_build_command_says_why_it_could_not_build(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(compiled, "_cython_version", lambda: None)
    assert compiled.main(["build"]) == 1
    assert "Cython is not installed" in capsys.readouterr().err
    assert compiled.main(["nonsense"]) == 2


PROBE = textwrap.dedent(
    """
    import json
    from concurrent.futures import ProcessPoolExecutor
    from app.bulk import compiled
    compiled.install()
    from app.bulk.runner import pool_context
    with ProcessPoolExecutor(1, mp_context=pool_context(compiled.wanted())) as pool:
        in_worker = pool.submit(compiled.loaded).result()
    print(json.dumps({"main": compiled.loaded(), "worker": in_worker}))
    """
)


@needs_compiler
def test_the_command_and_its_workers_load_the_compiled_copies() -> None:
    if not all(compiled.status().values()):
        subprocess.run([sys.executable, "-m", "app.bulk.compiled", "build"], cwd=ROOT, check=True)
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout)
    for where in ("main", "worker"):
        assert seen[where], where
        assert all(seen[where].values()), (where, seen[where])
    assert "rules.waits" in seen["worker"]
    assert "app.bulk.verdicts" in seen["worker"]

    plain = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True, env=_plain_python()
    )
    seen = json.loads(plain.stdout)
    assert not any(seen["main"].values())
    assert not any(seen["worker"].values())


@pytest.mark.parametrize(
    ("argv", "here"),
    [
        (["bulk", "in.csv", "out", "--workers", "0"], True),
        (["bulk", "in.csv", "out", "--workers=0"], True),
        (["bulk", "in.csv", "out", "--workers", "2"], False),
        (["bulk", "in.csv", "out"], False),
        (["bulk", "in.csv", "out", "--dask", "tcp://scheduler:8786"], False),
    ],
)
def test_the_command_loads_compiled_copies_itself_only_when_it_screens_the_rows(argv: list[str], here: bool) -> None:
    assert screens_here(argv) is here


@needs_compiler
@pytest.mark.parametrize("workers", ["0", "2"])
def test_compiled_and_plain_python_write_byte_for_byte_the_same_files(tmp_path: Path, workers: str) -> None:
    if not all(compiled.status().values()):
        subprocess.run([sys.executable, "-m", "app.bulk.compiled", "build"], cwd=ROOT, check=True)
    source = tmp_path / "charges.csv"
    generate(source, 4_000, seed=7)
    with source.open("a", encoding="utf-8") as handle:  # a row with problems, to compare the errors file too
        handle.write("P9999999,XX-1,XX,prostitution,,,conviction,2030-01-01,,,,,,,\n")
    outputs = {}
    for label, env in (("compiled", {**os.environ, compiled.ENVIRONMENT: "1"}), ("plain", _plain_python())):
        folder = tmp_path / label
        subprocess.run(
            [sys.executable, "-m", "app.bulk.command", "bulk", str(source), str(folder), "--as-of", "2026-12-01",
             "--workers", workers, "--chunk-rows", "500", "--no-progress"],
            cwd=ROOT, env=env, check=True, capture_output=True,
        )  # fmt: skip
        outputs[label] = {path.name: path.read_bytes() for path in sorted(folder.iterdir())}
    assert set(outputs["compiled"]) >= {"charges.csv", "persons.csv", "errors.csv", "summary.json"}
    assert outputs["compiled"] == outputs["plain"]
    assert outputs["plain"]["errors.csv"].count(b"\n") > 1
