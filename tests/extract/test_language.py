"""Language detection: accuracy per language on the demo corpus, speed, properties."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract._support import demo_ads
from thbwatch.extract.language import EUROPEAN_LANGUAGES, detect_language, detect_languages


def test_demo_corpus_accuracy_per_language() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for ad, _truth, text in demo_ads():
        total[ad["language"]] += 1
        right[ad["language"]] += detect_language(text) == ad["language"]
    print("\ndemo language accuracy:", {k: round(right[k] / total[k], 4) for k in sorted(total)})
    assert sum(right.values()) / sum(total.values()) >= 0.99
    for language in total:
        assert right[language] / total[language] >= 0.97, language


def test_titles_alone_are_mostly_right() -> None:
    rows = demo_ads()
    right = sum(detect_language(ad["title"]) == ad["language"] for ad, _, _ in rows)
    print(f"\ntitles only: {right / len(rows):.4f}")
    assert right / len(rows) >= 0.8


def test_short_samples_per_language() -> None:
    samples = {
        "en": "Sweet girl new in town, call me for a relaxing massage",
        "fr": "Bonjour messieurs, je suis nouvelle et très douce",
        "de": "Hallo ihr Lieben, ich bin neu in der Stadt und freue mich auf dich",
        "es": "Hola guapo, soy una chica cariñosa y muy simpática",
        "it": "Ciao amore, sono una ragazza dolce e solare, chiamami",
        "nl": "Hoi heren, ik ben een ondeugende brunette, bel me snel",
        "pl": "Cześć, jestem nowa w mieście, zadzwoń do mnie",
        "ro": "Bună, sunt o fată nouă în oraș, sună-mă acum",
        "pt": "Olá, sou uma menina nova na cidade, liga-me agora",
        "ru": "Привет, я новая девушка в городе, звони мне",
        "uk": "Привіт, я нова дівчина у місті, телефонуй мені",
        "cs": "Ahoj, jsem nová holka ve městě, zavolej mi",
        "hu": "Szia, új lány vagyok a városban, hívj fel",
        "el": "Γεια σου, είμαι καινούργια στην πόλη, πάρε με τηλέφωνο",
        "tr": "Merhaba, şehirde yeni bir kızım, beni ara",
        "sv": "Hej, jag är en ny tjej i stan, ring mig",
    }
    for language, text in samples.items():
        assert detect_language(text) == language, text


def test_no_letters_no_language() -> None:
    assert detect_language("") is None
    assert detect_language("💋💋 +44 7700 900123 24/7") is None


def test_only_european_languages_are_returned() -> None:
    for text in ("你好，我是新来的女孩", "مرحبا انا فتاة جديدة", "こんにちは新しい女の子です"):
        assert detect_language(text) in (*EUROPEAN_LANGUAGES, None)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=600))
def test_properties(text: str) -> None:
    first = detect_language(text)
    assert first is None or first in EUROPEAN_LANGUAGES
    assert detect_language(text) == first


def test_fast_classifier_gives_py3langid_answers() -> None:
    """The batch classifier is a speed-up only: same model, same answers."""
    from thbwatch.extract.language import _classifier, _head, _identifier

    reference = _identifier()
    heads = [_head(text) for _, _, text in demo_ads()]
    heads += ["ÉCRIT EN MAJUSCULES", "a b c", "x", "   ", "", "naïve café 💋 +44 7700 900123"]
    assert _classifier().classify(heads) == [reference.classify(head)[0] for head in heads]


def _visits_by_text(texts: list[str]) -> tuple[list[Counter[int]], list[Counter[int]]]:
    """How often each feature is met in each text: by the batch classifier, by py3langid."""
    from py3langid.langid import visit_counts

    from thbwatch.extract.language import _classifier, _encoded, _identifier

    encoded = [_encoded(text) for text in texts]
    batch: list[Counter[int]] = [Counter() for _ in texts]
    for text, feature, times in zip(
        *(a.tolist() for a in _classifier().visits(encoded)), strict=True
    ):
        batch[text][feature] = times
    model = _identifier()
    one_by_one = [
        visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, data) or Counter()
        for data in encoded
    ]
    return batch, one_by_one


def test_batch_meets_the_features_py3langid_meets() -> None:
    """The state after each byte comes from the last `depth` bytes: as many as the
    deepest n-gram (one byte fewer misses some, in the script samples)."""
    from thbwatch.extract.language import _head

    texts = [_head(text) for _, _, text in demo_ads()]
    texts += ["你好，我是新来的女孩 こんにちは新しい女の子です مرحبا انا فتاة جديدة", "Ωραία ∑ ≠ ∞"]
    batch, one_by_one = _visits_by_text(texts)
    assert batch == one_by_one


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(exclude_categories=()), max_size=80), max_size=6))
def test_no_text_of_a_batch_reaches_into_the_next(texts: list[str]) -> None:
    """Texts share one buffer, split by a byte that resets the automaton (lone surrogates
    included, which py3langid passes through)."""
    batch, one_by_one = _visits_by_text(texts)
    assert batch == one_by_one


def test_detect_languages_answers_each_text_as_alone() -> None:
    texts = ["Hola guapo, soy una chica cariñosa", "💋 24/7", "Hallo, ich bin neu in der Stadt"]
    assert detect_languages(texts) == [detect_language(text) for text in texts]
    assert detect_languages(texts) == ["es", None, "de"]
    assert detect_languages(texts * 200) == ["es", None, "de"] * 200  # in several batches
    assert detect_languages([]) == []


def test_the_model_is_read_from_the_cache_on_disk_and_a_damaged_copy_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thbwatch.extract.language import _Classifier, _identifier, _load_model

    monkeypatch.setenv("THBWATCH_CACHE_DIR", str(tmp_path))
    reference = _identifier()
    heads = ["Masaż relaksacyjny w Krakowie", "Lavoro all'estero, vitto e alloggio", "Hola guapo"]
    first = _Classifier(_load_model())  # builds and stores the arrays
    [stored] = tmp_path.iterdir()
    assert first.classify(heads) == [reference.classify(h)[0] for h in heads]
    stored.write_bytes(b"not an npz file")
    again = _Classifier(_load_model())
    assert again.classify(heads) == [reference.classify(h)[0] for h in heads]
