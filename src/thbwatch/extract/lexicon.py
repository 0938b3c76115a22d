# ruff: noqa: E501  (word tables read better one language a line than wrapped)
"""Words per language that the number and place extractors read: data only, no logic.

Each table is a dict keyed by ISO 639-1 code. Engines (numbers.py, places.py) join them into
patterns; adding a language means adding entries here, not touching the engines. Entries
are lower case; accents are kept where the language writes them (the place engine folds
them away itself).
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "nl", "pl", "ro")

# --------------------------------------------------------------------------- ages

# Words that follow the number: "23 years old", "23 ans", "23 Jahre", "23 de ani".
AGE_UNITS: dict[str, tuple[str, ...]] = {
    "en": ("years old", "years young", "year old", "years", "year", "yrs old", "yrs", "yo", "y.o.", "y/o"),
    "fr": ("ans", "an"),
    "de": ("jahre alt", "jahre jung", "jahre", "jahren", "jahr", "j."),
    "es": ("años", "añitos", "año", "anos", "añ"),
    "it": ("anni", "anno", "annetti"),
    "nl": ("jaar oud", "jaar jong", "jaar", "jr"),
    "pl": ("lata", "lat", "latka", "l."),
    "ro": ("de ani", "ani", "an", "anișori", "anisori"),
}

# Words before the number: "age: 23", "Alter 23", "âge 23", "edad 23", "età 23".
# Verbs ("tengo", "ho", "mam") are left out: they are followed by a unit, which suffices.
AGE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("age", "aged", "i am", "i'm", "girl of", "lady of", "woman of", "babe of"),
    "fr": ("âge", "age"),
    "de": ("alter", "ich bin"),
    "es": ("edad",),
    "it": ("età", "eta"),
    "nl": ("leeftijd", "ik ben"),
    "pl": ("wiek", "w wieku"),
    "ro": ("vârsta", "vârstă", "varsta"),
}

# A number followed by these is not an age even when an age unit follows later
# ("5 years of experience", "3 ans d'expérience", "2 Jahre Berufserfahrung").
EXPERIENCE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("experience", "exp", "experienced", "in the business", "in business", "contract",
           "warranty", "ago", "in the industry", "service", "of work", "working"),
    "fr": ("d'expérience", "d'experience", "expérience", "experience", "de contrat", "de garantie",
           "d'ancienneté"),
    "de": ("berufserfahrung", "erfahrung", "garantie", "vertrag", "betriebszugehörigkeit", "lang", "her"),
    "es": ("de experiencia", "experiencia", "de contrato", "de garantía"),
    "it": ("di esperienza", "esperienza", "di contratto", "di garanzia", "fa"),
    "nl": ("ervaring", "werkervaring", "contract", "garantie", "geleden"),
    "pl": ("doświadczenia", "doświadczenie", "stażu", "umowy", "gwarancji", "temu"),
    "ro": ("de experiență", "experiență", "experienta", "de experienta", "de contract", "garanție"),
}

# Words right before the number that make it something else than an age
# ("after 5 years", "for 18 years", "minimum 18 years" is a legal floor, not a person).
NOT_AGE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("for", "after", "over", "since", "within", "minimum", "min", "at least", "every",
           "last", "past", "next", "than", "plus", "under", "below", "above", "established",
           "founded", "trading", "opened", "open"),
    "fr": ("depuis", "pendant", "après", "plus de", "moins de", "minimum", "dans", "il y a"),
    "de": ("seit", "nach", "für", "über", "mindestens", "ab", "unter", "vor", "in"),
    "es": ("desde hace", "durante", "después de", "más de", "hace", "mínimo", "menos de"),
    "it": ("da", "per", "dopo", "oltre", "minimo", "almeno", "meno di", "più di"),
    "nl": ("sinds", "na", "voor", "al", "minimaal", "minstens", "meer dan", "over"),
    "pl": ("od", "przez", "po", "ponad", "minimum", "co najmniej", "powyżej", "poniżej"),
    "ro": ("după", "peste", "minim", "cel puțin", "timp de", "sub"),
}

# --------------------------------------------------------------------------- money

# Currency written after or before the amount, lower case, longest first in the engine.
CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "evro": "EUR", "euri": "EUR",
    "eurów": "EUR", "eura": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "zł": "PLN", "zl": "PLN", "pln": "PLN", "złotych": "PLN", "zlotych": "PLN", "złote": "PLN",
    "lei": "RON", "ron": "RON", "leu": "RON",
    "chf": "CHF", "fr.": "CHF", "sfr": "CHF", "franken": "CHF", "francs": "CHF",
    "kč": "CZK", "czk": "CZK", "huf": "HUF", "лв": "BGN", "bgn": "BGN",
    "kr": "SEK", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "uah": "UAH", "грн": "UAH",
    "rsd": "RSD", "₺": "TRY", "₴": "UAH",
    # "roses" is the classic euphemism of escort ads for the local currency unit.
    "roses": "ROSES", "rose": "ROSES", "rosas": "ROSES", "rozen": "ROSES", "róż": "ROSES",
    "trandafiri": "ROSES",
    "💶": "EUR", "💷": "GBP", "💵": "USD",
}
# Symbols that stand before the amount ("€150", "£12.50", "$pecial" aside).
CURRENCY_PREFIX: tuple[str, ...] = ("€", "£", "$", "eur", "gbp", "chf", "pln", "ron", "usd")

# Country -> currency, for bare amounts in an ad that has rates ("ora 150" in Italy).
COUNTRY_CURRENCY: dict[str, str] = {
    "GB": "GBP", "PL": "PLN", "RO": "RON", "CH": "CHF", "LI": "CHF", "CZ": "CZK", "HU": "HUF",
    "BG": "BGN", "SE": "SEK", "NO": "NOK", "DK": "DKK", "UA": "UAH", "RS": "RSD", "TR": "TRY",
    "MD": "MDL", "AL": "ALL", "MK": "MKD", "BA": "BAM", "IS": "ISK", "GE": "GEL", "AM": "AMD",
    "AZ": "AZN", "GI": "GBP",
}
# Language -> currency when the country is unknown (only where one currency dominates).
LANGUAGE_CURRENCY: dict[str, str] = {
    "en": "GBP", "fr": "EUR", "de": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pl": "PLN",
    "ro": "RON", "pt": "EUR", "el": "EUR", "fi": "EUR", "sk": "EUR", "sl": "EUR", "et": "EUR",
    "lv": "EUR", "lt": "EUR", "hr": "EUR",
}

# Durations a sex-ad rate is quoted for, per language -> normalised "per" value.
# Read both before ("1 Std 220 €", "notte 780€") and after ("150 €/h", "120€ all'ora").
PRICE_PERIODS: dict[str, dict[str, str]] = {
    "en": {"30 mins": "30min", "30 min": "30min", "30min": "30min", "30mins": "30min",
           "half hour": "30min", "half an hour": "30min", "1/2 hour": "30min", "1/2h": "30min",
           "hour": "hour", "1 hour": "hour", "1hr": "hour", "hr": "hour", "1h": "hour", "h": "hour",
           "ph": "hour", "p/h": "hour", "per hour": "hour", "an hour": "hour", "hourly": "hour",
           "the hour": "hour", "for the hour": "hour",
           "overnight": "night", "night": "night", "all night": "night", "per night": "night",
           "visit": "visit", "per visit": "visit", "session": "visit", "per session": "visit",
           "quickie": "30min", "15 min": "15min", "20 min": "20min", "45 min": "45min",
           "2 hours": "2hours", "2h": "2hours", "2 hrs": "2hours"},
    "fr": {"la demi-heure": "30min", "demi-heure": "30min", "1/2h": "30min", "30 min": "30min",
           "30min": "30min", "l'heure": "hour", "1h": "hour", "1 h": "hour", "h": "hour",
           "heure": "hour", "de l'heure": "hour", "la nuit": "night", "nuit": "night",
           "nuit complète": "night", "la soirée": "night", "soirée": "night",
           "le rendez-vous": "visit", "rdv": "visit", "2h": "2hours", "2 heures": "2hours"},
    "de": {"30 min": "30min", "30min": "30min", "1/2 std": "30min", "1/2 std.": "30min",
           "halbe stunde": "30min", "1/2h": "30min", "1 std": "hour", "1 std.": "hour",
           "std": "hour", "std.": "hour", "stunde": "hour", "1 stunde": "hour", "1h": "hour",
           "h": "hour", "pro stunde": "hour", "die stunde": "hour", "übernachtung": "night",
           "nacht": "night", "ganze nacht": "night", "die nacht": "night", "2 std": "2hours",
           "2h": "2hours", "besuch": "visit", "hausbesuch": "visit", "15 min": "15min",
           "20 min": "20min"},
    "es": {"media hora": "30min", "30 min": "30min", "30min": "30min", "1/2 hora": "30min",
           "hora": "hour", "1 hora": "hour", "1h": "hour", "h": "hour", "la hora": "hour",
           "noche": "night", "toda la noche": "night", "la noche": "night", "salidas": "visit",
           "salida": "visit", "2 horas": "2hours", "20 min": "20min",
           "15 min": "15min"},
    "it": {"mezz'ora": "30min", "mezzora": "30min", "30 min": "30min", "30min": "30min",
           "mezz’ora": "30min", "ora": "hour", "1 ora": "hour", "un'ora": "hour", "1h": "hour",
           "h": "hour", "all'ora": "hour", "l'ora": "hour", "all’ora": "hour", "notte": "night",
           "la notte": "night", "tutta la notte": "night", "2 ore": "2hours", "incontro": "visit",
           "15 min": "15min", "20 min": "20min"},
    "nl": {"half uur": "30min", "per half uur": "30min", "30 min": "30min", "30min": "30min",
           "uur": "hour", "per uur": "hour", "p/u": "hour", "1 uur": "hour", "1u": "hour",
           "u": "hour", "h": "hour", "nacht": "night", "hele nacht": "night",
           "per nacht": "night", "2 uur": "2hours", "bezoek": "visit", "20 min": "20min",
           "15 min": "15min"},
    "pl": {"pół godziny": "30min", "30 min": "30min", "30min": "30min", "1/2h": "30min",
           "godzina": "hour", "godz": "hour", "godz.": "hour", "za godzinę": "hour",
           "1 h": "hour", "1h": "hour", "h": "hour", "godzinę": "hour", "noc": "night",
           "całą noc": "night", "za noc": "night", "2 godziny": "2hours", "2h": "2hours",
           "spotkanie": "visit", "15 min": "15min", "20 min": "20min"},
    "ro": {"30 min": "30min", "30min": "30min", "jumătate de oră": "30min", "1/2 ora": "30min",
           "ora": "hour", "oră": "hour", "o oră": "hour", "o ora": "hour", "1 ora": "hour",
           "1 oră": "hour", "1h": "hour", "h": "hour", "pe oră": "hour", "pe ora": "hour",
           "noaptea": "night", "noapte": "night", "o noapte": "night", "toată noaptea": "night",
           "2 ore": "2hours", "întâlnire": "visit", "15 min": "15min", "20 min": "20min"},
}

# Pay periods of a salary, per language -> "hour" | "day" | "week" | "month" | "year".
SALARY_PERIODS: dict[str, dict[str, str]] = {
    "en": {"per hour": "hour", "an hour": "hour", "/hr": "hour", "/hour": "hour", "/h": "hour",
           "ph": "hour", "p/h": "hour", "hourly": "hour", "per day": "day", "a day": "day",
           "/day": "day", "daily": "day", "per week": "week", "a week": "week", "/week": "week",
           "weekly": "week", "pw": "week", "p/w": "week", "per month": "month",
           "a month": "month", "/month": "month", "monthly": "month", "pcm": "month",
           "per annum": "year", "pa": "year", "p.a.": "year", "per year": "year",
           "a year": "year", "/year": "year", "yearly": "year", "annually": "year"},
    "fr": {"de l'heure": "hour", "l'heure": "hour", "par heure": "hour", "/h": "hour",
           "/heure": "hour", "horaire": "hour", "de l’heure": "hour", "par jour": "day",
           "/jour": "day", "la journée": "day", "par semaine": "week", "/semaine": "week",
           "mensuel": "month", "mensuels": "month", "par mois": "month", "/mois": "month",
           "mois": "month", "annuel": "year", "annuels": "year", "par an": "year", "/an": "year"},
    "de": {"pro stunde": "hour", "/std.": "hour", "/std": "hour", "std.": "hour",
           "die stunde": "hour", "stündlich": "hour", "/h": "hour", "pro std.": "hour",
           "pro tag": "day", "am tag": "day", "täglich": "day", "/tag": "day",
           "pro woche": "week", "die woche": "week", "wöchentlich": "week",
           "im monat": "month", "pro monat": "month", "monatlich": "month", "/monat": "month",
           "mtl.": "month", "im jahr": "year", "pro jahr": "year", "jährlich": "year",
           "/jahr": "year", "p.a.": "year"},
    "es": {"/hora": "hour", "la hora": "hour", "por hora": "hour", "/h": "hour",
           "al día": "day", "por día": "day", "diarios": "day", "/día": "day",
           "a la semana": "week", "por semana": "week", "semanales": "week",
           "al mes": "month", "mensuales": "month", "por mes": "month", "/mes": "month",
           "mensual": "month", "al año": "year", "anuales": "year", "por año": "year",
           "brutos anuales": "year"},
    "it": {"l'ora": "hour", "all'ora": "hour", "l’ora": "hour", "orari": "hour",
           "/ora": "hour", "/h": "hour", "all’ora": "hour", "al giorno": "day",
           "giornalieri": "day", "/giorno": "day", "a settimana": "week",
           "alla settimana": "week", "settimanali": "week", "al mese": "month",
           "mensili": "month", "/mese": "month", "mensile": "month", "al mese netti": "month",
           "all'anno": "year", "annui": "year", "annuali": "year", "/anno": "year",
           "ral": "year"},
    "nl": {"per uur": "hour", "/uur": "hour", "p/u": "hour", "/u": "hour", "/h": "hour",
           "per dag": "day", "/dag": "day", "per week": "week", "/week": "week",
           "per maand": "month", "/maand": "month", "p/m": "month", "per jaar": "year",
           "/jaar": "year"},
    "pl": {"/h": "hour", "/godz.": "hour", "/godz": "hour", "za godzinę": "hour",
           "na godzinę": "hour", "godzinowo": "hour", "dziennie": "day", "za dzień": "day",
           "/dzień": "day", "tygodniowo": "week", "na tydzień": "week",
           "miesięcznie": "month", "/mies.": "month", "/miesiąc": "month",
           "na miesiąc": "month", "mies.": "month", "rocznie": "year", "/rok": "year"},
    "ro": {"pe oră": "hour", "pe ora": "hour", "/oră": "hour", "/ora": "hour", "/h": "hour",
           "pe zi": "day", "/zi": "day", "pe săptămână": "week", "pe saptamana": "week",
           "pe lună": "month", "pe luna": "month", "/lună": "month", "/luna": "month",
           "lunar": "month", "pe an": "year", "anual": "year"},
}

# Gross and net pay words -> gross (True) or net (False).
GROSS_NET: dict[str, dict[str, bool]] = {
    "en": {"gross": True, "before tax": True, "net": False, "after tax": False, "cash": False,
           "in hand": False, "take home": False},
    "fr": {"brut": True, "bruts": True, "brute": True, "net": False, "nets": False,
           "nette": False},
    "de": {"brutto": True, "netto": False, "bar": False, "auf die hand": False},
    "es": {"brutos": True, "bruto": True, "brutas": True, "netos": False, "neto": False,
           "netas": False, "en mano": False},
    "it": {"lordi": True, "lordo": True, "netti": False, "netto": False, "in contanti": False},
    "nl": {"bruto": True, "netto": False, "contant": False},
    "pl": {"brutto": True, "netto": False, "na rękę": False, "na reke": False},
    "ro": {"brut": True, "net": False, "în mână": False, "in mana": False},
}

# Words that make a nearby amount pay for work ("salary", "Lohn", "stipendio", "salariu").
JOB_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("salary", "pay", "paid", "wage", "wages", "earn", "earning", "earnings", "income",
           "rate of pay", "we offer", "per annum", "hourly rate", "remuneration", "payment"),
    "fr": ("salaire", "rémunération", "remuneration", "payé", "paye", "gagnez", "gagner",
           "revenu", "nous proposons", "smic", "brut", "net par mois", "rémunéré"),
    "de": ("lohn", "gehalt", "vergütung", "verdienst", "verdienen", "verdienst", "bezahlung",
           "stundenlohn", "wir bieten", "brutto", "netto", "entgelt", "bezahlt"),
    "es": ("salario", "sueldo", "retribución", "remuneración", "ganas", "ganar", "cobrar",
           "ofrecemos", "pagado", "nómina", "brutos", "netos"),
    "it": ("stipendio", "retribuzione", "paga", "guadagni", "guadagna", "guadagnare",
           "offriamo", "pagato", "compenso", "lordi", "netti", "ral"),
    "nl": ("salaris", "loon", "uurloon", "verdienen", "verdient", "betaald", "wij bieden",
           "bruto", "netto", "vergoeding"),
    "pl": ("wynagrodzenie", "płaca", "placa", "pensja", "zarobki", "zarabiasz", "zarabiaj",
           "oferujemy", "brutto", "netto", "stawka", "na rękę", "wypłata"),
    "ro": ("salariu", "salariul", "salarii", "plata", "plată", "câștigi", "castigi", "oferim",
           "brut", "net", "venit", "remunerație"),
}

# Words that make a nearby amount a cost to the worker, not pay: fees, rent, deposits.
COST_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("fee", "fees", "deposit", "rent", "accommodation", "charge", "cost", "costs",
           "pay us", "deducted", "visa", "ticket", "registration", "only"),
    "fr": ("frais", "caution", "loyer", "logement", "inscription", "visa", "billet",
           "coût", "déduit", "seulement"),
    "de": ("gebühr", "anmeldegebühr", "kaution", "miete", "unterkunft", "visum", "kosten",
           "abgezogen", "nur"),
    "es": ("cuota", "depósito", "deposito", "alquiler", "habitación", "visado", "coste",
           "inscripción", "descuenta", "solo"),
    "it": ("quota", "deposito", "affitto", "alloggio", "visto", "iscrizione", "costo",
           "trattenuto", "solo"),
    "nl": ("kosten", "inschrijfkosten", "borg", "huur", "huisvesting", "visum",
           "ingehouden", "maar"),
    "pl": ("opłata", "oplata", "kaucja", "czynsz", "pokój", "zakwaterowanie", "wiza",
           "koszt", "potrącane", "tylko"),
    "ro": ("taxa", "taxă", "garanție", "garantie", "chirie", "cameră", "cazare", "viză",
           "cost", "reținut", "doar"),
}

# Pay period words that stand before the amount ("Stundenlohn 13,50 €", "uurloon €14").
SALARY_PERIOD_BEFORE: dict[str, str] = {
    "stundenlohn": "hour", "uurloon": "hour", "hourly rate": "hour", "hourly": "hour",
    "taux horaire": "hour", "stawka godzinowa": "hour", "monatsgehalt": "month",
    "monthly": "month", "mensuel": "month", "jahresgehalt": "year", "annual": "year",
    "tagessatz": "day", "daily": "day", "weekly": "week",
}

# Capitalised words that a 2-digit number may follow without being a person's age:
# months (dates), rooms and house numbers, clubs and lines.
NOT_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januar", "februar",
    "märz", "juni", "juli", "oktober", "dezember", "enero", "febrero", "marzo", "abril",
    "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
    "dicembre", "januari", "februari", "maart", "mei", "augustus", "stycznia", "lutego",
    "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia", "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie",
    "septembrie", "octombrie", "noiembrie", "decembrie", "room", "zimmer", "haus", "nr", "no",
    "top", "tür", "etage", "apartment", "apt", "studio", "bus", "tram", "line", "linie",
    "gate", "platform", "kabine", "salon", "club", "level", "floor", "sector", "sektor",
    "ref", "order", "tel", "phone", "box", "km", "ul", "str", "via", "calle", "strada",
    "appartement", "piso", "stanza", "kamer", "pokój", "camera", "seite", "page", "pagina",
    "item", "lot", "nave", "stand", "code", "pin", "plz", "cap", "cp", "zip", "bloc", "scara",
    "ap", "et", "hall", "halle", "porte", "puerta", "block", "blok", "unit", "suite", "year",
    "years", "jahr", "age", "aged", "alter", "top", "size", "größe", "taille", "talla",
    "taglia", "maat", "rozmiar", "mărime", "cup", "eu", "uk", "us", "bh", "schuhgröße",
    "new", "neu", "nouvelle", "nueva", "nuova", "nieuw", "nowa", "nouă", "only", "nur",
    "seulement", "solo", "alleen", "tylko", "doar", "hot", "sexy", "vip", "girl", "girls",
)

# Units after a number that make it a measure, not money or an age.
MEASURE_UNITS: tuple[str, ...] = (
    "cm", "m", "mm", "km", "kg", "g", "lbs", "lb", "kilo", "kilos", "ft", "in", "inch",
    "%", "ml", "l", "m²", "m2", "qm", "gb", "mb", "x", "dd", "cup", "eu", "uk", "us",
    "h/24", "h24", "std.", "min", "mins", "minutes", "minuten", "minuti", "minuty", "minute",
    "sek", "sec", "am", "pm", "uhr", "heures", "ore", "horas", "uur", "godzin", "godziny",
    "hours", "hrs", "stunden", "std", "days", "tage", "jours", "días", "dias", "giorni",
    "dagen", "dni", "zile", "weeks", "wochen", "semaines", "semanas", "settimane", "weken",
    "tygodni", "săptămâni", "months", "monate", "mois", "meses", "mesi", "maanden",
    "miesięcy", "luni", "persons", "personen", "people", "personnes", "persone", "osób",
    "persoane", "posten", "stellen", "places", "plätze", "pcs", "stk", "st", "nd", "rd", "th",
    "e", "er", "ème", "eme", "°",
)

# --------------------------------------------------------------------------- places

# Words before a place name that make it a place ("in Nice", "à Nice", "w Policach").
LOCATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("in", "at", "near", "from", "around", "to", "visiting", "visit", "based", "outside",
           "touring", "tour", "location", "location:"),
    "fr": ("à", "au", "en", "près", "vers", "sur", "proche", "région", "secteur", "quartier",
           "depuis", "lieu", "de"),
    "de": ("in", "nach", "bei", "aus", "nähe", "raum", "im", "um", "region", "zentrum",
           "stadt", "ort", "standort", "arbeitsort", "großraum"),
    "es": ("en", "a", "cerca", "desde", "zona", "de", "provincia", "lugar"),
    "it": ("a", "ad", "in", "zona", "vicino", "da", "provincia", "sede"),
    "nl": ("in", "te", "bij", "naar", "uit", "regio", "omgeving", "standplaats", "locatie"),
    "pl": ("w", "we", "z", "ze", "do", "koło", "okolice", "lokalizacja", "pod"),
    "ro": ("în", "in", "la", "din", "zona", "lângă", "langa", "orașul", "oras", "localitatea"),
}
# Locatives left out of the all-language set: an English article or pronoun in disguise.
LOCATIVE_UNSAFE_ANYWHERE: frozenset[str] = frozenset({"a", "de", "da", "to", "z"})

# Words before a name that make it a street, not a city ("Via Roma 23", "rue de Paris").
STREET_BEFORE: tuple[str, ...] = (
    "via", "viale", "corso", "piazza", "largo", "rue", "avenue", "av", "boulevard", "bd", "place",
    "quai", "allée", "chaussée", "calle", "avenida", "avda", "plaza", "paseo", "carrer", "strada",
    "str", "bulevardul", "bd-ul", "calea", "șoseaua", "soseaua", "ulica", "ul", "al", "aleja",
    "plac", "rua", "ruta", "camino", "sector", "hotel", "restaurant", "club", "bar", "cafe",
)
# Words after a name that make it a street, a club, a team or a demonym phrase.
STREET_AFTER: tuple[str, ...] = (
    "street", "st", "road", "rd", "lane", "avenue", "ave", "way", "square", "straße", "strasse",
    "str", "allee", "weg", "platz", "ring", "damm", "straat", "laan", "plein", "gracht", "kade",
    "hilton", "fc", "united", "city fc", "airport", "flughafen", "aéroport", "aeropuerto",
    "aeroporto", "airlines",
)
# Words before a capitalised word that make it a person's name ("I'm Sofia", "soy Alba").
INTRO_WORDS: tuple[str, ...] = (
    "m", "im", "i'm", "i’m", "am", "called", "name", "named", "is", "meet", "miss", "lady", "girl", "queen",
    "suis", "appelle", "moi", "c'est", "bin", "heiße", "heisse", "heisst", "soy", "llamo",
    "sono", "chiamo", "ben", "heet", "jestem", "nazywam", "sunt", "numesc", "cheamă", "mademoiselle",
    "señorita", "signorina", "frau", "pani", "doamna", "mrs", "ms", "mr", "dr", "sig", "sr",
    "sra", "contact", "ask",
)
# Gazetteer names that in a text nearly always mean a part of town, not a town: matched only
# in the location field ("Zona Centro", "Berlin Mitte", "Nord").
GENERIC_PLACE_WORDS: tuple[str, ...] = (
    "centro", "centre", "center", "centrum", "centru", "zentrum", "mitte", "innenstadt",
    "altstadt", "nord", "sud", "est", "west", "ost", "east", "north", "south", "oost", "noord",
    "zuid", "city", "port", "grand", "royal", "central", "sector", "downtown", "midtown",
    "old town", "new town", "stare miasto", "śródmieście", "srodmiescie",
)
# Polish case endings after a city's stem: "w Warszawie", "z Krakowa", "w Gdańsku",
# "w Łodzi", "w Katowicach", "do Poznania".
POLISH_CASE_ENDINGS: tuple[str, ...] = (
    "owie", "ach", "ami", "iem", "iu", "ia", "ie", "em", "om", "a", "u", "y", "i", "e", "",
)
# Articles that may stand between an intro word and a name ("ich bin die Nina").
NAME_ARTICLES: tuple[str, ...] = ("die", "la", "the", "a", "de", "het", "una", "un")

# Given names common in ads and recruiting posts that are also town names somewhere in
# Europe ("Sofia", "Alba", "Victoria", "Adria", "Mira"): as bare words they are people.
GIVEN_NAMES: tuple[str, ...] = (
    "ada", "adria", "adriana", "agnes", "aida", "alba", "alexandra", "alexandria", "alice",
    "alina", "amalia", "amanda", "amber", "amelia", "ana", "anastasia", "andrea", "angel",
    "angela", "angelica", "angelina", "anna", "annabelle", "antonia", "april", "ariana",
    "arona", "asia", "aurora", "barbara", "beatrice", "bella", "bianca", "blanca", "bonita",
    "brittany", "camila", "camilla", "candy", "carla", "carmen", "carolina", "caroline",
    "catalina", "celia", "chanel", "charlotte", "chelsea", "cherry", "china", "chloe", "clara",
    "claudia", "cleo", "coco", "colette", "cora", "cristina", "dahlia", "daisy", "dakota",
    "dalia", "daniela", "daria", "debora", "delia", "denisa", "diana", "dolores", "dominika",
    "dora", "doris", "eden", "elena", "elisa", "ella", "elsa", "emilia", "emma", "erica",
    "esperanza", "estrella", "eva", "fatima", "flora", "florence", "france", "gabriela",
    "georgia", "gina", "gloria", "grace", "hana", "helena", "holly", "ines", "irene", "iris",
    "isabel", "isabela", "isabella", "ivana", "jade", "jana", "jasmin", "jasmine", "jennifer",
    "jessica", "jolie", "josephine", "julia", "juliana", "june", "kali", "kamila", "karina",
    "karla", "katia", "kira", "lara", "laura", "lea", "leah", "lena", "leona", "leonie",
    "liana", "lidia", "lila", "lilly", "lily", "lima", "lina", "linda", "lisa", "livia",
    "lola", "lora", "lorena", "lorraine", "louisa", "luana", "lucia", "luna", "lydia", "madison",
    "maja", "mara", "marcela", "margarita", "maria", "mariana", "marina", "marisa", "marta",
    "martina", "maya", "medina", "melania", "melody", "mercedes", "mia", "mila", "milena",
    "mira", "miranda", "molly", "monica", "nadia", "naomi", "natalia", "nicole", "nika", "nina",
    "noemi", "nora", "olga", "olivia", "paloma", "pamela", "paola", "patricia",
    "paula", "paulina", "perla", "petra", "rachel", "raisa", "regina", "rita", "romana",
    "rosa", "rosario", "roxana", "ruby", "sabina", "sabrina", "salma", "samanta", "santa",
    "sara", "sarah", "selena", "selma", "serena", "sidney", "sienna", "silvia", "simona",
    "sofia", "sofiya", "sonia", "sophia", "stella", "susana", "sydney", "tamara", "tania",
    "tara", "teodora", "tiffany", "tina", "valentina", "valeria", "vanessa", "vera",
    "victoria", "viktoria", "viola", "violeta", "virginia", "vittoria",
    "viviana", "yasmin", "yolanda", "zara", "zoe", "zora", "mario", "marco", "adrian", "alex",
    "andrei", "bruno", "carlos", "daniel", "david", "florin", "ivan", "jan", "leon", "lucas",
    "luca", "marian", "nelson", "roman", "ronda", "sandro", "simon", "stefan",
    "victor", "vincent", "paco", "jordan", "ashley", "stanley",
)

# Names of places that are also everyday words in a language of the ads; hand-picked on
# top of the dictionary-derived list in place_words.txt. They match only with a locative
# word before them or in the location field.
COMMON_WORD_PLACES: tuple[str, ...] = (
    "nice", "mobile", "born", "marco", "reading", "bath", "split", "sale", "bar", "ede", "hof",
    "best", "goes", "police", "essen", "orange", "deal", "march", "street", "wells", "ware",
    "hyde", "fleet", "leek", "stone", "bury", "hull", "sens", "auch", "tours", "lens", "gap",
    "pau", "centro", "mitte", "roman", "lage", "leer", "worms", "como", "prato", "cento",
    "massa", "lodi", "fondi", "bra", "sora", "noto", "latina", "potenza", "termini", "palma",
    "van", "batman", "of", "agri", "bursa", "lille", "gent", "bergen", "ronda", "mora", "sala",
    "kolo", "pila", "biala", "reda", "caracal", "eden", "santa", "lima", "nova", "novo",
    "mons", "spa", "bad", "halle", "weil", "kamen", "papa", "mar", "sete", "dole", "baden", "vena", "vine", "veen", "hag", "civ",
    "vin", "bec", "oder", "most", "rest", "kasse", "vise", "manage", "ham", "fair", "mold",
    "wake", "bingo", "tata", "mast", "lincoln", "arnold", "stirling", "angers", "nord",
)
