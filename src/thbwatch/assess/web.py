"""The respondents' pages: a personal token link opens the round's questionnaire, which
they can save as a draft and submit once. No account: the token is the key.

Mount with `app.include_router(router)` and set `app.state.assessment` to an
`AssessmentStore` over the store. Pages are rendered on the server (no script): skip
logic is applied when a draft is saved, so questions that depend on an answer appear
after saving it. The token is in the path, secret and bound to one respondent, so a page
of another site cannot forge a post (it cannot know the token); pages are sent with
no-referrer so the token does not leak to other sites through links.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from thbwatch.assess.answers import Problem, check_submission
from thbwatch.assess.expressions import holds
from thbwatch.assess.form import Form, Question, label, load_form
from thbwatch.assess.rounds import LINK_PATH, token_sha256
from thbwatch.store.assessment import SUBMITTED, AssessmentStore

router = APIRouter()
_pages = Environment(
    loader=PackageLoader("thbwatch.assess", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)
_forms: dict[str, Form] = {}  # sha256 -> parsed form: parsing a workbook takes a while
FIXED = ("respondent_type", "country")  # known from the invitation, not asked again
TEXTS = {
    "en": {
        "save": "Save draft", "submit": "Submit", "saved": "Draft saved.",
        "fix": "Please check the answers marked below.",
        "done": "Thank you: your answers were submitted on {when}. They can no longer be changed.",
        "already": "These answers were already submitted; they can no longer be changed.",
        "rank": "Give each item a different position (1 = greatest).",
        "required": "required", "for": "Answering for",
    },
    "fr": {
        "save": "Enregistrer le brouillon", "submit": "Envoyer", "saved": "Brouillon enregistré.",
        "fix": "Veuillez vérifier les réponses signalées ci-dessous.",
        "done": "Merci : vos réponses ont été envoyées le {when}. "
        "Elles ne peuvent plus être modifiées.",
        "already": "Ces réponses ont déjà été envoyées ; elles ne peuvent plus être modifiées.",
        "rank": "Donnez à chaque élément une position différente (1 = la plus importante).",
        "required": "obligatoire", "for": "Réponse pour",
    },
}  # fmt: skip
HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _assessment(request: Request) -> AssessmentStore:
    return request.app.state.assessment


def _respondent(request: Request, token: str) -> tuple[dict[str, Any], Form]:
    assessment = _assessment(request)
    respondent = assessment.respondent_by_token(token_sha256(token))
    if respondent is None:
        raise HTTPException(status_code=404, detail="This link is not valid.")
    pinned = assessment.round_by_id(respondent["round_id"])
    if pinned.sha256 not in _forms:
        _forms[pinned.sha256] = load_form(pinned.content, pinned.filename)
    return respondent, _forms[pinned.sha256]


def _language(request: Request, form: Form) -> str:
    wanted = request.query_params.get("lang") or form.default_language
    return wanted if wanted in form.languages else form.default_language


@router.get(LINK_PATH + "{token}", response_class=HTMLResponse)
def questionnaire(request: Request, token: str) -> HTMLResponse:
    respondent, form = _respondent(request, token)
    language = _language(request, form)
    answers = dict(respondent["answers"] or {})
    message = None
    if respondent["status"] == SUBMITTED:
        message = _text(language, "done").format(when=_when(respondent["submitted_at"]))
    return _page(form, respondent, token, language, answers, [], message)


@router.post(LINK_PATH + "{token}", response_class=HTMLResponse)
async def save(request: Request, token: str) -> HTMLResponse:
    respondent, form = _respondent(request, token)
    language = _language(request, form)
    if respondent["status"] == SUBMITTED:
        return _page(form, respondent, token, language, respondent["answers"], [],
                     _text(language, "already"), status=409)  # fmt: skip
    posted = await request.form()
    raw, problems = _read_post(form, posted)
    raw |= {name: respondent[name] for name in FIXED}
    submit = posted.get("action") == "submit"
    checked = check_submission(form, raw, complete=submit, language=language)
    problems += checked.problems
    assessment = _assessment(request)
    if submit and not problems:
        if not assessment.submit(respondent["id"], respondent["round_id"], checked.answers):
            return _page(form, respondent, token, language, checked.answers, [],
                         _text(language, "already"), status=409)  # fmt: skip
        respondent = assessment.respondent_by_token(token_sha256(token)) or respondent
        done = _text(language, "done").format(when=_when(respondent["submitted_at"]))
        return _page(form, respondent, token, language, checked.answers, [], done)
    # A draft keeps what was well-formed, so nothing typed is lost to one wrong answer.
    kept = {**{k: v for k, v in raw.items() if k not in {p.question for p in problems}},
            **checked.answers}  # fmt: skip
    if not assessment.save_draft(respondent["id"], respondent["round_id"], checked.answers):
        return _page(form, respondent, token, language, kept, [], _text(language, "already"),
                     status=409)  # fmt: skip
    message = _text(language, "fix") if problems else _text(language, "saved")
    return _page(form, respondent, token, language, kept, problems, message,
                 status=422 if problems else 200)  # fmt: skip


def _read_post(form: Form, posted: Any) -> tuple[dict[str, Any], list[Problem]]:
    """The posted fields as raw answers; a ranking arrives as one position per choice."""
    raw: dict[str, Any] = {}
    problems: list[Problem] = []
    for question in form.answered_questions():
        if question.name in FIXED:
            continue
        if question.type == "select_multiple":
            raw[question.name] = [str(value) for value in posted.getlist(question.name)]
        elif question.type == "rank":
            positions = {
                c: str(posted.get(f"{question.name}.{c}", "")).strip()
                for c in question.choice_names()
            }
            if not any(positions.values()):
                continue
            if sorted(positions.values()) != [str(n) for n in range(1, len(positions) + 1)]:
                problems.append(Problem(question.name, "each position once, from 1"))
                continue
            raw[question.name] = sorted(positions, key=lambda choice: int(positions[choice]))
        else:
            raw[question.name] = posted.get(question.name)
    return raw, problems


def _page(
    form: Form,
    respondent: dict[str, Any],
    token: str,
    language: str,
    answers: dict[str, Any],
    problems: list[Problem],
    message: str | None,
    status: int = 200,
) -> HTMLResponse:
    errors: dict[str, str] = {}
    for problem in problems:  # the first reason: a bad ranking is also a missing one
        errors.setdefault(problem.question, problem.message)
    closed = respondent["status"] == SUBMITTED
    groups: list[dict[str, Any]] = []
    for question in form.questions:
        if question.name in FIXED or question.type == "calculate":
            continue
        if not all(holds(condition, answers) for condition in form.conditions(question)):
            continue
        group = form.groups[question.groups[-1]] if question.groups else None
        title = label(group.labels, language, group.name) if group else ""
        if not groups or groups[-1]["title"] != title:
            groups.append({"title": title, "questions": []})
        groups[-1]["questions"].append(
            _question_view(question, language, answers.get(question.name), errors)
        )
    fixed = [
        label(form.question(name).labels, language, name)
        + ": "
        + _choice_label(form.question(name), str(respondent[name]), language)
        for name in FIXED
    ]
    html = _pages.get_template("questionnaire.html").render(
        title=form.title,
        language=language,
        languages=form.languages,
        action=LINK_PATH + token,
        groups=groups,
        fixed=fixed,
        message=message,
        failed=bool(problems),
        closed=closed,
        texts=TEXTS.get(language, TEXTS["en"]),
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _question_view(
    question: Question, language: str, answer: Any, errors: dict[str, str]
) -> dict[str, Any]:
    chosen = answer if isinstance(answer, list) else [] if answer is None else [str(answer)]
    return {
        "name": question.name,
        "type": question.type,
        "label": label(question.labels, language, question.name),
        "hint": label(question.hints, language, "") if question.hints else "",
        "required": question.required,
        "value": "" if answer is None or isinstance(answer, list) else str(answer),
        "choices": [
            {
                "name": choice.name,
                "label": label(choice.labels, language, choice.name),
                "checked": choice.name in chosen,
                "position": chosen.index(choice.name) + 1
                if question.type == "rank" and choice.name in chosen
                else "",
            }
            for choice in question.choices
        ],
        "error": errors.get(question.name),
    }


def _choice_label(question: Question, name: str, language: str) -> str:
    for choice in question.choices:
        if choice.name == name:
            return label(choice.labels, language, name)
    return name


def _text(language: str, key: str) -> str:
    return TEXTS.get(language, TEXTS["en"])[key]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""
