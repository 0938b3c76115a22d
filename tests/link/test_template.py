"""The shared template of a cluster's texts and its varying slots."""

from __future__ import annotations

from thbwatch.link.template import slot_names, template_of

AD = (
    "Hi, I am {name}, {age} years old, new in {city}. Sweet and discreet, real photos. Call {phone}"
)


def test_the_template_keeps_what_is_shared_and_shows_what_varies_as_slots() -> None:
    texts = [
        AD.format(name="Nina", age=23, city="Lyon", phone="06 12 34 56 78"),
        AD.format(name="Lara", age=25, city="Nice", phone="06 99 99 99 99"),
        AD.format(name="Mia", age=19, city="Lille", phone="06 11 22 33 44"),
    ]
    template = template_of(texts)
    assert template["text"].startswith(
        "Hi, I am {1}, {2} years old, new in {3}. Sweet and discreet"
    )
    values = [{value for value, _ in slot["values"]} for slot in template["slots"]]
    assert values[:3] == [{"Nina", "Lara", "Mia"}, {"23", "25", "19"}, {"Lyon", "Nice", "Lille"}]
    assert set(slot_names(template, {"lyon", "nice", "lille"})) == {"Nina", "Lara", "Mia"}


def test_one_text_has_no_template() -> None:
    assert template_of(["only one", "only one"]) is None
