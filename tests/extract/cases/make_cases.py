"""Write contacts.jsonl and wallets.jsonl, the labelled cases for the contact and wallet
extractors; cases added to those files by hand are kept. Run from the repository root:
``.venv/bin/python tests/extract/cases/make_cases.py``.

The labels come from the data the texts are built from, never from the extractors.
Everything is fictitious: addresses under example.com / .example or "example.<country>",
made-up handles, phone numbers from regulators' drama ranges (UK 0113 496 0xxx, DE 030
23125 xxx, FR 01 99 00 xx xx). Wallets are public test vectors (BIP-173, BIP-350, EIP-55,
the Bitcoin genesis address, the Monero project's donation address) and addresses made
here from random payloads with valid checksums; decoys are the same with a broken
checksum, random strings of the right shape, testnet addresses and hashes.

One case a line: {"text", "language", "expected": [{"type", "value", "raw",
"obfuscated"}], "decoys": [raw...], "note"}; contact cases may add "phones" (the phone
mentions `extract_handles` gets: [{"raw", "value"}]) and "country".
"""

from __future__ import annotations

import functools
import json
import random
from pathlib import Path
from typing import Any

import base58
import bech32m
from Crypto.Hash import keccak

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pl", "ro")
COUNTRY = {
    "en": "GB",
    "fr": "FR",
    "de": "DE",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "ro": "RO",
}
CC_TLD = {
    "en": "co.uk",
    "fr": "fr",
    "de": "de",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ro": "ro",
}

# Local phrases around contacts.
P: dict[str, dict[str, str]] = {
    "en": {
        "cv": "Send your CV to",
        "photos": "More photos on",
        "site": "My website:",
        "tg": "Message me on Telegram",
        "tg_only": "Telegram only:",
        "wa": "WhatsApp me",
        "call": "Call",
        "or": "or",
        "also": "also on",
        "apply": "Apply online at",
        "intro": "Hi, I am new in town, sweet and discreet.",
        "end": "No withheld numbers.",
        "time": "See you @ 5pm. Available from 10.30 till late.",
        "price": "1 hour 150 GBP, 2 hours 280.",
        "job": "Warehouse staff needed, 12.50 per hour.",
    },
    "fr": {
        "cv": "Envoyez votre CV à",
        "photos": "Plus de photos sur",
        "site": "Mon site :",
        "tg": "Écrivez-moi sur Telegram",
        "tg_only": "Uniquement Telegram :",
        "wa": "WhatsApp direct :",
        "call": "Appelez le",
        "or": "ou",
        "also": "aussi sur",
        "apply": "Postulez en ligne sur",
        "intro": "Coucou, nouvelle en ville, douce et discrète.",
        "end": "Pas de numéros masqués.",
        "time": "Rendez-vous @ 17h. Disponible de 10.30 à tard.",
        "price": "1 heure 150 €, 2 heures 280 €.",
        "job": "Recherche préparateurs de commandes, 11,88 € de l'heure.",
    },
    "de": {
        "cv": "Bewerbung bitte an",
        "photos": "Mehr Bilder auf",
        "site": "Meine Seite:",
        "tg": "Schreib mir auf Telegram",
        "tg_only": "Nur Telegram:",
        "wa": "Schreib mir per WhatsApp",
        "call": "Ruf an:",
        "or": "oder",
        "also": "auch auf",
        "apply": "Jetzt online bewerben:",
        "intro": "Hallo, ich bin neu in der Stadt, zärtlich und diskret.",
        "end": "Keine unterdrückten Nummern.",
        "time": "Treffen @ 17 Uhr. Erreichbar ab 10.30 Uhr.",
        "price": "1 Stunde 150 €, 2 Stunden 280 €.",
        "job": "Lagerhelfer gesucht, 13,50 € pro Stunde.",
    },
    "es": {
        "cv": "Envía tu CV a",
        "photos": "Más fotos en",
        "site": "Mi web:",
        "tg": "Escríbeme por Telegram",
        "tg_only": "Solo Telegram:",
        "wa": "WhatsApp directo:",
        "call": "Llama al",
        "or": "o",
        "also": "también en",
        "apply": "Inscríbete en",
        "intro": "Hola, soy nueva en la ciudad, dulce y discreta.",
        "end": "No contesto números ocultos.",
        "time": "Nos vemos @ 17h. Disponible desde las 10.30.",
        "price": "1 hora 150 €, 2 horas 280 €.",
        "job": "Se buscan mozos de almacén, 9,50 € la hora.",
    },
    "it": {
        "cv": "Invia il CV a",
        "photos": "Altre foto su",
        "site": "Il mio sito:",
        "tg": "Scrivimi su Telegram",
        "tg_only": "Solo Telegram:",
        "wa": "Scrivimi su WhatsApp",
        "call": "Chiama",
        "or": "o",
        "also": "anche su",
        "apply": "Candidati su",
        "intro": "Ciao, sono nuova in città, dolce e riservata.",
        "end": "No numeri privati.",
        "time": "Ci vediamo @ 17. Disponibile dalle 10.30.",
        "price": "1 ora 150 €, 2 ore 280 €.",
        "job": "Cercasi magazzinieri, 9,50 € l'ora.",
    },
    "nl": {
        "cv": "Stuur je cv naar",
        "photos": "Meer foto's op",
        "site": "Mijn site:",
        "tg": "Stuur me een bericht op Telegram",
        "tg_only": "Alleen Telegram:",
        "wa": "App me via WhatsApp",
        "call": "Bel",
        "or": "of",
        "also": "ook op",
        "apply": "Solliciteer via",
        "intro": "Hoi, ik ben nieuw in de stad, lief en discreet.",
        "end": "Geen anonieme nummers.",
        "time": "Tot @ 17 uur. Beschikbaar vanaf 10.30.",
        "price": "1 uur 150 €, 2 uur 280 €.",
        "job": "Magazijnmedewerkers gezocht, 14,50 € per uur.",
    },
    "pl": {
        "cv": "CV prosimy przesyłać na",
        "photos": "Więcej zdjęć:",
        "site": "Moja strona:",
        "tg": "Napisz na Telegramie",
        "tg_only": "Tylko Telegram:",
        "wa": "Pisz na WhatsApp",
        "call": "Dzwoń",
        "or": "lub",
        "also": "też na",
        "apply": "Aplikuj przez",
        "intro": "Cześć, jestem nowa w mieście, słodka i dyskretna.",
        "end": "Nie odbieram zastrzeżonych.",
        "time": "Do zobaczenia @ 17. Dostępna od 10.30.",
        "price": "1 godzina 500 zł, 2 godziny 900 zł.",
        "job": "Praca na magazynie, 30 zł za godzinę.",
    },
    "ro": {
        "cv": "Trimite CV-ul la",
        "photos": "Mai multe poze pe",
        "site": "Site-ul meu:",
        "tg": "Scrie-mi pe Telegram",
        "tg_only": "Doar Telegram:",
        "wa": "Scrie-mi pe WhatsApp",
        "call": "Sună la",
        "or": "sau",
        "also": "și pe",
        "apply": "Aplică pe",
        "intro": "Bună, sunt nouă în oraș, dulce și discretă.",
        "end": "Nu răspund la numere ascunse.",
        "time": "Ne vedem @ 17. Disponibilă de la 10.30.",
        "price": "1 oră 600 lei, 2 ore 1100 lei.",
        "job": "Angajăm lucrători depozit, 25 lei pe oră.",
    },
}

# Local words for "@" and "." (as the extractor's tables; here they build the texts).
AT_LOCAL = {
    "en": "at",
    "fr": "arobase",
    "de": "at",
    "es": "arroba",
    "it": "chiocciola",
    "nl": "apenstaartje",
    "pl": "małpa",
    "ro": "arond",
}
DOT_LOCAL = {
    "en": "dot",
    "fr": "point",
    "de": "Punkt",
    "es": "punto",
    "it": "punto",
    "nl": "punt",
    "pl": "kropka",
    "ro": "punct",
}

NAMES = (
    "anna",
    "lena",
    "kasia",
    "maria",
    "sofia",
    "chloe",
    "giulia",
    "ioana",
    "emma",
    "nina",
    "vera",
    "lucia",
)
STEMS = ("rose", "vip", "sweet", "angel", "star", "honey", "queen", "kiss", "love", "baby")

# Drama-range phones: (raw as written, E.164).
PHONES = (
    ("+44 113 496 0123", "+441134960123"),
    ("0113 496 0456", "+441134960456"),
    ("+49 30 23125 678", "+493023125678"),
    ("030 23125 901", "+493023125901"),
    ("+33 1 99 00 12 34", "+33199001234"),
    ("01 99 00 56 78", "+33199005678"),
    ("+44 20 7946 0321", "+442079460321"),
    ("+49 69 90009 123", "+496990009123"),
)


def email(value: str, raw: str, obfuscated: bool) -> dict[str, Any]:
    return {"type": "email", "value": value, "raw": raw, "obfuscated": obfuscated}


def url(value: str, raw: str) -> dict[str, Any]:
    return {"type": "url", "value": value, "raw": raw, "obfuscated": False}


def handle(value: str, raw: str) -> dict[str, Any]:
    return {"type": "handle", "value": value, "raw": raw, "obfuscated": False}


def case(
    text: str,
    lang: str,
    expected: list[dict[str, Any]],
    note: str,
    decoys: list[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    for item in expected:
        assert item["raw"] in text, (item, text)
    for decoy in decoys:
        assert decoy in text, (decoy, text)
    return {
        "text": text,
        "language": lang,
        "expected": expected,
        "decoys": list(decoys),
        "note": note,
        **extra,
    }


# =========================================================================== contacts


def add_case(
    cases: list[dict[str, Any]],
    lang: str,
    country: str,
    text: str,
    expected: list[dict[str, Any]],
    note: str,
    decoys: list[str] = (),
    **extra: Any,
) -> None:
    cases.append(case(text, lang, expected, note, decoys, country=country, **extra))


def contact_cases(rng: random.Random) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for index, lang in enumerate(LANGUAGES):
        p = P[lang]
        tld = CC_TLD[lang]
        cc = COUNTRY[lang]
        name = NAMES[index]
        stem = STEMS[index % len(STEMS)]
        num = 100 + 37 * index
        phone_raw, phone = PHONES[index % len(PHONES)]
        phone2_raw, phone2 = PHONES[(index + 3) % len(PHONES)]

        add = functools.partial(add_case, cases, lang, cc)

        # --- e-mails
        addr = f"{name}.{stem}{num}@mail.example"
        add(
            f"{p['job']} {p['cv']} {addr}. {p['end']}",
            [email(addr, addr, False)],
            "plain e-mail ending a sentence",
        )
        mixed = f"{name.capitalize()}.{stem.capitalize()}@Example.{tld.upper()}"
        add(
            f"{p['apply']} {mixed}",
            [email(mixed.lower(), mixed, False)],
            "mixed-case e-mail, value lower case",
        )
        raw = f"{name}{num} [at] example [dot] com"
        add(
            f"{p['cv']}: {raw} ({p['end']})",
            [email(f"{name}{num}@example.com", raw, True)],
            "[at] [dot]",
        )
        raw = f"{stem}_{name}(at)webpost.example"
        add(
            f"{p['intro']} Mail: {raw}",
            [email(f"{stem}_{name}@webpost.example", raw, True)],
            "(at) with a plain domain",
        )
        raw = f"{name}.{num} {AT_LOCAL[lang]} poczta {DOT_LOCAL[lang]} example"
        add(
            f"{p['cv']} {raw} !",
            [email(f"{name}.{num}@poczta.example", raw, True)],
            f"local words for @ and . ({lang})",
        )
        raw = f"{name}{num} @ inbox . example"
        add(
            f"E-mail: {raw} - {p['end']}",
            [email(f"{name}{num}@inbox.example", raw, True)],
            "spaced @ and .",
        )
        raw = f"{name}.{stem} AT example DOT {tld.split('.')[-1]}"
        add(
            f"{raw} {p['time']}",
            [email(f"{name}.{stem}@example.{tld.split('.')[-1]}", raw, True)],
            "upper-case AT/DOT words",
            ["@ 5pm", "@ 17h", "@ 17 Uhr", "@ 17h", "@ 17", "@ 17 uur", "@ 17", "@ 17"][
                index : index + 1
            ],
        )
        raw = f"{name}{{at}}correo{{dot}}example"
        add(
            f"{p['also']} {raw}",
            [email(f"{name}@correo.example", raw, True)],
            "{at}{dot} without spaces",
        )

        # --- links
        link = f"https://www.{name}-{stem}.example/{lang}/gallery"
        add(
            f"{p['photos']} {link}. {p['end']}",
            [url(link, link)],
            "https link, sentence full stop excluded",
        )
        raw = f"www.{stem}{num}.example/offer?id={num}"
        add(
            f"{p['site']} {raw}, {p['price']}",
            [url(f"https://{raw}", raw)],
            "www link with query, comma excluded",
        )
        raw = f"girls.example.{tld}"
        add(
            f"{p['intro']} {p['photos']} {raw}!",
            [url(f"https://{raw}", raw)],
            "bare host with a real public suffix",
        )
        raw = f"{stem}-models.example/{name}"
        add(
            f"({p['photos']} {raw})",
            [url(f"https://{raw}", raw)],
            "bare host with a path inside brackets",
        )
        raw = f"HTTP://{name.upper()}.EXAMPLE.COM/Profile/"
        add(
            f"{p['site']} {raw}",
            [url(f"https://{name}.example.com/Profile", raw)],
            "scheme and host upper case, trailing slash",
        )

        # --- handles
        tg = f"{name}_{stem}_{num}"
        add(
            f"{p['tg_only']} @{tg}",
            [handle(f"telegram:{tg}", f"@{tg}")],
            "Telegram cue, colon, @name",
        )
        add(
            f"{p['intro']} {p['tg']} {tg}",
            [handle(f"telegram:{tg}", tg)],
            "Telegram cue then a bare name with digits",
        )
        raw = f"t.me/{tg.capitalize()}"
        add(
            f"{p['tg']} {raw}",
            [handle(f"telegram:{tg}", raw), url(f"https://{raw}", raw)],
            "t.me link: handle and url",
        )
        digits = phone[1:]
        raw = f"https://wa.me/{digits}"
        add(
            f"{p['wa']} {raw}",
            [handle(f"whatsapp:{phone}", raw), url(raw, raw)],
            "wa.me link: handle and url",
        )
        text = f"{p['call']} {phone_raw} {p['or']} WhatsApp {phone2_raw}"
        add(
            text,
            [handle(f"whatsapp:{phone2}", f"WhatsApp {phone2_raw}")],
            "WhatsApp names the second number only",
            phones=[{"raw": phone_raw, "value": phone}, {"raw": phone2_raw, "value": phone2}],
        )
        text = f"WhatsApp/Viber: {phone_raw}. {p['end']}"
        add(
            text,
            [
                handle(f"whatsapp:{phone}", f"WhatsApp/Viber: {phone_raw}"),
                handle(f"viber:{phone}", f"Viber: {phone_raw}"),
            ],
            "two messengers for one number",
            phones=[{"raw": phone_raw, "value": phone}],
        )
        text = f"{p['intro']} {phone_raw} (WhatsApp)"
        add(
            text,
            [handle(f"whatsapp:{phone}", f"{phone_raw} (WhatsApp")],
            "messenger named after the number",
            phones=[{"raw": phone_raw, "value": phone}],
        )
        text = f"{p['call']} {phone_raw}. {p['price']}"
        add(
            text,
            [],
            "a phone without messenger cue is no handle",
            phones=[{"raw": phone_raw, "value": phone}],
        )

        platform_cases = [
            (
                f"Insta: @{name}.{stem}",
                [handle(f"instagram:{name}.{stem}", f"@{name}.{stem}")],
                "Instagram label",
            ),
            (
                f"IG: {name}_{stem}",
                [handle(f"instagram:{name}_{stem}", f"{name}_{stem}")],
                "IG label, bare name",
            ),
            (
                f"instagram.com/{name}.{stem}{num}/",
                [
                    handle(f"instagram:{name}.{stem}{num}", f"instagram.com/{name}.{stem}{num}/"),
                    url(
                        f"https://instagram.com/{name}.{stem}{num}",
                        f"instagram.com/{name}.{stem}{num}/",
                    ),
                ],
                "Instagram profile link",
            ),
            (
                f"Snap: {name}{num}",
                [handle(f"snapchat:{name}{num}", f"{name}{num}")],
                "Snapchat label",
            ),
            (
                f"sc: {stem}.{name}",
                [handle(f"snapchat:{stem}.{name}", f"{stem}.{name}")],
                "sc label",
            ),
            (
                f"onlyfans.com/{name}{stem}",
                [
                    handle(f"onlyfans:{name}{stem}", f"onlyfans.com/{name}{stem}"),
                    url(f"https://onlyfans.com/{name}{stem}", f"onlyfans.com/{name}{stem}"),
                ],
                "OnlyFans link",
            ),
            (f"OF: {stem}{name}", [handle(f"onlyfans:{stem}{name}", f"{stem}{name}")], "OF label"),
            (
                f"https://www.tiktok.com/@{name}.{stem}",
                [
                    handle(f"tiktok:{name}.{stem}", f"https://www.tiktok.com/@{name}.{stem}"),
                    url(
                        f"https://www.tiktok.com/@{name}.{stem}",
                        f"https://www.tiktok.com/@{name}.{stem}",
                    ),
                ],
                "TikTok profile link",
            ),
        ]
        text, expected, note = platform_cases[index % len(platform_cases)]
        add(f"{p['intro']} {text}", expected, note)
        text, expected, note = platform_cases[(index + 4) % len(platform_cases)]
        add(f"{text} {p['end']}", expected, note)

        # --- decoys only
        add(
            f"{p['time']} {p['price']} end.Next {p['end']}",
            [],
            "sentence glued to a full stop, times, prices",
            ["end.Next", "10.30"],
        )
        add(
            f"{p['intro']} Follow @{name}{stem} for more.",
            [],
            "@name with no platform named is no handle",
            [f"@{name}{stem}"],
        )
    cases.extend(shared_contact_cases())
    return cases


def shared_contact_cases() -> list[dict[str, Any]]:
    """Cases written once: tricky writings and decoys, mostly in English."""
    ph = [{"raw": "+44 113 496 0789", "value": "+441134960789"}]
    c = [
        case(
            "Let's meet at noon dot the usual place.",
            "en",
            [],
            "'at ... dot' in prose",
            ["meet at noon dot"],
        ),
        case(
            "Available at Reception.Next to the station.",
            "en",
            [],
            "title-case word after a full stop",
            ["Reception.Next"],
        ),
        case(
            "Prices e.g. 1.500 or 2.000, see p.5 and No.7.",
            "en",
            [],
            "abbreviations and numbers",
            ["e.g.", "1.500", "p.5", "No.7"],
        ),
        case(
            "Mail me: anna@localhost or anna@intranet, not here.",
            "en",
            [],
            "no public suffix",
            ["anna@localhost", "anna@intranet"],
        ),
        case(
            "Photos: photo.jpg, file.pdf, setup.py, notes.md",
            "en",
            [],
            "file names",
            ["photo.jpg", "file.pdf", "setup.py", "notes.md"],
        ),
        case(
            "Follow me @ the club, I work @home.", "en", [], "@ in prose", ["@ the club", "@home"]
        ),
        case(
            "Hello.World, I am new.Very sweet.",
            "en",
            [],
            "missing spaces after full stops",
            ["Hello.World", "new.Very"],
        ),
        case(
            "Me at hotel.example tonight, you at home.",
            "en",
            [url("https://hotel.example", "hotel.example")],
            "'me at host' is prose, the host is a link",
            ["Me at", "you at home"],
        ),
        case(
            "Contact: lena_vip@mail.example.Thanks!",
            "en",
            [email("lena_vip@mail.example", "lena_vip@mail.example", False)],
            "address glued to the next sentence",
            ["example.Thanks"],
        ),
        case(
            "Write to kasia.r+jobs@example.com (subject: job).",
            "en",
            [email("kasia.r+jobs@example.com", "kasia.r+jobs@example.com", False)],
            "plus address in brackets",
        ),
        case(
            "Email 12345@example.com now",
            "en",
            [email("12345@example.com", "12345@example.com", False)],
            "numeric mailbox",
        ),
        case(
            "Email: nina.x [ at ] example [ dot ] co [ dot ] uk",
            "en",
            [email("nina.x@example.co.uk", "nina.x [ at ] example [ dot ] co [ dot ] uk", True)],
            "bracketed words with spaces, two-level suffix",
        ),
        case(
            "mail: vera<at>example<dot>org",
            "en",
            [email("vera@example.org", "vera<at>example<dot>org", True)],
            "angle brackets",
        ),
        case(
            "Telegram: @vip_nina_2024, Insta @nina.model",
            "en",
            [
                handle("telegram:vip_nina_2024", "@vip_nina_2024"),
                handle("instagram:nina.model", "@nina.model"),
            ],
            "two platforms, each cue before its name",
        ),
        case(
            "Contact @lucia_hot_77 (Telegram) for bookings",
            "en",
            [handle("telegram:lucia_hot_77", "@lucia_hot_77")],
            "cue after the name",
        ),
        case(
            "Only on Telegram. Bookings via @lucia_sweet_88 please.",
            "en",
            [handle("telegram:lucia_sweet_88", "@lucia_sweet_88")],
            "one platform named nearby",
        ),
        case(
            "Telegram please, no calls.",
            "en",
            [],
            "a bare word after a cue is no name",
            ["Telegram please"],
        ),
        case(
            "WA: +44 113 496 0789",
            "en",
            [handle("whatsapp:+441134960789", "WA: +44 113 496 0789")],
            "WA label",
            phones=ph,
        ),
        case(
            "Seattle, WA +44 113 496 0789",
            "en",
            [],
            "WA is a state in the US",
            ["WA +44"],
            phones=ph,
            country="US",
        ),
        case(
            "Signal +44 113 496 0789 only",
            "en",
            [handle("signal:+441134960789", "Signal +44 113 496 0789")],
            "Signal and a number",
            phones=ph,
        ),
        case(
            "Viber +44 113 496 0789",
            "en",
            [handle("viber:+441134960789", "Viber +44 113 496 0789")],
            "Viber and a number",
            phones=ph,
        ),
        case(
            "https://api.whatsapp.com/send?phone=441134960789&text=hi",
            "en",
            [
                handle(
                    "whatsapp:+441134960789",
                    "https://api.whatsapp.com/send?phone=441134960789&text=hi",
                ),
                url(
                    "https://api.whatsapp.com/send?phone=441134960789&text=hi",
                    "https://api.whatsapp.com/send?phone=441134960789&text=hi",
                ),
            ],
            "api.whatsapp.com link",
        ),
        case("Kik: sweet_emma22", "en", [handle("kik:sweet_emma22", "sweet_emma22")], "Kik"),
        case(
            "WeChat: Emma_Love88",
            "en",
            [handle("wechat:Emma_Love88", "Emma_Love88")],
            "WeChat keeps case",
        ),
        case("LINE ID: emma.love", "en", [handle("line:emma.love", "emma.love")], "LINE ID"),
        case(
            "Messenger: m.me/emma.love.88",
            "en",
            [
                handle("facebook:emma.love.88", "m.me/emma.love.88"),
                url("https://m.me/emma.love.88", "m.me/emma.love.88"),
            ],
            "m.me link",
        ),
        case(
            "facebook.com/emma.love.88 and facebook.com/groups/123",
            "en",
            [
                handle("facebook:emma.love.88", "facebook.com/emma.love.88"),
                url("https://facebook.com/emma.love.88", "facebook.com/emma.love.88"),
                url("https://facebook.com/groups/123", "facebook.com/groups/123"),
            ],
            "profile link, group link is no handle",
        ),
        case(
            "t.me/joinchat/AbCdEf and instagram.com/p/XyZ123",
            "en",
            [
                url("https://t.me/joinchat/AbCdEf", "t.me/joinchat/AbCdEf"),
                url("https://instagram.com/p/XyZ123", "instagram.com/p/XyZ123"),
            ],
            "invite and post links are no handles",
        ),
        case(
            "snapchat.com/add/emma_x22",
            "en",
            [
                handle("snapchat:emma_x22", "snapchat.com/add/emma_x22"),
                url("https://snapchat.com/add/emma_x22", "snapchat.com/add/emma_x22"),
            ],
            "Snapchat add link",
        ),
        case(
            "See https://example.com/a_(b) for details.",
            "en",
            [url("https://example.com/a_(b)", "https://example.com/a_(b)")],
            "closing bracket that belongs to the path",
        ),
        case(
            "Site: http://example.com:8080/x/",
            "en",
            [url("https://example.com:8080/x", "http://example.com:8080/x/")],
            "port kept, http made https",
        ),
        case(
            "Visit EXAMPLE.COM or Example.org today",
            "en",
            [url("https://example.com", "EXAMPLE.COM"), url("https://example.org", "Example.org")],
            "upper- and title-case hosts",
        ),
        case(
            "Telegarm @emma_love_33",
            "en",
            [handle("telegram:emma_love_33", "@emma_love_33")],
            "misspelt cue before @name",
        ),
        case(
            "Mój mail: ola.k (małpa) poczta (kropka) example",
            "pl",
            [email("ola.k@poczta.example", "ola.k (małpa) poczta (kropka) example", True)],
            "Polish words in brackets",
        ),
        case(
            "Schreib an jana (at) example (Punkt) de",
            "de",
            [email("jana@example.de", "jana (at) example (Punkt) de", True)],
            "German Punkt",
        ),
        case(
            "Écrivez à marie arobase example point fr",
            "fr",
            [email("marie@example.fr", "marie arobase example point fr", True)],
            "French arobase / point",
        ),
        case(
            "Escribe a lucia arroba example punto es",
            "es",
            [email("lucia@example.es", "lucia arroba example punto es", True)],
            "Spanish arroba / punto",
        ),
        case(
            "Scrivi a giulia chiocciola example punto it",
            "it",
            [email("giulia@example.it", "giulia chiocciola example punto it", True)],
            "Italian chiocciola",
        ),
        case(
            "Mail naar eva apenstaartje example punt nl",
            "nl",
            [email("eva@example.nl", "eva apenstaartje example punt nl", True)],
            "Dutch apenstaartje / punt",
        ),
        case(
            "Scrie la ioana arond example punct ro",
            "ro",
            [email("ioana@example.ro", "ioana arond example punct ro", True)],
            "Romanian arond / punct",
        ),
        case("Ne vedem la ora 5. punct final.", "ro", [], "'punct' in prose", ["punct final"]),
        case("A las 5 en punto. Hasta luego.", "es", [], "'punto' in prose", ["en punto"]),
        case("Om 5 uur punt. Tot dan.", "nl", [], "'punt' in prose", ["uur punt"]),
        case("Spotkajmy się o 17. Kropka.", "pl", [], "'kropka' in prose", ["Kropka"]),
        case(
            "Prix: 1.500,00 €, réf. 2025.11.17",
            "fr",
            [],
            "numbers with dots",
            ["1.500,00", "2025.11.17"],
        ),
        case(
            "Ruf an @ 18 Uhr oder schreib.mir",
            "de",
            [],
            "@ before a time, glued words",
            ["@ 18 Uhr", "schreib.mir"],
        ),
        case(
            "Instagram: @anna.rose_ und Telegram: @anna_rose_99",
            "de",
            [
                handle("instagram:anna.rose_", "@anna.rose_"),
                handle("telegram:anna_rose_99", "@anna_rose_99"),
            ],
            "two labelled handles",
        ),
        case(
            "Scrivimi su Telegram: @Giulia_VIP_21.",
            "it",
            [handle("telegram:giulia_vip_21", "@Giulia_VIP_21")],
            "name lower-cased, full stop excluded",
        ),
        case(
            "Contattami @giulia_vip_21 e @giulia_backup",
            "it",
            [],
            "no platform named: no handle",
            ["@giulia_vip_21", "@giulia_backup"],
        ),
        # Written after the extractor, from ads as people write them; not tuned to pass.
        case(
            "Email me at anna.rose@example.com.",
            "en",
            [email("anna.rose@example.com", "anna.rose@example.com", False)],
            "'at' before a plain address",
        ),
        case(
            "anna . rose @ example . com",
            "en",
            [email("anna.rose@example.com", "anna . rose @ example . com", True)],
            "spaced dots in the mailbox too",
        ),
        case(
            "ANNA [AT] EXAMPLE [DOT] COM",
            "en",
            [email("anna@example.com", "ANNA [AT] EXAMPLE [DOT] COM", True)],
            "all upper case",
        ),
        case(
            "Write <anna@example.com> or mailto:lena@example.org",
            "en",
            [
                email("anna@example.com", "anna@example.com", False),
                email("lena@example.org", "lena@example.org", False),
            ],
            "angle brackets, mailto",
        ),
        case(
            "Form: https://example.com/contact?email=anna@example.org",
            "en",
            [
                url(
                    "https://example.com/contact?email=anna@example.org",
                    "https://example.com/contact?email=anna@example.org",
                ),
                email("anna@example.org", "anna@example.org", False),
            ],
            "address inside a link",
        ),
        case(
            "Shop: https://müller-example.de/kontakt",
            "de",
            [url("https://müller-example.de/kontakt", "https://müller-example.de/kontakt")],
            "internationalised host",
        ),
        case(
            "Site:example.com/vip",
            "en",
            [url("https://example.com/vip", "example.com/vip")],
            "no space after the colon",
        ),
        case(
            "Dev box http://localhost:8000 and 192.168.1.1, app v2.0.1, Mr.Bean",
            "en",
            [],
            "hosts without a public suffix, versions",
            ["localhost", "192.168.1.1", "v2.0.1", "Mr.Bean"],
        ),
        case(
            "Join t.me/+AbCdEfGh12 now",
            "en",
            [url("https://t.me/+AbCdEfGh12", "t.me/+AbCdEfGh12")],
            "Telegram invite link is no handle",
        ),
        case(
            "Follow @anna_rose on Instagram",
            "en",
            [handle("instagram:anna_rose", "@anna_rose")],
            "platform named after 'on'",
        ),
        case(
            "tg - @anna_rose_21",
            "en",
            [handle("telegram:anna_rose_21", "@anna_rose_21")],
            "tg label with a dash",
        ),
        case(
            "Instagram: anna",
            "en",
            [handle("instagram:anna", "anna")],
            "short bare name after a colon",
        ),
        case(
            "WhatsApp only! +44 113 496 0888",
            "en",
            [handle("whatsapp:+441134960888", "WhatsApp only! +44 113 496 0888")],
            "exclamation between cue and number",
            phones=[{"raw": "+44 113 496 0888", "value": "+441134960888"}],
        ),
        case(
            "Call/WhatsApp/Telegram: +44 113 496 0777",
            "en",
            [handle("whatsapp:+441134960777", "WhatsApp/Telegram: +44 113 496 0777")],
            "cue list before a number",
            phones=[{"raw": "+44 113 496 0777", "value": "+441134960777"}],
        ),
        case(
            "+44 113 496 0666 WhatsApp & Viber",
            "en",
            [
                handle("whatsapp:+441134960666", "+44 113 496 0666 WhatsApp"),
                handle("viber:+441134960666", "+44 113 496 0666 WhatsApp & Viber"),
            ],
            "two cues after a number",
            phones=[{"raw": "+44 113 496 0666", "value": "+441134960666"}],
        ),
        case(
            "I'm at home.Call me. Meet me at 5.30pm, rates at 100.00/hr, @everyone welcome",
            "en",
            [],
            "prose with at, dots and @",
            ["home.Call", "at 5.30pm", "100.00/hr", "@everyone"],
        ),
        case(
            "Anna at Example dot com",
            "en",
            [email("anna@example.com", "Anna at Example dot com", True)],
            "title-case mailbox with an obfuscated dot",
        ),
        case(
            "info at example.com",
            "en",
            [email("info@example.com", "info at example.com", True)],
            "bare 'at' and a plain domain",
        ),
        case(
            "Prices at example.com, jobs at example.org",
            "en",
            [url("https://example.com", "example.com"), url("https://example.org", "example.org")],
            "'Prices at'/'jobs at' are prose",
            ["Prices at", "jobs at"],
        ),
        case(
            "onlyfans.com/anna_x?ref=1",
            "en",
            [
                handle("onlyfans:anna_x", "onlyfans.com/anna_x?ref=1"),
                url("https://onlyfans.com/anna_x?ref=1", "onlyfans.com/anna_x?ref=1"),
            ],
            "OnlyFans link with a query",
        ),
        case(
            "fb.com/profile.php?id=100012345678",
            "en",
            [
                handle("facebook:100012345678", "fb.com/profile.php?id=100012345678"),
                url(
                    "https://fb.com/profile.php?id=100012345678",
                    "fb.com/profile.php?id=100012345678",
                ),
            ],
            "numeric Facebook profile",
        ),
        case(
            "wa.me/+441134960555 or wa.me/441134960444?text=Hi",
            "en",
            [
                handle("whatsapp:+441134960555", "wa.me/+441134960555"),
                url("https://wa.me/+441134960555", "wa.me/+441134960555"),
                handle("whatsapp:+441134960444", "wa.me/441134960444?text=Hi"),
                url("https://wa.me/441134960444?text=Hi", "wa.me/441134960444?text=Hi"),
            ],
            "wa.me with + and with a message",
        ),
        case(
            "WhatsApp: wa.link/abc123",
            "en",
            [url("https://wa.link/abc123", "wa.link/abc123")],
            "link shortener: no number to read",
        ),
        case(
            "Telegram @anna_rose_21 / @anna_backup_22",
            "en",
            [
                handle("telegram:anna_rose_21", "@anna_rose_21"),
                handle("telegram:anna_backup_22", "@anna_backup_22"),
            ],
            "second name in a list after a cue",
        ),
        case("Kik me: anna_k", "en", [handle("kik:anna_k", "anna_k")], "Kik with filler"),
        case("Signal: anna.01", "en", [handle("signal:anna.01", "anna.01")], "Signal username"),
        case(
            "WeChat ID: wxid_abc123",
            "en",
            [handle("wechat:wxid_abc123", "wxid_abc123")],
            "WeChat id",
        ),
        case(
            "Nouvelle adresse : marie.claire(arobase)example(point)fr",
            "fr",
            [email("marie.claire@example.fr", "marie.claire(arobase)example(point)fr", True)],
            "arobase in brackets",
        ),
        case(
            "Kontakt: info [ät] example [punkt] at",
            "de",
            [email("info@example.at", "info [ät] example [punkt] at", True)],
            "ät, Austrian domain",
        ),
        case(
            "Bel of app 0113 496 0321 (ook WhatsApp)",
            "nl",
            [handle("whatsapp:+441134960321", "0113 496 0321 (ook WhatsApp")],
            "'ook' before the cue",
            phones=[{"raw": "0113 496 0321", "value": "+441134960321"}],
        ),
        case(
            "Dzwoń lub pisz na WhatsAppie: +44 113 496 0654",
            "pl",
            [handle("whatsapp:+441134960654", "WhatsAppie: +44 113 496 0654")],
            "inflected cue",
            phones=[{"raw": "+44 113 496 0654", "value": "+441134960654"}],
        ),
        case(
            "Sună-mă la 0113 496 0987, am și Viber",
            "ro",
            [],
            "Viber not next to the number",
            ["Viber"],
            phones=[{"raw": "0113 496 0987", "value": "+441134960987"}],
        ),
        case(
            "Bel of app 0113 496 0322 (Dan)",
            "nl",
            [handle("whatsapp:+441134960322", "app 0113 496 0322")],
            "Dutch 'app' (to WhatsApp) right before a number",
            phones=[{"raw": "0113 496 0322", "value": "+441134960322"}],
        ),
        case(
            "Download the app or call 0113 496 0323 for an interview.",
            "en",
            [],
            "'app' with words before the number is no cue",
            ["app"],
            phones=[{"raw": "0113 496 0323", "value": "+441134960323"}],
        ),
        case(
            "Rates on request. WhattsApp 0113 496 0324 😈",
            "en",
            [handle("whatsapp:+441134960324", "WhattsApp 0113 496 0324")],
            "misspelt WhatsApp right before a number",
            phones=[{"raw": "0113 496 0324", "value": "+441134960324"}],
        ),
        case(
            "Diskret und sauber. hatsApp: 030 23125 456",
            "de",
            [handle("whatsapp:+493023125456", "hatsApp: 030 23125 456")],
            "WhatsApp missing its first letter, then a colon",
            phones=[{"raw": "030 23125 456", "value": "+493023125456"}],
        ),
        case(
            "Whatever 0113 496 0328, whatsoever",
            "en",
            [],
            "words near 'whatsapp' are not it",
            ["Whatever"],
            phones=[{"raw": "0113 496 0328", "value": "+441134960328"}],
        ),
        case(
            "Hablo poco español, mejor WhatsApp.\nTel: 0113 496 0325 / 0113 496 0326",
            "es",
            [],
            "a sentence ends after the cue: the next line's numbers are phones",
            phones=[
                {"raw": "0113 496 0325", "value": "+441134960325"},
                {"raw": "0113 496 0326", "value": "+441134960326"},
            ],
        ),
        case(
            "WhatsApp / Tel. Nr. 030 23125 457",
            "de",
            [handle("whatsapp:+493023125457", "WhatsApp / Tel. Nr. 030 23125 457")],
            "abbreviations with a dot between cue and number",
            phones=[{"raw": "030 23125 457", "value": "+493023125457"}],
        ),
        case(
            "Anruf 0113 496 0327 oder WhatsApp 0176\n04069034",
            "de",
            [],
            "the number after the cue was not read: the one before is not it",
            phones=[{"raw": "0113 496 0327", "value": "+441134960327"}],
        ),
        case(
            "0113 496 0329 WhatsApp 100% discreet",
            "en",
            [handle("whatsapp:+441134960329", "0113 496 0329 WhatsApp")],
            "a percentage after the cue is no number of its own",
            ["100%"],
            phones=[{"raw": "0113 496 0329", "value": "+441134960329"}],
        ),
        case(
            "Schreib mir auf Teleggram melanie_queen_22",
            "de",
            [handle("telegram:melanie_queen_22", "melanie_queen_22")],
            "misspelt Telegram before a bare name with '_'",
        ),
        case(
            "(also on Telegarm lux_girls_288) Respect and hygiene",
            "en",
            [handle("telegram:lux_girls_288", "lux_girls_288")],
            "misspelt Telegram in brackets",
        ),
    ]
    return c


# =========================================================================== wallets


def b58check(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def eip55(hex40: str) -> str:
    digest = keccak.new(digest_bits=256, data=hex40.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h, 16) >= 8 else c
        for c, h in zip(hex40, digest[:40], strict=True)
    )


MONERO_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MONERO_SIZES = (0, 2, 3, 5, 6, 7, 9, 10, 11)


def monero_encode(data: bytes) -> str:
    out = []
    for offset in range(0, len(data), 8):
        block = data[offset : offset + 8]
        number = int.from_bytes(block, "big")
        chars = []
        for _ in range(MONERO_SIZES[len(block)]):
            number, digit = divmod(number, 58)
            chars.append(MONERO_ALPHABET[digit])
        out.append("".join(reversed(chars)))
    return "".join(out)


def monero(netbyte: int, rng: random.Random, extra: int = 0) -> str:
    body = bytes([netbyte]) + rng.randbytes(64 + extra)
    return monero_encode(body + keccak.new(digest_bits=256, data=body).digest()[:4])


def corrupt(address: str, rng: random.Random, alphabet: str) -> str:
    """One character changed (not the first): a broken checksum."""
    position = rng.randrange(4, len(address))
    choices = [c for c in alphabet if c != address[position]]
    return address[:position] + rng.choice(choices) + address[position + 1 :]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

WALLET_PHRASES = {
    "en": (
        "Payment only in {coin}: {a}",
        "Deposit to {a} before the meeting.",
        "Send {coin} to {a} (no refunds)",
    ),
    "fr": (
        "Paiement uniquement en {coin} : {a}",
        "Acompte sur {a} avant le rendez-vous.",
        "Envoyez {coin} à {a} (pas de remboursement)",
    ),
    "de": (
        "Zahlung nur in {coin}: {a}",
        "Anzahlung an {a} vor dem Treffen.",
        "Sende {coin} an {a} (keine Erstattung)",
    ),
    "es": (
        "Pago solo en {coin}: {a}",
        "Depósito a {a} antes de la cita.",
        "Envía {coin} a {a} (sin reembolsos)",
    ),
    "it": (
        "Pagamento solo in {coin}: {a}",
        "Anticipo su {a} prima dell'incontro.",
        "Invia {coin} a {a} (niente rimborsi)",
    ),
    "nl": (
        "Betaling alleen in {coin}: {a}",
        "Aanbetaling naar {a} voor de afspraak.",
        "Stuur {coin} naar {a} (geen terugbetaling)",
    ),
    "pl": (
        "Płatność tylko w {coin}: {a}",
        "Zaliczka na {a} przed spotkaniem.",
        "Wyślij {coin} na {a} (bez zwrotów)",
    ),
    "ro": (
        "Plata doar în {coin}: {a}",
        "Avans la {a} înainte de întâlnire.",
        "Trimite {coin} la {a} (fără rambursări)",
    ),
}


def wallet(value: str, raw: str) -> dict[str, Any]:
    return {"type": "wallet", "value": value, "raw": raw, "obfuscated": False}


def wallet_cases(rng: random.Random) -> list[dict[str, Any]]:
    # (coin label, raw address, expected value, note)
    public = [
        (
            "BTC",
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "Bitcoin genesis address (P2PKH)",
        ),
        (
            "BTC",
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "BIP-173 P2WPKH, upper case",
        ),
        (
            "BTC",
            "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            "bitcoin:bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            "BIP-173 P2WSH",
        ),
        (
            "BTC",
            "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
            "bitcoin:bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
            "BIP-350 v1 bech32m",
        ),
        (
            "BTC",
            "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
            "bitcoin:bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
            "BIP-350 v2 bech32m",
        ),
        (
            "BTC",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            "bitcoin:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            "BIP-350 taproot",
        ),
        (
            "ETH",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
            "EIP-55 vector",
        ),
        (
            "ETH",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "ethereum:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
            "EIP-55 vector",
        ),
        (
            "ETH",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "ethereum:0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb",
            "EIP-55 vector",
        ),
        (
            "ETH",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            "ethereum:0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb",
            "EIP-55 vector",
        ),
        (
            "USDT",
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "ethereum:0x52908400098527886e0f7030069857d2e4169ee7",
            "EIP-55 all-caps vector (no checksum)",
        ),
        (
            "USDT",
            "0xde709f2102306220921060314715629080e2fb77",
            "ethereum:0xde709f2102306220921060314715629080e2fb77",
            "EIP-55 all-lower vector (no checksum)",
        ),
        (
            "XMR",
            "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
            "monero:44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A",
            "Monero project donation address",
        ),
    ]
    made: list[tuple[str, str, str, str]] = []
    for _ in range(4):
        a = b58check(0x00, rng.randbytes(20))
        made.append(("BTC", a, f"bitcoin:{a}", "P2PKH from a random payload"))
        a = b58check(0x05, rng.randbytes(20))
        made.append(("BTC", a, f"bitcoin:{a}", "P2SH from a random payload"))
        a = bech32m.encode("bc", 0, rng.randbytes(20))
        made.append(("BTC", a, f"bitcoin:{a}", "P2WPKH from a random payload"))
        a = bech32m.encode("bc", 1, rng.randbytes(32))
        made.append(("BTC", a, f"bitcoin:{a}", "taproot from a random payload"))
        a = b58check(0x30, rng.randbytes(20))
        made.append(("LTC", a, f"litecoin:{a}", "Litecoin L... from a random payload"))
        a = b58check(0x32, rng.randbytes(20))
        made.append(("LTC", a, f"litecoin:{a}", "Litecoin M... from a random payload"))
        a = bech32m.encode("ltc", 0, rng.randbytes(20))
        made.append(("LTC", a, f"litecoin:{a}", "Litecoin ltc1 from a random payload"))
        a = b58check(0x41, rng.randbytes(20))
        made.append(("USDT TRC20", a, f"tron:{a}", "Tron from a random payload"))
        h = rng.randbytes(20).hex()
        a = eip55(h)
        made.append(("ETH", a, f"ethereum:0x{h}", "EIP-55 from a random payload"))
        a = monero(18, rng)
        made.append(("XMR", a, f"monero:{a}", "Monero standard from a random payload"))
    for netbyte, extra, note in ((42, 0, "Monero subaddress"), (19, 8, "Monero integrated")):
        a = monero(netbyte, rng, extra)
        made.append(("XMR", a, f"monero:{a}", f"{note} from a random payload"))

    cases: list[dict[str, Any]] = []
    for index, (coin, raw, value, note) in enumerate(public + made):
        lang = LANGUAGES[index % len(LANGUAGES)]
        phrase = WALLET_PHRASES[lang][index % 3]
        cases.append(case(phrase.format(coin=coin, a=raw), lang, [wallet(value, raw)], note))

    # Decoys: broken checksums, right shapes with no checksum, testnet, hashes.
    broken = [
        corrupt("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", rng, B58),
        corrupt(b58check(0x05, rng.randbytes(20)), rng, B58),
        corrupt(b58check(0x30, rng.randbytes(20)), rng, B58),
        corrupt(b58check(0x41, rng.randbytes(20)), rng, B58),
        corrupt(bech32m.encode("bc", 0, rng.randbytes(20)), rng, BECH),
        corrupt(bech32m.encode("bc", 1, rng.randbytes(32)), rng, BECH),
        corrupt(bech32m.encode("ltc", 0, rng.randbytes(20)), rng, BECH),
        corrupt(monero(18, rng), rng, B58),
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # EIP-55 vector, last letter's case flipped
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5D359",
        "1" + "".join(rng.choice(B58) for _ in range(33)),
        "3" + "".join(rng.choice(B58) for _ in range(33)),
        "T" + "".join(rng.choice(B58) for _ in range(33)),
        "L" + "".join(rng.choice(B58) for _ in range(33)),
        "4" + "".join(rng.choice(B58) for _ in range(94)),
        "bc1q" + "".join(rng.choice(BECH) for _ in range(38)),
        "0x" + rng.randbytes(32).hex(),  # a transaction hash, not an address
        rng.randbytes(32).hex(),
        "0x" + rng.randbytes(20).hex()[:39],
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",  # valid, but testnet
        "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty",  # BIP-173 invalid: unknown prefix
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # BIP-173 invalid: checksum
        "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",  # BIP-173 invalid: witness version
        "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",  # noqa: E501 (program too long)
        "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",  # BIP-173 invalid: v0 program length
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # BIP-350: v1 with bech32
        "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",  # BIP-350: v16, bech32
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # BIP-350: v0 with bech32m
        "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn",  # testnet P2PKH shape
        "ThisIsNotAWalletButAVeryLongWordIndeed",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        b58check(0x00, bytes(20)),  # the all-zero P2PKH payload: valid; an expected case below
    ]
    for index, raw in enumerate(broken[:-1]):
        lang = LANGUAGES[index % len(LANGUAGES)]
        phrase = WALLET_PHRASES[lang][index % 3]
        cases.append(
            case(
                phrase.format(coin="BTC", a=raw),
                lang,
                [],
                "decoy: " + ("broken checksum" if index < 10 else "shape without a valid checksum"),
                [raw],
            )
        )
    zero = broken[-1]
    cases.append(
        case(
            f"Burn address {zero} is valid too",
            "en",
            [wallet(f"bitcoin:{zero}", zero)],
            "all-zero payload, valid checksum",
        )
    )
    # Several in one text, and glued to punctuation.
    a1 = b58check(0x00, rng.randbytes(20))
    h = rng.randbytes(20).hex()
    a2 = eip55(h)
    cases.append(
        case(
            f"BTC:{a1}; ETH:{a2}.",
            "en",
            [wallet(f"bitcoin:{a1}", a1), wallet(f"ethereum:0x{h}", a2)],
            "two addresses after labels",
        )
    )
    cases.append(
        case(f"bitcoin:{a1}?amount=0.01", "en", [wallet(f"bitcoin:{a1}", a1)], "BIP-21 payment URI")
    )
    cases.append(
        case(
            f"(xmr) {public[-1][1]}, thanks",
            "en",
            [wallet(public[-1][2], public[-1][1])],
            "Monero in brackets context",
        )
    )
    cases.append(
        case(f"Code: X{a1}", "en", [], "address glued to a letter is not taken", [f"X{a1}"])
    )
    return cases


def main() -> None:
    rng = random.Random(20261128)
    for name, cases in (("contacts", contact_cases(rng)), ("wallets", wallet_cases(rng))):
        path = HERE / f"{name}.jsonl"
        lines = [json.dumps(item, ensure_ascii=False) for item in cases]
        # Cases written into the file by hand, not made here, are kept after these.
        made = {item["text"] for item in cases}
        if path.exists():
            old = path.read_text(encoding="utf-8").splitlines()
            lines += [line for line in old if line and json.loads(line)["text"] not in made]
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        print(f"{path}: {len(lines)} cases, {len(lines) - len(cases)} of them written by hand")


if __name__ == "__main__":
    main()
