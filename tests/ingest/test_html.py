"""parse_page and read_html: text without scripts, the fields the markup states."""

from __future__ import annotations

from pathlib import Path

from thbwatch.ingest.html import parse_page, read_html
from thbwatch.model import Reject, Row

SHA = "a" * 64

AD_PAGE = """<!DOCTYPE html>
<html lang="nl-BE">
<head>
  <meta charset="utf-8">
  <title>Massage salon Gent - nieuwe meisjes</title>
  <link rel="canonical" href="/ads/4711">
  <meta property="og:image" content="/img/cover.jpg">
  <meta property="article:published_time" content="2024-03-05T21:14:00+01:00">
  <meta name="geo.placename" content="Gent">
  <style>.price { color: red } body::after { content: "STYLE TEXT" }</style>
  <script>var tracker = "SCRIPT TEXT"; document.write("SCRIPT TEXT");</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/login">Login</a></nav>
  <article>
    <h1>Nieuwe meisjes in Gent</h1>
    <p>Jonge dames uit het buitenland, net aangekomen. Altijd beschikbaar, ook 's nachts.
       Bel of stuur een bericht naar 0470 12 34 56 voor een afspraak, prijzen vanaf 50 euro.</p>
    <p>Geen vragen, discreet, wij regelen vervoer en verblijf voor nieuwe meisjes.</p>
    <img src="photos/1.jpg" alt=""><img src="data:image/gif;base64,R0lGOD" data-src="photos/2.jpg">
  </article>
  <script>console.log("SCRIPT TEXT")</script>
</body>
</html>
"""


def test_page_text_has_no_script_or_style() -> None:
    page = parse_page(AD_PAGE.encode(), "https://ads.example/list/page2.html")
    assert "0470 12 34 56" in page["body"]
    assert "wij regelen vervoer" in page["body"]
    assert "SCRIPT TEXT" not in page["body"]
    assert "STYLE TEXT" not in page["body"]
    assert "color: red" not in page["body"]


def test_page_fields_from_the_markup() -> None:
    page = parse_page(AD_PAGE.encode(), "https://ads.example/list/page2.html")
    assert page["title"] == "Massage salon Gent - nieuwe meisjes"
    assert page["url"] == "https://ads.example/ads/4711"  # the canonical link, made absolute
    assert page["posted_at"] == "2024-03-05T21:14:00+01:00"
    assert page["location"] == "Gent"
    assert page["language"] == "nl-BE"
    # Relative to the address the page was fetched from; the inline placeholder is left out.
    assert page["images"] == [
        "https://ads.example/img/cover.jpg",
        "https://ads.example/list/photos/1.jpg",
        "https://ads.example/list/photos/2.jpg",
    ]


def test_page_without_canonical_link_keeps_the_given_url_and_reads_time_elements() -> None:
    html = b'<html><body><p>Room for rent, call Ana.</p><time datetime="2024-01-02">2 Jan</time>'
    page = parse_page(html, "https://ads.example/a/1")
    assert page["url"] == "https://ads.example/a/1"
    assert page["posted_at"] == "2024-01-02"
    assert page["title"] is None
    assert page["images"] == []


def test_short_ad_that_trafilatura_drops_falls_back_to_visible_text() -> None:
    # trafilatura finds no main text in an <aside>; the fallback leaves out scripts,
    # navigation and footers.
    html = b"""<html><body><nav>Menu</nav>
      <aside>Anna 21, new in town, call 0470 99 88 77</aside>
      <script>var x = "SCRIPT TEXT";</script><footer>Copyright site</footer></body></html>"""
    page = parse_page(html)
    assert page["body"] == "Anna 21, new in town, call 0470 99 88 77"


def test_declared_latin1_is_read_as_cp1252_like_browsers_do() -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"></head><body><p>Prix 100 € – café</p></body></html>'
    )
    assert parse_page(html.encode("cp1252"))["body"] == "Prix 100 € – café"


def test_http_charset_wins_over_a_wrong_meta() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>Déjà vu à Liège</p></body></html>'
    page = parse_page(html.encode("cp1252"), http_charset="windows-1252")
    assert page["body"] == "Déjà vu à Liège"


def test_declared_charset_the_bytes_do_not_fit_is_ignored() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>Déjà vu à Liège, très belle.</p>'
    assert parse_page(html.encode("cp1252"))["body"] == "Déjà vu à Liège, très belle."


def test_undeclared_charset_is_detected() -> None:
    html = "<html><body><p>Déjà vu à Liège, très belle fille, prix très bas, appelle-moi.</p>"
    assert parse_page(html.encode("cp1252"))["body"].startswith("Déjà vu à Liège")


def test_read_html_yields_one_row_with_the_page_bytes(tmp_path: Path) -> None:
    path = tmp_path / "ad.html"
    path.write_bytes(AD_PAGE.encode())
    (row,) = list(read_html(path, SHA))
    assert isinstance(row, Row)
    assert row.raw == AD_PAGE.encode()
    assert row.raw_format == "html"
    assert row.fields == row.known
    assert row.known["title"] == "Massage salon Gent - nieuwe meisjes"
    assert (row.origin.path, row.origin.sha256) == (str(path), SHA)


def test_saved_page_remembers_where_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_bytes(
        b"<!-- saved from url=(0024)https://ads.example/a/9 -->\n<html><p>Hi</p></html>"
    )
    (row,) = list(read_html(path, SHA))
    assert isinstance(row, Row)
    assert row.known["url"] == "https://ads.example/a/9"


def test_page_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"<html><head><script>var only = 'code';</script></head><body> </body></html>")
    (reject,) = list(read_html(path, SHA))
    assert isinstance(reject, Reject)
    assert reject.reason == "no text found in page"
    assert reject.text.startswith("<html>")
