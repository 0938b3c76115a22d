"""Shared pieces of the assessment tests: the shipped form, parsed once, and the CLI."""

from __future__ import annotations

import pytest

from thbwatch.assess.form import Form, load_form
from thbwatch.assess.xlsform import shipped_form_path


@pytest.fixture(scope="session")
def form() -> Form:
    path = shipped_form_path()
    return load_form(path.read_bytes(), path.name)
