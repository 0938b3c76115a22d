"""Clusters: connected components of the links; a component too large to be one network
is split with Leiden community detection (igraph, leidenalg), and says so. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import igraph
import leidenalg
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from thbwatch.link.config import LinkConfig
from thbwatch.link.evidence import LinkArrays, unique_values


@dataclass(frozen=True, slots=True)
class Grouping:
    """Each linked record (ascending ids) with its group; groups of one are dropped.

    `notes[group]` says how a group was made when it is not a whole component:
    {"split": "leiden", "component_records": N, "communities": M}.
    """

    records: np.ndarray  # int64, ascending
    groups: np.ndarray  # int64, 0..n_groups-1, numbered in order of each group's first record
    notes: dict[int, dict[str, Any]]


def group_records(links: LinkArrays, config: LinkConfig) -> Grouping:
    if not len(links):
        return Grouping(np.empty(0, np.int64), np.empty(0, np.int64), {})
    records = unique_values(np.concatenate([links.a, links.b]))
    left, right = np.searchsorted(records, links.a), np.searchsorted(records, links.b)
    graph = coo_matrix((np.ones(len(left), np.int8), (left, right)), shape=(len(records),) * 2)
    _, labels = connected_components(graph, directed=False)
    sizes = np.bincount(labels)
    notes: dict[int, dict[str, Any]] = {}
    next_label = len(sizes)
    for component in np.flatnonzero(sizes > config.max_cluster_size):
        inside = np.flatnonzero(labels == component)
        communities = _leiden(inside, left, right, links.weight, labels == component, config)
        found = int(communities.max()) + 1
        labels[inside] = next_label + communities
        for community in range(found):
            notes[next_label + community] = {
                "split": "leiden",
                "component_records": len(inside),
                "communities": found,
            }
        next_label += found
    return _renumber(records, labels, notes)


def _leiden(
    inside: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    weight: np.ndarray,
    member: np.ndarray,
    config: LinkConfig,
) -> np.ndarray:
    """Leiden communities (0..m-1) of the component's records `inside`."""
    edges = member[left]  # a link's two records are always in one component
    local = np.full(len(member), -1, dtype=np.int64)
    local[inside] = np.arange(len(inside))
    graph = igraph.Graph(
        n=len(inside), edges=np.stack([local[left[edges]], local[right[edges]]], axis=1).tolist()
    )
    partition = leidenalg.find_partition(
        graph,
        leidenalg.RBConfigurationVertexPartition,
        weights=weight[edges].astype(float).tolist(),
        resolution_parameter=config.leiden_resolution,
        seed=config.seed,
    )
    return np.asarray(partition.membership, dtype=np.int64)


def _renumber(records: np.ndarray, labels: np.ndarray, notes: dict[int, Any]) -> Grouping:
    """Drop groups of one; number the others by their first record, so that the same
    links give the same numbers."""
    sizes = np.bincount(labels)
    keep = sizes[labels] > 1
    records, labels = records[keep], labels[keep]
    unique, first = np.unique(labels, return_index=True)
    order = np.argsort(first, kind="stable")
    number = np.empty(int(labels.max(initial=0)) + 1, dtype=np.int64)
    number[unique[order]] = np.arange(len(unique))
    kept = set(unique.tolist())
    return Grouping(
        records=records,
        groups=number[labels],
        notes={int(number[label]): note for label, note in notes.items() if label in kept},
    )
