"""The cache on disk: built once, read after; a broken or unwritable cache only costs a
build. The matcher's compiled databases come from it with the same hits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import thbwatch
from thbwatch import cache
from thbwatch.cache import cached_bytes
from thbwatch.extract import places
from thbwatch.indicators import matcher
from thbwatch.indicators.packs import load_packs
from thbwatch.model import Hints

TEXTS = [
    ("Work abroad, no experience needed! Pay a registration fee of 200 EUR.", "en", "job_ad"),
    ("Nouvelle à Lyon, disponible 24h/24, WhatsApp seulement.", "fr", "sex_ad"),
    ("Arbeit im Ausland, Unterkunft vom Lohn abgezogen.", None, "job_ad"),
]


def test_bytes_are_built_once_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(tmp_path))
    builds: list[bytes] = []

    def build(value: bytes) -> bytes:
        builds.append(value)
        return value

    assert cached_bytes("test", b"one", lambda: build(b"first")) == b"first"
    assert cached_bytes("test", b"one", lambda: build(b"other")) == b"first"  # read back
    assert cached_bytes("test", b"two", lambda: build(b"second")) == b"second"  # another key
    assert builds == [b"first", b"second"]
    assert len(list(tmp_path.glob("test-*.bin"))) == 2


def test_an_unwritable_cache_only_costs_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(blocker / "cache"))
    assert cached_bytes("test", b"key", lambda: b"built") == b"built"
    assert cached_bytes("test", b"key", lambda: b"built again") == b"built again"


def hits(built: matcher.Matcher) -> list:
    return [built.match(text, language, kind) for text, language, kind in TEXTS]


def test_the_matcher_loads_its_databases_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(tmp_path))
    packs = load_packs()
    matcher._compiled.cache_clear()
    fresh = hits(matcher.Matcher(packs))
    assert any(fresh) and list(tmp_path.glob("hyperscan-*.bin"))

    def no_compiling(*_: object) -> None:
        raise AssertionError("compiled although cached")

    matcher._compiled.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(cache, "compile_database", no_compiling)
        assert hits(matcher.Matcher(packs)) == fresh

    for path in tmp_path.glob("hyperscan-*.bin"):  # damaged files: compiled again
        path.write_bytes(b"not a database")
    matcher._compiled.cache_clear()
    assert hits(matcher.Matcher(packs)) == fresh
    matcher._compiled.cache_clear()


def _never_building(kind: str, key: bytes, build: object) -> bytes:
    return cached_bytes(kind, key, lambda: pytest.fail(f"{kind} built although cached"))


def test_the_gazetteer_comes_from_the_cache_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(tmp_path))
    text = "Nowa praca w Warszawie, potem Paris und Wien."

    def found() -> list:
        places._gazetteer.cache_clear()
        places._names_for.cache_clear()
        places._inflected_form.cache_clear()
        return places.extract_places(text, Hints(language="pl"))

    fresh = found()
    assert [m.value for m in fresh] == ["Warsaw, PL", "Paris, FR", "Vienna, AT"]
    with monkeypatch.context() as patched:
        # the module's own global, which compiled code reads too (setup.py)
        patched.setattr(places, "cached_bytes", _never_building)
        assert found() == fresh
    places._gazetteer.cache_clear()


def test_the_interpreted_code_does_not_read_the_compiled_code_s_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same sources, compiled (setup.py) or not, share a cache directory when one
    # install replaces the other; their classes pickle differently.
    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(tmp_path / "cache"))
    places._gazetteer.cache_clear()
    places._names_for.cache_clear()
    here = places.extract_places("Neu in Wien", Hints(language="de"))
    places._gazetteer.cache_clear()
    package = Path(thbwatch.__file__).parent  # not compiled: its __file__ is right
    copy = tmp_path / "src" / "thbwatch"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from thbwatch.extract import places; from thbwatch.model import Hints;"
            "print(places.__file__, type(places._build_index).__name__);"
            "print([m.value for m in places.extract_places('Neu in Wien', Hints('de'))])",
        ],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True,
        text=True,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    where, kind = child.stdout.splitlines()[0].split()
    assert where.startswith(str(copy)) and kind == "function"  # the interpreted code
    assert child.stdout.splitlines()[1] == str([m.value for m in here])
