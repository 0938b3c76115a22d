"""Calibration: fit indicator weights on labelled records. The fitting is pure.

A user labels records they know (a closed case, a reviewed sample) in a CSV of ref and
label. Each record's features are the indicators the analysis found in it (present or
not, as the score counts them); a regularised logistic regression gives each indicator a
weight and the bias. Everything is measured out of sample:
- the strength of regularisation (C) and whether to balance the classes are chosen by
  cross-validated log loss (a ranking measure such as PR-AUC cannot choose: scaling all
  weights changes no ranking, so it would tie), inside each outer fold (nested), so the
  reported PR-AUC is of out-of-fold predictions, beside the base rate and beside the
  PR-AUC of the packs' default weights on the same records;
- each weight comes with a 95% bootstrap interval (refits on resampled records).
Indicators seen in fewer than MIN_RECORDS labelled records are not fitted: they keep
their packs' weights. scikit-learn is imported only here, so ingest stays light.
"""

from __future__ import annotations

import csv
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thbwatch.errors import UserError

MIN_RECORDS = 5  # an indicator must show in this many labelled records to be fitted
FOLDS = 5
BOOTSTRAP = 200
C_GRID = (0.001, 0.01, 0.1, 1.0, 10.0, 100.0)
TRUE = frozenset({"1", "true", "yes", "y", "positive", "pos"})
FALSE = frozenset({"0", "false", "no", "n", "negative", "neg"})


@dataclass(frozen=True, slots=True)
class Label:
    ref: str
    positive: bool
    line: int


def read_labels(path: Path, ref_column: str = "ref", label_column: str = "label") -> list[Label]:
    """Labels from a CSV with a header; a bad row is refused with its file and line."""
    csv.field_size_limit(sys.maxsize)  # data files such as EMSCAD have very long cells
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _labels(csv.reader(handle), path, ref_column, label_column)
    except OSError as error:
        raise UserError(f"{path}: cannot read the labels ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text; save the labels as UTF-8 CSV") from None
    except csv.Error as error:
        raise UserError(f"{path}: not a readable CSV ({error})") from None


def _labels(reader: Any, path: Path, ref_column: str, label_column: str) -> list[Label]:
    header = next(reader, None)
    if not header:
        raise UserError(f"{path}:1: empty file; expected a header with {ref_column},{label_column}")
    for column in (ref_column, label_column):
        if column not in header:
            raise UserError(
                f"{path}:1: no column {column!r} (columns: {', '.join(header)}); "
                "choose them with --ref-column and --label-column"
            )
    ref_at, label_at = header.index(ref_column), header.index(label_column)
    labels: dict[str, Label] = {}
    line = reader.line_num
    for row in reader:
        start, line = line + 1, reader.line_num  # a row may span several lines
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(ref_at, label_at):
            raise UserError(f"{path}:{start}: the row has {len(row)} fields, too few")
        ref, value = row[ref_at].strip(), row[label_at].strip().lower()
        if not ref:
            raise UserError(f"{path}:{start}: the {ref_column!r} field is empty")
        if value not in TRUE | FALSE:
            raise UserError(
                f"{path}:{start}: label {row[label_at]!r} is not one of 1/0, true/false, "
                "yes/no, positive/negative"
            )
        label = Label(ref, value in TRUE, start)
        earlier = labels.setdefault(ref, label)
        if earlier.positive != label.positive:
            raise UserError(
                f"{path}:{start}: ref {ref!r} was labelled otherwise on line {earlier.line}"
            )
    if not labels:
        raise UserError(f"{path}: no labelled rows")
    return list(labels.values())


@dataclass(frozen=True, slots=True)
class FittedWeight:
    indicator: str
    records: int  # labelled records that show it
    positives: int  # of which positive
    default: float
    weight: float
    low: float  # 95% bootstrap interval
    high: float


@dataclass(frozen=True, slots=True)
class Calibration:
    records: int
    positives: int
    base_rate: float
    default_pr_auc: float  # the packs' default weights, on the same records
    cv_pr_auc: float  # calibrated, out-of-fold (nested cross-validation)
    folds: int
    regularisation_c: float
    balanced: bool
    bias: float
    weights: list[FittedWeight]  # strongest first
    not_fitted: list[str]  # indicators too rare in the labels: they keep the packs' weights

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "positives": self.positives,
            "base_rate": self.base_rate,
            "default_pr_auc": self.default_pr_auc,
            "cv_pr_auc": self.cv_pr_auc,
            "folds": self.folds,
            "regularisation_c": self.regularisation_c,
            "balanced_classes": self.balanced,
            "bias": self.bias,
            "weights": [
                {
                    "indicator": w.indicator,
                    "records": w.records,
                    "positives": w.positives,
                    "default": w.default,
                    "weight": w.weight,
                    "interval_95": [w.low, w.high],
                }
                for w in self.weights
            ],
            "not_fitted": self.not_fitted,
        }


def fit(
    features: list[set[str]], labels: list[bool], defaults: dict[str, float], seed: int = 0
) -> Calibration:
    """Weights for the indicators in `features` (one set per labelled record)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_predict

    y = np.array(labels, dtype=int)
    positives = int(y.sum())
    folds = min(FOLDS, positives, len(y) - positives)
    if folds < 2:
        raise UserError(
            f"calibration needs at least 2 positive and 2 negative labelled records "
            f"that are in the store; found {positives} and {len(y) - positives}"
        )
    counts: dict[str, int] = {}
    for found in features:
        for indicator in found:
            counts[indicator] = counts.get(indicator, 0) + 1
    columns = sorted(i for i, n in counts.items() if n >= MIN_RECORDS and n < len(y))
    if not columns:
        raise UserError(
            f"no indicator shows in {MIN_RECORDS} or more of the {len(y)} labelled records "
            "(and not in all of them): nothing to fit"
        )
    x = np.array([[name in found for name in columns] for found in features], dtype=float)
    default_scores = [sum(defaults.get(name, 0.0) for name in found) for found in features]

    def search(inner_seed: int) -> GridSearchCV:
        return GridSearchCV(
            LogisticRegression(max_iter=1000),
            {"C": list(C_GRID), "class_weight": [None, "balanced"]},
            scoring="neg_log_loss",
            cv=StratifiedKFold(folds, shuffle=True, random_state=inner_seed),
        )

    outer = StratifiedKFold(folds, shuffle=True, random_state=seed)
    out_of_fold = cross_val_predict(search(seed + 1), x, y, cv=outer, method="predict_proba")
    best = search(seed + 1).fit(x, y)
    model = best.best_estimator_
    balanced = best.best_params_["class_weight"] == "balanced"
    base_rate = positives / len(y)
    bias = float(model.intercept_[0])
    if balanced:  # balanced classes fit a 50% prior: move the bias back to the base rate
        bias += math.log(base_rate / (1 - base_rate))
    low, high = _bootstrap(x, y, best.best_params_, seed)
    weights = [
        FittedWeight(
            indicator=name,
            records=counts[name],
            positives=sum(
                positive and name in found for found, positive in zip(features, labels, strict=True)
            ),
            default=defaults.get(name, 0.0),
            weight=float(model.coef_[0][column]),
            low=float(low[column]),
            high=float(high[column]),
        )
        for column, name in enumerate(columns)
    ]
    return Calibration(
        records=len(y),
        positives=positives,
        base_rate=base_rate,
        default_pr_auc=float(average_precision_score(y, default_scores)),
        cv_pr_auc=float(average_precision_score(y, out_of_fold[:, 1])),
        folds=folds,
        regularisation_c=float(best.best_params_["C"]),
        balanced=balanced,
        bias=bias,
        weights=sorted(weights, key=lambda w: -abs(w.weight)),
        not_fitted=sorted(set(counts) - set(columns)),
    )


def _bootstrap(x: Any, y: Any, params: dict[str, Any], seed: int) -> tuple[Any, Any]:
    """2.5th and 97.5th percentiles of each weight over refits on resampled records."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(seed)
    fitted = []
    for _ in range(BOOTSTRAP):
        sample = rng.integers(0, len(y), len(y))
        if y[sample].min() == y[sample].max():
            continue
        model = LogisticRegression(max_iter=1000, **params).fit(x[sample], y[sample])
        fitted.append(model.coef_[0])
    if not fitted:
        return np.full(x.shape[1], math.nan), np.full(x.shape[1], math.nan)
    return np.percentile(fitted, 2.5, axis=0), np.percentile(fitted, 97.5, axis=0)
