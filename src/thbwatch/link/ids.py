"""Cluster ids that stay stable from run to run. Pure.

A group takes the id of the earlier cluster it shares most records with, if no group with
more shared records took that id first; other groups get new ids above every id used. So
new records join an existing cluster under its id, two merged clusters go on under the id
of the larger share, and a cluster that did not change keeps its id.
"""

from __future__ import annotations

import numpy as np


def stable_ids(
    records: np.ndarray,
    groups: np.ndarray,
    previous_records: np.ndarray,
    previous_clusters: np.ndarray,
    next_id: int,
) -> np.ndarray:
    """The cluster id of each group (indexed by group number).

    `records`/`groups`: this run's grouping; `previous_records`/`previous_clusters`:
    the stored membership; `next_id`: the first id never used.
    """
    n_groups = int(groups.max(initial=-1)) + 1
    ids = np.full(n_groups, -1, dtype=np.int64)
    order = np.argsort(previous_records)
    previous_records, previous_clusters = previous_records[order], previous_clusters[order]
    where = np.searchsorted(previous_records, records)
    where = np.minimum(where, max(len(previous_records) - 1, 0))
    known = (
        previous_records[where] == records
        if len(previous_records)
        else np.zeros(len(records), bool)
    )
    pairs, counts = np.unique(
        np.stack([groups[known], previous_clusters[where[known]]], axis=1),
        axis=0,
        return_counts=True,
    )
    taken: set[int] = set()
    # Most shared records first; ties go to the older cluster, then the earlier group.
    for group, cluster in pairs[np.lexsort((pairs[:, 0], pairs[:, 1], -counts))].tolist():
        if ids[group] == -1 and cluster not in taken:
            ids[group] = cluster
            taken.add(cluster)
    fresh = np.flatnonzero(ids == -1)
    ids[fresh] = next_id + np.arange(len(fresh))
    return ids
