"""Synthetic answers to the shipped questionnaire, written as KoboToolbox exports.

For tests and the demo only: no real respondent's answers exist in the repository. Each
respondent's ranking is the intended order with noise (so single answers disagree, as
real ones do, while the round as a whole keeps the order); choices are drawn with given
probabilities; open answers are picked from short English and French texts.
"""

from __future__ import annotations

import csv
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from thbwatch.assess.form import Form

# The study's rankings (DOMAIN.md): what the first round reproduces.
INVESTIGATION = ["encryption", "data_volume", "tech_change", "equipment", "legislation"]
PROSECUTION = ["foreign_evidence", "training", "legislation", "private_sector"]
COUNTS = {"state_party": 40, "ngo": 12, "tech_company": 2}

OPEN_TEXTS = {
    "tech_new_ways": [
        "Traffickers use monitoring apps and location sharing to control victims.",
        "Recruitment now starts in online games and moves to Telegram.",
        "Live-streaming of exploitation paid by the minute; webcam studios.",
        "Les victimes sont recrutées par de fausses offres d'emploi sur les réseaux sociaux.",
        "Chantage avec des images intimes après une relation en ligne.",
    ],
    "challenges_other": [
        "Encrypted messaging hides the contact after victims leave.",
        "Mutual legal assistance takes months; e-evidence is gone by then.",
        "Le volume de données saisies dépasse nos capacités d'analyse.",
        "Too few staff trained in digital forensics.",
    ],
    "good_practices": [
        "A co-operation protocol with platforms for fast takedown and data requests.",
        "Cyber-patrols on classified ad sites with web-scraping tools.",
        "Formation conjointe police, inspection du travail et ONG.",
        "An online self-reporting tool and a helpline in six languages.",
    ],
    "training_needs": [
        "Training on cryptocurrency tracing and OSINT.",
        "Formation des magistrats à la preuve électronique.",
    ],
    "cooperation_obstacles": [
        "Platforms answer data requests slowly; no single point of contact.",
        "Les fournisseurs établis à l'étranger exigent une entraide judiciaire.",
    ],
    "emerging_trends": [
        "More recruitment through gig-economy and delivery platforms.",
        "Davantage de diffusion en direct et de paiements en cryptomonnaie.",
        "Sextortion of young people after contact in online games.",
    ],
    "recommendations": [
        "Binding co-operation duties for platforms and faster cross-border e-evidence.",
        "Investir dans la formation autant que dans les outils techniques.",
    ],
    "data_protection": [
        "We anonymise case data and follow GDPR; evidence gathering needs a legal basis.",
        "La confidentialité des victimes passe avant la collecte de preuves.",
    ],
}


@dataclass(slots=True)
class Scenario:
    """What a synthetic round looks like; a later round changes some of it."""

    investigation: list[str] = field(default_factory=lambda: list(INVESTIGATION))
    prosecution: list[str] = field(default_factory=lambda: list(PROSECUTION))
    importance: dict[str, float] = field(
        default_factory=lambda: {
            "very_important": 0.45, "important": 0.35, "somewhat_important": 0.12,
            "not_important": 0.03, "dont_know": 0.05,
        }
    )  # fmt: skip
    trend: dict[str, float] = field(
        default_factory=lambda: {"increasing": 0.75, "stable": 0.18, "dont_know": 0.07}
    )
    technology: dict[str, float] = field(
        default_factory=lambda: {
            "job_sites": 0.7, "classified_ads": 0.6, "social_media": 0.85, "dating_apps": 0.4,
            "messaging_apps": 0.8, "live_streaming": 0.35, "gig_platforms": 0.2,
            "online_games": 0.1, "dark_web": 0.05, "cryptocurrencies": 0.05,
        }
    )  # fmt: skip
    cooperation: dict[str, float] = field(
        default_factory=lambda: {"protocol": 0.2, "ad_hoc": 0.6, "none": 0.15, "dont_know": 0.05}
    )
    noise: float = 0.9  # spread of each respondent's ranking around the intended order


def synthetic_answers(form: Form, scenario: Scenario, seed: int) -> list[dict[str, Any]]:
    """Raw answers (question name -> value) for 40 State Parties, 12 NGOs, 2 companies."""
    rng = random.Random(seed)
    countries = [c.name for c in form.question("country").choices if c.name != "other"]
    respondents = [("state_party", country) for country in countries[: COUNTS["state_party"]]]
    respondents += [("ngo", rng.choice(countries)) for _ in range(COUNTS["ngo"])]
    respondents += [("tech_company", "other")] * COUNTS["tech_company"]
    answers = []
    for kind, country in respondents:
        answer: dict[str, Any] = {
            "respondent_type": kind,
            "country": country,
            "tech_importance": _draw(rng, scenario.importance),
            "tech_trend": _draw(rng, scenario.trend),
            "training": rng.choice(["regular", "occasional", "no"]),
            "tech_cooperation": _draw(rng, scenario.cooperation),
        }
        for stage in ("recruitment", "exploitation", "control", "sexual", "labour"):
            picked = [t for t, p in scenario.technology.items() if rng.random() < p]
            answer[f"tech_{stage}"] = picked or ["none"]
        answer["tools_used"] = rng.sample(
            ["internet_monitoring", "web_scraping", "cyber_patrols", "osint", "multi_agency"], 2
        )
        if answer["training"] != "no":
            answer["trained_staff"] = rng.randint(5, 400)
        if kind != "tech_company":
            answer["investigation_challenges"] = _ranking(
                rng, form, "investigation_challenges", scenario.investigation, scenario.noise
            )
            answer["prosecution_challenges"] = _ranking(
                rng, form, "prosecution_challenges", scenario.prosecution, scenario.noise
            )
        for question, texts in OPEN_TEXTS.items():
            if rng.random() < 0.6:
                answer[question] = rng.choice(texts)
        answers.append(answer)
    return answers


def _draw(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _ranking(
    rng: random.Random, form: Form, question: str, intended: list[str], noise: float
) -> list[str]:
    """Every choice ordered: the intended ones first in their order (with noise), then
    the rest of the list."""
    names = form.question(question).choice_names()
    order = intended + [name for name in names if name not in intended]
    return sorted(order, key=lambda name: order.index(name) + rng.gauss(0, noise))


def kobo_rows(form: Form, answers: list[dict[str, Any]], seed: int) -> list[dict[str, str]]:
    """Answers as KoboToolbox writes them: `group/question` columns, select_multiple as
    one space-separated column, the form's version and Kobo's metadata."""
    rng = random.Random(seed)
    start = datetime(2025, 3, 1, 9, 0)
    rows = []
    for index, answer in enumerate(answers):
        row = {"start": start.isoformat(), "end": start.isoformat()}
        for question in form.questions:
            if question.type == "calculate":
                row[question.path] = form.version
            elif question.answered:
                value = answer.get(question.name)
                row[question.path] = (
                    " ".join(value)
                    if isinstance(value, list)
                    else ("" if value is None else str(value))
                )
        row["_id"] = str(1000 + index)
        row["_uuid"] = str(uuid.UUID(int=rng.getrandbits(128)))
        row["_submission_time"] = (start + timedelta(hours=index)).isoformat()
        row["__version__"] = "vKoboDeployment1"
        rows.append(row)
    return rows


def write_csv(rows: list[dict[str, str]], path: Path, delimiter: str = ";") -> None:
    """Kobo's CSV export (semicolons by default)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def write_xlsx(form: Form, rows: list[dict[str, str]], path: Path) -> None:
    """Kobo's XLSX export with select_multiple as one 0/1 column per choice."""
    multiple = {q.path: q for q in form.questions if q.type == "select_multiple"}
    header: list[str] = []
    for column in rows[0]:
        if column in multiple:
            header += [f"{column}/{choice}" for choice in multiple[column].choice_names()]
        else:
            header.append(column)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        cells = []
        for column in header:
            stem, _, choice = column.rpartition("/")
            if stem in multiple:
                cells.append(1 if choice in row[stem].split() else 0)
            else:
                cells.append(row[column])
        sheet.append(cells)
    workbook.save(path)
