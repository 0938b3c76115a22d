"""Must show: a synthetic round like the study's (40 State Parties, 12 NGOs, 2 companies),
imported from Kobo exports through the CLI; the report reproduces the study's rankings, and
a second round with changed answers shows the change. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests._cli import thbwatch
from thbwatch.assess import rounds, synthetic
from thbwatch.assess.demo import later_scenario, write_exports
from thbwatch.assess.form import Form
from thbwatch.assess.report import render_html, render_pdf
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore


def ranking_in_report(page: LexborHTMLParser, question: str, section: str = "") -> list[str]:
    rows = page.css(f"{section} table.ranking[data-question={question}] tr[data-choice]")
    return [row.attributes["data-choice"] for row in rows]


@pytest.fixture
def two_rounds(store_url: str, tmp_path: Path, form: Form) -> tuple[Store, tuple[Path, Path]]:
    store = Store.open(store_url)
    for name in ("2022", "2025"):
        rounds.create_round(store, name, None)
    exports = write_exports(form, tmp_path, seed=11)
    yield store, exports
    store.close()


def test_a_round_reproduces_the_rankings_and_the_next_round_shows_the_change(
    two_rounds: tuple[Store, tuple[Path, Path]], store_url: str
) -> None:
    store, (kobo_csv, kobo_xlsx) = two_rounds
    first = thbwatch("assess", "import", "2022", str(kobo_csv), "--json", db=store_url)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"read": 54, "added": 54, "already": 0}
    again = thbwatch("assess", "import", "2022", str(kobo_csv), "--json", db=store_url)
    assert json.loads(again.stdout) == {"read": 54, "added": 0, "already": 54}
    second = rounds.import_export(store, "2025", kobo_xlsx)  # one 0/1 column per choice
    assert (second.added, second.reasons) == (54, [])

    _, _, analysis, _ = rounds.analyse(store, "2022")
    assert analysis.respondents == {"state_party": 40, "ngo": 12, "tech_company": 2}
    investigation = analysis.questions["investigation_challenges"]
    assert investigation.n == 52  # the companies are not asked
    assert [item.choice for item in investigation.ranking][:5] == synthetic.INVESTIGATION
    assert investigation.ranking[0].first == max(i.first for i in investigation.ranking)
    prosecution = analysis.questions["prosecution_challenges"]
    assert [item.choice for item in prosecution.ranking][:4] == synthetic.PROSECUTION
    assert analysis.questions["tech_importance"].counts_by_type["tech_company"]
    assert analysis.questions["tech_importance"].share("very_important") is not None

    data = rounds.report_input(store, "2025", compare="2022")
    page = LexborHTMLParser(render_html(data, datetime.now(UTC)))
    later = later_scenario()
    assert ranking_in_report(page, "investigation_challenges")[:5] == later.investigation
    assert ranking_in_report(page, "prosecution_challenges")[:4] == later.prosecution

    change = page.css_first("#change")
    assert change is not None and "Change since round 2022" in change.text()
    moved = {
        row.css("td")[0].text(): row.css("td")[3].text()
        for row in change.css("table.changes[data-question=investigation_challenges] tr")[1:]
    }
    assert moved["Large volume of data"].startswith("-")  # moved up from second to first
    assert moved["Data encryption"].startswith("+")
    streaming = {
        row.css("td")[0].text(): row.css("td")[3].text()
        for row in change.css("table.changes[data-question=tech_exploitation] tr")[1:]
    }
    assert int(streaming["Live-streaming and webcams"].split()[0]) > 10  # points up
    companies = page.css_first("[data-question=tech_importance] .meta").text()
    assert "Tech companies 2" in companies


def test_the_report_renders_as_pdf(two_rounds: tuple[Store, tuple[Path, Path]]) -> None:
    store, (kobo_csv, _) = two_rounds
    assert not rounds.import_export(store, "2022", kobo_csv).reasons
    html = render_html(rounds.report_input(store, "2022", language="fr"), datetime.now(UTC))
    assert "Classez les difficultés des enquêtes" in html  # the French labels
    assert render_pdf(html).startswith(b"%PDF")


def test_a_broken_export_is_refused_row_by_row_and_nothing_is_imported(
    two_rounds: tuple[Store, tuple[Path, Path]], store_url: str, tmp_path: Path
) -> None:
    store, (kobo_csv, _) = two_rounds
    lines = kobo_csv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    position = {name: index for index, name in enumerate(header)}

    def edit(line: str, **cells: str) -> str:
        values = line.split(";")
        for name, value in cells.items():
            values[position[name]] = value
        return ";".join(values)

    broken = [
        lines[0] + ";favourite_colour",
        lines[1] + ";blue",  # line 2: fine apart from the unknown column
        edit(lines[2], **{"importance/tech_trend": "skyrocketing"}) + ";",
        edit(lines[3], form_version="2024.9") + ";",
        edit(lines[4], **{"importance/tech_importance": ""}) + ";",
        *[line + ";" for line in lines[5:]],
    ]
    export = tmp_path / "broken.csv"
    export.write_text("\n".join(broken) + "\n", encoding="utf-8")

    result = thbwatch("assess", "import", "2022", str(export), db=store_url)
    assert result.returncode == 2
    reasons = result.stderr.splitlines()
    assert f"{export}: column 'favourite_colour' is not a question of thb_technology" in reasons
    assert f"{export}:3: tech_trend: 'skyrocketing' is not in the choice list trend" in reasons
    assert f"{export}:4: form version 2024.9, but the round pins version 2025.1" in reasons
    assert f"{export}:5: tech_importance: an answer is required" in reasons
    assert reasons[-1] == f"error: {export}: 4 problems in 54 rows; nothing was imported"
    assessment = AssessmentStore(store.engine)
    assert assessment.submissions(assessment.round("2022").id) == []


def test_an_odk_central_export_with_dashed_headers_imports(
    two_rounds: tuple[Store, tuple[Path, Path]], form: Form, tmp_path: Path
) -> None:
    store, _ = two_rounds
    answers = synthetic.synthetic_answers(form, synthetic.Scenario(), seed=5)[:8]
    rows = synthetic.kobo_rows(form, answers, seed=5)
    central = [
        {
            ("KEY" if name == "_uuid" else "SubmissionDate" if name == "_submission_time"
             else name.replace("/", "-")): value
            for name, value in row.items()
            if name not in ("_id", "__version__")
        }
        for row in rows
    ]  # fmt: skip
    export = tmp_path / "central.csv"
    synthetic.write_csv(central, export, delimiter=",")
    imported = rounds.import_export(store, "2022", export)
    assert (imported.added, imported.reasons) == (8, [])
    assessment = AssessmentStore(store.engine)
    stored = assessment.submissions(assessment.round("2022").id)
    assert [s.answers["country"] for s in stored] == [a["country"] for a in answers]
    assert stored[0].submitted_at == datetime(2025, 3, 1, 9, 0)
