"""Links from shared contacts, and the hub guard."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thbwatch.link.config import LinkConfig
from thbwatch.link.evidence import (
    Evidence,
    contact_key,
    evidence_links,
    unique_rows,
    unique_values,
)
from thbwatch.model import LINK_KINDS


def links_of(evidence: Evidence, total: int, config: LinkConfig) -> set[tuple[int, int, str, str]]:
    found, _ = evidence_links(evidence, total, config)
    return {
        (a, b, LINK_KINDS[k], e)
        for a, b, k, e in zip(
            found.a.tolist(), found.b.tolist(), found.kind.tolist(), found.evidence, strict=True
        )
    }


def test_records_sharing_a_phone_link_to_the_earliest_with_the_phone_as_reason() -> None:
    evidence = Evidence.from_pairs(
        [(5, "phone", "+33612345678"), (9, "phone", "+33612345678"), (2, "phone", "+33612345678"),
         (7, "email", "a@b.example"), (3, "phone", "+33699999999")]
    )  # fmt: skip
    assert links_of(evidence, 10, LinkConfig()) == {
        (2, 5, "phone", "+33612345678"),
        (2, 9, "phone", "+33612345678"),
    }


@pytest.mark.parametrize(
    ("entity", "key"),
    [
        (("handle", "whatsapp:+447700900123"), ("phone", "+447700900123")),
        (("url", "https://wa.me/447700900123"), ("phone", "+447700900123")),
        (("url", "https://t.me/Lux_Girls"), ("handle", "telegram:lux_girls")),
        (("handle", "telegram:lux_girls"), ("handle", "telegram:lux_girls")),
        (("url", "https://site.example/ad/1"), ("url", "https://site.example/ad/1")),
        (("age", "23"), None),
    ],
)
def test_one_channel_written_several_ways_is_one_contact(
    entity: tuple[str, str], key: tuple[str, str] | None
) -> None:
    assert contact_key(*entity) == key


def test_the_hub_guard_stops_a_number_shared_by_a_large_share_of_records() -> None:
    site_number = [(record, "phone", "+441134960000") for record in range(1, 301)]
    network = [(10, "phone", "+40722000001"), (20, "phone", "+40722000001")]
    evidence = Evidence.from_pairs(site_number + network)
    config = LinkConfig(hub_min_records=50, hub_share=0.1)
    found, hubs = evidence_links(evidence, 300, config)
    assert [(h.kind, h.value, h.records) for h in hubs] == [("phone", "+441134960000", 300)]
    assert set(zip(found.a.tolist(), found.b.tolist(), strict=True)) == {(10, 20)}


def test_downweighting_keeps_hub_links_but_weak() -> None:
    evidence = Evidence.from_pairs([(r, "phone", "+441134960000") for r in range(1, 101)])
    config = LinkConfig(hub_min_records=50, hub_policy="downweight", hub_weight=0.05)
    found, hubs = evidence_links(evidence, 100, config)
    assert len(hubs) == 1 and len(found) == 99
    assert np.allclose(found.weight, 0.05)


def test_a_picture_beside_many_different_contacts_is_a_stock_picture() -> None:
    stock = [(r, "image", "ref:stock.jpg") for r in range(1, 9)]
    own = [(1, "image", "ref:mine.jpg"), (2, "image", "ref:mine.jpg")]
    contacts = Evidence.from_pairs([(r, "phone", f"+4477009001{r:02d}") for r in range(1, 9)])
    found, hubs = evidence_links(
        Evidence.from_pairs(stock + own), 1000, LinkConfig(hub_max_contacts=6), contacts
    )
    assert [h.value for h in hubs] == ["ref:stock.jpg"]
    assert set(found.evidence) == {"ref:mine.jpg"}


def test_a_bad_hub_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="hub_policy"):
        LinkConfig(hub_policy="ignore")


@given(
    st.integers(1, 3).flatmap(
        lambda width: st.lists(
            st.tuples(*[st.integers(0, 2**20)] * width) | st.tuples(*[st.integers(0, 3)] * width),
            max_size=60,
        ).map(lambda rows: (width, rows))
    )
)
def test_unique_rows_are_numpys_distinct_rows_in_order(case: tuple[int, list[tuple]]) -> None:
    width, rows = case
    columns = [np.asarray([row[i] for row in rows], dtype=np.int64) for i in range(width)]
    expected = np.unique(np.asarray(rows, dtype=np.int64).reshape(-1, width), axis=0)
    assert unique_rows(*columns).tolist() == expected.tolist()
    assert unique_values(columns[0]).tolist() == np.unique(columns[0]).tolist()


def test_unique_rows_too_wide_for_one_number_still_come_out_distinct_and_sorted() -> None:
    first, second = np.asarray([2**40, 7, 2**40]), np.asarray([2**30, 1, 2**30])
    assert unique_rows(first, second).tolist() == [[7, 1], [2**40, 2**30]]
