"""Read saved web pages: the page's text and the record fields its markup states.

`parse_page` is pure (bytes in, dict out) and shared with the WARC reader.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.encoding import bom_encoding, guess_encoding, reject_text
from thbwatch.model import Origin, Reject, Row

# A declared charset sits near the start of the page (browsers look at 1024 bytes).
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_CHARSET_SCAN_BYTES = 4096
# Browsers read these declarations as windows-1252 (WHATWG encoding standard).
_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})
# "Save page as" in browsers records where the page came from.
_SAVED_FROM = re.compile(rb"<!-- saved from url=\(\d+\)(\S+?) ?-->")

_CHROME = ("nav", "header", "footer")
_NOT_CONTENT = ["script", "style", "noscript", "template", *_CHROME]
_TITLE = ("title", 'meta[property="og:title"]', "h1")
_URL = ('link[rel="canonical"]', 'meta[property="og:url"]')
_POSTED_AT = (
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    "time[datetime]",
    '[itemprop="datePublished"]',
)
_LOCATION = ('meta[name="geo.placename"]', 'meta[property="og:locality"]')


def read_html(path: Path, sha256: str) -> Iterator[Row | Reject]:
    """The one Row of a saved page (a file holds one page, read whole)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableInput(f"{path}: cannot read: {error.strerror}") from error
    yield page_outcome(parse_page(data), data, Origin(str(path), sha256))


def page_outcome(page: dict[str, Any], raw: bytes, origin: Origin) -> Row | Reject:
    """A Row holding the page's fields, or a Reject when the page has no text."""
    if not page["body"] and not page["title"]:
        return Reject(origin, "no text found in page", reject_text(raw.decode("utf-8", "replace")))
    return Row(fields=page, raw=raw, raw_format="html", origin=origin, known=dict(page))


def parse_page(
    data: bytes, url: str | None = None, *, http_charset: str | None = None
) -> dict[str, Any]:
    """Record fields found in a page: title, body, url, posted_at, location, images, language.

    `url` is where the page was fetched (used when the page names no canonical URL, and
    to make image links absolute); `http_charset` the charset of its HTTP Content-Type.
    """
    html = data.decode(_charset(data, http_charset), "replace")
    tree = LexborHTMLParser(html)
    canonical = _first_value(tree, _URL)
    page_url = urljoin(url or "", canonical) if canonical else url or _saved_from(data)
    # Links are relative to where the page was fetched (or its <base>), not its canonical URL.
    base = urljoin(url or page_url or "", _attribute(tree.css_first("base[href]"), "href") or "")
    page: dict[str, Any] = {
        "title": _first_value(tree, _TITLE),
        "url": page_url,
        "posted_at": _first_value(tree, _POSTED_AT),
        "location": _first_value(tree, _LOCATION),
        "images": _images(tree, base),
        "language": _attribute(tree.css_first("html"), "lang"),
    }
    # Last: the fallback text extraction removes elements (nav, footer...) from the tree.
    page["body"] = _main_text(html, tree)
    return page


def _charset(data: bytes, http_charset: str | None) -> str:
    """BOM, then HTTP header, then <meta> (the browsers' order), then a guess from the
    bytes. Unlike a browser, we skip a declaration the bytes do not decode under: pages
    saying utf-8 while written in cp1252 are common."""
    bom = bom_encoding(data)
    if bom:
        return bom
    meta = _META_CHARSET.search(data[:_CHARSET_SCAN_BYTES])
    for name in (http_charset, meta.group(1).decode("ascii") if meta else None):
        codec = _codec(name)
        if codec and _decodes(data, codec):
            return codec
    return guess_encoding([data]) or "utf-8"


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared charset name, None if unknown."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return "cp1252" if codec in _READ_AS_CP1252 else codec


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _main_text(html: str, tree: LexborHTMLParser) -> str:
    """trafilatura's main text; for pages it finds nothing in, or only the menu or footer
    in (short ads), all visible text, read after removing scripts, navigation and the
    like from `tree`."""
    import trafilatura  # imported when a page is read: it slows every command's start

    extracted = (trafilatura.extract(html, include_comments=False, favor_recall=True) or "").strip()
    if extracted and not _only_chrome(extracted, tree):
        return extracted
    tree.strip_tags(_NOT_CONTENT)
    if tree.body is None:
        return ""
    lines = (line.strip() for line in tree.body.text(separator="\n").splitlines())
    return "\n".join(line for line in lines if line)


def _only_chrome(text: str, tree: LexborHTMLParser) -> bool:
    """Whether every line of `text` comes from the page's navigation, header or footer."""
    chrome = " ".join(_squeezed(node.text(separator=" ")) for node in tree.css(",".join(_CHROME)))
    return all(_squeezed(line) in chrome for line in text.splitlines())


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _first_value(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> str | None:
    """The value of the first selector that matches with a non-empty value."""
    for selector in selectors:
        for node in tree.css(selector):
            value = _node_value(node)
            if value:
                return value
    return None


def _node_value(node: LexborNode) -> str | None:
    """What an element states: content= of <meta>, href= of <link>, datetime= of <time>,
    else its text."""
    for attribute in ("content", "href", "datetime"):
        value = _attribute(node, attribute)
        if value:
            return value
    return node.text(strip=True) or None


def _attribute(node: LexborNode | None, name: str) -> str | None:
    """The attribute's value, stripped; None when absent or blank."""
    if node is None:
        return None
    value = (node.attributes.get(name) or "").strip()
    return value or None


def _images(tree: LexborHTMLParser, base: str) -> list[str]:
    """og:image and <img> sources, made absolute against `base`; inline data: URIs left out."""
    sources = [_attribute(node, "content") for node in tree.css('meta[property="og:image"]')]
    for node in tree.css("img"):
        src = _attribute(node, "src")
        # Lazy-loading pages put a placeholder in src and the picture in data-src.
        if not src or src.startswith("data:"):
            src = _attribute(node, "data-src")
        sources.append(src)
    absolute = (urljoin(base, src) for src in sources if src and not src.startswith("data:"))
    return list(dict.fromkeys(absolute))  # unique, in page order


def _saved_from(data: bytes) -> str | None:
    match = _SAVED_FROM.search(data[:_CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None
