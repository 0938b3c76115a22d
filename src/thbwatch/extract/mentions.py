"""All of extraction for a batch of records: language, places, contacts, facts. Pure.

Order matters: the language and the country (from the location field, then the text)
are hints for reading phone numbers, and handles such as "WhatsApp +44..." build on the
phones found.

The batch is processed one extractor at a time over all its records, not one record at a
time through all extractors, so that each extractor's tables and compiled patterns stay in
the CPU's caches; on this machine that gained 10-20% in batches of 100, within the noise
of a single run (bench/bench_extract.py).
"""

from __future__ import annotations

from thbwatch.extract.contacts import extract_emails, extract_handles, extract_urls
from thbwatch.extract.language import detect_languages
from thbwatch.extract.numbers import extract_ages, extract_prices, extract_salaries
from thbwatch.extract.phones import extract_phones
from thbwatch.extract.places import extract_places
from thbwatch.extract.wallets import extract_wallets
from thbwatch.model import Extracted, Hints, Mention, RecordText


def extract_batch(records: list[RecordText]) -> list[Extracted]:
    # Detected for the whole batch at once (language.py: much cheaper than one by one).
    detected = iter(detect_languages([record.text for record in records if not record.language]))
    languages = [record.language or next(detected) for record in records]
    places = [
        extract_places(record.text, Hints(language=language), record.location)
        for record, language in zip(records, languages, strict=True)
    ]
    hints = [
        Hints(language=language, country=_country(found))
        for language, found in zip(languages, places, strict=True)
    ]
    texts = [record.text for record in records]
    phones = [extract_phones(text, hint) for text, hint in zip(texts, hints, strict=True)]
    # Places named only in the location field have no span in the text.
    found: list[list[Mention]] = [
        [*phone, *(p for p in place if not p.details.get("from_location_field"))]
        for phone, place in zip(phones, places, strict=True)
    ]
    for extract in (
        extract_emails,
        extract_urls,
        extract_wallets,
        extract_ages,
        extract_prices,
        extract_salaries,
    ):
        for mentions, text, hint in zip(found, texts, hints, strict=True):
            mentions.extend(extract(text, hint))
    for mentions, text, hint, phone in zip(found, texts, hints, phones, strict=True):
        mentions.extend(extract_handles(text, hint, phone))
    return [
        Extracted(
            record_id=record.id,
            language=language,
            detected_language=record.language is None and language is not None,
            country=hint.country,
            mentions=sorted(mentions, key=lambda m: (m.start, m.end, m.type)),
        )
        for record, language, hint, mentions in zip(records, languages, hints, found, strict=True)
    ]


def extract_record(record: RecordText) -> Extracted:
    [extracted] = extract_batch([record])
    return extracted


def _country(places: list[Mention]) -> str | None:
    """The country the record was posted in: its location field first, then the text."""
    ranked = sorted(places, key=lambda place: not place.details.get("from_location_field"))
    return ranked[0].details.get("country") if ranked else None
