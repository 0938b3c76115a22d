"""The shipped questionnaire, forms refused with reasons, and one submission checked."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from thbwatch.assess.answers import check_submission
from thbwatch.assess.form import Form, load_form
from thbwatch.assess.themes import code_text, load_taxonomy
from thbwatch.assess.xlsform import read_source, shipped_source_path, write_xlsform
from thbwatch.errors import UserError
from thbwatch.indicators.derived import DERIVED
from thbwatch.indicators.packs import load_packs


def test_the_shipped_form_has_the_study_structure_in_english_and_french(form: Form) -> None:
    assert form.languages == ("en", "fr")
    assert form.version == "2025.1"
    for question in form.answered_questions():
        assert question.labels["en"] and question.labels["fr"], question.name
        for choice in question.choices:
            assert choice.labels["en"] and choice.labels["fr"], (question.name, choice.name)
    types = {q.name: q.type for q in form.questions}
    assert types["tech_importance"] == "select_one"
    assert types["investigation_challenges"] == types["prosecution_challenges"] == "rank"
    assert types["tech_recruitment"] == types["tech_labour"] == "select_multiple"
    assert {"note", "integer", "text"} <= set(types.values())
    technologies = form.question("tech_control").choice_names()
    for name in ("job_sites", "dating_apps", "messaging_apps", "gig_platforms", "dark_web"):
        assert name in technologies
    assert form.question("tech_importance").choice_names() == (
        "very_important", "important", "somewhat_important", "not_important", "dont_know",
    )  # fmt: skip
    assert len(form.question("country").choices) == 49  # 48 State Parties and "other"


def test_the_shipped_workbook_is_built_from_its_readable_source(form: Form) -> None:
    rebuilt = load_form(write_xlsform(read_source(shipped_source_path())), "rebuilt.xlsx")
    assert rebuilt.questions == form.questions
    assert rebuilt.groups == form.groups


def workbook(rows: list[list[str]], version: str = "1") -> bytes:
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant", "constraint"])
    for row in rows:
        survey.append(row)
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["yn", "yes", "Yes"])
    choices.append(["yn", "no", "No"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["f", version])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        ([["select_one nolist", "a", "A", "", ""]], "not a valid XLSForm"),
        ([["text", "a", "A", "${missing} = 'x'", ""]], "missing"),
        ([["text", "a", "A", "", "eval('x')"]], "unknown function"),
        (
            [["begin_repeat", "r", "R", "", ""], ["text", "a", "A", "", ""], ["end_repeat"]],
            "repeat",
        ),
        ([["geopoint", "g", "Where", "", ""]], "not supported"),
    ],
)
def test_a_form_we_cannot_use_is_refused_with_the_reason(
    rows: list[list[str]], reason: str
) -> None:
    with pytest.raises(UserError, match=reason):
        load_form(workbook(rows), "bad.xlsx")


def test_a_form_without_a_version_is_refused() -> None:
    with pytest.raises(UserError, match="version"):
        load_form(workbook([["text", "a", "A", "", ""]], version=""), "f.xlsx")


def answers(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "respondent_type": "state_party",
        "country": "FR",
        "tech_importance": "very_important",
        "tech_trend": "increasing",
        "tech_recruitment": "social_media job_sites",
        "investigation_challenges": [
            "encryption", "data_volume", "tech_change", "equipment", "legislation",
            "staff_shortage",
        ],
        "prosecution_challenges": [
            "foreign_evidence", "training", "legislation", "private_sector", "victim_testimony",
        ],
        "training": "regular",
        "trained_staff": "40",
        "tech_cooperation": "ad_hoc",
    }  # fmt: skip
    return {**base, **changes}


def test_a_complete_answer_is_cleaned_to_stored_types(form: Form) -> None:
    checked = check_submission(form, answers())
    assert checked.ok, checked.problems
    assert checked.answers["trained_staff"] == 40
    assert checked.answers["tech_recruitment"] == ["job_sites", "social_media"]  # form order
    assert checked.answers["investigation_challenges"][0] == "encryption"


def test_skip_logic_drops_what_is_not_asked(form: Form) -> None:
    company = check_submission(
        form,
        answers(respondent_type="tech_company", country="other", training="no"),
    )
    assert company.ok, company.problems
    assert "investigation_challenges" not in company.answers  # challenges skip companies
    assert "trained_staff" not in company.answers  # only asked after training


def test_required_questions_wait_for_the_draft_but_not_the_submission(form: Form) -> None:
    partial = {"respondent_type": "ngo", "country": "BE"}
    assert check_submission(form, partial, complete=False).ok
    problems = {p.question for p in check_submission(form, partial).problems}
    assert {"tech_importance", "investigation_challenges", "training"} <= problems
    company = {"respondent_type": "tech_company", "country": "other"}
    assert "investigation_challenges" not in {
        p.question for p in check_submission(form, company).problems
    }


def test_constraints_and_choice_lists_are_enforced_in_the_forms_language(form: Form) -> None:
    wrong = check_submission(
        form,
        answers(
            trained_staff="-3",
            tech_recruitment="none social_media",
            tech_trend="skyrocketing",
            investigation_challenges=["encryption", "data_volume"],
        ),
        language="fr",
    )
    messages = {p.question: p.message for p in wrong.problems}
    assert messages["trained_staff"] == "Indiquez un nombre entre 0 et 100 000."
    assert "Aucune observée" in messages["tech_recruitment"]
    assert "'skyrocketing' is not in the choice list trend" in messages["tech_trend"]
    assert "orders all 6 choices" in messages["investigation_challenges"]
    assert (
        "not a whole number"
        in check_submission(form, answers(trained_staff="many")).problems[0].message
    )


def test_theme_taxonomy_codes_both_languages_and_shares_indicator_categories() -> None:
    themes = load_taxonomy()
    assert code_text("Encrypted apps and the volume of data", themes) == (
        "encryption",
        "data_volume",
    )
    assert code_text("Le chiffrement et les fausses offres d'emploi", themes) == (
        "encryption", "deceptive_recruitment",
    )  # fmt: skip
    assert "encryption" not in code_text("cryptocurrency tracing", themes)
    categories = {i.category for pack in load_packs() for i in pack.indicators}
    categories |= {d.indicator.category for d in DERIVED}
    shared = [t.indicator_category for t in themes if t.indicator_category]
    assert shared and set(shared) <= categories
