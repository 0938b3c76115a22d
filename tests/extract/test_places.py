"""Places: labelled cases, the demo corpus's cities, and properties."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract._support import (
    case_id,
    decoy_hits,
    demo_ads,
    load_cases,
    print_scores,
    score,
)
from thbwatch.extract import lexicon
from thbwatch.extract.places import (
    COE_COUNTRIES,
    CountriesNamed,
    extract_places,
    lookup_city,
    same_town,
    town_of_location,
)
from thbwatch.model import Hints, Mention

CASES = load_cases("places.jsonl")


def _places(case: dict[str, Any]) -> list[Mention]:
    return extract_places(case["text"], Hints(language=case["language"]), case.get("location"))


def _pairs(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [("place", m.value, m.raw) for m in mentions]


def _expected(case: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [("place", e["value"], e["raw"]) for e in case["expected"]]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case(case: dict[str, Any]) -> None:
    mentions = _places(case)
    assert sorted(_pairs(mentions)) == sorted(_expected(case)), case["note"]
    text_mentions = [m for m in mentions if not m.details["from_location_field"]]
    assert decoy_hits(case, text_mentions) == []


def test_precision_and_recall() -> None:
    scores = score((_pairs(_places(c)), _expected(c)) for c in CASES)
    print_scores("places.jsonl", scores)
    assert scores["place"]["precision"] >= 0.95
    assert scores["place"]["recall"] >= 0.90
    decoys = sum(len(c["decoys"]) for c in CASES)
    hit = sum(len(decoy_hits(c, _places(c))) for c in CASES)
    print(f"  decoys hit {hit} of {decoys}")
    assert hit / decoys < 0.01


def test_spans_index_the_text_or_the_location_field() -> None:
    for case in CASES:
        for mention in _places(case):
            source = case["location"] if mention.details["from_location_field"] else case["text"]
            assert source[mention.start : mention.end] == mention.raw


def test_details() -> None:
    (place,) = extract_places("Neu in München", Hints(language="de"))
    assert place.value == "Munich, DE"
    assert place.details["country"] == "DE" and place.details["population"] > 1_000_000
    assert place.details["from_location_field"] is False
    assert isinstance(place.details["geonameid"], int)


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("München", "Munich"),
        ("Munich", "Munich"),
        ("Bucureşti", "Bucharest"),
        ("București", "Bucharest"),
        ("Bucharest", "Bucharest"),
        ("Warszawa", "Warsaw"),
        ("Warsaw", "Warsaw"),
        ("Wien", "Vienna"),
        ("Den Haag", "The Hague"),
        ("Bruxelles", "Brussels"),
        ("Milano", "Milan"),
        ("Iasi", "Iaşi"),
    ],
)
def test_local_and_english_names_accent_insensitive(written: str, city: str) -> None:
    found = lookup_city(written)
    assert found is not None and found.name == city


def test_location_field_comes_first_and_sets_the_country() -> None:
    places = extract_places("Trabajo en Valencia", Hints(language="es"), "Madrid")
    assert [p.details["from_location_field"] for p in places] == [True, False]
    assert places[0].value == "Madrid, ES"


@pytest.mark.parametrize(
    ("field", "city", "town"),
    [
        ("Wien 10. Bezirk", "Vienna, AT", "Vienna, AT"),
        ("Wiedeń", "Vienna, AT", "Vienna, AT"),
        ("Bruxelles", "Brussels, BE", "Brussels, BE"),
        ("London (Paddington)", "London, GB", "London, GB"),
        ("Berlin-Mitte", "Mitte, DE", "Berlin, DE"),  # a part of a town, as GeoNames has it
        ("Madrid centro", "Madrid Centro, ES", "Madrid, ES"),
        ("Salamanca", "Salamanca, ES", "Salamanca, ES"),  # the town, not Madrid's district
        ("anywhere you like", None, None),
    ],
)
def test_the_town_of_a_location_field_is_the_town_of_the_city_extraction_reads(
    field: str, city: str | None, town: str | None
) -> None:
    found = extract_places("", Hints(), field)
    assert [place.value for place in found] == ([city] if city else [])
    assert town_of_location(field) == town


@pytest.mark.parametrize(
    ("place", "town", "same"),
    [
        ("Chamberí, ES", "Madrid, ES", True),  # a district
        ("Brigittenau, AT", "Vienna, AT", True),
        ("Salford, GB", "Manchester, GB", True),  # two towns grown into one
        ("York, GB", "Leeds, GB", False),  # 35 km apart
        ("Gdańsk, PL", "Leeds, GB", False),
        ("Nowhere, XX", "Leeds, GB", False),
    ],
)
def test_a_part_of_a_town_is_the_same_town(place: str, town: str, same: bool) -> None:
    assert same_town(place, town) is same
    assert same_town(town, place) is same


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Heißes Girl aus Rumänien, neu in Hamburg", {"RO"}),  # a country's name
        ("Heisses Girl aus Rumanien", {"RO"}),  # without its accents
        ("Roemeense meid, nieuw in Den Haag", {"RO"}),  # a nationality
        ("Lavoro nei Paesi Bassi, partenza da Roma", {"NL"}),  # a name of two words
        ("Paesi del Nord, prezzi bassi", set()),  # its words, but not together
        ("Rumänienreise gebucht", set()),  # a letter touching the name
        ("Lavoro in Olanda, work in the UK", {"NL", "GB"}),  # names in everyday use
        ("Sunt din Republica Moldova, Chișinău", {"MD"}),
        ("Дівчина з України", {"UA"}),  # "from" forms of inflected names
        ("Nowa dziewczyna z Rumunii, Warszawa", {"RO"}),
        ("Девушка из Молдавии", {"MD"}),
        ("Romance, French kiss, Greek on request", set()),  # words and sex acts
        ("Ragazza romana, zona Termini", set()),  # a woman of Rome, not a Romanian
        ("Bulgarian and Hungarian girls in Wien, Österreich", {"BG", "HU", "AT"}),
    ],
)
def test_the_countries_a_text_names(text: str, countries: set[str]) -> None:
    named = CountriesNamed(text)
    assert {code for code in COE_COUNTRIES if code in named} == countries


@pytest.mark.parametrize(
    ("text", "language", "place", "raw"),
    [
        ("Práce v Hradci Králové", "cs", "Hradec Králové, CZ", "Hradci Králové"),
        ("Privát v Banskej Bystrici", "sk", "Banská Bystrica, SK", "Banskej Bystrici"),
        ("Posao u Novom Sadu", "hr", "Novi Sad, RS", "Novom Sadu"),
        ("Посао у Новом Саду", "sr", "Novi Sad, RS", "Новом Саду"),
        ("Praca w Zielonej Górze", "pl", "Zielona Góra, PL", "Zielonej Górze"),
        (
            "Praca w Ostrowcu Świętokrzyskim",
            "pl",
            "Ostrowiec Świętokrzyski, PL",
            "Ostrowcu Świętokrzyskim",
        ),
        ("Praca w Bielsku-Białej", None, "Bielsko-Biala, PL", "Bielsku-Białej"),
    ],
)
def test_case_forms_of_names_of_several_words(
    text: str, language: str | None, place: str, raw: str
) -> None:
    (found,) = extract_places(text, Hints(language=language))
    assert (found.value, found.raw, found.confidence) == (place, raw, 0.8)  # weak


def test_a_case_form_of_several_words_needs_a_word_of_place_and_slavic_text() -> None:
    assert extract_places("Hradci Králové se daří", Hints(language="cs")) == []
    assert extract_places("Work w Zielonej Górze", Hints(language="en")) == []


def test_a_name_of_several_words_as_written_is_not_read_as_a_case_form() -> None:
    # The name itself, strong: read without a word of place and with full confidence.
    for text in ("Nowy Sącz, praca od zaraz", "Praca w Nowy Sącz"):
        (found,) = extract_places(text, Hints(language="pl"))
        assert (found.value, found.raw, found.confidence) == ("Nowy Sącz, PL", "Nowy Sącz", 1.0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Práce v Mladé Boleslavi", "cs"),  # 43,684 people in GeoNames
        ("Posao u Slavonskom Brodu", "hr"),  # 45,005
        ("Töö Pärnus", "et"),  # 40,228
    ],
)
def test_case_forms_are_read_for_cities_of_50000_or_more(text: str, language: str) -> None:
    assert extract_places(text, Hints(language=language)) == []


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        ("Darbas Vilniuje ir Kaune", "lt", [("Vilnius, LT", "Vilniuje"), ("Kaunas, LT", "Kaune")]),
        ("Dirbau Londone", "lt", [("London, GB", "Londone")]),
        ("Töö Tallinnas ja Tartus", "et", [("Tallinn, EE", "Tallinnas"), ("Tartu, EE", "Tartus")]),
        (
            "Sõit Tallinnast Londonisse",
            "et",
            [("Tallinn, EE", "Tallinnast"), ("London, GB", "Londonisse")],
        ),
    ],
)
def test_lithuanian_and_estonian_case_forms(
    text: str, language: str, places: list[tuple[str, str]]
) -> None:
    found = extract_places(text, Hints(language=language))
    assert [(place.value, place.raw, place.confidence) for place in found] == [
        (value, raw, 1.0) for value, raw in places
    ]


@pytest.mark.parametrize("language", ["en", "fi", "lv", "pl", None])
def test_lithuanian_and_estonian_case_forms_are_read_in_their_language_only(
    language: str | None,
) -> None:
    assert extract_places("Vilniuje. Kaune. Tallinnas. Tartus.", Hints(language=language)) == []


def test_a_lithuanian_genitive_or_accusative_needs_a_word_of_place() -> None:
    assert extract_places("Vilniaus. Vilnių.", Hints(language="lt")) == []
    found = extract_places("Mergina iš Vilniaus, važiuoju į Vilnių", Hints(language="lt"))
    assert [(place.value, place.raw, place.confidence) for place in found] == [
        ("Vilnius, LT", "Vilniaus", 0.8),
        ("Vilnius, LT", "Vilnių", 0.8),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Londynie, Wiedniu i Madrycie", "pl"),  # no word of place before them
        ("Vídni. Mnichově.", "cs"),
        ("Житомирі та Хмельницькому", "uk"),
        ("Work w Londynie", "en"),  # read in Slavic text (and text of no language) only
    ],
)
def test_case_forms_of_cities_abroad_need_a_word_of_place_and_slavic_text(
    text: str, language: str
) -> None:
    assert extract_places(text, Hints(language=language)) == []


def test_west_slavic_exonyms_are_geonames_names_of_big_cities_abroad() -> None:
    # The list picks names from GeoNames (places.py reads their case forms where GeoNames
    # gives them to a city of 300,000 or more outside Poland and the other Slavic
    # countries whose towns are read in their case forms): a name it lacks is read nowhere.
    from thbwatch.extract.places import _SLAVIC_STEMMED, _cities_cached, fold

    names = {
        fold(name)
        for city, local, foreign in _cities_cached()
        if city.population >= 300_000 and city.country not in {"PL", *_SLAVIC_STEMMED}
        for name in local + foreign
    }
    assert [name for name in lexicon.WEST_SLAVIC_EXONYMS if fold(name) not in names] == []


def test_demo_corpus_city_accuracy() -> None:
    right = total = 0
    text_right = text_total = 0
    for ad, truth, text in demo_ads():
        location = ad.get("location") or ad.get("city")
        expected = lookup_city(truth["city"], truth["country"])
        assert expected is not None, truth["city"]
        places = extract_places(text, Hints(language=ad["language"]), location)
        total += 1
        right += bool(places) and places[0].details["geonameid"] == expected.geonameid
        in_text = [p for p in places if not p.details["from_location_field"]]
        if in_text:  # the text alone: does it name the right country first?
            text_total += 1
            text_right += in_text[0].details["country"] == truth["country"]
    print(
        f"\ndemo: city accuracy {right / total:.4f} ({total} ads); first text place in the "
        f"right country {text_right / text_total:.4f} ({text_total} ads)"
    )
    assert right / total >= 0.98


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200),
        st.lists(
            st.sampled_from(
                [
                    "in ",
                    "Nice",
                    " ",
                    "München",
                    "Via ",
                    "Roma",
                    "-",
                    "Paris",
                    "w ",
                    "Warszawie",
                    "\n",
                    "I'm ",
                    "Sofia",
                    ", ",
                    "Den",
                    "Haag",
                    "12",
                ]
            ),
            max_size=25,
        ).map("".join),
    ),
    st.one_of(st.none(), st.text(max_size=30)),
)
def test_properties(text: str, location: str | None) -> None:
    first = extract_places(text, Hints(), location)
    for mention in first:
        source = location if mention.details["from_location_field"] else text
        assert source is not None and source[mention.start : mention.end] == mention.raw
        assert mention.value.endswith(", " + mention.details["country"])
    assert extract_places(text, Hints(), location) == first


def test_no_north_american_code_is_a_european_countrys() -> None:
    """ "Berlin, DE" and "Chișinău, MD" keep their towns: the states' codes that are also
    codes of Council of Europe countries are left out of the list."""
    codes = {region for region in lexicon.NORTH_AMERICAN_REGIONS if len(region) == 2}
    assert codes and not codes & set(COE_COUNTRIES)


def test_every_finnish_town_stem_names_a_finnish_town() -> None:
    """FINNISH_TOWN_STEMS is keyed by the gazetteer's names of Finnish towns: a name it
    does not hold would leave its stems unread without a word."""
    for name in lexicon.FINNISH_TOWN_STEMS:
        city = lookup_city(name, "FI")
        assert city is not None and city.country == "FI", name
