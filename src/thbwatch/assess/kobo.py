"""Read KoboToolbox and ODK Central exports (CSV or XLSX) of a round's questionnaire.

Column names follow the exporters: Kobo writes `group/question` (or the bare name when
groups are left out of headers) and, for select_multiple, one space-separated column
and/or one 0/1 column per choice (`group/question/choice`); ODK Central writes
`group-question`. Metadata columns (`_uuid`, `_submission_time`, `meta/instanceID`,
`SubmissionDate`, `KEY`...) are recognised; any other column is an error.

All or nothing: every row is checked against the pinned form (answers.check_submission)
and, if any row or column is wrong, the import is refused with the reasons, file and line
for each, and nothing is stored. A row's identity is the export's own id (or a hash of the
row), so importing the same export again adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser
from openpyxl import load_workbook

from thbwatch.assess.answers import check_submission
from thbwatch.assess.form import Form, Question
from thbwatch.assess.model import ImportedAnswers
from thbwatch.errors import UserError
from thbwatch.ingest.csvfile import read_csv
from thbwatch.model import Reject

ID_COLUMNS = ("_uuid", "meta/instanceID", "meta-instanceID", "instanceID", "KEY")
TIME_COLUMNS = ("_submission_time", "SubmissionDate", "end")
# Our forms carry their version in a calculate field (`form_version`): Kobo replaces the
# XLSForm settings version with its own deployment id (`__version__`), so only a field
# of the form itself survives every exporter. ODK Central's FormVersion is the settings one.
VERSION_COLUMNS = ("form_version", "FormVersion")
META_COLUMNS = {
    "start", "end", "today", "deviceid", "username", "phonenumber", "audit",
    "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
    "_submitted_by", "__version__", "_tags", "_index", "_parent_index", "_attachments",
    "_geolocation", "_xform_id_string", "formhub/uuid", "meta/instanceID",
    "meta/instanceName", "meta/rootUuid", "meta/deprecatedID", "meta/audit",
    "SubmissionDate", "meta-instanceID", "meta-instanceName", "KEY", "SubmitterID",
    "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
    "DeviceID", "Edits", "FormVersion", "instanceID",
}  # fmt: skip
MAX_REASONS = 200  # a wholly wrong file should not print a reason per cell


@dataclass(frozen=True, slots=True)
class ExportRow:
    line: int  # the physical line (CSV) or sheet row (XLSX) where the row starts
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class ImportCheck:
    """The rows ready to store, or the reasons (file:line: what) nothing can be."""

    rows: list[ImportedAnswers]
    reasons: list[str]
    read: int


@dataclass(frozen=True, slots=True)
class _Columns:
    """What each export column means for the form."""

    questions: dict[str, Question]  # column -> question
    choice_columns: dict[str, tuple[Question, str]]  # column -> (select_multiple, choice)
    unknown: list[str]


def read_export(path: Path) -> tuple[list[ExportRow], list[str]]:
    """The export's rows as text cells, and the reasons for lines that cannot be read."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    if suffix == ".xlsx":
        return _read_xlsx(path), []
    if suffix in (".csv", ".tsv"):
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        rows: list[ExportRow] = []
        reasons: list[str] = []
        for item in read_csv(path, sha256):
            if isinstance(item, Reject):
                reasons.append(f"{item.origin.describe()}: {item.reason}")
            else:
                rows.append(ExportRow(item.origin.line or 0, item.fields))
        return rows, reasons
    raise UserError(f"{path}: an export is a .csv or .xlsx file (KoboToolbox, ODK Central)")


def _read_xlsx(path: Path) -> list[ExportRow]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise UserError(f"{path}: cannot read the workbook ({error})") from None
    try:
        sheet = workbook.worksheets[0]  # Kobo puts the main table first, repeats after
        values = sheet.iter_rows(values_only=True)
        header = [_cell_text(cell) for cell in next(values, ())]
        rows = [
            ExportRow(line, dict(zip(header, [_cell_text(cell) for cell in cells], strict=False)))
            for line, cells in enumerate(values, start=2)
            if any(cell not in (None, "") for cell in cells)
        ]
    finally:
        workbook.close()
    return rows


def _cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.isoformat()
    return str(cell).strip()


def map_columns(form: Form, header: list[str]) -> _Columns:
    by_name: dict[str, Question] = {}
    for question in form.questions:
        for name in (question.path, question.name, question.path.replace("/", "-")):
            by_name[name] = question
    questions: dict[str, Question] = {}
    choice_columns: dict[str, tuple[Question, str]] = {}
    unknown: list[str] = []
    for column in header:
        if column in by_name:
            questions[column] = by_name[column]
        elif column in META_COLUMNS:
            continue
        elif (found := _choice_column(by_name, column)) is not None:
            choice_columns[column] = found
        else:
            unknown.append(column)
    # Kobo can write a select_multiple both ways: the space-separated column is the answer
    # and its 0/1 columns only repeat it.
    single = {question.name for question in questions.values()}
    choice_columns = {
        column: (question, choice)
        for column, (question, choice) in choice_columns.items()
        if question.name not in single
    }
    return _Columns(questions, choice_columns, unknown)


def _choice_column(by_name: dict[str, Question], column: str) -> tuple[Question, str] | None:
    """`question/choice` (or `question-choice`): one 0/1 column of a select_multiple."""
    for separator in ("/", "-"):
        stem, _, choice = column.rpartition(separator)
        question = by_name.get(stem)
        if question and question.type == "select_multiple" and choice in question.choice_names():
            return question, choice
    return None


def check_export(form: Form, path: Path) -> ImportCheck:
    """Check every row of an export against the form; nothing is stored here."""
    rows, reasons = read_export(path)
    if not rows and not reasons:
        raise UserError(f"{path}: the export has no rows")
    header = list(dict.fromkeys(column for row in rows for column in row.cells))
    columns = map_columns(form, header)
    for column in columns.unknown:
        reasons.append(f"{path}: column {column!r} is not a question of {form.form_id}")
    for needed in ("respondent_type", "country"):
        if not any(question.name == needed for question in columns.questions.values()):
            reasons.append(f"{path}: no {needed} column: each answer needs one")
    checked: list[ImportedAnswers] = []
    seen: set[str] = set()
    for row in rows:
        where = f"{path}:{row.line}"
        answer, problems = _check_row(form, columns, row)
        external_id = answer.external_id if answer else None
        if external_id and external_id in seen:
            problems.append(f"the submission id {external_id} appears twice in the export")
        reasons += [f"{where}: {problem}" for problem in problems]
        if answer is not None and not problems:
            seen.add(answer.external_id)
            checked.append(answer)
    if len(reasons) > MAX_REASONS:
        reasons = [*reasons[:MAX_REASONS], f"... and {len(reasons) - MAX_REASONS} more"]
    return ImportCheck(rows=checked if not reasons else [], reasons=reasons, read=len(rows))


def _check_row(
    form: Form, columns: _Columns, row: ExportRow
) -> tuple[ImportedAnswers | None, list[str]]:
    problems: list[str] = []
    version = next((row.cells[c] for c in VERSION_COLUMNS if row.cells.get(c)), None)
    if version is not None and version != form.version:
        problems.append(f"form version {version}, but the round pins version {form.version}")
    raw: dict[str, Any] = {}
    for column, question in columns.questions.items():
        if question.answered and row.cells.get(column, "").strip():
            raw[question.name] = row.cells[column]
    for column, (question, choice) in columns.choice_columns.items():
        flag = row.cells.get(column, "").strip().lower()
        if flag not in ("", "0", "1", "true", "false"):
            problems.append(f"column {column}: {flag!r} is not 0 or 1")
        elif flag in ("1", "true"):
            raw.setdefault(question.name, []).append(choice)
    checked = check_submission(form, raw, complete=True)
    problems += [str(problem) for problem in checked.problems]
    if problems:
        return None, problems
    external_id = next((row.cells[c] for c in ID_COLUMNS if row.cells.get(c)), None)
    if external_id is None:  # no id column: the row's content is its identity
        content = json.dumps(row.cells, sort_keys=True, ensure_ascii=False).encode()
        external_id = "sha256:" + hashlib.sha256(content).hexdigest()
    return (
        ImportedAnswers(
            external_id=external_id,
            respondent_type=str(checked.answers.get("respondent_type", "")),
            country=str(checked.answers.get("country", "")),
            answers=checked.answers,
            submitted_at=_time(row),
        ),
        [],
    )


def _time(row: ExportRow) -> datetime | None:
    for column in TIME_COLUMNS:
        if row.cells.get(column):
            try:
                parsed = dateparser.isoparse(row.cells[column])
            except ValueError:
                continue
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone(UTC).replace(tzinfo=None)
            return parsed
    return None
