"""Cryptocurrency wallet addresses in ad text, checksum-validated. Pure.

`extract_wallets` returns "wallet" mentions valued "chain:address":

* bitcoin: base58check P2PKH ("1...") and P2SH ("3..."), bech32 / bech32m ("bc1...");
* litecoin: base58check ("L...", "M..."), bech32 / bech32m ("ltc1...");
* tron: base58check with the 0x41 prefix ("T...");
* ethereum (and every EVM chain sharing its format): "0x" + 40 hex digits; a mixed-case
  address must pass its EIP-55 checksum, an all-lower or all-upper one has no checksum
  to check and gets a lower confidence;
* monero: Monero's block base58, 95 characters ("4..." standard, "8..." subaddress) or
  106 ("4..." integrated), with its keccak-256 checksum.

A checksum is what tells an address from a random string, so nothing is taken on its
shape alone (except the unchecksummed Ethereum form). Testnet addresses ("tb1...",
"m...", "n...", "2...") are not taken: nobody is paid in test coins.

Values: bech32 and Ethereum addresses are case-insensitive and given in lower case;
base58 addresses are case-sensitive and kept as written.

Speed: one Hyperscan scan tells whether the text has a run of 26 letters and digits at
all (most have none); only then a split finds the long words, and the candidate regex
and the checksums run on those.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import base58
import bech32m
from Crypto.Hash import keccak

from thbwatch.extract.gate import Gate
from thbwatch.model import Hints, Mention

__all__ = ["extract_wallets", "normalise_wallet", "validate_address"]

# Address lengths: 26 (shortest base58check) to 106 (Monero integrated); bech32 allows 90.
MIN_LENGTH = 26
MAX_LENGTH = 106
# A candidate: a run of letters and digits (addresses have no other characters).
_CANDIDATE = re.compile(r"[0-9A-Za-z]{26,}")
_ANY_CANDIDATE = Gate([b"[0-9A-Za-z]{%d}" % MIN_LENGTH])
_HEX = re.compile(r"[0-9a-fA-F]{40}")

# base58check version bytes -> (chain, address kind). "3..." (0x05) is also what old
# Litecoin P2SH addresses looked like; it is read as Bitcoin.
BASE58_VERSIONS: dict[int, tuple[str, str]] = {
    0x00: ("bitcoin", "p2pkh"),
    0x05: ("bitcoin", "p2sh"),
    0x30: ("litecoin", "p2pkh"),
    0x32: ("litecoin", "p2sh"),
    0x41: ("tron", "account"),
}
# First characters those versions produce; others are not looked at.
BASE58_FIRST = frozenset("13LMT")

# Segwit human-readable parts (mainnet only) -> chain.
SEGWIT_HRPS: dict[str, str] = {"bc": "bitcoin", "ltc": "litecoin"}

# Monero network bytes (mainnet) -> address kind, and the decoded length of each kind.
MONERO_KINDS: dict[int, tuple[str, int]] = {
    18: ("standard", 69),
    42: ("subaddress", 69),
    19: ("integrated", 77),
}

# Confidence of an Ethereum address with no case checksum to verify.
UNCHECKED_CONFIDENCE = 0.7


class Address(NamedTuple):
    chain: str
    address: str  # normalised
    kind: str
    checksum: str  # "base58check", "bech32", "bech32m", "eip55", "monero", "none"


def extract_wallets(text: str, hints: Hints) -> list[Mention]:
    """Wallet addresses in `text` whose checksum is right. `hints` are not needed: an
    address reads the same in every language and country."""
    del hints
    if not text or not _ANY_CANDIDATE(text):
        return []
    long_words = [word for word in text.split() if len(word) >= MIN_LENGTH]
    found: list[Mention] = []
    position = 0
    for word in long_words:
        word_start = text.find(word, position)
        position = word_start + len(word)
        for match in _CANDIDATE.finditer(text, word_start, position):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # glued to a letter of another script ("é1A1z..."): part of a word
            mention = _mention(match.group(), match.start())
            if mention is not None:
                found.append(mention)
    return found


def _mention(token: str, start: int) -> Mention | None:
    if len(token) > MAX_LENGTH:
        return None
    address = validate_address(token)
    if address is None:
        return None
    return Mention(
        type="wallet",
        value=f"{address.chain}:{address.address}",
        raw=token,
        start=start,
        end=start + len(token),
        confidence=UNCHECKED_CONFIDENCE if address.checksum == "none" else 1.0,
        details={"chain": address.chain, "kind": address.kind, "checksum": address.checksum},
    )


@lru_cache(maxsize=4096)
def validate_address(token: str) -> Address | None:
    """The address `token` is, if its format and checksum are right; else None."""
    size = len(token)
    head = token[:4].lower()
    if size == 42 and head.startswith("0x"):
        return _ethereum(token)
    if head.startswith("bc1") or head.startswith("ltc1"):
        # A base58 address may start with "LTc1" or "bC1" by chance: try that too.
        segwit = _segwit(token)
        if segwit is not None:
            return segwit
    first = token[0]
    if first in BASE58_FIRST and 26 <= size <= 35:
        return _base58check(token)
    if first in "48" and size in (95, 106):
        return _monero(token)
    return None


def normalise_wallet(value: str) -> str:
    """Canonical "chain:address": case folded where the format ignores case. Idempotent."""
    chain, _, address = value.strip().partition(":")
    chain = chain.lower()
    checked = validate_address(address) if address else None
    if checked is not None:
        address = checked.address
    elif chain == "ethereum":
        address = address.lower()
    return f"{chain}:{address}"


# --------------------------------------------------------------------------- formats


def _base58check(token: str) -> Address | None:
    try:
        payload = base58.b58decode_check(token)
    except ValueError:  # a character outside the alphabet, or a wrong checksum
        return None
    if len(payload) != 21 or payload[0] not in BASE58_VERSIONS:
        return None
    chain, kind = BASE58_VERSIONS[payload[0]]
    return Address(chain, token, kind, "base58check")


def _segwit(token: str) -> Address | None:
    hrp = token.split("1", 1)[0].lower()
    chain = SEGWIT_HRPS.get(hrp)
    if chain is None:
        return None
    try:
        # Checks the checksum, bech32 for version 0 and bech32m above (BIP-173, BIP-350),
        # the program length and the padding; rejects mixed case.
        version, program = bech32m.decode(hrp, token)
    except bech32m.DecodeError:
        return None
    if version == 0:
        kind = "p2wpkh" if len(program) == 20 else "p2wsh"
    elif version == 1 and len(program) == 32:
        kind = "p2tr"
    else:
        kind = f"segwit-v{version}"
    return Address(chain, token.lower(), kind, "bech32" if version == 0 else "bech32m")


def _keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _ethereum(token: str) -> Address | None:
    digits = token[2:]
    if token[1] != "x" or not _HEX.fullmatch(digits):
        return None
    address = "0x" + digits.lower()
    if digits == digits.lower() or digits == digits.upper():
        return Address("ethereum", address, "account", "none")
    # EIP-55: a letter is upper case where the keccak-256 of the lower-case hex has a
    # nibble >= 8 at the same place.
    digest = _keccak256(digits.lower().encode("ascii")).hex()
    for char, nibble in zip(digits, digest, strict=False):
        if char.isalpha() and char.isupper() != (int(nibble, 16) >= 8):
            return None
    return Address("ethereum", address, "account", "eip55")


# Monero's base58 (no library for it in this stack): blocks of 8 bytes written as 11
# characters, the last block shorter; ENCODED_SIZES[n] = characters for n bytes.
_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ALPHABET_INDEX = {char: value for value, char in enumerate(_ALPHABET)}
_ENCODED_SIZES = (0, 2, 3, 5, 6, 7, 9, 10, 11)
_DECODED_SIZE = {encoded: size for size, encoded in enumerate(_ENCODED_SIZES)}


def monero_base58_decode(text: str) -> bytes | None:
    """Monero's block base58; None if a character or a block is not valid."""
    full, rest = divmod(len(text), 11)
    if rest not in _DECODED_SIZE:
        return None
    out = bytearray()
    for offset in range(0, full * 11 + (11 if rest else 0), 11):
        block = text[offset : offset + 11]
        size = _DECODED_SIZE[len(block)]
        number = 0
        for char in block:
            value = _ALPHABET_INDEX.get(char)
            if value is None:
                return None
            number = number * 58 + value
        if number >= 1 << (8 * size):
            return None  # a block that decodes to more bytes than it may hold
        out += number.to_bytes(size, "big")
    return bytes(out)


def _monero(token: str) -> Address | None:
    data = monero_base58_decode(token)
    if data is None or data[0] not in MONERO_KINDS:
        return None
    kind, size = MONERO_KINDS[data[0]]
    if len(data) != size or _keccak256(data[:-4])[:4] != data[-4:]:
        return None
    return Address("monero", token, kind, "monero")
