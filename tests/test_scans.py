"""The cheap scans that stand in for costlier patterns (issue #17) find exactly what those patterns find,
on every text of the sample corpus, ../shared/wild and ../shared/devset/texts.

Each test writes the plain pattern the stage used to run (the definition) and checks the fast form
against it: anchored and line-start scans against `finditer`, the marker dispatch against trying every
marker kind, the bit-parallel edit distance against the textbook table.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pytest
import regex

from pipeline import frame_signature, party_ocr, party_shapes, party_text, sections, textfold
from pipeline.deadline_layout import Outline
from pipeline.normalize import normalize
from pipeline.party_names import mention_at
from pipeline.readers import read
from pipeline.split import split_documents
from pipeline.textfold import anchored_matches, fold, line_start_matches, lowered

from .conftest import CORPUS, SHARED

FOLDERS = (CORPUS, SHARED / "wild", SHARED / "devset" / "texts")
pytestmark = pytest.mark.skipif(not (SHARED / "wild").is_dir(), reason="../shared/wild is not here")


@lru_cache(maxsize=1)
def documents():
    docs = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            raw = read(path)
            docs.extend(split_documents(str(path), normalize(raw.text), raw.encoding))
    return docs


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_texts_are_there():
    assert len(documents()) >= 140


def test_anchored_scans_find_what_the_patterns_find():
    # The periodic adverbials and the report words of the party stage, scanned from their first words.
    for doc in documents():
        low = lowered(doc.folded)
        for pattern, anchors in ((party_shapes._PERIODIC, party_shapes._PERIODIC_WORDS),
                                 (party_shapes._REPORT_WORDS, party_shapes._REPORT_FIRST)):
            for pos in (0, len(low) // 3):
                assert spans(anchored_matches(pattern, low, anchors, pos)) == spans(pattern.finditer(low, pos)), doc.doc_id


def test_cue_scan_and_periodic_scan_never_overlap():
    # cue_objects merges the two scans by position: what one alternation of both found.
    both = re.compile(party_shapes._CUE.pattern + "|" + party_shapes._PERIODIC.pattern)
    for doc in documents():
        low = lowered(doc.folded)
        merged = sorted(spans(party_shapes._CUE.finditer(low)) + spans(party_shapes._PERIODIC.finditer(low)))
        assert merged == spans(both.finditer(low)), doc.doc_id


def test_line_start_scans_find_what_the_multiline_patterns_find():
    cases = [(sections._NOI_NHAN, sections._NOI_NHAN_WORDS), (sections._ANNEX, sections._ANNEX_WORDS),
             (frame_signature._NOI_NHAN, frame_signature._NOI_NHAN_WORDS)]
    found = 0
    for doc in documents():
        for pattern, words in cases:
            expected = spans(pattern.finditer(doc.text))
            assert spans(line_start_matches(pattern, doc.text, words)) == expected, (doc.doc_id, pattern.pattern)
            found += len(expected)
    assert found > 100  # the closing blocks of most documents


def test_line_start_scan_continues_after_a_match_that_runs_over_lines():
    # `\s*` after the words takes line breaks (split.py's pattern): the next match may start on the very
    # next line, or not on a line whose indent the match took.
    pattern = re.compile(r"(?im)^[ \t]*n[ơo]i nh[ậa]n\s*:?")
    words = re.compile(r"(?i)n[ơo]i nh[ậa]n")
    text = "Nơi nhận\n\nNơi nhận:\n- Như trên;\nNƠI NHẬN\n  Nơi nhận:"
    assert spans(line_start_matches(pattern, text, words)) == spans(pattern.finditer(text)) == \
        [(0, 10), (10, 19), (32, 43)]  # the last `Nơi nhận:` is inside the third match


def test_quotation_openings_are_found_from_their_marks():
    definition = regex.compile(r"(?m)(?:^[ \t]*|:[ \t]*(?:\n[ \t]*)?)“")
    checked = 0
    for doc in documents():
        text = doc.text
        for pos in sorted({0, *(i + 1 for i, ch in enumerate(text) if ch in "“”\n:")})[:400]:
            m = definition.search(text, pos)
            assert sections._quote_opening(text, pos) == (m.end() if m else -1), (doc.doc_id, pos)
            checked += 1
    assert checked > 10_000


# Marker lines as the genre writes them, beside the documents' own: every kind, and the letters that
# open more than one (`L.`, `C.`, `Chương`, `Phần`), digits other than ASCII.
MARKER_LINES = ["I. MỤC ĐÍCH, YÊU CẦU", "XIV. KINH PHÍ THỰC HIỆN", "C. TỔ CHỨC THỰC HIỆN", "L. Lưu ý", "D. Phụ lục",
                "V) Nội dung", "M. Mục tiêu", "CHƯƠNG II", "Chương IV", "chương 3", "PHẦN THỨ NHẤT", "Phần I",
                "Mục 2. Quyền", "Điều 5. Trách nhiệm của Ủy ban nhân dân cấp xã", "1.2. Nhiệm vụ", "3) Báo cáo",
                "a) Phòng Giáo dục", "đ) Trường hợp", "c. Kinh phí", "f) Khác", "** II. NỘI DUNG", "> 2. Giải pháp",
                "   4.1 Tuyên truyền", "१. Devanagari digit", "٣) Arabic-Indic digit"]


def test_a_markers_first_character_rules_out_only_kinds_that_cannot_match():
    tried = 0
    lines = [line for doc in documents() for line in doc.text.split("\n")] + MARKER_LINES
    for line in lines:
        if not sections._CANDIDATE.match(line):
            continue
        kept = {kind for kind, _ in sections._PATTERNS_BY_FIRST.get(line.lstrip(" \t\f>*_#")[:1], sections._NUMBER_ONLY)}
        for kind, pattern in sections._PATTERNS:
            if kind not in kept:
                assert not pattern.match(line), (kind, line)
        tried += 1
    assert tried > 10_000
    assert [sections._match_marker(line)[0] for line in ("XIV. KINH PHÍ", "D. Phụ lục", "Chương IV", "đ) Khác")] == \
        ["roman", "upper", "chuong", "lower"]


def test_the_subject_opening_holds_wherever_a_subject_can_open():
    # Where a party's name or an adverbial follows a clause start's markers, the one-pattern test says
    # so, and ends where the markers end.
    opening = party_shapes._subject_opening()
    checked = 0
    for doc in documents()[::3]:
        text = party_text.PartyText(doc)
        for start in text.clause_starts:
            markers_end = party_shapes._MARKERS.match(text.low, start).end()
            can_open = bool(mention_at(text.text, text.low, markers_end) or
                            party_shapes._ADVERBIAL.match(text.low, markers_end))
            m = opening.match(text.low, start)
            if can_open:
                assert m and m.end() == markers_end, (doc.doc_id, start)
            checked += 1
    assert checked > 5_000


def test_sentence_ends_as_one_class_first():
    definition = re.compile(r"[.;!?](?=\s)|:\s*\n|\n[ \t]*(?:\n|[-+•*·–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivx]+\.)")
    for doc in documents():
        low = lowered(doc.folded)
        assert spans(party_text._SENTENCE_END.finditer(low)) == spans(definition.finditer(low)), doc.doc_id


def test_old_style_tone_pairs_are_found_from_the_toned_vowel():
    definition = regex.compile(r"[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")
    pairs = 0
    for doc in documents():
        found = [(m.start() - 1, m.end()) for m in textfold._OLD_STYLE.finditer(doc.text)]
        assert found == spans(definition.finditer(doc.text)), doc.doc_id
        pairs += len(found)
    assert pairs > 1000  # many documents write `hoà`, `thuỷ`, `Uỷ ban`


def test_task_table_columns_from_the_line_break_before_them():
    definition = re.compile(r"(?m)^" + party_shapes._COLUMN_LINE)
    tables = 0
    for doc in documents():
        low = lowered(doc.folded)
        for start in (0, 1):
            first = party_shapes._FIRST_COLUMN.match(low) if start == 0 else None
            fast = ([first] if first else []) + list(party_shapes._COLUMN.finditer(low, max(0, start - 1)))
            assert [m.start("lead") if m.group("lead") else m.start("coordinate") for m in fast] == \
                [m.start("lead") if m.group("lead") else m.start("coordinate") for m in definition.finditer(low, start)]
            tables += len(fast)
    assert tables > 0


def test_ocr_damage_marks_counted_at_the_digits():
    for doc in documents():
        sample = doc.text[:20000]
        assert party_ocr._digits_in_words(sample) == len(party_ocr._DIGIT_IN_WORD.findall(sample)), doc.doc_id
    for sample in ("a1b", "1a2", "x9y8z7", "ab12cd", "à1ỹ2", "12", "a", ""):
        assert party_ocr._digits_in_words(sample) == len(party_ocr._DIGIT_IN_WORD.findall(sample)), sample


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_bit_parallel_distances_are_the_edit_distances():
    # The OCR-damaged scan of the devset (`Sr (3DDT, Sä LDTBX}T` …) against the standard names of bodies.
    text = (SHARED / "devset" / "texts" / "fresh_13.txt").read_text(encoding="utf-8")
    words = re.findall(r"[a-z0-9]+", party_ocr.skeleton(text))[:300]
    forms = [form for form, _, _ in party_ocr._gazetteer("tỉnh", "Hòa Bình")]
    # the damaged words, and each standard name split in two after a damaged word (the distance is to
    # the whole concatenation: a word before the name counts)
    cases = [words[i:i + 5] for i in range(0, len(words), 7)]
    cases += [[words[i % len(words)], form[:len(form) // 2], form[len(form) // 2:]] for i, form in enumerate(forms)]
    compared = within = 0
    for pieces in cases:
        for form in forms[::3]:
            cutoff = int(len(form) * 0.28)
            for k, distance in enumerate(party_ocr._prefix_distances(form, pieces, cutoff), 1):
                exact = _levenshtein(form, "".join(pieces[:k]))
                assert distance == (exact if exact <= cutoff else None), (form, pieces[:k])
                compared += 1
                within += distance is not None
    assert compared > 1000 and within > 20


def test_lowered_text_is_shared_by_the_stages_of_a_document():
    doc = documents()[0]
    first = lowered(doc.folded)
    assert lowered(doc.folded) is first  # the next stage gets the same string, not a new lower-casing
    for phrase in ("Ủy ban nhân dân tỉnh", "gửi Sở Nội vụ", "trước ngày 15/12/2025"):
        assert lowered(fold(phrase)) == fold(phrase).lower()  # a stage lowers its clauses and names …
    assert lowered(doc.folded) is first  # … and the document's text is still there for the next stage
    assert first == fold(doc.text).lower()
    # a capital whose lower case is two characters stays, so offsets keep their meaning
    assert lowered("ĐIỀU İ") == "điều İ"


def test_a_sections_parent_is_the_nearest_earlier_section_with_its_id():
    for doc in documents()[::2]:
        outline = Outline(sections.segment(doc.doc_id, doc.text))
        for section in outline.sections:
            i = bisect.bisect_right(outline.starts, section.start) - 1
            while i >= 0 and outline.sections[i].section_id != section.parent_id:
                i -= 1
            expected = outline.sections[i] if i >= 0 and section.parent_id else None
            assert outline.parent(section) is expected


def test_squash_fast_path_gives_what_split_and_join_give():
    # `squash` returns a printable, stripped text without two spaces in a row as it is; the definition is
    # `" ".join(text.split())`. Checked on every line and every paragraph of the texts as read (tabs,
    # no-break spaces, form feeds and the zero-width marks of converters still in them).
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = read(path).text
            pieces = text.split("\n") + text.split("\n\n")
            for piece in pieces:
                assert textfold.squash(piece) == " ".join(piece.split()), (path.name, piece[:80])
    for odd in ("a\u00a0b", "a\u2003 b", " a\tb ", "a\u200bb", "\u3000", "a\x0cb", "a\u2028b", "ª A"):
        assert textfold.squash(odd) == " ".join(odd.split())


def test_emphasis_marks_removed_line_by_line_as_in_one_pass():
    # normalize runs the emphasis pattern only on the lines holding a `*` or `_`; the definition is one
    # `sub` over the whole text. Checked on every text as read, and on marks at line starts and ends,
    # runs of marks, and marks between words.
    from pipeline import normalize as norm

    def one_pass(text: str) -> str:
        return norm._EMPHASIS.sub(norm._emphasis, text)

    def by_lines(text: str) -> str:
        return norm._rewrite_lines(text, norm._EMPHASIS_MARK, lambda line: norm._EMPHASIS.sub(norm._emphasis, line))

    texts = [read(path).text for folder in FOLDERS for path in sorted(folder.glob("*.txt"))]
    marked = [t for t in texts if "*" in t or "__" in t]
    assert len(marked) >= 10
    texts.append("**I. MỤC ĐÍCH**\n* Tuyên truyền\n  *Ghi chú*: __Số:__ ____/KH-UBND\nĐiều_1 a__b *_*_ b\n__")
    for text in texts:
        assert by_lines(text) == one_pass(text)


def test_recipient_cues_found_from_their_words_as_by_search():
    # The delivery verbs and the prepositions after them are tried only where their words start
    # (`deadline_dates.first_match`); the definition is the pattern's own `search`.
    from pipeline.deadline_dates import first_match
    from pipeline.deadline_recipients import _cues

    cues = _cues()
    tried = 0
    for doc in documents():
        low = lowered(doc.folded)
        for pos in range(0, len(low), 97):
            stop = min(len(low), pos + 700)
            for name in ("verb", "preposition"):
                expected = cues[name].search(low, pos, stop)
                found = first_match(cues[name], cues[name + "_words"], low, pos, stop)
                assert (found.span() if found else None) == (expected.span() if expected else None), (doc.doc_id, pos)
                tried += expected is not None
    assert tried > 10_000


def test_whole_word_patterns_found_from_their_words_as_by_the_pattern():
    # `WordPattern` searches from where its words start; the definition is its pattern's own `search`
    # and `finditer`, checked for every word list the deadline stage reads this way.
    from pipeline.deadline_dates import word_regex
    from pipeline.deadline_recipients import _cues

    keys = ("completion_verbs", "extension_words", "time_labels", "activity_verbs", "label_rejects",
            "history_markers", "status_markers", "obligation_markers", "duty_verbs", "relative_labels",
            "duration_markers", "budget_nouns", "subject_stops")
    lists = [word_regex(key) for key in keys] + [_cues()["delivery"], _cues()["name_stop"]]
    found = 0
    for doc in documents()[::2]:
        low = lowered(doc.folded)
        for key, words in enumerate(lists):
            assert spans(words.finditer(low)) == spans(words.pattern.finditer(low)), (doc.doc_id, key)
            for pos in range(0, len(low), 499):
                end = min(len(low), pos + 300)
                expected = words.pattern.search(low, pos, end)
                hit = words.search(low, pos, end)
                assert (hit.span() if hit else None) == (expected.span() if expected else None), (doc.doc_id, key, pos)
                found += expected is not None
    assert found > 1_000
