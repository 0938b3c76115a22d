"""Clusters: components, the Leiden split of a glued component, and stable ids."""

from __future__ import annotations

import itertools

import numpy as np

from thbwatch.link.config import LinkConfig
from thbwatch.link.evidence import LinkArrays
from thbwatch.link.graph import group_records
from thbwatch.link.ids import stable_ids


def links(pairs: list[tuple[int, int]], weight: float = 1.0) -> LinkArrays:
    a = np.asarray([p[0] for p in pairs], dtype=np.int64)
    b = np.asarray([p[1] for p in pairs], dtype=np.int64)
    return LinkArrays(
        a, b, np.zeros(len(a), np.int8), np.asarray(["x"] * len(a), object),
        np.full(len(a), weight, np.float32),
    )  # fmt: skip


def groups_of(grouping) -> list[set[int]]:
    found: dict[int, set[int]] = {}
    for record, group in zip(grouping.records.tolist(), grouping.groups.tolist(), strict=True):
        found.setdefault(group, set()).add(record)
    return [found[g] for g in sorted(found)]


def test_components_are_clusters_numbered_by_their_first_record() -> None:
    grouping = group_records(links([(7, 8), (1, 2), (2, 3)]), LinkConfig())
    assert groups_of(grouping) == [{1, 2, 3}, {7, 8}]
    assert grouping.notes == {}


def test_a_component_glued_by_one_link_is_split_by_leiden_and_says_so() -> None:
    first = list(itertools.combinations(range(0, 12), 2))
    second = list(itertools.combinations(range(100, 112), 2))
    glued = LinkArrays.concat([links(first + second), links([(5, 105)], weight=0.05)])
    grouping = group_records(glued, LinkConfig(max_cluster_size=20))
    assert groups_of(grouping) == [set(range(12)), set(range(100, 112))]
    assert grouping.notes[0] == {"split": "leiden", "component_records": 24, "communities": 2}


def test_new_records_join_existing_clusters_under_their_ids() -> None:
    before_records = np.asarray([1, 2, 3, 7, 8])
    before_clusters = np.asarray([40, 40, 40, 41, 41])
    # Record 9 joins {7, 8}; {20, 21} is new.
    grouping = group_records(links([(1, 2), (2, 3), (7, 8), (8, 9), (20, 21)]), LinkConfig())
    ids = stable_ids(grouping.records, grouping.groups, before_records, before_clusters, 42)
    assert ids.tolist() == [40, 41, 42]


def test_merged_clusters_go_on_under_the_id_of_the_larger_share() -> None:
    before_records = np.asarray([1, 2, 3, 7, 8])
    before_clusters = np.asarray([40, 40, 40, 41, 41])
    grouping = group_records(links([(1, 2), (2, 3), (3, 7), (7, 8)]), LinkConfig())
    assert stable_ids(
        grouping.records, grouping.groups, before_records, before_clusters, 42
    ).tolist() == [40]
