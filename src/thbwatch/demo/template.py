"""A tiny template engine that records the ground truth while it fills slots.

A phrase is a str.format template with named fields plus the names it uses
("Hi, I'm {name}" -> ("Hi, I'm {name}", ("name",))). An ad joins the templates it picked and
fills them with one format_map call over a dict whose __missing__ asks the slot's provider:
the filling runs in C, which keeps the generator fast. A provider runs the first time an ad
uses its slot; it writes the text and, if the text is a contact detail or a decoy, records
it in the ad's truth. So the truth lists exactly what the text contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from random import Random
from typing import Any

_SLOT_RE = re.compile(r"\{(\w+)\}")


Phrase = tuple[str, tuple[str, ...]]  # (format template with {slot} fields, slot names)
Sections = dict[str, tuple[Phrase, ...]]


def compile_phrase(text: str) -> Phrase:
    names = tuple(_SLOT_RE.findall(text))
    if text.count("{") != len(names) or text.count("}") != len(names):
        raise ValueError(f"only {{slot}} fields are allowed, no other braces: {text!r}")
    return text, names


def compile_sections(sections: Mapping[str, list[str]]) -> Sections:
    return {name: tuple(compile_phrase(p) for p in phrases) for name, phrases in sections.items()}


def slots_of(phrase: Phrase) -> set[str]:
    return set(phrase[1])


Provider = Callable[["Ad"], str]


class Ad(dict[str, str]):
    """One ad being written: its slot values (the dict itself, so str.format_map reads it
    directly) and the truth its providers record.

    A slot missing from the dict is written by its provider on first use (__missing__).
    """

    __slots__ = (
        "rng",
        "lang",
        "ctx",
        "providers",
        "entities",
        "decoys",
        "persons",
        "cues",
        "_entity_keys",
    )

    def __init__(self, rng: Random, lang: str, ctx: Any, providers: Mapping[str, Provider]) -> None:
        super().__init__()
        self.rng = rng
        self.lang = lang
        self.ctx = ctx
        self.providers = providers
        self.entities: list[dict[str, Any]] = []
        self.decoys: list[dict[str, str]] = []
        self.persons: list[str] = []
        self.cues: list[str] = []
        self._entity_keys: set[tuple[str, str, str]] | None = None

    def __missing__(self, slot: str) -> str:
        value = self[slot] = self.providers[slot](self)
        return value

    # -- truth ---------------------------------------------------------------------------

    def entity(self, kind: str, value: str, raw: str, obfuscated: bool) -> None:
        key = (kind, value, raw)
        if self._entity_keys is None:
            self._entity_keys = set()
        if key not in self._entity_keys:  # the same writing twice is one truth row
            self._entity_keys.add(key)
            self.entities.append(
                {"type": kind, "value": value, "raw": raw, "obfuscated": obfuscated}
            )

    def decoy(self, kind: str, raw: str) -> str:
        self.decoys.append({"type": kind, "raw": raw})
        return raw

    def person(self, name: str) -> None:
        if name not in self.persons:
            self.persons.append(name)

    def cue(self, name: str) -> None:
        if name not in self.cues:
            self.cues.append(name)

    # -- rendering -----------------------------------------------------------------------

    def render(self, phrase: Phrase, typo: bool = False) -> str:
        fmt = with_typo(phrase[0], self.rng) if typo else phrase[0]
        return fmt.format_map(self) if phrase[1] else fmt

    def fill(self, templates: list[str], sep: str) -> str:
        """Join picked templates and fill all their slots in one C-level pass."""
        return sep.join(templates).format_map(self)


def with_typo(fmt: str, rng: Random) -> str:
    """One human typo between two letters of the literal text, never inside a {field},
    so neither a slot name nor the text a slot will write is touched (raws stay exact)."""
    if len(fmt) < 6:
        return fmt
    for _ in range(6):
        pos = int(rng.random() * (len(fmt) - 1))
        if fmt.rfind("{", 0, pos + 2) > fmt.rfind("}", 0, pos + 2):
            continue  # inside a field name
        if fmt[pos].isalpha() and fmt[pos + 1].isalpha():
            roll = rng.random()
            if roll < 0.45:
                return fmt[:pos] + fmt[pos + 1] + fmt[pos] + fmt[pos + 2 :]
            if roll < 0.8:
                return fmt[:pos] + fmt[pos + 1 :]
            return fmt[:pos] + fmt[pos] + fmt[pos:]
    return fmt
