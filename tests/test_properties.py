"""Invariants of every stage, checked by hypothesis over arbitrary text and over mutations of real
corpus and wild documents: no exception, offsets inside the document with surface == text[start:end],
unique section ids that every row's section_id refers to, valid ISO dates, deterministic output."""
from __future__ import annotations

import datetime as dt
import random
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.api import parse_text
from pipeline.normalize import normalize

from .conftest import CORPUS, wild_files

SOURCES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
SOURCES += [p.read_text(encoding="utf-8")[:20000] for p in wild_files()[::12]]


def _check(text: str) -> None:
    docs = parse_text(text)
    for doc in docs:
        assert doc.text == unicodedata.normalize("NFC", doc.text)
        ids = [s.section_id for s in doc.sections]
        assert len(ids) == len(set(ids))
        known = set(ids) | {""}
        for s in doc.sections:
            assert 0 <= s.start <= s.end <= len(doc.text)
            assert s.parent_id in known
        for rows in (doc.citations, doc.deadlines, doc.parties):
            for r in rows:
                assert 0 <= r.start < r.end <= len(doc.text), r
                assert doc.text[r.start:r.end] == r.surface
                assert r.section_id in known
        for d in doc.deadlines:
            if d.due_date:
                dt.date.fromisoformat(d.due_date)
        for c in doc.citations:
            if c.issued_date:
                dt.date.fromisoformat(c.issued_date)
        if doc.meta.issued_date:
            dt.date.fromisoformat(doc.meta.issued_date)
    again = parse_text(text)
    assert [(d.meta, d.sections, d.citations, d.deadlines, d.parties) for d in docs] == \
           [(d.meta, d.sections, d.citations, d.deadlines, d.parties) for d in again]


def _mutate(text: str, seed: int, ops: list[str]) -> str:
    rng = random.Random(seed)
    lines = text.split("\n")
    for op in ops:
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "nfd":
            lines[i] = unicodedata.normalize("NFD", lines[i])
        elif op == "markdown":
            lines[i] = rng.choice(["**", "#### ", "| ", "*"]) + lines[i] + rng.choice(["**", " |", ""])
        elif op == "truncate":
            lines = lines[: i + 1]
            lines[-1] = lines[-1][: rng.randrange(len(lines[-1]) + 1)]
        elif op == "break_symbol":
            line = lines[i]
            pos = line.find("-")
            if pos > 0:
                lines[i] = line[: pos + 1] + "\n\n" + line[pos + 1:]
        elif op == "digits":
            lines[i] = lines[i] + " " + "1/" * rng.randrange(1, 60) + "-" * rng.randrange(1, 60)
    return "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
@example("ĐỀ NGHỊ")  # (found by this test: a request's cue ending the text, no object after it)
def test_arbitrary_unicode_text(text):
    _check(text)


_VIETNAMESE_PIECES = st.sampled_from([
    "Căn cứ ", "Nghị định số ", "04/2015/NĐ-CP", " ngày 09/01/2015", " của Chính phủ", " về ", "thực hiện dân chủ",
    "Kế hoạch số 19/KH UBND", "Quyết định 1237", "(sau đây gọi tắt là Đề án 1237)", "\n", "\n\n", "I. ", "1. ", "a) ",
    "đ) ", "Điều 3. ", "trước ngày 31/02/2024", "chậm nhất ngày 20/11", "định kỳ 6 tháng, năm", " hằng năm ",
    "Hiệu trưởng", " phối hợp với ", "Ban Chấp hành Công đoàn", "Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG",
    "Nguyễn Văn An", "Trên đây là Kế hoạch ", "./.", "Luật Tiếp công dân", "; ", ", ", ". ", "**", "| ", "“", "”",
    "Số: 12/KH-THANT", "Củ Chi, ngày 15 tháng 9 năm 2023", "KẾ HOẠCH", "năm học 2023 - 2024", "quý IV/2024",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_VIETNAMESE_PIECES, max_size=60))
def test_genre_pieces_in_any_order(pieces):
    _check("".join(pieces))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SOURCES) - 1), st.integers(0, 10_000),
       st.lists(st.sampled_from(["delete", "duplicate", "nfd", "markdown", "truncate", "break_symbol", "digits"]),
                min_size=1, max_size=8))
def test_mutated_real_documents(index, seed, ops):
    _check(_mutate(SOURCES[index], seed, ops))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_normalize_is_idempotent_on_its_output(text):
    once = normalize(text)
    assert normalize(once) == once
