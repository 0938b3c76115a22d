"""Settings of the linking stage, with the defaults measured on the demo corpus."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LinkConfig:
    # Near-duplicate text: estimated Jaccard similarity of word 3-shingles (numbers and
    # contacts masked) at or above which two records are linked. On 100,000 demo records
    # 0.6 links 597 pairs of different employers (written from the same phrase pools),
    # 0.75 none, and loses little recall (bench/bench_link.py measures it).
    text_threshold: float = 0.75
    shingle_words: int = 3
    minhash_permutations: int = 64
    lsh_bands: int = 16  # 16 bands of 4 rows: a pair at J=0.6 is a candidate with p=0.89
    min_words: int = 8  # shorter texts are too generic to prove anything

    # Near-duplicate images: perceptual hashes (64 bits) this close or closer are linked.
    image_max_distance: int = 6

    # Hub guard: evidence shared by at least max(hub_min_records, hub_share x records)
    # records is a hub (a site's number, a big agency): it is reported and then stopped
    # ("stop") or kept with weight hub_weight ("downweight"), so that it can only matter
    # inside a component that other evidence has already built; Leiden cuts it there.
    hub_share: float = 0.002
    hub_min_records: int = 200
    # A picture, or a group of near-duplicate texts (3 records or more), found beside this
    # many different contacts is a stock picture or a shared kit (spam, boilerplate), not
    # one advertiser's: on the demo corpus 99% of one advertiser's pictures sit beside at
    # most 3 of its contacts, stock pictures beside 11 to 21. (Not applied to contacts
    # themselves: a controller's number beside the numbers of several women is the very
    # pattern to find.)
    hub_max_contacts: int = 4
    hub_policy: str = "stop"
    hub_weight: float = 0.05

    # A component larger than this is not taken as one network: Leiden splits it.
    max_cluster_size: int = 300
    leiden_resolution: float = 1.0  # modularity (RB configuration model) resolution
    seed: int = 7

    # Treat masked contact tokens of anonymised data (EMSCAD's #PHONE_...#, #EMAIL_...#,
    # #URL_...#) as contacts: they recur across postings of the same poster.
    masked_tokens_as_contacts: bool = False

    def __post_init__(self) -> None:
        if self.hub_policy not in ("stop", "downweight"):
            raise ValueError(f"hub_policy must be stop or downweight, not {self.hub_policy!r}")
        if self.minhash_permutations % self.lsh_bands:
            raise ValueError("minhash_permutations must be a multiple of lsh_bands")
        if not 0 < self.text_threshold <= 1:
            raise ValueError("text_threshold must be in (0, 1]")
