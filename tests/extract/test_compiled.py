"""The extraction stage runs compiled with mypyc (setup.py): the tests check what ships,
and never a compiled module left behind by an older source."""

from __future__ import annotations

import ast
import importlib
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REBUILD = "run `make install` (or `pip install -e .`) to compile it again"


def compiled_sources() -> list[Path]:
    """setup.py's COMPILED, read without running setup.py (running it builds)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED":
            return [ROOT / path for path in ast.literal_eval(node.value)]
    raise AssertionError("setup.py lists no COMPILED modules")


def module_of(source: Path) -> str:
    return ".".join(source.relative_to(ROOT / "src").with_suffix("").parts)


def test_setup_py_compiles_the_extraction_stage() -> None:
    names = {module_of(source) for source in compiled_sources()}
    assert {"thbwatch.extract.phones", "thbwatch.extract.numbers"} <= names
    assert all(source.exists() for source in compiled_sources())


def compiled_file(source: Path) -> Path | None:
    """The extension module built from `source`, beside it ("numbers.cpython-311-...so")."""
    for suffix in EXTENSION_SUFFIXES:
        built = source.with_name(source.stem + suffix)
        if built.exists():
            return built
    return None


def test_every_listed_module_runs_compiled_and_newer_than_its_source() -> None:
    for source in compiled_sources():
        module = importlib.import_module(module_of(source))
        # (not module.__file__: mypyc sets a wrong one on modules that another one loaded)
        assert isinstance(module.__loader__, ExtensionFileLoader), (
            f"{module.__name__} is not compiled: {REBUILD}"
        )
        built = compiled_file(source)
        assert built is not None and built.stat().st_mtime >= source.stat().st_mtime, (
            f"{source.name} changed after it was compiled: {REBUILD}"
        )
