"""The assessment's jobs over a store: create a round, invite respondents, import an
export, gather what a report needs. The CLI and the web app call these; the pure work is
in form, answers, kobo, analysis and report."""

from __future__ import annotations

import csv
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from thbwatch.assess.analysis import RoundAnalysis, analyse_round, compare_rounds
from thbwatch.assess.form import Form, load_form
from thbwatch.assess.kobo import check_export
from thbwatch.assess.landscape import read_landscape
from thbwatch.assess.model import NewRespondent, Round
from thbwatch.assess.report import Comparison, ReportInput
from thbwatch.assess.themes import load_taxonomy
from thbwatch.assess.xlsform import shipped_form_path
from thbwatch.errors import UserError
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore

LINK_PATH = "/assess/"  # where web.router serves the token pages


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_round(
    store: Store,
    name: str,
    form_path: Path | None,
    period_start: datetime | None = None,
    period_end: datetime | None = None,
) -> tuple[int, Form]:
    """A round pinned to a questionnaire version (the shipped one without --form)."""
    path = form_path or shipped_form_path()
    try:
        content = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read the form ({error.strerror})") from None
    form = load_form(content, path.name)
    assessment = AssessmentStore(store.engine)
    questionnaire_id = assessment.save_questionnaire(form, path.name, content)
    round_id = assessment.create_round(name, questionnaire_id, period_start, period_end)
    store.audit("assess_round", target=f"round:{name}", form=form.form_id, version=form.version)
    return round_id, form


def round_form(store: Store, name: str) -> tuple[Round, Form]:
    pinned = AssessmentStore(store.engine).round(name)
    return pinned, load_form(pinned.content, pinned.filename)


@dataclass(frozen=True, slots=True)
class Invitation:
    respondent_type: str
    country: str
    label: str | None
    token: str


def read_respondents(form: Form, path: Path) -> list[NewRespondent]:
    """A CSV with columns type (or respondent_type), country and optionally label; every
    type and country must be in the form's lists. All rows are checked first."""
    types = set(form.question("respondent_type").choice_names())
    countries = set(form.question("country").choice_names())
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise UserError(f"{path}: cannot read the respondents ({error})") from None
    respondents, reasons = [], []
    for line, row in enumerate(rows, start=2):
        kind = (row.get("type") or row.get("respondent_type") or "").strip()
        country = (row.get("country") or "").strip()
        if kind not in types:
            reasons.append(f"{path}:{line}: type {kind!r} is not one of {', '.join(sorted(types))}")
        elif country not in countries:
            reasons.append(f"{path}:{line}: country {country!r} is not in the form's list")
        else:
            name = (row.get("label") or row.get("organisation") or "").strip() or None
            respondents.append(NewRespondent(kind, country, name))
    if reasons:
        raise UserError(
            "; ".join(reasons[:5]) + (f" (and {len(reasons) - 5} more)" if len(reasons) > 5 else "")
        )
    if not respondents:
        raise UserError(f"{path}: no respondents listed")
    return respondents


def invite(store: Store, round_name: str, path: Path) -> tuple[list[Invitation], int]:
    """Make a token for each listed respondent not yet invited; returns the new
    invitations and how many were already invited (their tokens cannot be shown again:
    only a hash is kept)."""
    pinned, form = round_form(store, round_name)
    assessment = AssessmentStore(store.engine)
    already = assessment.respondent_labels(pinned.id)
    listed = read_respondents(form, path)
    new = [r for r in listed if (r.respondent_type, r.country, r.label) not in already]
    invitations = [
        Invitation(r.respondent_type, r.country, r.label, secrets.token_urlsafe(24)) for r in new
    ]
    if invitations:
        assessment.add_respondents(
            pinned.id,
            [
                NewRespondent(i.respondent_type, i.country, i.label, token_sha256(i.token))
                for i in invitations
            ],
        )
    store.audit("assess_invite", target=f"round:{round_name}", invited=len(invitations))
    return invitations, len(listed) - len(new)


@dataclass(frozen=True, slots=True)
class ImportReport:
    read: int
    added: int
    already: int
    reasons: list[str]


def import_export(store: Store, round_name: str, path: Path) -> ImportReport:
    """Check the whole export, then store it in one transaction, or store nothing."""
    pinned, form = round_form(store, round_name)
    checked = check_export(form, path)
    if checked.reasons:
        return ImportReport(checked.read, 0, 0, checked.reasons)
    added = AssessmentStore(store.engine).import_submissions(pinned.id, checked.rows)
    store.audit("assess_import", target=f"round:{round_name}", path=str(path), added=added)
    return ImportReport(checked.read, added, len(checked.rows) - added, [])


def analyse(store: Store, round_name: str) -> tuple[Round, Form, RoundAnalysis, list]:
    pinned, form = round_form(store, round_name)
    assessment = AssessmentStore(store.engine)
    submissions = assessment.submissions(pinned.id)
    analysis = analyse_round(
        pinned.name, form, submissions, load_taxonomy(), assessment.staff_codes(pinned.id)
    )
    return pinned, form, analysis, submissions


def report_input(
    store: Store, round_name: str, compare: str | None = None, language: str = "en"
) -> ReportInput:
    pinned, form, analysis, submissions = analyse(store, round_name)
    if not submissions:
        raise UserError(f"round {round_name!r} has no submitted answers yet")
    if language not in form.languages:
        raise UserError(f"--lang {language}: the form has {', '.join(form.languages)}")
    comparison = None
    if compare:
        before, _, before_analysis, before_submissions = analyse(store, compare)
        changes = compare_rounds(form, before_analysis, analysis, before_submissions, submissions)
        comparison = Comparison(before, before_analysis, changes)
    landscape = read_landscape(store.engine, pinned.period_start, pinned.period_end)
    return ReportInput(pinned, form, analysis, landscape, load_taxonomy(), comparison, language)
