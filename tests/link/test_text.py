"""Near-duplicate text: MinHash over masked shingles finds one template however its names,
cities and numbers are swapped; different texts do not link."""

from __future__ import annotations

import numpy as np

from thbwatch.link.config import LinkConfig
from thbwatch.link.text import sketch_texts, text_links, words

TEMPLATE = (
    "Hi gents, I'm {name}, {age} {emoji} Sexy {nation} girl, new in {city}. Petite brunette, "
    "soft skin and a cheeky smile. Discreet apartment near the centre, easy to find. "
    "Offering relaxing massage and GFE, no rush service. Rates: 30 mins {price} | 1 hour "
    "{price2}. Available today, bookings by text. 100% real photos, no fake, no games. "
    "I love to make you feel special, with sensual massage, cuddles and more. Respect, "
    "hygiene and discretion guaranteed. Gentlemen only, no withheld numbers. Incall and "
    "outcall to hotels, parking in front of the building, shower and towels provided, "
    "drinks on request. Call {phone}"
)
SWAPS = [
    dict(name="Cristina", age=24, emoji="💋", nation="Romanian", city="Leeds", price="£70",
         price2="£130", phone="0113 496 0869"),
    dict(name="Natalia", age=21, emoji="🍓", nation="Polish", city="Bristol", price="£80",
         price2="£140", phone="+44 7700 900 123"),
    dict(name="Bella", age=19, emoji="👑", nation="Bulgarian", city="York", price="£60",
         price2="£120", phone="07700💋900💋456"),
]  # fmt: skip
OTHERS = [
    "Experienced welder wanted for a shipyard in Gdańsk. Permanent contract, overtime paid, "
    "safety training on site. Send your CV to the HR department before the end of the month.",
    "Qualified nurse for a care home in Munich. German B2 required, relocation support, "
    "thirty days of holiday and a pension plan. Interviews by video call every Tuesday.",
]


def test_masking_drops_numbers_and_contacts_however_written() -> None:
    assert words("Call 0612345678 or +33 6 12 or nina@x.example, t.me/nina_23 #PHONE_ab12# ok") == [
        "call", "or", "or", "ok",
    ]  # fmt: skip


def test_a_template_with_swapped_names_cities_and_numbers_links() -> None:
    texts = [TEMPLATE.format(**swap) for swap in SWAPS] + OTHERS
    has, signatures = sketch_texts(texts, LinkConfig())
    assert has.all()
    ids = np.arange(10, 10 + len(texts))
    found, hubs = text_links(ids, signatures, len(texts), LinkConfig())
    pairs = set(zip(found.a.tolist(), found.b.tolist(), strict=True))
    # The three versions link (a star or a chain), the other texts not at all.
    assert pairs <= {(10, 11), (10, 12), (11, 12)} and len(pairs) >= 2
    assert all(e.startswith("jaccard ") for e in found.evidence)
    assert (found.weight >= 0.6).all() and not hubs


def test_signatures_are_the_same_in_every_run() -> None:
    # Signatures are stored and compared with later runs' records: no salted hashing.
    first = sketch_texts(OTHERS, LinkConfig())[1]
    assert first[0].tolist() == sketch_texts([OTHERS[0]], LinkConfig())[1][0].tolist()


def test_texts_too_short_to_prove_anything_get_no_signature() -> None:
    has, signatures = sketch_texts(["Call me 0612345678", OTHERS[0]], LinkConfig())
    assert has.tolist() == [False, True] and signatures.shape == (1, 64)


def test_a_stricter_threshold_drops_looser_matches() -> None:
    texts = [TEMPLATE.format(**swap) for swap in SWAPS]
    _, signatures = sketch_texts(texts, LinkConfig())
    strict = LinkConfig(text_threshold=0.99)
    found, _ = text_links(np.arange(3), signatures, 3, strict)
    assert len(found) == 0


def test_a_template_beside_many_different_contacts_is_a_kit_and_stopped() -> None:
    from thbwatch.link.evidence import Evidence

    texts = [TEMPLATE.format(**swap) for swap in SWAPS] + [TEMPLATE.format(**SWAPS[0])]
    _, signatures = sketch_texts(texts, LinkConfig())
    ids = np.arange(1, 5)
    own_numbers = Evidence.from_pairs(
        (record, "phone", f"+4477009{record}{n}") for record in range(1, 5) for n in range(2)
    )
    found, hubs = text_links(ids, signatures, 4, LinkConfig(hub_max_contacts=5), own_numbers)
    assert len(found) == 0 and hubs and hubs[0].kind == "text"
    shared_number = Evidence.from_pairs(
        (record, "phone", "+447700900123") for record in range(1, 5)
    )
    found, hubs = text_links(ids, signatures, 4, LinkConfig(hub_max_contacts=5), shared_number)
    assert len(found) >= 3 and not hubs
