"""Check one submission against its form: types, choice lists, skip logic, required, constraints.

Pure: raw answers in (from the web form or an export row, as text or lists of text), clean
answers and the problems out. It follows ODK's rules: a question that is not relevant is
not asked, so a value given for it is dropped; `required` and `constraint` apply only to
questions that are asked; a rank answer orders every choice of its list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from thbwatch.assess.expressions import holds
from thbwatch.assess.form import Form, Question, label

Answer = str | int | float | list[str]


@dataclass(frozen=True, slots=True)
class Problem:
    question: str
    message: str

    def __str__(self) -> str:
        return f"{self.question}: {self.message}"


@dataclass(frozen=True, slots=True)
class Checked:
    answers: dict[str, Answer]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_submission(
    form: Form, raw: dict[str, Any], complete: bool = True, language: str | None = None
) -> Checked:
    """Clean and check raw answers keyed by question name.

    `complete=False` checks a draft: values must still be well-formed, but required
    questions may wait. Constraint and required messages come in `language` when the
    form has them.
    """
    language = language or form.default_language
    answers: dict[str, Answer] = {}
    problems: list[Problem] = []
    for question in form.answered_questions():
        value, problem = _clean(question, raw.get(question.name))
        if problem:
            problems.append(Problem(question.name, problem))
            continue
        if not all(holds(condition, answers) for condition in form.conditions(question)):
            continue  # not asked: ODK drops what a non-relevant question holds
        if value is None:
            if complete and question.required:
                message = label(question.required_message, language, "an answer is required")
                problems.append(Problem(question.name, message))
            continue
        if question.constraint and not holds(question.constraint, answers, value):
            message = label(
                question.constraint_message,
                language,
                f"the answer does not meet the constraint {question.constraint}",
            )
            problems.append(Problem(question.name, message))
            continue
        answers[question.name] = value
    return Checked(answers, problems)


def _clean(question: Question, value: Any) -> tuple[Answer | None, str | None]:
    """The answer in its stored type, or the reason it cannot be read."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return None, None
    kind = question.type
    if kind == "text":
        return str(value).strip(), None
    if kind == "integer":
        try:
            return int(str(value).strip()), None
        except ValueError:
            return None, f"{value!r} is not a whole number"
    if kind == "decimal":
        try:
            return float(str(value).strip()), None
        except ValueError:
            return None, f"{value!r} is not a number"
    names = question.choice_names()
    if kind == "select_one":
        chosen = str(value).strip()
        if chosen not in names:
            return None, f"{chosen!r} is not in the choice list {question.list_name}"
        return chosen, None
    chosen_list = value.split() if isinstance(value, str) else [str(item) for item in value]
    unknown = [item for item in chosen_list if item not in names]
    if unknown:
        return None, f"{unknown[0]!r} is not in the choice list {question.list_name}"
    if len(set(chosen_list)) != len(chosen_list):
        return None, "a choice is given twice"
    if kind == "rank" and sorted(chosen_list) != sorted(names):
        return None, f"a ranking orders all {len(names)} choices, each once"
    if kind == "select_multiple":  # kept in the form's order: answers compare across rounds
        chosen_list = [name for name in names if name in chosen_list]
    return chosen_list, None
