"""`thbwatch assess demo`: two synthetic rounds through the real import, and their report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from thbwatch.assess import rounds, synthetic
from thbwatch.assess.form import Form
from thbwatch.assess.report import write_report
from thbwatch.errors import UserError
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore

FIRST, SECOND = "demo-2022", "demo-2025"


def later_scenario() -> synthetic.Scenario:
    """Three years on: volume of data overtakes encryption, private-sector help becomes
    the main prosecution problem, live-streaming and gig platforms are seen more."""
    scenario = synthetic.Scenario(
        investigation=["data_volume", "encryption", "tech_change", "legislation", "equipment"],
        prosecution=["private_sector", "foreign_evidence", "training", "legislation"],
    )
    scenario.importance |= {"very_important": 0.65, "important": 0.25, "somewhat_important": 0.05}
    scenario.technology |= {"live_streaming": 0.6, "gig_platforms": 0.5, "cryptocurrencies": 0.2}
    scenario.cooperation = {"protocol": 0.45, "ad_hoc": 0.45, "none": 0.05, "dont_know": 0.05}
    return scenario


def write_exports(form: Form, out: Path, seed: int) -> tuple[Path, Path]:
    """The first round as Kobo's CSV, the second as Kobo's XLSX with 0/1 choice columns."""
    first = synthetic.kobo_rows(
        form, synthetic.synthetic_answers(form, synthetic.Scenario(), seed), seed
    )
    second = synthetic.kobo_rows(
        form, synthetic.synthetic_answers(form, later_scenario(), seed + 1), seed + 1
    )
    csv_path, xlsx_path = out / f"{FIRST}.csv", out / f"{SECOND}.xlsx"
    synthetic.write_csv(first, csv_path)
    synthetic.write_xlsx(form, second, xlsx_path)
    return csv_path, xlsx_path


def run_demo(store: Store, out: Path, seed: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    known = {entry["name"] for entry in AssessmentStore(store.engine).rounds()}
    for name in (FIRST, SECOND):
        if name not in known:
            rounds.create_round(store, name, None)
    _, form = rounds.round_form(store, FIRST)
    exports = write_exports(form, out, seed)
    for name, path in zip((FIRST, SECOND), exports, strict=True):
        imported = rounds.import_export(store, name, path)
        if imported.reasons:  # our own exports: a failure here is a bug, said plainly
            raise UserError(f"{path}: {imported.reasons[0]}")
    data = rounds.report_input(store, SECOND, compare=FIRST)
    written = list(exports)
    for suffix in ("html", "pdf"):
        path = out / f"report.{suffix}"
        write_report(data, path, datetime.now(UTC))
        written.append(path)
    return written
