"""Analyse a round and compare two rounds. Pure: submissions in, figures out.

Shares are only given where enough respondents answered: with fewer than SMALL_N, one
answer moves a share by more than ten points, so such results say counts only and are
marked `small_n` (the study had 2 tech companies; their answers are counts, not shares).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from thbwatch.assess.form import Form, Question
from thbwatch.assess.model import RESPONDENT_TYPES, Coding, Submission
from thbwatch.assess.themes import Theme, code_text

SMALL_N = 10
KEYWORDS = "keywords"  # the coder of answers no person has re-coded


@dataclass(frozen=True, slots=True)
class RankItem:
    choice: str
    mean_rank: float  # 1 = ranked first
    first: int  # how many ranked it first
    n: int


@dataclass(slots=True)
class QuestionResult:
    name: str
    type: str
    n: int  # respondents who answered
    n_by_type: dict[str, int]
    small_n: bool
    counts: dict[str, int] = field(default_factory=dict)  # choice or theme -> respondents
    counts_by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    ranking: list[RankItem] = field(default_factory=list)
    ranking_by_type: dict[str, list[RankItem]] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)  # mean, median, min, max, total

    def share(self, choice: str) -> float | None:
        """Share of those who answered; None when too few answered to say more than counts."""
        if self.small_n or not self.n:
            return None
        return self.counts.get(choice, 0) / self.n


@dataclass(slots=True)
class RoundAnalysis:
    name: str
    respondents: dict[str, int]  # respondent type -> submitted answers
    questions: dict[str, QuestionResult]
    codings: list[Coding]

    @property
    def total(self) -> int:
        return sum(self.respondents.values())


def analyse_round(
    name: str,
    form: Form,
    submissions: list[Submission],
    themes: tuple[Theme, ...],
    staff_codes: dict[tuple[int, str], tuple[tuple[str, ...], str]] | None = None,
) -> RoundAnalysis:
    codings = code_answers(form, submissions, themes, staff_codes or {})
    by_answer = {(c.submission_id, c.question): c.themes for c in codings}
    questions = {
        question.name: _question_result(question, submissions, by_answer)
        for question in form.answered_questions()
    }
    respondents = Counter(submission.respondent_type for submission in submissions)
    ordered = {kind: respondents[kind] for kind in RESPONDENT_TYPES if respondents[kind]}
    ordered |= {kind: count for kind, count in sorted(respondents.items()) if kind not in ordered}
    return RoundAnalysis(name, ordered, questions, codings)


def code_answers(
    form: Form,
    submissions: list[Submission],
    themes: tuple[Theme, ...],
    staff_codes: dict[tuple[int, str], tuple[tuple[str, ...], str]],
) -> list[Coding]:
    """Themes of every open answer: a person's coding where there is one, else keywords."""
    codings = []
    for question in form.answered_questions():
        if question.type != "text":
            continue
        for submission in submissions:
            text = submission.answers.get(question.name)
            if not text:
                continue
            coded, coder = staff_codes.get(
                (submission.id, question.name), (code_text(text, themes), KEYWORDS)
            )
            codings.append(
                Coding(
                    submission.id,
                    question.name,
                    coded,
                    coder,
                    text,
                    submission.respondent_type,
                    submission.country,
                )
            )
    return codings


def _question_result(
    question: Question,
    submissions: list[Submission],
    themes_of: dict[tuple[int, str], tuple[str, ...]],
) -> QuestionResult:
    answered = [s for s in submissions if s.answers.get(question.name) not in (None, "", [])]
    n_by_type = dict(Counter(s.respondent_type for s in answered))
    result = QuestionResult(
        question.name, question.type, len(answered), n_by_type, len(answered) < SMALL_N
    )
    if question.type == "rank":
        result.ranking = rank(question, [s.answers[question.name] for s in answered])
        for kind in n_by_type:
            of_kind = [s.answers[question.name] for s in answered if s.respondent_type == kind]
            result.ranking_by_type[kind] = rank(question, of_kind)
        return result
    if question.type in ("integer", "decimal"):
        values = [float(s.answers[question.name]) for s in answered]
        if values:
            result.numbers = {
                "mean": statistics.fmean(values),
                "median": statistics.median(values),
                "min": min(values),
                "max": max(values),
                "total": sum(values),
            }
        return result
    counts: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    for submission in answered:
        picked = _picked(question, submission, themes_of)
        counts.update(picked)
        by_type.setdefault(submission.respondent_type, Counter()).update(picked)
    result.counts = dict(counts)
    result.counts_by_type = {kind: dict(found) for kind, found in by_type.items()}
    return result


def _picked(
    question: Question, submission: Submission, themes_of: dict[tuple[int, str], tuple[str, ...]]
) -> list[str]:
    """What one answer counts towards: its choice(s), or the themes of a text."""
    answer = submission.answers[question.name]
    if question.type == "text":
        return list(themes_of.get((submission.id, question.name), ()))
    return [answer] if isinstance(answer, str) else list(answer)


def rank(question: Question, rankings: list[list[str]]) -> list[RankItem]:
    """Mean rank and first places of each choice, best (lowest mean rank) first."""
    positions: dict[str, list[int]] = {choice: [] for choice in question.choice_names()}
    for ranking in rankings:
        for position, choice in enumerate(ranking, start=1):
            positions[choice].append(position)
    items = [
        RankItem(
            choice,
            statistics.fmean(found) if found else float("nan"),
            sum(1 for ranking in rankings if ranking and ranking[0] == choice),
            len(found),
        )
        for choice, found in positions.items()
    ]
    return sorted(items, key=lambda item: (item.mean_rank, -item.first, item.choice))


# -- comparing two rounds ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One choice (or theme) in two rounds: counts, or mean ranks for a ranking."""

    choice: str
    before: float
    after: float
    share_before: float | None  # None: too few respondents for shares
    share_after: float | None

    @property
    def change(self) -> float | None:
        """Change in points of share (mean rank for a ranking); None for small numbers."""
        if self.share_before is None or self.share_after is None:
            return None
        return self.share_after - self.share_before


@dataclass(frozen=True, slots=True)
class PairedChange:
    """The same respondents (same type and country) in both rounds."""

    pairs: int
    changed: int  # pairs whose answer differs
    small_n: bool
    transitions: dict[str, int]  # "before -> after" -> pairs (select_one, first place)


@dataclass(frozen=True, slots=True)
class QuestionChange:
    name: str
    type: str
    n_before: int
    n_after: int
    small_n: bool
    rows: list[ChangeRow]
    paired: PairedChange | None


def compare_rounds(
    form: Form,
    before: RoundAnalysis,
    after: RoundAnalysis,
    submissions_before: list[Submission],
    submissions_after: list[Submission],
) -> list[QuestionChange]:
    """Per question asked in both rounds (same name and type), the change; and, for the
    respondents who answered both rounds, how many changed their answer."""
    pairs = _pairs(submissions_before, submissions_after)
    changes = []
    for question in form.answered_questions():
        a, b = before.questions.get(question.name), after.questions.get(question.name)
        if a is None or b is None or a.type != b.type:
            continue
        small = a.small_n or b.small_n
        if question.type == "rank":
            mean_a = {item.choice: item.mean_rank for item in a.ranking}
            rows = [
                ChangeRow(
                    item.choice,
                    mean_a.get(item.choice, float("nan")),
                    item.mean_rank,
                    None if small else mean_a.get(item.choice),
                    None if small else item.mean_rank,
                )
                for item in b.ranking
            ]
        elif question.type in ("integer", "decimal"):
            rows = [
                ChangeRow(
                    "mean",
                    a.numbers.get("mean", float("nan")),
                    b.numbers.get("mean", float("nan")),
                    None if small else a.numbers.get("mean"),
                    None if small else b.numbers.get("mean"),
                )
            ]
        else:
            keys = list(dict.fromkeys([*question.choice_names(), *a.counts, *b.counts]))
            rows = [
                ChangeRow(
                    key, a.counts.get(key, 0), b.counts.get(key, 0), a.share(key), b.share(key)
                )
                for key in keys
                if a.counts.get(key) or b.counts.get(key)
            ]
        changes.append(
            QuestionChange(
                question.name,
                question.type,
                a.n,
                b.n,
                small,
                rows,
                _paired(question, pairs),
            )
        )
    return changes


def _pairs(
    before: list[Submission], after: list[Submission]
) -> list[tuple[Submission, Submission]]:
    """Respondents who answered both rounds: the same type and country, once in each (a
    State Party answers once per round; NGOs of one country cannot be told apart)."""

    def unique(submissions: list[Submission]) -> dict[tuple[str, str], Submission]:
        keys = Counter((s.respondent_type, s.country) for s in submissions)
        return {
            (s.respondent_type, s.country): s
            for s in submissions
            if keys[(s.respondent_type, s.country)] == 1 and s.country != "other"
        }

    first, second = unique(before), unique(after)
    return [(first[key], second[key]) for key in sorted(first.keys() & second.keys())]


def _paired(question: Question, pairs: list[tuple[Submission, Submission]]) -> PairedChange | None:
    if question.type not in ("select_one", "select_multiple", "rank"):
        return None
    both = [
        (a.answers[question.name], b.answers[question.name])
        for a, b in pairs
        if a.answers.get(question.name) and b.answers.get(question.name)
    ]
    if not both:
        return None
    transitions: Counter[str] = Counter()
    changed = 0
    for old, new in both:
        if question.type == "select_multiple":
            changed += set(old) != set(new)
            transitions.update(f"+ {choice}" for choice in set(new) - set(old))
            transitions.update(f"- {choice}" for choice in set(old) - set(new))
            continue
        old_key, new_key = (old, new) if question.type == "select_one" else (old[0], new[0])
        changed += old != new
        if old_key != new_key:
            transitions[f"{old_key} -> {new_key}"] += 1
    return PairedChange(len(both), changed, len(both) < SMALL_N, dict(transitions.most_common()))
