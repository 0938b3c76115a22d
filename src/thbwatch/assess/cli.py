"""`thbwatch assess ...`: questionnaire rounds from the command line, thin over rounds.py."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from thbwatch.errors import UserError
from thbwatch.store import Store
from thbwatch.terminal import console, open_store, print_json, stderr

app = typer.Typer(
    help="Questionnaire rounds (XLSForm): invite, import, analyse, compare, report.",
    no_args_is_help=True,
)
round_app = typer.Typer(help="Create questionnaire rounds.", no_args_is_help=True)
app.add_typer(round_app, name="round")

AsJson = Annotated[bool, typer.Option("--json", help="Print as JSON.")]


def _month(text: str | None, option: str, after: bool = False) -> datetime | None:
    """YYYY-MM as the first moment of that month (of the next one for the period's end)."""
    if text is None:
        return None
    try:
        first = datetime.strptime(text, "%Y-%m")
    except ValueError:
        raise UserError(f"{option} {text!r}: give a month as YYYY-MM") from None
    if not after:
        return first
    return first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)


@app.command("form")
def build_form(
    source: Annotated[Path, typer.Argument(help="The form's readable YAML source.")],
    out: Annotated[Path, typer.Option(help="The XLSForm workbook to write (.xlsx).")],
) -> None:
    """Write an XLSForm workbook from its YAML source, and check it as Kobo/ODK would."""
    from thbwatch.assess.form import load_form
    from thbwatch.assess.xlsform import read_source, write_xlsform

    content = write_xlsform(read_source(source), str(source))
    form = load_form(content, out.name)
    out.write_bytes(content)
    console.print(
        f"Wrote {out}: {form.form_id} version {form.version}, "
        f"{len(form.answered_questions())} questions in {', '.join(form.languages)}."
    )


@round_app.command("create")
def create_round(
    context: typer.Context,
    name: Annotated[str, typer.Argument(help="The round's name, e.g. 2025.")],
    form: Annotated[
        Path | None, typer.Option(help="An XLSForm (.xlsx); the round pins its version.")
    ] = None,
    shipped: Annotated[
        bool, typer.Option("--shipped", help="Use the questionnaire shipped with thbwatch.")
    ] = False,
    start: Annotated[
        str | None, typer.Option("--from", help="First month of monitoring data (YYYY-MM).")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last month of monitoring data (YYYY-MM).")
    ] = None,
) -> None:
    """Create a round on a questionnaire (--form FILE or --shipped)."""
    from thbwatch.assess import rounds

    if (form is None) == (not shipped):
        raise UserError("give either --form FILE or --shipped")
    period = _month(start, "--from"), _month(end, "--to", after=True)
    store = open_store(context)
    _, pinned = rounds.create_round(store, name, form, *period)
    store.close()
    console.print(
        f"Round {escape(name)} created on {pinned.form_id} version {pinned.version} "
        f"({len(pinned.answered_questions())} questions; languages {', '.join(pinned.languages)})."
    )


@app.command("rounds")
def list_rounds(context: typer.Context, as_json: AsJson = False) -> None:
    """List the rounds with their questionnaire and answers so far."""
    from thbwatch.store.assessment import AssessmentStore

    store = open_store(context)
    listed = AssessmentStore(store.engine).rounds()
    store.close()
    if as_json:
        print_json(listed)
        return
    table = Table(title="Assessment rounds", title_justify="left")
    for column in ("round", "form", "version", "invited", "submitted", "drafts", "period"):
        table.add_column(
            column, justify="right" if column in ("invited", "submitted", "drafts") else "left"
        )
    for entry in listed:
        period = " – ".join(
            f"{value:%Y-%m}" if value else "…"
            for value in (entry["period_start"], entry["period_end"])
        )
        table.add_row(
            escape(entry["name"]),
            entry["form_id"],
            entry["version"],
            str(entry["invited"]),
            str(entry["submitted"]),
            str(entry["drafts"]),
            period if entry["period_start"] or entry["period_end"] else "all data",
        )
    console.print(table)


@app.command()
def tokens(
    context: typer.Context,
    round_name: Annotated[str, typer.Argument(metavar="ROUND", help="The round.")],
    respondents: Annotated[
        Path, typer.Option(help="CSV with columns type, country and optionally label.")
    ],
    out: Annotated[Path, typer.Option(help="CSV to write the new links to (kept private).")],
    base_url: Annotated[
        str, typer.Option(help="The web app's address, for the links.")
    ] = "http://localhost:8000",
) -> None:
    """Make a personal link (token, no account) for each respondent not yet invited."""
    from thbwatch.assess import rounds

    store = open_store(context)
    invitations, already = rounds.invite(store, round_name, respondents)
    store.close()
    if invitations:
        # The tokens exist only here (the store keeps their hashes): owner-only file.
        descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["type", "country", "label", "token", "link"])
            for invitation in invitations:
                link = f"{base_url.rstrip('/')}{rounds.LINK_PATH}{invitation.token}"
                writer.writerow(
                    [invitation.respondent_type, invitation.country, invitation.label or "",
                     invitation.token, link]
                )  # fmt: skip
    console.print(
        f"{len(invitations)} new links written to {out}"
        if invitations
        else "No new respondents: nothing written."
    )
    if already:
        console.print(f"{already} respondents were already invited; their links stay as they are.")


@app.command("import")
def import_export(
    context: typer.Context,
    round_name: Annotated[str, typer.Argument(metavar="ROUND", help="The round.")],
    export: Annotated[Path, typer.Argument(help="KoboToolbox or ODK export (.csv or .xlsx).")],
    as_json: AsJson = False,
) -> None:
    """Import a KoboToolbox/ODK export: all rows or none, with every reason per row."""
    from thbwatch.assess import rounds

    store = open_store(context)
    report = rounds.import_export(store, round_name, export)
    store.close()
    if report.reasons:
        for reason in report.reasons:
            stderr.print(escape(reason), highlight=False)
        raise UserError(
            f"{export}: {len(report.reasons)} problems in {report.read} rows; nothing was imported"
        )
    if as_json:
        print_json({"read": report.read, "added": report.added, "already": report.already})
        return
    console.print(
        f"Imported {report.added} of {report.read} rows into round {escape(round_name)}"
        + (f"; {report.already} were already there." if report.already else ".")
    )


@app.command()
def code(
    context: typer.Context,
    round_name: Annotated[str, typer.Argument(metavar="ROUND", help="The round.")],
    submission: Annotated[
        int | None, typer.Option(help="Re-code this submission's answer (see the listing).")
    ] = None,
    question: Annotated[str | None, typer.Option(help="The open question to re-code.")] = None,
    theme: Annotated[
        list[str] | None, typer.Option(help="A theme id; repeat for several; none: no theme.")
    ] = None,
    by: Annotated[str | None, typer.Option(help="Who codes (kept with the codes).")] = None,
    as_json: AsJson = False,
) -> None:
    """List the themes of open answers, or re-code one (--submission --question --theme --by)."""
    from thbwatch.assess import rounds

    store = open_store(context)
    if submission is not None:
        _recode(store, round_name, submission, question, theme or [], by)
        store.close()
        return
    _, _, analysis, _ = rounds.analyse(store, round_name)
    store.close()
    if as_json:
        print_json(
            [
                {"submission": c.submission_id, "question": c.question, "themes": list(c.themes),
                 "coder": c.coder, "respondent_type": c.respondent_type, "text": c.text}
                for c in analysis.codings
            ]
        )  # fmt: skip
        return
    table = Table(title=f"Open answers of round {escape(round_name)}", title_justify="left")
    for column in ("submission", "question", "themes", "coded by", "answer"):
        table.add_column(column)
    for c in analysis.codings:
        table.add_row(
            str(c.submission_id), c.question, ", ".join(c.themes), c.coder, escape(c.text[:80])
        )
    console.print(table)


def _recode(
    store: Store,
    round_name: str,
    submission: int,
    question: str | None,
    themes: list[str],
    by: str | None,
) -> None:
    from thbwatch.assess import rounds
    from thbwatch.assess.themes import load_taxonomy
    from thbwatch.store.assessment import AssessmentStore

    if not question or not by:
        raise UserError("re-coding needs --question and --by")
    known = {t.id for t in load_taxonomy()}
    unknown = [name for name in themes if name not in known]
    if unknown:
        raise UserError(f"--theme {unknown[0]!r} is not a theme: {', '.join(sorted(known))}")
    pinned, form = rounds.round_form(store, round_name)
    if question not in {q.name for q in form.answered_questions() if q.type == "text"}:
        raise UserError(f"--question {question!r} is not an open question of the form")
    AssessmentStore(store.engine).set_codes(pinned.id, submission, question, themes, by)
    store.audit("assess_code", target=f"submission:{submission}", question=question, by=by)
    console.print(
        f"Submission {submission}, {question}: {', '.join(themes) or 'no theme'} "
        f"(coded by {escape(by)})."
    )


@app.command()
def report(
    context: typer.Context,
    round_name: Annotated[str, typer.Argument(metavar="ROUND", help="The round to report.")],
    out: Annotated[Path, typer.Option(help="report.html (self-contained) or report.pdf.")],
    compare: Annotated[str | None, typer.Option(help="An earlier round to compare with.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the questions and answers.")] = "en",
) -> None:
    """Write the round's report: results, change since --compare, and the landscape."""
    from thbwatch.assess import rounds
    from thbwatch.assess.report import write_report

    store = open_store(context)
    data = rounds.report_input(store, round_name, compare, lang)
    with console.status("writing the report"):
        write_report(data, out, datetime.now(UTC))
    store.audit("assess_report", target=f"round:{round_name}", out=str(out), compare=compare)
    store.close()
    console.print(f"Wrote {out} ({out.stat().st_size:,} bytes).")


@app.command()
def demo(
    context: typer.Context,
    out: Annotated[Path, typer.Option(help="Folder for the exports and the reports.")] = Path(
        "assess-demo"
    ),
    seed: Annotated[int, typer.Option(help="Random seed for the synthetic answers.")] = 7,
) -> None:
    """Two synthetic rounds through Kobo-style exports, and their report (HTML and PDF).

    Each round: 40 State Parties, 12 NGOs and 2 tech companies, as in the study."""
    from thbwatch.assess.demo import run_demo

    store = open_store(context)
    written = run_demo(store, out, seed)
    store.close()
    for path in written:
        console.print(f"Wrote {path}")
