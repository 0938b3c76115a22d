"""The language of an ad (ISO 639-1), offline, restricted to the languages of Europe.

Detector: py3langid (a fork of langid.py: naive Bayes over byte n-grams, model shipped in
the wheel). Measured on 3,000 demo ads against lingua-language-detector 2.1, both limited
to the languages below: py3langid on the first 200 characters was right on 100% of the
ads at ~70 us an ad; lingua was right on 99.7% (low-accuracy mode) and 99.8% (high) at
~570-700 us an ad, too slow for the stage's 5,000 ads a second a core. lingua's high mode
is better on titles alone (90% against 86%), which does not matter once a body is there.

Texts are cut to their first 200 characters at a word boundary: the title and first lines
settle the language (150 characters already gave 99.97%), and the cost grows with length.

Speed: py3langid walks its byte automaton in a Python loop and scores with a float16
matrix that numpy multiplies without BLAS (about 75 us an ad). `_Classifier` reads the
same model and gives the same answers (tests/extract/test_language.py compares them on
the demo corpus) in about a third of the time: the automaton's walk over each word is
remembered (a word read from the same state always gives the same features and ends in
the same state, and words repeat), and the matrix is converted once to float32.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from array import array
from collections import Counter
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import numpy as np

from thbwatch.cache import cached_bytes

__all__ = ["EUROPEAN_LANGUAGES", "MAX_CHARS", "detect_language"]

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
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _load_model() -> Any:
    """The model's arrays, from the cache on disk when it holds them (milliseconds instead
    of a second in every process that detects languages); a damaged file is rebuilt."""
    key = f"py3langid {version('py3langid')} numpy {np.__version__} {EUROPEAN_LANGUAGES}"
    try:
        return np.load(io.BytesIO(cached_bytes("language", key.encode(), _model_arrays)))
    except (OSError, ValueError, zipfile.BadZipFile):
        return np.load(io.BytesIO(_model_arrays()))


_WORD_CACHE_LIMIT = 200_000  # (state, word) walks kept; about 60 MB at the limit


class _Classifier:
    """py3langid's naive Bayes over byte n-grams, with the same model and answers, faster."""

    def __init__(self, model: Any) -> None:
        nextmove = model["nextmove"]
        # Read byte by byte in Python: an array.array and lists index fastest.
        self._nextmove = array(nextmove.dtype.char, nextmove.tobytes())
        self._rowbase: list[int] = model["rowbase"].tolist()  # automaton rows, pre-shifted
        self._output: list[int] = model["output"].tolist()
        self._table = model["table"]
        self._prior = model["prior"]
        self._labels: list[str] = model["labels"].tolist()
        self._log1p = np.log1p(np.arange(4096, dtype=np.float32))
        self._walks: dict[tuple[int, bytes], tuple[tuple[int, ...], int]] = {}

    def _walk(self, state: int, data: bytes) -> tuple[tuple[int, ...], int]:
        """The features met reading `data` from `state`, and the state it ends in."""
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        found = []
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        return tuple(found), state

    def _features(self, data: bytes) -> list[int]:
        walks = self._walks
        if len(walks) > _WORD_CACHE_LIMIT:
            walks.clear()
        found: list[int] = []
        state = 0
        *words, last = data.split(b" ")
        for word in words:  # each read with the space that follows it
            key = (state, word)
            walk = walks.get(key)
            if walk is None:
                walk = walks[key] = self._walk(state, word + b" ")
            found.extend(walk[0])
            state = walk[1]
        found.extend(self._walk(state, last)[0])
        return found

    def classify(self, text: str) -> str:
        """The most likely language of `text` (py3langid's `classify`, label only)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        counts = Counter(self._features(data))
        if not counts:
            return self._labels[0]  # as py3langid: no feature, no evidence, first label
        features = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        times = np.fromiter(counts.values(), dtype=np.intp, count=len(counts))
        weights = self._log1p[np.minimum(times, len(self._log1p) - 1)]
        scores = weights @ self._table[features] + self._prior
        return self._labels[int(scores.argmax())]


@lru_cache(maxsize=1)
def _classifier() -> _Classifier:
    return _Classifier(_load_model())


def _head(text: str) -> str:
    """The first MAX_CHARS characters, cut at a space so no word is halved."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters."""
    head = _head(text)
    if not _has_letters(head):
        return None
    return _classifier().classify(head)


def _has_letters(head: str) -> bool:
    """Whether `head` has _MIN_LETTERS letters in words of two or more; stops once it has
    (the first word or two, where a scan of all 200 characters cost 6 us)."""
    letters = 0
    for word in _LETTERS.finditer(head):
        letters += word.end() - word.start()
        if letters >= _MIN_LETTERS:
            return True
    return False
