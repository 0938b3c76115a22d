"""Plain data of the assessment: what the store hands the pure stages and back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

RESPONDENT_TYPES = ("state_party", "ngo", "tech_company")


@dataclass(frozen=True, slots=True)
class Round:
    id: int
    name: str
    form_id: str
    version: str
    filename: str
    content: bytes  # the pinned XLSForm workbook
    sha256: str
    period_start: datetime | None = None
    period_end: datetime | None = None


@dataclass(frozen=True, slots=True)
class Submission:
    """One respondent's answers (question name -> answer) in a round."""

    id: int
    respondent_type: str
    country: str
    answers: dict[str, Any]
    status: str = "submitted"
    submitted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NewRespondent:
    respondent_type: str
    country: str
    label: str | None
    token_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedAnswers:
    """A checked row of an export, ready to store; `external_id` keeps it from coming twice."""

    external_id: str
    respondent_type: str
    country: str
    answers: dict[str, Any]
    submitted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Coding:
    """The themes of one open answer, and who decided them ("keywords" or a person)."""

    submission_id: int
    question: str
    themes: tuple[str, ...]
    coder: str
    text: str = ""
    respondent_type: str = ""
    country: str = ""
