"""The language of an ad (ISO 639-1), offline, restricted to the languages of Europe.

Detector: py3langid (a fork of langid.py: naive Bayes over byte n-grams, model shipped in
the wheel). Measured on 3,000 demo ads against lingua-language-detector 2.1, both limited
to the languages below: py3langid on the first 200 characters was right on 100% of the
ads at ~70 us an ad; lingua was right on 99.7% (low-accuracy mode) and 99.8% (high) at
~570-700 us an ad, too slow for the stage's 5,000 ads a second a core. lingua's high mode
is better on titles alone (90% against 86%), which does not matter once a body is there.

Texts are cut to their first 200 characters at a word boundary: the title and first lines
settle the language (150 characters already gave 99.97%), and the cost grows with length.

Speed: py3langid walks its byte automaton in a Python loop, byte after byte (about 75 us
an ad). `_Classifier` reads the same model and gives the same answers
(tests/extract/test_language.py compares them) for a whole batch of texts in a few numpy
steps (28 us a dense 1 KB demo ad within the whole stage on 2026-11-30, against 33 when
the features' rows were gathered into one array before they were summed). The automaton is
Aho-Corasick's: after each byte it stands at the longest suffix of what was read that is a
node of its trie of n-grams, and no node is deeper than `depth` bytes (6 in py3langid
0.4). So the state after a byte is the state reached from the start over the last `depth`
bytes alone, and the states after all bytes of all texts take `depth` vectorised steps. A
byte that UTF-8 never uses (0xFF) sends every state back to the start, so it separates the
texts in one buffer.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from thbwatch.cache import cached_bytes

__all__ = ["EUROPEAN_LANGUAGES", "MAX_CHARS", "detect_language", "detect_languages"]

# Languages of the Council of Europe area (official or large minority languages).
EUROPEAN_LANGUAGES: tuple[str, ...] = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "nl",
    "pl",
    "ro",
    "pt",
    "uk",
    "ru",
    "cs",
    "sk",
    "hu",
    "bg",
    "el",
    "sv",
    "da",
    "fi",
    "no",
    "hr",
    "sl",
    "lt",
    "lv",
    "et",
    "sq",
    "sr",
    "tr",
    "bs",
    "mk",
    "ga",
    "mt",
    "is",
    "ca",
    "eu",
    "gl",
    "lb",
    "hy",
    "ka",
    "az",
    "be",
    "cy",
)
MAX_CHARS = 200
# A text needs some letters to have a language; emoji, digits and links do not count.
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_MIN_LETTERS = 3
SEPARATOR = 0xFF  # never in UTF-8; the model sends every state back to the start on it
_BATCH = 500  # texts classified at once (a feature row of 43 floats per n-gram met)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model restricted to the European languages (about 1 s to load)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    known = set(identifier.labels)
    identifier.set_languages([code for code in EUROPEAN_LANGUAGES if code in known])
    return identifier


def _model_arrays() -> bytes:
    """What the classifier reads of the model, as one .npz file for the cache on disk."""
    identifier = _identifier()
    nextmove = identifier.tk_nextmove
    arrays = {
        "nextmove": np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)),
        "rowbase": np.asarray(identifier._rowbase, dtype=np.int64),  # pre-shifted offsets
        "output": np.asarray(identifier.tk_output, dtype=np.int64),
        "table": np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32),
        "prior": np.asarray(identifier.nb_pc, dtype=np.float32),
        "labels": np.asarray(identifier.nb_classes),
    }
    arrays["depth"] = np.asarray(_deepest(arrays["nextmove"], arrays["rowbase"]))
    if not (arrays["nextmove"][arrays["rowbase"] + SEPARATOR] == 0).all():
        raise RuntimeError("py3langid's model reads byte 0xFF: texts cannot be separated")
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _deepest(nextmove: np.ndarray, rowbase: np.ndarray) -> int:
    """The most bytes it takes to reach any state from the start (breadth first): the
    depth of the automaton's trie, since every path to a node ends with the node's n-gram."""
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, depth = np.zeros(1, dtype=np.int64), 0
    while True:
        reached = np.unique(nextmove[(rowbase[frontier, None] + np.arange(256)).ravel()])
        frontier = reached[~seen[reached]].astype(np.int64)
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1


def _load_model() -> Any:
    """The model's arrays, from the cache on disk when it holds them (milliseconds instead
    of a second in every process that detects languages); a damaged file is rebuilt."""
    key = f"py3langid {version('py3langid')} numpy {np.__version__} {EUROPEAN_LANGUAGES} 2"
    try:
        return np.load(io.BytesIO(cached_bytes("language", key.encode(), _model_arrays)))
    except (OSError, ValueError, zipfile.BadZipFile):
        return np.load(io.BytesIO(_model_arrays()))


class _Classifier:
    """py3langid's naive Bayes over byte n-grams, with the same model and answers, for a
    batch of texts at once (see the module's docstring)."""

    def __init__(self, model: Any) -> None:
        self._nextmove = model["nextmove"]
        self._rowbase = model["rowbase"]
        self._output = model["output"]
        self._depth = int(model["depth"])
        self._table = model["table"]
        self._prior = model["prior"]
        self._labels: list[str] = model["labels"].tolist()

    def classify(self, texts: list[str]) -> list[str]:
        """The most likely language of each text (py3langid's `classify`, label only)."""
        text, feature, times = self.visits([_encoded(text) for text in texts])
        # Each text's score: its features' rows weighted by log(1 + times), summed; as a
        # sparse matrix (a row per text) times the table, which reads each row in place
        # instead of gathering them into a large array first.
        met = np.bincount(text, minlength=len(texts))
        starts = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(met, out=starts[1:])
        weights = csr_matrix(
            (np.log1p(times.astype(np.float32)), feature, starts),
            shape=(len(texts), len(self._table)),
        )
        best = (weights @ self._table + self._prior).argmax(axis=1)
        # As py3langid: no feature, no evidence, the first label.
        return [
            self._labels[label if count else 0]
            for label, count in zip(best.tolist(), met.tolist(), strict=True)
        ]

    def visits(self, encoded: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(text, feature, times): how often each feature is met reading each text (its
        index in `encoded`), by text, as py3langid's `visit_counts` counts them."""
        # The texts one after the other, each after a separator; `depth - 1` more in front
        # so that every byte has `depth` bytes before it.
        separator = bytes([SEPARATOR])
        joined = separator * (self._depth - 1) + separator.join([b"", *encoded])
        buffer = np.frombuffer(joined, dtype=np.uint8)
        windows = len(buffer) - self._depth + 1
        states = np.zeros(windows, dtype=np.int64)
        for step in range(self._depth):  # states[i]: the state after byte i + depth - 1
            states = self._nextmove[self._rowbase[states] + buffer[step : step + windows]]
        features = self._output[states]
        found = np.flatnonzero(features >= 0)  # never at a separator: it leads to the start
        ends = np.cumsum([len(data) + 1 for data in encoded])  # in window positions
        text = np.searchsorted(ends, found, side="right")
        pairs, times = np.unique(text * len(self._table) + features[found], return_counts=True)
        return pairs // len(self._table), pairs % len(self._table), times


def _encoded(text: str) -> bytes:
    """The bytes py3langid reads of a text."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


@lru_cache(maxsize=1)
def _classifier() -> _Classifier:
    return _Classifier(_load_model())


def _head(text: str) -> str:
    """The first MAX_CHARS characters, cut at a space so no word is halved."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def detect_languages(texts: list[str]) -> list[str | None]:
    """ISO 639-1 code of each text's language, or None where it has too few letters;
    many texts at once cost much less per text than one by one."""
    heads = [_head(text) for text in texts]
    worded = [index for index, head in enumerate(heads) if _has_letters(head)]
    found: list[str | None] = [None] * len(texts)
    for start in range(0, len(worded), _BATCH):  # each batch's arrays stay a few MB
        part = worded[start : start + _BATCH]
        languages = _classifier().classify([heads[index] for index in part])
        for index, language in zip(part, languages, strict=True):
            found[index] = language
    return found


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters."""
    return detect_languages([text])[0]


def _has_letters(head: str) -> bool:
    """Whether `head` has _MIN_LETTERS letters in words of two or more; stops once it has
    (the first word or two, where a scan of all 200 characters cost 6 us)."""
    letters = 0
    for word in _LETTERS.finditer(head):
        letters += word.end() - word.start()
        if letters >= _MIN_LETTERS:
            return True
    return False
