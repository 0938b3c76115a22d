"""Wallet extraction: labelled cases (public test vectors, generated addresses, decoys),
round trips from random payloads, properties. Figures are printed (run with -s)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import base58
import bech32m
import orjson
import pytest
from Crypto.Hash import keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract._support import decoys_hit_by_unexpected
from thbwatch.extract.wallets import (
    extract_wallets,
    monero_base58_decode,
    normalise_wallet,
    validate_address,
)
from thbwatch.model import Hints, Mention

CASES_FILE = Path(__file__).parent / "cases" / "wallets.jsonl"
CASES: list[dict[str, Any]] = [orjson.loads(line) for line in CASES_FILE.read_bytes().splitlines()]
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HINTS = Hints("en")


def key(item: Mention | dict[str, Any]) -> tuple[str, str, str]:
    if isinstance(item, Mention):
        return item.type, item.value, item.raw
    return item["type"], item["value"], item["raw"]


def decoy_hits(case: dict[str, Any], got: list[Mention]) -> list[str]:
    return decoys_hit_by_unexpected(case, got, key)


def test_case_file_covers_chains_and_languages() -> None:
    assert {case["language"] for case in CASES} == {"en", "fr", "de", "es", "it", "nl", "pl", "ro"}
    chains = Counter(item["value"].split(":")[0] for case in CASES for item in case["expected"])
    assert set(chains) == {"bitcoin", "litecoin", "ethereum", "monero", "tron"}, chains
    assert sum(len(case["decoys"]) for case in CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['note'][:40]}" for i, c in enumerate(CASES)])
def test_case(case: dict[str, Any]) -> None:
    got = extract_wallets(case["text"], Hints(case["language"]))
    for mention in got:
        assert case["text"][mention.start : mention.end] == mention.raw
        assert not mention.obfuscated
    assert Counter(map(key, got)) == Counter(map(key, case["expected"]))
    assert decoy_hits(case, got) == []


def test_precision_recall_on_cases() -> None:
    tp = fp = fn = decoys = hits = 0
    for case in CASES:
        got = extract_wallets(case["text"], Hints(case["language"]))
        predicted = Counter(map(key, got))
        expected = Counter(map(key, case["expected"]))
        for item in predicted | expected:
            matched = min(predicted[item], expected[item])
            tp += matched
            fp += predicted[item] - matched
            fn += expected[item] - matched
        decoys += len(case["decoys"])
        hits += len(decoy_hits(case, got))
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print(
        f"\nwallet cases: {len(CASES)} texts, tp={tp} fp={fp} fn={fn} "
        f"precision={precision:.3f} recall={recall:.3f}, decoys {hits}/{decoys} hit"
    )
    assert precision >= 0.98
    assert recall >= 0.95
    assert hits / decoys < 0.01


# --------------------------------------------------------------------------- vectors


@pytest.mark.parametrize(
    ("address", "value", "checksum"),
    [
        (
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "base58check",
        ),
        (
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "bech32",
        ),
        (
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            "bitcoin:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            "bech32m",
        ),
        (
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "ethereum:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
            "eip55",
        ),
        (
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "ethereum:0x52908400098527886e0f7030069857d2e4169ee7",
            "none",
        ),
    ],
)
def test_public_vectors(address: str, value: str, checksum: str) -> None:
    (mention,) = extract_wallets(f"pay to {address} please", HINTS)
    assert mention.value == value
    assert mention.details["checksum"] == checksum
    assert mention.confidence == (0.7 if checksum == "none" else 1.0)


def test_testnet_and_bip_invalid_vectors_are_not_wallets() -> None:
    for address in (
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
    ):
        assert validate_address(address) is None, address


# --------------------------------------------------------------------------- round trips


def eip55(hex40: str) -> str:
    digest = keccak.new(digest_bits=256, data=hex40.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(h, 16) >= 8 else c
        for c, h in zip(hex40, digest[:40], strict=True)
    )


def test_a_base58_address_that_starts_like_segwit_is_still_read() -> None:
    # Found by the round trip below: "LTc1..." is a Litecoin base58check address.
    address = base58.b58encode_check(bytes([0x30]) + b"[\xed" + bytes(18)).decode()
    assert address.lower().startswith("ltc1")
    [mention] = extract_wallets(f"({address})", HINTS)
    assert mention.value == f"litecoin:{address}"


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.sampled_from([0x00, 0x05, 0x30, 0x32, 0x41]))
def test_base58check_round_trip(payload: bytes, version: int) -> None:
    address = base58.b58encode_check(bytes([version]) + payload).decode()
    chain = {0x00: "bitcoin", 0x05: "bitcoin", 0x30: "litecoin", 0x32: "litecoin", 0x41: "tron"}[
        version
    ]
    (mention,) = extract_wallets(f"({address})", HINTS)
    assert mention.value == f"{chain}:{address}"
    # One character changed anywhere breaks it.
    position = len(address) // 2
    changed = (
        address[:position] + ("2" if address[position] != "2" else "3") + address[position + 1 :]
    )
    assert extract_wallets(changed, HINTS) == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([(0, 20), (0, 32), (1, 32)]), st.sampled_from(["bc", "ltc"]), st.data())
def test_segwit_round_trip(shape: tuple[int, int], hrp: str, data: st.DataObject) -> None:
    version, size = shape
    address = bech32m.encode(hrp, version, data.draw(st.binary(min_size=size, max_size=size)))
    (mention,) = extract_wallets(f"send to {address.upper()}.", HINTS)
    assert mention.value == f"{'bitcoin' if hrp == 'bc' else 'litecoin'}:{address}"


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=20, max_size=20))
def test_ethereum_round_trip(payload: bytes) -> None:
    address = eip55(payload.hex())
    (mention,) = extract_wallets(address, HINTS)
    assert mention.value == f"ethereum:0x{payload.hex()}"
    letters = [i for i in range(2, 42) if address[i].isalpha()]
    if not letters:
        return
    i = letters[0]
    flipped = address[:i] + address[i].swapcase() + address[i + 1 :]
    digits = flipped[2:]
    if digits in (digits.lower(), digits.upper()):
        return  # no mixed case left: nothing to check, rightly taken at low confidence
    assert extract_wallets(flipped, HINTS) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=BASE58, min_size=33, max_size=33), st.sampled_from("13LMT"))
def test_random_base58_strings_are_not_wallets(body: str, first: str) -> None:
    # A random string passes a 32-bit checksum once in four billion.
    assert extract_wallets(first + body, HINTS) == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=BASE58, min_size=94, max_size=94))
def test_random_monero_shapes_are_not_wallets(body: str) -> None:
    assert extract_wallets("4" + body, HINTS) == []


def test_monero_base58_rejects_bad_blocks() -> None:
    assert monero_base58_decode("zzzzzzzzzzz") is None  # more than 8 bytes in a full block
    assert monero_base58_decode("1" * 12) is None  # a 1-character tail decodes to nothing
    assert monero_base58_decode("0" * 11) is None  # not in the alphabet


# --------------------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "0x",
        "bc1",
        "ltc1",
        " ",
        ":",
        "4",
        "T",
        "💋",
        "İ",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "q" * 30,
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=20).map("".join))
def test_no_crash_spans_slice_idempotent(text: str) -> None:
    for mention in extract_wallets(text, HINTS):
        assert mention.raw == text[mention.start : mention.end]
        assert normalise_wallet(mention.value) == mention.value
        assert validate_address(mention.raw) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_no_crash_on_arbitrary_unicode(text: str) -> None:
    for mention in extract_wallets(text, HINTS):
        assert mention.raw == text[mention.start : mention.end]
