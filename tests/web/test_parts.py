"""The web app's pure parts: highlighting, the graph of stored links, the template's slots,
link reasons."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from thbwatch.store.web import RecordRow
from thbwatch.web.graph import MAX_RECORDS, network_graph
from thbwatch.web.highlight import Mark, segments
from thbwatch.web.network import link_reason, template_parts


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(max_size=60))
    spans = draw(st.lists(st.tuples(st.integers(-2, 62), st.integers(-2, 62)), max_size=6))
    return text, [Mark(a, b, f"c{i}", f"label {i}") for i, (a, b) in enumerate(spans)]


@given(text_and_marks())
def test_segments_rebuild_the_text_and_each_char_has_exactly_its_marks(case) -> None:  # noqa: ANN001
    text, marks = case
    cut = segments(text, marks)
    assert "".join(s.text for s in cut) == text
    position = 0
    for segment in cut:
        for offset in range(len(segment.text)):
            at = position + offset
            expected = {
                m for m in marks if 0 <= m.start < m.end <= len(text) and m.start <= at < m.end
            }
            assert set(segment.marks) == expected
        position += len(segment.text)


def test_overlapping_marks_both_cover_the_overlap() -> None:
    cut = segments("call 0612 now", [Mark(5, 9, "m-phone", "phone"), Mark(0, 9, "ind", "cue")])
    assert [(s.text, s.css) for s in cut] == [
        ("call ", "ind"),
        ("0612", "m-phone ind"),
        (" now", ""),
    ]


def row(record_id: int, score: float = 0.5) -> RecordRow:
    return RecordRow(
        record_id, "site", None, "sex_ad", None, "text", "Lyon", datetime(2026, 1, 1), "en", score
    )


def test_the_template_is_cut_into_text_and_its_slots_in_order() -> None:
    template = {
        "text": "Hi, I am {1}, {2} years {x} in {1}",
        "slots": [{"slot": 1, "values": [["Anna", 2]]}, {"slot": 2, "values": [["21", 1]]}],
    }
    parts = template_parts(template)
    assert "".join(part.text for part in parts) == template["text"]
    assert [(part.text, part.slot["slot"] if part.slot else None) for part in parts] == [
        ("Hi, I am ", None),
        ("{1}", 1),
        (", ", None),
        ("{2}", 2),
        (" years {x} in ", None),
        ("{1}", 1),
    ]


def test_each_link_kind_is_explained_in_words() -> None:
    assert link_reason("phone", "+33612345678", 1.0) == "the same phone +33612345678"
    assert "0.83" in link_reason("text", "jaccard 0.83", 1.0)
    assert "near-duplicate picture" in link_reason("image", "image distance 3", 1.0)
    assert link_reason("email", "a@b.example", 0.25).endswith("counted 0.25")


def test_the_graph_draws_stored_links_deterministically_within_bounds() -> None:
    members = [row(i) for i in range(1, 60)]
    phone = {"a": 1, "kind": "phone", "evidence": "+33612345678", "weight": 1.0}
    links = [{**phone, "b": i} for i in range(2, 60)]
    links += [{"a": 2, "b": 3, "kind": "text", "evidence": "jaccard 0.91", "weight": 1.0}]
    links += [{"a": 2, "b": 59, "kind": "text", "evidence": "jaccard 0.88", "weight": 1.0}]
    first, again = network_graph(members, links, 59), network_graph(members, links, 59)
    assert first == again
    assert first.records_shown == MAX_RECORDS and first.records_total == 59
    assert len([n for n in first.nodes if n.is_record]) == MAX_RECORDS
    assert [n.label for n in first.nodes if not n.is_record] == ["+33612345678"]
    # one edge per record shown to the shared phone, and the text link between two shown
    # records; the one to record 59 (not shown) is left out
    assert len(first.edges) == MAX_RECORDS + 1
    [text] = [e for e in first.edges if e.kind == "text"]
    assert "records 2 and 3" in text.reason and "0.91" in text.reason
    assert all("+33612345678" in e.reason for e in first.edges if e.kind == "phone")
    assert all(0 <= n.x <= first.width and 0 <= n.y <= first.height for n in first.nodes)
