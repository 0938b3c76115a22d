"""Cluster exports: JSON (DESIGN.md), a CSV edge list (i2 Analyst's Notebook imports it)
and GraphML (Gephi opens it, written by igraph). Pure: data in, bytes to a handle out."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from typing import IO, Any

import igraph
import orjson

EDGE_COLUMNS = (
    "cluster_id", "cluster_score", "source_record", "source_ref", "target_record",
    "target_ref", "link_kind", "evidence", "weight",
)  # fmt: skip


def clusters_json(
    clusters: list[dict[str, Any]], refs: dict[int, list[str]], out: IO[bytes]
) -> None:
    """`[{"id", "score", "size", "records": [ref, ...], "reasons", "description"}]`."""
    out.write(
        orjson.dumps(
            [
                {
                    "id": c["id"],
                    "score": round(c["score"], 4),
                    "size": c["size"],
                    "records": refs.get(c["id"], []),
                    "reasons": c["reasons"],
                    "description": c["description"],
                }
                for c in clusters
            ],
            option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS,
            default=str,
        )
    )


def edges_csv(
    edges: Iterable[tuple[int, int, int, str, str, float]],
    scores: dict[int, float],
    refs: dict[int, str],
    out: IO[bytes],
) -> int:
    """One row per link inside a cluster; returns the rows written."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(EDGE_COLUMNS)
    count = 0
    for cluster_id, a, b, kind, evidence, weight in edges:
        writer.writerow(
            [cluster_id, f"{scores.get(cluster_id, 0):.4f}", a, refs.get(a, ""), b, refs.get(b, ""),
             kind, evidence, f"{weight:.3f}"]
        )  # fmt: skip
        count += 1
    text.flush()
    text.detach()
    return count


def graphml(
    edges: Iterable[tuple[int, int, int, str, str, float]],
    nodes: dict[int, dict[str, Any]],
    out: IO[bytes],
) -> None:
    """Records as nodes (cluster, score, kind, ref...), links as edges (kind, evidence,
    weight), written by igraph."""
    edge_list = list(edges)
    ids = sorted(nodes)
    index = {record_id: position for position, record_id in enumerate(ids)}
    graph = igraph.Graph(
        n=len(ids),
        edges=[(index[a], index[b]) for _, a, b, *_ in edge_list if a in index and b in index],
    )
    graph.vs["name"] = [str(record_id) for record_id in ids]
    for key in ("ref", "source", "kind", "cluster", "cluster_score", "score"):
        graph.vs[key] = [nodes[record_id][key] for record_id in ids]
    kept = [edge for edge in edge_list if edge[1] in index and edge[2] in index]
    graph.es["kind"] = [edge[3] for edge in kept]
    graph.es["evidence"] = [edge[4] for edge in kept]
    graph.es["weight"] = [float(edge[5]) for edge in kept]
    # igraph writes GraphML to a path: write to a temporary file, then copy it out.
    handle, path = tempfile.mkstemp(suffix=".graphml")
    os.close(handle)
    try:
        graph.write_graphml(path)
        with open(path, "rb") as written:
            out.write(written.read())
    finally:
        os.unlink(path)
