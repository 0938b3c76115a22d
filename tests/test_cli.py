"""The command line as users and scripts call it: exit codes, summaries, JSON, rejects."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from tests._cli import thbwatch
from thbwatch.store import Store
from thbwatch.store.web import WebStore


def ingest_json(*args: str, db: str) -> list[dict]:
    result = thbwatch("ingest", *args, "--json", db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_real_emscad_sample_ingests_whole_and_only_once(
    emscad_csv: Path, store_url: str
) -> None:
    [first] = ingest_json(str(emscad_csv), "--kind", "job_ad", db=store_url)
    assert (first["rows_read"], first["added"], first["rejected"]) == (1358, 1358, 0)
    assert first["rejects_file"] is None

    again = thbwatch("ingest", str(emscad_csv), "--kind", "job_ad", db=store_url)
    assert again.returncode == 0
    assert "no new records; all 1,358 were already in the store" in again.stdout
    store = Store.open(store_url)
    assert store.count_records() == 1358
    assert store.count_records_by("source", "kind") == [("emscad_sample", "job_ad", 1358)]
    store.close()


def test_a_corrupted_csv_gives_rejects_with_line_numbers(tmp_path: Path) -> None:
    data = tmp_path / "ads.csv"
    data.write_bytes(
        b"id,title,body\n"
        b'1,H\xc3\xb4tesse,"Travail \xc3\xa0 Milan\nlogement gratuit"\n'  # 2-3: good, 2 lines
        b'2,"Bad "quote",Text\n'  # line 4: a quote closed too early
        b"3,Cook,Bad byte \xff here\n"  # line 5: invalid UTF-8 in a UTF-8 file
        b"4,Fahrer,F\xc3\xbchrerschein B; 2.000 \xe2\x82\xac\n"  # line 6: good
        b'5,Truncated,"no end'  # line 7: truncated last line
    )
    db = f"sqlite:///{tmp_path / 'store.db'}"
    [report] = ingest_json(str(data), db=db)
    assert report["added"] == 2, report
    assert report["rejected"] == 3
    rejects = [
        orjson.loads(line) for line in Path(report["rejects_file"]).read_bytes().splitlines()
    ]
    assert [reject["line"] for reject in rejects] == [4, 5, 7]
    assert all(reject["file"] == str(data) and reject["reason"] for reject in rejects)
    assert Path(report["rejects_file"]) == tmp_path / "ads.csv.rejects.jsonl"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.csv", None, "missing.csv: no such file or folder"),
        ("ads.bin", b"\x00\x01", "cannot tell the format"),
        ("ads.csv", bytes(range(256)) * 64, "not a text file"),
    ],
)
def test_an_unreadable_input_is_one_line_and_exit_2_and_writes_nothing(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": 1, "text": "hello"}\n')
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = thbwatch("ingest", str(good), str(bad), db=db)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert Store.open(db).count_records() == 0  # the good file was not half-ingested either


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "{data}", "--map", "colour=x"], "unknown field 'colour'"),
        (["ingest", "{data}", "--kind", "car"], "--kind 'car'"),
        (["ingest", "{data}", "--bogus"], "No such option: --bogus"),
        (["ingest"], "Missing argument"),
        (["show", "record", "99"], "no record with id 99"),
        (["show", "record", "x"], "Invalid value for 'ID'"),
        (["--db", "mysql://localhost/x", "sources"], "unsupported database 'mysql'"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text('{"id": 1, "text": "hello"}\n')
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = thbwatch(*[arg.format(data=data) for arg in args], db=db)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_show_and_sources_give_json(tmp_path: Path) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text('{"id": "a1", "title": "Nueva", "text": "Hola, soy Ana", "city": "Madrid"}\n')
    db = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_json(str(data), "--source", "site-a", "--kind", "sex_ad", db=db)
    shown = json.loads(thbwatch("show", "record", "1", "--json", db=db).stdout)
    assert shown["ref"] == "a1"
    assert shown["text"] == "Nueva\n\nHola, soy Ana"
    assert shown["location"] == "Madrid"
    assert shown["origin"]["line"] == 1
    sources = json.loads(thbwatch("sources", "--json", db=db).stdout)
    assert sources[0]["source"] == "site-a" and sources[0]["kinds"] == {"sex_ad": 1}
    actions = [entry["action"] for entry in Store.open(db).audit_entries()]
    assert actions == ["ingest", "view"]


def test_an_ingest_killed_midway_completes_when_run_again(tmp_path: Path) -> None:
    rows = 300_000
    data = tmp_path / "big.jsonl"
    with data.open("wb") as handle:
        for number in range(rows):
            handle.write(orjson.dumps({"id": number, "text": f"Ad number {number} " * 8}) + b"\n")
    db_path = tmp_path / "store.db"
    db = f"sqlite:///{db_path}"
    process = subprocess.Popen(
        [sys.executable, "-m", "thbwatch", "--db", db, "ingest", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _committed(db_path) < 20_000:
        time.sleep(0.05)
    readers = _children(process.pid)  # the ingest's reading process
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _committed(db_path)
    assert 0 < partial < rows, "the kill should land in the middle of the ingest"
    assert readers and _all_exit(readers), "the reading process must not outlive the ingest"

    [report] = ingest_json(str(data), db=db)
    assert report["added"] == rows - partial
    store = Store.open(db)
    assert store.count_records() == rows
    assert [run["status"] for run in store.ingest_runs()] == ["interrupted", "complete"]


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _all_exit(pids: list[int], seconds: float = 20) -> bool:
    """Whether the processes end within `seconds` (a zombie has ended: in a container
    nothing may reap it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        running = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except FileNotFoundError:
                continue
            if state != "Z":
                running.append(pid)
        if not running:
            return True
        time.sleep(0.1)
    return False


def _committed(db_path: Path) -> int:
    import sqlite3

    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(db_path, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM records").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def test_run_then_export_gives_entities_whose_spans_index_the_shown_text(tmp_path: Path) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text(
        json.dumps({"id": "a1", "title": "Mia", "text": "Call 0113 496 0123, WhatsApp"}) + "\n"
    )
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = thbwatch("run", str(data), "--kind", "sex_ad", db=db)
    assert result.returncode == 0, result.stderr
    assert "Analysed 1 record;" in result.stdout
    searched = WebStore(Store.open(db)).full_text("whatsapp", limit=5, offset=0)
    assert [row.ref for row in searched] == ["a1"]  # indexed while linking (pipeline.link)

    out = tmp_path / "records.jsonl"
    exported_ok = thbwatch("export", "records", "--format", "jsonl", "--out", str(out), db=db)
    assert exported_ok.returncode == 0
    [exported] = [json.loads(line) for line in out.read_text().splitlines()]
    assert set(exported) == {
        "id", "ref", "source", "kind", "language", "score", "cluster", "entities", "indicators",
    }  # fmt: skip
    shown = json.loads(thbwatch("show", "record", str(exported["id"]), "--json", db=db).stdout)
    phones = [entity for entity in exported["entities"] if entity["type"] == "phone"]
    assert [entity["value"] for entity in phones] == ["+441134960123"]
    assert shown["text"][phones[0]["start"] : phones[0]["end"]] == "0113 496 0123"
    assert "whatsapp:+441134960123" in {entity["value"] for entity in exported["entities"]}
    actions = [entry["action"] for entry in Store.open(db).audit_entries()]
    assert actions == ["ingest", "export", "view"]
    assert thbwatch("export", "records", "--format", "csv", db=db).returncode == 2


def test_indicators_lists_the_packs_and_refuses_a_broken_one(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    listed = json.loads(thbwatch("indicators", "--json", db=db).stdout)
    assert {"fee_to_worker", "movement_new_in_town"} <= {entry["id"] for entry in listed}
    assert all(entry["source"] and entry["description"] for entry in listed)

    broken = tmp_path / "mine.yaml"
    broken.write_text(
        "pack: mine\ndomain: any\ndescription: x\nindicators:\n"
        "  - {id: a, category: c, description: d, source: s, weight: 1, patterns: {en: ['(']}}\n"
    )
    result = thbwatch("indicators", "--pack", str(broken), db=db)
    assert result.returncode == 2
    assert f"{broken}:5: indicator a: patterns.en[0]: bad regex '('" in result.stderr


@pytest.mark.parametrize("group", [[], ["assess"], ["user"]])
def test_each_command_is_summed_up_on_one_line_of_the_help(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group: list[str]
) -> None:
    # The command list prints a summary's line breaks as they are: a docstring's first
    # paragraph wrapped over two lines showed as a sentence cut in two.
    monkeypatch.setenv("COLUMNS", "200")  # wide enough that nothing wraps for width
    result = thbwatch(*group, "--help", db=f"sqlite:///{tmp_path / 'store.db'}")
    assert result.returncode == 0, result.stderr
    panel = result.stdout.split("Commands", 1)[1].splitlines()[1:]
    rows = [line.strip("│ ") for line in panel if line.startswith("│")]
    assert len(rows) >= 2
    # A row whose name column is empty continues the summary above it.
    assert all(not line.startswith("│   ") for line in panel), rows
