"""Load an XLSForm (the ODK / KoboToolbox standard) with pyxform into plain dataclasses.

pyxform reads the workbook, checks it as ODK would (sheet names, types, choice lists,
`${name}` references) and gives a nested dictionary; we keep what the assessment needs:
questions in form order with their group path, choices and labels per language, and the
`relevant`, `required` and `constraint` binds. Expressions are parsed here once, so a form
whose skip logic we cannot evaluate is refused when it is loaded, not when someone answers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from pyxform.errors import PyXFormError
from pyxform.xls2xform import convert

from thbwatch.assess.expressions import ExpressionError, parse, references
from thbwatch.errors import UserError

# pyxform's names for the question types we support -> the XLSForm names we use.
TYPES = {
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "rank": "rank",
    "integer": "integer",
    "decimal": "decimal",
    "text": "text",
    "note": "note",
    "calculate": "calculate",
}
CHOICE_TYPES = ("select_one", "select_multiple", "rank")
ANSWERED_TYPES = ("select_one", "select_multiple", "rank", "integer", "decimal", "text")
# Metadata that ODK and Kobo add to every form (start time, device...): not questions.
META_TYPES = {"start", "end", "today", "deviceid", "username", "phonenumber", "audit"}
_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
_TRUE = {"yes", "true", "true()", "1"}


@dataclass(frozen=True, slots=True)
class Choice:
    name: str
    labels: dict[str, str]


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    path: str  # "outer/inner"
    labels: dict[str, str]
    relevant: str | None


@dataclass(frozen=True, slots=True)
class Question:
    name: str
    path: str  # group path and name, as Kobo writes export columns: "group/name"
    type: str  # one of TYPES' values
    labels: dict[str, str]
    hints: dict[str, str] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    list_name: str | None = None
    relevant: str | None = None
    required: bool = False
    required_message: dict[str, str] = field(default_factory=dict)
    constraint: str | None = None
    constraint_message: dict[str, str] = field(default_factory=dict)
    calculation: str | None = None
    groups: tuple[str, ...] = ()  # paths of the enclosing groups, outermost first

    @property
    def answered(self) -> bool:
        """Does a respondent answer it (not a note or a calculation)?"""
        return self.type in ANSWERED_TYPES

    def choice_names(self) -> tuple[str, ...]:
        return tuple(choice.name for choice in self.choices)


@dataclass(frozen=True, slots=True)
class Form:
    form_id: str
    version: str
    title: str
    default_language: str
    languages: tuple[str, ...]
    questions: tuple[Question, ...]
    groups: dict[str, Group]
    sha256: str

    def question(self, name: str) -> Question:
        for question in self.questions:
            if question.name == name:
                return question
        raise KeyError(name)

    def answered_questions(self) -> list[Question]:
        return [question for question in self.questions if question.answered]

    def conditions(self, question: Question) -> list[str]:
        """Every `relevant` expression that must hold for the question to be asked."""
        found = [self.groups[path].relevant for path in question.groups]
        return [expression for expression in [*found, question.relevant] if expression]


def label(labels: dict[str, str], language: str, fallback: str) -> str:
    """The label in `language`, else in any language the form has, else `fallback`."""
    return labels.get(language) or next(iter(labels.values()), None) or fallback


def load_form(content: bytes, filename: str) -> Form:
    """Read an XLSForm workbook (.xlsx); refuse it with pyxform's reason if it is not valid."""
    if not filename.lower().endswith(".xlsx"):
        raise UserError(f"{filename}: an XLSForm must be an .xlsx workbook")
    try:
        # Converting to an XForm, as Kobo and ODK do on upload, runs all of pyxform's checks.
        tree = convert(xlsform=content, file_type=".xlsx")._pyxform
    except PyXFormError as error:
        raise UserError(f"{filename}: not a valid XLSForm ({_one_line(error)})") from None
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise UserError(f"{filename}: cannot read the workbook ({_one_line(error)})") from None
    return _FormBuilder(filename, tree).build(hashlib.sha256(content).hexdigest())


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def language_code(name: str) -> str:
    """XLSForm names languages "English (en)": keep the code; a bare name stays as it is."""
    found = _LANGUAGE_CODE.search(name)
    return found.group(1).lower() if found else name


class _FormBuilder:
    def __init__(self, filename: str, tree: dict[str, Any]) -> None:
        self.filename = filename
        self.tree = tree
        self.default = language_code(tree.get("default_language") or "default")
        self.languages: dict[str, None] = {}
        self.questions: list[Question] = []
        self.groups: dict[str, Group] = {}

    def fail(self, where: str, message: str) -> UserError:
        return UserError(f"{self.filename}: {where}: {message}")

    def build(self, sha256: str) -> Form:
        self.walk(self.tree.get("children", []), ())
        if not self.questions:
            raise self.fail("survey", "the form has no questions")
        self.check_expressions()
        version = str(self.tree.get("version") or "").strip()
        if not version:
            raise self.fail("settings", "set a `version`: each round pins one version of a form")
        form_id = str(self.tree.get("id_string") or self.tree.get("name"))
        return Form(
            form_id=form_id,
            version=version,
            title=str(self.tree.get("title") or form_id),
            default_language=self.default,
            languages=tuple(self.languages) or (self.default,),
            questions=tuple(self.questions),
            groups=self.groups,
            sha256=sha256,
        )

    def texts(self, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if isinstance(value, str):
            self.languages.setdefault(self.default)
            return {self.default: value}
        texts = {language_code(name): str(text) for name, text in value.items()}
        for code in texts:
            self.languages.setdefault(code)
        return texts

    def walk(self, children: list[dict[str, Any]], groups: tuple[str, ...]) -> None:
        for child in children:
            kind = child.get("type", "")
            name = child["name"]
            if kind == "group":
                if child.get("control", {}).get("bodyless"):  # pyxform's own meta group
                    continue
                path = f"{groups[-1]}/{name}" if groups else name
                bind = child.get("bind", {})
                self.groups[path] = Group(
                    name, path, self.texts(child.get("label")), bind.get("relevant") or None
                )
                self.walk(child.get("children", []), (*groups, path))
            elif kind == "repeat":
                raise self.fail(name, "repeat groups are not supported in assessment forms")
            elif kind in META_TYPES:
                continue
            elif kind in TYPES:
                self.questions.append(self.question(child, TYPES[kind], groups))
            else:
                raise self.fail(name, f"question type {kind!r} is not supported here")

    def question(self, child: dict[str, Any], kind: str, groups: tuple[str, ...]) -> Question:
        name = child["name"]
        bind = child.get("bind", {})
        choices = tuple(
            Choice(str(choice["name"]), self.texts(choice.get("label")))
            for choice in child.get("choices", [])
        )
        if kind in CHOICE_TYPES and not choices:
            raise self.fail(name, f"a {kind} question needs a choice list")
        path = f"{groups[-1]}/{name}" if groups else name
        return Question(
            name=name,
            path=path,
            type=kind,
            labels=self.texts(child.get("label")),
            hints=self.texts(child.get("hint")),
            choices=choices,
            list_name=child.get("list_name"),
            relevant=bind.get("relevant") or None,
            required=str(bind.get("required", "")).strip().lower() in _TRUE,
            required_message=self.texts(bind.get("jr:requiredMsg")),
            constraint=bind.get("constraint") or None,
            constraint_message=self.texts(bind.get("jr:constraintMsg")),
            calculation=bind.get("calculate") or None,
            groups=groups,
        )

    def check_expressions(self) -> None:
        """Parse every expression now; each `${name}` must name a question of this form."""
        names = {question.name for question in self.questions}
        owners: list[tuple[str, str, str | None]] = [
            (f"group {group.name}", "relevant", group.relevant) for group in self.groups.values()
        ]
        for question in self.questions:
            owners += [
                (question.name, "relevant", question.relevant),
                (question.name, "constraint", question.constraint),
                (question.name, "calculation", question.calculation),
            ]
        for owner, bind, expression in owners:
            if not expression:
                continue
            try:
                unknown = references(parse(expression)) - names
            except ExpressionError as error:
                raise self.fail(owner, f"{bind} {expression!r}: {error}") from None
            if unknown:
                raise self.fail(owner, f"{bind} refers to unknown ${{{sorted(unknown)[0]}}}")
