"""Write an XLSForm workbook from a readable YAML source (see questionnaires/*.yaml).

Spreadsheets are where XLSForms live, and what Kobo and ODK take; but a spreadsheet is hard
to review in a diff. So the shipped questionnaire is kept as YAML and written to .xlsx
with openpyxl; pyxform then reads the workbook like any other form.
"""

from __future__ import annotations

import io
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook

from thbwatch.errors import UserError

SHIPPED = "thb_technology"
# Survey columns that hold one text per language, and those that hold one value.
TRANSLATED = ("label", "hint", "constraint_message", "required_message")
PLAIN = ("relevant", "required", "constraint", "calculation", "appearance")


def shipped_form_path() -> Path:
    return Path(str(files("thbwatch.assess") / "questionnaires" / f"{SHIPPED}.xlsx"))


def shipped_source_path() -> Path:
    return Path(str(files("thbwatch.assess") / "questionnaires" / f"{SHIPPED}.yaml"))


def read_source(path: Path) -> dict[str, Any]:
    try:
        source = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise UserError(f"{path}: cannot read the form source ({error})") from None
    if not isinstance(source, dict) or not {"settings", "languages", "survey"} <= source.keys():
        raise UserError(f"{path}: a form source needs settings, languages and survey")
    return source


def write_xlsform(source: dict[str, Any], where: str = "form source") -> bytes:
    """The XLSForm workbook (.xlsx bytes) for a source: survey, choices, settings sheets."""
    languages: dict[str, str] = source["languages"]  # code -> XLSForm name "English (en)"
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    header = ["type", "name"]
    header += [f"{column}::{name}" for column in TRANSLATED for name in languages.values()]
    header += list(PLAIN)
    survey.append(header)
    for position, row in enumerate(source["survey"], start=1):
        if not isinstance(row, dict) or "type" not in row:
            raise UserError(f"{where}: survey row {position} needs a type")
        cells = [row["type"], row.get("name", "")]
        for column in TRANSLATED:
            texts = row.get(column) or {}
            cells += [_text(texts, code, where, position) for code in languages]
        cells += [row.get(column, "") for column in PLAIN]
        survey.append(cells)
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", *(f"label::{name}" for name in languages.values())])
    for list_name, items in (source.get("choices") or {}).items():
        for item in items:
            labels = item.get("label") or {}
            choices.append(
                [list_name, str(item["name"]), *(labels.get(code, "") for code in languages)]
            )
    settings = dict(source["settings"])
    settings["default_language"] = languages.get(
        settings.get("default_language", ""), settings.get("default_language", "")
    )
    sheet = workbook.create_sheet("settings")
    sheet.append(list(settings))
    sheet.append([str(value) for value in settings.values()])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(texts: Any, code: str, where: str, position: int) -> str:
    if isinstance(texts, str):  # one text for every language
        return texts
    if not isinstance(texts, dict):
        raise UserError(f"{where}: survey row {position}: texts are given per language")
    return str(texts.get(code, ""))
