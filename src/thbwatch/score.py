"""Record scores: a logistic model over the indicators found, with its reasons. Pure.

score = 1 / (1 + exp(-(BIAS + sum of the weights of the distinct indicators found)))

The weights are the packs' defaults (evidence-based, revisable by `calibrate`); BIAS puts
a record with no indicator at a low prior. The score ranks leads for a person to review:
it is never a finding that a record is trafficking, and every score keeps its reasons.
"""

from __future__ import annotations

import math
from typing import Any

from thbwatch.model import IndicatorHit, RecordScore

# Log-odds of a record with no indicator: about 12%, near the share of controlled and
# deceptive ads that research finds among ads carrying no indicator at all.
BIAS = -2.0


def score_record(hits: list[IndicatorHit]) -> RecordScore:
    reasons = [
        {"indicator": hit.indicator, "weight": hit.weight, "spans": [list(s) for s in hit.spans]}
        for hit in sorted(hits, key=lambda hit: -abs(hit.weight))
    ]
    return RecordScore(score=score_from_reasons(reasons), reasons=reasons)


def score_from_reasons(reasons: list[dict[str, Any]]) -> float:
    """The score that these reasons add up to (each indicator counted once)."""
    return 1 / (1 + math.exp(-(BIAS + sum(reason["weight"] for reason in reasons))))
