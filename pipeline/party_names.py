"""Party names: where the name of a responsible body or post starts and ends, and its normalized form.

A name opens with a head (`Sở`, `Ủy ban`, `Phó Chủ tịch`, `các cơ quan`, an entry of models/parties.tsv)
and runs on over capitalised words, numbers and the lower-case words that occur inside names of bodies
(models/org_words.txt), until a predicate word (`chủ trì`, `tổ chức`, `có trách nhiệm`), a stop word
(`để`, `theo`, `về`) or punctuation: the genre writes `<party> <predicate>` and `<cue> <party>`, so the
predicate lexicon (models/party_cues.tsv) decides most extents without a tagger.

All scanning runs on the document's folded lower-case text (same length as the text, so offsets stay
valid); the original text is consulted for capitals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import MODELS_DIR, load, school_levels, starts_with_org, table_rows
from .nlp_models import phrase_tags, phrase_words
from .pattern_cache import trie_pattern
from .point_marks import SLASH
from .textfold import fold, lowered

# A word: letters and digits, with inner `&`, `/`, `.` or `'` (`GD&ĐT`, `đ/c`, `TP.HCM`); else one symbol.
_TOKEN = re.compile(r"[^\W_]+(?:[&/.'’][^\W_]+)*|\S")
# A new list item or paragraph ends a name even without punctuation.
_ITEM_BREAK = re.compile(r"\n[ \t]*(?:\n|[-+•*·–]|\(?\d{1,2}[.)]|[a-zđ]\)|[ivx]+\.|(?:\d{1,2}|[a-zđ]|[ivx]+)" + SLASH + ")")


@dataclass(frozen=True)
class Known:
    """An entry of models/parties.tsv: the canonical name and its category (head | unit | body | staff | outside)."""

    canonical: str
    category: str


@dataclass(frozen=True)
class Vocabulary:
    known: dict[str, Known]  # folded lower-case variant -> entry
    head_kind: dict[str, str]  # folded lower-case head -> org | title | unit | known
    collectives: frozenset[str]  # nouns that name bodies after a determiner
    determiners: tuple[str, ...]
    honorifics: tuple[str, ...]
    cues: dict[str, frozenset[str]]  # folded lower-case phrase -> its functions
    name_words: frozenset[str]  # lower-case words found inside names of bodies
    party_words: frozenset[str]  # lower-case words of party names beyond the bodies' (posts, collectives)
    mention: re.Pattern  # a head, a known name, or a determiner + collective, on lowered text
    not_head: re.Pattern  # common words that open with a head word (`tổ quốc`, `hội nghị`)
    known_pattern: re.Pattern  # the names of models/parties.tsv, for a scan of the whole text
    bare: frozenset[str]  # heads that alone name no party
    openers: frozenset[str]  # the characters a party name can open with (a test before `mention`)


@lru_cache(maxsize=1)
def list_heads() -> frozenset[str]:
    """The heads a list writes once and carries over to members named by their field (models/party_list_heads.txt),
    as keys."""
    return frozenset(key(row[0]) for row in table_rows("party_list_heads.txt"))


@lru_cache(maxsize=1)
def _apposition_pattern() -> re.Pattern:
    return re.compile(_trie([key(row[0]) for row in table_rows("party_appositions.txt")]) + r"(?![\w&])")


def apposition_at(low: str, pos: int) -> int:
    """End of the words at `pos` that say what the body named before is (`cơ quan thường trực`:
    models/party_appositions.txt), or 0."""
    m = _apposition_pattern().match(low, pos)
    return m.end() if m else 0


@lru_cache(maxsize=None)
def place_words(*kinds: str) -> tuple[str, ...]:
    """The words of models/party_levels.txt of these kinds (`level`: xã, huyện, tỉnh …; `area`: thôn, tổ
    dân phố …), longest first so that an alternation of them reads `thị xã` whole."""
    words = [row[0] for row in table_rows("party_levels.txt") if len(row) > 1 and row[1] in kinds]
    return tuple(sorted(words, key=len, reverse=True))


def _lines(name: str) -> list[str]:
    with open(MODELS_DIR / name, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Lookup key of a phrase: folded, lower-case, single spaces, `, ` after commas. (`str.split` stands for
    `re.sub(r"\\s+", " ", …).strip()`, and the comma pattern runs only where there is a comma: a key is made for
    every name and word looked up.)"""
    low = fold(text).lower()
    if "," in low:
        low = _COMMA.sub(", ", low)
    return " ".join(low.split())


_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Loaded once per process (before workers fork)."""
    lex = load()
    known: dict[str, Known] = {}
    for row in table_rows("parties.tsv"):
        if len(row) < 3:
            continue
        entry = Known(row[0], row[1])
        for variant in row[2].split("|"):
            variant = key(variant)
            if not variant:
                continue
            forms = {variant}
            for abbr, expansion in lex.abbreviations.items():  # `ban chỉ đạo` is also written `BCĐ`
                low = key(expansion)
                forms |= {form.replace(low, abbr.lower()) for form in list(forms) if low in form}
            for form in forms:
                known.setdefault(form, entry)
    head_kind: dict[str, str] = {key(h): "org" for h in lex.org_heads}
    collectives, determiners, honorifics, bare = set(), [], [], set()
    for row in table_rows("party_heads.tsv"):
        phrase, kind = key(row[0]), row[1]
        if kind == "bare":
            bare.add(phrase)
            continue
        if kind in ("collective", "staff"):  # staff categories listed together stay one party
            collectives.add(phrase)
        if kind == "collective":
            continue
        if kind == "determiner":
            determiners.append(phrase)
        elif kind == "honorific":
            honorifics.append(phrase)
        else:
            head_kind[phrase] = kind
    for form in known:
        head_kind.setdefault(form, "known")
    for abbr, full in lex.abbreviations.items():  # `PHT` names a post as `Phó Hiệu trưởng` does, `BHXH` a body
        if head_kind.get(key(full)) in ("title", "org"):
            head_kind.setdefault(key(abbr), head_kind[key(full)])
    places = frozenset(key(w) for w in place_words("level", "area"))  # `Trưởng ấp`, `Trưởng bản`
    cues: dict[str, set[str]] = {}
    for row in table_rows("party_cues.tsv"):
        cues.setdefault(key(row[0]), set()).add(row[1])
    opens_name = re.compile(_trie(head_kind) + r"\b")
    abbreviated = [abbr.lower() for abbr, full in lex.abbreviations.items() if opens_name.match(key(full))]
    heads = _trie(list(head_kind) + abbreviated)
    dets = _trie(determiners)
    # (after a determiner, an abbreviated name too: `Toàn thể CB-GV-CNV`, `các CBGV`)
    colls = _trie(collectives | {h for h, k in head_kind.items() if k != "not"} | set(abbreviated))
    # `\b` rather than look-behinds: the engine rejects most positions on their first character.
    # `ông (bà)`, `ông/bà`, `ông, bà`: a letter addresses the holder of a post whoever they are
    honor = rf"{_trie(honorifics)}(?:\s*(?:/|,\s*|\(\s*)(?:{_trie(honorifics)})\s*\)?)?"
    # `Đồng chí Nguyễn Văn An, Phó Chủ tịch …`, `Thầy Nguyễn Văn Thành PHT`: a person addressed by name, then the post
    person = _trie(key(name) for name in lex.surnames) + r"(?:\s+\w+){1,3}?\s*[,–-]?\s+"
    mention = re.compile(rf"\b(?:\d+\s+)?(?:(?P<honor>{honor}\s+)(?P<person>{person})?)?"
                         rf"(?:(?P<head>{heads})|{dets}\s+(?P<coll>{colls}))(?![\w&])")
    return Vocabulary(
        known=known, head_kind=head_kind, collectives=frozenset(collectives),
        determiners=tuple(sorted(determiners, key=len, reverse=True)),
        honorifics=tuple(sorted(honorifics, key=len, reverse=True)),
        cues={k: frozenset(v) for k, v in cues.items()},
        name_words=frozenset(key(w) for w in lex.org_words) | frozenset(collectives) | places |
        frozenset(key(w) for w in _lines("party_name_words.txt")),
        party_words=frozenset(collectives) | places | frozenset(key(w) for w in _lines("party_name_words.txt")),
        mention=mention,
        not_head=re.compile(_trie([h for h, k in head_kind.items() if k == "not"]) + r"(?![\w&])"),
        known_pattern=re.compile(_trie(known) + r"(?![\w&])"),
        bare=frozenset(bare) | frozenset(h for h, k in head_kind.items() if k == "org" and " " not in h),
        openers=frozenset("0123456789") | frozenset(p[0] for p in [*head_kind, *determiners, *honorifics, *(
            a.lower() for a in lex.abbreviations)] if p))


@lru_cache(maxsize=1)
def own_acts() -> tuple[str, ...]:
    """What the issuing body does when it writes the document itself (`thông báo`, `ban hành kế hoạch`: models/
    party_own_acts.txt, not its lead-ins), as keys."""
    return tuple(key(row[0]) for row in table_rows("party_own_acts.txt") if row[1:] != ["lead-in"])


@lru_cache(maxsize=1)
def statute_types() -> frozenset[str]:
    """The document types whose articles state general rules (models/party_statute_types.txt)."""
    return frozenset(_lines("party_statute_types.txt"))


_trie = trie_pattern  # (pattern_cache.trie_pattern, used all over this module)


@dataclass(slots=True)  # (not frozen: one is made wherever a name opens, ~4,000 per MB, and frozen costs 3× to make)
class Mention:
    start: int
    end: int  # end of the head (the name may run on)
    kind: str  # org | title | staff | unit | known | collective
    post: int = -1  # where the post starts after a person's name (`Đồng chí Nguyễn Văn An, Phó Chủ tịch …`)


def mention_at(text: str, low: str, pos: int) -> Mention | None:
    """The party name that opens at `pos`, if one does (its head; the name may run on). A body's head
    in lower case (`ban`, `hội`, `phòng`) is a common noun unless a determiner precedes it (`các ban`).
    Matched only at anchors (clause starts, cue words): never scanned over the whole text."""
    voc = vocabulary()
    if pos >= len(low) or low[pos] not in voc.openers or (pos and (low[pos - 1].isalnum() or low[pos - 1] in "&/")):
        return None
    m = voc.mention.match(low, pos)
    return mention_of(text, low, pos, m, m.end()) if m else None


def mention_of(text: str, low: str, pos: int, m: re.Match, end: int) -> Mention | None:
    """`mention_at`'s answer from a match of the `mention` pattern at `pos` ending at `end` (`m` may be a larger
    pattern's match that holds it, with its groups)."""
    voc = vocabulary()
    head = m.group("head")
    if m.group("person") is not None and not (head is not None and voc.head_kind.get(key(head)) in ("title", "known") and
                                              _capitalised(text, m.start("person"), m.end("person"))):
        return None  # a person's name is followed by the post they hold
    opener = m.start("head") if head is not None else m.start("coll")
    common = voc.not_head.match(low, opener)
    if common and (common.end() > end or (common.end() == end and head is not None)) and \
            not (head is None and _label_read_on(low, end, common.end())):
        return None
    if head is None:
        kind = "collective"
    else:
        kind = voc.head_kind.get(key(head), "org")  # an abbreviation (`ubnd`) is a body's
        if kind == "not":
            return None
        if kind == "org" and not text[m.start("head")].isupper() and m.group("honor") is None:
            return None
    return Mention(pos, end, kind, m.start("head") if m.group("person") is not None else -1)


_DUTY = re.compile(r"(?:có|chịu) trách nhiệm|có nhiệm vụ|phải\b")
_ASSIGNED = re.compile(r"(?:đã\s+)?được\s+(?:giao|phân\s+công)(?:\s+nhiệm\s+vụ)?")


def _label_read_on(low: str, end: int, label_end: int) -> bool:
    """`yêu cầu các đơn vị thực hiện các quy định …`: after a determiner, a column label's words (`Đơn vị thực hiện`)
    are a kind of body and the predicate after it, which labels never open with, when the predicate goes on (`… thực
    hiện nghiêm túc …`); before punctuation or a duty the words name the bodies by what they do (`Các cơ quan phối
    hợp có trách nhiệm:`, `do mỗi cơ quan chủ trì,`)."""
    cue = cue_at(low, end + 1, PREDICATE_OR_COORDINATE) if low[end:end + 1] == " " else None
    if not cue or cue[1] != label_end:
        return False
    after = _TOKEN.search(low, label_end, label_end + 40)
    return bool(after) and after.group(0)[0].isalpha() and not _DUTY.match(low, after.start())


def _capitalised(text: str, start: int, end: int) -> bool:
    return all(word[:1].isupper() for word in text[start:end].replace(",", " ").split() if word not in ("-", "–"))


# The function sets cue_at is asked for, built once (a set built per call costs more than the match).
PREDICATE, STOP, COORDINATE = frozenset({"predicate"}), frozenset({"stop"}), frozenset({"coordinate"})
PREDICATE_OR_STOP = PREDICATE | STOP
PREDICATE_OR_COORDINATE = PREDICATE | COORDINATE
_COLUMN_GAP = re.compile(r"[ \t]{4,}")


def _sentence_case(text: str, at: int) -> bool:
    """`Sau …`, not `SAU …` (a heading in capitals) nor `sau`."""
    return text[at].isupper() and text[at + 1: at + 2].islower()


REPORTED = frozenset({"reported"})  # what a report carries: `báo cáo X kết quả thực hiện`
OBJECT_CUES = frozenset({"coordinate", "report", "toward", "directive", "passive", "enable"})  # cues with an object


def cue_at(low: str, pos: int, functions: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The longest cue phrase starting at `pos` (whole words), with one of `functions` if given:
    (phrase, end) or None."""
    m = cue_pattern(functions).match(low, pos)
    if not m:
        return None
    return key(m.group(0)), m.end()


def cue_pattern(functions: frozenset[str]) -> re.Pattern:
    """The pattern of the cue phrases with one of `functions` (all of them if empty), as `cue_at` matches it."""
    return _CUE_PATTERNS.get(functions) or _cue_pattern(functions)


def _cue_pattern(functions: frozenset[str]) -> re.Pattern:
    phrases = [p for p, f in vocabulary().cues.items() if not functions or f & functions]
    _CUE_PATTERNS[functions] = re.compile(_trie(phrases) + r"(?![\w&])")
    return _CUE_PATTERNS[functions]


def cue_within(low: str, start: int, end: int, functions: frozenset[str]) -> bool:
    """Whether a cue phrase with one of `functions` opens a word of low[start:end] (tried at word starts only)."""
    pattern = cue_pattern(functions)
    return any(pattern.match(low, at.start()) for at in _WORD_STARTS.finditer(low, start, end))


_WORD_STARTS = re.compile(r"(?<![\w&])(?=\w)")


# per set of functions: a dict (cue_at is called ~8,000 times per MB; an lru_cache lookup costs more)
_CUE_PATTERNS: dict[frozenset[str], re.Pattern] = {}


# A steering committee is named after its task: `Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở`.
# (It ends before `và các …`, the next party listed: `Ban Chỉ đạo công tác Dân số tỉnh Hà Giang và các` ⏎ `đơn vị …`,
# or before its clause's predicate: `Ban công tác tổ chức thực hiện Quy chế dân chủ cơ sở nhà trường có nhiệm vụ …`.)
# (a national board's scope before its task, and the task's `phòng, chống` pair: `Ban Chỉ đạo quốc gia về phòng, chống
# thiên tai`; a movement it leads, its name in quotes: `Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn
# hóa”`)
_NAMED_AFTER_TASK = re.compile(r"(?:\s+(?P<scope>quốc gia|trung ương))?"
                               r"\s+(?:(?:tổ chức )?thực hiện|triển khai|về|công tác|phong trào(?=\s*[“\"]))\s+(?:phòng,\s*chống\s+)?"
                               r"[^;,.:\n()]{3,80}?"
                               r"(?=\s*(?:[;,.:\n(]|\s(?:của|trong|tại)\s|\svà\s+(?:các|những)\b)"
                               r"|\s(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm)\s)")


# (a movement's or a campaign's name in quotes, however it is cased: `phong trào “ toàn dân đoàn kết …”`)
_QUOTED_NAME = re.compile(r"[“\"][^”\"\n]{3,}[”\"]")


@lru_cache(maxsize=1)
def _task_named_boards() -> tuple[tuple[str, ...], frozenset[str]]:
    """The boards named after their task (models/party_task_named_boards.txt), as keys, and the letters they open with
    (asked first: name_end runs for every name)."""
    boards = tuple(key(row[0]) for row in table_rows("party_task_named_boards.txt"))
    return boards, frozenset(b[0] for b in boards)


def _board_at(low: str, at: int) -> int:
    """The end of a board named after its task that opens at `at` (a name's start, or a post's name going on with it:
    `Chủ tịch Hội đồng thẩm định`), else 0."""
    boards, initials = _task_named_boards()
    if low[at] not in initials:
        return 0
    board = next((b for b in boards if low.startswith(b, at) and not low[at + len(b):at + len(b) + 1].isalnum()), "")
    return at + len(board) if board else 0


# A time after a name, written with a capital (`… chuyên môn Chậm nhất sáng 25/01/2021`, `… Văn phòng Trước ngày 20/01`).
_TIME_AFTER_NAME = re.compile(r"(?:chậm nhất|trước|sau|đến|tới|vào|kể từ)\s+(?:ngày|\d|tháng|quý|năm|tuần|sáng|chiều|tối|"
                              r"lúc|thứ|hết)")


# The part of a period after a name (`… Sở Tài chính đầu tháng 11`, `… cuối năm`): a time, no word of the name.
_PART_OF_PERIOD = re.compile(r"(?:đầu|cuối|giữa)\s+(?:tháng|năm|quý|tuần|học\s+kỳ|kỳ)\b")


def name_end(text: str, low: str, start: int, head_end: int, limit: int) -> int:
    """Where the name that opens at `start` (its head ending at `head_end`) ends, before `limit`.

    A proper name (a body's head followed by a capitalised word: `Trung tâm Xúc tiến đầu tư, thương mại
    và du lịch tỉnh`, `Sở Lao động, Thương binh và Xã hội`) runs on over lower-case words and commas
    until a predicate, a stop word or another party's head; a generic name (`các cơ quan, đơn vị liên
    quan`) only over the words known to occur in names."""
    # (or a board that opens inside the head, its post and its own head written once: `Trưởng ban chỉ đạo phòng, chống
    # …`, `Phó Trưởng Ban Chỉ đạo …`)
    board_end = _board_at(low, start)
    blank = low.find(" ", start, head_end) if not board_end else -1
    while blank >= 0 and not board_end:
        board_end = _board_at(low, blank + 1)
        blank = low.find(" ", blank + 1, head_end)
    if board_end and board_end >= head_end:
        head_end = board_end
        named = _NAMED_AFTER_TASK.match(low, head_end, min(len(low), limit + 1))
        named = named if named and named.end() <= limit else None
        if named and text[named.end() - 1: named.end()].strip() and \
                (named.group("scope") or any(c.isupper() for c in text[head_end:named.end()])
                 or _QUOTED_NAME.search(low, head_end, named.end())):
            for level in _LEVEL_WORD.finditer(low, head_end + 1, named.end()):
                if not low[level.start() - 1].isalnum() and _level_then_predicate(low, level.start()):
                    return level.end()  # (`Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã tổ chức …`)
            return named.end()
        # `Ban Chỉ đạo chuyển đổi số xã tổ chức …`: named after its task (a verb) in lower case, closed by its level
        after_head = head_end + 1 if low.startswith(" ", head_end) else head_end
        named_end = _field_closed_by_level(text, low, after_head, limit, task=True)
        if named_end:
            head_end = named_end
    limit = min(limit, start + _LONGEST_NAME)
    end = pos = head_end
    proper = False
    previous = start
    vocabulary_kind = "name" if _body_head(low, start, head_end) else "party"
    while pos < limit:
        m = _TOKEN.search(low, pos, limit)
        if not m:
            break
        gap = low[pos:m.start()]
        if "\n" in gap and (_ITEM_BREAK.match(low, pos + gap.index("\n")) or _post_opens(text, low, m.start())
                             or (_sentence_case(text, m.start()) and cue_at(low, m.start(), PREDICATE_OR_STOP))
                             or low.startswith("nơi nhận", m.start())):
            # (a post opening a line is a new sentence's subject, under `Điều 10. Phó Chủ tịch …`; so is a
            # capitalised `Sau khi …`, `Trong …` opening the next line; the signer's title goes on into no `Nơi nhận`)
            break
        if len(gap) >= 4 and "\n" not in gap and _COLUMN_GAP.search(gap):
            break  # the gap between two columns of a header laid out in text (`ỦY BAN NHÂN DÂN      CỘNG HÒA …`)
        if gap == " \n ":
            break  # the next cell of a table row (normalize writes a row one cell a line, ` \n ` between)
        token, at = m.group(0), m.start()
        if token[0].isalnum():
            if text[at].isupper() and _TIME_AFTER_NAME.match(low, at):
                break  # `nộp cho Phó Hiệu trưởng chuyên môn Chậm nhất sáng 25/01/2021`: a time, capitalised as web text may
            if low[at] in "đcg" and _PART_OF_PERIOD.match(low, at):
                break  # `nộp về Sở Tài chính đầu tháng 11`: the part of a month (`đầu` is a word of `Đầu tư`)
            if text[at].isupper() and low[previous:pos].rstrip() in _level_ends() and \
                    _verb_before_document(text, low, at):
                break
            if pos == head_end and not text[at].isupper() and _names_after_head(text, low, start, head_end, at, limit):
                # `Ban xây dựng Đảng`, `Trung tâm phục vụ hành chính công`: a bare head needs a name
                step = cue_at(low, at, PREDICATE)[1]
                proper = True
            elif vocabulary_kind == "party" and not proper and _sector_listed(text, low, at, limit):
                # `các cơ quan tuyên truyền, báo chí`: a sector that could be a verb, listed with another
                step = phrase_at(low, at, "party")
            elif low.startswith("và", at) and m.end() == at + 2 and _joint_office(text, low, start, at, limit):
                step = m.end()
            elif low.startswith("và", at) and m.end() == at + 2 and \
                    (listed := subject_listed(text, low, start, pos, m.end(), limit)):
                step = listed  # `… môn Ngữ văn và Tiếng Anh`
            else:
                bare = pos == head_end and vocabulary_kind == "name" and " " not in low[start:head_end].strip()
                step = _name_step(text, low, at, m.end(), limit, proper, previous, vocabulary_kind, bare) or \
                    (0 if proper else qualifier_end(low, at, limit) or _subject_taught(low, at, limit))
                if not step and text[at].islower() and \
                        ("\n" in gap or text[text.rfind(" ", head_end, pos) + 1].isupper()):  # (else no word to join)
                    step = m.end() if _split_word(text, low, head_end, pos, at, "\n" in gap) else 0
                if not step and proper and vocabulary_kind == "name" and text[at].islower() and text[previous].isupper():
                    step = _lower_words_before_next_party(text, low, at, limit)
                if not step and proper and text[at].islower() and low.startswith(_enterprise_heads(), start):
                    step = _trade_before_own_name(text, low, at, limit)
                if not step and vocabulary_kind == "name" and text[at].islower() and pos == m.start() - 1:
                    step = _field_closed_by_level(text, low, at, limit)
            if not step:
                break
            if pos == head_end and text[at].isupper():
                proper = True
            if text[at].isupper() and vocabulary_kind == "party" and _body_head(low, at, step):
                vocabulary_kind = "name"  # `Chủ tịch Ủy ban nhân dân …`: a body's name follows the post
            previous = at
            end = pos = step
            continue
        if token == ",":
            after = _TOKEN.search(low, m.end(), limit)
            if not after or not after.group(0)[0].isalnum() or _ITEM_BREAK.search(low, m.end(), after.start()):
                break
            other = mention_at(text, low, after.start())
            if other and other.kind == "staff" and vocabulary_kind == "name":
                break  # `Đoàn đại biểu Quốc hội, đại biểu Quốc hội`: a body, then a kind of person (not `cán bộ, công chức`)
            if text[after.start()].islower() or _kind_capitalised(text, low, after.start(), limit):
                # `các sở, ban, ngành`, `cơ quan, đơn vị`: kinds of body enumerated under one head, not
                # `cấp ủy, ban lãnh đạo` (a new name) or `… chính trị - xã hội, tổ chức thành viên …`
                step = phrase_at(low, after.start(), "collective") or phrase_at(low, after.start(), "level")
                if step and not (other and other.end > step) and enumerating(low, start, m.start()) and \
                        not _kind_after_levels(low, start, m.start(), after.start()):
                    end = pos = _kind_word_end(text, low, after.start(), step, limit)
                    previous = after.start()
                    continue
            step = _school_listed(text, low, start, m.start(), after.start(), limit) or \
                subject_listed(text, low, start, m.start(), after.start(), limit)
            if step:
                end = pos = step
                continue
            if vocabulary_kind == "party" and not proper and not other and phrase_at(low, previous, "party") == pos \
                    and phrase_at(low, after.start(), "party") and not cue_at(low, after.start(), PREDICATE_OR_STOP):
                end = pos = phrase_at(low, after.start(), "party")  # `… truyền thông, báo chí`: sectors listed
                continue
            sectors = _SECTORS.match(low, after.start()) if proper and not other else None
            if sectors and (text[after.start()].isupper() and text[sectors.end() - 1].isupper() or
                            not cue_at(low, after.start(), PREDICATE_OR_STOP) and
                            (text[after.start()].isupper() or phrase_at(low, after.start(), "party"))):
                # (capitalised before and after `và`, the sectors are the name's even where a verb opens them: `Ban
                # Dân chủ, Giám sát và Phản biện xã hội`)
                step = _name_step(text, low, after.start(), after.end(), limit, proper)
                if step:
                    end = pos = step
                    continue
            break
        if token in "-–&":  # (`Sở Lao động -Thương binh và Xã hội`, `Phòng Giáo dục& Đào tạo`: two parts of a name)
            after = _TOKEN.search(low, m.end(), limit)
            field = _field_over_dash(low, previous, at, limit)
            if field:  # `công chức Địa chính - Xây dựng phối hợp …`: a title whose second part is also a verb
                end = pos = field
                continue
            if after and _bullet_run_on(text, low, at, after, proper):
                break
            if after and text[after.start()].isupper() and joint_body_after(text, low, start, at, after.start()):
                break  # `Ủy ban nhân dân Phường 7 – Công an Phường 7 triển khai …`: two local bodies acting together
            if after and (text[after.start()].islower() or low.startswith("cơ quan ", after.start())) and \
                    mention_at(text, low, after.start()):
                break  # `Sở Tư pháp - cơ quan thường trực Hội đồng …`: an apposition that says what the body is (also
                # capitalised: `Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh`)
            if after and not proper and text[after.start()].isupper() and low.startswith(("các ", "những "), start) \
                    and mention_at(text, low, after.start()):
                break  # `- Các Bộ, ngành, địa phương liên quan - Cục Đăng ký …`: a cell's items, bulleted on one line
            if after and after.group(0)[0].isalnum() and "\n" not in low[m.end():after.start()] and \
                    (not text[after.start()].islower() or phrase_at(low, after.start(), "name")) and \
                    not cue_at(low, after.start(), PREDICATE_OR_STOP):
                end = pos = after.end()
                previous = after.start()  # (the word after the dash opens the next part: `Kế hoạch-Tài chính`)
                continue
        break
    if proper and previous > head_end and end < limit and _opens_other_word(text, low, previous, end):
        end = len(low[:previous].rstrip())  # (asked of a proper name's last word only: the tagger is dear)
    trailing = TRAILING_GLUE.search(low, start, end)
    return trailing.start() if trailing and trailing.start() >= head_end else end


@lru_cache(maxsize=1)
def _level_ends() -> frozenset[str]:
    """The last syllables of the levels (`xã`, `phố` of `thành phố`): a test of the word before a capital that costs
    no pattern (asked at every capitalised word of a name)."""
    words = [key(word) for word in place_words("level")]
    return frozenset(words) | frozenset(word.split()[-1] for word in words)


def _verb_before_document(text: str, low: str, at: int) -> bool:
    """`Ủy ban nhân dân huyện Xây dựng Kế hoạch tổ chức rà soát …`: a capitalised verb after the level that ends a
    local body's name (`_level_ends`), with the type of the document it makes after it or a second syllable in lower
    case, is the predicate, no place's name."""
    cue = cue_at(low, at, PREDICATE)
    if not cue:
        return False
    after = cue[1] + 1
    if text[after:after + 1].isupper() and bool(_document_types().match(low, after)):
        return True
    # (`… Đảng bộ Khối các cơ quan tỉnh Hướng dẫn xây dựng mô hình …`: a verb of two syllables, its second in lower case,
    # is no place's name, whose every syllable is capitalised)
    space = text.find(" ", at, cue[1])
    return 0 < space < cue[1] and text[space + 1:space + 2].islower()


@lru_cache(maxsize=1)
def _document_types() -> re.Pattern:
    return re.compile(_trie([key(word) for word in load().type_by_word]) + r"(?!\w)")


# A label that opens a list's next item (`-Thời gian thực hiện:`): a few words, then a colon.
_LABEL_AHEAD = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:")


def joint_body_after(text: str, low: str, start: int, dash: int, after: int) -> bool:
    """Whether the name before a dash is a local body named with its level (`Ủy ban nhân dân xã`, `… Phường 7`) and a
    body's head and level follow it (`Công an xã`): two bodies, not two parts of one name (`Sở Lao động - Thương binh
    và Xã hội`, `Phòng Văn hóa - Thông tin`, whose parts are fields)."""
    other = mention_at(text, low, after)
    if other is None or other.kind != "org" or not _body_head(low, after, other.end):
        return False
    # (each named with its level: not a label after the dash, `UBND cấp xã - Cơ quan giải quyết: UBND cấp xã`)
    return bool(_LEVEL_ALONE.search(low, start, dash)) and bool(_LEVEL_ALONE.match(low, other.end + 1))


def _bullet_run_on(text: str, low: str, dash: int, after: re.Match, proper: bool) -> bool:
    """Whether a dash written against the next word only (`… và địa phương -Thời gian thực hiện: …`) opens the
    next bullet of a list that a line-wrap or a PDF's text layer ran onto the name's line: after a name of a kind,
    or before a label. Between two parts of a proper name it joins them (`Sở Lao động -Thương binh và Xã hội`)."""
    if after.start() != dash + 1 or not low[dash - 1:dash].isspace() or not after.group(0)[0].isalnum():
        return False
    return not proper or bool(_LABEL_AHEAD.match(text, after.start()))


# A post or kind of body named by its charge, `<head> phụ trách <field>` (`Chuyên viên phụ trách tổng hợp`,
# `các tổ chức phụ trách bầu cử ở địa phương`), or by the people it has, `<head> có người <relative clause>`
# (`cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử`).
# (`các cơ quan quản lý trực tiếp cơ sở giáo dục đại học phối hợp …`, `cơ quan, đơn vị trực tiếp quản lý người ứng cử`:
# the body that manages them directly, named so)
_CHARGE = re.compile(r"(?:phụ trách|làm công tác|quản lý trực tiếp|trực tiếp quản lý)\s+")
_HAS_PEOPLE = re.compile(r"có\s+người\s+")
_QUALIFIER_WORDS = 7
_FIELD_DASHES = ("-", "–")
_INNER_GLUE = frozenset({"ở", "tại", "của", "thuộc", "trong"})  # `… bầu cử ở địa phương`, `… kế toán của Quỹ`
# A time limit between a body and its duty (`Sở … trong thời gian 12 ngày kể từ ngày nhận đủ giấy tờ, có trách nhiệm
# …`, the procedures of a decree or circular): read up to a duty's own words only, as its `kể từ …` may name anything.
TIME_LIMIT = re.compile(r"trong\s+thời\s+(?:gian|hạn)\s[^;:.\n]{1,160}?[\s,]+(?=(?:có|chịu)\s+trách\s+nhiệm\b)")

CLAUSE_PREDICATE = re.compile(r"(?:có|chịu) trách nhiệm|có nhiệm vụ|thực hiện|tổ chức|phối hợp|chủ trì|triệu tập|căn cứ|tham mưu")


def qualifier_end(low: str, at: int, limit: int, listed: bool = False) -> int:
    """The end of a qualifier that names a post or a kind of body by its charge or its people, at `at`
    after a name that is not a proper name (0 if none there). In a labelled list (`listed`) any punctuation
    ends the name: the list's items are names.

    `<head> phụ trách <field>` (or `làm công tác <field>`) is a name when a predicate, a bracket or a colon
    follows the field (`Chuyên viên phụ trách tổng hợp tham mưu …`); before other punctuation the charge is the predicate itself (`Phó
    trưởng phòng phụ trách theo dõi kịp thời, tham mưu …`, `Hiệu trưởng phụ trách chung, …`). `<head> có
    người …` runs to a stop word, a predicate of duty or punctuation (`… có người được giới thiệu ứng cử để
    tổ chức …`)."""
    charge = _CHARGE.match(low, at)
    people = None if charge else _HAS_PEOPLE.match(low, at)
    if not charge and not people:
        assigned = _ASSIGNED.match(low, at) if low.startswith(("được", "đã"), at) else None
        # `các cơ quan, đơn vị đã được phân công nhiệm vụ có trách nhiệm …`: the bodies given the tasks, then their duty
        return assigned.end() if assigned and _DUTY.match(low, assigned.end() + 1) else 0
    pos = end = (charge or people).end()
    tags = words_tagged(low, people.start(), min(limit, pos + 80)) if people else {}  # (tagged from `có`)
    clause_verb = False  # (`người ứng cử`: the relative clause's own verb, read; `người được giới thiệu`: passive)
    for i in range(_QUALIFIER_WORDS + 1):
        word = _TOKEN.search(low, pos, limit)
        if not word:
            return end if listed and i else 0  # (a list item ends where its list does)
        if i == _QUALIFIER_WORDS or "\n" in low[end:word.start()]:
            return 0
        token, at = word.group(0), word.start()
        if token in _FIELD_DASHES and charge and i and _TOKEN.match(low, word.end() + 1):
            pos = word.end()  # `phụ trách công tác Dân chủ - Pháp luật`: one field named by two
            continue
        if not token[0].isalnum():  # (a bracket or a colon after a charge explains or labels the name)
            return end if i and (people or listed or token in "(:") else 0
        if people:
            if i and (CLAUSE_PREDICATE.match(low, at) or (token != "được" and cue_at(low, at, STOP))):
                return end
            if tags.get(at, ("", ""))[1] == "V" and token != "được":
                if clause_verb and cue_at(low, at, PREDICATE) and not low.endswith("được ", 0, at):
                    return end  # `… có người ứng cử thống nhất thời gian …`: the next verb is the clause's predicate
                clause_verb = True
        elif i == 0:
            if token == "chung" or cue_at(low, at, STOP):
                return 0
        elif cue_at(low, at, PREDICATE) and not phrase_at(low, at, "name"):
            return end
        elif token not in _INNER_GLUE and cue_at(low, at, STOP):
            return 0
        level = _LEVEL_NEXT.match(low, at) if charge and i else None
        if level:  # `cán bộ làm công tác Lao động - Thương binh và Xã hội tại cấp xã giám sát …`: the level the
            return level.end()  # post is held at closes its field (`giám sát` is also a name's word: `Đoàn giám sát`)
        end = pos = max(word.end(), phrase_at(low, at, "name"))  # (`bầu cử` is one word, not `bầu` + `cử`)
    return 0


def words_tagged(text: str, start: int, stop: int) -> dict[int, tuple[str, str]]:
    """underthesea's words of `text[start:stop]` with their POS tags, by where each word starts in `text`."""
    words, cursor = {}, start
    for word, tag in phrase_tags(text[start:stop]):
        at = text.find(word, cursor, stop)
        if at < 0:
            break
        words[at] = (word, tag)
        cursor = at + len(word)
    return words


_FAMILY = "gia đình "  # a person's family, tasked with the person a decision concerns
# Words that open no word of a name after its syllable (`Sở về`, `Quỹ là`, `Tỉnh khi`; `không` may: `Hàng không`).
_FUNCTION_WORDS = frozenset({"về", "là", "có", "do", "và", "để", "trước", "sau", "khi", "trên", "qua", "các", "đã",
                             "đang", "sẽ", "được", "theo", "tại", "với", "cho", "của"})


_LINE_WORDS = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")


def _split_word(text: str, low: str, head_end: int, end: int, at: int, wrapped: bool) -> bool:
    """Whether the lower-case syllable at `at` completes a word of the name that the syllable before it opens, by
    underthesea's segmentation: across a hard line wrap (`… các đơn vị, trường` / `học thực hiện …`), or after a
    capitalised syllable (`Cục Quản lý`, `Công chức Tư pháp - Hộ tịch`: only the first syllable of a name's word is
    capitalised), though not after another capitalised syllable past the head that heads no name (`tỉnh Đắk Nông`: a
    place's syllables are each capitalised; `Lãnh đạo Phòng Phân loại`). Asked only where the caller saw a wrap or a
    capital before a lower-case word."""
    opens = _word_start(text, head_end, end)
    if opens >= end or not (wrapped or text[opens].isupper()):
        return False
    syllable = text[opens:end]
    after = _LINE_WORDS.match(text, at)
    if not syllable.isalpha() or not after or (len(syllable) > 1 and syllable.isupper()):
        return False  # (an abbreviation is a word: `Sở LĐTBXH trước …`)
    if low[at:at + len(after.group())].split(None, 1)[0] in _FUNCTION_WORDS:
        return False  # no tagger needed
    cue = cue_at(low, at, PREDICATE_OR_STOP)
    if cue and " " in cue[0]:
        return False  # a phrase of its own opens there (`thực hiện`, `có trách nhiệm`)
    before = text[_word_start(text, head_end, opens - 1):opens - 1]
    if not wrapped and before[:1].isupper() and key(before) not in vocabulary().head_kind:
        return False
    words = phrase_words(f"{syllable} {after.group()}")
    return bool(words) and words[0].startswith(syllable + " ")


_NEXT_WORD = re.compile(r"[ \t]*(\w+|[^\w\s])")


def _kind_word_end(text: str, low: str, at: int, step: int, limit: int) -> int:
    """`Thủ trưởng các đơn vị, trường học có trách nhiệm …`: a kind of body listed in lower case whose noun the
    next syllable completes by underthesea's segmentation (`trường` + `học`) ends after that syllable, where the
    name's predicate or punctuation comes next; else `step`."""
    after = _LINE_WORDS.match(text, step + 1) if low[step:step + 1] == " " else None
    if not after or not text[step + 1].islower() or step - at > 12:
        return step
    syllable = low[step + 1:low.find(" ", step + 1, after.end()) if " " in after.group() else after.end()]
    then = _NEXT_WORD.match(low, step + 1 + len(syllable))
    if syllable in _FUNCTION_WORDS or cue_at(low, step + 1, PREDICATE_OR_STOP) or glue_end(text, low, step + 1) or \
            phrase_at(low, step + 1, "party") or not then or \
            not (not then.group(1)[0].isalpha() or then.group(1) in _FUNCTION_WORDS or cue_at(low, then.start(1), PREDICATE)):
        return step  # (a word the name runs on over anyway, or one before more words: no segmenter needed)
    words = phrase_words(f"{low[at:step]} {low[step + 1:after.end()]}")
    return step + 1 + len(syllable) if words and words[0] == f"{low[at:step]} {syllable}" else step


def _word_start(text: str, head_end: int, end: int) -> int:
    """Where the word (syllable) ending at `end` starts, not before the name's head ends."""
    return max(text.rfind(" ", head_end, end), text.rfind("\n", head_end, end), head_end - 1) + 1


def _post_opens(text: str, low: str, at: int) -> bool:
    mention = mention_at(text, low, at)
    return bool(mention) and mention.kind == "title" and text[at].isupper()


def _sector_listed(text: str, low: str, at: int, limit: int) -> bool:
    """Whether the word of a name at `at` (`tuyên truyền`, `thông tin`: also verbs) is followed by a comma and
    another such word that is no verb (`báo chí`): sectors enumerated after a kind of body."""
    word = phrase_at(low, at, "party")
    comma = _LISTED.match(low, word, limit) if word else None
    if not comma or mention_at(text, low, comma.end()):
        return False
    return bool(phrase_at(low, comma.end(), "party")) and not cue_at(low, comma.end(), PREDICATE_OR_STOP)


_LISTED = re.compile(r"[ \t]*,[ \t]*")


def _body_head(low: str, start: int, head_end: int) -> bool:
    """Whether the name opens with a body's head (its words may be any of models/org_words.txt) rather
    than a post or a collective (only the party name words then)."""
    return _is_body_head(low[start:head_end])


@lru_cache(maxsize=4096)
def _is_body_head(head: str) -> bool:
    for prefix in vocabulary().honorifics + vocabulary().determiners:
        if head.startswith(prefix + " "):
            return False
    return vocabulary().head_kind.get(key(head)) in ("org", "known", "unit")


_KIND_ITEM_ENDS = re.compile(r"\s*(?:,|và\b|có liên quan\b|liên quan\b)")


def _kind_after_levels(low: str, start: int, comma: int, at: int) -> bool:
    """`Chủ tịch Ủy ban nhân dân quận, huyện, xã, phường, thị trấn, tổ chức và cá nhân có liên quan`: a kind of body
    (not a level) after levels listed ends the levels' name; the kind opens the next party."""
    kind = phrase_at(low, at, "collective")
    if phrase_at(low, at, "level") or not kind or not _KIND_ITEM_ENDS.match(low, kind):
        return False  # (not `UBND cấp huyện, tổ chức hành nghề công chứng`: a kind named by what it does reads as a verb)
    words = low[start:comma].split()
    for tail in (" ".join(words[-2:]), " ".join(words[-1:])):  # (`thị trấn,`, `xã,`)
        if tail and phrase_at(tail, 0, "level") == len(tail):
            return True
    return False


def enumerating(low: str, start: int, comma: int) -> bool:
    """Whether the words before a comma end in a kind of body (`các sở,`), not in a qualifier
    (`chính trị - xã hội,`)."""
    words = low[start:comma].split()
    if not words:
        return False
    last = words[-1]
    two = " ".join(words[-2:])
    if len(words) > 1 and phrase_at(two, 0, "party") == len(two):
        # `tổ chức,`, `thị xã,`; not `chính trị - xã hội,`
        return len(two) in (phrase_at(two, 0, "collective"), phrase_at(two, 0, "level"))
    return bool(phrase_at(last, 0, "collective") or phrase_at(last, 0, "level"))


def _kind_capitalised(text: str, low: str, at: int, limit: int) -> bool:
    """`Thủ trưởng các Sở, Ban, Ngành`, `Chủ tịch UBND các Huyện, Thị xã, Thành phố`: a kind of body or a level
    written with a capital in a list of kinds, ending its item; not the head of a name (`…, Sở Tài chính`,
    `…, Ủy ban nhân dân xã`)."""
    step = phrase_at(low, at, "collective") or phrase_at(low, at, "level") or phrase_at(low, at, "school")
    after = _TOKEN.search(low, step, limit) if step else None
    if after and text[after.start()].islower() and low[step:after.start()] == " " and \
            phrase_at(low, after.start(), "collective") == after.end():
        after = _TOKEN.search(low, after.end(), limit)  # `các Sở, Ban ngành`: two kinds written as one word
    return bool(step) and (not after or not after.group(0)[0].isalnum() or after.group(0) == "và"
                           or (text[after.start()].islower() and bool(cue_at(low, after.start(), PREDICATE_OR_STOP)
                                                                       or glue_end(text, low, after.start()))))


@lru_cache(maxsize=1)
def _subject_pattern() -> re.Pattern:
    """The subjects a school teaches (models/school_subjects.txt)."""
    return re.compile(_trie([key(row[0]) for row in table_rows("school_subjects.txt")]) + r"(?![\w&])")


@lru_cache(maxsize=1)
def _subject_run() -> re.Pattern:
    """Subjects listed one after another (`Toán, Ngữ văn và Tiếng Anh`)."""
    one = _subject_pattern().pattern
    return re.compile(rf"{one}(?:\s*(?:,|và)\s*{one})*\s*")


_TEACHES = re.compile(r"dạy\s+(?:các\s+)?(?:bộ\s+)?môn\s+")
_SUBJECTS_FROM = re.compile(r"(?<![\w])môn\s+")  # (`bộ môn`, `các môn`, `dạy môn`, `chuyên môn`)


def _subject_taught(low: str, at: int, limit: int) -> int:
    """`Giáo viên dạy môn Ngữ văn`, `giáo viên dạy các môn Toán, Tiếng Anh`: the subject a teacher is named by (where
    it ends; 0 if none is there); `dạy` is no predicate then. Later subjects are listed by `subject_listed`."""
    teaches = _TEACHES.match(low, at, limit)
    subject = _subject_pattern().match(low, teaches.end(), limit) if teaches else None
    return subject.end() if subject else 0


def subject_listed(text: str, low: str, start: int, separator: int, at: int, limit: int) -> int:
    """`Giáo viên bộ môn Toán, Ngữ văn, Tiếng Anh`, `Giáo viên dạy môn Ngữ văn và Tiếng Anh`: where the subject after a
    comma or `và` ends when the name from `start` lists only subjects after its `môn` up to the `separator` (0 if it
    does not): the subjects are the name's, not new parties. A subject opening another name (`Văn phòng`) is that
    name's."""
    opened = _SUBJECTS_FROM.search(low, start, separator) if low.find("môn", start, separator) >= 0 else None
    after = _TOKEN.search(low, at, limit) if opened else None
    if not after or not _subject_run().fullmatch(low, opened.end(), separator):
        return 0
    subject = _subject_pattern().match(low, after.start(), limit)
    if not subject or mention_at(text, low, after.start()) or \
            not (text[after.start()].isupper() or " " in low[after.start():subject.end()]):
        return 0
    return subject.end()


def _school_listed(text: str, low: str, start: int, comma: int, at: int, limit: int) -> int:
    """`Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện`, `các trường mầm non, tiểu học`: the levels
    of schooling of the schools a name names, one after another: where the level after the comma ends (0 if it is no
    such item)."""
    step = phrase_at(low, at, "school")
    if not step or not (_kind_capitalised(text, low, at, limit) if text[at].isupper() else _ends_list(low, step, limit)):
        return 0
    words = low[start:comma].split()
    for i in range(max(0, len(words) - 4), len(words)):  # (a level has up to four syllables: `trung học phổ thông`)
        level = " ".join(words[i:])
        if phrase_at(level, 0, "school") == len(level):
            return step if "trường" in words[:i] else 0
    return 0


_LEVEL_AFTER = re.compile(r"\s*,\s*")


def _school_level_before(low: str, at: int) -> bool:
    """Whether the words before `at` end in a level of schooling (`… trường tiểu học `), up to four syllables."""
    words = low[max(0, at - 40):at].split()
    return any(phrase_at(level, 0, "school") == len(level)
               for level in (" ".join(words[i:]) for i in range(max(0, len(words) - 4), len(words))))


def _ends_list(low: str, end: int, limit: int) -> bool:
    """Whether the levels of schooling written in lower case from a comma to `end` run on only over more levels and
    close the list (`các trường mầm non, tiểu học chịu …`): a list that goes on to other kinds of body after them
    (`các trường tiểu học, trung học cơ sở, trường phổ thông có nhiều cấp học, các trung tâm …`) is read no further."""
    while (comma := _LEVEL_AFTER.match(low, end, limit)) and comma.end() < limit:
        step = phrase_at(low, comma.end(), "school")
        if not step:
            return False
        end = step
    return True


_PERSONS = frozenset({"cá nhân", "tập thể, cá nhân"})
_LONGEST_NAME = 160  # characters: a longer run is prose, not a name
# `Sở Lao động, Thương binh và Xã hội`, `Trung tâm Xúc tiến đầu tư, thương mại và du lịch`: the sectors a
# body's name enumerates end in `và` + the last one.
_SECTORS = re.compile(r"\w+(?:\s+\w+){0,2}(?:\s+và\s+|\s*&\s*)\w")  # (`Thể thao & Truyền thông`)
# A qualifier's joining word left without its qualifier (`Bộ phận Tiếp nhận và trả kết quả của`).
# (not the `ở` of `nhà ở`, housing, a noun: `Hội đồng bán nhà ở`, `Ban Quản lý nhà ở`)
# (nor the `tại` of `sở tại`, the local one: `Ủy ban nhân dân tỉnh, thành phố sở tại`)
# (not `trực thuộc`: `các đơn vị trực thuộc` is whole, its superior body the issuer, left unsaid)
TRAILING_GLUE = re.compile(r"\s+(?:của|(?<!trực\s)thuộc|trong|(?<!\bnhà )ở|(?<!\bsở )tại|các|và)$", re.I)


_LOWER_WORDS = 4  # `xuất nhập khẩu`, `xây dựng dân dụng`: the lower-case words a proper name ends with


def _lower_words_before_next_party(text: str, low: str, at: int, limit: int) -> int:
    """`Cục trưởng Cục Thuế xuất nhập khẩu, Cục trưởng Cục Hải quan …`: the lower-case words after a capitalised
    word of a body's proper name end that name when a list separator and another party's name follow them (no
    predicate can stand there); the end of those words, or 0."""
    pos = at
    for _ in range(_LOWER_WORDS):
        word = _TOKEN.search(low, pos, limit)
        if not word or word.start() - pos > 1 or "\n" in low[pos:word.start()]:
            return 0
        token = word.group(0)
        if not token[0].isalpha() or not text[word.start()].islower():
            if token in ",;" and pos > at:
                after = _TOKEN.search(low, word.end(), limit)
                if after and after.start() - word.end() <= 1 and text[after.start()].isupper() and \
                        mention_at(text, low, after.start()):
                    return pos
            return 0
        if token in _FUNCTION_WORDS or cue_at(low, word.start(), PREDICATE_OR_STOP):
            return 0
        pos = word.end()
    return 0


@lru_cache(maxsize=1)
def _enterprise_heads() -> tuple[str, ...]:
    return tuple(_lines("party_enterprise_heads.txt"))


def _trade_before_own_name(text: str, low: str, at: int, limit: int) -> int:
    """`Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải thực hiện …`: an enterprise's trade in lower case
    (models/party_enterprise_heads.txt), its words often verbs (`xây dựng`, `sản xuất`), then its own name in capitals,
    which no party's head opens, then the predicate; the end of those lower-case words, or 0."""
    pos = at
    for _ in range(_LOWER_WORDS + 1):
        word = _TOKEN.search(low, pos, limit)
        if not word or word.start() - pos > 1 or not word.group(0)[0].isalpha() or word.group(0) in _FUNCTION_WORDS:
            return 0
        if text[word.start()].isupper():
            return pos if pos > at and not mention_at(text, low, word.start()) and \
                _predicate_after_capitals(text, low, word.start(), limit) else 0
        pos = word.end()
    return 0


def _predicate_after_capitals(text: str, low: str, at: int, limit: int) -> bool:
    """Whether the capitalised words from `at` (up to four: an enterprise's own name) are followed by a predicate."""
    pos = at
    for _ in range(4):
        word = _TOKEN.search(low, pos, limit)
        if not word or word.start() - pos > 1 or not text[word.start()].isupper():
            break
        pos = word.end()
    return pos > at and low.startswith(" ", pos) and cue_at(low, pos + 1, PREDICATE) is not None


_OFFICE = "văn phòng "


def _joint_office(text: str, low: str, start: int, at: int, limit: int) -> bool:
    """`Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố`, `Văn phòng Đoàn đại biểu Quốc hội và Hội đồng
    nhân dân tỉnh`: one office serves two bodies of one place, named before the place they share; the `và` at `at`
    joins the second body to the office's name. Not `Văn phòng UBND tỉnh và Sở Nội vụ` (the first body is placed:
    two parties) nor `… và các cơ quan …`."""
    office = low.rfind(_OFFICE, start, at)
    if office < 0 or "," in low[office:at]:
        return False
    served = low[office + len(_OFFICE):at].split()
    if not served or not text[office + len(_OFFICE)].isupper() or \
            any(" ".join(served[-n:]) in place_words("level") for n in (1, 2)):
        return False
    after = _TOKEN.search(low, at + 2, limit)
    other = after and mention_at(text, low, after.start())
    return bool(other and other.kind == "org" and text[after.start()].isupper())


def _names_after_head(text: str, low: str, start: int, head_end: int, at: int, limit: int) -> bool:
    """Whether the predicate-looking word right after a bare body head names it (`Ban xây dựng Đảng`)
    rather than saying what it does (`Quỹ phải …`): a lexical verb followed by a capitalised word or a
    name word."""
    head = key(low[start:head_end])
    if vocabulary().head_kind.get(head) not in ("org", "title") or (" " in head and not head.endswith((" ban", " phòng"))):
        return False
    cue = cue_at(low, at, PREDICATE)
    if not cue or cue_at(low, at, STOP) or cue[0] in MODALS:
        return False
    after = _TOKEN.search(low, cue[1], limit)
    return bool(after and after.group(0)[0].isalnum() and text[after.start()].isupper())


MODALS = frozenset({"sẽ", "phải", "cần", "có thể", "có", "là", "làm", "được", "tiếp tục", "thường xuyên", "chủ động",
                    "kịp thời", "khẩn trương", "nghiêm túc", "trực tiếp", "tích cực", "định kỳ", "hằng", "hàng"})


_PREDICATE_GOES_ON = re.compile(r"\s+(?:với|thực hiện|tổ chức)\b")


def _name_step(text: str, low: str, at: int, word_end: int, limit: int, proper: bool = False,
               previous: int = -1, words: str = "name", after_bare_head: bool = False) -> int:
    """Where the name runs on to when its next word starts at `at` (0: the name ends before it).
    `previous` is where the word before starts: a name word written with only its first syllable
    capitalised (`Xúc tiến`, `Khu vực`) runs on."""
    voc = vocabulary()
    token = low[at:word_end]
    if token == "và":
        # `Giáo dục và Đào tạo`, `phường, xã và đặc khu`; not `… và các tổ chức`, `… và Ủy ban …`
        after = _TOKEN.search(low, word_end, limit)
        school = phrase_at(low, after.start(), "school") if after else 0
        if school and not low[school:school + 1].isalnum() and _school_level_before(low, at):
            return school  # `các trường tiểu học và THCS trong toàn huyện`: two levels of the schools named
        if not after or not after.group(0)[0].isalnum() or mention_at(text, low, after.start()):
            return 0
        written = text[after.start():after.end()]
        if len(written) > 1 and written.isupper():
            # `… và KOL`: another party; but the second half of the name, shortened (`Sở Nông nghiệp và PTNT`:
            # models/abbreviations.tsv), words of a name that name no body
            expansion = load().abbreviations.get(written, "")
            return after.end() if expansion[:1].isupper() and not starts_with_org(expansion) else 0
        if any(low.startswith(h, after.start()) and not low[after.start() + len(h):after.start() + len(h) + 1].isalnum()
               for h in voc.honorifics) or low.startswith(_FAMILY, after.start()):
            return 0  # `… huyện Cần Giuộc và Ông Trần Văn Năm`, `… và gia đình Ông (Bà) có tên trên`: a person
        if _LEVEL_NEXT.match(low, after.start()) and _level_before(low, at):
            return 0  # `Trung tâm Phục vụ hành chính công tỉnh và cấp xã`: the body at a second level (parties.py)
        part_time = _PART_TIME.match(low, after.start())
        if part_time:
            return part_time.end()  # `cán bộ, công chức và bán chuyên trách`: the staff not paid as officials
        joined = phrase_at(low, after.start(), "collective")
        if joined and low[after.start():joined] in _PERSONS:  # `cơ quan, đơn vị và cá nhân`: bodies and people
            return 0
        if joined and voc.head_kind.get(low[after.start():joined]) == "org" and \
                (proper or text[joined + 1:joined + 2].isupper()):
            # `Sở Nội vụ và sở quản lý chuyên ngành`: a proper name, then another body of a kind; `Các phòng GDĐT và
            # trường THPT`: a body's head in lower case before a name of its own opens another party
            return 0
        if text[after.start()].isupper() or joined or (proper and phrase_at(low, after.start(), "name")):
            return word_end
        return 0
    if token == "các":
        # `… các quận, huyện`, not `… các thông tin`; after a capitalised name, the things a body is named for
        # (`Ban Quản lý các khu công nghiệp tỉnh`, `… các Khu công nghiệp`)
        return glue_end(text, low, at) or _things_named_after(text, low, at, word_end)
    if token == "số" and proper:
        # `Trường Tiểu học số 1 xã …`, `Trường Mầm non số 2`: a body's number is part of its name (not a document's
        # number, `… số 12/KH-UBND`)
        after = _TOKEN.search(low, word_end, limit)
        if after and after.start() - word_end < 3 and _BODY_NUMBER.fullmatch(after.group(0)) and \
                not low.startswith("/", after.end()):
            return after.end()
    if text[at].isupper() or token[0].isdigit():
        # Capitalised words belong to the name, except a predicate written with a capital after a
        # name (`MTTQ Phối hợp với …`).
        cue = None if after_bare_head else cue_at(low, at, PREDICATE_OR_STOP)
        # (right after a body's one-word head the capitalised word is its name: `Sở Xây dựng tổ chức …`, `Ban Tổ chức`)
        if cue and "predicate" in voc.cues[cue[0]] and _PREDICATE_GOES_ON.match(low[cue[1]:cue[1] + 14]) and \
                not low.endswith("và ", 0, at):  # (`Phòng Văn hóa và Thông tin thực hiện …`: a name's second field)
            return 0
        head = voc.mention.match(low, at)  # a multi-word head inside the name (`… Chủ tịch …`)
        field = phrase_at(low, at, "name") if low.startswith(",", word_end) else 0  # (`Khám, chữa bệnh`: one field)
        return max(word_end, head.end() if head else 0, field, _board_at(low, at))
    glue = glue_end(text, low, at) or (part_time.end() if (part_time := _PART_TIME.match(low, at)) else 0)
    if glue:
        return glue
    if 0 <= previous < at and text[previous].isupper():
        word = phrase_at(low, previous, "name")
        if word > at:
            return word
    bound = (_BOUND_SYLLABLES or _bound_syllables()).get(token)
    if bound is not None:
        after = _TOKEN.search(low, word_end, min(len(low), word_end + 12))
        if not after or after.group(0) not in bound:
            return 0  # `UBND xã chỉ xem xét …`: `chỉ` of a name only before `đạo`, `huy`
    cue = cue_at(low, at, PREDICATE_OR_STOP)
    step = phrase_at(low, at, words)
    # (`báo cáo với Ủy ban nhân dân huyện kế hoạch tổ chức …`: a level closes the name, a field word after it in lower
    # case is the sentence's, `kế hoạch` of `Sở Kế hoạch và Đầu tư`)
    if step and 0 <= previous < at and low[previous:at].rstrip() in _level_ends() and not phrase_at(low, at, "level"):
        return 0
    if cue and step <= cue[1]:
        return 0  # (a name phrase that opens with a predicate's words and goes on past them is the name's:
        # `các sở quản lý nhà nước chuyên ngành`; `các đơn vị tuyên truyền …` is a clause)
    if not step and at >= 2 and text[low.rfind(" ", 0, at - 1) + 1].isupper():
        # `Kho bạc nhà nước Khu vực II`: a lower-case word between capitalised words of the name
        after = _TOKEN.search(low, word_end, limit)
        if after and after.start() - word_end < 3 and (text[after.start()].isupper() or after.group(0).isdigit()) \
                and not mention_at(text, low, after.start()):
            step = word_end
    return step


def _bound_syllables() -> dict[str, frozenset[str]]:
    """models/party_bound_syllables.tsv: a name's syllable → the syllables that must follow it there (read once into a
    module dict: `_name_step` asks for every word of every name, and an lru_cache call costs more than the lookup)."""
    _BOUND_SYLLABLES.update({key(row[0]): frozenset(key(w) for w in row[1].split("|"))
                             for row in table_rows("party_bound_syllables.tsv")})
    return _BOUND_SYLLABLES


_BOUND_SYLLABLES: dict[str, frozenset[str]] = {}


# Staff of a commune paid part-time, not as officials (Nghị định 33/2023/NĐ-CP, Điều 33: người hoạt động không
# chuyên trách ở cấp xã): `cán bộ không chuyên trách`, or after `và` as the third kind of its staff (`cán bộ, công
# chức và bán chuyên trách`).
_PART_TIME = re.compile(r"(?:bán|không)\s+chuyên\s+trách(?!\w)")


def _things_named_after(text: str, low: str, at: int, word_end: int) -> int:
    """After a capitalised head of models/party_heads_over_plural.txt (`Ban Quản lý`), the end of the name phrase
    (models/party_name_words.txt) one space after the `các` at `at` (`khu công nghiệp`), else 0."""
    window = max(0, at - _HEAD_REACH)
    before = low[window:at].rstrip()  # (a window: the `các` of a long text's name is asked this, not its whole head)
    head = next((h for h in heads_over_plural() if before.endswith(h)), "")
    if not head or not low.startswith(" ", word_end) or before[-len(head) - 1:-len(head)].isalnum() or \
            not text[window + len(before) - len(head)].isupper():
        return 0
    return phrase_at(low, word_end + 1, "name")


_HEAD_REACH = 40


@lru_cache(maxsize=1)
def heads_over_plural() -> tuple[str, ...]:
    """The heads of models/party_heads_over_plural.txt, as keys (`ban quản lý`)."""
    return tuple(key(line) for line in _lines("party_heads_over_plural.txt"))


@lru_cache(maxsize=1)
def level_last_words() -> frozenset[str]:
    """The last words of the levels of models/party_levels.txt (`tỉnh`, `xã`, the `phố` of `thành phố`), as keys: a name
    that ends on one may go on with its place's name."""
    return frozenset(key(level.rpartition(" ")[2]) for level in place_words("level"))


_BODY_NUMBER = re.compile(r"\d{1,3}|[ivxl]{1,5}")  # (a body's number: `số 1`, `số II`)
LEVELS = "|".join(re.escape(word) for word in place_words("level"))  # an alternation of the levels, longest first
_LEVEL_NEXT = re.compile(rf"cấp\s+(?:{LEVELS})(?!\w)")
_LEVEL_BEFORE = re.compile(rf"(?<!\w)(?:{LEVELS})\s+$")
_LEVEL_ALONE = re.compile(rf"(?<!\w)(?:{LEVELS})(?!\w)")  # a level's word, whole (`xã`, `Phường` after a body's head)


# Levels or kinds listed with slashes (`UBND các xã/phường/thị trấn`, `Chủ tịch UBND các huyện/thành phố`): read as the
# comma lists of levels they are (the same length, so positions hold).
_AREA_WORDS = "|".join(re.escape(word) for word in place_words("level", "area"))
_LEVEL_BEFORE_SLASH = re.compile(rf"(?<!\w)(?:{_AREA_WORDS})[ \t]*$")
# (the level after the slash may wrap at the line's end: `các huyện/thành` ⏎ `phố`)
_LEVEL_AFTER_SLASH = re.compile(r"[ \t]*(?:" + _AREA_WORDS.replace(r"\ ", r"\s+") + r")(?!\w)")
_SLASH_REACH = 16  # characters before a slash the level word may take (`tổ dân phố`, `thị trấn `)


def _level_slashes(low: str) -> list[int]:
    """The slashes that stand between two levels (each slash looked at where it is: one scan for `/`)."""
    slashes = []
    at = low.find("/")
    while at >= 0:
        if at and not low[at - 1].isdigit() and _LEVEL_AFTER_SLASH.match(low, at + 1) and \
                _LEVEL_BEFORE_SLASH.search(low, max(0, at - _SLASH_REACH), at):  # (a date's slash first: most are)
            slashes.append(at)
        at = low.find("/", at + 1)
    return slashes


def slashed_levels(low: str) -> str:
    """`low` with the slashes between levels written as commas."""
    slashes = _level_slashes(low)
    if not slashes:
        return low
    chars = list(low)
    for at in slashes:
        chars[at] = ","
    return "".join(chars)


def levels_with_commas(name: str) -> str:
    """A name with its levels listed with slashes written as the genre's comma list (`Ủy ban nhân dân các xã/phường/thị
    trấn` → `… các xã, phường, thị trấn`)."""
    if "/" not in name:
        return name
    low = lowered(fold(name))
    slashes = _level_slashes(low) if len(low) == len(name) else []
    for at in reversed(slashes):
        name = name[:at].rstrip() + ", " + name[at + 1:].lstrip()
    return name


def _level_before(low: str, at: int) -> bool:
    """Whether the word(s) before `at` (a `và`) name a level of government (`… tỉnh và`)."""
    return bool(_LEVEL_BEFORE.search(low, max(0, at - 12), at))


# A body named for a field in words the lexicon lacks, closed within a few words by its level or community and then
# its predicate: `Ban Chỉ huy phòng thủ dân sự phường` ⏎ `tổ chức …`, `Tổ công nghệ số cộng đồng thôn hướng dẫn …`.
_LEVEL_WORD = re.compile(r"(?:" + "|".join(re.escape(w) for w in place_words("level", "area")) + r")(?!\w)")
_FIELD_WORD = re.compile(r"[ \t]*(?:,[ \t]*)?([^\W\d_]+)")
_TO_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*")


def _field_over_dash(low: str, previous: int, dash: int, limit: int) -> int:
    """The end of a name phrase (models/party_name_words.txt) that opens one or two words before the dash at `dash` and
    runs over it (`địa chính - xây dựng`, `văn phòng - thống kê`), else 0."""
    openings = (previous, low.rfind(" ", 0, max(0, previous - 1)) + 1)
    base = min(openings)
    # (the dash typed as an en dash, `Hành chính – Tổ chức`, is the phrase's hyphen: the window read with it)
    window = low[base:limit]
    window = window[:dash - base] + "-" + window[dash - base + 1:]
    for opening in openings:
        end = phrase_at(window, opening - base, "name")
        if end and base + end > dash:
            return base + end
    return 0


def _level_then_predicate(low: str, at: int) -> int:
    """The end of the level or community word at `at` when a predicate follows it (on its line or the next), else 0."""
    level = _LEVEL_WORD.match(low, at)
    if not level:
        return 0
    return level.end() if cue_at(low, _TO_NEXT_WORD.match(low, level.end()).end(), PREDICATE_OR_COORDINATE) else 0


_PLACE_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_PLACE_WORDS = 4


def _level_place_then_predicate(text: str, low: str, at: int) -> int:
    """The end of the place named after the level word at `at` (its words capitalised) when a predicate follows it
    (`… tỉnh Hà Giang có trách nhiệm …`), or of the level or its place when the next party of a list does (`… tỉnh Hà
    Giang, Ban Chỉ đạo … thị xã Hà Giang có …`, `… dịch bệnh tỉnh, Chánh Văn phòng …`); else 0."""
    level = _LEVEL_WORD.match(low, at)
    if not level:
        return 0
    end = level.end()
    for _ in range(_PLACE_WORDS):
        word = _PLACE_WORD.match(text, end)
        if not word or not word.group(1)[0].isupper():
            break
        end = word.end()
    after = _TO_NEXT_WORD.match(low, end).end()
    if low.startswith(",", after):
        following = _TO_NEXT_WORD.match(low, after + 1).end()
        return end if text[following:following + 1].isupper() and mention_at(text, low, following) else 0
    return end if end > level.end() and cue_at(low, after, PREDICATE_OR_COORDINATE) else 0


def _field_closed_by_level(text: str, low: str, at: int, limit: int, task: bool = False) -> int:
    """The end of the level word when the lower-case words from `at` (none a predicate — unless `task`: a steering
    committee is named after a task —, a stop word, a function word or a body's head: `Ủy ban nhân dân huyện giao xã …`
    is no name) reach a level within six words and a predicate follows it; else 0."""
    if not text[at:at + 1].islower() or (not task and cue_at(low, at, PREDICATE_OR_STOP)) or \
            not _LEVEL_WORD.search(low, at, min(limit, at + 60)) or _level_before(low, at):
        return 0  # (a predicate next, or no level ahead: the common cases, asked first; `Công an xã` is whole)
    pos = at
    for count in range(7):
        if task and (acronym := _TASK_ACRONYM.match(text, pos, limit)):
            pos = acronym.end()  # (a disease's or a programme's acronym in its task: `phòng, chống dịch COVID-19`)
            continue
        word = _FIELD_WORD.match(low, pos, limit)
        if not word or not text[word.start(1)].islower():
            return 0
        if count and (closed := _level_then_predicate(low, word.start(1))
                      or task and _level_place_then_predicate(text, low, word.start(1))):
            return closed
        if task and word.group(1) in _TASK_PLACES and _FIELD_WORD.match(low, word.end(), limit):
            pos = word.end()  # (where a board's task lies: `phòng, chống dịch bệnh trên người tỉnh`, `… ở người`)
            continue
        other = mention_at(text, low, word.start(1))  # (a generic unit is a word of the field: `sức khỏe nhân dân`)
        if word.group(1) in _FUNCTION_WORDS or cue_at(low, word.start(1), STOP if task else PREDICATE_OR_STOP) or \
                other and other.kind != "unit":
            return 0
        pos = word.end()
    return 0


_TASK_ACRONYM = re.compile(r"[ \t]*(?:,[ \t]*)?[A-ZĐ]{2,}(?:[-/]?[A-ZĐ\d]+)*(?![^\W_])")
_TASK_PLACES = frozenset({"trên", "ở"})


_LINKING_TAGS = frozenset({"C", "CC", "R"})  # (underthesea's tags of conjunctions and adverbs)


def _opens_other_word(text: str, low: str, at: int, step: int) -> bool:
    """Whether a name word of one syllable at `at` (`đồng`, as in `Hội đồng`) is rather the first syllable of a
    conjunction or an adverb, by underthesea's segmentation and POS of the clause it opens (`Thủ tướng Chính phủ đồng
    thời gửi …`). Not of a verb or an adjective: names are written with them (`Bộ Giao thông vận tải`, `Quỹ phát
    triển đất`, `Tòa án nhân dân tối cao`). Asked of a name's last word, where a lower-case syllable follows."""
    if low[step:step + 1] != " " or not text[step + 1:step + 2].islower() or not text[at].islower() or \
            " " in low[at:step] or text[low.rfind(" ", 0, at - 1) + 1].isupper():
        return False  # (cheap tests first; a syllable after a capitalised one ends its word: `Tài chính`)
    if phrase_at(low, at, "name") != step or phrase_at(low, at, "level") or phrase_at(low, at, "collective") or \
            phrase_at(low, low.rfind(" ", 0, at - 1) + 1, "name") >= step:
        return False  # (a level or a kind of body ends a name: `… xã thực hiện`; so does a word's end: `nhân dân`)
    after = _LINE_WORDS.match(text, step + 1)
    if not after or low[step + 1:after.end()].split(None, 1)[0] in _FUNCTION_WORDS or \
            cue_at(low, step + 1, PREDICATE_OR_STOP):
        return False  # (a predicate or a function word after it: the name ends there whatever the syllable is)
    tags = phrase_tags(low[at:after.end()])
    return bool(tags) and tags[0][0].startswith(low[at:step] + " ") and tags[0][1] in _LINKING_TAGS


def phrase_at(low: str, pos: int, kind: str) -> int:
    """End of the longest name word or phrase (kind `name`) or collective noun (kind `collective`) at
    `pos`, or 0."""
    m = _phrase_pattern(kind).match(low, pos)
    return m.end() if m else 0


@lru_cache(maxsize=5)
def _phrase_pattern(kind: str) -> re.Pattern:
    """kind `collective`: nouns for kinds of body; `party`: words of party names (models/party_name_words.txt)
    and collectives; `name`: these and the words of bodies' names (models/org_words.txt); `level`: the levels of
    government and the communities of models/party_levels.txt; `school`: its levels of schooling."""
    voc = vocabulary()
    if kind == "level":
        table = [key(word) for word in place_words("level", "level-listed", "area", "area-after-determiner")]
    elif kind == "school":
        # the levels of schooling, full and short (models/school_levels.tsv), and those only lists name (`nhà trẻ`)
        table = [key(word) for word in place_words("school")] + [key(s) for row in school_levels() for s in row]
    else:
        table = {"collective": voc.collectives, "party": voc.party_words, "name": voc.name_words}[kind]
    return re.compile(_trie(table) + r"(?![\w&])")


# Words that join a qualifier to a name (`thuộc Sở`, `của Mặt trận`, `trên địa bàn`, `có liên quan`, `sở tại`: the
# local one). `cấp bộ`: the ministry's level of a council (Nghị định 27/2015/NĐ-CP, Điều 9: Hội đồng cấp cơ sở, cấp
# huyện, cấp tỉnh, cấp Bộ).
_GLUE = re.compile((
    r"(?:có tên (?:tại|trong|ở) (?:phụ lục|danh sách|điều \d+)(?: chi tiết)?(?: (?:đính kèm|kèm theo))?|có thẩm quyền|"
    r"có chuyên môn(?:, nghiệp vụ)?|có liên quan|liên quan|khác|sở tại|cùng cấp|cấp trên|các cấp(?: học)?|"
    r"cấp (?:xã|huyện|tỉnh|bộ|trung ương|cơ sở|tương ứng)|"
    r"cấp tổ chức hội nghị(?: hiệp thương)?|"  # (Luật Bầu cử 2015, Điều 38-50: the Front's board of the level that holds it)
    # (`các đơn vị đóng trên địa bàn`, `… đóng chân trên địa bàn`: bodies stationed there, not under its government)
    # (`… trong toàn tỉnh`, `… trên phạm vi toàn quốc`)
    r"(?:đóng (?:chân )?)?trên địa bàn|(?:trên|trong)(?: phạm vi)? toàn)\b"
    # (`các đơn vị, cơ quan là thành viên Ban Chỉ đạo …`: the bodies that sit on a board or in the Front)
    r"|(?:trực thuộc|thuộc|của|trong|ở|tại địa phương|các|là thành viên(?: của)?)\b(?=\s+(?P<next>\S))").replace(
        " ", r"\s+"))  # (names wrap lines)


def glue_end(text: str, low: str, pos: int) -> int:
    """The end of the words at `pos` that join a qualifier to a name (`_GLUE`: `có liên quan`, `thuộc Sở …`), else 0."""
    m = _GLUE.match(low, pos)
    if not m:
        # `trung tâm giáo dục thường xuyên cấp trung học phổ thông`: the level of schooling a body teaches at
        school = phrase_at(low, pos + 4, "school") if low.startswith("cấp ", pos) else 0
        return school if school and not low[school:school + 1].isalnum() else 0
    if m.group("next") is None:
        return m.end()
    at = m.start("next")
    space = low.find(" ", at)  # (the word up to the next space, without slicing the rest of the text)
    word = low[at:space if space >= 0 else len(low)].strip(",.;:()")
    collective = phrase_at(low, at, "collective")
    if low.startswith(("trong ", "ở ", "các "), pos):
        # `trong nhà trường`, `ở thôn`, `các phường`; not `trong việc`, `ở mức`. The level noun is read with
        # its glue (`Chi hội trưởng các chi hội`: `chi` alone is also a verb, to spend)
        common = vocabulary().not_head.match(low, at)
        if common and collective and low.count(" ", at, common.end()) == 1 and collective < common.end():
            return 0  # `… về Sở Giáo dục và Đào tạo các trường hợp học sinh …`: a two-word compound that opens with a
            # one-word kind (`trường hợp`, `hội nghị`); not a kind of its own (`tổ chức`), nor a column's label
            # (`các đơn vị chủ trì`)
        level = phrase_at(low, at, "level")
        return max(collective, level) or (m.end() if word in ("các", "nhà") else 0) or _bodies_under(low, at)
    if low.startswith("trực", pos):
        # `Thủ trưởng các đơn vị trực thuộc triển khai …`, `… trường học trực thuộc treo cờ …`: the superior body is
        # left unsaid (the issuer); the qualifier closes the name before its predicate, a verb the lexicon may lack.
        return m.end()
    voc = vocabulary()
    if collective or word in voc.name_words or word in ("các", "ủy", "mặt", "cơ") or word in voc.head_kind or \
            word[:1].isdigit() or text[at:at + 1].isupper():
        return m.end()
    return 0


# `Cục trưởng các Cục thuộc Bộ`, `Vụ trưởng các Vụ trực thuộc Bộ`: a post held in each body of a kind under one
# body; the kind (a body's head) is read with its `các` when a `(trực) thuộc` follows it, or when the post is named
# after that kind (`Vụ trưởng các Vụ, Cục trưởng các Cục thuộc Bộ Y tế`, the body they are under said once).
_UNDER = re.compile(r"\s+(?:trực\s+)?thuộc\s")


def _bodies_under(low: str, at: int) -> int:
    head = vocabulary().mention.match(low, at)
    if not head or not head.group("head") or vocabulary().head_kind.get(key(head.group("head"))) != "org":
        return 0
    kind = head.group("head")
    if _UNDER.match(low, head.end()) or low.endswith(f"{kind} trưởng các ", 0, at):
        return head.end()
    return 0


def warm() -> None:
    """Load the lexicons and compile every pattern now (in the parent process, before workers fork)."""
    vocabulary()
    statute_types()
    for functions in (PREDICATE_OR_STOP, PREDICATE, STOP, COORDINATE, PREDICATE_OR_COORDINATE, OBJECT_CUES, REPORTED):
        cue_pattern(functions)
    for kind in ("collective", "party", "name", "level", "school"):
        _phrase_pattern(kind)
    _subject_run()
