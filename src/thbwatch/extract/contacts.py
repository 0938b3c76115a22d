"""Contact details in ad text: e-mail addresses, web links and messenger handles. Pure.

Each function returns `Mention`s whose `raw` is exactly ``text[start:end]``:

* `extract_emails`: "email", value lower case. Obfuscated writings ("name [at] mail [dot]
  com", "name (at) mail (dot) com", "name at mail dot com", "name @ mail . com" and the
  local words for "@" and "." in the tables below) are marked ``obfuscated=True``.
* `extract_urls`: "url", value "https://host/path" (host lower case, punycode labels in
  the letters they stand for, scheme added or made https, no trailing slash, no
  fragment); details: registered "domain" and "host".
  A host with its dots written as e-mails write them ("annaescort dot com", "anna[punkt]
  de", "www . anna . eu") gives the url of its plain writing, ``obfuscated=True``.
* `extract_handles`: "handle", value "platform:handle" from messenger links (wa.me,
  t.me, instagram.com/..., spelled ones too: "t dot me slash anna"), from a platform cue
  next to a name ("Telegram: @name"), and from a phone-only messenger named next to a
  phone mention ("WhatsApp +44...").

Nothing is fetched: the public-suffix list is tldextract's bundled snapshot.

Hints: `language` adds its prose words to those that rule out " at " as an "@" ("ik at");
`country` turns the "WA" cue off where WA is a state (US, AU). Every language's words for
"@", "." and the messenger cues are always read: ads mix languages.

Speed matters (thousands of ads a second): one Hyperscan pass finds every cue word and
word for "@" and for the dot, `str.find` the "@" signs, one literal-led regex the "x.y"
of hosts; only then do small anchored regexes run around what was found, and nothing
backtracks over the whole text. The three functions share one reading of the text
(`_read`: its e-mails, links, cues and the names after them), kept in a small cache keyed
by the text, as the pipeline calls them one after the other on the same text. phones.py
asks for the cues too (`messenger_before`: "WhatsApp: 447912345678" is a number with no
"+"), from the word scan that reading starts with (`_scan`, kept per text as well).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

import hyperscan
import idna
import phonenumbers
import tldextract

from thbwatch.extract.deobfuscate import trie_pattern
from thbwatch.extract.lexicon import CURRENCY_WORDS
from thbwatch.model import Hints, Mention

__all__ = [
    "extract_emails",
    "extract_handles",
    "extract_urls",
    "messenger_before",
    "normalise_email",
    "normalise_handle",
    "normalise_url",
    "readable_host",
    "split_host",
]

# Per-text readings (one reading of a text serves e-mails, links and handles) are kept for
# more texts than an extraction batch holds (100, see mentions.py): the batch runs e-mails over
# all its texts before links and handles, and a smaller cache would have lost them by then.
_TEXTS_KEPT = 256

# =========================================================================== data tables


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, for tables that read better that way."""
    return frozenset(text.split())


# Words written for "@" in obfuscated e-mail addresses, per language (lower case).
AT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("at",),
    "fr": ("arobase", "arobas"),
    "de": ("at", "ät"),
    "es": ("arroba",),
    "it": ("chiocciola",),
    "nl": ("apenstaartje", "at"),
    "pl": ("małpa", "malpa", "małpka", "malpka"),
    "ro": ("arond",),
    "uk": ("собака", "собачка"),  # the "dog", as "@" is called in Ukrainian and Russian
    "ru": ("собака", "собачка"),
    "pt": ("arroba",),
    "cs": ("zavináč", "zavinac"),
    "sk": ("zavináč", "zavinac"),
    "hu": ("kukac",),
    "bg": ("маймунка",),
    "el": ("παπάκι", "παπακι"),
    "sr": ("majmunče", "majmunce", "мајмунче"),
}

# Words written for "." in obfuscated e-mail addresses, per language (lower case).
DOT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("dot",),
    "fr": ("point",),
    "de": ("punkt",),
    "es": ("punto",),
    "it": ("punto",),
    "nl": ("punt",),
    "pl": ("kropka",),
    "ro": ("punct",),
    "uk": ("крапка", "точка"),
    "ru": ("точка",),
    "pt": ("ponto",),
    "cs": ("tečka", "tecka"),
    "sk": ("bodka",),
    "hu": ("pont",),
    "bg": ("точка",),
    "el": ("τελεία", "τελεια"),
    "hr": ("točka", "tocka"),
    "sr": ("tačka", "tacka", "тачка"),
    "tr": ("nokta",),
}

# Words written for "/" in a spelled link ("t dot me slash anna", "anna punkt de
# schrägstrich galerie"), per language (lower case). Read only right after a spelled host.
SLASH_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("slash",),
    "de": ("schrägstrich",),
    "es": ("barra",),
    "it": ("barra",),
    "pt": ("barra",),
    "pl": ("ukośnik",),
    "ru": ("слеш", "слэш"),
    "uk": ("слеш",),
}

# Words that stand before an ordinary " at " in prose ("meet at", "available at"). A
# bare " at " after one of them is not an e-mail ("available at booking.com").
PROSE_BEFORE_AT: dict[str, frozenset[str]] = {
    "en": _words(
        "me us you him her them it we i they one someone people girls girl lady ladies "
        "meet meeting met see seen available arrive arriving arrived stay staying live "
        "living lives work working works worked study studying job jobs apply applied "
        "book booked booking buy bought sold sell selling shop shopping order ordered "
        "find found look looking sign signed call calls here there now only also is are "
        "am was were be been being and or but not the a an this that all located based "
        "hosted listed registered read visit online offer offers price prices rates open "
        "best deal deals up out in on off from to start starts starting begin begins end "
        "ends pay paid paying free cheap sale hours daily weekly nights night arrive"
    ),
    "nl": _words("ik hij zij ze wij we jij je"),
}

# Top-level domains accepted for a bare host with no scheme, no "www." and no path
# ("bestgirls.co.uk"): two-letter country codes plus these. Any real public suffix is
# accepted once a scheme, "www." or a path shows the writer meant a link, but a bare
# "hello.world" or "end.next" (both real TLDs) is too often just a missing space.
BARE_TLDS: frozenset[str] = _words(
    "com net org info biz edu gov mil int eu asia mobi name pro tel travel xxx adult porn "
    "sex sexy cam webcam dating love vip club online site website web store shop app dev "
    "io xyz top live link blog chat social agency jobs work works careers company group "
    "services solutions email tech space fun city today world page one example"
)

# The top-level domains of Europe written in Cyrillic or Greek letters ("anna.рф",
# "сайт.укр", "anna.ελ"): read like the two-letter country codes, bare or spelled.
NATIVE_SCRIPT_TLDS: frozenset[str] = _words("рф укр срб бг мкд бел ελ ею ευ")

# Two-letter country codes that are much more often file extensions than domains.
FILE_EXTENSION_TLDS: frozenset[str] = frozenset({"py", "sh", "md", "rs", "js", "ts", "pm"})

# A host whose dot is spelled as a spaced word or a spaced "." ("annaescort dot com",
# "anna punkt de", "anna . com"), with no "www", scheme or path to show it is one, must
# end in one of these: the generic domains ads use and the country codes of Europe. The
# words for the dot are everyday words ("the main point is", "punto e basta"), so fewer
# endings are taken than after a bare "." (BARE_TLDS); a dot in brackets ("anna[dot]com")
# is no prose and is read as a bare host is.
SPELLED_TLDS: frozenset[str] = (
    _words(
        "com net org info biz eu xxx "
        "ad al at ax ba be bg by ch cy cz de dk ee es fi fo fr gb gg gi gr hr hu ie im is it "
        "je li lt lu lv mc md me mk mt nl no pl pt ro rs ru se si sk sm su tr ua uk va"
    )
    | NATIVE_SCRIPT_TLDS
)
# Those of them that are everyday words too ("point de vue", "the point is", "punto es",
# "punt net zo"): after a spelled dot they must end the clause ("anna punkt de.", "anna
# punkt de" at the end of a line), not go on into a sentence ("punto de venta").
WORD_TLDS: frozenset[str] = _words(
    "ad al at be by de es eu im info is it je li me net no se si su va"
)

# Words that stand before a word for the dot in prose ("the dot com bubble", "at this point
# com...", "le point de", "ein Punkt", "un punto es"): a host's first label is none of them.
# All languages are checked at once: ads mix them, and every language's dot words are read.
PROSE_BEFORE_DOT: dict[str, frozenset[str]] = {
    "en": _words(
        "the a an this that these those my your his her its our their one each every any some "
        "no which what whose last next first second third final same key main central red "
        "black blue white green small tiny big little single decimal polka starting turning "
        "focal selling boiling freezing melting vantage meeting pick drop access entry end data "
        "check price sore pressure trigger power bullet match break set game high low good bad "
        "important crucial early former failed several many other another in on at of to for "
        "from by with and or but as is was be"
    ),
    "fr": _words(
        "le la les un une au aux du des de ce cet cette ces mon ma mes ton ta tes son sa ses "
        "notre nos votre vos leur leurs quel quelle chaque tout même tel autre dernier premier "
        "seul bon gros petit grand nouveau meilleur principal en et ou est"
    ),
    "de": _words(
        "der die das den dem des ein eine einen einem einer eines kein keine dieser diese dieses "
        "diesem diesen jeder jede jedes welcher welche mein meine dein deine sein seine ihr ihre "
        "unser unsere euer eure am im zum zur beim vom letzter letzte erster erste nächste "
        "wichtige wichtigste springende schwarze rote neue gute und oder"
    ),
    "es": _words(
        "el la lo los las un una unos unas al del este esta esto ese esa eso aquel mi mis tu "
        "tus su sus nuestro nuestra cada cierto mismo otro otra buen mal primer último nuevo "
        "gran algún ningún y en de que es"
    ),
    "it": _words(
        "il lo la i gli le un uno una al allo alla del dello della dal nel sul questo questa "
        "quello quel quella mio mia tuo tua suo sua nostro vostro loro ogni stesso altro primo "
        "ultimo buon nuovo e di in che"
    ),
    "nl": _words(
        "de het een dit dat deze die mijn jouw je zijn haar ons onze hun elk elke ieder iedere "
        "geen welk welke eerste laatste belangrijk belangrijkste goed goede nieuw nieuwe zwak "
        "zwakke sterk sterke op in en"
    ),
    "pl": _words(
        "ten ta to tym tej tą jeden jedna jakiś każdy każda mój moja twój twoja jego jej nasz "
        "nasza wasz ich ostatni ostatnia pierwszy pierwsza ważny ważna kolejny kolejna "
        "następny następna czarna i w z na do od"
    ),
    "ro": _words(
        "un o acest această aceasta acel acea fiecare primul ultimul din la pe în cu de al meu "
        "mea tău său nostru vostru important și"
    ),
    "ru": _words(
        "эта этот это та тот одна каждая моя твоя наша ваша их его её последняя первая "
        "конечная начальная в на и с до"
    ),
    "uk": _words(
        "ця цей це та той одна кожна моя твоя наша ваша їх його її остання перша кінцева "
        "початкова в у на і з до"
    ),
    # "bolha ponto com": Portuguese says "ponto com" for the dot-com of the bubble too.
    "pt": _words(
        "o a os as um uma este esta esse essa aquele meu minha teu seu sua nosso cada mesmo "
        "outro primeiro último bolha era empresa empresas e em de"
    ),
}
_PROSE_BEFORE_DOT: frozenset[str] = frozenset().union(*PROSE_BEFORE_DOT.values())

# Messenger cue words: (word, platform, kind, case_sensitive). Kinds:
#   "strong": names the platform unmistakably, so a bare name may follow ("Telegram
#             vip_anna_22");
#   "weak":   a short or ordinary word ("signal", "snap", "OF"): a name after it needs a
#             ":" or an "@" ("snap: kitty"); next to a phone it still names the messenger;
#   "label":  two letters that occur inside many words ("ig", "sc"): recognised only as
#             a label right before ":" or "@" ("IG: anna", "tg @anna");
#   "verb":   a verb that means "message on the platform" but is an ordinary word too
#             (Dutch "app"/"appen" for WhatsApp, also the English noun): it names the
#             messenger only when a phone follows it at once ("Bel of app 06 1234 5678",
#             "App: +31..."), never across other words ("get the app or call 0800...").
CUES: tuple[tuple[str, str, str, bool], ...] = (
    ("telegram", "telegram", "strong", False),
    ("tg", "telegram", "label", False),
    ("whatsapp", "whatsapp", "strong", False),
    ("whats app", "whatsapp", "strong", False),
    ("whatsap", "whatsapp", "strong", False),
    ("watsapp", "whatsapp", "strong", False),
    ("watsap", "whatsapp", "strong", False),
    ("wsp", "whatsapp", "weak", False),
    ("wapp", "whatsapp", "weak", False),
    ("WA", "whatsapp", "weak", True),
    ("app", "whatsapp", "verb", False),
    ("appen", "whatsapp", "verb", False),
    ("viber", "viber", "strong", False),
    ("signal", "signal", "weak", False),
    ("snapchat", "snapchat", "strong", False),
    ("snap", "snapchat", "weak", False),
    ("sc", "snapchat", "label", False),
    ("instagram", "instagram", "strong", False),
    ("insta", "instagram", "weak", False),
    ("ig", "instagram", "label", False),
    ("onlyfans", "onlyfans", "strong", False),
    ("only fans", "onlyfans", "strong", False),
    ("OF", "onlyfans", "weak", True),
    ("tiktok", "tiktok", "strong", False),
    ("tik tok", "tiktok", "strong", False),
    ("facebook", "facebook", "strong", False),
    ("fb", "facebook", "label", False),
    ("messenger", "facebook", "weak", False),
    ("kik", "kik", "weak", False),
    ("wechat", "wechat", "strong", False),
    ("weixin", "wechat", "strong", False),
    ("line id", "line", "strong", False),
    ("LINE", "line", "weak", True),
    # Ukrainian and Russian ads name the messengers in Cyrillic too ("пиши в телеграм",
    # "Вайбер 067..."). A strong cue takes in its inflections ("телеграмі", "телеграмме").
    ("телеграм", "telegram", "strong", False),
    ("тг", "telegram", "label", False),
    ("вотсап", "whatsapp", "strong", False),
    ("ватсап", "whatsapp", "strong", False),
    ("вацап", "whatsapp", "strong", False),
    ("вайбер", "viber", "strong", False),
    ("вайбър", "viber", "strong", False),  # Bulgarian
    ("уатсап", "whatsapp", "strong", False),
    ("инстаграм", "instagram", "strong", False),
    ("інстаграм", "instagram", "strong", False),
    ("инста", "instagram", "weak", False),
    ("інста", "instagram", "weak", False),
    ("фейсбук", "facebook", "strong", False),
    ("тикток", "tiktok", "strong", False),
    ("тікток", "tiktok", "strong", False),
    ("онлифанс", "onlyfans", "strong", False),
    ("онліфанс", "onlyfans", "strong", False),
)

# Platforms reached by phone number: a cue for them next to a phone makes a handle.
PHONE_PLATFORMS: frozenset[str] = frozenset({"whatsapp", "viber", "signal"})
# Platforms whose accounts are phone numbers: digits right after a cue for one are a
# number (phones.py reads "WhatsApp 447912345678" as +44..., `messenger_before`).
NUMBER_PLATFORMS: frozenset[str] = PHONE_PLATFORMS | {"telegram"}
# Platforms with no user names (in ads): a word after their cue is no handle.
NAMELESS_PLATFORMS: frozenset[str] = frozenset({"whatsapp", "viber"})

# Countries where "WA" is a state (Washington, Western Australia), not WhatsApp.
WA_IS_A_STATE: frozenset[str] = frozenset({"US", "AU"})

# Handle syntax per platform (what the platform allows, so "@5pm" is no Telegram name).
HANDLE_SYNTAX: dict[str, re.Pattern[str]] = {
    "telegram": re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}"),
    "instagram": re.compile(r"[A-Za-z0-9._]{1,30}"),
    "tiktok": re.compile(r"[A-Za-z0-9._]{2,24}"),
    "onlyfans": re.compile(r"[A-Za-z0-9._-]{3,30}"),
    "snapchat": re.compile(r"[A-Za-z][A-Za-z0-9._-]{2,14}"),
    "facebook": re.compile(r"[A-Za-z0-9.]{5,50}|\d{5,20}"),
    "kik": re.compile(r"[A-Za-z0-9._]{2,20}"),
    "wechat": re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}"),
    "line": re.compile(r"[A-Za-z0-9._-]{4,20}"),
    "signal": re.compile(r"[A-Za-z_][A-Za-z0-9_]{2,31}\.\d{2,9}"),
}

# WeChat ids are case-sensitive; every other platform above folds case.
CASE_SENSITIVE_PLATFORMS: frozenset[str] = frozenset({"wechat"})

# Words that follow a cue but are not names ("Telegram: available", "snap: same").
NOT_A_NAME: frozenset[str] = _words(
    "only me here available same number ask message text write call contact please yes "
    "also too and or the for with now just private pics photos video videos free real "
    "link below above profile account username handle id app group channel "
    "uniquement aussi ici seulement nur auch hier bitte solo también anche aquí qui "
    "alleen ook hier tylko też tutaj doar și aici"
) | frozenset(  # a platform's own name after a cue: "My OF: onlyfans dot com slash ..."
    word.lower() for word, _, _, _ in CUES if " " not in word
)

# Filler between a cue and the handle: "Telegram only: @x", "Instagram me: x", "My kik is
# lola_99" (a bare name then needs a digit, "_" or "." to count); a whole word, not the
# start of the name ("Telegram melanie_22").
# An emoji or an arrow separates too: "Insta 👉 lola_bcn 👈", "Snapchat 👻 lola.snap22".
_CUE_FILLER = re.compile(
    r"(?:[ \t]+(?:only|me|id|user(?:name)?|account|direct[a-z]*|here|ici|hier|aqu[ií]|"
    r"qui|tutaj|aici|(?P<is>is|ist|est|es|è|é|jest|este|je))(?![A-Za-z0-9_]))?[ \t]*"
    r"(?P<sep>[:=>\-–—]|[\u2190-\u21ff\u2700-\u27bf\u2b00-\u2bff"
    r"\U0001f000-\U0001faff\ufe0f\u200d]+)?\s*(?P<at>@)?(?=[A-Za-z0-9_])",
    re.IGNORECASE,
)
_HANDLE_TOKEN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")

# Words that may stand between a messenger cue and the phone it names ("WhatsApp me",
# "WhatsApp/SMS:", "Call or WhatsApp"), besides the cue words themselves.
# fmt: off
WORDS_CUE_THEN_PHONE: tuple[str, ...] = (
    "me", "only", "or", "and", "on", "at", "here", "direct", "directly", "sms", "call", "text",
    "tel", "phone", "mobile", "number", "nr", "no",
    "seulement", "uniquement", "ici", "ou", "et", "direkt", "nur", "hier", "oder", "und",
    "handy", "solo", "aquí", "aqui", "directo", "o", "y", "qui", "diretto", "e", "alleen",
    "of", "en", "tylko", "tutaj", "lub", "i", "doar", "aici", "sau", "și",
    "или", "або", "и", "і", "та", "тел", "телефон", "номер", "только", "тільки", "тут",
    "só", "apenas", "ligue", "liga", "telefone", "número",
    "nebo", "jen", "pouze", "volejte", "volej", "číslo", "a", "zde",
    "alebo", "len", "iba", "volajte", "volaj", "telefón", "aj", "tu",
    "vagy", "csak", "hívj", "hívjon", "hívd", "telefon", "szám", "és", "itt",
    "само", "обади", "обадете", "тук",
    "ή", "μόνο", "τηλέφωνο", "τηλ", "καλέστε", "και", "εδώ",
    "veya", "ya da", "sadece", "ara", "arayın", "numara", "ve", "burada",
    "ose", "vetëm", "telefononi", "numri", "dhe", "këtu",
    "ili", "samo", "poziv", "nazovite", "nazovi", "zovi", "broj", "ovdje", "ovde", "позив",
    "број", "arba", "tik", "skambinkite", "telefonas", "numeris", "ir", "vai", "tikai",
    "zvaniet", "tālrunis", "numurs", "un", "või", "ainult", "helista", "helistage", "ja",
    # "at" and "number" before the number: "pe WhatsApp la 0722...", "sur WhatsApp au 06...",
    # "per WhatsApp unter 0151...", "por WhatsApp al 612...", "via WhatsApp op 06...",
    # "przez WhatsApp pod numerem 512...", "na WhatsApp na 603...", "у вайбер за номером 067..."
    "la", "au", "unter", "al", "op", "pod", "numerem", "numer", "na", "numero", "numéro",
    "nummer", "pelo", "pela", "на", "за", "номером", "номеру", "по",
)
# Words that may stand between a phone and a messenger cue written after it: "+44 ...
# (also WhatsApp)", "+44 ... WhatsApp & Viber", besides the cue words themselves.
WORDS_PHONE_THEN_CUE: tuple[str, ...] = (
    "also", "only", "on", "via", "per", "by", "and", "or", "sur", "aussi", "et", "ou", "auf",
    "auch", "nur", "und", "oder", "en", "también", "solo", "y", "o", "su", "anche", "e", "op",
    "ook", "of", "na", "też", "lub", "i", "pe", "și", "sau",
    "в", "у", "через", "по", "есть", "є", "тоже", "також", "и", "і", "та", "или", "або",
    "também", "só", "no", "pelo", "také", "přes", "nebo", "a", "jen", "aj", "tiež",
    "cez", "alebo", "len", "is", "csak", "és", "vagy", "και", "επίσης", "μόνο", "ή", "στο",
    "ve", "veya", "de", "da", "sadece", "ayrıca", "ili", "samo", "preko", "takođe",
    "također", "само", "също", "dhe", "ose", "edhe", "vetëm", "në", "ir", "arba", "tik",
    "un", "vai", "arī", "tikai", "ja", "või", "ka", "ainult",
)
# fmt: on


def _gap_pattern(separators: str, words: Iterable[str]) -> re.Pattern[str]:
    """Separators, and whole words among `words` (and every cue word), in any order. The
    words are a prefix tree: as a flat alternation of some 250 words in many languages,
    the engine tried each of them at each word of a gap."""
    alternation = trie_pattern(sorted({*words, *(cue[0].lower() for cue in CUES)}))
    alternation = alternation.replace("\\ ", "\\s?")  # "whats app", "ya da"
    return re.compile(rf"[{separators}]*(?:(?:{alternation})(?!\w)[{separators}]*)*", re.IGNORECASE)


_GAP_CUE_THEN_PHONE = _gap_pattern(r"\s:;=/\\\-–—>(\[.,&+|!", WORDS_CUE_THEN_PHONE)
_GAP_PHONE_THEN_CUE = _gap_pattern(r"\s(\[\-–—,/:&+", WORDS_PHONE_THEN_CUE)
# After "@name": "(telegram)", "on Telegram", "sur insta".
_GAP_NAME_THEN_CUE = re.compile(
    r"[\s(\[\-–—,:]*(?:(?:on|sur|auf|bei|en|por|su|op|via|na|pe|w|per)\s+)?", re.IGNORECASE
)
# How far around an "@name" a lone platform name still tells which platform it is on.
_PLATFORM_WINDOW = 100

# Messenger link hosts (after dropping "www.", "m.", "mobile.", "web.").
LINK_HOSTS: dict[str, str] = {
    "wa.me": "whatsapp",
    "api.whatsapp.com": "whatsapp",
    "whatsapp.com": "whatsapp",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "telegram.dog": "telegram",
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "onlyfans.com": "onlyfans",
    "tiktok.com": "tiktok",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "m.me": "facebook",
    "snapchat.com": "snapchat",
    "kik.me": "kik",
    "signal.me": "signal",
    "line.me": "line",
}

# First path segments followed by the user name: t.me/s/<name> (a channel's public
# preview), instagram.com/stories/<name>, snapchat.com/add/<name>.
PROFILE_PREFIXES: dict[str, tuple[str, ...]] = {
    "telegram": ("s",),
    "instagram": ("stories",),
    "snapchat": ("add", "u"),
}

# First path segments that are site pages, not user names.
RESERVED_PATHS: dict[str, frozenset[str]] = {
    "telegram": _words(
        "joinchat addstickers addemoji share proxy socks iv c addtheme setlanguage login "
        "confirmphone boost contact addlist"
    ),
    "instagram": _words("p reel reels tv explore accounts direct about legal developer web"),
    "onlyfans": _words("my files action api2 terms privacy help"),
    "facebook": _words(
        "pages groups events watch share sharer sharer.php login photo.php photo "
        "marketplace story.php permalink.php people hashtag help policies privacy "
        "messages home.php gaming reel reels stories profile.php"
    ),
    "kik": frozenset(),
    "line": frozenset(),
    "snapchat": frozenset(),
    "tiktok": frozenset(),
}

# =========================================================================== helpers


def _lower(text: str) -> str:
    """Lower-case text with the same length, so offsets into it are offsets into `text`."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # A few characters lower-case to two ("İ"): lower the others one by one.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_title_case(word: str) -> bool:
    """ "Next" in "end.Next": a sentence start glued to a full stop, not a domain label."""
    return word[:1].isupper() and not word.isupper()


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


_PSL = tldextract.TLDExtract(
    cache_dir=None,  # no cache files, no writes
    suffix_list_urls=(),  # never fetch: the bundled snapshot only
    fallback_to_snapshot=True,
    extra_suffixes=("example",),  # RFC 2606 reserved name, used by the synthetic data
)


def readable_host(host: str) -> str:
    """A host in lower case, with labels written in punycode ("xn--p1ai") as the letters
    they stand for ("рф"): both writings of one site give one value."""
    host = host.lower()
    if "xn--" not in host:
        return host  # the usual case
    try:
        return idna.decode(host)
    except UnicodeError:  # not valid punycode: kept as written
        return host


@lru_cache(maxsize=32_768)
def split_host(host: str) -> tuple[str, str] | None:
    """(registered domain, public suffix) of a lower-case host, or None if it has no
    real public suffix ("bestgirls.co.uk" -> ("bestgirls.co.uk", "co.uk"))."""
    result = _PSL.extract_str(host)
    if not result.suffix or not result.domain:
        return None
    return f"{result.domain}.{result.suffix}", result.suffix


def _valid_labels(labels: Sequence[str]) -> bool:
    return all(0 < len(label) <= 63 and label[0] != "-" and label[-1] != "-" for label in labels)


def _bare_suffix_ok(suffix: str) -> bool:
    """Whether a host written with nothing else to show it is a host may end so. Only the
    last label counts: the host may stand for its suffix (a public suffix's last label is
    the host's), which spares the public-suffix look-up for hosts this rules out."""
    tld = suffix.rsplit(".", 1)[-1]
    if tld in FILE_EXTENSION_TLDS:
        return False
    return (
        tld in BARE_TLDS
        or (len(tld) == 2 and tld.isascii() and tld.isalpha())
        or tld in NATIVE_SCRIPT_TLDS
    )


# =========================================================================== word scan
# E-mails and handles both look for words: the words for "@" and the messenger cues. One
# caseless Hyperscan pass over the text in UTF-8 finds them all at once: ~13 us for a 2 KB
# job ad, encoding included, where lower-casing the text and an Aho-Corasick pass over it
# (pyahocorasick) took ~60, a regex alternation of the same words ~300, one str.find per
# word ~150.

_SEARCHED_CUES = tuple(cue for cue in CUES if cue[2] != "label" and not cue[3])
_CASED_CUES = tuple(cue for cue in CUES if cue[3])  # "WA", "OF", "LINE" as written
# A cased cue ends a word; its left edge is checked on its own.
_CASED_RX = re.compile("(?:" + "|".join(re.escape(cue[0]) for cue in _CASED_CUES) + r")\b")
# Where a short word for "@" ("at") can only mean "@": alone between spaces or inside
# brackets ("that", "date" must not count).
_SHORT_AT_FORMS = (" {} ", "({})", "[{}]", "{{{}}}", "<{}>", "( {} )", "[ {} ]")
# Two-letter labels ("IG", "tg") count only right before ":" or "@".
_LABEL_FORMS = ("{}:", "{} :", "{}@", "{} @", "{} -", "{} –")
# The searched words are matched as lower-cased text would match them. Hyperscan folds
# ASCII letters; the other characters that lower-case to a letter of a word are written
# into the words ("Ä" for "ä", "Т" for "т": `_UPPER_FORMS`), but for the Kelvin sign,
# replaced by "k".
_KELVIN_SIGN = "\u212a"


class _Word(NamedTuple):
    """What a searched key stands for; `offset`/`size` locate the word inside the key."""

    kind: str  # "at", "cue", "label", "cased" (a cue matched as written), "dot" (disguised)
    offset: int
    size: int
    platform: str = ""
    strong: bool = False
    verb: bool = False


_ALL_DOT_WORDS: tuple[str, ...] = tuple(sorted({w for ws in DOT_WORDS.values() for w in ws}))
# How a link's dot is disguised ("t(.)me", "annaescort dot com", "anna [punkt] de"),
# searched regardless of case. The e-mails' dots are read after their "@" and need none.
_LINK_DISGUISES = ("(.)", "[.]", "{.}", "<.>", " . ", *_ALL_DOT_WORDS)


def _searched_words() -> dict[str, _Word]:
    """Every key searched regardless of case, and what it stands for."""
    keys: dict[str, _Word] = {}
    for words in AT_WORDS.values():
        for word in words:
            forms = _SHORT_AT_FORMS if len(word) <= 2 else ("{}",)
            for form in forms:
                key = form.format(word)
                keys[key] = _Word("at", key.index(word), len(word))
    for word, platform, kind, _ in _SEARCHED_CUES:
        keys[word] = _Word("cue", 0, len(word), platform, kind == "strong", kind == "verb")
    for word, platform, kind, _ in CUES:
        if kind == "label":
            for form in _LABEL_FORMS:
                keys[form.format(word)] = _Word("label", 0, len(word), platform)
    for disguise in _LINK_DISGUISES:
        keys[disguise] = _Word("dot", 0, len(disguise))
    return keys


def _capitals(keys: Iterable[str]) -> dict[str, str]:
    """The capital of each letter beyond ASCII in `keys` ("ä": "Ä", "т": "Т")."""
    return {
        char: char.upper()
        for key in keys
        for char in key
        if not char.isascii()
        and len(char.upper()) == 1
        and char.upper().lower() == char != char.upper()
    }


_UPPER_FORMS = _capitals(_searched_words())


def _written_forms(key: str) -> list[str]:
    """`key` and its writings with the capitals of `_UPPER_FORMS` ("ät", "Ät", "ÄT"): a
    Cyrillic cue of eight letters has 256."""
    forms = [""]
    for char in key:
        forms = [
            form + variant for form in forms for variant in (char, *_UPPER_FORMS.get(char, ""))
        ]
    return forms


@lru_cache(maxsize=1)
def _word_database() -> tuple[hyperscan.Database, tuple[tuple[int, _Word], ...]]:
    """The searched keys (caseless) and the cased cues (as written) as one Hyperscan
    database of literals, compiled once per process when first needed (~25 ms), and
    (length of the key, its meaning) by pattern id."""
    patterns: list[tuple[str, int, _Word]] = [
        (form, hyperscan.HS_FLAG_CASELESS, meaning)
        for key, meaning in _searched_words().items()
        for form in _written_forms(key)
    ]
    patterns += [
        (word, 0, _Word("cased", 0, len(word), platform)) for word, platform, _, _ in _CASED_CUES
    ]
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[form.encode() for form, _, _ in patterns],
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[flags for _, flags, _ in patterns],
        literal=True,
    )
    return database, tuple((len(form), meaning) for form, _, meaning in patterns)


_THREAD = threading.local()  # a Hyperscan scan needs scratch space of its own thread


def _collect(number: int, _start: int, end: int, _flags: int, hits: list[tuple[int, int]]) -> None:
    hits.append((end, number))


def _searched_hits(text: str) -> list[tuple[int, int, _Word]]:
    """(start, end, meaning) of every searched key and cased cue in `text` (keys in
    brackets or with a colon: the word inside, see _Word)."""
    # The replacement keeps offsets; lone surrogates (JSON allows them) go through as
    # their three bytes, which no key has.
    data = text.replace(_KELVIN_SIGN, "k").encode("utf-8", "surrogatepass")
    database, meanings = _word_database()
    scratch = getattr(_THREAD, "scratch", None)
    if scratch is None:
        scratch = _THREAD.scratch = hyperscan.Scratch(database)
    hits: list[tuple[int, int]] = []
    database.scan(data, match_event_handler=_collect, context=hits, scratch=scratch)
    if hits and len(data) != len(text):
        hits = _character_offsets(data, hits)
    found = []
    for end, number in hits:
        length, word = meanings[number]
        start = end - length + word.offset
        found.append((start, start + word.size, word))
    return found


def _character_offsets(data: bytes, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits with their UTF-8 end offsets in `data` turned into character offsets (keys
    are whole characters, so every end falls between two)."""
    converted = []
    count = last = 0
    for end, number in sorted(hits):
        count += len(data[last:end].decode("utf-8", "surrogatepass"))
        last = end
        converted.append((count, number))
    return converted


# Cues, scans, connectors and links are NamedTuples: every text makes some, and a frozen
# dataclass costs about four times as much to build.
class _Cue(NamedTuple):
    start: int
    end: int
    platform: str
    strong: bool
    verb: bool = False  # names the messenger only right before a phone (see CUES)


class _Scan(NamedTuple):
    """What one pass over a text found: words for "@" and messenger cue words."""

    at_words: tuple[tuple[int, int], ...]
    cues: tuple[_Cue, ...]  # without "WA" (its meaning depends on the country)
    wa: tuple[_Cue, ...]
    dots: tuple[int, ...]  # where a dot is written disguised: "(.)", " . ", " dot ", "[punkt]"


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and before not in "@_.#" and not after.isalnum() and after != "_"


# Kept per text apart from `_read`: phones.py asks for a text's cues before its e-mails,
# links and names are read (`messenger_before`), which are then read from the same scan.
@lru_cache(maxsize=_TEXTS_KEPT)
def _scan(text: str) -> _Scan:
    at_words: set[tuple[int, int]] = set()
    cues: list[_Cue] = []
    wa: list[_Cue] = []
    dots: list[int] = []
    size = len(text)
    for start, end, word in _searched_hits(text):
        if word.kind == "at":
            if _standalone(text, start, end):
                at_words.add((start, end))
        elif word.kind == "dot":
            if not text[start].isalpha() or _standalone(text, start, end):
                dots.append(start)  # a word for the dot is a whole word, not "anecdote"
        elif word.kind == "label":
            if start == 0 or not text[start - 1].isalnum():
                cues.append(_Cue(start, end, word.platform, False))
        elif word.kind == "cased":
            if _CASED_RX.match(text, start) and not (start and text[start - 1].isalnum()):
                cue = _Cue(start, end, word.platform, False)
                (wa if word.platform == "whatsapp" else cues).append(cue)
        else:
            if word.strong and word.size >= 5:
                while end < size and text[end].isalpha():
                    end += 1  # inflections: "Telegramie", "Vibera", "WhatsAppa"
            after_dot = end + 1 < size and text[end] == "." and text[end + 1].isalnum()
            if _standalone(text, start, end) and not after_dot:  # not "telegram.me/x"
                cues.append(_Cue(start, end, word.platform, word.strong, word.verb))
    cues.sort(key=lambda cue: (cue.start, -cue.end))
    wa.sort(key=lambda cue: cue.start)
    return _Scan(tuple(sorted(at_words)), tuple(cues), tuple(wa), tuple(sorted(dots)))


# =========================================================================== e-mails


_DOT_ALT = "|".join(map(re.escape, _ALL_DOT_WORDS))
# One domain label: letters/digits (any script), hyphens inside.
_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
# What may separate two labels: ".", " . ", "[dot]", "(punkt)", " dot ", " kropka ".
_SPELLED_DOT = (
    rf"[ \t]*(?P<bracket>[\[({{<])[ \t]*(?:{_DOT_ALT}|\.)[ \t]*[\])}}>][ \t]*"
    rf"|[ \t]+(?:{_DOT_ALT})[ \t]+|[ \t]+\.[ \t]+"
)
_EMAIL_DOT = re.compile(rf"(?P<plain>\.)(?=[^\W_])|{_SPELLED_DOT}", re.IGNORECASE)
# A dot of the mailbox written as the domain's are, right before a part of it: "anna dot
# k at gmail dot com", "lena punkt m at web punkt de".
_SPELLED_DOT_BEFORE = re.compile(rf"(?:{_SPELLED_DOT})\Z", re.IGNORECASE)
_CLOSING = {"[": "]", "(": ")", "{": "}", "<": ">"}
# How sure an address is, by how its "@" is written: " at " is also ordinary prose.
_CONNECTOR_CONFIDENCE = {"plain": 1.0, "bracket": 0.95, "spaced": 0.9, "word": 0.8}
_LOCAL_PUNCT = frozenset("._%+-")  # with letters, digits and "_" (isalnum misses it)


class _Connector(NamedTuple):
    """The "@" of an address as written: where the local part ends, the domain starts."""

    local_end: int
    domain_start: int
    kind: str  # "plain" "@", "spaced" " @ ", "bracket" "[at]" / "(@)", "word" " at "


def _connector(text: str, start: int, end: int, symbol: bool) -> _Connector | None:
    size = len(text)
    left = start
    while left > 0 and start - left < 3 and text[left - 1] in " \t":
        left -= 1
    opened = ""
    if left > 0 and text[left - 1] in _CLOSING:
        opened = text[left - 1]
        left -= 1
        while left > 0 and text[left - 1] in " \t":
            left -= 1
    right = end
    while right < size and right - end < 3 and text[right] in " \t":
        right += 1
    if opened:
        if right >= size or text[right] != _CLOSING[opened]:
            return None
        right += 1
        while right < size and text[right] in " \t":
            right += 1
        return _Connector(left, right, "bracket")
    spaced_left, spaced_right = left < start, right > end
    if symbol:
        if not spaced_left and not spaced_right:
            return _Connector(start, end, "plain")
        # "word @name.tld" with space on one side only is a social handle, not e-mail.
        return _Connector(left, right, "spaced") if spaced_left and spaced_right else None
    if spaced_left and spaced_right:
        return _Connector(left, right, "word")
    return None


def _local_start(text: str, end: int) -> int | None:
    """Start of the local part ending at `end`, or None if there is none."""
    start = end
    while start > 0 and (
        text[start - 1].isalnum() or text[start - 1] in _LOCAL_PUNCT or text[start - 1] == "_"
    ):
        start -= 1
        if end - start > 64:
            return None  # a run too long to be a mailbox: some encoded blob
    while start < end and not (text[start].isalnum() or text[start] == "_"):
        start += 1  # ".name" or "-name": the punctuation belongs to the sentence
    if start == end or text[end - 1] == ".":
        return None
    return start


@dataclass(slots=True)
class _Domain:
    labels: list[str]
    ends: list[int]  # end offset of each label in the text
    # How each dot between two labels is written: "plain" ("."), "bracket" ("[dot]",
    # "(.)"), "spaced" (" dot ", " punkt ", " . ").
    dots: list[str]

    def plain(self, count: int) -> bool:
        """Whether the dots between the first `count` labels are all written as "."."""
        return all(dot == "plain" for dot in self.dots[: count - 1])


def _domain(text: str, start: int) -> _Domain | None:
    match = _LABEL.match(text, start)
    if match is None:
        return None
    found = _Domain([match.group()], [match.end()], [])
    while len(found.labels) < 6:
        dot = _EMAIL_DOT.match(text, found.ends[-1])
        if dot is None:
            break
        label = _LABEL.match(text, dot.end())
        if label is None:
            break
        found.labels.append(label.group())
        found.ends.append(label.end())
        if dot.group("plain") is not None:
            found.dots.append("plain")
        else:
            found.dots.append("bracket" if dot.group("bracket") is not None else "spaced")
    return found if len(found.labels) >= 2 else None


def _prose_words(language: str | None) -> frozenset[str]:
    words = PROSE_BEFORE_AT["en"]  # English " at " shows up in ads in every language
    extra = PROSE_BEFORE_AT.get(language or "")
    return words | extra if extra else words


def _email_at(
    text: str, at_start: int, at_end: int, symbol: bool, language: str | None
) -> Mention | None:
    connector = _connector(text, at_start, at_end, symbol)
    if connector is None:
        return None
    local_start = _local_start(text, connector.local_end)
    if local_start is None:
        return None
    parts = [text[local_start : connector.local_end]]
    # "anna . rose @ example . com", "anna dot rose at ...": an obfuscated address writes
    # the mailbox's dots as it writes the domain's.
    while connector.kind != "plain":
        dot = _SPELLED_DOT_BEFORE.search(text, max(0, local_start - 24), local_start)
        previous = None if dot is None else _local_start(text, dot.start())
        if dot is None or previous is None:
            break
        parts.insert(0, text[previous : dot.start()])
        local_start = previous
    local = ".".join(parts)
    domain = _domain(text, connector.domain_start)
    if domain is None:
        return None
    loose = connector.kind in ("word", "spaced")
    if loose and local.isalpha():
        # " at " and " @ " are also prose: "available at booking.com", "Hi @ 5pm.See".
        if local.lower() in _prose_words(language):
            return None
        if _is_title_case(local) and domain.plain(len(domain.labels)):
            return None
    if connector.kind == "word" and not any(c.isalpha() for c in local):
        return None
    for count in range(len(domain.labels), 1, -1):
        labels = domain.labels[:count]
        last = labels[-1]
        if _is_title_case(last) or last.isdigit() or not _valid_labels(labels):
            continue
        host = ".".join(labels).lower()
        plain = domain.plain(count)
        if connector.kind == "word" and plain and not _bare_suffix_ok(host):
            continue
        if split_host(host) is None:
            continue
        end = domain.ends[count - 1]
        obfuscated = connector.kind != "plain" or not plain
        confidence = _CONNECTOR_CONFIDENCE[connector.kind]
        return Mention(
            type="email",
            value=f"{local.lower()}@{readable_host(host)}",
            raw=text[local_start:end],
            start=local_start,
            end=end,
            obfuscated=obfuscated,
            confidence=confidence,
        )
    return None


def _at_candidates(text: str, scan: _Scan) -> list[tuple[int, int, bool]]:
    """(start, end, is the "@" sign) of every "@" and every stand-alone word for it."""
    found = [(start, end, False) for start, end in scan.at_words]
    position = text.find("@")
    while position >= 0:
        found.append((position, position + 1, True))
        position = text.find("@", position + 1)
    found.sort()
    return found


def _emails(text: str, scan: _Scan, language: str | None) -> tuple[Mention, ...]:
    found: list[Mention] = []
    covered_to = -1
    for start, end, symbol in _at_candidates(text, scan):
        if start < covered_to:
            continue
        mention = _email_at(text, start, end, symbol, language)
        if mention is not None and (not found or mention.start >= found[-1].end):
            found.append(mention)
            covered_to = mention.end
    return tuple(found)


def extract_emails(text: str, hints: Hints) -> list[Mention]:
    """E-mail addresses, plain and obfuscated ("anna [at] mail [dot] example"); the
    domain must end in a real public suffix (or ".example")."""
    if not text:
        return []
    return list(_read(text, hints.language, hints.country).emails)


def normalise_email(value: str) -> str:
    """Canonical form of an address: trimmed, lower case, its domain as `readable_host`
    writes it."""
    local, at, domain = value.strip().lower().rpartition("@")
    return f"{local}{at}{readable_host(domain)}"


# =========================================================================== links

# Every host has a "." followed by a letter (the one before its top-level domain).
_DOT_THEN_LETTER = re.compile(r"\.[^\W\d_]")
# A run of host characters; "_" is included so that a run touching one is seen and
# dropped (hosts have none: "anna_rose.x" is part of a handle or a mailbox).
_HOST_RUN = re.compile(r"[\w.-]*")
_PATH_STOP = frozenset(" \t\r\n\f\v<>\"'`{}|\\^“”„«»‘’‹›")
_TRAILING = ".,;:!?'\")]}>»…*"
_SCHEMES = frozenset({"http", "https"})


class _Link(NamedTuple):
    """A link as written: its span, its host (as written) and what follows the host."""

    start: int
    end: int
    host: str
    rest: str  # ":port/path?query#fragment" as written, may be ""
    explicit: bool  # written with a scheme or "www.", or with a path
    obfuscated: bool = False  # a dot spelled ("anna dot com"), `host` then as read


def _scheme_start(text: str, host_start: int) -> int | None:
    """Where "http://" or "https://" before a host starts; -1 for another scheme."""
    if host_start < 3 or text[host_start - 3 : host_start] != "://":
        return None
    start = host_start - 3
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start if text[start : host_start - 3].lower() in _SCHEMES else -1


def _path_end(text: str, start: int) -> int:
    end = start
    size = len(text)
    while end < size and text[end] not in _PATH_STOP and text[end].isprintable():
        end += 1  # (not printable: control characters, line and paragraph separators)
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # "(...)" inside a path, as on wikis: keep the closing bracket
        end -= 1
    return end


def _link_at(text: str, reverse: str, dot: int) -> tuple[_Link | None, int]:
    """The link around the "." at `dot` (or None) and where the scan may go on.
    `reverse` is the text reversed: the host's start is a forward match in it."""
    size = len(text)
    left = _HOST_RUN.match(reverse, size - dot)
    host_start = dot - (left.end() - left.start()) if left else dot
    right = _HOST_RUN.match(text, dot)
    host_end = right.end() if right else dot
    scan_to = max(host_end, dot + 1)
    host = text[host_start:host_end]
    if "_" in host:
        return None, scan_to
    stripped = host.strip(".-")  # "visit anna.example." ends a sentence
    host_start += len(host) - len(host.lstrip(".-"))
    host_end = host_start + len(stripped)
    host = stripped
    if host_start > 0 and text[host_start - 1] == "@":
        return None, scan_to  # the domain of an e-mail address
    if host_end < size and text[host_end] == "@":
        return None, scan_to  # "anna.rose@...": a local part
    scheme = _scheme_start(text, host_start)
    if scheme == -1:
        return None, scan_to  # "viber://", "ftp://": not a web link
    bare = scheme is None and host[:4].lower() != "www."
    if bare and text[host_end : host_end + 1] not in ("/", "?", "#", ":") and not _bare_ok(host):
        return None, scan_to  # "growth.Responsibilities", "e.g": most dots of job ads
    labels = host.split(".")
    if len(labels) < 2 or not _valid_labels(labels):
        return None, scan_to
    end = host_end
    if end + 1 < size and text[end] == ":" and text[end + 1].isdigit():
        end += 1
        while end < size and text[end].isdigit():
            end += 1
    if end < size and text[end] in "/?#":
        end = _path_end(text, end)
    start = host_start if scheme is None else scheme
    rest = text[host_end:end]
    explicit = scheme is not None or host[:4].lower() == "www." or bool(rest.strip("/"))
    return _Link(start, end, host, rest, explicit), max(end, scan_to)


def _link_ok(link: _Link) -> bool:
    """Whether the host has a real public suffix and, when bare, looks meant as a host."""
    host = link.host.lower()
    if len(host) != len(link.host):
        return False  # "İ" lower-cases to two characters: no host spells so
    if link.host.rsplit(".", 1)[-1].isdigit():
        return False  # a number ("1.5") or an IP address: not a named site
    if not link.explicit and not _bare_ok(link.host):
        return False  # checked before the public-suffix look-up, which costs more
    return split_host(host) is not None


def _bare_ok(host: str) -> bool:
    """Whether a host written with no scheme, "www." or path may be read as one: not a
    missing space ("end.Next"), and a likely top-level domain."""
    return not _is_title_case(host.rsplit(".", 1)[-1]) and _bare_suffix_ok(host.lower())


def _links(text: str) -> tuple[_Link, ...]:
    found: list[_Link] = []
    resume = 0
    reverse = ""
    for hit in _DOT_THEN_LETTER.finditer(text):
        if hit.start() < resume:
            continue
        reverse = reverse or text[::-1]
        link, resume = _link_at(text, reverse, hit.start())
        if link is not None and _link_ok(link):
            found.append(link)
    return tuple(found)


# ------------------------------------------------------------- links with a spelled dot
# "annaescort dot com", "annaescort(dot)com/gallery", "www punkt anna punkt de", "anna .
# com", "t(.)me/lola_vip": read around the disguised dots the word scan found, with the
# e-mails' reading of a domain (`_domain`), so "[dot]", "(punkt)", " kropka " mean the
# same in both. What counts as a host there is in SPELLED_TLDS, WORD_TLDS, PROSE_BEFORE_DOT.

# A slash spelled before a path's first segment: "t dot me slash lola", "anna dot com (/) x",
# and spaced, "t . me / lola", after a messenger's host only ("anna dot com / 24h" is no
# path, but a messenger link is nothing without its segment).
_SLASH_ALT = "|".join(sorted({word for words in SLASH_WORDS.values() for word in words}))
_SPELLED_SLASH = re.compile(
    rf"(?:[ \t]+(?:{_SLASH_ALT})[ \t]+|[ \t]*[(\[][ \t]*/[ \t]*[)\]][ \t]*"
    r"|(?P<spaced>[ \t]+/[ \t]*))"
    r"(?P<segment>[@+]?[A-Za-z0-9_][A-Za-z0-9_.-]*)",
    re.IGNORECASE,
)
# A word going on after a host's last label: a sentence, not an address ("punto de venta").
_WORD_AFTER = re.compile(r"[ \t]*[\w'’-]")
_HOST_BEFORE_DOT = 80  # characters a host may take before its first spelled dot, at most


def _spelled_links(text: str, dots: Sequence[int]) -> list[_Link]:
    """The links whose host has a dot spelled at one of `dots` (offsets of the disguises)."""
    found: list[_Link] = []
    for position in dots:
        resume = found[-1].end if found else 0
        if position < resume:
            continue  # a later dot of a host already read
        before = _host_before(text, position, max(resume, position - _HOST_BEFORE_DOT))
        link = None if before is None else _spelled_link_at(text, before[0], before[1])
        if link is not None:
            found.append(link)
    return found


def _host_before(text: str, position: int, lowest: int) -> tuple[int, int] | None:
    """(start, end) of the host characters that the disguised dot at `position` follows:
    "annaescort" of "annaescort [dot] com", "www.anna" of "www.anna dot com". Walked back
    by hand: a regex searched back from each disguise cost some 5 us (Spanish "punto")."""
    end = position
    while end > lowest and text[end - 1] in " \t":
        end -= 1
    if end > lowest and text[end - 1] in "[({<":
        end -= 1
        while end > lowest and text[end - 1] in " \t":
            end -= 1
    start = end
    while start > lowest and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    if start == end or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-@#")):
        return None  # no host, or one longer than the reach, or "@host", "#tag"
    while start < end and text[start] in "_.-":
        start += 1  # "...anna dot com": the punctuation belongs to the sentence
    return (start, end) if start < end else None


def _spelled_link_at(text: str, start: int, end: int) -> _Link | None:
    """The link whose host starts at `start` and has its first spelled dot after `end`:
    the longest host that has a real public suffix and, with no scheme, "www" or path,
    looks meant as a host."""
    scheme = _scheme_start(text, start)
    if scheme == -1 or (scheme is None and text[start - 1 : start] == "/"):
        return None  # another scheme, or a path: "x.com/anna dot com"
    word = text[start:end].rsplit(".", 1)[-1].lower()  # the label the spelled dot follows
    # A scheme or "www" says a host is meant; else its first label is no prose word.
    marked = scheme is not None or text[start:end].split(".", 1)[0].lower() == "www"
    if not marked and (word in _PROSE_BEFORE_DOT or word.isdigit()):
        return None  # "the dot com bubble", "at this point com", "10 punto es"
    domain = _domain(text, start)
    if domain is None or domain.plain(len(domain.labels)):
        return None
    first = next(i for i, dot in enumerate(domain.dots) if dot != "plain")
    for count in range(len(domain.labels), first + 1, -1):
        link = _spelled_host(text, domain, count, start if scheme is None else scheme, marked)
        if link is not None:
            return link
    return None


def _spelled_host(text: str, domain: _Domain, count: int, start: int, marked: bool) -> _Link | None:
    """The link of the first `count` labels of `domain` (and the path after them) that
    starts at `start`, if it may be one."""
    labels = domain.labels[:count]
    last = labels[-1]
    if _is_title_case(last) or last.isdigit() or not _valid_labels(labels):
        return None
    host = ".".join(labels)
    if "_" in host or len(host.lower()) != len(host):
        return None  # hosts have no "_"; "İ" lower-cases to two characters
    host_end = end = domain.ends[count - 1]
    rest = ""
    if end < len(text) and text[end] in "/?#":
        end = _path_end(text, end)
        rest = text[host_end:end]
    else:
        slash = _SPELLED_SLASH.match(text, end)
        if slash is not None and (not slash.group("spaced") or _link_platform(host.lower())):
            segment = slash.group("segment").rstrip(".-")
            rest = "/" + segment
            end = slash.start("segment") + len(segment)
    if end < len(text) and text[end] == "@":
        return None  # "anna dot rose@...": a mailbox
    split = split_host(host.lower())
    if split is None:
        return None
    name = split[0][: -len(split[1]) - 1]  # the registered label: "annaescort"
    if name == "www":
        return None  # "www dot com"
    explicit = marked or bool(rest.strip("/"))
    if not explicit and not _spelled_ending_ok(text, domain, count, name, end):
        return None
    return _Link(start, end, host, rest, explicit, obfuscated=True)


def _spelled_ending_ok(text: str, domain: _Domain, count: int, name: str, end: int) -> bool:
    """Whether a host of the first `count` labels of `domain`, with a spelled dot and no
    scheme, "www" or path, may end so. With its dots in brackets, as a bare host: no prose
    writes "anna[dot]com". With a dot as a spaced word or "." (prose: "the main point
    is"), only with a name of three characters or more (two are more often codes: "UK .
    DE") and an ending of SPELLED_TLDS, that ends the clause if it is a word; before an
    ending in Cyrillic or Greek letters, with a name that is no word of those letters."""
    if "spaced" not in domain.dots[: count - 1]:
        return _bare_ok(".".join(domain.labels[:count]))
    tld = domain.labels[count - 1].lower()
    if len(name) < 3 or tld not in SPELLED_TLDS:
        return False
    if tld in NATIVE_SCRIPT_TLDS and name.isalpha() and not name.isascii():
        return False  # "самая западная точка РФ" (the westernmost point of Russia)
    return tld not in WORD_TLDS or _WORD_AFTER.match(text, end) is None


def _with_spelled(links: tuple[_Link, ...], spelled: list[_Link]) -> tuple[_Link, ...]:
    """All links in text order; a plain one inside a spelled one is part of it
    ("anna(dot)com/mia.de" is one link)."""
    if not spelled:
        return links
    spans = [(link.start, link.end) for link in spelled]
    kept = [link for link in links if not _overlaps(link.start, link.end, spans)]
    return tuple(sorted([*kept, *spelled], key=lambda link: link.start))


def normalise_url(url: str) -> str:
    """Canonical "https://host/path?query": lower-case host, https, no default port,
    no trailing slash, no fragment. Idempotent."""
    url = "".join(char for char in url if char.isprintable() and not char.isspace())
    scheme, separator, rest = url.partition("://")
    if not separator or not scheme.isalpha() or len(scheme) > 8:
        rest = url  # no scheme written
    try:
        parts = urlsplit("https://" + rest)
        port = parts.port
    except ValueError:  # a malformed port or IPv6 literal: keep what can be kept
        return "https://" + rest.lower()
    tail = (f":{port}" if port not in (None, 80, 443) else "") + parts.path
    if parts.query:
        tail += "?" + parts.query
    return _canonical((parts.hostname or "").rstrip("."), tail)


def _canonical(host: str, rest: str) -> str:
    """ "https://" + the host (`readable_host`) + what followed it, less the fragment, the
    default port and a trailing slash before no query."""
    rest = rest.partition("#")[0]
    if rest.startswith(":"):
        port, slash, path = rest[1:].partition("/")
        port, question, query = port.partition("?")
        if question:  # "host:8080?x=1"
            path, slash, query = "", "", query
            rest = (f":{port}" if port not in ("80", "443") else "") + "?" + query
        else:
            rest = (f":{port}" if port not in ("80", "443") else "") + slash + path
    path, question, query = rest.partition("?")
    if not query:
        return f"https://{readable_host(host)}{_trim_path(path)}"
    return f"https://{readable_host(host)}{path}?{query}"


def _trim_path(path: str) -> str:
    """No trailing slash, nor punctuation that the slash hid ("/https://" -> "/https")."""
    end = len(path)
    while end and (path[end - 1] == "/" or path[end - 1] in _TRAILING):
        if path[end - 1] == ")" and path.count("(", 0, end) >= path.count(")", 0, end):
            break
        end -= 1
    return path[:end]


def _outside(links: Sequence[_Link], emails: Sequence[Mention]) -> tuple[_Link, ...]:
    """The links not inside an e-mail address ("anna at mail.example" is an address)."""
    if not links or not emails:
        return tuple(links)
    spans = [(m.start, m.end) for m in emails]
    return tuple(
        link
        for link in links
        if not any(start <= link.start and link.end <= end for start, end in spans)
    )


def extract_urls(text: str, hints: Hints) -> list[Mention]:
    """Web links, with or without scheme; messenger links (wa.me, t.me...) included,
    marked with details["platform"]. A bare "host.tld" counts only with a real public
    suffix that is not likely a missing space ("end.Next"), and not inside an address.
    A host with its dot spelled ("anna dot com", "anna[punkt]de") is read as written
    plain, with fewer endings (SPELLED_TLDS), and marked obfuscated."""
    if not text:
        return []
    found: list[Mention] = []
    reading = _read(text, hints.language, hints.country)
    named = {(m.start, m.end) for m in reading.named}
    for link in reading.links:
        if not link.explicit and (link.start, link.end) in named:
            continue  # "LINE ID: emma.love": a name after a cue, not the site emma.love
        host = readable_host(link.host)
        split = split_host(host)
        assert split is not None  # _link_ok checked it
        details: dict[str, object] = {"domain": split[0], "host": host}
        platform = _link_platform(host)
        if platform is not None:
            details["platform"] = platform
        found.append(
            Mention(
                type="url",
                value=_canonical(host, link.rest),
                raw=text[link.start : link.end],
                start=link.start,
                end=link.end,
                obfuscated=link.obfuscated,
                confidence=0.85 if link.obfuscated else 1.0 if link.explicit else 0.9,
                details=details,
            )
        )
    return found


# =========================================================================== handles


def normalise_handle(value: str) -> str:
    """Canonical "platform:handle": platform lower case; the handle too where the
    platform folds case. Idempotent."""
    platform, _, handle = value.strip().partition(":")
    platform = platform.lower()
    handle = handle.strip().lstrip("@")
    if platform not in CASE_SENSITIVE_PLATFORMS:
        handle = handle.lower()
    return f"{platform}:{handle}"


def _link_platform(host: str) -> str | None:
    platform = LINK_HOSTS.get(host)
    if platform is not None:
        return platform
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            return LINK_HOSTS.get(host[len(prefix) :])
    return None


@lru_cache(maxsize=4096)
def _e164(digits: str) -> str | None:
    """ "+<digits>" if it is a possible international number (fiction ranges included)."""
    digits = digits.lstrip("+")
    if not digits.isdigit() or not 7 <= len(digits) <= 15:
        return None
    try:
        number = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _name_ok(platform: str, name: str) -> bool:
    syntax = HANDLE_SYNTAX.get(platform)
    return syntax is not None and syntax.fullmatch(name) is not None


def _handle_value(platform: str, name: str) -> str:
    return normalise_handle(f"{platform}:{name}")


def _link_handle(platform: str, rest: str) -> str | None:
    """The handle a messenger link points to, or None (a post, a group, a site page)."""
    parts = urlsplit("https://x" + rest)
    segments = [s for s in parts.path.split("/") if s]
    if platform == "whatsapp":
        if segments and segments[0] not in ("send", "message"):
            number = _e164(segments[0])
        else:
            number = _e164((parse_qs(parts.query).get("phone") or [""])[0])
        return f"whatsapp:{number}" if number else None
    if platform == "signal":
        fragment = parts.fragment  # signal.me/#p/+447700900123
        number = _e164(fragment[2:]) if fragment.startswith("p/") else None
        return f"signal:{number}" if number else None
    if platform == "facebook" and segments[:1] == ["profile.php"]:
        user_id = (parse_qs(parts.query).get("id") or [""])[0]
        return f"facebook:{user_id}" if user_id.isdigit() else None
    if not segments:
        return None
    first = segments[0]
    if first in PROFILE_PREFIXES.get(platform, ()) and len(segments) > 1:
        first = segments[1]
    elif platform == "line":
        if first.lower() == "r":
            segments = segments[1:]
        if segments[:2] != ["ti", "p"] or len(segments) < 3 or not segments[2].startswith("~"):
            return None
        first = segments[2][1:]
    if platform in ("tiktok", "snapchat"):
        if not first.startswith("@") and platform == "tiktok":
            return None  # tiktok.com/<page> is not a profile; profiles are /@name
        first = first.removeprefix("@")
    if first.lower() in RESERVED_PATHS.get(platform, frozenset()):
        return None
    return _handle_value(platform, first) if _name_ok(platform, first) else None


def _viber_links(text: str, lower: str) -> Iterable[Mention]:
    """viber://chat?number=%2B447700900123 (no dot, so not found as a web link)."""
    position = lower.find("viber://")
    while position >= 0:
        end = _path_end(text, position)
        query = urlsplit(text[position:end]).query
        number = _e164((parse_qs(query).get("number") or [""])[0])
        if number:
            raw = text[position:end]
            yield Mention("handle", f"viber:{number}", raw, position, end, details={})
        position = lower.find("viber://", position + 1)


def _find_cues(scan: _Scan, country: str | None) -> tuple[_Cue, ...]:
    cues = list(scan.cues)
    if scan.wa and (country or "").upper() not in WA_IS_A_STATE:
        cues.extend(scan.wa)
        cues.sort(key=lambda cue: (cue.start, -cue.end))
    unique: list[_Cue] = []  # "whats app" and "app" could both match: keep one
    for cue in cues:
        if unique and cue.start < unique[-1].end:
            continue
        unique.append(cue)
    return tuple(unique)


def _handle_after_cue(text: str, cue: _Cue) -> Mention | None:
    """ "Telegram: @anna_22", "IG: anna.rose", "Telegram vip_rose_12": the name after."""
    if cue.platform in NAMELESS_PLATFORMS:
        return None
    filler = _CUE_FILLER.match(text, cue.end)
    if filler is None or filler.end() - cue.end > 24:
        return None
    token = _HANDLE_TOKEN.match(text, filler.end())
    if token is None:
        return None
    end = token.end()
    if end < len(text) and text[end] in "/@":
        return None  # "t.me/...", "name@mail": a link or an address, found elsewhere
    while end > token.start() and text[end - 1] in ".-":
        end -= 1
    name = text[token.start() : end]
    has_at = filler.group("at") is not None
    if not _name_ok(cue.platform, name) or name.lower() in NOT_A_NAME:
        return None
    separated = has_at or filler.group("sep") is not None
    marked = any(c.isdigit() or c in "_." for c in name)
    named = cue.strong or filler.group("is") is not None  # "my snap is mia_22"
    if not separated and not (named and marked):
        return None  # "Telegram please", "snap kitty": a bare word is no handle
    start = filler.end() - 1 if has_at else token.start()
    return Mention(
        type="handle",
        value=_handle_value(cue.platform, name),
        raw=text[start:end],
        start=start,
        end=end,
        confidence=0.95 if has_at or cue.strong else 0.85,
        details={"platform": cue.platform, "source": "cue"},
    )


def _at_names(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, name) of every "@name" not inside an address ("anna@mail")."""
    position = text.find("@")
    while position >= 0:
        before = text[position - 1] if position else " "
        if not (before.isalnum() or before in "._%+-/"):
            token = _HANDLE_TOKEN.match(text, position + 1)
            if token is not None:
                end = token.end()
                while end > token.start() and text[end - 1] in ".-":
                    end -= 1
                if end > position + 1 and (end == len(text) or text[end] not in "@/"):
                    yield position, end, text[position + 1 : end]
        position = text.find("@", position + 1)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one insertion, deletion, change or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one change
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
    return swapped and a[i + 2 :] == b[i + 2 :]


# Long, unmistakable cue words: a typo of one of them before "@name" still names it.
_TYPO_TOLERANT: tuple[tuple[str, str], ...] = tuple(
    (word, platform)
    for word, platform, kind, _ in CUES
    if kind == "strong" and len(word) >= 6 and " " not in word and platform not in PHONE_PLATFORMS
)
_WORD_BEFORE = re.compile(r"([^\W\d_]{5,})[\s:=\-–—]*$")


def _misspelt_cue_before(text: str, start: int) -> str | None:
    """ "Telegarm @x", "elegram @x", "Telegrm: @x": the platform of a one-typo cue word
    right before an "@name" (ads misspell, and some do it on purpose against filters)."""
    match = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    word = match.group(1).lower()
    for cue, platform in _TYPO_TOLERANT:
        if _one_edit_apart(word, cue):
            return platform
    return None


def _platform_for_name(
    text: str, start: int, end: int, cues: Sequence[_Cue]
) -> tuple[str, float] | None:
    """Which platform an "@name" is on: a misspelt cue just before it, a cue just after
    it, else the only platform named nearby. None when no platform or several are named."""
    misspelt = _misspelt_cue_before(text, start)
    if misspelt is not None:
        return misspelt, 0.85
    for cue in cues:
        if cue.start >= end and cue.start - end <= 20 and cue.platform not in PHONE_PLATFORMS:
            gap = _GAP_NAME_THEN_CUE.match(text, end)
            if gap is not None and gap.end() == cue.start:
                return cue.platform, 0.9
    nearby = {
        cue.platform
        for cue in cues
        if cue.platform not in PHONE_PLATFORMS
        and cue.end > start - _PLATFORM_WINDOW
        and cue.start < end + _PLATFORM_WINDOW
    }
    if len(nearby) == 1:
        return nearby.pop(), 0.7
    return None


def _phone_handles(text: str, cues: Sequence[_Cue], phones: Sequence[Mention]) -> Iterable[Mention]:
    """ "WhatsApp +44 ...", "Viber: 0612...", "+44 ... (WhatsApp)", "Bel of app 06...",
    and a misspelt "WhattsApp 0612..." right before a number: platform:+E164."""
    ordered = sorted(
        (p for p in phones if p.type == "phone" and p.value.startswith("+")),
        key=lambda p: p.start,
    )
    if not ordered:
        return
    named: set[int] = set()  # starts of the phones a cue word names
    # Verb cues last: "Bel of app 06... (ook WhatsApp)" is read from the messenger's name.
    for cue in sorted(cues, key=lambda cue: cue.verb):
        if cue.platform not in PHONE_PLATFORMS:
            continue
        phone = _phone_after(text, cue, ordered)
        if phone is None and not cue.verb and not _number_follows(text, cue):
            phone = _phone_before(text, cue, ordered)
        if phone is None:
            continue
        named.add(phone.start)
        start, end = min(cue.start, phone.start), max(cue.end, phone.end)
        yield _phone_handle(text, cue.platform, phone, start, end, 0.9 if cue.strong else 0.7)
    for phone in ordered:
        if phone.start in named:
            continue
        misspelt = _misspelt_phone_cue_before(text, phone.start)
        if misspelt is not None:
            platform, start = misspelt
            yield _phone_handle(text, platform, phone, start, phone.end, 0.8)


def _phone_handle(
    text: str, platform: str, phone: Mention, start: int, end: int, confidence: float
) -> Mention:
    return Mention(
        type="handle",
        value=f"{platform}:{phone.value}",
        raw=text[start:end],
        start=start,
        end=end,
        obfuscated=phone.obfuscated,
        confidence=confidence,
        details={"platform": platform, "source": "phone", "phone": phone.value},
    )


# Long names of phone-only messengers: a one-typo writing right before a number still
# names it ("WhattsApp 611...", "hatsApp: +34...", "WahtsApp +34..."). Short ones are
# left out ("viber" is one letter from "fiber" and "viper").
_TYPO_TOLERANT_PHONE: tuple[tuple[str, str], ...] = tuple(
    (word, platform)
    for word, platform, kind, _ in CUES
    if kind == "strong" and len(word) >= 7 and " " not in word and platform in PHONE_PLATFORMS
)
# A whole word right before a position, with at most a ":" or a dash between, same line.
_WORD_RIGHT_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{5,10})[ \t]*[:=\-–—]?[ \t]*$")


def _misspelt_word_before(
    text: str, start: int, table: tuple[tuple[str, str], ...]
) -> tuple[str, int] | None:
    """(platform, start of the word) if the word right before `start` is a one-typo
    writing of a cue word of `table` (not the word itself: the cue scan reads that)."""
    match = _WORD_RIGHT_BEFORE.search(text, max(0, start - 16), start)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in _CUE_WORDS:
        return None
    for cue, platform in table:
        if _one_edit_apart(word, cue):
            return platform, match.start(1)
    return None


_CUE_WORDS: frozenset[str] = frozenset(cue[0].lower() for cue in CUES)


def _misspelt_phone_cue_before(text: str, start: int) -> tuple[str, int] | None:
    """(platform, start of the word) of a one-typo messenger name right before a phone."""
    return _misspelt_word_before(text, start, _TYPO_TOLERANT_PHONE)


def _names_after_misspelt_cue(text: str, taken: Sequence[tuple[int, int]]) -> Iterable[Mention]:
    """ "Telegarm lux_girls_288377", "Teegram: anna_22": a bare name marked by an "_"
    right after a one-typo cue word (a cue word spelt right is read by _handle_after_cue)."""
    position = text.find("_")
    while position >= 0:
        start = position
        while (
            start > 0
            and text[start - 1].isascii()
            and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            start -= 1
        token = _HANDLE_TOKEN.match(text, start)
        end = token.end() if token is not None else position + 1
        position = text.find("_", max(end, position + 1))
        while end > start and text[end - 1] in ".-":
            end -= 1
        if start == 0 or text[start - 1] not in " \t:" or _overlaps(start, end, taken):
            continue
        if end < len(text) and text[end] in "/@":
            continue  # a link or an address, found elsewhere
        misspelt = _misspelt_word_before(text, start, _TYPO_TOLERANT)
        if misspelt is None:
            continue
        platform = misspelt[0]
        name = text[start:end]
        if not _name_ok(platform, name) or name.lower() in NOT_A_NAME:
            continue
        yield Mention(
            type="handle",
            value=_handle_value(platform, name),
            raw=name,
            start=start,
            end=end,
            confidence=0.8,
            details={"platform": platform, "source": "cue"},
        )


def _phone_after(text: str, cue: _Cue, phones: Sequence[Mention]) -> Mention | None:
    for phone in phones:
        if phone.start < cue.end:
            continue
        return phone if _names_number_at(text, cue, phone.start) else None
    return None


_CUE_REACH = 40  # characters from a cue to the number it names, at most


def _names_number_at(text: str, cue: _Cue, start: int) -> bool:
    """Does the cue name a number that starts at `start`, after it: close, and only
    separators and a few words between ("WhatsApp me:", "Call or WhatsApp", "Viber /
    tel.")?"""
    if start - cue.end > _CUE_REACH:
        return False
    if cue.verb:  # "Bel of app 06...": the number right after, nothing between
        return _VERB_GAP.fullmatch(text, cue.end, start) is not None
    gap = _GAP_CUE_THEN_PHONE.fullmatch(text, cue.end, start)
    return gap is not None and _SENTENCE_BREAK.search(gap.group()) is None


@lru_cache(maxsize=_TEXTS_KEPT)
def _text_cues(text: str, country: str | None) -> tuple[_Cue, ...]:
    """The cues of a text, kept for the several numbers phones.py asks about."""
    return _find_cues(_scan(text), country)


def messenger_before(text: str, start: int, hints: Hints) -> str | None:
    """The messenger of NUMBER_PLATFORMS whose cue names the number at text[start:]
    ("WhatsApp: 4479...", "Viber 38050...", as `extract_handles` pairs a cue with the
    phone after it), on the same line; None where no such cue is the nearest before it.

    The cues are those `extract_handles` reads: its scan of the text (`_scan`) is kept
    for it."""
    for cue in reversed(_text_cues(text, hints.country)):
        if cue.end > start:
            continue
        if (
            cue.platform in NUMBER_PLATFORMS
            and "\n" not in text[cue.end : start]
            and _names_number_at(text, cue, start)
        ):
            return cue.platform
        return None  # only the nearest cue names the number
    return None


# A sentence that ends between a cue and a number, and words that start the next one:
# "Hablo poco español, mejor WhatsApp. Tel: 0113..." gives a phone, not a WhatsApp
# number. Not after "Tel.", "Nr.", "No." ("WhatsApp / Tel. Nr. 0612...").
_SENTENCE_BREAK = re.compile(r"(?<!tel)(?<!nr)(?<!no)[.!?]\s+[^\W\d_]", re.IGNORECASE)


_VERB_GAP = re.compile(r"[ \t]*:?[ \t]*")
# Three digits after a cue: it names a number of its own (which the phone extractor may
# have missed: "Call 0612... or WhatsApp 0176 <line break> 04069034"), not the one before
# ("0612... WhatsApp 24/7" and "... WhatsApp 100% discreet" still name the one before).
# A number right after a cue, not an amount ("Signal. 300 zł" names the number before it).
_CURRENCY_NAMES = sorted((word for word in CURRENCY_WORDS if word.isalpha()), key=len, reverse=True)
_NUMBER_AHEAD = re.compile(
    r"[+(]?[0-9０-９]{3}[0-9０-９]*+(?![ \t]*(?:[%€$£₴]|(?:"
    + "|".join(map(re.escape, _CURRENCY_NAMES))
    + r")(?![^\W\d_])))",
    re.IGNORECASE,
)


def _number_follows(text: str, cue: _Cue) -> bool:
    gap = _GAP_CUE_THEN_PHONE.match(text, cue.end)
    return gap is not None and _NUMBER_AHEAD.match(text, gap.end()) is not None


def _phone_before(text: str, cue: _Cue, phones: Sequence[Mention]) -> Mention | None:
    for phone in reversed(phones):
        if phone.end > cue.start:
            continue
        if cue.start - phone.end > 24:
            return None
        gap = _GAP_PHONE_THEN_CUE.fullmatch(text, phone.end, cue.start)
        return phone if gap is not None else None
    return None


class _Reading(NamedTuple):
    """What e-mails, links and handles share about one text."""

    emails: tuple[Mention, ...]
    links: tuple[_Link, ...]  # not inside an e-mail address
    cues: tuple[_Cue, ...]  # messenger cue words, "WA" where it means WhatsApp
    named: tuple[Mention, ...]  # the names right after a cue


@lru_cache(maxsize=_TEXTS_KEPT)
def _read(text: str, language: str | None, country: str | None) -> _Reading:
    """The text's e-mails, links, cues and names after cues, read once for all three
    extractors (`language` and `country` as in Hints)."""
    scan = _scan(text)
    emails = _emails(text, scan, language)
    links = _links(text)
    if scan.dots:
        links = _with_spelled(links, _spelled_links(text, scan.dots))
    cues = _find_cues(scan, country)
    named = _cue_handles(text, cues, emails, links)
    return _Reading(emails, _outside(links, emails), cues, named)


def _cue_handles(
    text: str, cues: Sequence[_Cue], emails: Sequence[Mention], links: Sequence[_Link]
) -> tuple[Mention, ...]:
    """Names right after a platform cue, except inside an address or an explicit or
    spelled link (a bare "emma.love" after "LINE ID:" is the name, not a site)."""
    if not cues:
        return ()
    taken = [(m.start, m.end) for m in emails]
    taken += [(link.start, link.end) for link in links if link.explicit or link.obfuscated]
    found: list[Mention] = []
    for cue in cues:
        mention = _handle_after_cue(text, cue)
        if mention is not None and not _overlaps(mention.start, mention.end, taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    return tuple(found)


def extract_handles(text: str, hints: Hints, phones: list[Mention]) -> list[Mention]:
    """Messenger handles: from links, from a platform cue before a name, from an
    "@name" with one platform named nearby, and from a phone-only messenger named next
    to one of `phones` (the phone extractor's mentions)."""
    if not text:
        return []
    found: list[Mention] = []
    reading = _read(text, hints.language, hints.country)
    links = reading.links
    for link in links:
        platform = _link_platform(link.host.lower())
        if platform is None:
            continue
        value = _link_handle(platform, link.rest)
        if value is not None:
            found.append(
                Mention(
                    type="handle",
                    value=value,
                    raw=text[link.start : link.end],
                    start=link.start,
                    end=link.end,
                    obfuscated=link.obfuscated,  # "t(.)me/lola", "t dot me slash lola"
                    confidence=0.9 if link.obfuscated else 1.0,
                    details={"platform": platform, "source": "link"},
                )
            )
    if "://" in text and "viber://" in _lower(text):
        found.extend(_viber_links(text, _lower(text)))
    cues = reading.cues
    found.extend(reading.named)
    taken = [(m.start, m.end) for m in found]
    taken += [(m.start, m.end) for m in reading.emails]
    taken += [(link.start, link.end) for link in links]
    if "@" in text:
        for start, end, name in _at_names(text):
            if _overlaps(start, end, taken):
                continue
            guess = _platform_for_name(text, start, end, cues)
            if guess is None or not _name_ok(guess[0], name):
                continue
            platform, confidence = guess
            found.append(
                Mention(
                    type="handle",
                    value=_handle_value(platform, name),
                    raw=text[start:end],
                    start=start,
                    end=end,
                    confidence=confidence,
                    details={"platform": platform, "source": "at_name"},
                )
            )
    if "_" in text:
        found.extend(_names_after_misspelt_cue(text, taken))
    if phones:
        found.extend(_phone_handles(text, cues, phones))
    return _dedupe(found)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop a handle that overlaps an earlier-found one with the same value (the link
    wins over "WhatsApp" + the digits inside it); keep text order."""
    kept: list[Mention] = []
    for mention in mentions:
        if any(
            m.value == mention.value and m.start < mention.end and mention.start < m.end
            for m in kept
        ):
            continue
        kept.append(mention)
    kept.sort(key=lambda m: (m.start, m.end, m.value))
    return kept
