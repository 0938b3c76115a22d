"""Code open answers by theme with a keyword taxonomy (themes.yaml). Pure.

Keywords are data, like the indicator packs; themes that are the same idea as an
indicator category say so, and the category must exist in the packs, so the report can
set what respondents say beside what the monitoring data shows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml

from thbwatch.errors import UserError


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    labels: dict[str, str]
    keywords: dict[str, tuple[str, ...]]  # language -> keyword stems, folded (fold())
    pattern: re.Pattern[str]  # any keyword of any language, at the start of a word
    indicator_category: str | None = None


def taxonomy_path() -> Path:
    return Path(str(files("thbwatch.assess") / "themes.yaml"))


def fold(text: str) -> str:
    """Lower case without accents, apostrophes made plain: how keywords and answers meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=4)
def load_taxonomy(path: Path | None = None) -> tuple[Theme, ...]:
    path = path or taxonomy_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise UserError(f"{path}: cannot read the theme taxonomy ({error})") from None
    themes = []
    for position, item in enumerate((data or {}).get("themes") or [], start=1):
        if not isinstance(item, dict) or not item.get("id") or not item.get("keywords"):
            raise UserError(f"{path}: theme {position} needs an id and keywords")
        labels = item.get("label")
        if not isinstance(labels, dict) or not all(
            isinstance(text, str) and len(code) == 2 for code, text in labels.items()
        ):
            raise UserError(f"{path}: theme {item['id']}: label is one text per language code")
        keywords = {
            language: tuple(fold(str(word)) for word in words)
            for language, words in item["keywords"].items()
        }
        words = sorted({word for listed in keywords.values() for word in listed})
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in words)})")
        themes.append(
            Theme(
                item["id"],
                labels,
                keywords,
                pattern,
                item.get("indicator_category"),
            )
        )
    ids = [theme.id for theme in themes]
    if not themes or len(set(ids)) != len(ids):
        raise UserError(f"{path}: theme ids must be present and unique")
    return tuple(themes)


def code_text(text: str, themes: tuple[Theme, ...]) -> tuple[str, ...]:
    """The themes an answer raises, in taxonomy order. Every language's keywords are tried:
    a respondent may answer in another language than the form's."""
    folded = fold(text)
    return tuple(theme.id for theme in themes if theme.pattern.search(folded))
