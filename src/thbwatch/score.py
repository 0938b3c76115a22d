"""Record scores: a logistic model over the indicators found, with its reasons. Pure.

score = 1 / (1 + exp(-(bias + sum of the weights of the distinct indicators found)))

The weights are the packs' defaults (evidence-based), or those of a weights file that
`thbwatch calibrate` fitted on labelled records (`analyze --weights FILE`). The bias puts
a record with no indicator at a low prior. The score ranks leads for a person to review:
it is never a finding that a record is trafficking, and every score keeps its reasons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from thbwatch.errors import UserError
from thbwatch.model import IndicatorHit, RecordScore

# Log-odds of a record with no indicator: about 12%, near the share of controlled and
# deceptive ads that research finds among ads carrying no indicator at all.
BIAS = -2.0


@dataclass(frozen=True, slots=True)
class Weights:
    """What a score adds up: per-indicator weights and the bias.

    `by_indicator` overrides the packs' default weights; an indicator it does not name
    keeps its pack's weight. `provenance` says where calibrated weights come from.
    """

    by_indicator: dict[str, float] = field(default_factory=dict)
    bias: float = BIAS
    provenance: dict[str, Any] = field(default_factory=dict)

    def reweigh(self, hits: list[IndicatorHit]) -> list[IndicatorHit]:
        """The hits with this run's weights (a million records' worth: no `replace`)."""
        weights = self.by_indicator
        return [
            hit
            if (weight := weights.get(hit.indicator, hit.weight)) == hit.weight
            else IndicatorHit(hit.indicator, weight, hit.spans)
            for hit in hits
        ]


DEFAULT_WEIGHTS = Weights()


def score_record(hits: list[IndicatorHit], bias: float = BIAS) -> RecordScore:
    reasons = [
        {"indicator": hit.indicator, "weight": hit.weight, "spans": [list(s) for s in hit.spans]}
        for hit in sorted(hits, key=lambda hit: (-abs(hit.weight), hit.indicator))
    ]
    return RecordScore(score=score_from_reasons(reasons, bias), reasons=reasons)


def score_from_reasons(reasons: list[dict[str, Any]], bias: float = BIAS) -> float:
    """The score that these reasons add up to (each indicator counted once)."""
    return 1 / (1 + math.exp(-(bias + sum(reason["weight"] for reason in reasons))))


# -- weights files ------------------------------------------------------------------------

WEIGHTS_HEADER = (
    "# thbwatch weights, fitted by `thbwatch calibrate` on labelled records.\n"
    "# Use with `thbwatch analyze --weights FILE`. Scores are leads for review, not findings.\n"
    "# Indicators not listed keep their packs' default weights.\n"
)


def weights_yaml(weights: Weights) -> str:
    body = {
        "bias": round(weights.bias, 4),
        "weights": {name: round(value, 4) for name, value in weights.by_indicator.items()},
        "provenance": weights.provenance,
    }
    return WEIGHTS_HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True)


def read_weights(path: Path, known: set[str]) -> Weights:
    """A weights file, checked: every weight a number, every indicator one of `known`."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot read the weights file ({error})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise UserError(f"{where}: not valid YAML ({getattr(error, 'problem', error)})") from None

    def fail(node: yaml.Node | None, message: str) -> UserError:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        return UserError(f"{path}{line}: {message}")

    def number(node: yaml.Node, what: str) -> float:
        try:
            value = float(node.value) if isinstance(node, yaml.ScalarNode) else math.nan
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise fail(node, f"{what} must be a number")
        return value

    if not isinstance(root, yaml.MappingNode):
        raise fail(root, "a weights file is a mapping with 'bias' and 'weights'")
    fields = {key.value: value for key, value in root.value}
    if "bias" not in fields or "weights" not in fields:
        raise fail(root, "a weights file needs 'bias' and 'weights' (see `thbwatch calibrate`)")
    listed = fields["weights"]
    if not isinstance(listed, yaml.MappingNode):
        raise fail(listed, "'weights' must map indicator ids to numbers")
    by_indicator = {}
    for key, value in listed.value:
        if key.value not in known:
            raise fail(
                key, f"indicator {key.value!r} is not in the packs (add its pack with --pack)"
            )
        by_indicator[key.value] = number(value, f"the weight of {key.value}")
    provenance_node = fields.get("provenance")
    provenance = yaml.safe_load(yaml.serialize(provenance_node)) if provenance_node else {}
    return Weights(
        by_indicator=by_indicator,
        bias=number(fields["bias"], "'bias'"),
        provenance=provenance if isinstance(provenance, dict) else {},
    )
