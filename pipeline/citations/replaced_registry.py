"""The registry of replaced decrees, circulars, decisions and resolutions (`models/replacements.tsv`,
described in `models/legal_registry.md`): which document replaced which, and from what date, so that
a plan citing a replaced document is flagged even when no text of the run states the replacement."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import MODELS_DIR
from .resolve import symbol_key

REPLACEMENTS_PATH = MODELS_DIR / "replacements.tsv"
COLUMNS = ("number_symbol", "doc_type", "replaced_by", "replaced_by_type", "replaced_from", "source")


@dataclass(frozen=True, slots=True)
class Replacement:
    number_symbol: str  # the replaced document, as its header writes it (`36/2017/TT-BGDĐT`)
    doc_type: str
    replaced_by: str  # the replacing document's number
    replaced_by_type: str
    replaced_from: str  # ISO date the replacing document took effect
    source: str

    @property
    def key(self) -> str:
        """The citation key a mention of the replaced document gets (resolve.symbol_key)."""
        return symbol_key(self.doc_type, self.number_symbol)

    @property
    def successor_key(self) -> str:
        return symbol_key(self.replaced_by_type, self.replaced_by)


def read_rows(path: str | Path = REPLACEMENTS_PATH) -> list[Replacement]:
    """The rows of the file: `#` comment lines at the top, a header, then one row per replaced document."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    records = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [c.strip() for c in next(records)]
    return [Replacement(**{c: cells.get(c, "") for c in COLUMNS})
            for cells in (dict(zip(header, (v.strip() for v in rec))) for rec in records)]


@lru_cache(maxsize=1)
def successors() -> dict[str, tuple[str, str]]:
    """Key of each replaced document → (key of what replaced it, the date from which it did)."""
    if not REPLACEMENTS_PATH.exists():
        return {}
    return {r.key: (r.successor_key, r.replaced_from) for r in read_rows()}
