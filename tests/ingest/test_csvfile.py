"""read_csv: dialects, encodings, line numbers, malformed rows, big cells, streaming."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thbwatch.errors import UnreadableInput
from thbwatch.ingest import encoding
from thbwatch.ingest.csvfile import read_csv
from thbwatch.model import Reject, Row

SHA = "0" * 64


def write(tmp_path: Path, data: bytes | str, name: str = "ads.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def read(path: Path) -> tuple[list[Row], list[Reject]]:
    outcomes = list(read_csv(path, SHA))
    rows = [outcome for outcome in outcomes if isinstance(outcome, Row)]
    rejects = [outcome for outcome in outcomes if isinstance(outcome, Reject)]
    return rows, rejects


def cells(rows: list[Row]) -> list[list[str]]:
    return [list(row.fields.values()) for row in rows]


def test_row_holds_fields_json_payload_and_origin(tmp_path: Path) -> None:
    path = write(tmp_path, "id,title\n7,Nice job\n")
    (row,), rejects = read(path)
    assert rejects == []
    assert row.fields == {"id": "7", "title": "Nice job"}
    assert row.raw == orjson.dumps(row.fields) == b'{"id":"7","title":"Nice job"}'
    assert row.raw_format == "json"
    assert (row.origin.path, row.origin.sha256, row.origin.line) == (str(path), SHA, 2)


def test_multiline_quoted_cells_keep_the_line_where_each_row_starts(tmp_path: Path) -> None:
    path = write(tmp_path, 'id,text\n1,"first\nsecond\r\nthird"\n2,one line\n3,"a\n\nb"\n4,x\n')
    rows, rejects = read(path)
    assert rejects == []
    assert [row.origin.line for row in rows] == [2, 5, 6, 9]
    assert rows[0].fields["text"] == "first\nsecond\r\nthird"
    assert rows[2].fields["text"] == "a\n\nb"


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    rows, rejects = read(write(tmp_path, "id,text\n\n1,a\n\n\n2,b\n"))
    assert rejects == []
    assert [(row.origin.line, row.fields["id"]) for row in rows] == [(3, "1"), (6, "2")]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("semicolon.csv", 'id;text;price\n1;"Hello; world";3,50\n2;Bye;4\n'),
        ("tab.csv", 'id\ttext\tprice\n1\t"Hello\tworld"\t3,50\n2\tBye\t4\n'),
        ("pipe.csv", 'id|text|price\n1|"Hello| world"|3,50\n2|Bye|4\n'),
    ],
)
def test_sniffs_the_delimiter(tmp_path: Path, name: str, data: str) -> None:
    rows, rejects = read(write(tmp_path, data, name))
    assert rejects == []
    assert list(rows[0].fields) == ["id", "text", "price"]
    assert rows[0].fields["price"] == "3,50"
    assert rows[1].fields == {"id": "2", "text": "Bye", "price": "4"}


def test_tsv_suffix_means_tab(tmp_path: Path) -> None:
    rows, _ = read(write(tmp_path, "a\tb\n1,5\t2;3\n", "ads.tsv"))
    assert rows[0].fields == {"a": "1,5", "b": "2;3"}


def test_cells_full_of_semicolons_do_not_fool_the_sniffer(tmp_path: Path) -> None:
    rows, rejects = read(write(tmp_path, "a,b\n;;;;,x\n;;;;,y\n"))
    assert rejects == []
    assert cells(rows) == [[";;;;", "x"], [";;;;", "y"]]


def test_doubled_quotes_unquote_even_when_the_sample_has_none(tmp_path: Path) -> None:
    data = "id,text\n" + "".join(f"{i},plain\n" for i in range(3000)) + '3000,"say ""hi"""\n'
    rows, rejects = read(write(tmp_path, data))
    assert rejects == []
    assert rows[-1].fields["text"] == 'say "hi"'


def test_empty_and_duplicate_header_names_are_made_unique(tmp_path: Path) -> None:
    (row,), _ = read(write(tmp_path, ",name,name, ,name\n1,2,3,4,5\n"))
    assert list(row.fields) == ["column_1", "name", "name_2", "column_4", "name_3"]


def test_utf8_bom_is_not_part_of_the_first_column_name(tmp_path: Path) -> None:
    (row,), _ = read(write(tmp_path, b"\xef\xbb\xbfid,text\n1,x\n"))
    assert list(row.fields) == ["id", "text"]


@pytest.mark.parametrize("codec", ["cp1252", "utf-16"])
def test_legacy_and_utf16_files_are_decoded(tmp_path: Path, codec: str) -> None:
    text = "id,text\n1,Café crème à 5 €\n2,Déjà vu\n"
    rows, rejects = read(write(tmp_path, text.encode(codec)))
    assert rejects == []
    assert [row.fields["text"] for row in rows] == ["Café crème à 5 €", "Déjà vu"]


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    rows, _ = read(write(tmp_path, "id,name\n1,Señor Müller\n2,Straße\n".encode("latin-1")))
    assert [row.fields["name"] for row in rows] == ["Señor Müller", "Straße"]


def test_one_invalid_byte_rejects_only_its_row(tmp_path: Path) -> None:
    data = "id,text\n1,café\n2,naïve\n".encode() + b"3,caf\xe9 bar\n" + "4,Ça va\n".encode()
    rows, rejects = read(write(tmp_path, data))
    assert [row.fields["text"] for row in rows] == ["café", "naïve", "Ça va"]
    (reject,) = rejects
    assert reject.origin.line == 4
    assert reject.reason == "invalid bytes for utf-8 in column text"
    assert reject.text == "3,caf\\xe9 bar\n"


def test_cell_of_five_megabytes(tmp_path: Path) -> None:
    big = "word " * 1_000_000
    rows, rejects = read(write(tmp_path, f'id,text\n1,"{big}"\n2,small\n'))
    assert rejects == []
    assert rows[0].fields["text"] == big
    assert rows[1].fields["text"] == "small"


def test_stray_quote_costs_one_line_and_the_following_rows_are_read(tmp_path: Path) -> None:
    data = 'id,text,city\n1,"broken,Gent\n2,fine,Liège\n3,"quoted, ok",Namur\n4,last,Mons\n'
    rows, rejects = read(write(tmp_path, data))
    (reject,) = rejects
    assert reject.origin.line == 2
    assert reject.text == '1,"broken,Gent\n'
    assert reject.reason.startswith("malformed CSV")
    assert [(row.origin.line, row.fields["id"]) for row in rows] == [(3, "2"), (4, "3"), (5, "4")]
    assert rows[1].fields["text"] == "quoted, ok"


def test_wrong_number_of_fields_is_rejected_with_the_counts(tmp_path: Path) -> None:
    rows, rejects = read(write(tmp_path, "a,b,c\n1,2\n1,2,3\n1,2,3,4\n"))
    assert [row.origin.line for row in rows] == [3]
    assert [(r.origin.line, r.reason) for r in rejects] == [
        (2, "expected 3 fields, got 2"),
        (4, "expected 3 fields, got 4"),
    ]


def test_truncated_last_line_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    rows, rejects = read(write(tmp_path, 'id,text\n1,ok\n2,"cut in the mid'))
    assert [row.fields["id"] for row in rows] == ["1"]
    (reject,) = rejects
    assert (reject.origin.line, reject.reason) == (3, "unterminated quoted field at end of file")
    assert reject.text == '2,"cut in the mid'


def test_unterminated_quote_spanning_lines_rejects_its_first_line_only(tmp_path: Path) -> None:
    rows, rejects = read(write(tmp_path, 'id,text\n1,"never closed\n2,b\n3,c\n'))
    assert [(r.origin.line, r.reason) for r in rejects] == [
        (2, "unterminated quoted field at end of file")
    ]
    assert [row.fields["id"] for row in rows] == ["2", "3"]


def test_header_only_and_empty_files_give_nothing(tmp_path: Path) -> None:
    assert read(write(tmp_path, "id,text\n")) == ([], [])
    assert read(write(tmp_path, "", "empty.csv")) == ([], [])


def test_unreadable_header_stops_the_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="CSV header"):
        read(write(tmp_path, '"id,text\n1,a\n'))


def test_memory_stays_flat_in_file_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Smaller encoding samples, so that the peak measures the reading itself.
    monkeypatch.setattr(encoding, "CHUNK_SIZE", 64 * 1024)
    path = tmp_path / "big.csv"
    with path.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "text"])
        writer.writerows([i, f"ad text number {i} " * 5] for i in range(60_000))
    assert path.stat().st_size > 5_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_csv(path, SHA))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000
    assert peak < 2_000_000


def test_emscad_sample_reads_without_rejects(emscad_csv: Path) -> None:
    rows, rejects = read(emscad_csv)
    assert rejects == []
    assert len(rows) == 1358
    assert len(rows[0].fields) == 17
    assert rows[0].fields["id"] == "L0001"


# Any cell text but NUL: a file with many NUL bytes is taken for binary.
cell_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.integers(min_value=2, max_value=5).flatmap(
        lambda width: st.lists(st.lists(cell_text, min_size=width, max_size=width), max_size=20)
    )
)
def test_round_trip_of_csv_writer_output(tmp_path: Path, table: list[list[str]]) -> None:
    width = len(table[0]) if table else 2
    header = [f"c{i}" for i in range(width)]
    text, start_lines = io.StringIO(newline=""), []
    writer = csv.writer(text)
    writer.writerow(header)
    for cells_of_row in table:
        start_lines.append(physical_lines(text.getvalue()) + 1)
        writer.writerow(cells_of_row)
    path = write(tmp_path, text.getvalue().encode())

    rows, rejects = read(path)

    assert rejects == []
    assert cells(rows) == table
    assert [row.origin.line for row in rows] == start_lines


def physical_lines(text: str) -> int:
    """Lines as a text file in newline="" mode splits them: at \\n, \\r\\n and \\r."""
    return len(io.StringIO(text, newline="").readlines())
