"""Indicators per language: natural sentences that must hit, and near misses that must not.

Sentences are written as ads in each language are, not copied from the demo generator.
"""

from __future__ import annotations

import pytest

from thbwatch.indicators.matcher import Matcher
from thbwatch.indicators.packs import load_packs

MATCHER = Matcher(load_packs())

# indicator -> language -> (hits, does not hit)
SENTENCES: dict[str, dict[str, tuple[str, str]]] = {
    "third_person_description": {
        "en": (
            "Meet Sofia, 24, elegant and discreet.",
            "I am Sofia and I love to meet new people.",
        ),
        "fr": ("Découvrez Léa, 23 ans, douce et câline.", "Je suis Léa, je t'attends chez moi."),
        "de": ("Neu: Mila, 22 Jahre, wartet auf dich.", "Ich bin Mila und warte auf dich."),
        "es": ("Chica nueva Carla, muy cariñosa, te espera.", "Soy Carla, te espero en mi piso."),
        "it": ("Nuova ragazza Giulia, dolcissima, ti aspetta.", "Sono Giulia, ti aspetto a casa."),
        "nl": ("Maak kennis met Eva, 25 jaar.", "Ik ben Eva en ik ontvang je graag."),
        "pl": ("Poznaj Natalię, 24 lata, czeka na ciebie.", "Jestem Natalia, czekam na ciebie."),
        "ro": ("Fată nouă Ioana, te așteaptă.", "Sunt Ioana, te aștept la mine."),
    },
    "vague_employer": {
        "en": (
            "Employer details will be given by phone.",
            "We recruit for our client, a logistics company in Leeds.",
        ),
        "fr": (
            "Le nom de l'entreprise sera communiqué à l'entretien.",
            "Pour notre client, une PME de logistique à Lyon, nous recrutons des caristes.",
        ),
        "de": (
            "Name des Arbeitgebers erfährst du beim Gespräch.",
            "Für unseren Kunden, einen Logistikdienstleister in Hamburg, suchen wir Fahrer.",
        ),
        "es": (
            "Los datos de la empresa se darán en la entrevista.",
            "Para nuestro cliente, empresa de logística en Zaragoza, buscamos carretilleros.",
        ),
        "it": (
            "I dati dell'azienda saranno comunicati al colloquio.",
            "Per un nostro cliente, azienda logistica di Verona, cerchiamo magazzinieri.",
        ),
        "nl": (
            "De naam van het bedrijf krijg je later.",
            "Voor onze opdrachtgever, een logistiek bedrijf in Tilburg, zoeken wij pickers.",
        ),
        "pl": (
            "Nazwę firmy podamy na rozmowie.",
            "Dla naszego klienta, firmy logistycznej z Poznania, szukamy magazynierów.",
        ),
        "ro": (
            "Datele angajatorului le oferim la interviu.",
            "Pentru clientul nostru, o firmă de logistică din Cluj, căutăm stivuitoriști.",
        ),
    },
    "pay_far_above_market_no_experience": {
        "en": ("Very good pay, every week.", "Pay according to the collective agreement."),
        "fr": ("Très bon salaire et primes.", "Salaire selon la convention collective."),
        "de": ("Sehr gute Bezahlung ab dem ersten Tag.", "Bezahlung nach Tarifvertrag."),
        "es": ("Muy buen sueldo, pago semanal.", "Sueldo según convenio."),
        "it": ("Ottimo stipendio, pagato ogni settimana.", "Retribuzione secondo il CCNL."),
        "nl": ("Zeer goed loon, wekelijks uitbetaald.", "Loon volgens de cao."),
        "pl": ("Bardzo dobre zarobki, wypłata co tydzień.", "Wynagrodzenie zgodne z umową."),
        "ro": ("Salariu foarte bun, plătit săptămânal.", "Salariu conform contractului."),
    },
}
CASES = [
    (indicator, language, *pair)
    for indicator, by_language in SENTENCES.items()
    for language, pair in by_language.items()
]


@pytest.mark.parametrize("indicator, language, hits, misses", CASES)
def test_each_language_hits_its_sentence_and_not_the_near_miss(
    indicator: str, language: str, hits: str, misses: str
) -> None:
    found = {hit.indicator: hit for hit in MATCHER.match(hits, language, "unknown")}
    assert indicator in found
    assert all(hits[a:b].strip() for a, b in found[indicator].spans)
    assert indicator not in {hit.indicator for hit in MATCHER.match(misses, language, "unknown")}


def test_every_language_of_the_packs_is_covered_here() -> None:
    for by_language in SENTENCES.values():
        assert set(by_language) == {"en", "fr", "de", "es", "it", "nl", "pl", "ro"}
