"""Helpers shared by the benchmark scripts: where the data is, and scoring predicted rows on the gold."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
WILD = SHARED / "wild"
CORPUS = ROOT / "corpus"


def documents_in(folder: Path):
    """The .txt files of a folder split into normalized documents: what every stage receives."""
    from pipeline.normalize import normalize
    from pipeline.readers import read
    from pipeline.split import split_documents

    docs = []
    for path in sorted(folder.glob("*.txt")):
        raw = read(path)
        docs.extend(split_documents(str(path), normalize(raw.text), raw.encoding))
    return docs


def corpus_documents():
    return documents_in(CORPUS)


def wild_documents():
    return documents_in(WILD)


def score(tables: dict):
    """Evaluate some tables (pandas frames by name) against ../shared/gold."""
    from pipeline.evaluate import evaluate_tables

    return evaluate_tables(GOLD, tables)


def row(label: str, *cells) -> str:
    return f"| {label} | " + " | ".join(str(c) for c in cells) + " |"
