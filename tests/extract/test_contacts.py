"""E-mail, link and handle extraction: labelled cases, the demo corpus, properties, speed.

Figures are printed (run with -s to see them): precision and recall per type on the
labelled cases and on the demo corpus, the decoy false-positive rate, microseconds per KB.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import idna
import orjson
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.extract._support import decoys_hit_by_unexpected
from thbwatch.demo.corpus import iter_corpus
from thbwatch.extract import contacts
from thbwatch.extract.contacts import (
    extract_emails,
    extract_handles,
    extract_urls,
    normalise_email,
    normalise_handle,
    normalise_url,
)
from thbwatch.model import Hints, Mention

CASES_FILE = Path(__file__).parent / "cases" / "contacts.jsonl"
CASES: list[dict[str, Any]] = [orjson.loads(line) for line in CASES_FILE.read_bytes().splitlines()]
TYPES = ("email", "url", "handle")
LANGUAGES = {"en", "fr", "de", "es", "it", "nl", "pl", "ro", "uk", "ru"}
LANGUAGES |= {"pt", "cs", "sk", "hu", "bg", "el", "sr", "tr"}  # words for "@", cue gaps


def phones_in(text: str, phones: list[dict[str, Any]]) -> list[Mention]:
    """Phone mentions as the phone extractor would give them, found by their raw text:
    every place it occurs (the corpus lists a number written twice the same way once)."""
    found: dict[tuple[int, int], Mention] = {}
    for phone in phones:
        obfuscated = bool(phone.get("obfuscated", False))
        start = text.find(phone["raw"])
        assert start >= 0, phone
        while start >= 0:
            end = start + len(phone["raw"])
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = Mention(
                    "phone", phone["value"], phone["raw"], start, end, obfuscated
                )
            start = text.find(phone["raw"], end)
    return sorted(found.values(), key=lambda m: m.start)


def extract_all(text: str, hints: Hints, phones: list[Mention]) -> list[Mention]:
    return [
        *extract_emails(text, hints),
        *extract_urls(text, hints),
        *extract_handles(text, hints, phones),
    ]


def run_case(case: dict[str, Any]) -> list[Mention]:
    hints = Hints(case["language"], case.get("country"))
    return extract_all(case["text"], hints, phones_in(case["text"], case.get("phones", [])))


def key(item: Mention | dict[str, Any]) -> tuple[str, str, str, bool]:
    if isinstance(item, Mention):
        return item.type, item.value, item.raw, item.obfuscated
    return item["type"], item["value"], item["raw"], item["obfuscated"]


def decoy_hits(case: dict[str, Any], got: list[Mention]) -> list[str]:
    """Decoys that an unexpected mention overlaps."""
    return decoys_hit_by_unexpected(case, got, key)


# --------------------------------------------------------------------------- cases


def test_case_file_covers_the_languages() -> None:
    assert {case["language"] for case in CASES} == LANGUAGES
    types = Counter(item["type"] for case in CASES for item in case["expected"])
    assert all(types[t] >= 40 for t in TYPES), types
    assert sum(len(case["decoys"]) for case in CASES) >= 60


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{i}-{c['language']}-{c['note'][:40]}" for i, c in enumerate(CASES)]
)
def test_case(case: dict[str, Any]) -> None:
    got = run_case(case)
    for mention in got:
        assert case["text"][mention.start : mention.end] == mention.raw
    assert Counter(map(key, got)) == Counter(map(key, case["expected"]))
    assert decoy_hits(case, got) == []


def test_precision_recall_on_cases() -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    decoys = hits = 0
    for case in CASES:
        got = run_case(case)
        predicted = Counter(map(key, got))
        expected = Counter(map(key, case["expected"]))
        for item in predicted | expected:
            matched = min(predicted[item], expected[item])
            tp[item[0]] += matched
            fp[item[0]] += predicted[item] - matched
            fn[item[0]] += expected[item] - matched
        decoys += len(case["decoys"])
        hits += len(decoy_hits(case, got))
    print(f"\ncontacts cases: {len(CASES)} texts, {decoys} decoys, {hits} decoy hits")
    for kind in TYPES:
        precision = tp[kind] / max(1, tp[kind] + fp[kind])
        recall = tp[kind] / max(1, tp[kind] + fn[kind])
        print(
            f"  {kind:7s} tp={tp[kind]:4d} fp={fp[kind]:3d} fn={fn[kind]:3d} "
            f"precision={precision:.3f} recall={recall:.3f}"
        )
        assert precision >= 0.98, kind
        assert recall >= 0.95, kind
    assert hits / decoys < 0.01


# --------------------------------------------------------------------------- demo corpus

DEMO_RECORDS = 3000
DEMO_SEED = 11


def demo_ads() -> list[tuple[str, Hints, list[Mention], dict[str, Any]]]:
    ads = []
    for ad, truth in iter_corpus(DEMO_RECORDS, DEMO_SEED):
        text = ad["title"] + "\n\n" + (ad.get("text") or ad.get("description"))
        phones = [
            {"raw": e["raw"], "value": e["value"], "obfuscated": e["obfuscated"]}
            for e in truth["entities"]
            if e["type"] == "phone"
        ]
        ads.append(
            (text, Hints(truth["language"], truth["country"]), phones_in(text, phones), truth)
        )
    return ads


@pytest.fixture(scope="module")
def demo() -> list[tuple[str, Hints, list[Mention], dict[str, Any]]]:
    return demo_ads()


def same_writing(mention: Mention, entity: dict[str, Any]) -> bool:
    """Whether a mention and a truth entity of the same value agree on raw and obfuscated.
    A handle read from a messenger cue and a number ("WhatsApp 0612...", "0612... (ook
    WhatsApp") spans both; the corpus's raw for it is the number as written."""
    if mention.obfuscated != entity["obfuscated"]:
        return False
    if mention.type == "handle" and mention.details.get("source") == "phone":
        return mention.raw.startswith(entity["raw"]) or mention.raw.endswith(entity["raw"])
    return mention.raw == entity["raw"]


def test_demo_corpus(demo: list[tuple[str, Hints, list[Mention], dict[str, Any]]]) -> None:
    """The corpus labels messenger links as urls and handles, and a number right after a
    messenger cue ("WhatsApp 0612...", "WhatsApp/Viber: ...") as a handle too."""
    # Distinct values per ad: the corpus lists an entity once when an ad repeats a line.
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    raw_agrees: Counter[str] = Counter()
    for text, hints, phones, truth in demo:
        got = extract_all(text, hints, phones)
        for mention in got:
            assert text[mention.start : mention.end] == mention.raw
        expected: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for e in truth["entities"]:
            if e["type"] in TYPES:
                expected.setdefault((e["type"], e["value"]), []).append(e)
        predicted = {(m.type, m.value) for m in got}
        for item in predicted & expected.keys():
            tp[item[0]] += 1
            raw_agrees[item[0]] += any(
                m.type == item[0] and m.value == item[1] and same_writing(m, entity)
                for m in got
                for entity in expected[item]
            )
        for item in predicted - expected.keys():
            fp[item[0]] += 1
        for item in expected.keys() - predicted:
            fn[item[0]] += 1
    print(f"\ndemo corpus: {len(demo)} ads (seed {DEMO_SEED}), distinct values per ad")
    for kind in TYPES:
        precision = tp[kind] / max(1, tp[kind] + fp[kind])
        recall = tp[kind] / max(1, tp[kind] + fn[kind])
        print(
            f"  {kind:7s} tp={tp[kind]:4d} fp={fp[kind]:3d} fn={fn[kind]:3d} "
            f"precision={precision:.4f} recall={recall:.4f} same raw+obfuscated={raw_agrees[kind]}"
        )
        assert precision >= 0.98, kind
        assert recall >= 0.95, kind
        assert raw_agrees[kind] == tp[kind], kind


# --------------------------------------------------------------------------- properties

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text biased towards what the extractors look for, mixed with arbitrary Unicode.
PIECES = st.sampled_from(
    [
        " ",
        "@",
        ".",
        "at",
        " at ",
        "[at]",
        "(dot)",
        " dot ",
        "punkt",
        " . ",
        "(.)",
        " kropka ",
        "com",
        " slash ",
        "małpa",
        "www.",
        "https://",
        "t.me/",
        "wa.me/",
        "example",
        ".example",
        ".co.uk",
        "/",
        "?",
        ":",
        "Telegram",
        "WhatsApp",
        "IG",
        "OF",
        "WA",
        "snap",
        "_",
        "-",
        "anna",
        "Ä",
        "İ",
        "ß",
        "💋",
        "\n",
        "0",
        "44",
        "123456789",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


@SETTINGS
@given(TEXTS, st.sampled_from([None, "en", "fr", "pl"]), st.sampled_from([None, "GB", "US"]))
def test_no_crash_and_spans_slice(text: str, language: str | None, country: str | None) -> None:
    hints = Hints(language, country)
    phones = [Mention("phone", "+441134960123", text[:3], 0, len(text[:3]))] if text else []
    for mention in extract_all(text, hints, phones):
        assert mention.raw == text[mention.start : mention.end]
        assert mention.raw
        assert mention.type in TYPES


@SETTINGS
@given(st.text(max_size=300))
def test_no_crash_on_arbitrary_unicode(text: str) -> None:
    for mention in extract_all(text, Hints(), []):
        assert mention.raw == text[mention.start : mention.end]


@SETTINGS
@given(TEXTS)
def test_normalisation_is_idempotent(text: str) -> None:
    hints = Hints("en")
    for mention in extract_emails(text, hints):
        assert normalise_email(mention.value) == mention.value
    for mention in extract_urls(text, hints):
        assert normalise_url(mention.value) == mention.value
        if mention.obfuscated:  # "anna dot com": the raw alone reads as the same url
            assert [m.value for m in extract_urls(mention.raw, hints)] == [mention.value]
        else:
            assert normalise_url(mention.raw) == mention.value
        # The value, read as text, is found again as the same value.
        again = extract_urls(mention.value, hints)
        assert [m.value for m in again] == [mention.value]
    for mention in extract_handles(text, hints, []):
        assert normalise_handle(mention.value) == mention.value


@SETTINGS
@given(st.text(max_size=60))
def test_normalise_url_idempotent_on_anything(url: str) -> None:
    once = normalise_url(url)
    assert normalise_url(once) == once


@SETTINGS
@given(
    st.from_regex(r"[а-яё]{2,12}(?:-[а-яё]{2,8})?", fullmatch=True), st.sampled_from(["рф", "укр"])
)
def test_a_host_in_punycode_gives_the_value_of_its_letters(label: str, tld: str) -> None:
    """A Cyrillic host written in punycode ("xn--...") and in its letters is one site."""
    host = f"{label}.{tld}"
    punycode = idna.encode(host).decode()
    assert normalise_url(f"https://{punycode}/x") == normalise_url(f"https://{host}/x")
    assert normalise_email(f"anna@{punycode}") == f"anna@{host}"


SPELLED_DOTS = [" dot ", " DOT ", "(dot)", "[dot]", "{dot}", " (.) ", "[.]", " . ", " punkt "]
SPELLED_DOTS += [" punto ", " point ", " kropka ", " punct ", " точка ", " tečka "]


@SETTINGS
@given(
    st.from_regex(r"[a-z][a-z0-9-]{2,14}[a-z0-9]", fullmatch=True),
    st.sampled_from(SPELLED_DOTS),
    st.sampled_from(["com", "net", "org", "eu", "de", "co.uk", "pl", "ro", "it", "рф", "укр"]),
    st.sampled_from(["", "/gallery", "/x/y?z=1"]),
    st.sampled_from(["", "www"]),
)
def test_a_spelled_dot_reads_as_the_plain_writing(
    label: str, dot: str, suffix: str, path: str, www: str
) -> None:
    """A host with its dots spelled gives the url its plain writing gives, obfuscated, with
    the spelled writing as raw; so does the same with a "www" before it or a path after."""
    assume(label not in contacts._PROSE_BEFORE_DOT)
    labels = [www, label, *suffix.split(".")] if www else [label, *suffix.split(".")]
    spelled = dot.join(labels) + path
    hints = Hints("en")
    [plain] = extract_urls(f"My site: {'.'.join(labels)}{path}\n", hints)
    got = extract_urls(f"My site: {spelled}\n", hints)
    assert [(m.value, m.raw, m.obfuscated) for m in got] == [(plain.value, spelled, True)]
