"""Indicator packs: YAML files of evidence-based indicators, loaded and validated.

Rules are data (DESIGN.md): the packs shipped in `packs/` and users' own files have one
shape (see packs/job_ads.yaml). Every indicator states what it means, where the evidence
for it comes from, and a weight that data can revise (`thbwatch calibrate`). A pack that
does not hold together is refused with the file, the line, the field and the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from thbwatch.errors import UserError

LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pl", "ro")  # every shipped pattern list
DOMAINS = ("any", "job_ad", "sex_ad", "social_post", "chat")
ILO_INDICATORS = (
    "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation",
    "physical_sexual_violence", "intimidation_threats", "retention_of_documents",
    "withholding_of_wages", "debt_bondage", "abusive_conditions", "excessive_overtime",
)  # fmt: skip
DELPHI_ELEMENTS = (
    "deceptive_recruitment", "coercive_recruitment", "recruitment_abuse_of_vulnerability",
    "exploitative_conditions", "coercion_at_destination", "abuse_of_vulnerability_at_destination",
)  # fmt: skip
_ID = re.compile(r"[a-z][a-z0-9_]*")
_LANGUAGE = re.compile(r"[a-z]{2}")


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    pack: str
    domain: str
    category: str
    description: str
    source: str
    weight: float
    patterns: dict[str, tuple[str, ...]]  # language -> regexes (case-insensitive)
    ilo: tuple[str, ...] = ()
    delphi: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    domain: str
    description: str
    path: str
    indicators: tuple[Indicator, ...]


def shipped_pack_paths() -> list[Path]:
    folder = files("thbwatch.indicators") / "packs"
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def load_packs(extra: list[Path] | None = None) -> list[Pack]:
    """The shipped packs, then the user's; indicator ids must be unique across all."""
    packs = [load_pack(path) for path in [*shipped_pack_paths(), *(extra or [])]]
    seen: dict[str, str] = {}
    for pack in packs:
        for indicator in pack.indicators:
            if indicator.id in seen:
                raise UserError(
                    f"{pack.path}: indicator {indicator.id!r} is already defined in "
                    f"{seen[indicator.id]}; choose another id"
                )
            seen[indicator.id] = pack.path
    return packs


def load_pack(path: Path) -> Pack:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: cannot read the pack ({error})") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise UserError(f"{where}: not valid YAML ({getattr(error, 'problem', error)})") from None
    return _PackReader(str(path)).pack(root)


class _PackReader:
    """Walks the YAML nodes (not plain data) so that every error can name its line."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: yaml.Node | None, message: str) -> UserError:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        return UserError(f"{self.path}{line}: {message}")

    def mapping(self, node: yaml.Node | None, what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping of names to values")
        return {key.value: value for key, value in node.value}

    def text(self, fields: dict[str, yaml.Node], name: str, where: str, owner: yaml.Node) -> str:
        node = fields.get(name)
        if node is None:
            raise self.fail(owner, f"{where}: field {name!r} is missing")
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{where}: field {name!r} must be a non-empty text")
        return str(node.value).strip()

    def names(
        self, fields: dict[str, yaml.Node], name: str, known: tuple[str, ...], where: str
    ) -> tuple[str, ...]:
        node = fields.get(name)
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{where}: {name!r} must be a list")
        values = tuple(item.value for item in node.value)
        for item, value in zip(node.value, values, strict=True):
            if value not in known:
                raise self.fail(item, f"{where}: {name} {value!r} is not one of {', '.join(known)}")
        return values

    def pack(self, root: yaml.Node | None) -> Pack:
        fields = self.mapping(root, "a pack")
        assert root is not None
        name = self.text(fields, "pack", "pack", root)
        domain = self.text(fields, "domain", "pack", root)
        if domain not in DOMAINS:
            raise self.fail(
                fields["domain"], f"domain {domain!r} is not one of {', '.join(DOMAINS)}"
            )
        items = fields.get("indicators")
        if not isinstance(items, yaml.SequenceNode) or not items.value:
            raise self.fail(items or root, "'indicators' must be a non-empty list")
        indicators = tuple(self.indicator(node, name, domain) for node in items.value)
        ids = [indicator.id for indicator in indicators]
        for node, indicator_id in zip(items.value, ids, strict=True):
            if ids.count(indicator_id) > 1:
                raise self.fail(node, f"indicator id {indicator_id!r} appears twice")
        description = self.text(fields, "description", "pack", root)
        return Pack(name, domain, description, self.path, indicators)

    def indicator(self, node: yaml.Node, pack: str, domain: str) -> Indicator:
        fields = self.mapping(node, "an indicator")
        indicator_id = self.text(fields, "id", "indicator", node)
        if not _ID.fullmatch(indicator_id):
            raise self.fail(fields["id"], f"id {indicator_id!r}: use lower-case snake_case")
        where = f"indicator {indicator_id}"
        weight_node = fields.get("weight")
        try:
            weight = float(weight_node.value) if isinstance(weight_node, yaml.ScalarNode) else None
        except ValueError:
            weight = None
        if weight is None or weight != weight:  # missing, not a number, or NaN
            raise self.fail(weight_node or node, f"{where}: 'weight' must be a number")
        return Indicator(
            id=indicator_id,
            pack=pack,
            domain=domain,
            category=self.text(fields, "category", where, node),
            description=self.text(fields, "description", where, node),
            source=self.text(fields, "source", where, node),
            weight=weight,
            patterns=self.patterns(fields.get("patterns"), where, node),
            ilo=self.names(fields, "ilo", ILO_INDICATORS, where),
            delphi=self.names(fields, "delphi", DELPHI_ELEMENTS, where),
        )

    def patterns(
        self, node: yaml.Node | None, where: str, owner: yaml.Node
    ) -> dict[str, tuple[str, ...]]:
        by_language = self.mapping(node if node is not None else owner, f"{where}: 'patterns'")
        if node is None or not by_language:
            raise self.fail(node or owner, f"{where}: 'patterns' needs at least one language")
        result: dict[str, tuple[str, ...]] = {}
        for language, listed in by_language.items():
            if not _LANGUAGE.fullmatch(language):
                raise self.fail(listed, f"{where}: {language!r} is not a two-letter language code")
            if not isinstance(listed, yaml.SequenceNode) or not listed.value:
                raise self.fail(listed, f"{where}: patterns.{language} must be a non-empty list")
            for position, item in enumerate(listed.value):
                self.check_regex(item, f"{where}: patterns.{language}[{position}]")
            result[language] = tuple(str(item.value) for item in listed.value)
        return result

    def check_regex(self, node: yaml.Node, where: str) -> None:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value):
            raise self.fail(node, f"{where}: a pattern must be a non-empty text")
        try:
            compiled = re.compile(str(node.value), re.IGNORECASE)
        except re.error as error:
            raise self.fail(node, f"{where}: bad regex {node.value!r}: {error}") from None
        if compiled.match(""):
            raise self.fail(node, f"{where}: regex {node.value!r} matches empty text")


def describe(indicator: Indicator) -> dict[str, Any]:
    """An indicator as `thbwatch indicators --json` lists it."""
    return {
        "id": indicator.id,
        "pack": indicator.pack,
        "domain": indicator.domain,
        "category": indicator.category,
        "weight": indicator.weight,
        "description": indicator.description,
        "source": indicator.source,
        "ilo": list(indicator.ilo),
        "delphi": list(indicator.delphi),
        "languages": sorted(indicator.patterns),
    }
