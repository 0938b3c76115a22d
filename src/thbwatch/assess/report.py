"""The round report: questionnaire results, change since an earlier round, and the landscape
in the monitoring data, as one self-contained HTML page (inline CSS and SVG) or a PDF
printed from the same HTML by WeasyPrint."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from thbwatch import __version__
from thbwatch.assess import charts
from thbwatch.assess.analysis import SMALL_N, QuestionChange, QuestionResult, RoundAnalysis
from thbwatch.assess.form import Form, Question, label
from thbwatch.assess.landscape import Landscape
from thbwatch.assess.model import Round
from thbwatch.assess.themes import Theme
from thbwatch.errors import UserError

LONG_LIST = 15  # choices; longer lists are summarised
TYPE_LABELS = {"state_party": "State Parties", "ngo": "NGOs", "tech_company": "Tech companies"}


@dataclass(frozen=True, slots=True)
class Comparison:
    round: Round
    analysis: RoundAnalysis
    changes: list[QuestionChange]


@dataclass(frozen=True, slots=True)
class ReportInput:
    round: Round
    form: Form
    analysis: RoundAnalysis
    landscape: Landscape
    themes: tuple[Theme, ...]
    comparison: Comparison | None = None
    language: str = "en"


def render_html(data: ReportInput, generated: datetime) -> str:
    environment = Environment(
        loader=PackageLoader("thbwatch.assess", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("report.html").render(**_context(data, generated))


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # heavy: loaded only when a PDF is asked for

    return HTML(string=html).write_pdf()


def write_report(data: ReportInput, out: Path, generated: datetime) -> None:
    """Write the report as HTML or PDF (told by the file name), atomically."""
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise UserError(f"--out {out}: a report is written as .html or .pdf")
    html = render_html(data, generated)
    content = render_pdf(html) if suffix == ".pdf" else html.encode("utf-8")
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(content)
    partial.replace(out)


# -- the template's view of the data -----------------------------------------------------


def _context(data: ReportInput, generated: datetime) -> dict[str, Any]:
    language = data.language
    form = data.form
    theme_labels = {theme.id: label(theme.labels, language, theme.id) for theme in data.themes}
    sections: list[dict[str, Any]] = []
    for question in form.answered_questions():
        result = data.analysis.questions[question.name]
        group = form.groups[question.groups[-1]] if question.groups else None
        title = label(group.labels, language, group.name) if group else ""
        if not sections or sections[-1]["title"] != title:
            sections.append({"title": title, "questions": []})
        sections[-1]["questions"].append(_question_view(question, result, language, theme_labels))
    return {
        "title": form.title,
        "round": data.round,
        "form": form,
        "analysis": data.analysis,
        "language": language,
        "generated": generated.strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "type_labels": TYPE_LABELS,
        "respondents": _respondents(data.analysis),
        "sections": sections,
        "comparison": _comparison_view(data, theme_labels) if data.comparison else None,
        "landscape": _landscape_view(data, theme_labels),
        "small_n": SMALL_N,
    }


def _respondents(analysis: RoundAnalysis) -> list[dict[str, Any]]:
    return [
        {"type": TYPE_LABELS.get(kind, kind), "count": count}
        for kind, count in analysis.respondents.items()
    ]


def _choice_label(question: Question, name: str, language: str) -> str:
    for choice in question.choices:
        if choice.name == name:
            return label(choice.labels, language, name)
    return name


def _percent(value: float | None) -> str:
    return "" if value is None or math.isnan(value) else f"{value:.0%}"


def _question_view(
    question: Question, result: QuestionResult, language: str, theme_labels: dict[str, str]
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "name": question.name,
        "label": label(question.labels, language, question.name),
        "type": question.type,
        "n": result.n,
        "n_by_type": {TYPE_LABELS.get(k, k): v for k, v in result.n_by_type.items()},
        "small_n": result.small_n,
    }
    if question.type == "rank":
        view["ranking"] = [
            {
                "position": position,
                "choice": item.choice,
                "label": _choice_label(question, item.choice, language),
                "mean_rank": f"{item.mean_rank:.2f}",
                "first": item.first,
                "n": item.n,
            }
            for position, item in enumerate(result.ranking, start=1)
        ]
        count = len(question.choices)
        view["chart"] = charts.bars(
            [
                (
                    row["label"],
                    count + 1 - float(row["mean_rank"]),
                    f"mean rank {row['mean_rank']} · first {row['first']}×",
                )
                for row in view["ranking"]
            ],
            title=view["label"],
            scale=count,
        )
        view["by_type"] = {
            TYPE_LABELS.get(kind, kind): [
                _choice_label(question, i.choice, language) for i in items
            ]
            for kind, items in result.ranking_by_type.items()
        }
        return view
    if question.type in ("integer", "decimal"):
        view["numbers"] = {key: f"{value:,.1f}" for key, value in result.numbers.items()}
        return view
    names = question.choice_names() if question.type != "text" else tuple(theme_labels)
    # A long list (countries) shows only what was answered, without a chart.
    long_list = question.type != "text" and len(names) > LONG_LIST
    kinds = list(result.counts_by_type)
    rows = []
    for name in names:
        count = result.counts.get(name, 0)
        if (question.type == "text" or long_list) and not count:
            continue
        rows.append(
            {
                "choice": name,
                "label": theme_labels.get(name, name)
                if question.type == "text"
                else _choice_label(question, name, language),
                "count": count,
                "share": _percent(result.share(name)),
                "by_type": [result.counts_by_type.get(kind, {}).get(name, 0) for kind in kinds],
            }
        )
    view["kinds"] = [TYPE_LABELS.get(kind, kind) for kind in kinds]
    view["rows"] = rows
    view["compact"] = long_list
    if rows and question.type != "text" and not long_list:
        view["chart"] = charts.bars(
            [
                (
                    row["label"],
                    row["count"] / (result.n or 1),
                    row["share"] if not result.small_n else f"{row['count']}",
                )
                for row in rows
            ],
            title=view["label"],
            scale=1.0,
        )
    return view


def _comparison_view(data: ReportInput, theme_labels: dict[str, str]) -> dict[str, Any]:
    comparison = data.comparison
    assert comparison is not None
    language = data.language
    names = (comparison.round.name, data.round.name)
    questions = []
    for change in comparison.changes:
        question = data.form.question(change.name)
        if len(question.choices) > LONG_LIST:  # who answered from where: not a change
            continue

        def name_of(key: str, question: Question = question) -> str:
            if question.type == "text":
                return theme_labels.get(key, key)
            return _choice_label(question, key, language)

        rows = []
        for row in change.rows:
            if change.type == "rank":
                shown = (f"{row.before:.2f}", f"{row.after:.2f}")
                delta = "" if row.change is None else f"{row.change:+.2f}"
            elif change.type in ("integer", "decimal"):
                shown = (f"{row.before:,.1f}", f"{row.after:,.1f}")
                delta = ""
            else:
                shown = (
                    f"{row.before:.0f} ({_percent(row.share_before)})"
                    if row.share_before is not None
                    else f"{row.before:.0f}",
                    f"{row.after:.0f} ({_percent(row.share_after)})"
                    if row.share_after is not None
                    else f"{row.after:.0f}",
                )
                delta = "" if row.change is None else f"{row.change * 100:+.0f} pts"
            rows.append(
                {
                    "label": name_of(row.choice),
                    "before": shown[0],
                    "after": shown[1],
                    "change": delta,
                }
            )
        view: dict[str, Any] = {
            "name": change.name,
            "label": label(question.labels, language, question.name),
            "type": change.type,
            "n_before": change.n_before,
            "n_after": change.n_after,
            "small_n": change.small_n,
            "rows": rows,
        }
        if change.type in ("select_one", "select_multiple") and not change.small_n:
            view["chart"] = charts.paired_bars(
                [
                    (r["label"], row.share_before or 0.0, row.share_after or 0.0, r["change"])
                    for r, row in zip(rows, change.rows, strict=True)
                ],
                title=view["label"],
                names=names,
                scale=1.0,
            )
        if change.paired:
            transitions = []
            for key, count in list(change.paired.transitions.items())[:6]:
                if " -> " in key:
                    old, new = key.split(" -> ")
                    transitions.append(f"{name_of(old)} → {name_of(new)}: {count}")
                else:
                    sign, choice = key.split(" ", 1)
                    verb = "added" if sign == "+" else "dropped"
                    transitions.append(f"{name_of(choice)} {verb}: {count}")
            view["paired"] = {
                "pairs": change.paired.pairs,
                "changed": change.paired.changed,
                "small_n": change.paired.small_n,
                "transitions": transitions,
            }
        questions.append(view)
    return {
        "name": comparison.round.name,
        "version": comparison.round.version,
        "respondents": _respondents(comparison.analysis),
        "total": comparison.analysis.total,
        "questions": questions,
    }


def _landscape_view(data: ReportInput, theme_labels: dict[str, str]) -> dict[str, Any]:
    landscape = data.landscape
    if landscape.empty:
        return {"empty": True}
    months = landscape.months
    view: dict[str, Any] = {
        "empty": False,
        "first": months[0],
        "last": months[-1],
        "records": sum(landscape.records.values()),
        "notes": landscape.notes,
        "kinds": charts.lines(
            {kind: dict(v) for kind, v in list(landscape.by_kind.items())[:8]},
            months,
            "Records by kind per month",
        ),
        "languages": charts.lines(
            dict(list(landscape.by_language.items())[:8]), months, "Records by language"
        ),
        "sources": charts.lines(
            dict(list(landscape.by_source.items())[:8]), months, "Records by source"
        ),
        "messaging": charts.lines(
            {"messaging-app contact": landscape.messaging_share},
            months,
            "Share of records whose contact is a messaging app",
            percent=True,
        ),
        "categories": charts.lines(
            dict(list(landscape.categories.items())[:8]),
            months,
            "Share of records showing each indicator category",
            percent=True,
        ),
        "networks": charts.lines(
            {"active networks": {m: float(n) for m, n in landscape.networks.items()}},
            months,
            "Active networks per month",
        )
        if landscape.networks
        else None,
        "table": [
            {
                "month": month,
                "records": landscape.records[month],
                "messaging": _percent(landscape.messaging_share.get(month, 0.0)),
                "networks": landscape.networks.get(month, 0),
            }
            for month in months
        ],
    }
    view["beside"] = _themes_beside_categories(data, theme_labels)
    return view


def _themes_beside_categories(
    data: ReportInput, theme_labels: dict[str, str]
) -> list[dict[str, Any]]:
    """Themes that are indicator categories: how many respondents raise each in open
    answers, beside the share of monitored records that show it."""
    raised: dict[str, set[int]] = {}
    for coding in data.analysis.codings:
        for theme in coding.themes:
            raised.setdefault(theme, set()).add(coding.submission_id)
    rows = []
    for theme in data.themes:
        if not theme.indicator_category:
            continue
        monthly = data.landscape.categories.get(theme.indicator_category, {})
        records = data.landscape.records
        shown = sum(monthly.get(m, 0.0) * records[m] for m in records)
        rows.append(
            {
                "theme": theme_labels[theme.id],
                "category": theme.indicator_category,
                "respondents": len(raised.get(theme.id, ())),
                "records": _percent(shown / sum(records.values())) if records else "",
            }
        )
    return rows
