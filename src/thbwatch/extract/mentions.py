"""All of extraction for one record: language, places, contacts, facts. Pure.

Order matters: the language and the country (from the location field, then the text)
are hints for reading phone numbers, and handles such as "WhatsApp +44..." build on the
phones found.
"""

from __future__ import annotations

from thbwatch.extract.contacts import extract_emails, extract_handles, extract_urls
from thbwatch.extract.language import detect_language
from thbwatch.extract.numbers import extract_ages, extract_prices, extract_salaries
from thbwatch.extract.phones import extract_phones
from thbwatch.extract.places import extract_places
from thbwatch.extract.wallets import extract_wallets
from thbwatch.model import Extracted, Hints, Mention, RecordText


def extract_record(record: RecordText) -> Extracted:
    language = record.language or detect_language(record.text)
    places = extract_places(record.text, Hints(language=language), record.location)
    country = _country(places)
    hints = Hints(language=language, country=country)
    phones = extract_phones(record.text, hints)
    found: list[Mention] = [
        *phones,
        *extract_emails(record.text, hints),
        *extract_urls(record.text, hints),
        *extract_handles(record.text, hints, phones),
        *extract_wallets(record.text, hints),
        *extract_ages(record.text, hints),
        *extract_prices(record.text, hints),
        *extract_salaries(record.text, hints),
        # Places named only in the location field have no span in the text.
        *(place for place in places if not place.details.get("from_location_field")),
    ]
    found.sort(key=lambda mention: (mention.start, mention.end, mention.type))
    return Extracted(
        record_id=record.id,
        language=language,
        detected_language=record.language is None and language is not None,
        country=country,
        mentions=found,
    )


def _country(places: list[Mention]) -> str | None:
    """The country the record was posted in: its location field first, then the text."""
    ranked = sorted(places, key=lambda place: not place.details.get("from_location_field"))
    return ranked[0].details.get("country") if ranked else None
