"""Near-duplicate text: MinHash (rensa) over masked word shingles, LSH bands. Pure.

A network posts one text with the names, ages, cities, prices and numbers swapped. So
the text is masked first: contacts (links, e-mails, @handles, the masked tokens of
anonymised data) are blanked and only runs of letters are kept as words, which drops
every number however it is written. Shingles of `shingle_words` words are hashed with
numpy in one pass per batch; rensa turns them into MinHash signatures. InfoShield also
strips digits, but it has nothing else: thbwatch links the numbers as contacts
(evidence.py) and the text here, and keeps both reasons.

Candidates are the records that agree on all rows of one LSH band; a candidate becomes a
link only if the signatures' estimated Jaccard similarity reaches `text_threshold`.
"""

from __future__ import annotations

import hashlib
import re
from itertools import chain, compress

import numpy as np
import rensa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from thbwatch.link.config import LinkConfig
from thbwatch.link.evidence import (
    KIND_CODES,
    Evidence,
    Hub,
    LinkArrays,
    hub_limit,
    partner_counts,
    ranges,
    unique_values,
)

# One pass: a chunk with "@", "/" or "#" in it (a link, an e-mail, a handle, a masked
# #PHONE_...# token) matches the first branch and is dropped; otherwise runs of letters
# are the words, so numbers vanish however they are written. The first branch is
# possessive (no backtracking through every chunk at every letter), and a text without
# any of the three characters needs only the second.
_WORDS = re.compile(r"[^\s@/#]*+[@/#]\S*|([^\W\d_]+)")
_LETTERS = re.compile(r"[^\W\d_]+")

# Odd multipliers that mix the words of a shingle in order (wrapping uint64 arithmetic).
_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53],
    dtype=np.uint64,
)  # fmt: skip


class _WordHashes(dict):
    """A stable 64-bit hash per word (not Python's salted hash: signatures are stored and
    compared across runs), computed once per distinct word."""

    def __missing__(self, word: str) -> int:
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        self[word] = value
        return value


_HASHES = _WordHashes()


_MASKED = re.compile(r"#(PHONE|EMAIL|URL)_[0-9a-f]{8,}#")


def masked_tokens(text: str) -> list[str]:
    """The masked contacts of anonymised data (EMSCAD writes #PHONE_<hash>#, #EMAIL_...#,
    #URL_...#) as evidence keys "masked:<kind>:<token>": one token is one contact."""
    return [f"masked:{match.group(1).lower()}:{match.group(0)}" for match in _MASKED.finditer(text)]


def words(text: str) -> list[str]:
    """The words that text similarity compares: masked, lower case, letters only."""
    text = text.lower()
    if "@" in text or "/" in text or "#" in text:
        return list(filter(None, _WORDS.findall(text)))
    return _LETTERS.findall(text)


def sketch_texts(texts: list[str], config: LinkConfig) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of the texts with at least `min_words` words.

    Returns (which texts have a signature: bool per text, signatures: uint32 rows).
    """
    k = config.shingle_words
    hash_of = _HASHES.__getitem__
    hashed = [list(map(hash_of, words(text))) for text in texts]
    lengths = np.fromiter(map(len, hashed), dtype=np.int64, count=len(hashed))
    has = lengths >= max(config.min_words, k)
    if not has.any():
        return has, np.empty((0, config.minhash_permutations), dtype=np.uint32)
    lengths = lengths[has]
    flat = np.fromiter(
        chain.from_iterable(compress(hashed, has.tolist())),
        dtype=np.uint64,
        count=int(lengths.sum()),
    )
    # Shingle i mixes words i..i+k-1; it is valid when those words are in one text.
    shingles = flat[: len(flat) - k + 1] * _MIX[0]
    for offset in range(1, k):
        shingles = shingles ^ (flat[offset : len(flat) - k + 1 + offset] * _MIX[offset])
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    counts = lengths - k + 1
    position = np.arange(len(shingles)) - np.repeat(starts, counts + k - 1)[: len(shingles)]
    valid = position < np.repeat(counts, counts + k - 1)[: len(shingles)]
    offsets = np.r_[0, np.cumsum(counts)].astype(np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        np.ascontiguousarray(shingles[valid]), offsets, config.minhash_permutations, config.seed
    )
    return has, np.asarray(matrix.to_rows(), dtype=np.uint32)


def jaccard(signatures: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of the signature rows left[i] and right[i]."""
    out = np.empty(len(left), dtype=np.float32)
    for start in range(0, len(left), 200_000):  # bounded temporary arrays
        part = slice(start, start + 200_000)
        out[part] = (signatures[left[part]] == signatures[right[part]]).mean(axis=1)
    return out


def text_links(
    record_ids: np.ndarray,
    signatures: np.ndarray,
    total_records: int,
    config: LinkConfig,
    contacts: Evidence | None = None,
) -> tuple[LinkArrays, list[Hub]]:
    """Links between records whose texts are near-duplicates.

    `record_ids` (ascending) and `signatures` are parallel. Within each LSH bucket every
    record is compared with the bucket's earliest record (a star, as for contacts). A
    bucket as large as a hub (a site's boilerplate), or a star whose records carry
    `hub_max_contacts` different `contacts` (a kit many advertisers use), is a hub:
    reported, and stopped or down-weighted like any hub.
    """
    rows = config.minhash_permutations // config.lsh_bands
    limit = hub_limit(total_records, config)
    lefts, rights, in_hub = [], [], []
    hubs: list[Hub] = []
    for band in range(config.lsh_bands):
        part = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.zeros(len(part), dtype=np.uint64)
        for column in range(rows):
            key = (key ^ part[:, column]) * _MIX[column % len(_MIX)]
        order = np.argsort(key, kind="stable")  # stable: earliest record first in a bucket
        key = key[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        sizes = np.diff(np.r_[starts, len(key)])
        many = sizes > 1
        starts, sizes = starts[many], sizes[many]
        if not len(starts):
            continue
        anchors = np.repeat(order[starts], sizes - 1)
        members = order[ranges(starts + 1, sizes - 1)]
        lefts.append(anchors)
        rights.append(members)
        in_hub.append(np.repeat(sizes >= limit, sizes - 1))
        hubs += [
            Hub("text", f"template of record {record_ids[order[start]]}", int(size))
            for start, size in zip(starts[sizes >= limit], sizes[sizes >= limit], strict=True)
        ]
    if not lefts:
        return LinkArrays.empty(), hubs
    left, right, hub = np.concatenate(lefts), np.concatenate(rights), np.concatenate(in_hub)
    if config.hub_policy == "stop":
        left, right, hub = left[~hub], right[~hub], hub[~hub]
    pair = left.astype(np.int64) * len(record_ids) + right
    pair, first = np.unique(pair, return_index=True)
    left, right, hub = pair // len(record_ids), pair % len(record_ids), hub[first]
    similarity = jaccard(signatures, left, right)
    keep = similarity >= config.text_threshold
    left, right, hub, similarity = left[keep], right[keep], hub[keep], similarity[keep]
    if contacts is not None and len(left):
        in_kit, kits = _kits(record_ids, left, right, contacts, config)
        hubs += kits
        hub |= in_kit
        if config.hub_policy == "stop":
            left, right, hub, similarity = (
                left[~in_kit],
                right[~in_kit],
                hub[~in_kit],
                similarity[~in_kit],
            )
    weight = np.where(hub, config.hub_weight, similarity).astype(np.float32)
    evidence = np.asarray([f"jaccard {value:.2f}" for value in similarity], dtype=object)
    kind = np.full(len(left), KIND_CODES["text"], dtype=np.int8)
    return LinkArrays(record_ids[left], record_ids[right], kind, evidence, weight), _unique(hubs)


def _kits(
    record_ids: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    contacts: Evidence,
    config: LinkConfig,
) -> tuple[np.ndarray, list[Hub]]:
    """Which links belong to a kit: a group of near-duplicate texts (connected by text
    links) of three or more records that carry `hub_max_contacts` different contacts; and
    a hub report for each kit."""
    rows = unique_values(np.concatenate([left, right]))
    a, b = np.searchsorted(rows, left), np.searchsorted(rows, right)
    graph = coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(len(rows),) * 2)
    _, component = connected_components(graph, directed=False)
    counts = partner_counts(np.stack([component, record_ids[rows]], axis=1), contacts)
    sizes = np.bincount(component, minlength=len(counts))
    # A pair of near-duplicates that lists many contacts is not yet a kit.
    wide = (counts >= config.hub_max_contacts) & (sizes >= 3)
    hubs = [
        Hub("text", f"template of record {record_ids[rows[np.argmax(component == c)]]} "
            f"(beside {counts[c]} contacts)", int(sizes[c]))
        for c in np.flatnonzero(wide)
    ]  # fmt: skip
    return wide[component[a]], hubs


def _unique(hubs: list[Hub]) -> list[Hub]:
    """One report per template, at its largest bucket."""
    largest: dict[str, Hub] = {}
    for hub in hubs:
        if hub.value not in largest or hub.records > largest[hub.value].records:
            largest[hub.value] = hub
    return list(largest.values())
