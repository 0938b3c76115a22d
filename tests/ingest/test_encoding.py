"""detect_encoding: byte-order marks, tolerant UTF-8, legacy code pages, binary files."""

from __future__ import annotations

from pathlib import Path

import pytest

from thbwatch.errors import UnreadableInput
from thbwatch.ingest import encoding
from thbwatch.ingest.encoding import detect_encoding

FRENCH = "id,texte\n1,Café crème à 5 €\n2,Déjà vu, naïve\n"


def write(tmp_path: Path, data: bytes, name: str = "input.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_bom_gives_a_codec_that_drops_the_mark(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbfid,name\n")
    assert detect_encoding(path) == "utf-8-sig"
    assert path.read_text(encoding=detect_encoding(path)).startswith("id,")


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    path = write(tmp_path, FRENCH.encode(codec))
    assert detect_encoding(path) == codec
    assert path.read_text(encoding=codec) == FRENCH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(tmp_path: Path, codec: str) -> None:
    path = write(tmp_path, FRENCH.encode(codec))
    assert detect_encoding(path) == codec


def test_plain_utf8(tmp_path: Path) -> None:
    assert detect_encoding(write(tmp_path, FRENCH.encode())) == "utf-8"


def test_cp1252_with_euro_and_accents(tmp_path: Path) -> None:
    path = write(tmp_path, FRENCH.encode("cp1252"))
    assert detect_encoding(path) == "cp1252"
    assert "5 €" in path.read_text(encoding="cp1252")


def test_latin1_text_reads_as_cp1252_which_it_is_a_subset_of(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name\n1,Señor Müller\n2,Straße\n".encode("latin-1"))
    assert detect_encoding(path) == "cp1252"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Déjà vu à Liège, très belle fille, prix très bas, appelle-moi.", "cp1252"),
        ("La città è più bella, però non c'è lavoro.", "cp1252"),
        ("Informações sobre as condições de trabalho, não há problemas.", "cp1252"),
        ("Młoda dziewczyna, zadzwoń. Praca za granicą, wysokie zarobki.", "cp1250"),
        ("Fată tânără, muncă în străinătate, cazare asigurată, ţară, şcoală.", "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Práce v zahraničí.", "cp1250"),
        ("Fiatal lány, munka külföldön, magas fizetés, nő, fűtés.", "cp1250"),
        ("Работа в чужбина, висока заплата, осигурена квартира.", "cp1251"),
        ("id,name\n1,Привет мир\n2,Москва\n", "cp1251"),
        ("Εργασία στο εξωτερικό, υψηλός μισθός, διαμονή εξασφαλισμένη.", "cp1253"),
    ],
    ids=["fr", "it", "pt", "pl", "ro", "cs", "hu", "bg", "ru-short", "el"],
)
def test_short_legacy_texts_get_their_regional_code_page(
    tmp_path: Path, text: str, codec: str
) -> None:
    # charset-normalizer alone names cp1257 for the French line and cp1250 for the Russian.
    path = write(tmp_path, text.encode(codec))
    assert path.read_bytes().decode(detect_encoding(path)) == text


def test_mostly_utf8_file_with_one_corrupt_byte_stays_utf8(tmp_path: Path) -> None:
    data = FRENCH.encode() + b"3,caf\xe9\n" + "4,Ça va\n".encode()
    assert detect_encoding(write(tmp_path, data)) == "utf-8"


def test_many_latin1_bytes_and_no_utf8_make_it_cp1252(tmp_path: Path) -> None:
    data = b"id,name\n" + b"".join(b"%d,caf\xe9 cr\xe8me\n" % i for i in range(40))
    assert detect_encoding(write(tmp_path, data)) == "cp1252"


def test_only_head_middle_and_tail_are_sampled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoding, "CHUNK_SIZE", 1024)
    ascii_block = b"1,plain ascii text\n" * 400  # 7.6 kB, longer than a chunk
    unsampled = b"2,caf\xe9 cr\xe8me d\xe9j\xe0\n" * 50  # latin-1 bytes between head and middle
    data = ascii_block + unsampled + ascii_block * 3
    assert detect_encoding(write(tmp_path, data)) == "utf-8"
    in_tail = ascii_block * 4 + unsampled
    assert detect_encoding(write(tmp_path, in_tail, "tail.csv")) == "cp1252"


def test_empty_file_is_utf8(tmp_path: Path) -> None:
    assert detect_encoding(write(tmp_path, b"")) == "utf-8"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000),
        bytes(range(256)) * 20,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
    ],
    ids=["png", "all-bytes", "zip"],
)
def test_binary_file_is_unreadable(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data)
    with pytest.raises(UnreadableInput, match="not a text file"):
        detect_encoding(path)


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="cannot read"):
        detect_encoding(tmp_path / "nowhere.csv")
