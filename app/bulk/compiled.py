"""Compiled copies of the modules a bulk run spends its time in, loaded only where they match the source.

A bulk run spends nearly all its time in a few modules: the rules' conditions, waits and findings, and the
bulk path that reads rows, screens them and writes the results. ``build`` compiles each of them with Cython,
unchanged (plain Python in, the same behaviour out, about a sixth fewer machine instructions a row), into a
folder of the virtual environment, each file named for a digest of the exact source it came from, the Python
and the Cython that built it. ``install`` puts a finder first on the import path that loads a module's compiled
copy only where one was built from the source now on disk; an edited module, or one never built, loads as
plain Python. So a compiled copy can never be stale, and everything runs without one.

Only the ``screener`` command and its worker processes call ``install`` (``app.bulk.command``,
``app.bulk.worker``); the web service and the tests import plain Python, and a test checks that a bulk run
writes byte for byte the same files either way. ``SCREENER_COMPILED=0`` turns it off.

``python -m app.bulk.compiled build`` (run by ``scripts/setup.sh``) builds what is missing; ``status`` says
which modules would load compiled.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The modules compiled: what a bulk run's profile shows it spends its time in, and every state module (their
# own rules are a tenth of a charge's instructions; compiled, 1.7% fewer in all, for a minute more of building).
# Not a module that reads files beside its own source.
CORE = (
    "rules.calendar",
    "rules.condition",
    "rules.conditions",
    "rules.engine",
    "rules.facts",
    "rules.law",
    "rules.logic",
    "rules.message",
    "rules.offense",
    "rules.record",
    "rules.vocabulary",
    "rules.waits",
    "app.bulk.rows",
    "app.bulk.screening",
    "app.bulk.summary",
    "app.bulk.verdicts",
)


def _state_modules() -> tuple[str, ...]:
    """``rules.states.xx`` for each state module on disk, found without importing the rules."""
    spec = importlib.util.find_spec("rules")
    if spec is None or not spec.submodule_search_locations:
        return ()
    folder = Path(next(iter(spec.submodule_search_locations))) / "states"
    return tuple(f"rules.states.{path.stem}" for path in sorted(folder.glob("*.py")) if path.stem != "__init__")


MODULES = CORE + _state_modules()
ENVIRONMENT = "SCREENER_COMPILED"
# Part of every digest: a change here builds everything again.
RECIPE = "cython -3; cc -O2"


def folder() -> Path:
    """Where compiled copies live: inside the Python environment, so they go with it."""
    return Path(sys.prefix) / "share" / "record-relief-screener" / "compiled" / sys.implementation.cache_tag


def _cython_version() -> str | None:
    try:
        from Cython import __version__
    except ImportError:
        return None
    return str(__version__)


def _source(name: str) -> Path | None:
    """The module's ``.py`` file, found as plain Python would find it (without importing it)."""
    package, _, _ = name.rpartition(".")
    parent = sys.modules.get(package)
    if parent is None:
        parent = importlib.import_module(package)  # a package's __init__ only: these import nothing heavy
    spec = importlib.machinery.PathFinder.find_spec(name, list(parent.__path__))
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


def digest(name: str, source: bytes, cython: str) -> str:
    hasher = hashlib.sha256()
    for part in (name, sys.version, cython, RECIPE):
        hasher.update(part.encode() + b"\0")
    hasher.update(source)
    return hasher.hexdigest()[:20]


def _built_path(name: str, source: bytes, cython: str) -> Path:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return folder() / f"{name}-{digest(name, source, cython)}{suffix}"


def compiled_copy(name: str) -> Path | None:
    """The compiled copy of ``name`` built from its source as it is now, if there is one."""
    cython = _cython_version()
    source = _source(name)
    if cython is None or source is None:
        return None
    built = _built_path(name, source.read_bytes(), cython)
    return built if built.is_file() else None


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled copy of a module of ``modules`` that matches its source; ``None`` leaves the module to
    the usual finders."""

    def __init__(self, modules: Sequence[str] = MODULES) -> None:
        self.modules = frozenset(modules)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        built = compiled_copy(fullname)
        if built is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(built))
        return importlib.util.spec_from_file_location(fullname, built, loader=loader)


def wanted() -> bool:
    return os.environ.get(ENVIRONMENT, "1").strip().lower() not in ("0", "false", "no", "off")


def install(modules: Sequence[str] = MODULES) -> bool:
    """Loads ``modules`` compiled from here on, where a matching copy is built; call it before they are
    imported (a module already imported stays as it is). False where ``SCREENER_COMPILED=0``."""
    if not wanted():
        return False
    if not installed():
        sys.meta_path.insert(0, CompiledFinder(modules))
    return True


def installed() -> bool:
    """Whether this process loads compiled modules (``install`` was called)."""
    return any(isinstance(finder, CompiledFinder) for finder in sys.meta_path)


def loaded(modules: Sequence[str] = MODULES) -> dict[str, bool]:
    """Whether each of ``modules`` imported so far in this process is a compiled copy."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return {
        name: str(getattr(sys.modules[name], "__file__", "")).endswith(suffixes)
        for name in modules
        if name in sys.modules
    }


def status(modules: Sequence[str] = MODULES) -> dict[str, bool]:
    """Whether each module has a compiled copy matching its source."""
    return {name: compiled_copy(name) is not None for name in modules}


def _compile(name: str, source: Path, target: Path, cython: str, work: Path) -> bool:
    """Cython, then the C compiler with the flags this Python was built with; the copy lands under its digest.
    False where a copy of this source was already built."""
    text = source.read_bytes()
    built = _built_path(name, text, cython)
    if built.is_file():
        return False
    copy = work / f"{name}.py"
    copy.write_bytes(text)  # the digest names these bytes, whatever happens to the source meanwhile
    c_file, o_file, so_file = (work / f"{name}{ext}" for ext in (".c", ".o", ".so"))
    subprocess.run(  # noqa: S603 (this Python, fixed arguments)
        [sys.executable, "-m", "cython", "-3", "--module-name", name, str(copy), "-o", str(c_file)],
        check=True,
        capture_output=True,
    )
    variable = sysconfig.get_config_var
    include = sysconfig.get_path("include")
    compiler = shlex.split(variable("CC") or "cc")
    flags = [*shlex.split(variable("CCSHARED") or "-fPIC"), "-O2", "-fwrapv", "-DNDEBUG", f"-I{include}"]
    subprocess.run([*compiler, *flags, "-c", str(c_file), "-o", str(o_file)], check=True, capture_output=True)  # noqa: S603
    linker = shlex.split(variable("LDSHARED") or "cc -shared")
    subprocess.run([*linker, str(o_file), "-o", str(so_file)], check=True, capture_output=True)  # noqa: S603
    target.mkdir(parents=True, exist_ok=True)
    os.replace(so_file, built)  # whole or not at all: a reader never sees half a file
    return True


def build(modules: Sequence[str] = MODULES, jobs: int | None = None) -> list[str]:
    """Compiles every module of ``modules`` that has no copy matching its source; returns those built. Raises
    ``RuntimeError`` where Cython or the C compiler is missing or fails."""
    cython = _cython_version()
    if cython is None:
        raise RuntimeError("Cython is not installed")
    target = folder()
    sources = {name: source for name in modules if (source := _source(name)) is not None}
    built: list[str] = []
    with tempfile.TemporaryDirectory() as work, ThreadPoolExecutor(jobs or os.cpu_count() or 1) as pool:
        futures = {
            name: pool.submit(_compile, name, source, target, cython, Path(work)) for name, source in sources.items()
        }
        for name, future in futures.items():
            try:
                if future.result():
                    built.append(name)
            except (OSError, subprocess.CalledProcessError) as failure:
                detail = getattr(failure, "stderr", b"") or b""
                raise RuntimeError(
                    f"{name} did not compile: {failure}\n{detail.decode(errors='replace')[-2000:]}"
                ) from failure
    _remove_stale(target, modules)
    return built


def _remove_stale(target: Path, modules: Sequence[str]) -> None:
    """Deletes copies of these modules built from sources no longer on disk."""
    keep = {path.name for name in modules if (path := compiled_copy(name)) is not None}
    for path in target.glob("*"):
        if path.name.split("-")[0] in modules and path.name not in keep:
            path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["status"]
    if command[0] == "build":
        try:
            built = build()
        except RuntimeError as failure:
            print(f"compiled modules not built ({failure}); screener bulk runs as plain Python", file=sys.stderr)
            return 1
        print(f"compiled modules: {len(built)} built, {len(MODULES) - len(built)} already up to date, in {folder()}")
        return 0
    if command[0] == "status":
        for name, ready in status().items():
            print(f"{name}: {'compiled' if ready else 'plain Python'}")
        return 0
    print("usage: python -m app.bulk.compiled [build|status]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
