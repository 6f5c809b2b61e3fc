"""The scorer on the real answer keys: the gold itself scores 1.0, and each kind of mistake costs what
the SPEC says it should (absent tables unscored, optional fields skipped, alternative section ids,
identity of cited documents across documents)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import evaluate_tables

from .conftest import SHARED

DEVSET_GOLD = SHARED / "devset" / "gold"
WILD_GOLD = SHARED / "gold-wild"

pytestmark = pytest.mark.skipif(not DEVSET_GOLD.is_dir() or not WILD_GOLD.is_dir(), reason="needs ../shared answer keys")


def _tables_from_gold(folder: Path, cite_key: str = "citation_key") -> dict[str, pd.DataFrame]:
    """The answer keys turned into predicted tables, as `vnplan extract` would write them."""
    rows: dict[str, list[dict]] = {name: [] for name in ("documents", "sections", "citations", "deadlines", "parties")}
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["document"].get("doc_id") or path.stem
        rows["documents"].append(dict(gold["document"], doc_id=doc_id))
        for table in ("sections", "deadlines", "parties"):
            rows[table] += [dict(item, doc_id=doc_id) for item in gold.get(table, []) if not item.get("optional")]
        for item in gold.get("citations", []):
            if not item.get("optional"):
                row = dict(item, doc_id=doc_id, year=item.get("year_written", ""))
                row["citation_key"] = item.get(cite_key) or item["citation_key"]
                rows["citations"].append(row)
    return {name: pd.DataFrame(items) for name, items in rows.items()}


def test_the_answer_keys_score_one_against_themselves():
    for folder in (DEVSET_GOLD, WILD_GOLD):
        scores = evaluate_tables(folder, _tables_from_gold(folder, "global_key")).scores()
        assert scores, folder
        assert all(value == 1.0 for value in scores.values()), {k: v for k, v in scores.items() if v < 1}


def test_tables_the_gold_does_not_annotate_are_not_scored():
    tables = _tables_from_gold(WILD_GOLD)
    # Sections and parties predicted for the wild documents are not false alarms: the keys have none.
    tables["sections"] = pd.DataFrame([{"doc_id": d, "section_id": "I", "marker": "I.", "heading": "x"}
                                       for d in tables["documents"]["doc_id"]])
    scores = evaluate_tables(WILD_GOLD, tables).scores()
    assert "sections.f1" not in scores and "parties.f1" not in scores
    assert scores["citations.f1"] == 1.0


def test_a_heading_may_match_its_alternative_id():
    gold = next(p for p in sorted(DEVSET_GOLD.glob("*.json"))
                if any(s.get("section_id_alt") and not s.get("optional")
                       for s in json.loads(p.read_text())["sections"]))
    tables = _tables_from_gold(DEVSET_GOLD)
    sections = tables["sections"]
    alt = sections["section_id_alt"].notna() & (sections["section_id_alt"] != "")
    assert alt.any(), gold
    tables["sections"] = sections.assign(section_id=sections["section_id"].where(~alt, sections["section_id_alt"]))
    assert evaluate_tables(DEVSET_GOLD, tables).sections.f1 == 1.0
    tables["sections"] = sections.assign(section_id=sections["section_id"].where(~alt, "Z"))
    assert evaluate_tables(DEVSET_GOLD, tables).sections.fn == int(alt.sum())


def test_optional_fields_of_a_document_are_not_scored():
    tables = _tables_from_gold(DEVSET_GOLD)
    docs = tables["documents"]
    skipped = docs["optional_fields"].dropna().map(list)
    assert len(skipped) and all(len(fields) for fields in skipped)
    for index, fields in skipped.items():
        for fld in fields:
            docs.at[index, fld] = "garbled"
    assert all(acc.value == 1.0 for acc in evaluate_tables(DEVSET_GOLD, tables).documents.values())


def test_identity_counts_pairs_of_mentions_across_documents():
    perfect = evaluate_tables(DEVSET_GOLD, _tables_from_gold(DEVSET_GOLD, "global_key")).identity
    assert perfect.tp > 0 and perfect.fp == 0 and perfect.fn == 0
    # Keys that only name the document within its own text (no year) split one law cited across
    # documents or merge two: the identity score sees both.
    local = evaluate_tables(DEVSET_GOLD, _tables_from_gold(DEVSET_GOLD, "citation_key")).identity
    assert local.fp + local.fn > 0
    merged = _tables_from_gold(DEVSET_GOLD, "global_key")
    merged["citations"]["citation_key"] = merged["citations"]["doc_type"]  # every Luật under one key
    worse = evaluate_tables(DEVSET_GOLD, merged).identity
    assert worse.fp > 0 and worse.precision < 1.0


def test_a_wrong_recipient_is_listed_among_the_misses():
    # (`--show` is how a user reads what to fix: a field scored below 1.0 must say where)
    tables = _tables_from_gold(DEVSET_GOLD)
    deadlines = tables["deadlines"]
    given = deadlines["recipient"].fillna("") != ""
    assert given.any()
    first = deadlines.index[given][0]
    doc_id, line = deadlines.at[first, "doc_id"], deadlines.at[first, "line"]
    deadlines.at[first, "recipient"] = "Phòng Tài chính - Kế hoạch"
    report = evaluate_tables(DEVSET_GOLD, tables)
    assert report.deadline_fields["recipient"].value < 1.0
    assert any(miss.startswith(f"deadline {doc_id} line {line} recipient: got 'Phòng Tài chính - Kế hoạch'")
               for miss in report.misses)
