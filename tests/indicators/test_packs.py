"""Indicator packs: the shipped ones hold together; a broken one says where and why."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from thbwatch.errors import UserError
from thbwatch.indicators.packs import LANGUAGES, load_pack, load_packs, shipped_pack_paths

GOOD = """\
pack: mine
domain: job_ad
description: A user's own indicators.
indicators:
  - id: cash_only
    category: exploitative_conditions
    description: Pay in cash only, no payslip.
    source: Practitioner guidance (weak evidence).
    weight: 0.3
    ilo: [withholding_of_wages]
    patterns:
      en: ['\\bcash only\\b', '\\bpaid in cash\\b']
      fr: ['\\bpay[ée] en esp[èe]ces\\b']
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_users_pack_loads_with_its_fields(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD))
    [indicator] = pack.indicators
    assert (pack.name, pack.domain, indicator.id, indicator.weight) == (
        "mine", "job_ad", "cash_only", 0.3,
    )  # fmt: skip
    assert indicator.patterns["fr"] == ("\\bpay[ée] en esp[èe]ces\\b",)
    assert indicator.ilo == ("withholding_of_wages",)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            ("'\\bcash only\\b'", "'(cash'"),
            "mine.yaml:12: indicator cash_only: patterns.en[0]: bad regex '(cash'",
        ),
        (
            ("weight: 0.3", "weight: heavy"),
            "mine.yaml:9: indicator cash_only: 'weight' must be a number",
        ),
        (
            ("    source: Practitioner guidance (weak evidence).\n", ""),
            "mine.yaml:5: indicator cash_only: field 'source' is missing",
        ),
        (("domain: job_ad", "domain: jobs"), "mine.yaml:2: domain 'jobs' is not one of"),
        (("[withholding_of_wages]", "[unpaid]"), "ilo 'unpaid' is not one of"),
        (("'\\bpaid in cash\\b'", "'x*'"), "patterns.en[1]: regex 'x*' matches empty text"),
        (("id: cash_only", "id: Cash Only"), "id 'Cash Only': use lower-case snake_case"),
        (("fr: [", "french: ["), "'french' is not a two-letter language code"),
        (("indicators:", "indicators: ["), "not valid YAML"),
    ],
)
def test_a_broken_pack_names_file_line_field_and_reason(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    broken = GOOD.replace(*change)
    assert broken != GOOD
    with pytest.raises(UserError) as error:
        load_pack(write(tmp_path, broken))
    assert message in str(error.value)


def test_an_id_already_shipped_is_refused(tmp_path: Path) -> None:
    shipped = load_packs()
    taken = shipped[0].indicators[0].id
    path = write(tmp_path, GOOD.replace("id: cash_only", f"id: {taken}"))
    with pytest.raises(UserError, match=f"indicator '{taken}' is already defined in"):
        load_packs([path])


def test_the_shipped_packs_are_complete_and_sourced() -> None:
    packs = load_packs()
    assert {pack.name for pack in packs} >= {"job_ads", "sex_ads", "general"}
    assert [Path(p).stem for p in map(str, shipped_pack_paths())] == [p.name for p in packs]
    for pack in packs:
        for indicator in pack.indicators:
            assert set(indicator.patterns) >= set(LANGUAGES), indicator.id
            assert len(indicator.source) > 20 and len(indicator.description) > 10, indicator.id
    weights = {i.id: i.weight for pack in packs for i in pack.indicators}
    # The evidence (DOMAIN.md): movement language is less likely in trafficking ads.
    assert weights["movement_new_in_town"] < 0
