"""To whom a deadline's report or file goes: the bodies named after a verb of delivery (`gửi`, `nộp`, `báo
cáo`, `trình`, `chuyển`) or a preposition that follows one (`gửi Biên bản … về`, `… đến`, `… với`, `… lên`).

Each name is read whole, by the party grammar (`party_names`: `Ủy ban Chứng khoán Nhà nước`, `Hội đồng bầu
cử quốc gia`, `Ủy ban nhân dân xã, phường, thị trấn`), with the office it passes through when written in
brackets (`UBND tỉnh (qua Phòng An ninh chính trị nội bộ, Công an tỉnh)`); several bodies are joined by
`; `. Abbreviations are expanded, the rest stays as written. A bare head that the issuer's name opens with
(`gửi về Bộ (qua Vụ Kế hoạch - Tài chính)` in a letter of the Bộ Lao động - Thương binh và Xã hội) is the
issuer. A purpose after the first recipient (`… để tổng hợp, báo cáo Chủ tịch UBND tỉnh`) is not one.
A file handed in `tại` a body goes to it (`nộp … hồ sơ ứng cử tại Ủy ban bầu cử tỉnh`), one sent for approval
to the body asked (`đề nghị Sở Tài chính thẩm định`); a person is named with an honorific (`Thầy Nguyễn Văn
Thành (Phó Hiệu trưởng)`).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_dates import WordPattern, first_match, vocabulary, words_pattern, words_scan
from .lexicon import expand_abbreviations, load
from .nlp_models import phrase_tags, phrase_words
from .pattern_cache import longest_first
from .party_forms import is_bare_head
from .party_names import PREDICATE, PREDICATE_OR_STOP, cue_at, key, mention_at, name_end
from .party_names import vocabulary as party_vocabulary
from .textfold import cap_first, fold, lowered, squash, strip_markup

_KINDS = frozenset({"org", "title", "known", "unit", "staff"})  # a body or a post, not `các đơn vị`
_LIST_JOIN = regex.compile(r"\s*(?:,|;|và|hoặc)\s*")
# an office, which holds a name (`(qua Phòng …)`, `(qua bộ phận Văn phòng)`): not a channel (`(qua email …@…)`, `(qua
# hệ thống quản lý văn bản)`); not `(thông qua …)`, which the sample keys leave out
_THROUGH = regex.compile(r"\s*(\(qua\s(?=[^()\n]*\p{Lu})(?![^()\n]*[@/])[^()\n]{1,120}\))")
_PREDICATES = ["là", "được", "sẽ", "phải", "đã", "đang"]  # a predicate follows the name
_NP_STOPS = frozenset(_PREDICATES)


@lru_cache(maxsize=1)
def _through_unit() -> regex.Pattern:
    """The same without brackets, `qua` before a unit's head (models/cues.json `unit_heads`): `… qua Phòng Chính trị,
    tư tưởng`, not `qua email`, `qua đường bưu điện`."""
    heads = "|".join(regex.escape(h) for h in longest_first(load().cues["unit_heads"]))
    return regex.compile(r"[ \t]+qua[ \t]+(?=(?:" + heads + r")[ \t])")


_TO_PEOPLE = ("cho", "đến", "tới")  # the prepositions that may take people as recipients
_BRACKETS = regex.compile(r"\([^()]*\)")
# the last sentence's or clause's end before a preposition: not an ellipsis's dots, a list cut short inside the clause
# (`Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở …`)
_LAST_STOP = regex.compile(r"(?<!\.)\.(?!\.)|;", regex.REVERSE)
_DELIVERY_REACH = 150  # characters from a delivery verb to the preposition that names its recipient
_REQUESTED = regex.compile(r"yêu\s+cầu")  # in the cue: `theo yêu cầu của` (models/deadlines.json)
_PURPOSE = regex.compile(r"(?<![\p{L}])(?:để|nhằm)(?![\p{L}])")
# a notice's purpose that names who is to know: `… để cử tri được biết`, `… để Nhân dân biết`
_FOR_KNOWING = regex.compile(r"(?<![\p{L}])để\s+(?P<people>(?:\p{L}+\s+){0,3}?\p{L}+)\s+(?:được\s+)?(?:biết|nắm\s+được)(?![\p{L}])")


@lru_cache(maxsize=1)
def _cues() -> dict:
    v = vocabulary()
    people_ends = words_pattern(v["name_stops"] + v["delivery_verbs"] + _PREDICATES + ["và", "hoặc"])
    return {
        # a verb of delivery, with or without its preposition: `gửi về`, `báo cáo`, `trình`
        "verb": regex.compile(r"(?<![\p{L}])(?<!phối\s+hợp\s+)(?:" + words_pattern(v["delivery_verbs"]) + r")"
                              r"(?:\s+(?:" + words_pattern(v["recipient_prepositions"]) + r")[ \t]*:?)?\s+(?=\S)"),
        # a preposition that takes the recipient of a delivery verb written before it
        "preposition": regex.compile(r"(?<![\p{L}])(?<!(?:phối\s+hợp|làm\s+việc|trao\s+đổi|liên\s+hệ|cùng)\s+)(?:"
                                     + words_pattern(v["recipient_prepositions"]) + r")[ \t]*:?\s+(?=\S)"),
        # where those two can start: their words alone, which the stdlib engine skips to (the look-behinds
        # of the patterns, tried at every position, cost the `regex` engine more than the words)
        "verb_words": words_scan(v["delivery_verbs"]),
        "preposition_words": words_scan(v["recipient_prepositions"]),
        "delivery": WordPattern(v["delivery_verbs"]),
        # where a file is handed in: `nộp … hồ sơ tại Ủy ban bầu cử tỉnh`
        "venue": WordPattern(v["venue_prepositions"]),
        "venue_verb": WordPattern(v["venue_verbs"]),
        # a body asked to approve a file: `đề nghị Sở Tài chính thẩm định`
        "request": WordPattern(v["request_verbs"]),
        "approval": regex.compile(r"\s+(?:" + words_pattern(v["approval_verbs"]) + r")(?![\p{L}])"),
        "people": regex.compile(r"(?:(?:những|các|mọi|toàn\s+thể)\s+)?(?:" + words_pattern(v["recipient_people"])
                                + r")(?![\p{L}])"),
        "name_stop": WordPattern(v["name_stops"] + v["delivery_verbs"]),
        # what is reported, right after a bare head: `Báo cáo UBND danh sách người dân …` (the list goes to the UBND)
        "document_noun": WordPattern(v["document_nouns"]),
        # up to six lower-case words, then a word that ends names, punctuation, a number or the end
        "people_qualifier": regex.compile(r"((?:\s+(?!(?:" + people_ends + r")(?![\p{L}]))\p{Ll}+){0,6})"
                                          r"(?=\s*(?:[.,;:()\n]|\d|$|(?:" + people_ends + r")(?![\p{L}])))"),
        "level_tail": regex.compile(r"(?:\s+(?:" + words_pattern(v["name_levels"]) + r"))+(?![\p{L}])"),
        "level": regex.compile(r"(?:" + words_pattern(v["recipient_levels"]) + r")(?![\p{L}])"),
    }


def recipient_in(text: str, issuer: str = "", bodies_only: bool = False) -> str:
    """The bodies a report or file goes to in a clause or an item's text: a list as written, lists after
    different cues `; `-joined ("" when none); people (`cho người thắng giải`) when no body is named,
    unless `bodies_only`."""
    bodies, people, requester = _recipients(text, issuer)
    return bodies or ("" if bodies_only else people) or requester


def delivers(low: str, start: int, end: int, opening: bool = False) -> bool:
    """Whether `low` (a folded, lower-case text) holds a verb of delivery (`gửi`, `nộp`, `báo cáo` …)
    between `start` and `end`; with `opening`, whether one stands at `start`."""
    cues = _cues()
    return bool(cues["verb"].match(low, start, end) if opening else cues["delivery"].search(low, start, end))


@lru_cache(maxsize=4096)
def _recipients(text: str, issuer: str) -> tuple[str, str, str]:
    folded = fold(text)
    low = lowered(folded)
    cues = _cues()
    if not cues["delivery"].search(low):
        # every cue needs a verb of delivery or a request: most clauses are settled here
        return (_approver(folded, low, issuer), "", "") if cues["request"].search(low) else ("", "", "")
    bodies, people, requester = _listed(folded, low, issuer)
    return bodies or _approver(folded, low, issuer), people or _informed(folded, low), requester


def _informed(folded: str, low: str) -> str:
    """The people a notice is for when the clause says so by its purpose: `thông báo đầy đủ … trên các phương
    tiện thông tin đại chúng để cử tri được biết` → `Cử tri`."""
    cues = _cues()
    for m in _FOR_KNOWING.finditer(low):
        if cues["people"].fullmatch(low, m.start("people"), m.end("people")) and \
                cues["delivery"].search(low, 0, m.start()):
            return cap_first(squash(folded[m.start("people"):m.end("people")]))
    return ""


def _approver(folded: str, low: str, issuer: str) -> str:
    """The body a file goes to for approval: `Quỹ phải đề nghị Sở Tài chính thẩm định quyết toán Quỹ`."""
    cues = _cues()
    for request in cues["request"].finditer(low):
        start = request.end() + len(low[request.end():]) - len(low[request.end():].lstrip())
        if not folded[start:start + 1].isupper():
            continue
        names, end = _names_at(folded, low, start, len(low), issuer)
        if names and cues["approval"].match(low, end):
            return _as_listed(names)
    return ""


def _listed(folded: str, low: str, issuer: str) -> tuple[str, str, str]:
    """The recipients named after the cues of the text, in order, as three lists: the bodies (and persons
    named), the people and the body that asks for a report (`theo yêu cầu của …`); a purpose after the first
    one (`… để tổng hợp, báo cáo …`) and asides in brackets after it (`(báo cáo đồng gửi cho Sở Nội vụ …)`)
    are left out."""
    found: dict[str, list[str]] = {"bodies": [], "people": [], "requester": []}
    venues = _cues()["venue_verb"].search(low) is not None  # `tại` is looked at only where a file is handed in
    seen: set[str] = set()
    stop = len(low)
    pos = 0
    while pos < stop:
        cue = _next_cue(folded, low, pos, stop, venues)
        if cue is None:
            break
        at, name_start = cue
        pos = at + 1
        if (found["bodies"] or found["people"]) and _inside_brackets(low, name_start):
            continue
        # `báo cáo … theo yêu cầu của Ban Chỉ đạo`: the body that asks for a report gets it, unless the
        # clause names where it goes (`báo cáo đột xuất cho Ủy ban … theo yêu cầu của cơ quan quản lý`)
        kind = "requester" if _REQUESTED.search(low, at, name_start) else "bodies"
        person = _person_at(folded, low, name_start, stop)  # before the party grammar, which reads posts
        names, end = ([("", person[0])], person[1]) if person else _names_at(folded, low, name_start, stop, issuer)
        if not names:
            kind = "people" if kind == "bodies" else kind
            names, end = _people_at(folded, low, name_start, stop, low[at:name_start])
        names = [(sep, name) for sep, name in names if key(name) not in seen]
        if not names:
            continue
        seen.update(key(name) for _, name in names)
        found[kind].append(_as_listed(names))
        pos = max(pos, end)
        if stop == len(low):
            purpose = _PURPOSE.search(low, end)
            stop = purpose.start() if purpose else stop
    return "; ".join(found["bodies"]), "; ".join(found["people"]), "; ".join(found["requester"])


def _next_cue(folded: str, low: str, pos: int, stop: int, venues: bool) -> tuple[int, int] | None:
    """The next place a recipient may be named (where the cue starts, where the name would start): after
    a delivery verb, or after a preposition when such a verb comes shortly before it in the clause
    (brackets passed over: `báo cáo … định kỳ 06 tháng (trước ngày 05 tháng 5), … về Ủy ban …`), or after
    `tại` before a capital when a verb of handing in does (`nộp … hồ sơ tại Ủy ban bầu cử tỉnh`: `quy định
    tại khoản 2`, `tại trụ sở` name no body)."""
    cues = _cues()
    verb, searched = None, False
    while pos < stop:
        if not searched or (verb is not None and verb.start() < pos):  # else still the first verb from `pos`
            verb, searched = first_match(cues["verb"], cues["verb_words"], low, pos, stop), True
        prep = first_match(cues["preposition"], cues["preposition_words"], low, pos, stop)
        venue = cues["venue"].search(low, pos, stop) if venues else None
        while venue is not None and not folded[venue.end():venue.end() + 3].lstrip()[:1].isupper():
            venue = cues["venue"].search(low, venue.end(), stop)
        kind = "delivery"
        if venue is not None and (prep is None or venue.start() < prep.start()):
            prep, kind = venue, "venue_verb"
        if prep is not None and (verb is None or prep.start() < verb.start()):
            window = low[max(0, prep.start() - 400):prep.start()]
            stop_before = _LAST_STOP.search(window)
            window = _BRACKETS.sub("", window[stop_before.end() if stop_before else 0:])
            if cues[kind].search(window, max(0, len(window) - _DELIVERY_REACH)):
                name_start = prep.end() + len(low[prep.end():stop]) - len(low[prep.end():stop].lstrip())  # past `tại `
                return prep.start(), name_start
            pos = prep.end()
            continue
        return (verb.start(), verb.end()) if verb is not None else None
    return None


def _inside_brackets(low: str, pos: int) -> bool:
    return low.rfind("(", 0, pos) > low.rfind(")", 0, pos)


def _names_at(folded: str, low: str, start: int, stop: int, issuer: str):
    """The bodies listed from `start` on (`Hội đồng bầu cử quốc gia, Ủy ban Thường vụ Quốc hội và …`),
    each with the separator written before it, and where the list ends. A head left alone (`Hội
    đồng`) ends the list, unless it names the issuer."""
    names: list[tuple[str, str]] = []
    pos = end = start
    while True:
        name, name_end_at = _name_at(folded, low, pos, stop)
        if name:
            name = _issuer_for_bare_head(name, issuer)
        if not name or is_bare_head(name.partition(" (")[0]):
            return names, end
        names.append((squash(low[end:pos]) if names else "", name))
        end = name_end_at
        join = _LIST_JOIN.match(low, end, stop)
        if not join or join.end() == end:
            return names, end
        pos = join.end()


def _people_at(folded: str, low: str, start: int, stop: int, cue: str):
    """People a notice or a prize goes to (`trao thưởng cho người thắng giải`, `thông báo … cho những
    người ứng cử`): after `cho`, `đến`, `tới`, a person noun and the few words that qualify it, up to a word
    that ends names (a preposition, a verb of delivery, `là`), punctuation or a number. People are
    qualified by a clause of their own (`người yêu cầu đăng ký`): its verbs stay in."""
    cues = _cues()
    head = cues["people"].match(low, start, stop) if cue.split()[-1] in _TO_PEOPLE else None
    if head is None:
        return [], start
    qualifier = cues["people_qualifier"].match(low, head.end(), stop)
    end = head.end() + len(qualifier.group(1)) if qualifier else head.end()
    if end == head.end() and low[start:end].split()[-1] == "người":
        return [], start  # `người` alone names nobody
    return [("", cap_first(squash(folded[start:end])))], end


# a person's name (two to four capitalised words), then perhaps the abbreviation of a post: `Nguyễn Văn Thành PHT`
_PERSON_NAME = regex.compile(r"(\p{Lu}\p{Ll}*(?![\p{L}])(?:\s+\p{Lu}\p{Ll}*(?![\p{L}])){1,3})"
                             r"(?:[ \t]*[-–(,]?[ \t]*(\p{Lu}{2,5})(?![\p{L}]))?")


def _person_at(folded: str, low: str, start: int, stop: int) -> tuple[str, int] | None:
    """A person named with an honorific of the party grammar (`Thầy`, `Cô`, `đồng chí`, `đ/c`), a family name
    (models/surnames.txt) and perhaps the post's abbreviation: `nộp … về cho Thầy Nguyễn Văn Thành PHT` →
    `Thầy Nguyễn Văn Thành (Phó Hiệu trưởng)`; the name and where it ends, None when none stands there."""
    honorific = next((h for h in party_vocabulary().honorifics if low.startswith(h, start)
                      and not h.startswith("các") and low[start + len(h):start + len(h) + 1].isspace()), None)
    if honorific is None:
        return None
    at = start + len(honorific)
    at += len(folded[at:stop]) - len(folded[at:stop].lstrip())
    name = _PERSON_NAME.match(folded, at, stop)
    if name is None or name.group(1).split()[0] not in load().surnames:
        return None
    person, end = cap_first(folded[start:start + len(honorific)]) + " " + squash(name.group(1)), name.end(1)
    post = name.group(2)
    if post and expand_abbreviations(post) != post:
        person, end = f"{person} ({expand_abbreviations(post)})", name.end()
    return person, end


def _as_listed(names) -> str:
    """One list of bodies as written: `Bộ Xây dựng, Bộ Tài chính và Bộ Kế hoạch và Đầu tư`."""
    out = ""
    for separator, name in names:
        out += (separator if separator in (",", ";") else " " + separator) + " " + name if out else name
    return out


def body_end(text: str, low: str, start: int, stop: int, extend: bool = True) -> int:
    """Where the name of a body or post that opens at `start` ends (`start` when none opens there): the
    party grammar's extent, moved to a word boundary, and run on over the lower-case words that name a
    body whose head is left alone (`Sở giao dịch chứng khoán`). `text` keeps the case, `low` is its
    folded lower-case copy."""
    mention = mention_at(text, low, start)
    if mention is None or mention.kind not in _KINDS or mention.end > stop:
        return start
    end = _whole_word_end(text, mention.end, name_end(text, low, start, mention.end, stop), stop)
    if end == mention.end and is_bare_head(text[start:end]):
        end = _noun_phrase_end(text, low, end, stop) if extend else start
    return end


def before_verb_read_on(text: str, start: int, end: int, stop: int) -> int:
    """A proper name the name reader ran on into the verb after it (`Kho bạc Nhà nước kiểm soát tính hợp
    pháp …`): a last word in lower case right after a capitalised one, that underthesea tags as a verb in
    the words around it, is the predicate's. Tagged only where the name holds a capitalised syllable past its
    first word and three lower-case ones or more end it (`Sở Tài chính`, `Ủy ban nhân dân tỉnh` are not
    tagged: the common names, most of the stage's calls)."""
    syllables = text[start:end].split()
    capitalised = [i for i, syllable in enumerate(syllables) if syllable[:1].isupper()]
    if len(capitalised) < 2 or len(syllables) - capitalised[-1] < 4 or not syllables[-1].islower():
        return end
    phrase = text[start:min(stop, end + _NP_CONTEXT)]
    pos, previous = 0, ""
    tagged = phrase_tags(phrase)
    for i, (token, tag) in enumerate(tagged):
        found = phrase.find(token, pos)
        if found < 0 or start + found >= end:
            return end
        pos = found + len(token)
        if start + pos == end:
            # after a capitalised word that is not the head (`Ban kiểm soát`, `Cơ quan đại diện` are names), with
            # the verb's object after it
            verb = tag == "V" and token.islower() and i >= 2 and previous[:1].isupper() \
                and i + 1 < len(tagged) and tagged[i + 1][1] in ("N", "Np", "Nc", "A")
            return start + len(phrase[:found].rstrip()) if verb else end
        previous = token
    return end


def bodies_end(text: str, low: str, start: int, stop: int, first_end: int | None = None) -> int:
    """Where the names listed from `start` end: `Bộ Quốc phòng, Bộ Công an`, `Sở Tài chính và Sở Xây dựng`;
    `first_end`: the first name's end (`body_end`), when the caller has it already."""
    end = body_end(text, low, start, stop) if first_end is None else first_end
    while end > start:
        join = _LIST_JOIN.match(low, end, stop)
        following = body_end(text, low, join.end(), stop, extend=False) if join and join.end() > end else 0
        if not following or following == join.end() or text[join.end()].islower():
            break
        end = following
    return end


def _name_at(folded: str, low: str, start: int, stop: int) -> tuple[str, int]:
    level = _cues()["level"].match(low, start, stop)
    if level:  # `cấp có thẩm quyền`, `cấp trên`
        return cap_first(folded[start:level.end()]), level.end()
    end = body_end(folded, low, start, stop)
    if end == start:
        return "", start
    name = squash(strip_markup(folded[start:end])).strip(" ,;:-–")
    honored = honorific().match(name.lower())
    if honored and name[honored.end():honored.end() + 1].isupper():
        name = name[honored.end():]  # `nộp về đồng chí Bí thư Chi bộ`: the post is the recipient
    through = _THROUGH.match(folded, end, stop)
    if through:  # `(qua Phòng An ninh chính trị nội bộ, Công an tỉnh)`
        name += " " + squash(through.group(1))
        end = through.end()
    elif (bare := _through_unit().match(low, end, stop)) and (unit_end := body_end(folded, low, bare.end(), stop)) > bare.end():
        # `gửi về Sở Giáo dục và Đào tạo qua Phòng Chính trị, tư tưởng …`: the unit it goes through, written without
        # brackets, is written as the bracketed one is
        name += f" (qua {squash(folded[bare.end():unit_end]).strip(' ,;:-–')})"
        end = unit_end
    return cap_first(expand_abbreviations(name)), end


@lru_cache(maxsize=1)
def honorific() -> regex.Pattern:
    """An address before a person's post (models/party_heads.tsv `honorific`: `đồng chí`, `đ/c`, `ông`, `bà`), lower case."""
    return regex.compile(r"(?:" + words_pattern(list(party_vocabulary().honorifics)) + r")[ \t]+")


def _whole_word_end(folded: str, head_end: int, end: int, stop: int) -> int:
    """A name's end moved to a word boundary, by underthesea's word segmentation of its last syllable and
    the two after it: a capitalised syllable that opens a two-syllable word takes its second one in (`Cục
    Quản` + `lý`, `Bộ Tư` + `lệnh`); a lower-case one that stands alone in the name but opens a word of the
    clause is left out (`Thủ tướng Chính phủ đồng` + `thời`). Only asked when a lower-case syllable follows."""
    last = folded.rfind(" ", head_end, end) + 1
    following = _NEXT_SYLLABLES.match(folded, end, stop)
    if last <= head_end or following is None or _ends_name(folded, following.start(1)):
        return end
    syllable = folded[last:end]
    if not _opens_word(f"{syllable} {squash(following.group())}", len(syllable)):
        return end
    if syllable[:1].isupper():
        return end + len(following.group(0)) - len(following.group(0).lstrip()) + len(following.group(1))
    # the syllable before (the head's last one when it follows the head): never the text before the name,
    # which the segmenter would be given whole
    previous = folded.rfind(" ", 0, last - 1) + 1
    if _opens_word(f"{folded[previous:last - 1]} {syllable}", last - 1 - previous):
        return end  # the syllable closes a word of the name (`Xã hội`, `Hải quan`)
    return len(folded[:last].rstrip())


def _ends_name(folded: str, pos: int) -> bool:
    """Whether the words at `pos` plainly end a name before them: a predicate or a stop phrase of the
    party grammar (`thẩm định`, `có trách nhiệm`), or a phrase that ends names here (`chậm nhất`, `kèm
    theo`), of two syllables or more (one syllable may close a word of the name: `ngoại` + `giao`)."""
    low = folded[pos:pos + 30].lower()
    cue = cue_at(low, 0, PREDICATE_OR_STOP)
    stop = _cues()["name_stop"].match(low)
    return any(" " in phrase for phrase in (cue[0] if cue else "", stop.group() if stop else ""))


_NEXT_SYLLABLES = regex.compile(r"[ \t]+(\p{Ll}+)(?:[ \t]+\p{L}+)?")


@lru_cache(maxsize=8192)
def _opens_word(phrase: str, length: int) -> bool:
    """Whether the segmenter reads the phrase's first `length` characters and more as one word."""
    words = phrase_words(phrase)
    return bool(words) and len(words[0]) > length and phrase.startswith(words[0])


_NP_REACH = 80  # characters a name may run on over after its head
_NP_CONTEXT = 12  # characters after the name's limit given to the tagger
_NP_WORDS = 12  # tokens a body's name may run on over after its head
_NP_ENDS = frozenset({"E", "C", "CC", "M", "P", "R", "T", "X", "L"})  # preposition, conjunction, number …


def _noun_phrase_end(folded: str, low: str, end: int, stop: int, body: bool = True) -> int:
    """Where a name whose head ends at `end` ends when lower-case words follow the head (`Hội đồng thi
    đua, khen thưởng ngành trước ngày …`, `Sở giao dịch chứng khoán trước …`, `người thắng giải là …`):
    the words up to a preposition, a number, a predicate or punctuation, by underthesea's POS tags and the
    words that end names (models/deadlines.json `name_stops`), when that boundary comes within a few words
    (else the words are the clause's predicate, not the name). After a body's head, a predicate after its
    first word ends the name too, and a comma may join its sectors (`body`); people are qualified by a
    clause of their own (`người yêu cầu đăng ký`)."""
    reach = min(stop, end + _NP_REACH)
    word_stop = _cues()["name_stop"].search(low, end, reach)
    limit = word_stop.start() - end if word_stop else reach - end
    tail = folded[end:min(reach, end + limit + _NP_CONTEXT)]  # tagged with a few words after: tags need context
    if not tail[:1].isspace() or not tail.lstrip()[:1].islower() or not tail[:limit].strip():
        return end
    if _cues()["document_noun"].match(low, end + len(tail) - len(tail.lstrip())):
        return end
    pos = length = 0
    if end + len(tail) >= len(folded):
        # a tail that runs to the end of the text is tagged as a sentence's end (`… cho Sở giao dịch chứng khoán`
        # alone tags `chứng khoán` a number)
        tail += "."
    for i, (token, tag) in enumerate(phrase_tags(tail)):
        found = tail.find(token, pos)
        if found >= limit:
            return end + length
        if found < 0 or i >= _NP_WORDS or (token == "," and not (body and tail[found + 1:].lstrip()[:1].islower())):
            return end
        if tag in _NP_ENDS or (tag == "CH" and token != ",") or token[:1].isupper() or token in _NP_STOPS or \
                (body and length and cue_at(low, end + found, PREDICATE)):  # `Hội đồng tuyển dụng tổ chức phỏng vấn`
            return _level_end(low, end + length, stop) if length else end
        pos = found + len(token)
        if tag != "CH":
            length = pos
    return _level_end(low, end + length, stop) if length and reach >= stop else end  # up to the clause's end


def _level_end(low: str, end: int, stop: int) -> int:
    """The level or scope a name ends with (`… cấp tỉnh`, `… có thẩm quyền`, `… cùng cấp`)."""
    level = _cues()["level_tail"].match(low, end, stop)
    return level.end() if level else end


def _issuer_for_bare_head(name: str, issuer: str) -> str:
    """`Bộ` in a letter of a Bộ is that Bộ (with what follows it, `(qua …)`)."""
    head, _, rest = name.partition(" (")
    if issuer and " " not in head and key(issuer).startswith(key(head) + " "):
        return issuer + (" (" + rest if rest else "")
    return name
