"""Turn the ways ads disguise digits back into digits, keeping every character offset.

Ads dodge phone filters by spelling digits out ("zéro six douze..."), mixing words and
digits, writing letters for digits ("O7OO l23"), keycap emoji (0️⃣), full-width digits
(０６), or by putting emoji, dots or line breaks between digits. This module finds the
digit-bearing *tokens* of a text and groups neighbouring tokens into *runs*; phones.py
decides which part of a run is a phone number.

Layout: the per-language number words are data (the tables right below); the engine that
reads them comes after. Adding a language means adding table entries, not code.

Speed matters (the whole extraction stage reads thousands of ads per second per core), so
the scan works in passes of pre-compiled regular expressions over the lower-cased text:
a cheap pass for stretches of digits, a pass for number words only when the text holds
one (the words joined into a prefix tree, so the engine never tries them one after the
other), and the exact tokenizer only inside the stretches found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, NamedTuple

from thbwatch.extract.gate import WHITESPACE, Gate, any_of, literal

# =========================================================================== data
# fmt: off

# Digits 0-9, each with the spellings people use (first one is the dictionary form).
UNIT_WORDS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "en": (("zero", "oh", "nought"), ("one",), ("two",), ("three",), ("four",), ("five",),
           ("six",), ("seven",), ("eight",), ("nine",)),
    "fr": (("zéro",), ("un", "une"), ("deux",), ("trois",), ("quatre",), ("cinq",), ("six",),
           ("sept",), ("huit",), ("neuf",)),
    # German says "zwo" for 2 on the phone, so that it is not heard as "drei".
    "de": (("null",), ("eins",), ("zwei", "zwo"), ("drei",), ("vier",), ("fünf",), ("sechs",),
           ("sieben",), ("acht",), ("neun",)),
    "es": (("cero",), ("uno", "una"), ("dos",), ("tres",), ("cuatro",), ("cinco",), ("seis",),
           ("siete",), ("ocho",), ("nueve",)),
    "it": (("zero",), ("uno", "una"), ("due",), ("tre",), ("quattro",), ("cinque",), ("sei",),
           ("sette",), ("otto",), ("nove",)),
    "nl": (("nul",), ("een", "één"), ("twee",), ("drie",), ("vier",), ("vijf",), ("zes",),
           ("zeven",), ("acht",), ("negen",)),
    "pl": (("zero",), ("jeden", "jedna"), ("dwa", "dwie"), ("trzy",), ("cztery",), ("pięć",),
           ("sześć",), ("siedem",), ("osiem",), ("dziewięć",)),
    "ro": (("zero",), ("unu", "una"), ("doi", "două"), ("trei",), ("patru",), ("cinci",),
           ("șase",), ("șapte",), ("opt",), ("nouă",)),
    "uk": (("нуль",), ("один", "одна"), ("два", "дві"), ("три",), ("чотири",), ("пʼять",),
           ("шість",), ("сім",), ("вісім",), ("девʼять",)),
    "ru": (("ноль", "нуль"), ("один", "одна"), ("два", "две"), ("три",), ("четыре",), ("пять",),
           ("шесть",), ("семь",), ("восемь",), ("девять",)),
    "pt": (("zero",), ("um", "uma"), ("dois", "duas"), ("três",), ("quatro",), ("cinco",),
           ("seis",), ("sete",), ("oito",), ("nove",)),
    "cs": (("nula",), ("jedna", "jeden"), ("dva", "dvě"), ("tři",), ("čtyři",), ("pět",),
           ("šest",), ("sedm",), ("osm",), ("devět",)),
    # Hungarian "két" is the 2 before a noun ("két szoba"), "kettő" the 2 said alone.
    "hu": (("nulla",), ("egy",), ("kettő", "két"), ("három",), ("négy",), ("öt",), ("hat",),
           ("hét",), ("nyolc",), ("kilenc",)),
    "bg": (("нула",), ("едно", "един", "една"), ("две", "два"), ("три",), ("четири",), ("пет",),
           ("шест",), ("седем",), ("осем",), ("девет",)),
    "el": (("μηδέν",), ("ένα", "μία", "μια"), ("δύο",), ("τρία", "τρεις"), ("τέσσερα", "τέσσερις"),
           ("πέντε",), ("έξι",), ("επτά", "εφτά"), ("οκτώ", "οχτώ"), ("εννέα", "εννιά")),
    "tr": (("sıfır",), ("bir",), ("iki",), ("üç",), ("dört",), ("beş",), ("altı",), ("yedi",),
           ("sekiz",), ("dokuz",)),
    "sq": (("zero",), ("një",), ("dy",), ("tre", "tri"), ("katër",), ("pesë",), ("gjashtë",),
           ("shtatë",), ("tetë",), ("nëntë",)),
    # Croatian, Serbian and Bosnian in Latin letters ("dvije" ijekavian, "dve" ekavian); Serbian
    # in Cyrillic. Only the hundreds differ much between them.
    "sk": (("nula",), ("jeden", "jedna", "jedno"), ("dva", "dve"), ("tri",), ("štyri",),
           ("päť",), ("šesť",), ("sedem",), ("osem",), ("deväť",)),
    "hr": (("nula",), ("jedan", "jedna", "jedno"), ("dva", "dvije", "dve"), ("tri",),
           ("četiri",), ("pet",), ("šest",), ("sedam",), ("osam",), ("devet",)),
    "sr": (("нула",), ("један", "једна", "једно"), ("два", "двије", "две"), ("три",),
           ("четири",), ("пет",), ("шест",), ("седам",), ("осам",), ("девет",)),
    "sl": (("nič",), ("ena",), ("dva",), ("tri",), ("štiri",), ("pet",), ("šest",), ("sedem",),
           ("osem",), ("devet",)),
    # Swedish, Norwegian (bokmål) and Danish. Many of their digits are everyday words of
    # other languages ("to", "en", "et", "ni", "fire", "sex"): see BOUND_WORDS, PROSE_WORDS
    # and `_COMMON_ELSEWHERE`.
    "sv": (("noll",), ("ett", "en"), ("två",), ("tre",), ("fyra",), ("fem",), ("sex",),
           ("sju",), ("åtta",), ("nio",)),
    "no": (("null",), ("en", "ett"), ("to",), ("tre",), ("fire",), ("fem",), ("seks",),
           ("sju", "syv"), ("åtte",), ("ni",)),
    "da": (("nul",), ("en", "et"), ("to",), ("tre",), ("fire",), ("fem",), ("seks",), ("syv",),
           ("otte",), ("ni",)),
    # Finnish as written and as said when reading out a number ("yks", "kaks", "viis").
    "fi": (("nolla",), ("yksi", "yks"), ("kaksi", "kaks"), ("kolme",), ("neljä",),
           ("viisi", "viis"), ("kuusi", "kuus"), ("seitsemän", "seittemän"),
           ("kahdeksan", "kaheksan"), ("yhdeksän", "yheksän")),
    "et": (("null",), ("üks",), ("kaks",), ("kolm",), ("neli",), ("viis",), ("kuus",),
           ("seitse",), ("kaheksa",), ("üheksa",)),
    # Lithuanian and Latvian count in the masculine forms; the feminine ones are left out
    # (Latvian "divas" is English "divas").
    "lt": (("nulis",), ("vienas",), ("du",), ("trys",), ("keturi",), ("penki",), ("šeši",),
           ("septyni",), ("aštuoni",), ("devyni",)),
    "lv": (("nulle",), ("viens",), ("divi",), ("trīs",), ("četri",), ("pieci",), ("seši",),
           ("septiņi",), ("astoņi",), ("deviņi",)),
}

# 10-19: always two digits ("douze" = 12, "zwölf" = 12). Norwegian and Danish share theirs.
_NORWEGIAN_DANISH_TEENS: Final = ("ti", "elleve", "tolv", "tretten", "fjorten", "femten",
                                  "seksten", "sytten", "atten", "nitten")
TEEN_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen"),
    "fr": ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
           "dix-huit", "dix-neuf"),
    "de": ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
           "achtzehn", "neunzehn"),
    "es": ("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
           "dieciocho", "diecinueve"),
    "it": ("dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
           "diciassette", "diciotto", "diciannove"),
    "nl": ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
           "achttien", "negentien"),
    "pl": ("dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście",
           "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"),
    "ro": ("zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece",
           "șaisprezece", "șaptesprezece", "optsprezece", "nouăsprezece"),
    "uk": ("десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "пʼятнадцять",
           "шістнадцять", "сімнадцять", "вісімнадцять", "девʼятнадцять"),
    "ru": ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"),
    "pt": ("dez", "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete",
           "dezoito", "dezanove"),
    "cs": ("deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct",
           "sedmnáct", "osmnáct", "devatenáct"),
    "hu": ("tíz", "tizenegy", "tizenkettő", "tizenhárom", "tizennégy", "tizenöt", "tizenhat",
           "tizenhét", "tizennyolc", "tizenkilenc"),
    "bg": ("десет", "единадесет", "дванадесет", "тринадесет", "четиринадесет", "петнадесет",
           "шестнадесет", "седемнадесет", "осемнадесет", "деветнадесет"),
    "el": ("δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"),
    "sq": ("dhjetë", "njëmbëdhjetë", "dymbëdhjetë", "trembëdhjetë", "katërmbëdhjetë",
           "pesëmbëdhjetë", "gjashtëmbëdhjetë", "shtatëmbëdhjetë", "tetëmbëdhjetë",
           "nëntëmbëdhjetë"),
    "sk": ("desať", "jedenásť", "dvanásť", "trinásť", "štrnásť", "pätnásť", "šestnásť",
           "sedemnásť", "osemnásť", "devätnásť"),
    "hr": ("deset", "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest", "šesnaest",
           "sedamnaest", "osamnaest", "devetnaest"),
    "sr": ("десет", "једанаест", "дванаест", "тринаест", "четрнаест", "петнаест", "шеснаест",
           "седамнаест", "осамнаест", "деветнаест"),
    "sl": ("deset", "enajst", "dvanajst", "trinajst", "štirinajst", "petnajst", "šestnajst",
           "sedemnajst", "osemnajst", "devetnajst"),
    "sv": ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
           "nitton"),
    "no": _NORWEGIAN_DANISH_TEENS,
    "da": _NORWEGIAN_DANISH_TEENS,
    "fi": ("kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista",
           "kuusitoista", "seitsemäntoista", "kahdeksantoista", "yhdeksäntoista"),
    "et": ("kümme", "üksteist", "kaksteist", "kolmteist", "neliteist", "viisteist", "kuusteist",
           "seitseteist", "kaheksateist", "üheksateist"),
    "lt": ("dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
           "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"),
    "lv": ("desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit",
           "sešpadsmit", "septiņpadsmit", "astoņpadsmit", "deviņpadsmit"),
}

# Extra spellings of 10-19 (value -> words).
TEEN_VARIANTS: Final[dict[str, dict[int, tuple[str, ...]]]] = {
    "ro": {12: ("douăsprezece",), 14: ("patrusprezece",), 16: ("șasesprezece",)},
    # Brazil's spellings beside Portugal's; Bulgarian as it is spoken ("-найсет").
    "pt": {14: ("quatorze",), 16: ("dezesseis",), 17: ("dezessete",), 19: ("dezenove",)},
    "bg": {11: ("единайсет",), 12: ("дванайсет",), 13: ("тринайсет",), 14: ("четиринайсет",),
           15: ("петнайсет",), 16: ("шестнайсет",), 17: ("седемнайсет",), 18: ("осемнайсет",),
           19: ("деветнайсет",)},
    "el": {11: ("ένδεκα",), 16: ("δεκάξι",), 17: ("δεκαεφτά",), 18: ("δεκαοχτώ",),
           19: ("δεκαεννιά",)},
    # Turkish 11-19 are 10 "on" and a unit, apart or joined: only these are read, since "on"
    # alone is English and French "on" (a Turkish 10 written alone is left out).
    "tr": {11: ("on bir", "onbir"), 12: ("on iki", "oniki"), 13: ("on üç", "onüç"),
           14: ("on dört", "ondört"), 15: ("on beş", "onbeş"), 16: ("on altı", "onaltı"),
           17: ("on yedi", "onyedi"), 18: ("on sekiz", "onsekiz"), 19: ("on dokuz", "ondokuz")},
}

# Tens 20-90 by value. A tens word followed by a unit word makes one pair:
# "twenty one" = 21, "trente-quatre" = 34, "douăzeci și unu" = 21.
TENS_WORDS: Final[dict[str, dict[int, tuple[str, ...]]]] = {
    "en": {20: ("twenty",), 30: ("thirty",), 40: ("forty", "fourty"), 50: ("fifty",),
           60: ("sixty",), 70: ("seventy",), 80: ("eighty",), 90: ("ninety",)},
    # Belgium and Switzerland say septante/huitante/octante/nonante; France says
    # soixante-dix (60+10) and quatre-vingt(-dix) (4x20, +10): handled by PAIR_RULES.
    "fr": {20: ("vingt",), 30: ("trente",), 40: ("quarante",), 50: ("cinquante",),
           60: ("soixante",), 70: ("septante",),
           80: ("quatre-vingt", "quatre-vingts", "quatre vingt", "quatre vingts", "huitante",
                "octante"),
           90: ("nonante",)},
    "de": {20: ("zwanzig",), 30: ("dreißig",), 40: ("vierzig",), 50: ("fünfzig",),
           60: ("sechzig",), 70: ("siebzig",), 80: ("achtzig",), 90: ("neunzig",)},
    "es": {20: ("veinte",), 30: ("treinta",), 40: ("cuarenta",), 50: ("cincuenta",),
           60: ("sesenta",), 70: ("setenta",), 80: ("ochenta",), 90: ("noventa",)},
    "it": {20: ("venti",), 30: ("trenta",), 40: ("quaranta",), 50: ("cinquanta",),
           60: ("sessanta",), 70: ("settanta",), 80: ("ottanta",), 90: ("novanta",)},
    "nl": {20: ("twintig",), 30: ("dertig",), 40: ("veertig",), 50: ("vijftig",),
           60: ("zestig",), 70: ("zeventig",), 80: ("tachtig",), 90: ("negentig",)},
    "pl": {20: ("dwadzieścia",), 30: ("trzydzieści",), 40: ("czterdzieści",),
           50: ("pięćdziesiąt",), 60: ("sześćdziesiąt",), 70: ("siedemdziesiąt",),
           80: ("osiemdziesiąt",), 90: ("dziewięćdziesiąt",)},
    "ro": {20: ("douăzeci",), 30: ("treizeci",), 40: ("patruzeci",), 50: ("cincizeci",),
           60: ("șaizeci",), 70: ("șaptezeci",), 80: ("optzeci",), 90: ("nouăzeci",)},
    "uk": {20: ("двадцять",), 30: ("тридцять",), 40: ("сорок",), 50: ("пʼятдесят",),
           60: ("шістдесят",), 70: ("сімдесят",), 80: ("вісімдесят",), 90: ("девʼяносто",)},
    "ru": {20: ("двадцать",), 30: ("тридцать",), 40: ("сорок",), 50: ("пятьдесят",),
           60: ("шестьдесят",), 70: ("семьдесят",), 80: ("восемьдесят",), 90: ("девяносто",)},
    "pt": {20: ("vinte",), 30: ("trinta",), 40: ("quarenta",), 50: ("cinquenta",),
           60: ("sessenta",), 70: ("setenta",), 80: ("oitenta",), 90: ("noventa",)},
    "sk": {20: ("dvadsať",), 30: ("tridsať",), 40: ("štyridsať",), 50: ("päťdesiat",),
           60: ("šesťdesiat",), 70: ("sedemdesiat",), 80: ("osemdesiat",),
           90: ("deväťdesiat",)},
    "cs": {20: ("dvacet",), 30: ("třicet",), 40: ("čtyřicet",), 50: ("padesát",),
           60: ("šedesát",), 70: ("sedmdesát",), 80: ("osmdesát",), 90: ("devadesát",)},
    "hu": {20: ("húsz",), 30: ("harminc",), 40: ("negyven",), 50: ("ötven",), 60: ("hatvan",),
           70: ("hetven",), 80: ("nyolcvan",), 90: ("kilencven",)},
    "bg": {20: ("двадесет", "двайсет"), 30: ("тридесет", "трийсет"), 40: ("четиридесет",),
           50: ("петдесет",), 60: ("шестдесет",), 70: ("седемдесет",), 80: ("осемдесет",),
           90: ("деветдесет",)},
    "el": {20: ("είκοσι",), 30: ("τριάντα",), 40: ("σαράντα",), 50: ("πενήντα",),
           60: ("εξήντα",), 70: ("εβδομήντα",), 80: ("ογδόντα",), 90: ("ενενήντα",)},
    "tr": {20: ("yirmi",), 30: ("otuz",), 40: ("kırk",), 50: ("elli",), 60: ("altmış",),
           70: ("yetmiş",), 80: ("seksen",), 90: ("doksan",)},
    "sq": {20: ("njëzet",), 30: ("tridhjetë",), 40: ("dyzet", "katërdhjetë"),
           50: ("pesëdhjetë",), 60: ("gjashtëdhjetë",), 70: ("shtatëdhjetë",),
           80: ("tetëdhjetë",), 90: ("nëntëdhjetë",)},
    "hr": {20: ("dvadeset",), 30: ("trideset",), 40: ("četrdeset",), 50: ("pedeset",),
           60: ("šezdeset",), 70: ("sedamdeset",), 80: ("osamdeset",), 90: ("devedeset",)},
    "sr": {20: ("двадесет",), 30: ("тридесет",), 40: ("четрдесет",), 50: ("педесет",),
           60: ("шездесет",), 70: ("седамдесет",), 80: ("осамдесет",), 90: ("деведесет",)},
    "sl": {20: ("dvajset",), 30: ("trideset",), 40: ("štirideset",), 50: ("petdeset",),
           60: ("šestdeset",), 70: ("sedemdeset",), 80: ("osemdeset",), 90: ("devetdeset",)},
    "sv": {20: ("tjugo",), 30: ("trettio",), 40: ("fyrtio",), 50: ("femtio",), 60: ("sextio",),
           70: ("sjuttio",), 80: ("åttio",), 90: ("nittio",)},
    "no": {20: ("tjue",), 30: ("tretti",), 40: ("førti",), 50: ("femti",), 60: ("seksti",),
           70: ("sytti",), 80: ("åtti",), 90: ("nitti",)},
    # Danish counts in scores from 50 ("halvtreds": two and a half times twenty). Its 60,
    # "tres", is Spanish 3: alone it stays 3 (the first table wins, `build_lexicon`); in
    # "enogtres" (61) and the like it is 60.
    "da": {20: ("tyve",), 30: ("tredive",), 40: ("fyrre",), 50: ("halvtreds",), 60: ("tres",),
           70: ("halvfjerds",), 80: ("firs",), 90: ("halvfems",)},
    "fi": {20: ("kaksikymmentä",), 30: ("kolmekymmentä",), 40: ("neljäkymmentä",),
           50: ("viisikymmentä",), 60: ("kuusikymmentä",), 70: ("seitsemänkymmentä",),
           80: ("kahdeksankymmentä",), 90: ("yhdeksänkymmentä",)},
    "et": {20: ("kakskümmend",), 30: ("kolmkümmend",), 40: ("nelikümmend",),
           50: ("viiskümmend",), 60: ("kuuskümmend",), 70: ("seitsekümmend",),
           80: ("kaheksakümmend",), 90: ("üheksakümmend",)},
    "lt": {20: ("dvidešimt",), 30: ("trisdešimt",), 40: ("keturiasdešimt",),
           50: ("penkiasdešimt",), 60: ("šešiasdešimt",), 70: ("septyniasdešimt",),
           80: ("aštuoniasdešimt",), 90: ("devyniasdešimt",)},
    "lv": {20: ("divdesmit",), 30: ("trīsdesmit",), 40: ("četrdesmit",), 50: ("piecdesmit",),
           60: ("sešdesmit",), 70: ("septiņdesmit",), 80: ("astoņdesmit",),
           90: ("deviņdesmit",)},
}

# Languages that write 21-99 only as one word ("huszonegy" = 21): there a tens word is a
# pair of its own, and "húsz egy" is 20 1, not 21.
TENS_ALONE: Final[frozenset[str]] = frozenset({"hu"})

# One-word compounds 21-99 are built from the tables above by these rules:
# German "einundzwanzig" (unit + "und" + tens), Dutch "eenentwintig" (unit + "en" + tens,
# "ën" after a final e), Czech "jednadvacet"/"dvaadvacet" (unit + "a" + tens), Slovenian
# "enaindvajset" (unit + "in" + tens), Danish "enogtyve" (unit + "og" + tens), Italian
# "ventuno"/"trentadue", Hungarian "harmincnégy", Turkish "otuzbir", Swedish "tjugoett",
# Norwegian "tjueen" and Finnish "kaksikymmentäyksi" (tens + unit, a final vowel of the tens
# dropped before uno/otto). Spanish 21-29 are single words listed as they are spelled.
# Czech, Portuguese and Turkish also say them in two words ("dvacet jedna", "vinte e um",
# "otuz bir"), and so do Bulgarian, Greek, Albanian, Croatian, Serbian, Estonian, Lithuanian
# and Latvian ("двадесет и едно", "είκοσι ένα", "njëzet e një", "dvadeset i jedan",
# "kakskümmend üks", "dvidešimt vienas"): TENS_WORDS and CONNECTORS read those. Greek also
# writes them as one word ("εικοσιένα", "τριανταδύο").
COMPOUND_STYLE: Final[dict[str, str]] = {"de": "unit-und-tens", "nl": "unit-en-tens",
                                         "it": "tens-unit", "cs": "unit-a-tens",
                                         "hu": "tens-unit", "tr": "tens-unit",
                                         "sk": "tens-unit", "el": "tens-unit",
                                         "sl": "unit-in-tens", "da": "unit-og-tens",
                                         "sv": "tens-unit", "no": "tens-unit",
                                         "fi": "tens-unit"}
# A unit as it stands in a compound. A language not listed joins each spelling of its
# units (UNIT_WORDS): Greek "εικοσιένα", "εικοσιμία", "εικοσιεφτά"; Hungarian "huszonkettő"
# and "huszonkét", its 2 before a noun ("huszonkét éves": 22 years old); Swedish
# "tjugoett" and "tjugoen".
COMPOUND_UNIT: Final[dict[str, tuple[str, ...]]] = {
    "de": ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "nl": ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "it": ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    "cs": ("", "jedn", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"),
    "tr": ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"),
    "sk": ("", "jeden", "dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť"),
    "da": ("", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"),
    "fi": ("", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
           "yhdeksän"),
}
# A tens word as it stands in a compound, where that differs from the word alone:
# Hungarian 20 is "húsz", 21 "huszonegy"; a Greek tens word loses its accent ("είκοσι",
# "εικοσιένα"; "τριάντα", "τριανταδύο").
COMPOUND_TENS: Final[dict[str, dict[int, str]]] = {
    "hu": {20: "huszon"},
    "el": {20: "εικοσι", 30: "τριαντα", 40: "σαραντα", 50: "πενηντα", 60: "εξηντα",
           70: "εβδομηντα", 80: "ογδοντα", 90: "ενενηντα"},
}
EXTRA_PAIRS: Final[dict[str, dict[int, tuple[str, ...]]]] = {
    "es": {21: ("veintiuno", "veintiún"), 22: ("veintidós",), 23: ("veintitrés",),
           24: ("veinticuatro",), 25: ("veinticinco",), 26: ("veintiséis",),
           27: ("veintisiete",), 28: ("veintiocho",), 29: ("veintinueve",)},
    "it": {23: ("ventitré",), 33: ("trentatré",), 43: ("quarantatré",), 53: ("cinquantatré",),
           63: ("sessantatré",), 73: ("settantatré",), 83: ("ottantatré",),
           93: ("novantatré",)},
}

# Hundreds 100-900 by their first digit. Polish, Spanish, Ukrainian, Russian, Portuguese,
# Czech, Bulgarian, Greek, Turkish, Albanian, Croatian, Serbian and Slovenian read a group of
# three digits as one number: "pięćset dwanaście" = 512, "seiscientos doce" = 612, "сто
# двадцять три" = 123, "εξακόσια ενενήντα ένα" = 691, "beş yüz otuz iki" = 532, "novecentos e
# doze" = 912 (the "e", Albanian "e" and Bulgarian "и" after a hundreds word are
# CONNECTORS). Polish, Czech, Slovak, Croatian and Slovenian "sto" (100) is Italian for "I
# am": it is read only beside other number words of its languages (BOUND_WORDS). Czech and
# Turkish say the others in two words ("pět set", "iki yüz") or one ("pětset", "ikiyüz").
# Hungarian writes a group of three as one word ("hatszázhuszonegy") or apart ("hatszáz
# huszonegy"): JOINED_HUNDREDS.
HUNDRED_WORDS: Final[dict[str, dict[int, tuple[str, ...]]]] = {
    "pl": {1: ("sto",), 2: ("dwieście",), 3: ("trzysta",), 4: ("czterysta",),
           5: ("pięćset",), 6: ("sześćset",), 7: ("siedemset",), 8: ("osiemset",),
           9: ("dziewięćset",)},
    "es": {1: ("ciento", "cien"), 2: ("doscientos", "doscientas"),
           3: ("trescientos", "trescientas"), 4: ("cuatrocientos", "cuatrocientas"),
           5: ("quinientos", "quinientas"), 6: ("seiscientos", "seiscientas"),
           7: ("setecientos", "setecientas"), 8: ("ochocientos", "ochocientas"),
           9: ("novecientos", "novecientas")},
    "uk": {1: ("сто",), 2: ("двісті",), 3: ("триста",), 4: ("чотириста",), 5: ("пʼятсот",),
           6: ("шістсот",), 7: ("сімсот",), 8: ("вісімсот",), 9: ("девʼятсот",)},
    "ru": {1: ("сто",), 2: ("двести",), 3: ("триста",), 4: ("четыреста",), 5: ("пятьсот",),
           6: ("шестьсот",), 7: ("семьсот",), 8: ("восемьсот",), 9: ("девятьсот",)},
    # "cem" is 100 alone, "cento" 100 with more after it ("cento e vinte").
    "pt": {1: ("cento", "cem"), 2: ("duzentos", "duzentas"), 3: ("trezentos", "trezentas"),
           4: ("quatrocentos", "quatrocentas"), 5: ("quinhentos", "quinhentas"),
           6: ("seiscentos", "seiscentas"), 7: ("setecentos", "setecentas"),
           8: ("oitocentos", "oitocentas"), 9: ("novecentos", "novecentas")},
    "sk": {1: ("sto",), 2: ("dvesto",), 3: ("tristo",), 4: ("štyristo",), 5: ("päťsto",),
           6: ("šesťsto",), 7: ("sedemsto",), 8: ("osemsto",), 9: ("deväťsto",)},
    "cs": {1: ("sto",), 2: ("dvě stě", "dvěstě"), 3: ("tři sta", "třista"),
           4: ("čtyři sta", "čtyřista"), 5: ("pět set", "pětset"), 6: ("šest set", "šestset"),
           7: ("sedm set", "sedmset"), 8: ("osm set", "osmset"), 9: ("devět set", "devětset")},
    "hu": {1: ("száz",), 2: ("kétszáz",), 3: ("háromszáz",), 4: ("négyszáz",), 5: ("ötszáz",),
           6: ("hatszáz",), 7: ("hétszáz",), 8: ("nyolcszáz",), 9: ("kilencszáz",)},
    "bg": {1: ("сто",), 2: ("двеста",), 3: ("триста",), 4: ("четиристотин",),
           5: ("петстотин",), 6: ("шестстотин",), 7: ("седемстотин",), 8: ("осемстотин",),
           9: ("деветстотин",)},
    # "εκατόν" is 100 with more after it ("εκατόν είκοσι").
    "el": {1: ("εκατό", "εκατόν"), 2: ("διακόσια",), 3: ("τριακόσια",), 4: ("τετρακόσια",),
           5: ("πεντακόσια",), 6: ("εξακόσια",), 7: ("επτακόσια", "εφτακόσια"),
           8: ("οκτακόσια", "οχτακόσια"), 9: ("εννιακόσια", "εννεακόσια")},
    "tr": {1: ("yüz",), 2: ("iki yüz", "ikiyüz"), 3: ("üç yüz", "üçyüz"),
           4: ("dört yüz", "dörtyüz"), 5: ("beş yüz", "beşyüz"), 6: ("altı yüz", "altıyüz"),
           7: ("yedi yüz", "yediyüz"), 8: ("sekiz yüz", "sekizyüz"),
           9: ("dokuz yüz", "dokuzyüz")},
    "sq": {1: ("njëqind",), 2: ("dyqind",), 3: ("treqind",), 4: ("katërqind",),
           5: ("pesëqind",), 6: ("gjashtëqind",), 7: ("shtatëqind",), 8: ("tetëqind",),
           9: ("nëntëqind",)},
    # Croatian "dvjesto", "tristo", "šesto"; Serbian "dvesta", "trista", "šeststo" (Serbian
    # and Bulgarian "шесто" is "sixth").
    "hr": {1: ("sto",), 2: ("dvjesto", "dvjesta", "dvesta"), 3: ("tristo", "trista"),
           4: ("četiristo",), 5: ("petsto",), 6: ("šesto", "šeststo"), 7: ("sedamsto",),
           8: ("osamsto",), 9: ("devetsto",)},
    "sr": {1: ("сто",), 2: ("двеста", "двјеста"), 3: ("триста",), 4: ("четиристо",),
           5: ("петсто",), 6: ("шестсто",), 7: ("седамсто",), 8: ("осамсто",),
           9: ("деветсто",)},
    "sl": {1: ("sto",), 2: ("dvesto",), 3: ("tristo",), 4: ("štiristo",), 5: ("petsto",),
           6: ("šeststo",), 7: ("sedemsto",), 8: ("osemsto",), 9: ("devetsto",)},
}

# Number words that are everyday words of another language wherever they stand, between
# two numbers too: Czech, Slovak, Polish, Croatian, Slovenian, Serbian and Bosnian "sto"
# (100) is Italian "I am" ("sto bene", "sto 23 anni", "ci sto 333 ..."); Norwegian and
# Danish "to" (2) is English "to" ("twenty to thirty", "10 to 12"), "en" and "et" (1) are
# French "en" and "et" and Dutch "en" ("vingt et un", "06 ... et 07 ...", "18 en 25
# jaar"), "ni" (9) and "ti" (10) French and Spanish "ni", Italian and Croatian "ti";
# Lithuanian "du" (2) is French and German "du" ("du 12 au 15"). Such a word is read only
# beside a number word of a language whose tables hold it, in one run, or beside such
# words that are ("sto dvacet tři" = 123, "sedm set, sto, dvacet", "ni en to tre" = 9123):
# never alone, beside digits or beside words of other languages ("sto tre", "two to
# five"). Cyrillic "сто" (Ukrainian, Russian, Bulgarian, Serbian) is no such word.
BOUND_WORDS: Final[frozenset[str]] = frozenset({"sto", "to", "en", "et", "ni", "ti", "du"})

# Languages that write a hundreds word and the tens and units after it as one word
# (Hungarian "hatszázhuszonegy" = 621, "kétszázegy" = 201, "százhúsz" = 120). The engine
# reads such a word as its hundreds word and a word of 1-99 (`_WORD`) instead of
# listing its 891 numbers (twice, with and without accents) in the lexicon.
JOINED_HUNDREDS: Final[frozenset[str]] = frozenset({"hu"})

# Words that join a tens word and a unit word: "vingt et un", "treinta y dos",
# "douăzeci și unu", "двадесет и едно", "njëzet e një", "dvadeset i jedan"; and a hundreds
# word and what follows it: "cento e vinte", "двеста и дванадесет", "njëqind e dy". Only
# accepted between two number words.
CONNECTORS: Final[tuple[str, ...]] = ("et", "y", "e", "și", "şi", "si", "and", "und", "i", "і",
                                      "и")

# "+" said as a word, to dodge filters that look for "+44": "plus 44", "più 39", "más 34".
PLUS_WORDS: Final[tuple[str, ...]] = ("plus", "più", "piu", "más", "mas", "плюс")

# English phone talk: "double seven" = 77, "triple oh" = 000.
MULTIPLIERS: Final[dict[str, int]] = {"double": 2, "triple": 3}

# Number words that are also everyday words ("un ami", "een man", "sei bella", "due to",
# "dos horas", "oh là là", "um 20 Uhr", "egy 25 éves lány", "er hat 2 Kinder", "pet
# friendly", "je dois", "1. Dez.", Romanian "trista" typed for "tristă", "bir 25 yaşında",
# Turkish "yüz" (100, also "face"), "një 25-vjeçare", "μια 25χρονη", "jedna 25-godišnja",
# Italian "tacchi alti 12 cm"). Next to a run of digits they are prose, not a disguised
# digit, so a phone may not begin or end with one of these where it touches a written digit.
PROSE_WORDS: Final[frozenset[str]] = frozenset({
    "un", "une", "una", "uno", "een", "één", "one", "oh", "sei", "due", "tre", "dos", "elf",
    "opt", "null", "nul", "otto", "nove", "sette", "acht", "vier", "six", "zes", "tien",
    "doi", "trei", "dwa", "dwie", "trzy", "tres", "double", "triple", "nought", "once",
    "um", "uma", "dois", "dez", "egy", "két", "hat", "hét", "pet", "tri", "trista", "един",
    "една", "едно", "bir", "një", "nje", "ένα", "ενα", "μία", "μια", "jedan", "jedna",
    "jedno", "један", "једна", "једно", "yüz", "yuz", "alti", "pat", "jeden",
    # Swedish, Slovenian, Estonian and Finnish 1 as an article ("ett 30-tal", "ena 25-letna",
    # "üks 25-aastane"); English "fire" and "fem", Swedish "sex" and Norwegian, Danish,
    # Dutch, Polish and Turkish "seks" (6; sex), Spanish "tío" typed bare (Swedish 10),
    # French "viens" (Latvian 1) and "nulle" (Latvian 0: "nulle part"), Slovak "nič"
    # (nothing; Slovenian 0).
    "ett", "ena", "üks", "uks", "yksi", "fire", "fem", "sex", "seks", "tio", "viens", "nulle",
    "nič",
})

# Spellings without accents that are everyday words of another language: Hungarian "hét"
# (7) typed bare is Dutch "het" (the), "öt" (5) is "OT" (overtime), Turkish "dört" (4) is
# German "dort" (there), Croatian "šesto" (600) Italian "sesto" (sixth; Sesto San
# Giovanni), Swedish "två" (2) French "TVA" (VAT), Norwegian "åtti" (80) Italian "atti"
# (acts), Slovenian "nič" (0) Polish and Czech "nic" (nothing), Lithuanian and Latvian
# "šeši" (6) Turkish "sesi" (its voice). These are read with their accents only.
UNACCENTED_CLASHES: Final[frozenset[str]] = frozenset({
    "het", "ot", "dort", "sesto", "tva", "atti", "nic", "sesi",
})

# Letters typed for digits inside a group of digits: "O7OO 9OO l23" (O/o for 0, l/I for 1).
LETTER_DIGITS: Final[dict[str, str]] = {"o": "0", "l": "1", "i": "1"}
# fmt: on


# =========================================================================== engine

# Token kinds.
DIGITS: Final = "digits"  # digits, maybe keycaps, full-width or letters for digits
UNIT: Final = "unit"  # a number word worth one digit
PAIR: Final = "pair"  # a number word worth two digits (teens, "einundzwanzig")
TENS: Final = "tens"  # 20-90: two digits, or one pair with a following unit word
MULT: Final = "mult"  # "double", "triple"
HUNDRED: Final = "hundred"  # 100-900: three digits with the tens and units that follow
PLUS: Final = "plus"  # "+" or a plus word
WORDS: Final = "words"  # number words read together (made by `read_units`)

_ROMANIAN_CEDILLA = str.maketrans("șțŞȘŢȚ", "şţşşţţ")
_APOSTROPHES = ("ʼ", "'", "’")


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("ł", "l").replace("ß", "ss")


def _spellings(word: str, lang: str) -> set[str]:
    """A word as people type it: with and without accents, with the keyboard's apostrophe."""
    bare = _strip_accents(word)
    forms = {word, bare}
    if lang == "de":  # "fünf" is also typed "fuenf", "zwölf" "zwoelf", "dreißig" "dreissig"
        forms.add(word.replace("ü", "ue").replace("ö", "oe").replace("ß", "ss"))
    if lang == "ro":  # Romanian keyboards still type the old cedilla letters
        forms.add(word.translate(_ROMANIAN_CEDILLA))
    if lang == "tr":  # the dotless "ı" has no accent to strip: "sıfır" is typed "sifir"
        forms.add(bare.replace("ı", "i"))
    if "ʼ" in word:
        forms.update(word.replace("ʼ", a) for a in _APOSTROPHES)
    if "-" in word:  # "dix-sept", "dix sept", "dixsept"
        forms.update((word.replace("-", " "), word.replace("-", "")))
    return {form for form in forms if form == word or form not in UNACCENTED_CLASHES}


def _compounds(lang: str) -> dict[int, tuple[str, ...]]:
    """One-word numbers 21-99 of a language, built by its COMPOUND_STYLE."""
    out: dict[int, tuple[str, ...]] = dict(EXTRA_PAIRS.get(lang, {}))
    style = COMPOUND_STYLE.get(lang)
    if style is None:
        return out
    for tens, words in TENS_WORDS[lang].items():
        if tens in COMPOUND_TENS.get(lang, {}):
            words = (COMPOUND_TENS[lang][tens],)
        for unit in range(1, 10):
            units = (
                (COMPOUND_UNIT[lang][unit],) if lang in COMPOUND_UNIT else UNIT_WORDS[lang][unit]
            )
            forms = [
                _compound(style, tens_word, unit_word) for tens_word in words for unit_word in units
            ]
            out[tens + unit] = tuple(forms) + out.get(tens + unit, ())
    return out


def _words_below_hundred(lang: str) -> set[str]:
    """The words of one language for 1-99, as people type them."""
    words = [word for spellings in UNIT_WORDS[lang][1:] for word in spellings]
    words += TEEN_WORDS.get(lang, ())
    for table in (TEEN_VARIANTS.get(lang, {}), TENS_WORDS.get(lang, {}), _compounds(lang)):
        words += [word for spellings in table.values() for word in spellings]
    return {form for word in words for form in _spellings(word.lower(), lang)}


def _language_words(lang: str) -> set[str]:
    """Every number word of one language, as people type them."""
    words = [*UNIT_WORDS[lang][0]]
    words += [word for spellings in HUNDRED_WORDS.get(lang, {}).values() for word in spellings]
    typed = {form for word in words for form in _spellings(word.lower(), lang)}
    return typed | _words_below_hundred(lang)


def _compound(style: str, tens_word: str, unit_word: str) -> str:
    if style.startswith("unit-"):  # einundzwanzig, jednadvacet, enaindvajset, enogtyve
        joint = style.removeprefix("unit-").removesuffix("-tens")
        if joint == "en" and unit_word.endswith("e"):  # Dutch eenentwintig, tweeëntwintig
            joint = "ën"
        return f"{unit_word}{joint}{tens_word}"
    # ventuno, trentadue; huszonegy, harmincnégy (Hungarian tens end in a consonant)
    elided = unit_word[0] in "uo" and tens_word[-1] in "aeiou"
    return (tens_word[:-1] if elided else tens_word) + unit_word


def build_lexicon() -> dict[str, tuple[str, int]]:
    """Every number word in lower case -> (kind, value), from the tables above."""
    lexicon: dict[str, tuple[str, int]] = {}

    def add(word: str, lang: str, kind: str, value: int) -> None:
        for form in _spellings(word.lower(), lang):
            # On a clash the first table wins; the tables agree where languages share a
            # word ("acht", "vier", "six", "elf"), so no clash changes a value but one:
            # Danish "tres" (60) stays Spanish 3 (TENS_WORDS).
            lexicon.setdefault(form, (kind, value))

    for lang, units in UNIT_WORDS.items():
        for value, words in enumerate(units):
            for word in words:
                add(word, lang, UNIT, value)
    for lang, teens in TEEN_WORDS.items():
        for offset, word in enumerate(teens):
            add(word, lang, PAIR, 10 + offset)
    for lang, variants in TEEN_VARIANTS.items():  # Turkish teens are only here
        for value, words in variants.items():
            for word in words:
                add(word, lang, PAIR, value)
    for lang, tens in TENS_WORDS.items():
        tens_kind = PAIR if lang in TENS_ALONE else TENS
        for value, words in tens.items():
            for word in words:
                add(word, lang, tens_kind, value)
    for lang in UNIT_WORDS:
        for value, words in _compounds(lang).items():
            for word in words:
                add(word, lang, PAIR, value)
    for lang, hundreds in HUNDRED_WORDS.items():
        for value, words in hundreds.items():
            for word in words:
                add(word, lang, HUNDRED, value)
    for word, times in MULTIPLIERS.items():
        add(word, "en", MULT, times)
    for word in PLUS_WORDS:
        add(word, "", PLUS, 0)
    return lexicon


def trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a prefix tree: the engine picks a branch per letter.

    A flat "zero|one|two|..." makes the regex engine try every word at every position;
    the tree tries one branch per character, which is what keeps the scan fast.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends_here = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:  # optional and greedy: the longest word is tried first
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


LEXICON: Final[dict[str, tuple[str, int]]] = build_lexicon()
_TRIE: Final = trie_pattern(sorted(LEXICON))
# Joined hundreds words (JOINED_HUNDREDS): a word of the lexicon that ends as the hundreds
# words end ("száz", a test checks it is one) may go on with a word of 1-99 ("huszonegy").
# So neither list is multiplied by the other, and a text that holds no number word never
# reaches the second list (as an alternative of its own beside the trie, the joined words
# made the word pass 6% slower; so, callgrind counts the same instructions as without
# them). `tokens` cuts such a word in two.
_JOINED_HEADS: Final[dict[str, int]] = {
    form: value
    for lang in sorted(JOINED_HUNDREDS)
    for value, words in HUNDRED_WORDS[lang].items()
    for word in words
    for form in _spellings(word.lower(), lang)
}
_JOINED_TAILS: Final = frozenset(
    form for lang in JOINED_HUNDREDS for form in _words_below_hundred(lang)
)
_HEAD_END: Final = min(map(len, _JOINED_HEADS))  # the lookbehind needs one width
_JOINED_ENDS: Final = sorted({head[-_HEAD_END:] for head in _JOINED_HEADS})
# A number word, as the passes find it: a word of the lexicon or a joined hundreds word.
_WORD: Final = f"{_TRIE}(?:(?<={'|'.join(_JOINED_ENDS)}){trie_pattern(sorted(_JOINED_TAILS))})?"

_EMOJI = "\ufe0f\u200d\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
# Characters that may stand between two groups of one written number (a regex class body).
_GAP_CLASS = r" \t\u00a0\u2009\u202f.\-\u2010\u2011\u2013\u2014/\\()\[\],;|_*~•·'’\r\n" + _EMOJI
_MAX_GAP = 12  # longer gaps (after emoji sequences) end a run

# Pass 1, cheap: stretches of digits and what may stand between the groups of one number:
# separators, letters for digits ("Ol 99 OO OO 43"), "x" ("-x-") and articles, which are
# also number words ("0470 un 23 45 67"). The patterns start with a character set, which
# lets the regex engine skip plain text in a tight loop. A stretch that may hold a phone
# has two groups at least, or one long group: so the single short numbers of a text (ages,
# prices, years: most of its digits) are never even seen by Python code.
# fmt: off
_ARTICLES: Final = frozenset({
    "un", "une", "una", "uno", "een", "één", "one", "oh", "um", "uma", "egy", "един", "една",
    "едно", "bir", "një", "nje", "ένα", "ενα", "μία", "μια", "jedan", "jedna", "jedno",
    "један", "једна", "једно",
})
# fmt: on
# Digits in circles, as ads write them to dodge filters ("⓪⑦⑨①②", "❶❷", "➀➁"): the
# circled digits 1 to 9 and 0 in each style (not "⑩" and up, which are numbers of two).
_CIRCLED = "\u2460-\u2468\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
_GROUP = rf"[\d{_CIRCLED}\ufe0f\u20e3]"
_START = rf"[+\d{_CIRCLED}]"  # what a stretch, or a group after a gap, starts with
_ARTICLE = r"\b(?:" + "|".join(sorted(_ARTICLES)) + r")\b"
_JOIN = rf"(?:(?:[{_GAP_CLASS}olix]|{_ARTICLE}){{1,{_MAX_GAP}}}{_START}{_GROUP}*)"
_DIGIT_STRETCH: Final = re.compile(rf"{_START}{_GROUP}*{_JOIN}*")
# A search for it tries every digit of a short number ("2024", "150") and fails at each,
# backtracking through the gap alternatives. `(?<!\d\d)` gives up at once on a digit
# that follows a digit: where the try at a digit failed, the try at the next failed too
# (the next one's match, digits being group characters, would extend the first's), and a
# match never ends between two digits. So the stretches are the same (a test checks);
# `stretches` also fullmatches it from a stretch's start, which never follows a digit.
_PHONE_STRETCH: Final = re.compile(
    rf"{_START}(?<!\d\d)(?:{_GROUP}{{5,}}{_JOIN}*|{_GROUP}*{_JOIN}+)"
)
# Pass 2: number words, for numbers written without a digit. It runs only when the text
# holds a number word at all (`_may_spell`); articles do not count, as every text has them,
# nor do number words that are common words of other languages (`_COMMON_ELSEWHERE`).
# The first letters, looked ahead for before the trie is tried, take a quarter off the
# pass (44 to 34 microseconds a dense 1 KB ad once the trie held fourteen languages).
_FIRST_LETTERS: Final = "[" + "".join(sorted({re.escape(word[0]) for word in LEXICON})) + "]"
_NUMBER_WORD: Final = re.compile(rf"\b(?={_FIRST_LETTERS}){_WORD}(?!\w)")


@cache
def _number_word_anycase() -> re.Pattern[str]:
    """The word pass for a text whose lower case would move offsets (a rare character):
    compiled when first needed, since each compiling of the trie takes 30 milliseconds."""
    return re.compile(_NUMBER_WORD.pattern, re.I)


# Number words that are common words of other languages the ads are in: English and German
# "hat" (Hungarian 6), English "pet" and "tri-" (Croatian 5 and 3, Czech ones typed
# without accents), French "dois" (Portuguese 2: "je dois"), Italian "nulla" (Hungarian 0:
# "nothing") and "cento" (Portuguese 100: "per cento"). Typed without their accents,
# Turkish "altı" (6) is Italian "alti" (tall), "beş" (5) Dutch "bes" (berry), "üç" (3)
# English "UC"; Albanian "pesë" (5) is Spanish "pese a", "tetë" (8) French "tete" typed
# for "tête", "katër" (4) German "Kater"; Slovak "päť" (5) is English "pat". Czech and
# Slovak "jeden" (1) is German "jeden" (every: "jeden Tag"); "sto" (100, BOUND_WORDS) is
# Italian "sto" (I am), and so are the other bound words: English "to", French "en", "et",
# "du" and "ni", Italian "ti". English "fire" and "fem" (Norwegian and Danish 4 and 5),
# Swedish "sex" and Dutch, Polish and Turkish "seks" (6), Spanish "tío" typed bare (Swedish
# 10), French "viens" and "nulle" (Latvian 1 and 0), Slovak "nič" (nothing; Slovenian 0);
# and the articles that are Swedish "ett", Slovenian "ena", Estonian "üks" and Finnish
# "yksi" (1). Like articles they do not open the word pass: a number spelled in their
# language holds other number words that do.
# fmt: off
_COMMON_ELSEWHERE: Final = frozenset({
    "hat", "pet", "tri", "dois", "nulla", "cento", "alti", "bes", "uc", "pese", "tete", "kater",
    "pat", "jeden", "sto", "to", "en", "et", "du", "ni", "ti", "fire", "fem", "sex", "seks",
    "tio", "viens", "nulle", "nič", "ett", "ena", "üks", "uks", "yksi",
})
# fmt: on
_GATE_WORDS: Final = frozenset(
    word
    for word, (kind, _) in LEXICON.items()
    if kind != PLUS
    and word not in _ARTICLES
    and word not in _COMMON_ELSEWHERE
    and " " not in word
    and "-" not in word
)
# `_may_spell` as one Hyperscan scan (extract/gate.py): a word of the table with an edge
# or an end of the text on either side is a word that a split on those edges gives (3 to
# 6 microseconds a kilobyte; the split took 13). Joined hundreds words too, by their parts.
# Brackets are edges: "Gina (twenty two)" is an age in words.
_WORD_EDGE: Final = any_of([*WHITESPACE, "-", ",", ".", "(", ")"])
_NUMBER_WORD_GATE: Final = Gate(
    [
        b"(?:^|" + _WORD_EDGE + b")" + word + b"(?:" + _WORD_EDGE + b"|$)"
        for word in [
            *map(literal, sorted(_GATE_WORDS)),
            any_of(_JOINED_HEADS) + any_of(_JOINED_TAILS),
        ]
    ]
)
# Two stretches join when only separators ("-x-" too), letters for digits ("OO") or one
# number word (an article like "un" that the word pass skips) stand between; two number
# words also across a connector ("vingt et un", `_CONNECTOR_GAP`), which joins nothing
# else: "0113 496 0123 and 0113 496 0456" are two numbers (joined, neither was read).
_JOINING_GAP: Final = re.compile(
    rf"[{_GAP_CLASS}olix]*|[{_GAP_CLASS}]*\b(?:{_WORD})\b[{_GAP_CLASS}]*"
)
# A stretch grows over letters for digits at its edges ("Ol 99 OO OO 43" is found from
# "99" and "43") and over a plus word before it ("plus 44 113 ...").
_STRETCH_EDGE: Final = frozenset("oli .-")
_EDGE_LETTERS: Final = frozenset("oli")
_MIN_DIGITS: Final = 6  # no phone has fewer digits (letters for digits counted)
_PLUS_WORD_BEFORE: Final = re.compile(r"(?:" + "|".join(PLUS_WORDS) + r")\s*$")
_PLUS_WORD_ENDS: Final = frozenset(word[-1] for word in PLUS_WORDS)

# Pass 3, only inside the stretches found: the exact tokens. The scan runs on the
# lower-cased text; when lower-casing changes the length (a rare character; Turkish "İ" is
# read as "i", `_scan_text`), the case-insensitive twins keep offsets right at some cost in
# speed.
_TOKEN_SOURCE = (
    r"(?P<letters>(?<!\w)(?=[0-9oli]*[oli])[0-9oli]{2,}(?!\w))"
    rf"|(?P<digits>(?:[\d{_CIRCLED}](?:\ufe0f?\u20e3)?)+)"
    r"|(?P<plus>\+)"
    r"|(?P<word>\b" + _WORD + r"(?!\w))"
)
_TOKEN: Final = re.compile(_TOKEN_SOURCE)
_TOKEN_ANYCASE: Final = re.compile(_TOKEN_SOURCE.replace("[0-9oli]", "[0-9OolIi]"), re.I)
_ASCII_DIGITS: Final = re.compile(r"(?P<digits>[0-9]+)|(?P<plus>\+)")  # the common case
_LETTER: Final = re.compile(r"[^\W\d_]")
_WA_LINK: Final = re.compile(r"(?:wa\.me/|whatsapp\.com/send/?\?phone=|phone=)$")
_WA_LINK_ENDS: Final = "/=\n"  # the character before a match of _WA_LINK ("$" may precede "\n")
# A group of seven digits or more right after "/", "=" or a line break may be the number of
# a wa.me/ link: `tokens` then looks this far back for the link.
_WA_LINK_REACH: Final = 40
_MAY_FOLLOW_LINK: Final = re.compile(r"[/=\n]\d[\d\ufe0f\u20e3]{6}")

# What may stand between two tokens of one written number.
_GAP: Final = re.compile(rf"(?:[{_GAP_CLASS}]|(?<=[\s\-.*])x(?=[\s\-.*]))*")
# Between a tens word and a unit word: "vingt et un", "treinta y dos", "douăzeci și unu".
# Connectors are everyday words, so they are not tokens: they may only fill such a gap.
_CONNECTOR_GAP: Final = re.compile(
    r"[\s\-]+(?:" + "|".join(map(re.escape, CONNECTORS)) + r")[\s\-]+", re.I
)
# Separators of ordinary grouping ("0113 496 0123", "06.12.34.56.78", "030/23125-123").
PLAIN_GAP_CHARS: Final = " \t\u00a0\u2009\u202f.-\u2010\u2011\u2013/()"
# A list item or a sentence ends: "0113 496 0123, 24/7", "... (00144). 3-3-3 ...", " — ".
_ITEM_GAP: Final = re.compile(r"[,;\n·•]|(?<!\s)\.\s|\s[—–]\s")
_ALTERNATIVE_GAP: Final = re.compile(r"\||\s/\s")  # "0113 496 0123 / 0171 ...": one or other
# The gaps of one character that separate more than grouping, as the two patterns judge them.
_SHORT_GAP_LEVELS: Final = {",": 1, ";": 1, "\n": 1, "·": 1, "•": 1, "|": 2}


@dataclass(slots=True)
class Token:
    """A digit-bearing piece of text and the digits it stands for.

    The scan yields one token per group of digits, number word or "+"; `read_units` then
    merges number words that are read together ("trente-quatre" -> "34") into one token
    of kind WORDS.
    """

    kind: str
    start: int
    end: int
    digits: str = ""
    value: int = 0  # a number word's value
    gap: str = ""  # the text between the previous token of the run and this one
    disguised: bool = False  # keycap, full-width, letters for digits, number word, plus word
    glued: bool = False  # a letter touches it ("52kg", "DE89"): a unit or a code, not a phone
    code: bool = False  # glued inside a word with other digits ("bc372025598fe9"): a hash, an ID
    prose: bool = False  # a number word that is also an everyday word ("un", "een")
    link: bool = False  # right after "wa.me/": international digits without "+"


class Stretch(NamedTuple):
    """Where digit-bearing text stands; `eligible`: long enough to hold a phone."""

    start: int
    end: int
    eligible: bool


# Texts whose number words are kept (`number_words`): more than an extraction batch holds
# (100, mentions.py), which reads the phones of all its texts before their ages.
_TEXTS_KEPT: Final = 256


def number_words(text: str) -> tuple[str, bool, tuple[tuple[int, int], ...]]:
    """The lower-cased text (`_scan_text`), whether it may spell a number (`_may_spell`),
    and if so the (start, end) of every number word in it: the word pass, run once per text
    for the phones (`stretches`) and for the ages spelled in words (numbers.py). A text
    with no number word costs the ages one look-up here."""
    lowered, spelled, words = _number_words(text)
    return text if lowered is None else lowered, spelled, words


@lru_cache(maxsize=_TEXTS_KEPT)
def _number_words(text: str) -> tuple[str | None, bool, tuple[tuple[int, int], ...]]:
    """`number_words`, kept per text; None for a lower-cased text that is the text itself
    (`tokens` tells the two apart by identity, and an equal text may be another object)."""
    lowered = _scan_text(text)
    own = None if lowered is text else lowered
    if not _may_spell(lowered):
        return own, False, ()
    words = _NUMBER_WORD if lowered is not text else _number_word_anycase()
    return own, True, tuple(match.span() for match in words.finditer(lowered))


def stretches(text: str, explain: bool = False) -> tuple[str, list[Stretch]]:
    """Where digit-bearing text stands, and the lower-cased text.

    Digits and number words closer than a short gap are joined; a stretch may be wider
    than any number in it (the exact cut comes later). Only eligible stretches are
    returned unless `explain`: the others (prices, ages, times) are then returned too, so
    that each can be explained, but marked as unable to hold a phone.
    """
    lowered, spelled, words = number_words(text)
    shaped = False  # found by the phone-shaped pattern already
    if spelled:
        found = [(*match.span(), False) for match in _DIGIT_STRETCH.finditer(lowered)]
        found.extend((start, end, True) for start, end in words)
        pieces = _join_words(lowered, sorted(found))
    elif explain:
        pieces = [(*match.span(), False) for match in _DIGIT_STRETCH.finditer(lowered)]
    else:  # the common case: no number word, and only stretches shaped like a phone
        pieces = [(*match.span(), False) for match in _PHONE_STRETCH.finditer(lowered)]
        shaped = True
    out: list[Stretch] = []
    for start, end, has_words in pieces:
        eligible = has_words or (
            (shaped or _PHONE_STRETCH.fullmatch(lowered, start, end) is not None)
            and _enough_digits(lowered, start, end)
        )
        if eligible or explain:
            out.append(Stretch(*_grow(lowered, start, end), eligible))
    return lowered, out


def _enough_digits(lowered: str, start: int, end: int) -> bool:
    """Digits enough for a phone, counting letters for digits at the edges ("Ol 99 ...")?"""
    if _digit_count(lowered[start:end]) >= _MIN_DIGITS:
        return True
    if _EDGE_LETTERS.isdisjoint(lowered[max(0, start - 2) : start] + lowered[end : end + 2]):
        return False  # the usual case: no letter around, decided without growing
    start, end = _grow(lowered, start, end)
    return _digit_count(lowered[start:end]) >= _MIN_DIGITS


def _join_words(lowered: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Join number words with the digits and words around them; drop lone words."""
    out: list[tuple[int, int, bool]] = []
    index, count = 0, len(spans)
    while index < count:
        start, end, has_words = spans[index]
        last_wordy = has_words  # whether the span the piece ends with is a word
        pieces = 1
        index += 1
        while index < count and spans[index][0] - end <= _MAX_GAP:
            next_start, next_end, wordy = spans[index]
            if not (
                _JOINING_GAP.fullmatch(lowered, end, next_start)
                or (last_wordy and wordy and _CONNECTOR_GAP.fullmatch(lowered, end, next_start))
            ):
                break
            if next_end >= end:
                end, last_wordy = next_end, wordy
            has_words = has_words or wordy
            pieces += 1
            index += 1
        if not (has_words and pieces == 1):  # a lone number word ("six", "plus") is no phone
            out.append((start, end, has_words))
    return out


def _grow(lowered: str, start: int, end: int) -> tuple[int, int]:
    """Take in letters for digits at the edges ("Ol 99") and a plus word ("plus 44 ...")."""
    if not (
        _EDGE_LETTERS.isdisjoint(lowered[max(0, start - 2) : start])
        and _EDGE_LETTERS.isdisjoint(lowered[end : end + 2])
    ):  # the usual case, no letter at either edge, is decided without looking closer
        start, end = _grow_letters(lowered, start, end)
    before = lowered[start - 2 : start].rstrip()
    if before and before[-1] in _PLUS_WORD_ENDS:
        plus_word = _PLUS_WORD_BEFORE.search(lowered, max(0, start - 8), start)
        if plus_word is not None:
            start = plus_word.start()
    return start, end


def _grow_letters(lowered: str, start: int, end: int) -> tuple[int, int]:
    if _letter_near(lowered, start - 1, -1):
        limit = max(0, start - _MAX_GAP)
        while start > limit and lowered[start - 1] in _STRETCH_EDGE:
            start -= 1
    if _letter_near(lowered, end, 1):
        limit = min(len(lowered), end + _MAX_GAP)
        while end < limit and lowered[end] in _STRETCH_EDGE:
            end += 1
    return start, end


def _letter_near(lowered: str, index: int, step: int) -> bool:
    """Is a letter that may stand for a digit at `index`, or one separator further?"""
    for _ in range(2):
        if not 0 <= index < len(lowered):
            return False
        char = lowered[index]
        if char in "oli":
            return True
        if char not in " .-":
            return False
        index += step
    return False


def _digit_count(stretch: str) -> int:
    """Digits and letters that may stand for digits ("6ll 9l8 O82")."""
    letters = stretch.count("o") + stretch.count("l") + stretch.count("i")
    if stretch.isascii():  # the usual case: deleting the digits counts them, in C
        return len(stretch) - len(stretch.translate(_WITHOUT_DIGITS)) + letters
    return sum(map(str.isdigit, stretch)) + letters


_WITHOUT_DIGITS: Final = str.maketrans("", "", "0123456789")


def _may_spell(lowered: str) -> bool:
    """A cheap test before the word pass: does the text hold a number word at all, as a
    word of its own between spaces, "-", "," and "."?

    Articles that are also numbers ("un", "een") do not count; between digits they are
    found anyway, since the digits on either side pull them into one stretch. Nor do
    number words that are common words elsewhere ("hat", "pet"): a number spelled in
    their language holds other number words.
    """
    return _NUMBER_WORD_GATE(lowered)


def _scan_text(text: str) -> str:
    """The lower-cased text, or the text itself when lower-casing would move offsets."""
    lowered = text.lower()
    if len(lowered) != len(text) and "İ" in text:
        # Turkish "İ" lower-cases to "i" and a combining dot: as "i", a Turkish ad keeps
        # the lower-cased scan (and its gate) for "SIFIR BEŞ" in capitals.
        lowered = text.replace("İ", "I").lower()
    return lowered if len(lowered) == len(text) else text


def tokens(
    text: str, lowered: str | None = None, start: int = 0, end: int | None = None
) -> list[Token]:
    """The digit-bearing tokens of text[start:end], in order, with offsets into `text`.

    `lowered` is what `stretches` returned for the same text (computed when missing).
    """
    if lowered is None:
        lowered = _scan_text(text)
    size = len(text)
    end = size if end is None else end
    pattern = _TOKEN if lowered is not text else _TOKEN_ANYCASE
    stretch = lowered[start:end]
    if stretch.isascii() and not _LETTER.search(stretch):
        pattern = _ASCII_DIGITS
    out: list[Token] = []
    bound = False  # a bound word was found ("sto"): kept only beside its languages' words
    for match in pattern.finditer(lowered, start, end):
        kind = match.lastgroup
        raw = match.group()
        first, last = match.span()
        if kind == "digits":
            if raw.isascii():
                token = Token(DIGITS, first, last, raw)
            else:  # keycaps (0️⃣), full-width (０), circled (⓪), other scripts
                token = Token(DIGITS, first, last, _digit_values(raw), disguised=True)
            if (first and text[first - 1].isalpha()) or (last < size and text[last].isalpha()):
                token.glued = True
                # Only a long number glued to a word may be a phone (phones.py, `_can_start`).
                token.code = len(token.digits) >= 8 and _in_code(text, first, last)
            elif (
                len(raw) > 6
                and first
                and lowered[first - 1] in _WA_LINK_ENDS
                and _WA_LINK.search(lowered, max(0, first - _WA_LINK_REACH), first)
            ):
                token.link = True
        elif kind == "letters":
            if not _letters_for_digits(raw, text[first:last]):
                continue
            digits = "".join(LETTER_DIGITS.get(c, c) for c in raw.lower())
            token = Token(DIGITS, first, last, digits, disguised=True)
        elif kind == "plus":
            token = Token(PLUS, first, last)
        else:
            word = raw.lower()
            prose = word in PROSE_WORDS
            if word not in LEXICON:  # a joined hundreds word: a token for each part
                head = _joined_head(word)
                cut = first + len(head)
                out.append(Token(HUNDRED, first, cut, value=_JOINED_HEADS[head], disguised=True))
                first, word = cut, word[len(head) :]
            word_kind, value = LEXICON[word]
            bound = bound or word in BOUND_WORDS
            token = Token(word_kind, first, last, value=value, disguised=True, prose=prose)
        out.append(token)
    return _drop_unbound(text, out) if bound else out


def _digit_values(raw: str) -> str:
    """The digits a group written in another style or script stands for: "0️⃣6️⃣" (the
    keycap marks are no digits), "０６", "⓪⑥", "٠٦"."""
    return "".join(str(unicodedata.digit(c)) for c in raw if unicodedata.digit(c, -1) >= 0)


def _joined_head(word: str) -> str:
    """The hundreds word a joined hundreds word starts with: "hatszáz" of "hatszázhuszonegy"."""
    for cut in range(len(word) - 1, 0, -1):
        if word[:cut] in _JOINED_HEADS and word[cut:] in _JOINED_TAILS:
            return word[:cut]
    raise ValueError(word)  # the pattern found it: unreachable


def _drop_unbound(text: str, found: list[Token]) -> list[Token]:
    """Leave out the bound words (BOUND_WORDS) that no number word of their languages
    holds in a run: "sto dvacet tři" is 123, and in "ni en to tre" the bound "ni", "en" and
    "to" reach "tre"; "sto bene", "sto 23 anni" and "two to five" hold none. Left out, a
    word is text between tokens, which no run crosses."""
    kept: list[Token] = []
    for index, token in enumerate(found):
        word = text[token.start : token.end].lower()
        if (
            word not in BOUND_WORDS
            or _held(text, found, index, -1, word)
            or _held(text, found, index, 1, word)
        ):
            kept.append(token)
    return kept


def _held(text: str, found: list[Token], index: int, step: int, bound: str) -> bool:
    """Going from the bound word found[index] one way (`step`), do number words of its
    languages follow, each joined to the one before as in a run (`split_runs`), up to one
    that is not bound?"""
    own = _own_words(bound)
    other = index + step
    while 0 <= other < len(found):
        word = text[found[other].start : found[other].end].lower()
        if word not in own:
            return False
        near, far = found[other - step], found[other]
        first, second = (far, near) if step < 0 else (near, far)
        if not _joins(text[first.end : second.start], first, second):
            return False
        if word not in BOUND_WORDS:
            return True
        other += step
    return False


@cache
def _own_words(bound: str) -> frozenset[str]:
    """The number words of the languages whose tables hold a bound word (BOUND_WORDS)."""
    words: set[str] = set()
    for own in _words_by_language().values():
        if bound in own:
            words |= own
    return frozenset(words)


@cache
def _words_by_language() -> dict[str, frozenset[str]]:
    """Every number word of each language (`_language_words`). Made when first needed (6
    milliseconds, which most runs need not spend at their start), once for all the bound
    words."""
    return {lang: frozenset(_language_words(lang)) for lang in UNIT_WORDS}


def token_context(lowered: str, start: int, end: int) -> tuple[int, int]:
    """The span of text that `tokens(text, lowered, start, end)` looks at: the stretch and
    one character on either side, and before a number that may follow a wa.me/ link, the
    link's reach; where a letter touches the stretch, the word it stands in (`_in_code`).
    Tokens of the same context are the same, wherever it stands."""
    before = _WA_LINK_REACH if _MAY_FOLLOW_LINK.search(lowered, max(0, start - 1), end) else 1
    low, high = max(0, start - before), min(len(lowered), end + 1)
    if start and lowered[start - 1].isalpha():
        low = min(low, _word_start(lowered, start))
    if end < len(lowered) and lowered[end].isalpha():
        high = _word_end(lowered, end)
    return low, high


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the digits at text[start:end], glued to letters, stand in a word that holds
    other digits too: a hash or an ID ("#PHONE_c90b…bc372025598fe9e1…#"), where a number
    glued to a word alone ("Tel0612345678") may be a phone."""
    low, high = _word_start(text, start), _word_end(text, end)
    return _ANY_DIGIT.search(text, low, start) is not None or (
        _ANY_DIGIT.search(text, end, high) is not None
    )


_ANY_DIGIT: Final = re.compile(r"\d")


_WORD_REACH: Final = 80  # how far a word with digits is read for `_in_code`


def _word_start(text: str, index: int) -> int:
    limit = max(0, index - _WORD_REACH)
    while index > limit and text[index - 1].isalnum():
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    limit = min(len(text), index + _WORD_REACH)
    while index < limit and text[index].isalnum():
        index += 1
    return index


def _letters_for_digits(lowered: str, original: str) -> bool:
    """ "O7OO", "l23" stand for digits; so does a group without any digit between digit
    groups, where no word is written so: with a capital O ("Ol 99 OO OO 43"), a small o
    with a capital I after the first letter ("oI 99 oo 82 99"), or small o's alone. That
    keeps words out: "il", "lo", "io", "Il", "Io", and a Roman "II"."""
    if any(c.isdigit() for c in lowered):
        return True
    if "O" in original:
        return all(c in "OlI" for c in original)
    if "o" in original and "I" in original[1:]:
        return all(c in "oI" for c in original)
    return original.count("o") == len(original)


def split_runs(text: str, found: list[Token]) -> list[list[Token]]:
    """Group tokens that could belong to one written number: short separators between."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    previous: Token | None = None
    for token in found:
        joins = False
        if previous is not None and token.kind != PLUS and not (token.glued or previous.glued):
            gap = text[previous.end : token.start]
            joins = _joins(gap, previous, token)
            if joins:
                token.gap = gap
        if not joins and current:
            runs.append(current)
            current = []
        current.append(token)
        previous = token
    if current:
        runs.append(current)
    return runs


def _joins(gap: str, previous: Token, token: Token) -> bool:
    if gap in (" ", ""):
        return True
    if len(gap) <= _MAX_GAP and gap.count("\n") <= 2 and _GAP.fullmatch(gap):
        return True
    if (previous.kind == TENS and token.kind in (UNIT, PAIR)) or (
        previous.kind == HUNDRED and token.kind in (UNIT, PAIR, TENS)
    ):  # "vingt et un"; "cento e vinte", "двеста и дванадесет"
        return _CONNECTOR_GAP.fullmatch(gap) is not None
    return False


def is_plain_gap(gap: str) -> bool:
    """Ordinary grouping: spaces, dots, dashes, slashes, brackets (not emoji or breaks)."""
    return not gap.strip(PLAIN_GAP_CHARS)


def gap_level(gap: str) -> int:
    """How strongly a gap separates: 0 grouping, 1 a list item or sentence, 2 alternatives.

    Level 1: a comma or semicolon, a line break, a sentence end (". "), a spaced dash or
    a middle dot. Level 2: a bar or a spaced slash ("0113 496 0123 / 0171 ..."). A phone
    may cross them (French reads pairs: "zéro six, douze, ..."; numbers get split over
    lines to dodge filters), but only where nothing within one item is a phone.
    """
    if len(gap) < 2:
        return _SHORT_GAP_LEVELS.get(gap, 0)
    if _ALTERNATIVE_GAP.search(gap):
        return 2
    return 1 if _ITEM_GAP.search(gap) else 0


def read_units(run: list[Token]) -> list[Token]:
    """Merge the number words of a run into the digits they spell.

    Tens followed by a unit make one pair ("twenty one" = 21, "vingt et un" = 21);
    French 60 and 80 also take a teen ("soixante-dix" = 70, "quatre-vingt-dix-neuf" = 99);
    a hundreds word takes the tens and units after it ("pięćset dwanaście" = 512);
    "double"/"triple" repeat the next digit. Everything else is read digit by digit.
    """
    for token in run:
        if token.kind not in (DIGITS, PLUS):
            break
    else:
        return run  # the common case: nothing to merge
    units: list[Token] = []
    i, count = 0, len(run)
    while i < count:
        token = run[i]
        if token.kind in (DIGITS, PLUS):
            units.append(token)
            i += 1
            continue
        follower = run[i + 1] if i + 1 < count else None
        if token.kind == HUNDRED:
            digits, last = _hundred_digits(run, i)
        else:
            digits, last = _word_digits(token, follower), i
            if follower is not None and _reads_with(token, follower):
                last = i + 1
        # By name: given by place, the prose flag fell into `code`, a field added before it.
        units.append(
            Token(
                WORDS,
                token.start,
                run[last].end,
                digits,
                token.value,
                token.gap,
                disguised=True,
                prose=token.prose and last == i,
            )
        )
        i = last + 1
    return units


def _hundred_digits(run: list[Token], i: int) -> tuple[str, int]:
    """The three digits a hundreds word at run[i] starts, and the index of the last word
    read with it: "pięćset dwanaście" = 512, "сто двадцять три" = 123, "quinientos
    ocho" = 508, "trzysta" alone = 300."""
    hundreds = run[i].value
    follower = run[i + 1] if i + 1 < len(run) else None
    if follower is None:
        return f"{hundreds}00", i
    if follower.kind == PAIR:
        return f"{hundreds}{follower.value:02d}", i + 1
    if follower.kind == TENS:
        unit = run[i + 2] if i + 2 < len(run) else None
        if unit is not None and _reads_with(follower, unit):
            return f"{hundreds}{follower.value + unit.value}", i + 2
        return f"{hundreds}{follower.value}", i + 1
    if follower.kind == UNIT and follower.value > 0:
        return f"{hundreds}0{follower.value}", i + 1
    return f"{hundreds}00", i


def _reads_with(token: Token, follower: Token) -> bool:
    """Is the follower read together with the word: "twenty | one", "double | seven"?"""
    if token.kind == TENS:
        return (follower.kind == UNIT and follower.value > 0) or (
            follower.kind == PAIR and token.value in (60, 80) and follower.value < 20
        )
    if token.kind == MULT:
        return follower.kind == UNIT or (follower.kind == DIGITS and len(follower.digits) == 1)
    return False


def _word_digits(token: Token, follower: Token | None) -> str:
    together = follower is not None and _reads_with(token, follower)
    if token.kind == PAIR:
        return f"{token.value:02d}"
    if token.kind == TENS:
        return str(token.value + follower.value) if together and follower else str(token.value)
    if token.kind == MULT:  # "double seven" -> "77"; a lone "double" is just a word
        if not together or follower is None:
            return ""
        one = follower.digits if follower.kind == DIGITS else str(follower.value)
        return one * token.value
    return str(token.value)
