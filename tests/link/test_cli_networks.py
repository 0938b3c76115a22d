"""`thbwatch clusters`, `show cluster` and `export clusters` as users and scripts call them."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import orjson

from tests._cli import thbwatch
from tests.store.test_networks import NETWORK, OTHER


def test_clusters_show_and_export_in_every_format(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    ads = tmp_path / "ads.jsonl"
    ads.write_bytes(b"".join(orjson.dumps(item) + b"\n" for item in NETWORK + OTHER))
    assert thbwatch("ingest", str(ads), "--kind", "sex_ad", db=db).returncode == 0
    analysed = thbwatch("analyze", "--json", db=db)
    assert analysed.returncode == 0, analysed.stderr
    assert json.loads(analysed.stdout)["networks"]["clusters"] == 2

    listed = json.loads(thbwatch("clusters", "--json", db=db).stdout)
    assert [c["size"] for c in listed] == [4, 2]
    top = listed[0]["id"]
    assert "lead" in thbwatch("clusters", "--top", "1", db=db).stdout

    shown = json.loads(thbwatch("show", "cluster", str(top), "--json", db=db).stdout)
    assert [m["ref"] for m in shown["members"]] == ["1", "2", "3", "4"]
    text = thbwatch("show", "cluster", str(top), db=db).stdout
    assert "+441134960123" in text and "template" in text
    missing = thbwatch("show", "cluster", "999", db=db)
    assert missing.returncode == 2 and missing.stderr.strip() == "error: no cluster with id 999"

    exported = tmp_path / "clusters.json"
    assert thbwatch("export", "clusters", "--out", str(exported), db=db).returncode == 0
    clusters = json.loads(exported.read_text())
    assert clusters[0]["records"] == ["1", "2", "3", "4"] and clusters[0]["reasons"]

    edges = tmp_path / "edges.csv"
    assert (
        thbwatch("export", "clusters", "--format", "csv", "--out", str(edges), db=db).returncode
        == 0
    )
    rows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert {row["link_kind"] for row in rows} >= {"phone", "text"}
    assert all(row["source_ref"] and row["target_ref"] and row["evidence"] for row in rows)

    graph = tmp_path / "clusters.graphml"
    result = thbwatch("export", "clusters", "--format", "graphml", "--out", str(graph), db=db)
    assert result.returncode == 0
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ElementTree.parse(graph).getroot()
    assert len(root.findall(".//g:node", namespace)) == 6
    assert len(root.findall(".//g:edge", namespace)) == len(rows)

    bad = thbwatch("export", "clusters", "--format", "xlsx", db=db)
    assert bad.returncode == 2 and "json, csv, graphml" in bad.stderr

    records = thbwatch("export", "records", db=db).stdout.splitlines()
    assert {json.loads(line)["cluster"] for line in records} == {c["id"] for c in listed}
