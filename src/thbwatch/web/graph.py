"""The network graph of a cluster, from the links the linking stage stored: records, the
contacts (and pictures) they share, and near-duplicate text and picture links between
records, each edge with the reason of its link. Laid out on the server (networkx's spring
layout with a fixed seed: the same network always looks the same) and drawn as SVG by the
template. No JavaScript."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import networkx as nx

from thbwatch.store.web import RecordRow
from thbwatch.web.network import CONTACT_WORDS, link_reason

MAX_RECORDS = 40
MAX_CONTACTS = 60
SEED = 7


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    kind: str  # a record kind, or the kind of the shared evidence (phone, image ...)
    label: str
    title: str
    href: str | None
    x: float
    y: float
    is_record: bool


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # the link kind (phone ... text, image)
    reason: str


@dataclass(frozen=True, slots=True)
class Graph:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    records_shown: int
    records_total: int


def is_between_records(link: dict[str, Any]) -> bool:
    """Near-duplicate text and pictures link two records; any other link is a value both
    records hold (a contact, the same picture), drawn as a node of its own."""
    return link["kind"] == "text" or link["evidence"].startswith("image distance ")


def network_graph(
    members: list[RecordRow],
    links: list[dict[str, Any]],
    size: int,
    width: int = 760,
    height: int = 520,
) -> Graph:
    """Records (strongest leads first, at most MAX_RECORDS of the network's `size`), the
    shared values that link them (the most shared first, at most MAX_CONTACTS), and the
    near-duplicate links between them."""
    shown = members[:MAX_RECORDS]
    shown_ids = {record.id for record in shown}
    holders: dict[tuple[str, str], dict[int, float]] = defaultdict(dict)  # value -> record: weight
    reasons: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for link in links:
        a, b = link["a"], link["b"]
        if is_between_records(link):
            if a in shown_ids and b in shown_ids:
                why = link_reason(link["kind"], link["evidence"], link["weight"])
                reasons[(f"r{a}", f"r{b}")].append((link["kind"], f"records {a} and {b}: {why}"))
            continue
        for record_id in (a, b):
            if record_id in shown_ids:
                holders[(link["kind"], link["evidence"])][record_id] = link["weight"]
    kept = sorted(holders, key=lambda key: (-len(holders[key]), key))[:MAX_CONTACTS]
    for kind, value in kept:
        for record_id, weight in holders[(kind, value)].items():
            why = link_reason(kind, value, weight)
            reasons[(f"r{record_id}", f"c:{kind}:{value}")].append(
                (kind, f"record {record_id} links by {why}")
            )
    graph = nx.Graph()
    graph.add_nodes_from(f"r{record.id}" for record in shown)
    graph.add_edges_from(reasons)
    if not graph:
        return Graph(width, height, [], [], 0, size)
    positions = nx.spring_layout(graph, seed=SEED, iterations=80)
    margin = 30.0

    def place(key: str) -> tuple[float, float]:
        x, y = positions[key]
        return margin + (x + 1) / 2 * (width - 2 * margin), margin + (y + 1) / 2 * (
            height - 2 * margin
        )

    nodes = []
    for record in shown:
        x, y = place(f"r{record.id}")
        score = f"{record.score:.2f}" if record.score is not None else "no score"
        title = (
            f"record {record.id} · {record.kind} · {record.location or 'no place'} · lead {score}"
        )
        href = f"/records/{record.id}"
        nodes.append(Node(f"r{record.id}", record.kind, str(record.id), title, href, x, y, True))
    for kind, value in kept:
        x, y = place(f"c:{kind}:{value}")
        count = len(holders[(kind, value)])
        word = CONTACT_WORDS.get(kind, "picture" if kind == "image" else kind)
        title = f"{word} {value}: in {count} record{'s' if count > 1 else ''} shown"
        href = f"/search?q={quote(value)}" if kind in CONTACT_WORDS else None
        nodes.append(Node(f"c:{kind}:{value}", kind, value, title, href, x, y, False))
    edges = []
    for (a, b), found in reasons.items():
        (x1, y1), (x2, y2) = place(a), place(b)
        edges.append(Edge(x1, y1, x2, y2, found[0][0], "; ".join(why for _, why in found)))
    return Graph(width, height, nodes, edges, len(shown), size)
