"""Near-duplicate images: perceptual hashes (imagehash) compared by Hamming distance. Pure
but for reading the image files.

A record's images are references (file names, paths or URLs). One that names a readable
file is hashed (pHash, 64 bits: robust to resizing and recompression); one that does not
is kept as the reference itself, so that records reusing the same picture file still link
("ref:<name>" evidence, through evidence.py with its hub guard). Near-duplicate hashes
are found through four 16-bit bands: two hashes within 3 bits agree on one band at least
(pigeonhole), and every candidate is checked against `image_max_distance`.
"""

from __future__ import annotations

import os
from pathlib import Path

import imagehash
import numpy as np
from PIL import Image, UnidentifiedImageError

from thbwatch.link.config import LinkConfig
from thbwatch.link.evidence import KIND_CODES, LinkArrays, unique_rows

BANDS = 4


def image_key(reference: str, root: Path | None) -> str:
    """ "phash:<16 hex digits>" for a readable image file, else "ref:<file name or URL>"."""
    # Only paths that can name a file are looked up (no stat per reference otherwise);
    # os.path.isabs: no Path made for each of millions of references that name none.
    candidates = [root / reference] if root else []
    if os.path.isabs(reference):
        candidates.insert(0, Path(reference))
    for path in candidates:
        try:
            if path.is_file():
                with Image.open(path) as image:
                    return f"phash:{imagehash.phash(image)}"
        except (OSError, UnidentifiedImageError, ValueError):
            continue
    if "://" in reference:
        return f"ref:{reference}"
    return f"ref:{reference.rsplit('/', 1)[-1]}"


def phash_links(record_ids: np.ndarray, hashes: np.ndarray, config: LinkConfig) -> LinkArrays:
    """Links between records whose images' perceptual hashes (uint64, one per image, with
    the record id beside it) are near but not equal (equal ones link as evidence)."""
    lefts, rights = [], []
    for band in range(BANDS):
        key = (hashes >> np.uint64(16 * band)) & np.uint64(0xFFFF)
        order = np.lexsort((record_ids, key))
        key = key[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        anchor = order[np.repeat(starts, np.diff(np.r_[starts, len(key)]))]
        different = record_ids[order] != record_ids[anchor]
        lefts.append(anchor[different])
        rights.append(order[different])
    if not lefts:
        return LinkArrays.empty()
    left, right = np.concatenate(lefts), np.concatenate(rights)
    distance = np.bitwise_count(hashes[left] ^ hashes[right])
    keep = (distance > 0) & (distance <= config.image_max_distance)
    left, right, distance = left[keep], right[keep], distance[keep]
    pair = unique_rows(record_ids[left], record_ids[right], distance)
    a, b = np.minimum(pair[:, 0], pair[:, 1]), np.maximum(pair[:, 0], pair[:, 1])
    evidence = np.asarray([f"image distance {d}" for d in pair[:, 2]], dtype=object)
    weight = (1 - pair[:, 2] / 64).astype(np.float32)
    return LinkArrays(a, b, np.full(len(a), KIND_CODES["image"], np.int8), evidence, weight)


def phash_value(key: str) -> int | None:
    """The 64-bit hash of a "phash:..." key."""
    return int(key[6:], 16) if key.startswith("phash:") else None
