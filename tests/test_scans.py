"""The cheap scans that stand in for costlier patterns (issue #17) find exactly what those patterns find,
on every text of the sample corpus, ../shared/wild and ../shared/devset/texts.

Each test writes the plain pattern the stage used to run (the definition) and checks the fast form
against it: anchored and line-start scans against `finditer`, the marker dispatch against trying every
marker kind, the bit-parallel edit distance against the textbook table.
"""
from __future__ import annotations

import bisect
import random
import re
import sys
from functools import lru_cache

import pytest
import regex

from pipeline import (citations, frame, frame_signature, parties, party_layout, party_ocr, party_shapes, party_text,
                      section_annexes, section_lines, section_markers, section_quotes, sections, textfold)
from pipeline.citations import fields, find, names, relations, subjects, symbols
from pipeline.deadline_layout import Outline
from pipeline.lexicon import load
from pipeline.normalize import normalize
from pipeline.party_names import PREDICATE_OR_COORDINATE, cue_pattern, key, mention_at, vocabulary
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


def test_one_scan_of_the_anchor_words_finds_what_the_four_patterns_find():
    # cue_objects finds its cue words, periodic adverbials, report words and inspection items in one scan of
    # their words: the same matches as each pattern's own scan (the cues and periodic adverbials by position).
    for doc in documents():
        low = lowered(doc.folded)
        for pos in (0, len(low) // 3):
            cues, reports, inspections = party_shapes._anchor_words(low, pos)
            assert spans(cues) == sorted(spans(party_shapes._CUE.finditer(low, pos)) +
                                         spans(party_shapes._PERIODIC.finditer(low, pos))), doc.doc_id
            assert spans(reports) == spans(party_shapes._REPORT_WORDS.finditer(low, pos)), doc.doc_id
            assert spans(inspections) == spans(party_shapes._INSPECTION.finditer(low, pos)), doc.doc_id


def test_the_anchor_scan_reads_report_words_inside_cue_words():
    # `kính trình` holds the report word `trình`; `xin ý kiến Nghị quyết` the report word `kiến nghị`.
    low = lowered(fold("Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định.\nVăn phòng xin ý kiến Nghị "
                       "quyết về chính sách hỗ trợ; hằng năm, báo cáo về Sở."))
    cues, reports, _ = party_shapes._anchor_words(low, 0)
    assert [m.group(0) for m in cues] == ["kính trình", "xin ý kiến", "hằng năm, ", "báo cáo"]
    assert [m.group(0) for m in reports] == ["trình", "kiến nghị", "báo cáo"]
    assert spans(reports) == spans(party_shapes._REPORT_WORDS.finditer(low))


def test_cue_scan_and_periodic_scan_never_overlap():
    # cue_objects merges the two scans by position: what one alternation of both found.
    both = re.compile(party_shapes._CUE.pattern + "|" + party_shapes._PERIODIC.pattern)
    for doc in documents():
        low = lowered(doc.folded)
        merged = sorted(spans(party_shapes._CUE.finditer(low)) + spans(party_shapes._PERIODIC.finditer(low)))
        assert merged == spans(both.finditer(low)), doc.doc_id


def test_receivers_after_a_report_word_are_found_as_with_an_opening_word_boundary():
    # cue_objects scans a report's clause for `về` / `cho` / `đến` … without the pattern's opening `\b` and
    # drops the matches inside a word: the same matches as the plain pattern, over the whole text and over
    # each report's clause as the stage asks.
    definition = re.compile(r"\b" + party_shapes._TOWARD.pattern)

    def fast(low, pos, end):
        return [m.span() for m in party_shapes._TOWARD.finditer(low, pos, end)
                if not party_shapes._inside_word(low, m.start())]

    found = 0
    for doc in documents():
        text = party_text.PartyText(doc)
        low = text.low
        assert fast(low, 0, len(low)) == spans(definition.finditer(low)), doc.doc_id
        for m in party_shapes._REPORT_WORDS.finditer(low):
            end = text.clause_end(m.end())
            expected = spans(definition.finditer(low, m.end(), end))
            assert fast(low, m.end(), end) == expected, (doc.doc_id, m.start())
            found += len(expected)
    assert found > 1000


def test_a_letters_address_is_found_from_its_words():
    # `Kính gửi:` opening its line or after the date, looked for where the words are written.
    found = 0
    for doc in documents():
        low = lowered(doc.folded)
        for text in (low, low[low.find("\n") + 1:]):  # (also when the text starts on a later line)
            expected = party_layout._KINH_GUI.search(text, 0, 6000)
            fast = party_layout._kinh_gui(text)
            assert (fast and fast.span()) == (expected and expected.span()), doc.doc_id
            found += bool(expected)
    assert found > 20


def test_known_bodies_after_a_comma_in_one_scan():
    # listed_subjects' anchors: every `, ` of the text that a name of models/parties.tsv follows.
    known = vocabulary().known_pattern
    found = 0
    for doc in documents():
        low = lowered(doc.folded)
        commas, at = [], low.find(", ")
        while at >= 0:
            if known.match(low, at + 2):
                commas.append(at + 2)
            at = low.find(", ", at + 2)
        assert [m.end() for m in party_shapes._known_after_comma().finditer(low)] == commas, doc.doc_id
        found += len(commas)
    assert found > 500


def test_the_issuers_full_name_is_found_without_a_pattern_per_document():
    # parties._issuer_in_full asks whether the issuer's name is followed, within 60 characters of its line
    # and sentence, by the level and place the header names; the plain form compiled a pattern per document.
    checked = found = 0
    for doc in documents():
        low = lowered(doc.folded)
        level, place = parties._document_level(doc.text)
        issuer = frame.extract_meta(doc).issuer or ""
        pairs = [(key(issuer), f"{level} {place.lower()}")] if issuer and level and place else []
        pairs += [("ủy ban nhân dân", "xã"), ("ủy ban nhân dân", "tỉnh"), ("sở", "tỉnh"), ("ban", "cấp")]
        for first, then in pairs:
            plain = re.compile(re.escape(first) + r"[^\n.;]{0,60}?\b" + re.escape(then) + r"\b")
            for start in (0, len(low) // 2):
                expected = bool(plain.search(low, start))
                assert parties._written_after(low, first, then, start) == expected, (doc.doc_id, first, then)
                checked += 1
                found += expected
    assert checked > 1000 and found > 100


def test_line_starts_that_may_open_with_a_capital():
    # _subject_anchors takes the lines whose first character (after blanks) is a capital: scanned for a letter
    # or a capital symbol first, where every line start used to be tested. Every character `str.isupper` takes
    # is one of those, and the lines found are the same.
    may_open = re.compile(r"[^\W\d_]|" + party_shapes._CAPITAL_SYMBOLS)
    assert not [c for c in range(sys.maxunicode + 1) if chr(c).isupper() and not may_open.match(chr(c))]
    every_line = re.compile(r"\n[ \t]*")
    for doc in documents():
        text = party_text.PartyText(doc)
        raw, low = text.text, text.low
        expected = [m.end() for m in every_line.finditer(low, text.body_start) if raw[m.end():m.end() + 1].isupper()]
        fast = [m.end() for m in party_shapes._LINE_START.finditer(raw, text.body_start) if raw[m.end()].isupper()]
        assert fast == expected, doc.doc_id


def test_a_lookup_key_as_the_plain_substitutions_make_it():
    # party_names.key splits on whitespace where it substituted `\s+`, and runs the comma pattern only where
    # there is a comma: the same key for every line of every shared text, and for its lines two at a time (line
    # breaks, tabs and the blanks of table cells inside).
    def plain(text):
        return re.sub(r"\s+", " ", re.sub(r"\s*,\s*", ", ", fold(text).lower())).strip()

    checked = 0
    for doc in documents()[::2]:
        lines = doc.text.split("\n")
        for piece in lines + ["\n".join(lines[i:i + 2]) for i in range(0, len(lines), 7)]:
            assert key.__wrapped__(piece) == plain(piece), piece
            checked += 1
    assert checked > 10_000
    assert key(" Ủy ban\u00a0nhân dân ,\ttỉnh\n") == "ủy ban nhân dân, tỉnh"


def test_the_next_predicate_is_what_a_search_from_there_finds():
    # PartyText.next_predicate answers later asks from its last search: the same answer as a search of its own,
    # asked in the text's order, backwards and at random.
    pattern = cue_pattern(PREDICATE_OR_COORDINATE)
    rng = random.Random(17)
    for doc in documents()[::4]:
        text = party_text.PartyText(doc)
        low = text.low
        asks = list(range(0, len(low), 37))
        for pos in asks + asks[::-1] + rng.sample(asks, min(200, len(asks))):
            m = pattern.search(low, pos)
            assert text.next_predicate(pos) == (m.start() if m else len(low)), (doc.doc_id, pos)


def test_a_subject_list_is_skipped_only_where_nothing_could_make_it_one():
    # _subject reads the names at a clause start only where a predicate cue, `được` or (not after a comma) a
    # label's colon can follow them before the list's limit; where it skips, reading them finds no predicate
    # after them, no `được giao`, and no label.
    skipped = 0
    for doc in documents():
        text = party_text.PartyText(doc)
        low = text.low
        for pos in sorted(set(text.clause_starts)):
            pos = party_shapes.MARKERS.match(low, pos).end()
            if not text.mention_at(pos):
                continue
            limit = text.list_limit(pos)
            if text.next_predicate(pos) <= limit or low.find("được", pos, limit) >= 0 or \
                    low.find(":", pos, min(limit + 1, pos + 120)) >= 0:
                continue
            skipped += 1
            items = text.party_list(pos, limit)
            if items:
                end = items[-1][1]
                assert not text.predicate_after(end, limit), (doc.doc_id, pos)
                assert not party_shapes._GIVEN.match(low, end, limit), (doc.doc_id, pos)
    assert skipped > 500


def test_line_start_scans_find_what_the_multiline_patterns_find():
    # (sections' `Nơi nhận` is found in its one scan of the lines: test_sections checks it against `_NOI_NHAN`)
    cases = [(section_annexes.ANNEX, section_annexes.ANNEX_WORDS), (frame_signature._NOI_NHAN, frame_signature._NOI_NHAN_WORDS)]
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
            assert section_quotes.quote_opening(text, pos) == (m.end() if m else -1), (doc.doc_id, pos)
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
        if not section_markers._CANDIDATE.match(line):
            continue
        first = line.lstrip(" \t\f>*_#")[:1]
        kept = {kind for kind, _ in section_markers._PATTERNS_BY_FIRST.get(first, section_markers._NUMBER_ONLY)}
        for kind, pattern in section_markers._PATTERNS:
            if kind not in kept:
                assert not pattern.match(line), (kind, line)
        tried += 1
    assert tried > 10_000
    assert [section_markers.match_marker(line)[0] for line in ("XIV. KINH PHÍ", "D. Phụ lục", "Chương IV", "đ) Khác")] == \
        ["roman", "upper", "chuong", "lower"]


def test_the_subject_opening_holds_wherever_a_subject_can_open():
    # Where a party's name or an adverbial follows a clause start's markers, the one-pattern test says
    # so, and ends where the markers end.
    opening = party_shapes._subject_opening()
    checked = 0
    for doc in documents()[::3]:
        text = party_text.PartyText(doc)
        for start in text.clause_starts:
            markers_end = party_shapes.MARKERS.match(text.low, start).end()
            can_open = bool(mention_at(text.text, text.low, markers_end) or
                            party_shapes._ADVERBIAL.match(text.low, markers_end))
            m = opening.match(text.low, start)
            if can_open:
                assert m and m.end() == markers_end, (doc.doc_id, start)
            if m and m.group("mention") is None:  # (_subject_anchors then knows an adverbial follows)
                assert party_shapes._ADVERBIAL.match(text.low, markers_end), (doc.doc_id, start)
            checked += 1
    assert checked > 5_000


def test_a_subject_openings_name_is_the_one_mention_at_finds():
    # The subject anchors keep the name their opening's pattern matched (PartyText.mention_in) instead of
    # matching it again: the same head, kind and post as `mention_at` at every opening of the shared texts; a
    # clause start is an anchor where a name opens there.
    checked = 0
    for doc in documents():
        fresh = party_text.PartyText(doc)
        anchors = {pos for pos, after_comma in party_shapes._subject_anchors(fresh, frozenset()) if not after_comma}
        for pos, kept in fresh._mentions.items():  # (the openings: nothing else asked for a name yet)
            again = mention_at(doc.text, fresh.low, pos)
            assert (kept and (kept.start, kept.end, kept.kind, kept.post)) == \
                (again and (again.start, again.end, again.kind, again.post)), (doc.doc_id, pos)
            assert (pos in anchors) == bool(again), (doc.doc_id, pos)
            checked += bool(again)
    assert checked > 3_000


def test_the_adverbial_as_a_trie_with_its_lead_taken_whole():
    # The opening adverbial (`Hằng năm, …`, `- Trường hợp …`) as the stage writes it finds what the plain
    # alternation finds, at every clause start and where its markers end.
    definition = re.compile(r"[\W\d]*(?:[a-zđ]\)\s*)?(?:hằng|hàng|định kỳ|cuối|đầu|mỗi|kết thúc|sau khi|trước khi|"
                            r"sau mỗi|sau đó|trong quá trình|trong vòng|trong thời hạn|trong thời gian|trong dịp|nhân dịp|"
                            r"căn cứ|trên cơ sở|khi|trường hợp|nếu|ngoài ra|"
                            r"bên cạnh đó|theo đó|trong đó|qua|để|đối với|riêng đối với|tùy|tuỳ)\b")
    found = 0
    for doc in documents():
        text = party_text.PartyText(doc)
        for start in text.clause_starts:
            for at in (start, party_shapes.MARKERS.match(text.low, start).end()):
                expected = definition.match(text.low, at)
                fast = party_shapes._ADVERBIAL.match(text.low, at)
                assert (fast and fast.span()) == (expected and expected.span()), (doc.doc_id, at)
                found += bool(expected)
    assert found > 5_000


def test_sentence_ends_as_one_class_first():
    definition = re.compile(r"[.;!?](?=\s)|:\s*\n|\n[ \t]*(?:\n|[-+•*·–]|điều[ \t]+\d{1,3}[.:]|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t])"
                            r"|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivx]+\.|(?:\d{1,2}|[a-zđ]|[ivx]+)/(?=[ \t]))")
    for doc in documents():
        low = lowered(doc.folded)
        assert spans(party_text._SENTENCE_END.finditer(low)) == spans(definition.finditer(low)), doc.doc_id


def test_old_style_tone_pairs_are_found_from_the_toned_vowel():
    # The pairs a plain letter follows are left out (see test_fold_skips_only_pairs_whose_word_cannot_fold).
    definition = regex.compile(r"(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![a-zA-Z])")
    pairs = 0
    for doc in documents():
        found = [(m.start() - 1, m.end()) for m in textfold._OLD_STYLE.finditer(doc.text)]
        assert found == spans(definition.finditer(doc.text)), doc.doc_id
        pairs += len(found)
    assert pairs > 1000  # many documents write `hoà`, `thuỷ`, `Uỷ ban`


def test_task_table_columns_from_the_line_break_before_them():
    definition = re.compile(r"(?m)^" + party_layout._COLUMN_LINE)
    tables = 0
    for doc in documents():
        low = lowered(doc.folded)
        for start in (0, 1):
            first = party_layout._FIRST_COLUMN.match(low) if start == 0 else None
            fast = ([first] if first else []) + list(party_layout._COLUMN.finditer(low, max(0, start - 1)))
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
    forms = [form for form, _, _ in party_ocr._entries("tỉnh", "Hòa Bình")]
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


def test_assignment_headings_as_the_case_insensitive_pattern_finds_them():
    # `Tổ chức thực hiện`, `PHÂN CÔNG NHIỆM VỤ`, `Trách nhiệm của …`: the headings' lower case searched for the
    # phrases, the engine's case rules only for a dotted or dotless I.
    headings = [s.heading or "" for doc in documents() for s in sections.segment(doc.doc_id, doc.text)]
    headings += ["IV. TỔ CHỨC THỰC HİỆN", "TRÁCH NHİỆM CỦA CÁC ĐƠN VỊ", "Phân công nhıệm vụ", "PHÂN CÔNG", "Ghi chú"]
    for heading in headings:
        assert party_shapes._assignment_heading(heading) == bool(party_shapes._ASSIGNMENT_HEADING.search(heading)), heading
    assert sum(map(party_shapes._assignment_heading, headings)) > 100


def test_a_heading_with_a_sentence_mark_is_no_party_name():
    # heading_parties does not try `_HEADING_PARTY` where a `.`, `;`, `!` or `?` stands on the heading's first
    # line: the pattern never matches there (tried here on every heading of the shared texts, from its text's
    # start to the end of its line and of the next).
    tried = 0
    for doc in documents():
        low = lowered(doc.folded)
        for section in sections.segment(doc.doc_id, doc.text):
            pos = low.find(" ", section.start, section.start + 12) + 1 or section.start
            for end in (low.find("\n", pos), low.find("\n", low.find("\n", pos) + 1)):
                end = len(low) if end < 0 else end
                first_line = low.find("\n", pos, end)
                if party_layout._SENTENCE_MARK.search(low, pos, end if first_line < 0 else first_line):
                    assert not party_layout._HEADING_PARTY.match(low, pos, end), (doc.doc_id, low[pos:end])
                    tried += 1
    assert tried > 5_000


def test_damaged_lists_name_the_bodies_a_search_of_every_name_and_span_finds():
    # bodies_in works out distances only for the standard names whose first letter fits and whose length some
    # span can reach, and stops a name's spans where none can come within the cutoff: the bodies are those that
    # the exact distance of every name to every span gives, on every damaged list of the shared texts.
    lists = 0
    for doc in documents():
        if not party_ocr.damaged(doc.text):
            continue
        low = lowered(doc.folded)
        for m in party_layout._damaged_labels(doc.text):
            end = party_layout._DAMAGED_LIST_END.search(low, m.end(), min(len(low), m.end() + 400))
            end = end.start() if end else min(len(low), m.end() + 400)
            for level, place in (("tỉnh", "Hòa Bình"), ("", "")):
                assert party_ocr.bodies_in(doc.text, m.end(), end, level, place) == \
                    _bodies_by_every_distance(doc.text, m.end(), end, level, place), (doc.doc_id, m.group(0))
            lists += 1
    assert lists >= 10


def _bodies_by_every_distance(text: str, start: int, end: int, level: str, place: str):
    skel = party_ocr.skeleton(text[start:end])
    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", skel)
             if not party_ocr._stray(text, start + m.start(), start + m.end())]
    found, i = [], 0
    while i < len(words):
        best = (0.0, 0.0, 0, "")  # (score, similarity, span, name): of names over the same span, the closest
        for form, name, size in party_ocr._entries(level, place):
            if not party_ocr._could_open(skel[words[i][0]], form[0]):
                continue
            pieces = [skel[s:e] for s, e in words[i:i + size + 2]]
            for span in range(max(1, size - 2), len(pieces) + 1):
                written = "".join(pieces[:span])
                distance = _levenshtein(form, written)
                similarity = 1 - distance / max(len(form), len(written))
                score = similarity * len(form)
                if distance <= int(len(form) * 0.28) and similarity >= 0.72 and \
                        (similarity > best[1] if span == best[2] else score > best[0]):
                    best = (score, similarity, span, name)
        if best[0] and len(best[3]) > 3:
            found.append((start + words[i][0], start + words[i + best[2] - 1][1], best[3]))
            i += best[2]
        else:
            i += 1
    return found


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


# --- The citation stage (pipeline/citations/)


def test_symbols_are_found_from_their_separators():
    found = 0
    for doc in documents():
        expected = spans(symbols.SYMBOL.finditer(doc.folded))
        assert spans(symbols.symbol_matches(doc.folded)) == expected, doc.doc_id
        found += len(expected)
    assert found > 3_000
    # Spaces before the separator, a Party number broken at its hyphen, and digits of another script
    # (`\d` reads them: the digit test of the fast scan must too).
    text = "Công văn số 19 /KH UBND, Kết luận số 29-\nNQ/TW và Thông báo số ٣٢/TB-UBND ngày 09/01/2015"
    assert spans(symbols.symbol_matches(text)) == spans(symbols.SYMBOL.finditer(text)) and len(spans(symbols.SYMBOL.finditer(text))) == 3


def test_named_laws_are_found_type_word_by_type_word():
    found = 0
    for doc in documents():
        for text in (doc.folded, doc.text):
            expected = spans(names.NAMED.finditer(text))
            assert spans(names.named_matches(text)) == expected, doc.doc_id
            found += len(expected)
    assert found > 3_000
    # A code inside a longer word, a type word right after another, and `Nghị quyết` without its body.
    text = "Luật sư; Bộ Luật Lao động, Bộ luật Dân sựLuật và Nghị quyết Trung ương 4, Nghị quyết số 5"
    assert spans(names.named_matches(text)) == spans(names.NAMED.finditer(text)) and len(spans(names.NAMED.finditer(text))) == 4


def test_an_alias_is_found_where_its_pattern_finds_it():
    # find.whole_word_occurrences stands for the pattern a defined alias was searched with, from a
    # position on. Checked for the aliases the texts define and, to meet more boundaries (digits,
    # letters, codes against the word), for every type word and every number of a mention.
    def by_pattern(text, word, pos):
        pattern = regex.compile(r"(?<![\p{L}\d])" + regex.escape(word) + r"(?![\p{L}\d])")
        return [pos + m.start() for m in pattern.finditer(text[pos:])]

    type_words = sorted({w[:1].upper() + w[1:] for w in load().type_by_word})
    found = aliases = 0
    for doc in documents()[::2]:
        mentions = citations.extract(doc)
        words = set(type_words) | {m.number_symbol for m in mentions if m.number_symbol} | {m.alias for m in mentions if m.alias}
        aliases += sum(1 for m in mentions if m.alias)
        for word in sorted(words):
            for pos in (0, len(doc.text) // 3):
                expected = by_pattern(doc.text, word, pos)
                assert list(find.whole_word_occurrences(doc.text, word, pos)) == expected, (doc.doc_id, word, pos)
                found += len(expected)
    assert found > 2_000 and aliases >= 3
    # A letter or a digit of another script against the word, and a word right at the start position.
    text = "QĐ 20, QĐ 201, ĐQĐ 20, QĐ 20٣ và QĐ 20ạ; QĐ 20"
    for pos in (0, 7, len(text) - 5):
        assert list(find.whole_word_occurrences(text, "QĐ 20", pos)) == by_pattern(text, "QĐ 20", pos)


def test_words_before_a_mention_as_the_plain_blanking():
    def plain(folded, lo, mentions, index):
        end = mentions[index].start
        chars = list(folded[lo:end].lower())
        for other in mentions[:index]:
            if other.start >= lo - 2000:
                a, b = max(other.start, lo), min(max(other.tail_end, other.end), end)
                if a < b:
                    chars[a - lo:b - lo] = " " * (b - a)
        return regex.sub(r"\s+", " ", "".join(chars))

    checked = 0
    for doc in documents()[::2]:
        mentions = citations.extract(doc)
        reach = relations.reaches(mentions)
        for index, mention in enumerate(mentions):
            for lo in (max(0, mention.start - 200), max(0, mention.start - 40)):
                assert relations._words_before(doc.folded, lo, mentions, index, reach) == plain(doc.folded, lo, mentions, index)
                checked += 1
    assert checked > 2_000


def test_spaces_squeezed_as_regex_reads_spaces():
    # `relations._SPACES_RE` (the standard `re`) stands for `regex`'s `\s+`: the same characters over
    # the whole of Unicode, and the same squeezed words before every mention of every shared text.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert relations._SPACES_RE.findall(every) == regex.findall(r"\s+", every)
    assert relations._SPACES_RE.sub(" ", "a\x1c\x1f b\u00a0\u2028\tc") == "a\x1c\x1f b c"
    for doc in documents():
        low = doc.folded.lower()
        assert relations._SPACES_RE.sub(" ", low) == regex.sub(r"\s+", " ", low), doc.doc_id


def test_sentences_read_in_chunks_are_those_of_the_whole_text():
    checked = 0
    for doc in documents():
        ends = spans(fields._SENTENCE_END.finditer(doc.text))
        assert fields._sentence_ends(doc.text, 0, len(doc.text)) == ends, doc.doc_id
        starts = [s for s, _ in ends]
        sentences = fields.Sentences(doc.text)
        for pos in range(0, len(doc.text) + 1, 211):
            i = bisect.bisect_left(starts, pos)
            before = [e for _, e in ends[:i] if e <= pos]
            assert sentences.bounds(pos) == (before[-1] if before else 0, ends[i][0] if i < len(ends) else len(doc.text)), \
                (doc.doc_id, pos)
            checked += 1
    assert checked > 10_000


def test_the_sentence_end_after_a_mention_read_from_its_start():
    # `describe` takes the end of a mention's sentence from the bounds of its start unless a sentence end
    # starts inside the mention: that is the end the bounds of the mention's end give.
    checked = 0
    for doc in documents()[::2]:
        sentences = fields.Sentences(doc.text)
        for mention in citations.extract(doc):
            after_start = sentences.bounds(mention.start)[1]
            if after_start >= mention.end:
                assert after_start == sentences.bounds(mention.end)[1], (doc.doc_id, mention.start)
                checked += 1
    assert checked > 1_000


def test_the_citation_guards_hold_wherever_their_patterns_match():
    # A law's amending name needs the first letter of `sửa` after its type word; a body that issued
    # a document needs `ban hành` to end the words before it.
    amending = issued = 0
    for doc in documents():
        for m in names.NAMED.finditer(doc.text):
            if names._AMENDING.match(doc.text, m.end("type")):
                assert names._AMENDING_FIRST.match(doc.text, m.end("type")), (doc.doc_id, m.start())
                amending += 1
        for m in regex.finditer(r"(?i)ban\s+hành\s+(?:các\s+)?", doc.text):
            window = doc.text[max(0, m.end() - 160):m.end()]
            if fields._ISSUER_ISSUED.search(window):
                assert fields._ISSUED_AT_END.search(window), (doc.doc_id, m.start())
                issued += 1
    assert amending > 20 and issued > 100
    # A name's qualifier (`… năm 2019`, `… nhiệm kỳ 2020 - 2025`) is taken off only where the name ends in a digit.
    qualified = 0
    for doc in documents()[::2]:
        for m in regex.finditer(r"\d{4}", doc.text):
            for end in (m.end(), min(len(doc.text), m.end() + 2)):
                name = doc.text[max(0, m.start() - 40):end]
                if names.QUALIFIER.search(name):
                    assert name.rstrip()[-1:].isdigit(), (doc.doc_id, m.start())
                    qualified += 1
    assert qualified > 1_000
    # The issuer's and the subject's trailing `và`, commas and spaces are taken off only where `subjects.ends_in` holds.
    trailing = 0
    for doc in documents()[::4]:
        for m in regex.finditer(r"(?:\s+(?:và|của|hoặc)|[,;])[\s,;]*", doc.text):
            for phrase in (doc.text[max(0, m.start() - 30):m.end()], doc.text[max(0, m.start() - 30):m.end() - 1]):
                if regex.search(r"(?:\s+(?:và|của|hoặc)|[\s,])+$", phrase):
                    assert subjects.ends_in(phrase, ",", "và", "của", "hoặc"), (doc.doc_id, m.start())
                    trailing += 1
                if regex.search(r"(?:\s+(?:và|hoặc)|[\s,;])+$", phrase):
                    assert subjects.ends_in(phrase, ",", ";", "và", "hoặc"), (doc.doc_id, m.start())
    assert trailing > 2_000
    # `Căn cứ` opening a sentence is tried only where a `c` comes first.
    opened = 0
    for doc in documents():
        for m in regex.finditer(r"(?i)căn cứ", doc.folded):
            for start in range(max(0, m.start() - 4), m.start() + 1):
                end = min(len(doc.folded), m.end() + 50)
                plain = relations._CAN_CU.match(doc.folded, start, end)
                fast = relations._opens_can_cu(doc.folded, start, end)
                assert (fast and fast.span()) == (plain and plain.span()), (doc.doc_id, start)
                opened += plain is not None
    assert opened > 500


def test_a_list_of_numbers_is_tried_only_where_so_ends_the_words_between():
    # `_share_across_lists` tries `_LIST_NEXT` only where `_ends_in_so` holds: it must hold wherever the
    # pattern matches, from any start before the words `, và số`.
    matched = 0
    for doc in documents():
        for m in regex.finditer(r"(?i)số\s*", doc.text):
            for start in range(max(0, m.start() - 12), m.start() + 1):
                for end in (m.end(), m.start() + 2):
                    if fields._LIST_NEXT.match(doc.text, start, end):
                        assert fields._ends_in_so(doc.text, start, end), (doc.doc_id, start, end)
                        matched += 1
    assert matched > 1_000
    assert not fields._ends_in_so("Công văn số 12/UBND và số", 0, 10) and fields._ends_in_so("và SỐ  \n", 0, 8)


def test_patterns_read_backwards_from_the_end_of_a_stretch_as_searched_forwards():
    # The `…$` patterns of the find and relation steps are matched backwards from the end of the
    # stretch before a mention; the definitions are forward searches (the type word's was a backward search).
    forward = ((relations._COORDINATED, regex.compile(r"(?:[,;]|\svà|\shoặc|\scùng)\s*(?:các\s+|số\s*)?$")),
               (relations._AMENDED_BY, regex.compile(r"(?i)(?:sửa\s+đổi,?\s+bổ\s+sung|thay\s+thế)"
                                                      r"(?:\s+một\s+số\s+điều)?\s+(?:tại|bởi|theo|bằng)(?:\s+các)?\s*$")),
               (find._FORM_BEFORE, regex.compile(r"(?i)(?<![\p{L}])(?:mẫu|biểu|phụ\s+lục)\s*(?:số\s*)?:?\s*$")))
    type_re = symbols.type_words()[0]
    hits = [0] * (len(forward) + 1)
    for doc in documents()[::3]:  # a third of the documents: the forward searches are the slow ones
        text = doc.folded
        # stretches that end where a number starts, and after the words and marks that end the patterns
        for m in regex.finditer(r"\s\d|(?:[,;]|\s(?:tại|bởi|theo|bằng|các|và|hoặc|cùng|số:?))\s*\S", text):
            end = m.end() - 1
            # as long as the words between two mentions (relations) and the look before a number (find)
            for i, (backwards, plain) in enumerate(forward):
                stretch = text[max(0, end - (60 if i == 2 else 200)):end]
                found = plain.search(stretch) is not None
                assert (backwards.match(stretch) is not None) == found, (doc.doc_id, end, i)
                hits[i] += found
            stretch = text[max(0, end - 60):end]
            searched, matched = type_re.search(stretch), type_re.match(stretch)
            assert (matched and matched.span(1)) == (searched and searched.span(1)), (doc.doc_id, end)
            hits[-1] += searched is not None
    assert min(hits) >= 20, hits  # each pattern matches: 40 times at least (amended by)


def test_stop_words_after_one_space_pattern_stop_where_each_word_would():
    # The issuer's and the subject's stops share the `\s` before their words; the definitions try each
    # word with its own. Only where the first stop starts is used.
    from pipeline.lexicon import load

    cues = load().cues
    def phrase(words: str) -> str:  # (a phrase's words parted by spaces or one line break, as fields._phrase)
        return regex.escape(words).replace(r"\ ", fields.PHRASE_GAP)

    verb = "(?i:" + "|".join(phrase(w) for w in cues["trich_yeu_verbs"]) + r")(?![\p{L}])"

    def plain_issuer_stop(long_named, joint):
        stops = [r"(?i:\s+về)(?:\s|$)", r";", r"\.(?:\s|$|(?=[\d.”\"]))", r":(?<![Bb]ộ:)(?:\s|$)", r"\n[ \t]*\n\s*(?=\d)",
                 r",(?=[ \t]*ngày[ \t]+\d)", r"\((?=\s*(?i:nay\s+là)\s)",
                 r"\s+" + verb, r"(?i:\s+kính\s+gửi)(?![\p{L}])"]
        if long_named:
            stops += [r"(?i:\s+" + regex.escape(w) + r"(?![\p{L}]))" for w in cues["long_named_issuer_stops"]]
            stops.append(r"\s+[“\"]\s*" + verb)
        else:
            stops += [r"[“”\"]", r"\((?!\s*" + fields._TERM + r"\s*\))", r"(?<!" + fields._TERM + r"\s*)\)",
                      r",(?!\s*(?:nhiệm kỳ|khóa|khoá" + (r"|\p{Lu}" if joint else "") + r"))"]
            # (a joint document's parties paired with `với`: `giữa Ban Dân vận Tỉnh ủy với Ủy ban nhân dân tỉnh`)
            stops += [r"\s+(?:" + phrase(w) + "|" + phrase(w.upper()) + r")(?![\p{L}])"
                      + (r"(?!(?<=với)\s+\p{Lu})" if joint else "") for w in cues["issuer_stops"]]
        return regex.compile("|".join(stops))

    # (a relation's cue written with its capital opens the next item of a list typed without `;`, each cue tried alone;
    # a stop after a comma may end the text)
    opening_cues = [c[:1].upper() + c[1:] for rel in ("can_cu", "thuc_hien") for c in cues["relation"][rel]] + ["Trên cơ sở"]
    plain_subject_stop = regex.compile("|".join(
        [r";", r"\.(?:\s|$)", r"…[ \t]*(?:\n|$)", r"\n[ \t]*\n[ \t]*\d{1,3}[ \t]*(?:\n|$)"]
        + [r"[ \t]*\|", r"(?<=\S) *\t", r"(?<=\S)[ \t]+\n[ \t]+(?=\S)"]  # a table's cell
        + [r"(?<=[\p{Ll}\d,)])[ \t]*\n\s*(?:\p{Lu}{2,}[ \t]+){0,2}\p{Lu}{2,}[ \t]*:?[ \t]*(?:\n|$)"]  # an announcing word
        + [r"(?<![Ll]uật|[Ll]ệnh|Ban)\s(?=" + regex.escape(c).replace(r"\ ", r"\s+") + r"\s)" for c in opening_cues]
        + ["".join(f"(?<!{regex.escape(p[:-len(w)])})" for p in cues["subject_stop_phrases"] if p.endswith(w))
           + regex.escape(w) + r"(?:\s|$)" if w.startswith(",") else r"\s" + regex.escape(w) + r"\s"
           for w in cues["subject_stops"] + cues["subject_clause_stops"]]))  # (a fixed phrase holds its comma stop)
    pairs = [(fields._issuer_stop(ln, joint), plain_issuer_stop(ln, joint)) for ln in (False, True) for joint in (False, True)]
    pairs.append((subjects.subject_stop(), plain_subject_stop))
    windows = 0
    for doc in documents():
        for m in regex.finditer(r"(?i)(?:của|về)\s", doc.text):
            window = doc.text[m.end():m.end() + 250]
            for fast, plain in pairs:
                a, b = fast.search(window), plain.search(window)
                assert (a and a.start()) == (b and b.start()), (doc.doc_id, m.start())
            windows += 1
    assert windows > 10_000


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
    from pipeline.source_lines import edited

    def one_pass(text: str) -> str:
        return norm._EMPHASIS.sub(norm._emphasis, text)

    def by_lines(text: str) -> str:
        rewrite = lambda line: norm._EMPHASIS.sub(norm._emphasis, line)  # noqa: E731
        return edited(text, norm._changed_lines(text, norm._EMPHASIS_MARK, rewrite))

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
    lists = [word_regex(name) for name in keys] + [_cues()["delivery"], _cues()["name_stop"]]
    found = 0
    for doc in documents()[::2]:
        low = lowered(doc.folded)
        for which, words in enumerate(lists):
            assert spans(words.finditer(low)) == spans(words.pattern.finditer(low)), (doc.doc_id, which)
            for pos in range(0, len(low), 499):
                end = min(len(low), pos + 300)
                expected = words.pattern.search(low, pos, end)
                hit = words.search(low, pos, end)
                assert (hit.span() if hit else None) == (expected.span() if expected else None), (doc.doc_id, which, pos)
                found += expected is not None
    assert found > 1_000


def test_deadline_word_anchors_found_by_each_alternative_alone():
    # `deadline_dates.find` scans each alternative of the word anchors alone and merges them; the definition
    # is the anchor pattern's own `finditer`.
    from pipeline import deadline_dates

    found = 0
    for doc in documents():
        low = lowered(doc.folded)
        expected = [m.start() for m in deadline_dates._WORD_ANCHOR.finditer(low)]
        assert deadline_dates.word_anchors(low) == expected, doc.doc_id
        found += len(expected)
    assert found > 5_000


def test_anchors_outside_the_citations_cut_out_by_bisection_as_by_testing_each():
    # `deadline_dates.find` drops the anchors inside citations by cutting whole runs out of the sorted
    # list (`_outside`); the definition is a test of every anchor against every span, here over the
    # anchors and citation spans of every shared document.
    from pipeline import deadline_dates
    from pipeline.deadlines import _merged
    from pipeline.frame import extract_meta

    dropped = 0
    for doc in documents():
        low = lowered(doc.folded)
        meta = extract_meta(doc)
        spans_ = _merged(m.extent(doc.text) for m in citations.extract(doc, meta.doc_number, meta.issuer))
        anchors = sorted([m.start() for m in deadline_dates._DIGIT_ANCHOR.finditer(low)] +
                         [m.start() for m in deadline_dates._WORD_ANCHOR.finditer(low)])
        expected = [a for a in anchors if not any(s <= a < e for s, e in spans_)]
        assert deadline_dates._outside(anchors, spans_) == expected, doc.doc_id
        dropped += len(anchors) - len(expected)
    assert dropped > 5_000


def test_a_time_expressions_kind_is_the_group_that_closed_last():
    # `deadline_dates._expression` takes the alternative that matched from `lastgroup`; the definition
    # is the first alternative group of the date grammar that took part in the match.
    from pipeline import deadline_dates

    alternatives = ("day", "span", "month", "quarter", "year", "count", "every", "periodic")
    core = deadline_dates._core()
    seen = set()
    for doc in documents():
        low = lowered(doc.folded)
        for m in core.finditer(low):
            kind = next(name for name in alternatives if m.group(name))
            assert m.lastgroup == kind, (doc.doc_id, m.group())
            seen.add(kind)
    assert seen == set(alternatives)


def test_phrase_scan_finds_what_a_pattern_per_phrase_finds():
    # `deadline_fields.issuing_body` finds the issuer's words in the text with `phrase_spans` (str.find,
    # then word by word) instead of compiling a pattern per document; the definition is that pattern's
    # own `finditer`, here for the issuer of every shared document and for runs of one to four words
    # taken across every text (whitespace of every kind between them, words inside longer words).
    from pipeline.deadline_fields import phrase_spans
    from pipeline.frame import extract_meta

    found = 0
    for doc in documents():
        low = lowered(doc.folded)
        tokens = low.split()
        phrases = [fold(extract_meta(doc).issuer).lower().split()] + \
            [tokens[i:i + 1 + i % 4] for i in range(0, len(tokens) - 4, 211)]
        for words in (p for p in phrases if p):
            pattern = regex.compile(r"(?<![\p{L}])" + r"\s+".join(regex.escape(w) for w in words) + r"(?![\p{L}])")
            expected = spans(pattern.finditer(low))
            assert list(phrase_spans(low, words)) == expected, (doc.doc_id, words)
            found += len(expected)
    assert found > 10_000
    odd = "ban\x1cgiám hiệu, ban  giám\u3000hiệu; giám hiệu ban giám hiệuu ban giám hiệu"
    words = ["ban", "giám", "hiệu"]
    assert list(phrase_spans(odd, words)) == [(15, 29), (56, 69)]  # not across \x1c, not inside `hiệuu`
    assert list(phrase_spans(odd, words)) == spans(regex.finditer(r"(?<![\p{L}])ban\s+giám\s+hiệu(?![\p{L}])", odd))


def test_signer_titles_found_from_their_first_words():
    # The titles of a signature block are tried only where `PHÓ` or a title opens; the definition is the
    # title pattern's own `finditer`, over every text (the closing blocks and the whole text, as
    # `_first_signed` reads it) and over the texts in capitals, where titles are dense.
    found = 0
    for doc in documents():
        for text in (doc.folded, doc.folded.upper()):
            expected = spans(frame_signature._title_pattern().finditer(text))
            assert spans(frame_signature._titles(text)) == expected, doc.doc_id
            found += len(expected)
    assert found > 1_000


def test_closing_block_end_walks_the_lines_as_the_line_index_did():
    # The plain form: the text's lines indexed, the line of the `Nơi nhận` match, then the lines after it
    # passed over while they are blank, list items, `Lưu`, capitals, names or a `(Đã ký)` note.
    from pipeline import split

    def by_index(text: str, pos: int) -> int:
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        i = bisect.bisect_right(starts, pos)  # the line after the one holding `pos`
        while i < len(lines):
            line = lines[i]
            if not (not line.strip() or split._LIST_ITEM.match(line) or "Lưu" in line or split._CAPS_LINE.match(line)
                    or split._NAME_LINE.match(line) or split._SIGNATURE_NOTE.match(line)):
                return starts[i]
            i += 1
        return -1

    checked = 0
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = normalize(read(path).text)
            for match in split._NOI_NHAN.finditer(text):
                assert split._closing_block_end(text, match.start()) == by_index(text, match.start()), path.name
                checked += 1
    # a block that runs to the end of the text, and one on the text's last line
    for text in ("Kế hoạch\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n", "Kế hoạch\nNơi nhận:"):
        at = text.index("Nơi")
        assert split._closing_block_end(text, at) == by_index(text, at) == -1
    assert checked > 100


def test_wrap_width_counts_the_lines_as_the_plain_loop():
    def plain(texts: list[str]) -> int:
        lengths = sorted(len(t.rstrip()) for t in texts if len(t.strip()) >= 40)
        if len(lengths) < 20:
            return 0
        width = lengths[int(0.9 * len(lengths)) - 1]
        near = sum(1 for n in lengths if width - 10 <= n <= width + 2)
        return width if width <= 110 and near >= 0.4 * len(lengths) else 0

    widths = set()
    for doc in documents():
        lines = section_lines.Lines(doc.text)
        assert lines.wrap_width == plain(lines.texts), doc.doc_id
        widths.add(lines.wrap_width)
    assert 0 in widths and len(widths) > 3  # wrapped texts (pdftotext, OCR) and unwrapped ones


def test_a_heading_party_is_read_once_per_section_as_by_walking_up():
    # `Fields._read_heading_party` keeps each section's answer; the definition walks up from the
    # section, reading every heading on the way, for every section of every document.
    from pipeline import deadline_fields

    def walked(reader, section) -> str:
        while section is not None:
            own = reader._named_in_heading(section)
            if own is not None:
                return own
            section = reader.outline.parent(section)
        return ""

    named = 0
    for doc in documents():
        outline = sections.segment(doc.doc_id, doc.text)
        reader = deadline_fields.Fields(doc.text, lowered(doc.folded), outline)
        for section in reversed(outline):  # the deepest last: parents are asked before and after their children
            expected = walked(reader, section)
            assert reader._read_heading_party(section) == expected, (doc.doc_id, section.section_id)
            named += bool(expected)
    assert named > 100


def test_fold_skips_only_pairs_whose_word_cannot_fold(monkeypatch):
    # fold scans for old-style pairs not followed by a plain letter (`hoạt`, `toàn`, `kế hoạch` never fold);
    # looking at every pair, as the definition does, gives the same text.
    every_pair = re.compile(f"[{textfold._TONED_A_E}{textfold._TONED_Y}]"
                            f"(?:(?<=[oO][{textfold._TONED_A_E}])|(?<=[uU][{textfold._TONED_Y}]))")
    texts = [doc.text for doc in documents()]
    fast = [fold(text) for text in texts]
    monkeypatch.setattr(textfold, "_OLD_STYLE", every_pair)
    assert sum(len(every_pair.findall(text)) for text in texts) > 10_000
    assert [fold(text) for text in texts] == fast
    assert sum(a != b for text, folded in zip(texts, fast) for a, b in zip(text, folded)) > 500


def test_nơi_nhận_labels_found_in_the_lowered_text_are_the_patterns_matches():
    # split and the signature find the `Nơi nhận` label's words with `str.find` in the lowered folded text and
    # try their patterns at the start of those lines: the plain form scans the whole text with the pattern.
    from pipeline import split

    labels = 0
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = normalize(read(path).text)
            low = lowered(fold(text))
            plain = list(split._NOI_NHAN.finditer(text))
            assert spans(split._labels(text, low)) == spans(plain), path.name
            labels += len(plain)
    assert labels > 100
    first = 0
    for doc in documents():
        plain = next(frame_signature._NOI_NHAN.finditer(doc.text), None)
        fast = frame_signature._first_label(doc.text, doc.folded)
        assert (fast and fast.span()) == (plain and plain.span()), doc.doc_id
        first += plain is not None
    assert first > 100
    # A `(?i)i` also matches the dotted capital İ, which lowering keeps: such a text takes the plain scan.
    text = "KẾ HOẠCH\nNƠİ NHẬN:\n- Như trên;\n- Lưu: VT.\nNơi nhận:\n- UBND xã;"
    assert textfold.lowered_for_finding(text) is None
    assert spans(split._labels(text, None)) == spans(split._NOI_NHAN.finditer(text))
    assert frame_signature._first_label(text, text).span() == next(frame_signature._NOI_NHAN.finditer(text)).span()


def test_closing_formulas_found_in_the_lowered_text_are_the_patterns_matches():
    # `Trên đây là Kế hoạch …`: tried where the lowered text holds the phrase, found as the pattern's own scan.
    found = 0
    for doc in documents():
        plain = spans(frame._CLOSING.finditer(doc.text))
        assert spans(frame._closings(doc)) == plain, doc.doc_id
        found += len(plain)
    assert found > 10


def test_date_lines_searched_from_their_anchor_are_the_patterns_first_matches():
    # The header's place-and-date patterns are searched from where a place before the first `, ngày` (or
    # ` ngày 5`) could start: the same first match as searching the whole window.
    from pipeline import frame_header

    pairs = ((frame_header.PLACE_DATE, frame_header._PLACE_DATE_ANCHOR, frame_header._BEFORE_PLACE_DATE),
             (frame_header._PLACE_DATE_BARE, frame_header._PLACE_DATE_BARE_ANCHOR, frame_header._BEFORE_PLACE_DATE_BARE))
    found = 0
    for doc in documents():
        for window in (doc.text[:3000], doc.text):
            for pattern, anchor, before in pairs:
                plain = pattern.search(window)
                fast = frame_header._search_from_anchor(pattern, window, anchor, before)
                assert (fast and fast.span()) == (plain and plain.span()), doc.doc_id
                found += plain is not None
        for line in doc.text[:3000].split("\n"):  # a title's lines, as frame_title asks
            plain = frame_header.PLACE_DATE.search(line)
            assert (plain and plain.span()) == ((fast := frame_header.place_date(line)) and fast.span()), doc.doc_id
    assert found > 200


def test_names_noted_as_signed_found_from_their_note_are_the_patterns_matches():
    # `Võ Văn Kiệt (Đã ký)`: the name is tried at the start of the lines holding the note, as its scan finds.
    found = 0
    for doc in documents():
        plain = spans(frame_signature._SIGNED_NAME.finditer(doc.folded))
        assert spans(line_start_matches(frame_signature._SIGNED_NAME, doc.folded,
                                        frame_signature._SIGNED_NOTE_WORDS)) == plain, doc.doc_id
        found += len(plain)
    assert found >= 3  # few texts write the note without a block


def test_split_reads_annex_declarations_and_closing_formulas_in_the_lowered_text():
    # `kèm theo Quyết định này` tried where the lowered text holds `kèm theo`; whether a segment holds
    # `Trên đây là` or `Nơi nhận` read with `str.find` in its lowered form: as the patterns' own scans.
    from pipeline import split

    declared = closing = 0
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = normalize(read(path).text)
            folded = fold(text)
            low = lowered(folded)
            plain = spans(split._DECLARES_ANNEX.finditer(folded))
            assert spans(anchored_matches(split._DECLARES_ANNEX, folded, ("kèm theo",), found_in=low)) == plain
            declared += len(plain)
            for start in range(0, len(text), 5000):  # segments as split cuts them: any start, to the end
                plain = split._CLOSING_FORMULA.search(text[start:]) is not None
                fast = split._closes(text[start:], low[start:])
                assert fast == plain, (path.name, start)
                closing += plain
    assert declared > 5 and closing > 100


def test_the_number_line_searched_from_its_word_is_the_patterns_first_match():
    # `Số: 95/KH-TC`: the header's number pattern searched from the line of the first `số:`, as from the start.
    from pipeline import frame_header

    found = 0
    for doc in documents():
        for window in (frame_header.header_zone(doc), doc.text[:3000], doc.text):
            plain = frame_header._NUMBER.search(window)
            fast = frame_header._number_line(window)
            assert (fast and fast.span()) == (plain and plain.span()), doc.doc_id
            found += plain is not None
    assert found > 200


def _ties_reversed(words) -> list[str]:
    """The stages' order (pattern_cache.longest_first) with every run of words of one length reversed."""
    return sorted(set(words), key=lambda word: (len(word), word), reverse=True)


def test_the_order_of_words_of_one_length_changes_no_match_of_the_lexicons_alternations(monkeypatch):
    # An alternation tries its words longest first, so a longer word wins over its own prefix; words of
    # one length are put in alphabetical order only so that the pattern's text is the same in every
    # process (pattern_cache.py can then hold it). Built with those ties the other way round,
    # each pattern finds the same spans, groups included, on every line of the shared texts
    # (frame_title's on case-folded lines, as it searches them; trich_yeu's at every word's start).
    from pipeline import frame_title, pattern_cache
    from pipeline.citations import trich_yeu

    assert _ties_reversed(["ab", "b", "aa", "c"]) == ["ab", "aa", "c", "b"]
    assert pattern_cache.longest_first(["ab", "b", "aa", "c", "b"]) == ["aa", "ab", "b", "c"]
    builders = {"enacting": frame_title._enacting_body_regex, "titled": frame_title._titled_body_regex,
                "authority": frame_title._authority_regex, "tail": frame_title._signer_title_tail,
                "heads": trich_yeu._heads.__wrapped__}
    ours = {name: build() for name, build in builders.items()}
    monkeypatch.setattr(frame_title, "longest_first", _ties_reversed)
    monkeypatch.setattr(trich_yeu, "longest_first", _ties_reversed)
    theirs = {name: build() for name, build in builders.items()}
    assert all(ours[name].pattern != theirs[name].pattern for name in builders)  # ties there are, in each
    found = dict.fromkeys(builders, 0)
    word_start = regex.compile(r"(?<![\p{L}])\p{L}")
    for doc in documents():
        for line in doc.text.splitlines():
            key = textfold.key_fold(line)
            for name in ("enacting", "titled", "authority", "tail"):
                mine, other = ours[name].search(key), theirs[name].search(key)
                assert (mine and (mine.span(), mine.groups())) == (other and (other.span(), other.groups())), line
                found[name] += mine is not None
        for start in word_start.finditer(doc.text):
            mine = ours["heads"].match(doc.text, start.start())
            other = theirs["heads"].match(doc.text, start.start())
            assert (mine and mine.span()) == (other and other.span()), doc.doc_id
            found["heads"] += mine is not None
    assert min(found.values()) > 0, found
