"""The shortcuts of places.py and contacts.py answer as the longer way they replace.

contacts.py finds its words with one caseless Hyperscan pass over the text as written,
where it lower-cased the text and searched it: checked here against that search. The
bare-host test runs before the public-suffix look-up, on the host's last label. places.py
keeps its look-ups in dicts, a location field's city per field, and reads the words after
a capitalised word only while some name goes on so.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from thbwatch.extract import contacts, places
from thbwatch.extract.places import extract_places
from thbwatch.model import Hints

# ----------------------------------------------------------------------------- contacts


def _searched_by_lowering(text: str) -> set[tuple[int, int, object]]:
    """Every key found in the lower-cased text with str.find, and every cased cue ("WA",
    "OF", "LINE") found as written: what the Hyperscan pass replaces."""
    lowered = contacts._lower(text)
    found: set[tuple[int, int, object]] = set()
    for key, word in contacts._searched_words().items():
        position = lowered.find(key)
        while position >= 0:
            start = position + word.offset
            found.add((start, start + word.size, word))
            position = lowered.find(key, position + 1)
    for word, platform, _, _ in contacts._CASED_CUES:
        position = text.find(word)
        while position >= 0:
            found.add(
                (position, position + len(word), contacts._Word("cased", 0, len(word), platform))
            )
            position = text.find(word, position + 1)
    return found


_PIECES = [
    *contacts._searched_words(),
    *(cue[0] for cue in contacts.CUES),
    "ÄT",
    " Ät ",
    "(ÄT)",
    "MAŁPA",
    "maŁpka",
    "\u212aIK",  # Kelvin sign: lower-cases to "k"
    "FACEBOO\u212a",
    "İ",  # lower-cases to two characters
    "\ud800",  # a lone surrogate
    "😀",
    "–",
    "@",
    " ",
    "_",
    ".",
    "x",
    "7",
]


def _recased(rng: st.DrawFn, piece: str) -> str:
    return "".join(c.upper() if rng(st.booleans()) else c for c in piece)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=12))
    return "".join(_recased(draw, piece) if draw(st.booleans()) else piece for piece in pieces)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_the_word_scan_finds_what_lowering_and_searching_finds(text: str) -> None:
    assert set(contacts._searched_hits(text)) == _searched_by_lowering(text)


@settings(max_examples=200, deadline=None)
@given(_texts())
def test_cased_cues_are_whole_words_as_the_cue_regex_finds_them(text: str) -> None:
    """ "WA", "OF", "LINE" before a word boundary and not glued to a letter or digit on
    their left, "WA" apart (its meaning depends on the country)."""
    expected = [
        (match.start(), match.end())
        for match in contacts._CASED_RX.finditer(text)
        if not (match.start() and text[match.start() - 1].isalnum())
    ]
    scan = contacts._scan(text)
    cased = [cue for cue in scan.cues if cue.platform in ("onlyfans", "line") and not cue.strong]
    found = sorted((cue.start, cue.end) for cue in [*scan.wa, *cased] if text[cue.start].isupper())
    assert found == sorted(expected)


def test_the_word_scan_reads_real_texts_as_lowering_does() -> None:
    text = (
        "Neu in Berlin 😀 – Anna22 ÄT gmx PUNKT de, TELEGRAM: @anna_22, IG: rose.x, "
        "\u212aIK: lena99 WA +49 170 1234567, LINE emma.love, viber 0170 555, wsp. "
        "Ecrivez-moi: anna (arobase) mail (point) fr, MAŁPA, e-mail: x(at)y.pl"
    )
    assert set(contacts._searched_hits(text)) == _searched_by_lowering(text)


def test_capitals_written_into_the_keys_are_all_that_lower_case_into_them() -> None:
    """Hyperscan folds ASCII letters only: any other character that lower-cases to a
    character of a key must be written into the keys, or replaced before the scan."""
    alphabet = {char for key in contacts._searched_words() for char in key}
    others = {
        char
        for char in map(chr, range(0x80, sys.maxunicode + 1))
        if len(char.lower()) == 1 and char.lower() != char and char.lower() in alphabet
    }
    assert others == {*contacts._UPPER_FORMS.values(), contacts._KELVIN_SIGN}
    assert all(contacts._UPPER_FORMS[lower].lower() == lower for lower in contacts._UPPER_FORMS)


def _flat_gap_pattern(separators: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """The gap between a cue and a number as a flat alternation, longest words first: what
    the prefix tree of `contacts._gap_pattern` replaces."""
    every = sorted({*words, *(cue[0].lower() for cue in contacts.CUES)}, key=len, reverse=True)
    alternation = "|".join(re.escape(word).replace("\\ ", "\\s?") for word in every)
    return re.compile(rf"[{separators}]*(?:(?:{alternation})(?!\w)[{separators}]*)*", re.IGNORECASE)


_GAP_WORDS = sorted({*contacts.WORDS_CUE_THEN_PHONE, *(cue[0] for cue in contacts.CUES)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_GAP_WORDS),
            st.sampled_from([" ", ": ", "/", " - ", ", ", "(", "\n", "x", "é", "ТЕЛ", "Or"]),
        ),
        max_size=8,
    ).map("".join)
)
def test_the_gap_patterns_match_as_the_flat_alternation_did(gap: str) -> None:
    flat = _flat_gap_pattern(r"\s:;=/\\\-–—>(\[.,&+|!", contacts.WORDS_CUE_THEN_PHONE)
    tree = contacts._GAP_CUE_THEN_PHONE
    assert (tree.fullmatch(gap) is None) == (flat.fullmatch(gap) is None)
    assert tree.match(gap).end() == flat.match(gap).end()


@given(st.from_regex(r"[a-zA-Z0-9-]{1,12}(\.[a-zA-Z0-9-]{1,12}){1,3}", fullmatch=True))
def test_the_bare_host_test_reads_the_suffix_s_last_label(host: str) -> None:
    """_bare_suffix_ok is given the host instead of its public suffix: both end alike."""
    split = contacts.split_host(host.lower())
    if split is not None:
        assert contacts._bare_suffix_ok(host.lower()) == contacts._bare_suffix_ok(split[1])


# ----------------------------------------------------------------------------- places


def test_a_word_is_looked_up_once_and_as_without_the_cache() -> None:
    for word in ("Paris", "PARIS", "Warszawie", "Frankfurt", "Zzyzx", "München"):
        assert places._names_for[word] == places._look_up_names(word)
        expected = places._look_up_names_or_inflected_form(word)
        assert places._names_or_inflected_form[word] == expected
        assert places._names_for[word] is places._names_for[word]


def test_words_that_start_no_name_look_up_nothing() -> None:
    assert places._names_for["Zzyzxq"] is None
    assert places._names_or_inflected_form["Zzyzxq"] is None
    assert isinstance(places._names_or_inflected_form["Warszawie"], places._Name)


def test_a_full_word_cache_starts_again() -> None:
    cache = places._WordCache(lambda word: None)
    cache.update((str(i), None) for i in range(places._WORDS_KEPT))
    assert cache["new"] is None
    assert len(cache) == 1


def test_the_longest_name_is_read_past_words_that_begin_names() -> None:
    found = extract_places("Escort in Frankfurt am Main tonight", Hints(language="en"))
    assert [(m.value, m.raw) for m in found] == [("Frankfurt am Main, DE", "Frankfurt am Main")]
    found = extract_places("Visit Tel Aviv", Hints(language="en"))
    assert [m.raw for m in found] == ["Tel Aviv"]
    found = extract_places("Paris of the North and Paris of France", Hints(language="en"))
    assert [m.raw for m in found] == ["Paris of the North", "Paris"]


def test_a_location_field_kept_per_field_gives_fresh_mentions() -> None:
    hints = Hints(language="en")
    first = extract_places("Hello", hints, "London (Paddington)")
    second = extract_places("Hello", hints, "London (Paddington)")
    assert first == second and first[0].details["from_location_field"] is True
    assert first[0] is not second[0] and first[0].details is not second[0].details
