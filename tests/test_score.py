"""Record scores and weights files: the score adds up the weights its reasons show."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from thbwatch.errors import UserError
from thbwatch.model import IndicatorHit
from thbwatch.score import (
    BIAS,
    Weights,
    read_weights,
    score_from_reasons,
    score_record,
    weights_yaml,
)

FEE = IndicatorHit("fee_to_worker", 0.8, ((0, 16),))
NEW = IndicatorHit("movement_new_in_town", -1.0, ((20, 31), (40, 51)))


def test_the_score_is_the_logistic_of_bias_and_weights_with_reasons_strongest_first() -> None:
    scored = score_record([FEE, NEW])
    assert scored.score == pytest.approx(1 / (1 + math.exp(-(BIAS + 0.8 - 1.0))))
    assert [r["indicator"] for r in scored.reasons] == ["movement_new_in_town", "fee_to_worker"]
    assert scored.reasons[0]["spans"] == [[20, 31], [40, 51]]
    assert score_from_reasons(scored.reasons) == scored.score
    assert score_record([]).score == pytest.approx(1 / (1 + math.exp(-BIAS)))
    assert score_record([FEE], bias=0.0).score == pytest.approx(1 / (1 + math.exp(-0.8)))


def test_weights_replace_only_the_indicators_they_name() -> None:
    weights = Weights({"fee_to_worker": 2.5}, bias=-1.0)
    reweighed = weights.reweigh([FEE, NEW])
    assert [(h.indicator, h.weight, h.spans) for h in reweighed] == [
        ("fee_to_worker", 2.5, FEE.spans),
        ("movement_new_in_town", -1.0, NEW.spans),
    ]


def test_a_weights_file_round_trips(tmp_path: Path) -> None:
    weights = Weights({"fee_to_worker": 1.2345, "urgency": -0.5}, -0.75, {"labelled_records": 40})
    path = tmp_path / "weights.yaml"
    path.write_text(weights_yaml(weights), encoding="utf-8")
    assert "lead" in path.read_text(encoding="utf-8")  # the file says what scores are
    assert read_weights(path, known={"fee_to_worker", "urgency"}) == weights


@pytest.mark.parametrize(
    "text, message",
    [
        ("bias: -1\nweights:\n  fee_to_worker: heavy\n", "w.yaml:3: the weight of fee_to_worker"),
        (
            "bias: -1\nweights:\n  no_such: 1.0\n",
            "w.yaml:3: indicator 'no_such' is not in the packs",
        ),
        ("bias: x\nweights: {}\n", "w.yaml:1: 'bias' must be a number"),
        ("weights: {}\n", "needs 'bias' and 'weights'"),
        ("bias: 1\nweights: [1, 2]\n", "w.yaml:2: 'weights' must map indicator ids"),
        ("bias: [1\n", "not valid YAML"),
    ],
)
def test_a_bad_weights_file_names_file_line_and_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace("'", "'")):
        read_weights(path, known={"fee_to_worker"})
