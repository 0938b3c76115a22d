"""Calibration: labels read with their lines, weights fitted out of sample, and a weights
file that `analyze --weights` applies to every stored score."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
import yaml

from tests._cli import thbwatch
from thbwatch.calibrate import fit, read_labels
from thbwatch.errors import UserError
from thbwatch.store import Store


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_labels_are_read_with_any_columns_and_multi_line_cells(tmp_path: Path) -> None:
    path = write(tmp_path, 'id,body,fraudulent\nA1,"two\nlines",1\nA2,x,0\nA1,again,true\n')
    labels = read_labels(path, ref_column="id", label_column="fraudulent")
    assert [(label.ref, label.positive, label.line) for label in labels] == [
        ("A1", True, 2),
        ("A2", False, 4),
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ('ref,note,label\nA,x,1\nB,"two\nlines",0\nC,y,maybe\n', "labels.csv:5: label 'maybe' is"),
        ("ref,verdict\nA,1\n", "labels.csv:1: no column 'label' (columns: ref, verdict)"),
        ("ref,label\nA,1\nA,0\n", "labels.csv:3: ref 'A' was labelled otherwise on line 2"),
        ("ref,label\n,1\n", "labels.csv:2: the 'ref' field is empty"),
        ("", "labels.csv:1: empty file"),
    ],
)
def test_a_bad_labels_file_names_file_line_and_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(UserError) as error:
        read_labels(write(tmp_path, text))
    assert message in str(error.value)


def synthetic(records: int, seed: int) -> tuple[list[set[str]], list[bool]]:
    """Positives carry "fee" often and "abroad" as often as negatives; "noise" is random."""
    rng = random.Random(seed)
    features, labels = [], []
    for index in range(records):
        positive = index % 3 == 0
        found = set()
        if rng.random() < (0.7 if positive else 0.1):
            found.add("fee")
        if rng.random() < 0.4:
            found.add("abroad")
        if rng.random() < 0.5:
            found.add("noise")
        if index < 3:
            found.add("rare")
        features.append(found)
        labels.append(positive)
    return features, labels


def test_fit_finds_the_indicator_that_separates_and_measures_out_of_sample() -> None:
    features, labels = synthetic(300, seed=1)
    result = fit(features, labels, defaults={"fee": 0.1, "abroad": 1.0, "noise": 0.0})
    weights = {w.indicator: w for w in result.weights}
    assert result.weights[0].indicator == "fee"  # strongest first
    assert weights["fee"].low > 0.5  # its whole interval is well above zero
    assert weights["abroad"].low < 0 < weights["abroad"].high  # no signal: the interval says so
    assert result.not_fitted == ["rare"]  # too rare to fit: keeps the pack's weight
    assert result.base_rate == pytest.approx(100 / 300)
    assert result.cv_pr_auc > result.base_rate + 0.2
    assert result.cv_pr_auc > result.default_pr_auc  # the defaults here favour "abroad"


def test_fit_refuses_labels_that_cannot_be_cross_validated() -> None:
    with pytest.raises(UserError, match="at least 2 positive and 2 negative"):
        fit([{"fee"}, set(), set()], [True, False, False], defaults={})


def test_calibrate_writes_weights_that_analyze_applies(store_url: str, tmp_path: Path) -> None:
    rng = random.Random(3)
    ads, labels = tmp_path / "jobs.csv", tmp_path / "labels.csv"
    with ads.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "description", "deceptive"])
        for index in range(60):
            deceptive = index % 2 == 0
            parts = ["Warehouse work in Leeds."]
            if rng.random() < (0.8 if deceptive else 0.1):
                parts.append("Registration fee 200 EUR before departure.")
            if rng.random() < 0.5:
                parts.append("Urgent, start tomorrow.")
            writer.writerow([f"J{index}", "Job", " ".join(parts), int(deceptive)])
    assert thbwatch("ingest", str(ads), "--kind", "job_ad", db=store_url).returncode == 0
    assert thbwatch("analyze", db=store_url).returncode == 0
    labels.write_text("ref,label\nJ0,1\nJ1,0\nNOPE,1\n", encoding="utf-8")
    few = thbwatch("calibrate", str(labels), "--out", str(tmp_path / "w.yaml"), db=store_url)
    assert few.returncode == 2 and "at least 2 positive" in few.stderr

    out = tmp_path / "weights.yaml"
    done = thbwatch(
        "calibrate", str(ads), "--ref-column", "id", "--label-column", "deceptive",
        "--out", str(out), "--json", db=store_url,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["records"], result["positives"], result["refs_not_in_store"]) == (60, 30, [])
    fitted = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert fitted["provenance"]["labelled_records"] == 60
    assert len(fitted["provenance"]["labels_sha256"]) == 64
    assert fitted["weights"]["fee_to_worker"] > 0.5

    applied = thbwatch("analyze", "--weights", str(out), db=store_url)
    assert applied.returncode == 0, applied.stderr
    assert "Rescored 60 records" in applied.stdout
    store = Store.open(store_url)
    [(record, score)] = [lead for lead in store.top_leads(limit=60) if lead[0].ref == "J0"]
    store.close()
    by_indicator = {reason["indicator"]: reason["weight"] for reason in score.reasons}
    for indicator, weight in by_indicator.items():
        assert weight == pytest.approx(fitted["weights"].get(indicator, weight), abs=1e-4)
    assert "fee_to_worker" in by_indicator
