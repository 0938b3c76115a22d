"""The demo corpus: determinism, exact truth, fictitious contacts, planted structure."""

from __future__ import annotations

import csv
import hashlib
import itertools
import os
import re
import subprocess
import sys
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import phonenumbers
import pytest

from thbwatch.demo.corpus import JOB_COLUMNS, LABELS, iter_corpus, write_corpus
from thbwatch.demo.names import FREEMAIL_DOMAINS
from thbwatch.demo.phones import POOLS, PhoneAllocator, all_blocks
from thbwatch.extract.contacts import normalise_url

RECORDS = 6000
SEED = 7
LANGUAGES = {"en", "fr", "de", "es", "it", "nl", "pl", "ro"}
COUNTRIES = {"GB", "FR", "BE", "DE", "AT", "ES", "IT", "NL", "PL", "RO"}
DECOY_TYPES = {
    "price",
    "age",
    "date",
    "time",
    "postcode",
    "height",
    "weight",
    "24/7",
    "order_number",
}
AD_KEYS = {"id", "title", "text", "city", "date", "url", "images", "language"}
TRUTH_KEYS = {
    "ref",
    "file",
    "kind",
    "label",
    "network",
    "language",
    "city",
    "country",
    "persons",
    "entities",
    "decoys",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One written corpus, read back from disk the way an ingester would read it."""
    out = tmp_path_factory.mktemp("demo")
    files = write_corpus(out, records=RECORDS, seed=SEED)
    classifieds = {
        row["id"]: row for row in map(orjson.loads, files.classifieds.read_bytes().splitlines())
    }
    with files.jobs.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        jobs = {row[0]: dict(zip(header, row, strict=True)) for row in reader}
    truth = [orjson.loads(line) for line in files.truth.read_bytes().splitlines()]
    return {
        "files": files,
        "header": header,
        "classifieds": classifieds,
        "jobs": jobs,
        "truth": truth,
    }


def ad_text(corpus: dict[str, Any], truth: dict[str, Any]) -> str:
    if truth["file"] == "jobs.csv":
        ad = corpus["jobs"][truth["ref"]]
        return ad["title"] + "\n" + ad["description"]
    ad = corpus["classifieds"][truth["ref"]]
    return ad["title"] + "\n" + ad["text"]


def _digest(records: int, seed: int) -> str:
    h = hashlib.sha256()
    for ad, truth in iter_corpus(records, seed):
        h.update(orjson.dumps(ad))
        h.update(orjson.dumps(truth))
    return h.hexdigest()


# --------------------------------------------------------------------------- determinism


def test_same_seed_same_bytes_different_seed_different(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", records=1500, seed=3)
    second = write_corpus(tmp_path / "b", records=1500, seed=3)
    other = write_corpus(tmp_path / "c", records=1500, seed=4)
    for a, b, c in zip(first.paths, second.paths, other.paths, strict=True):
        assert a.read_bytes() == b.read_bytes()
        assert a.read_bytes() != c.read_bytes()


def test_same_bytes_across_processes_and_hash_seeds() -> None:
    """Nothing may depend on set/dict order of str hashes (PYTHONHASHSEED)."""
    script = (
        "import sys; sys.path.insert(0, {src!r}); from tests.demo.test_corpus import _digest; "
        "print(_digest(800, 11))"
    )
    root = Path(__file__).resolve().parents[2]
    digests = set()
    for hash_seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", script.format(src=str(root))],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert digests == {_digest(800, 11)}


def test_streaming_does_not_build_a_list() -> None:
    stream = iter_corpus(200_000, 1)
    assert isinstance(stream, Iterator) and not isinstance(stream, (list, tuple))
    tracemalloc.start()
    try:
        for _ in itertools.islice(stream, 10_000):
            pass
        early = tracemalloc.get_traced_memory()[0]
        for _ in itertools.islice(stream, 30_000):
            pass
        later = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # A list of 40k ads would take tens of MB; active advertisers take a few.
    assert later - early < 8_000_000


# --------------------------------------------------------------------------- shape


def test_counts_add_up(corpus: dict[str, Any]) -> None:
    files = corpus["files"]
    truth = corpus["truth"]
    assert files.records == RECORDS == len(truth) == sum(files.counts.values())
    assert set(files.counts) == set(LABELS)
    assert Counter(t["label"] for t in truth) == Counter(
        {k: v for k, v in files.counts.items() if v}
    )
    assert len(corpus["classifieds"]) == files.rows["classifieds.jsonl"]
    assert len(corpus["jobs"]) == files.rows["jobs.csv"]
    assert len(corpus["classifieds"]) + len(corpus["jobs"]) == RECORDS
    assert len({t["ref"] for t in truth}) == RECORDS
    for label, share in (
        ("independent", 0.35),
        ("controlled", 0.15),
        ("legit_job", 0.25),
        ("deceptive_job", 0.15),
        ("spam", 0.10),
    ):
        assert abs(files.counts[label] / RECORDS - share) < 0.03


def test_file_schemas(corpus: dict[str, Any]) -> None:
    assert tuple(corpus["header"]) == JOB_COLUMNS
    for ad in corpus["classifieds"].values():
        assert set(ad) == AD_KEYS
        datetime.fromisoformat(ad["date"].replace("Z", "+00:00"))
        assert isinstance(ad["images"], list)
        assert re.fullmatch(r"https://[a-z0-9.-]+\.example/.+", ad["url"])
    for ad in corpus["jobs"].values():
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", ad["posted"])
        datetime.strptime(ad["posted"], "%d/%m/%Y %H:%M")
        assert re.fullmatch(r"https://[a-z0-9.-]+\.example/.+", ad["url"])
    multiline = sum("\n" in ad["description"] for ad in corpus["jobs"].values())
    assert multiline > len(corpus["jobs"]) / 4  # multi-line cells survived the CSV round trip
    for t in corpus["truth"]:
        assert set(t) >= TRUTH_KEYS
        assert (
            t["kind"]
            == {
                "independent": "sex_ad",
                "controlled": "sex_ad",
                "legit_job": "job_ad",
                "deceptive_job": "job_ad",
                "spam": "spam",
            }[t["label"]]
        )
        assert (t["network"] is not None) == (t["label"] in ("controlled", "deceptive_job"))
        assert t["network"] is None or re.fullmatch(r"net-\d{4}", t["network"])
        assert t["country"] in COUNTRIES
        ad = corpus["jobs" if t["file"] == "jobs.csv" else "classifieds"][t["ref"]]
        assert ad["language"] == t["language"]
        assert ad.get("city", ad.get("location")) == t["city"]


def test_languages_countries_and_spam(corpus: dict[str, Any]) -> None:
    truth = corpus["truth"]
    assert {t["language"] for t in truth} == LANGUAGES
    assert {t["country"] for t in truth} == COUNTRIES
    for label in ("independent", "legit_job"):
        assert {t["language"] for t in truth if t["label"] == label} == LANGUAGES, label
    for label in ("controlled", "deceptive_job"):  # fewer, larger actors: most languages
        assert len({t["language"] for t in truth if t["label"] == label}) >= 5, label
    spam_files = {t["file"] for t in truth if t["label"] == "spam"}
    assert spam_files == {"classifieds.jsonl", "jobs.csv"}


# --------------------------------------------------------------------------- exact truth


def test_every_raw_occurs_verbatim(corpus: dict[str, Any]) -> None:
    for t in corpus["truth"]:
        text = ad_text(corpus, t)
        for item in t["entities"] + t["decoys"]:
            assert item["raw"] and item["raw"] in text, (t["ref"], item)
        for name in t["persons"]:
            assert name in text


def test_no_number_is_left_out_of_the_truth(corpus: dict[str, Any]) -> None:
    """Every run of 3+ digits (ASCII or full-width) belongs to an entity or decoy raw."""
    digits = re.compile(r"[0-9０-９]{3,}")
    for t in corpus["truth"]:
        rest = ad_text(corpus, t)
        for item in sorted(t["entities"] + t["decoys"], key=lambda i: -len(i["raw"])):
            rest = rest.replace(item["raw"], " ")
        rest = rest.replace("100%", " ")  # "100% real photos": a claim, not a number to find
        assert not digits.search(rest), (t["ref"], rest)


def test_decoys_of_every_type_and_entity_kinds(corpus: dict[str, Any]) -> None:
    truth = corpus["truth"]
    assert {d["type"] for t in truth for d in t["decoys"]} == DECOY_TYPES
    entities = [e for t in truth for e in t["entities"]]
    assert {e["type"] for e in entities} == {"phone", "email", "handle", "url"}
    handles = {e["value"].split(":")[0] for e in entities if e["type"] == "handle"}
    assert handles == {"telegram", "whatsapp", "viber"}
    obfuscated = [e["raw"] for e in entities if e["obfuscated"]]
    assert len(obfuscated) > 200
    assert any("\u20e3" in raw for raw in obfuscated)  # keycap digits
    assert any(re.search("[０-９]", raw) for raw in obfuscated)  # full-width digits
    assert any("\n" in raw for raw in obfuscated)  # split across a line break
    assert any(not re.search(r"\d", raw) for raw in obfuscated)  # spelled out
    assert any(re.search(r"[Oo]\d|\d[Oo]", raw) for raw in obfuscated)  # letter O for zero


def test_phones_are_valid_fictitious_and_normalised(corpus: dict[str, Any]) -> None:
    prefixes = [
        (f"+{b.cc}{b.prefix}", len(b.cc) + len(b.prefix) + b.free + 1) for _, _, b in all_blocks()
    ]
    plain_checked = 0
    for t in corpus["truth"]:
        for e in t["entities"]:
            if e["type"] == "handle" and e["value"].startswith(("whatsapp:", "viber:")):
                number = e["value"].split(":", 1)[1]
                assert any(number.startswith(p) and len(number) == n for p, n in prefixes), e
            if e["type"] != "phone":
                continue
            value = e["value"]
            number = phonenumbers.parse(value)
            assert phonenumbers.is_valid_number(number), value
            assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == value
            assert any(value.startswith(p) and len(value) == n for p, n in prefixes), value
            if not e["obfuscated"]:  # plain writings parse back to the value
                raw = e["raw"]
                if raw == value[1:]:  # the digits inside a wa.me link
                    raw = "+" + raw
                parsed = phonenumbers.parse(raw, phonenumbers.region_code_for_number(number))
                assert (
                    phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == value
                ), raw
                plain_checked += 1
    assert plain_checked > 1000


def test_every_block_validates() -> None:
    for country, use, block in all_blocks():
        for n in {0, block.size // 2, block.size - 1}:
            tail = str(n).zfill(block.free) if block.free else ""
            number = phonenumbers.parse(f"+{block.cc}{block.prefix}{tail}")
            assert phonenumbers.is_valid_number(number), (country, use, block)
            assert phonenumbers.region_code_for_number(number) == country


def test_allocator_never_repeats_a_number() -> None:
    allocator = PhoneAllocator(seed=5)
    for key, blocks in POOLS.items():
        size = min(sum(b.size for b in blocks), 3000)
        numbers = [allocator.allocate(*key).e164 for _ in range(size)]
        assert len(set(numbers)) == size, key


def test_contacts_and_domains_are_fictitious(corpus: dict[str, Any]) -> None:
    for t in corpus["truth"]:
        for e in t["entities"]:
            if e["type"] == "email":
                assert e["value"] == e["value"].lower() and e["value"].endswith(".example")
            if e["type"] == "url":  # a site under .example, or a messenger link to one
                assert re.fullmatch(
                    r"https://(?:[a-z0-9.-]+\.example(/\S*)?|wa\.me/\d+|t\.me/\w+)", e["value"]
                ), e
    free = {
        e["value"].split("@")[1]
        for t in corpus["truth"]
        if t["label"] == "deceptive_job"
        for e in t["entities"]
        if e["type"] == "email"
    }
    assert free and free <= set(FREEMAIL_DOMAINS)


def test_contacts_never_leak_between_advertisers(corpus: dict[str, Any]) -> None:
    """The same number/handle/address in two ads means the same advertiser: links are exact."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t in corpus["truth"]:
        for e in t["entities"]:
            if e["type"] in ("phone", "handle", "email"):
                owners[(e["type"], e["value"])].add(t["poster"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_messenger_links_and_cued_numbers_follow_the_extraction_contract(
    corpus: dict[str, Any],
) -> None:
    """A messenger link is a url and a handle; a number right after a messenger cue is a
    phone and a handle; url values are normalised as the extractor normalises them."""
    cued: Counter[str] = Counter()
    for t in corpus["truth"]:
        by_raw: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for e in t["entities"]:
            by_raw[e["raw"]].add((e["type"], e["value"]))
            if e["type"] == "url":
                assert normalise_url(e["raw"]) == e["value"], e
        for e in t["entities"]:
            if e["type"] != "handle":
                continue
            platform, _, name = e["value"].partition(":")
            if "wa.me/" in e["raw"] or "t.me/" in e["raw"]:
                assert ("url", normalise_url(e["raw"])) in by_raw[e["raw"]], (t["ref"], e)
            elif name.startswith("+"):  # "WhatsApp {number}", "WhatsApp/Viber: {number}"
                assert ("phone", name) in by_raw[e["raw"]], (t["ref"], e)
                cued[platform] += 1
        for e in t["entities"]:  # and every such writing of a link is labelled both ways
            if e["type"] == "url" and ("wa.me/" in e["raw"] or "t.me/" in e["raw"]):
                assert {kind for kind, _ in by_raw[e["raw"]]} >= {"url", "handle"}
    assert cued["whatsapp"] > 100 and cued["viber"] > 20, cued


def test_every_cue_before_a_number_names_its_messenger() -> None:
    """In every template a phone slot that follows a messenger cue is a messenger slot."""
    from thbwatch.demo.text_jobs import DECEPTIVE_TEXT, LEGIT_TEXT
    from thbwatch.demo.text_sex import SEX_TEXT
    from thbwatch.demo.text_spam import SPAM_TEXT

    def phrases(node: Any) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from phrases(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                yield from phrases(value)

    cue_then_phone = re.compile(
        r"(?i)(?:whats\s?app|viber|telegram|signal|\bapp\b)\W*(?:\w+\W+){0,2}\{(\w+)\}"
    )
    checked = 0
    for table in (SEX_TEXT, DECEPTIVE_TEXT, LEGIT_TEXT, SPAM_TEXT):
        for phrase in phrases(table):
            for slot in cue_then_phone.findall(phrase):
                assert slot not in ("phone", "phone2"), phrase
                checked += 1
    assert checked > 40


# --------------------------------------------------------------------------- planted structure


def _networks(corpus: dict[str, Any], label: str) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in corpus["truth"]:
        if t["label"] == label:
            groups[t["network"]].append(t)
    return groups


def test_controlled_networks_share_contacts_across_members(corpus: dict[str, Any]) -> None:
    networks = {k: v for k, v in _networks(corpus, "controlled").items() if len(v) >= 20}
    assert len(networks) >= 5
    for net, ads in networks.items():
        contacts = [
            {e["value"] for e in t["entities"] if e["type"] in ("phone", "handle")} for t in ads
        ]
        values = set().union(*contacts)
        # One or two numbers (plus maybe a Telegram handle and a wa.me link) for everyone.
        assert 1 <= len({v for v in values if v.startswith("+")}) <= 2, net
        assert len(values) <= 5, net
        assert sum(bool(c) for c in contacts) >= 0.7 * len(ads), net  # a few: site messaging only
        top = Counter(v for c in contacts for v in c).most_common(1)[0][0]
        persons = {p for t, c in zip(ads, contacts, strict=True) if top in c for p in t["persons"]}
        assert len(persons) >= 2, net  # several persons advertised with the same number


def test_controlled_networks_move_through_cities_over_time(corpus: dict[str, Any]) -> None:
    networks = {k: v for k, v in _networks(corpus, "controlled").items() if len(v) >= 20}
    moved = 0
    for net, ads in networks.items():
        dated = sorted((corpus["classifieds"][t["ref"]]["date"], t["city"]) for t in ads)
        runs = [city for city, _ in itertools.groupby(city for _, city in dated)]
        assert len(runs) == len(set(runs)), (net, runs)  # city A, then B, then C: no back and forth
        days = (
            datetime.fromisoformat(dated[-1][0][:19]) - datetime.fromisoformat(dated[0][0][:19])
        ).days
        if len(runs) >= 2 and days >= 14:
            moved += 1
    assert moved >= 0.8 * len(networks)
    cross_border = sum(len({t["country"] for t in ads}) > 1 for ads in networks.values())
    assert cross_border >= 1


def test_deceptive_networks_repost_with_one_contact(corpus: dict[str, Any]) -> None:
    networks = {k: v for k, v in _networks(corpus, "deceptive_job").items() if len(v) >= 6}
    assert len(networks) >= 5
    for net, ads in networks.items():
        values = Counter(e["value"] for t in ads for e in t["entities"])
        assert values.most_common(1)[0][1] >= 0.3 * len(ads), net
    reposted = sum(len({t["city"] for t in ads}) > 1 for ads in networks.values())
    assert reposted >= 0.6 * len(networks)


def test_signal_is_partial_and_points_the_right_way(corpus: dict[str, Any]) -> None:
    def rate(label: str, cue: str) -> float:
        ads = [t for t in corpus["truth"] if t["label"] == label]
        return sum(cue in t["cues"] for t in ads) / len(ads)

    for cue in (
        "trust_language",
        "obscured_phone",
        "stated_nationality",
        "plural_persons",
        "available_24_7",
        "limited_language",
    ):
        assert 0 < rate("independent", cue) < rate("controlled", cue) < 1, cue
    assert rate("independent", "movement") > rate("controlled", "movement") > 0
    controlled = [t for t in corpus["truth"] if t["label"] == "controlled"]
    assert any(not set(t["cues"]) - {"movement"} for t in controlled)  # some network ads are plain
    deceptive = [t for t in corpus["truth"] if t["label"] == "deceptive_job"]
    assert all("abroad" in t["cues"] and len(t["cues"]) >= 2 for t in deceptive)
    assert 0.2 < rate("deceptive_job", "fee_to_worker") < 0.9
    assert (
        0 < rate("legit_job", "housing_by_employer") < rate("deceptive_job", "housing_by_employer")
    )
    assert 0 < rate("legit_job", "no_experience") < rate("deceptive_job", "no_experience")


def test_networks_share_images_and_ids_are_stable(corpus: dict[str, Any]) -> None:
    shared = 0
    for ads in _networks(corpus, "controlled").values():
        images = Counter(i for t in ads for i in corpus["classifieds"][t["ref"]]["images"])
        shared += any(n > 1 for n in images.values())
    assert shared > 0
    ids = [t["network"] for t in corpus["truth"] if t["network"]]
    assert len(set(ids)) == len(
        {(t["network"], t["label"]) for t in corpus["truth"] if t["network"]}
    )
