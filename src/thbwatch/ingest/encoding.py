"""Guess the text encoding of an input file from a sample, never the whole file.

Order of evidence: a byte-order mark; UTF-8 (tolerating a handful of corrupt bytes so
that only the rows holding them are rejected later); UTF-16 without a mark (ASCII text
shows NUL in every other byte); then charset-normalizer, which tells binary data from
text and one script from another, and our own choice among cp1252, cp1250 and cp1251
for Latin and Cyrillic text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import islice
from pathlib import Path

from charset_normalizer import from_bytes

from thbwatch.errors import UnreadableInput

CHUNK_SIZE = 1 << 20  # head, middle and tail chunks of 1 MiB each

# Longer marks first: the UTF-32-LE mark starts with the UTF-16-LE one. The codecs named
# here consume the mark themselves, so readers need not skip it.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A few corrupt bytes in a UTF-8 file keep it UTF-8 when valid multi-byte characters
# outnumber them; beyond this handful, valid characters must outnumber them 50 to 1.
HANDFUL_OF_BAD_SEQUENCES = 16
_BAD_RATIO_FOR_MANY = 50

# More NUL bytes than this share of a sample, outside UTF-16/32, means binary data.
# A few stray NULs (a crashed export) do not make a text file unreadable.
_MAX_NUL_SHARE = 0.01

# charset-normalizer tells text from binary and one script from another well, but on
# short samples it picks among Latin code pages almost at random (cp1257 for French,
# mac_latin2 for German). For Latin and Cyrillic text we choose among the code pages
# of the region ourselves, preferring the earlier one on a tie: the one under which
# the most words read as plausible words (see _plausible_words).
REGIONAL_CODE_PAGES = ("cp1252", "cp1250", "cp1251")
_CHOSEN_SCRIPTS = frozenset({"LATIN", "CYRILLIC"})
# Letters that a code page decodes some bytes to, but that its languages rarely use:
# seeing them suggests the bytes were written under another code page (e.g. Czech
# "ř" read as cp1252 gives "ø", French "à" read as cp1250 gives "ŕ").
_UNLIKELY_LETTERS = {"cp1252": frozenset("ðÐþÞøØûÛ"), "cp1250": frozenset("ŕŔĺĹ")}
_WORD_WITH_NON_ASCII = re.compile(r"\w*[^\x00-\x7f]\w*")
_WORDS_SCORED = 5000

# Readers decode with errors="surrogateescape": a byte the codec cannot decode becomes a
# lone surrogate U+DC80..U+DCFF, which keeps the byte but cannot be encoded back to UTF-8.
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
REJECT_TEXT_CHARS = 4096
_NON_ASCII = re.compile("[^\x00-\x7f]")
_UTF8_CONTINUATION = re.compile(b"^[\x80-\xbf]{1,3}")


def detect_encoding(path: Path) -> str:
    """The Python codec name to read `path` with; raises UnreadableInput for binary data."""
    chunks = _read_sample(path)
    encoding = bom_encoding(chunks[0]) or guess_encoding(chunks)
    if encoding is None:
        raise UnreadableInput(
            f"{path}: not a text file (binary data, or no known text encoding fits)"
        )
    return encoding


def bom_encoding(head: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of `head`, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def guess_encoding(chunks: list[bytes]) -> str | None:
    """Encoding of a sample without a byte-order mark, or None when it looks binary.

    `chunks` are the head, middle and tail of one file, or a single chunk holding all of
    it: the first starts the file, the last ends it, any chunk may cut a character.
    """
    sample = b"".join(chunks)
    # UTF-16 first: ASCII text in UTF-16 is also valid (NUL-riddled) UTF-8.
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if sample.count(0) > _MAX_NUL_SHARE * len(sample):
        return None
    if _mostly_utf8(chunks):
        return "utf-8"
    return _legacy_encoding(sample)


def _read_sample(path: Path) -> list[bytes]:
    """Head, middle and tail of the file (or the whole file when it is small)."""
    try:
        with path.open("rb") as file:
            size = file.seek(0, 2)
            if size <= 3 * CHUNK_SIZE:
                file.seek(0)
                return [file.read()]
            chunks = []
            # 4-byte aligned starts keep UTF-16/32 code units whole.
            for start in (0, (size // 2 - CHUNK_SIZE // 2) & ~3, (size - CHUNK_SIZE) & ~3):
                file.seek(start)
                chunks.append(file.read(CHUNK_SIZE))
            chunks[-1] += file.read()  # alignment may leave a few bytes after the tail
            return chunks
    except OSError as error:
        raise UnreadableInput(f"{path}: cannot read: {error.strerror}") from error


def _mostly_utf8(chunks: list[bytes]) -> bool:
    bad = good = 0
    last = len(chunks) - 1
    for index, chunk in enumerate(chunks):
        # A middle or tail chunk may start inside a character...
        whole = _UTF8_CONTINUATION.sub(b"", chunk) if index > 0 else chunk
        decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        # ...and a head or middle chunk end inside one: final=False tolerates that.
        text = decoder.decode(whole, final=index == last)
        if text.isascii():
            continue
        chunk_bad = len(ESCAPED_BYTE.findall(text))
        bad += chunk_bad
        good += len(_NON_ASCII.findall(text)) - chunk_bad
    if bad == 0:
        return True
    if bad <= HANDFUL_OF_BAD_SEQUENCES:
        return good >= bad
    return good >= _BAD_RATIO_FOR_MANY * bad


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of mostly ASCII characters has a NUL in every other byte."""
    sample = sample[: len(sample) & ~1]
    half = len(sample) // 2
    if half == 0:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        candidate = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        candidate = "utf-16-be"
    else:
        return None
    return candidate if _decodes(sample, candidate) else None


def _legacy_encoding(sample: bytes) -> str | None:
    best = from_bytes(sample).best()
    if best is None:
        return None
    if _main_script(str(best)) not in _CHOSEN_SCRIPTS:  # Greek, Hebrew, Arabic, CJK...
        return codecs.lookup(best.encoding).name
    return max(REGIONAL_CODE_PAGES, key=lambda code_page: _plausible_words(sample, code_page))


def _plausible_words(sample: bytes, code_page: str) -> int:
    """How many words holding non-ASCII letters read as real words under `code_page`
    (-1 if it cannot decode the sample): letters of one script, no unlikely letter, no
    symbol, and for Latin words of two or more letters at least one ASCII letter, since
    no Western or Central European word is made of accented letters only."""
    try:
        text = sample.decode(code_page)
    except UnicodeDecodeError:
        return -1
    unlikely = _UNLIKELY_LETTERS.get(code_page, frozenset())
    plausible = 0
    for count, match in enumerate(_WORD_WITH_NON_ASCII.finditer(text)):
        if count == _WORDS_SCORED:
            break
        word = match.group()
        letters = [char for char in word if char.isalpha()]
        scripts = {_script(char) for char in letters}
        if len(scripts) != 1 or unlikely.intersection(word):
            continue
        if any(not char.isascii() and not char.isalpha() for char in word):
            continue  # a symbol such as ¹ or ³ inside a word
        if (
            scripts == {"LATIN"}
            and len(letters) > 1
            and not any(char.isascii() for char in letters)
        ):
            continue
        plausible += 1
    return plausible


def _main_script(text: str) -> str:
    """The script most non-ASCII letters of `text` belong to ("LATIN", "CYRILLIC"...),
    judged on its first thousand non-ASCII characters; "" when it has no such letter."""
    counts: dict[str, int] = {}
    for match in islice(_NON_ASCII.finditer(text), 1000):
        if match.group().isalpha():
            script = _script(match.group())
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__, default="")


def _script(letter: str) -> str:
    """The first word of the letter's Unicode name: "LATIN", "CYRILLIC", "GREEK"..."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def escape_bad_bytes(text: str) -> str:
    """Show undecodable bytes (kept as lone surrogates) as \\xNN, so the text is valid UTF-8."""
    return ESCAPED_BYTE.sub(lambda match: f"\\x{ord(match.group()) - 0xDC00:02x}", text)


def reject_text(text: str) -> str:
    """What a Reject shows of its input: cut to a sane length, bad bytes as \\xNN."""
    return escape_bad_bytes(text[:REJECT_TEXT_CHARS])


def error_summary(error: Exception) -> str:
    """One line for a Reject reason: the first line of the error's message (parsers such
    as yajl append a drawing of where the error is)."""
    lines = str(error).strip().splitlines()
    return lines[0].strip() if lines else type(error).__name__
