"""The normalized form of a party's name: honorifics and counts dropped, the lexicon's canonical names,
abbreviations expanded, the standard names of bodies (models/party_bodies.tsv), posts misspelt by a
letter corrected; and the forms that need the document: the level a local body is named by, posts
completed with their body.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import expand_abbreviations, load, org_head, school_levels, starts_with_org
from .party_names import TRAILING_GLUE, key, levels_with_commas, mention_at, phrase_at, place_words, table_rows, vocabulary
from .textfold import cap_first, fold, key_fold, lowered, rx, squash, strip_markup
from .pattern_cache import longest_first

def strip_address(surface: str) -> str:
    """`Đồng chí Phó chủ tịch` → `Phó chủ tịch`, `22 GVCN` → `GVCN`, `Các đ/c Phó Chủ tịch` → `Phó Chủ tịch`,
    `Thầy Nguyễn Văn Thành PHT` → `PHT`."""
    voc = vocabulary()
    name = surface.strip()
    if key(name).startswith(voc.honorifics) and " có tên " in key(name):
        return name  # `Các ông (bà) có tên tại Điều 1`: the address is the name's noun, the people the article names
    if key(name).startswith(voc.honorifics):
        mention = mention_at(name, lowered(fold(name)), 0)
        if mention and mention.post > 0:  # the person's name before the post they hold
            name = name[mention.post:]
    while True:
        low = key(name)
        for prefix in voc.honorifics if low.startswith(voc.honorifics) else ():
            # (`Các ông( bà)`, `Các ông, bà`: no blank before the pair)
            if low.startswith((prefix + " ", prefix + "/", prefix + "(", prefix + ",")):
                name = name[len(prefix):].lstrip()
                paired = _PAIRED_HONORIFIC.match(name)  # `Ông (Bà)`, `Ông/Bà`, `ông, bà`: the holder, whoever it is
                if paired and key(paired.group(1)) in voc.honorifics:
                    name = name[paired.end():]
                break
        else:
            count = rx(r"^\d+\s+").match(name)
            if count:
                name = name[count.end():]
                continue
            break
    low = key(name)
    if low.startswith("tất cả các "):  # `tất cả các đơn vị …`: every one of the kind is `các đơn vị …`
        name, low = name[7:].lstrip(), low[7:]
    quantifier = next((q for q in _QUANTIFIERS if low.startswith(q)), None)
    if quantifier:  # `Mỗi chi đoàn cử …`, `Toàn thể CB-GV-CNV phải …`: each or all of the kind is the kind
        name = name[len(quantifier):].lstrip()
        low = key(name)
    if low.startswith("các "):  # people are named by their post: `các thành viên` → `Thành viên`
        rest, posts = low[4:], _posts()
        if rest in posts or any(rest[:i] in posts for i, ch in enumerate(rest) if ch == " "):
            name = name[4:].lstrip()
    return name


_QUANTIFIERS = ("mỗi ", "từng ", "toàn thể ", "tất cả ")  # (`tất cả các …` keeps its `các`: read above)
_PAIRED_HONORIFIC = re.compile(r"(?:/|\(|,)\s*(\w+)\s*\)?\s*")


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """The heads that name people by their post (kinds `title` and `staff`)."""
    return frozenset(h for h, k in vocabulary().head_kind.items() if k in ("title", "staff"))


# `TP.Hồ Chí Minh`, `TP. Huế`, `TP.HCM`: a city's name after the dotted initials of `Thành phố`; without the dot after a
# body's head too (`Ủy ban nhân dân TP Thủ Đức`); but `Sở TP`, `Phòng TP` are the Tư pháp's (models/party_bodies.tsv)
_CITY_DOTTED = re.compile(r"(?<!\w)TP(?:\.[ \t]*|(?<!Sở TP)(?<!Phòng TP)[ \t]+)(?=[^\W\d_])")


def _city_written_out(name: str) -> str:
    # (the dotted initials as the city's name is written, `Thành phố Hồ Chí Minh`; bare ones after a head in lower case)
    return _CITY_DOTTED.sub(lambda m: ("Thành phố " if "." in m.group() or m.start() == 0 else "thành phố ")
                            if name[m.end()].isupper() else m.group(0), name)


@lru_cache(maxsize=65536)
def normalize(surface: str) -> str:
    """The party's name: honorifics and counts dropped, the lexicon's canonical form when known, else
    abbreviations expanded, modern tone placement, first letter capitalised."""
    voc = vocabulary()
    # a blank left to fill in (`tỉnh ……………`): the name as far as it is written
    # (and a table cell's bar before a list's dash: `Kính gửi: | - Các sở, ban, ngành …`)
    name = squash(strip_markup(fold(surface))).strip(" ,;:.-–…|")
    name = TRAILING_GLUE.sub("", rx(r"\s*\([^()]*\)\s*$").sub("", name))
    name = FOOTNOTE_MARK.sub("", name)
    # (the holder named after a dash leaves the dash: `Phó Giám đốc Sở - Hoàng Văn Thuân`)
    name = _without_holder(_city_written_out(_corrected_title(strip_address(name)))).rstrip(" -–")
    if "-" in name or "–" in name:
        name = _ONE_SIDED_DASH.sub(lambda m: f" {m.group().strip()} ", name)  # (`Văn hóa- xã hội`: one spacing of the name)
        name = _TIGHT_DASH.sub(lambda m: f" {m.group()} " if name[m.start() - 1].islower() and name[m.end()].isupper()
                               else m.group(), name)  # (`Công chức Văn hóa-Xã hội`; not a code, `VH-XH`)
        name = name.replace(" – ", " - ")  # (the dash between two parts a word processor made an en dash: one name)
    entry = voc.known.get(key(name))
    if entry:
        return entry.canonical
    name = expand_abbreviations(_joined_abbreviations(name))
    if "," in name:
        name = _TIGHT_COMMA.sub(", ", name)  # (`CBGV,NV` → `cán bộ, giáo viên, nhân viên`)
    if " & " in name:
        name = name.replace(" & ", " và ")  # (`Trung tâm Văn hóa, Thể thao & Truyền thông`: the `và` of its name)
    entry = voc.known.get(key(name))
    if entry:
        return entry.canonical
    return cap_first(spelt(_standard_name(_kinds_in_lower_case(_kinds_listed(_levels_listed(_placed_once(
        _without_field(_school_levels_written_out(name)))))))))


_TIGHT_COMMA = re.compile(r",(?=[^\W\d_])")
# a footnote's number a PDF's text layer glued to the name's last word (`Các Sở Giáo dục và Đào tạo1;`): no part of it
# (`lớp 9A1`, `lớp 10a1`, `Quận 1`, `số 2`: a class's, a district's or a school's number follows a code or a blank)
# (or in brackets, as a web page writes the note's link: `Kính gửi: Giám đốc các Sở Giáo dục và Đào tạo[1]`)
FOOTNOTE_MARK = rx(r"(?<=\p{Ll}\p{Ll})(?<!số)\d{1,2}$|(?<=\p{L})\[\d{1,2}\]$")
_LINKING_WORDS = frozenset({"và", "của", "&"})  # (not a dash: `Phó Giám đốc Sở - Hoàng Văn Thuân`)
_HOLDER_WORDS = (4, 3, 2)  # syllables of a person's name (`Nguyễn Minh Trí`), the longest reading first


def _without_holder(name: str) -> str:
    """A post written with its holder's name after it (`Phó Hiệu trưởng Nguyễn Minh Trí`, `Kế toán Lê Thị Hoa`): the
    post, as a name before it (`Thầy Nguyễn Văn Thành PHT`) leaves it (devset NOTES, fresh_02: the party is the role);
    a body named for a person keeps the name (`Trường THCS Nguyễn Văn Trỗi`: a body's head, not a post's)."""
    words = name.split()
    if len(words) < 3:
        return name
    surnames = load().surnames
    for count in _HOLDER_WORDS:
        person = words[-count:]
        if len(words) > count and person[0] in surnames and all(w[:1].isupper() and w[1:].islower() for w in person):
            post = " ".join(words[:-count])
            # (a name's words after `và` are its field's, a capital misplaced: `Giám đốc Sở Giáo dục và Đào Tạo`)
            if _is_post(post) and not _NAMED_FOR_A_PERSON.search(post) and words[-count - 1] not in _LINKING_WORDS:
                return post
            return name  # (the longest name read: a shorter one would leave part of it to the post)
    return name


def _is_post(name: str) -> bool:
    """Whether a name is a post or a kind of staff (a title's head, or models/parties.tsv's `head`/`staff` entry), not a
    body (`Đoàn Thanh niên Cộng sản` before `Hồ Chí Minh`)."""
    known = vocabulary().known.get(key(name))
    if known is not None:
        return known.category in ("head", "staff")
    head = mention_at(name, name.lower(), 0)
    return head is not None and head.kind in ("title", "staff")


# (the head of a school named for a person, `Hiệu trưởng Trường THCS Nguyễn Văn Trỗi`, `… Trường Tiểu học Lê Lợi`: the
# school's level, an abbreviation in capitals or its last word, right before the person's name; kept whole)
# (nor a place named for one, after its level: `Ủy ban nhân dân phường Lê Lợi`)
_NAMED_FOR_A_PERSON = re.compile(rf"(?:\b[A-ZĐ]{{2,}}|\b(?i:học|non|cấp|đường|{'|'.join(re.escape(w) for w in place_words('level'))}))$")
# A dash between two parts of a name typed with a blank on one side only (`Văn hóa- xã hội`, `Lao động -Thương binh`).
_ONE_SIDED_DASH = re.compile(r"(?<=[^\W\d_])[-–][ \t]+(?=[^\W\d_])|(?<=[^\W\d_])[ \t]+[-–](?=[^\W\d_])")
# and without a blank (`Văn hóa-Xã hội`): a word in lower case, then a capitalised one
_TIGHT_DASH = re.compile(r"(?<=[^\W\d_])[-–](?=[^\W\d_])")


def _kinds_in_lower_case(name: str) -> str:
    """`Các Bộ, ngành`, `Thủ trưởng các Sở, ban, ngành`, `các Huyện, Thị xã`: a kind of body named after a determiner
    is a common noun, in lower case as the rest of its list (`Các bộ, ngành`), so that one collective has one name
    however its document capitalised it; a kind that opens a body's own name stays (`các Ban Chỉ đạo`)."""
    if not _CAPITAL_AFTER_DETERMINER.search(name):
        return name
    return _kind_list().sub(lambda m: m.group(1) + _lower_kinds(m.group(2), name[m.end():]), name)


_CAPITAL_AFTER_DETERMINER = re.compile(r"\b(?:[Cc]ác|[Nn]hững)\s+[A-ZĐ]")


def _lower_kinds(run: str, rest: str) -> str:
    words = run.split(" ")
    if rest.startswith(" ") and rest[1:2].isupper():  # the last kind opens a name: `các Ban Chỉ đạo`
        return run if len(words) == 1 else " ".join(w.lower() for w in words[:-1]) + " " + words[-1]
    return run.lower()


@lru_cache(maxsize=1)
def _kind_list() -> re.Pattern:
    """Kinds of body (`sở, ban, ngành`) and levels (`huyện, thị xã, thành phố`) after `các` or `những`, listed with
    commas or spaces."""
    kinds = "(?:" + "|".join(map(re.escape, longest_first(
        {k for k in vocabulary().collectives if " " not in k} | set(_local_bodies()[1])))) + ")"
    return re.compile(rf"(\b(?:[Cc]ác|[Nn]hững)\s+)((?i:{kinds})(?:,?\s+(?i:{kinds}))*)(?!\w)")


def _school_levels_written_out(name: str) -> str:
    """`Hiệu trưởng các trường Mầm non, Tiểu học, THCS`, `Giáo viên các trường MN - MG`: a school level written as
    its code names the level, as the key of any other spelling does (`… Tiểu học, Trung học cơ sở`, `Mầm non - Mẫu
    giáo`), in lower case where the levels beside it are; in a school's own name the code stays as the school
    writes it (`Trường THCS Trường Chinh`). A two-letter code (`TH`, `MN`) counts only beside another level or after
    a word that takes one (`trường`, `cấp`, `bậc`)."""
    full_of, pattern = _level_codes()
    codes = pattern.findall(name)
    if not codes:
        return name
    low = name.lower()
    beside_a_level = len(codes) > 1 or any(full in low for full in _full_levels())
    # written as the levels beside it are (`các trường mầm non, tiểu học, THCS` → `… trung học cơ sở`)
    in_lower_case = any(full in name for full in _full_levels())

    def written_out(m: re.Match) -> str:
        code, before, rest = m.group(0), name[:m.start()].rstrip().lower(), name[m.end():].lstrip(" ,;–-&")
        # (a code a comma ends is a level of a list: `các trường Tiểu học, THCS, THPT, TCCN trực thuộc`, no school
        # named `THPT TCCN`)
        listed = name[m.end():].lstrip(" ")[:1] in (",", ";")
        if not listed and _names_a_school(before, rest, pattern):
            return code
        if len(code) == 2 and not beside_a_level and not before.endswith(_TAKES_A_LEVEL):
            return code
        return full_of[code.lower()].lower() if in_lower_case else full_of[code.lower()]
    return pattern.sub(written_out, name)


def _names_a_school(before: str, rest: str, codes: re.Pattern) -> bool:
    """Whether a level's code opens a school's own name: a name follows it at once (`THCS Trường Chinh`), or one
    school is named (`Trường THPT chuyên Lê Quý Đôn`, not `các trường THCS`) and a name follows in its words. `chuyên`
    after the code with no name after it is the level's own kind (a specialised upper secondary school, Thông tư
    05/2023/TT-BGDĐT): `Ban Giám hiệu Trường THPT Chuyên`, `trường THPT chuyên tỉnh` write the level out."""
    if rest[:7].lower() == "chuyên" or rest[:7].lower().startswith("chuyên "):
        return any(word[:1].isupper() for word in rest.split(",")[0].split()[1:])
    if rest[:1].isupper():
        return not codes.match(rest) and not rest.lower().startswith(_full_levels())
    one_school = before.endswith("trường") and not before.endswith(("các trường", "những trường"))
    return one_school and any(word[:1].isupper() for word in rest.split(",")[0].split())


# the words after which a two-letter code can only be a level (`trường TH`, `cấp MN`, `giáo viên TH`)
_TAKES_A_LEVEL = ("trường", "cấp", "bậc", "khối", "ngành học", "giáo viên", "học sinh")


_CODE = re.compile(r"[a-z]+(?:\s*[&-]\s*[a-z]+)*")


@lru_cache(maxsize=1)
def _level_codes() -> tuple[dict[str, str], re.Pattern]:
    """A school level's code (`thcs`, `th&thcs`) → its full name, each level capitalised as schools write them
    (`Tiểu học và Trung học cơ sở`; models/school_levels.tsv), and a pattern of the codes in capitals."""
    full_of = {}
    for full, *shorts in school_levels():
        written = " và ".join(cap_first(part) for part in full.split(" và "))
        for short in shorts:
            if _CODE.fullmatch(short):
                full_of.setdefault(short, written)
    codes = sorted(full_of, key=len, reverse=True)
    return full_of, re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(c.upper()) for c in codes) + r")(?![\w&])")


@lru_cache(maxsize=1)
def _full_levels() -> tuple[str, ...]:
    return tuple(row[0] for row in school_levels())


_JOINED = re.compile(r"(?<![\w&/-])[A-ZĐ]{2,8}(?:[ \t]*[&-][ \t]*[A-ZĐ]{2,8})+(?![\w&])")
_JOINT = re.compile(r"[ \t]*[&-][ \t]*")


def _joined_abbreviations(name: str) -> str:
    """`Văn phòng HĐND&UBND xã`, `Văn phòng HĐND-UBND`: bodies abbreviated and joined, the office serving them
    all, is `… HĐND và UBND …` (expanded after); a joined form the lexicon has whole (`GD&ĐT`, `LĐTB&XH`) and
    joined sectors (`TC-KH`) stay."""
    if "&" not in name and "-" not in name:
        return name
    table = load().abbreviations

    def bodies(m: re.Match) -> str:
        parts = _JOINT.split(m.group(0))
        compact = re.sub(r"[ \t]+", "", m.group(0))
        if compact in table:
            return compact  # `GD & ĐT`: the lexicon's `GD&ĐT`, spaced
        if _JOINT.sub("", m.group(0)) in table or m.group(0) in table or \
                not all(starts_with_org(table.get(part, "")) for part in parts):
            return m.group(0)
        return ", ".join(parts[:-1]) + " và " + parts[-1]
    return _JOINED.sub(bodies, name)


def _placed_once(name: str) -> str:
    """`Ban công tác Mặt trận các thôn trên địa bàn xã`: where the name already names the places its bodies are
    in (`các thôn`, `các xã, phường`), `trên địa bàn <level>` only says they are the document's own: the name
    ends before it (`Các đoàn thể trên địa bàn` names no place and keeps it)."""
    if "địa bàn" not in name:
        return name
    m = _placed_twice().fullmatch(name)
    return m.group(1) if m else name


@lru_cache(maxsize=1)
def _placed_twice() -> re.Pattern:
    places = "(?:" + "|".join(map(re.escape, longest_first(place_words("level", "area")))) + ")"
    return re.compile(rf"(.*?\b(?:các|những)\s+(?:\([^()]*\)\s*)?{places}\b.*?)\s*,?\s+trên địa bàn\s+{places}"
                      rf"(?:\s+[A-ZĐ]\w*)*", re.I)


@lru_cache(maxsize=1)
def _abbreviated_levels() -> tuple[regex.Pattern, dict[str, str]]:
    """A level abbreviated after another level and a comma (models/party_levels.txt: `huyện, TX, TP`), and what each
    abbreviation writes out."""
    written_out = {row[0]: row[2] for row in table_rows("party_levels.txt") if len(row) > 2 and row[1] == "level-abbreviated"}
    levels = "|".join(regex.escape(w) for w in [*place_words("level", "level-listed"), *written_out])
    return regex.compile(rf"(?<=(?:{levels}),\s?)({'|'.join(written_out)})(?![\w&])"), written_out


def _levels_listed(name: str) -> str:
    """`Ủy ban nhân dân các phường xã, đặc khu` (a comma left out), `Ủy ban nhân dân quận - huyện` (a dash for
    the comma), `các xã/phường/thị trấn` (slashes): levels listed after `các`, or joined by a dash or a slash, are
    separated by commas, as the genre writes them (`các phường, xã, đặc khu`, `quận, huyện`)."""
    pattern, written_out = _abbreviated_levels()
    if any(abbreviation in name for abbreviation in written_out):  # (the cheap test first: the look-behind is dear)
        name = pattern.sub(lambda m: written_out[m.group(1)], name)
    name = _level_run().sub(lambda m: m.group(1) + ", ".join(_level_word().findall(m.group(2))), name)
    if "-" in name or "–" in name:
        name = _levels_dashed().sub(lambda m: ", ".join(_level_word().findall(m.group(0))), name)
    return levels_with_commas(name)


def _kinds_listed(name: str) -> str:
    """`Các sở, ban ngành liên quan`, `các bộ ngành` (a comma left out): kinds of body listed after a comma or a
    determiner are separated by commas, as the genre writes them (`Các sở, ban, ngành liên quan`)."""
    return _kind_run().sub(_kinds_joined, name)


def _kinds_joined(m: re.Match) -> str:
    """The run of kinds `m` with commas between the kinds; a level after the last kind is the level they belong to
    (`các sở, ban, ngành tỉnh`: the province's departments), written without a comma."""
    run = m.group(2)
    if _one_word(run):
        return m.group(0)
    words = run.split()
    levels = set(place_words("level"))
    level = ""
    if len(words) > 1 and words[-1].lower() in levels and words[-2].lower() not in levels:
        words, level = words[:-1], " " + words[-1]
    elif words[-1][0].isupper() and len(org_head(words[-1] + m.string[m.end():])) > len(key_fold(words[-1])):
        # `các Ban Hội đồng nhân dân tỉnh`: the last kind opens the name of the body the others belong to (`Hội
        # đồng`), no kind of the list
        words, level = words[:-1], " " + words[-1]
        if len(words) == 1:
            return m.group(1) + words[0] + level
    return m.group(1) + ", ".join(words) + level


def _one_word(run: str) -> bool:
    """Whether a run of kinds is one word of names of bodies (`xã hội`: `Các tổ chức chính trị, xã hội`)."""
    low = key(run)
    return phrase_at(low, 0, "name") == len(low)


@lru_cache(maxsize=1)
def _kind_run() -> re.Pattern:
    """Two or more one-word kinds of body in a row after a comma or a determiner (`, ban ngành`, `các bộ ngành`)."""
    kinds = "(?:" + "|".join(map(re.escape, longest_first(k for k in vocabulary().collectives if " " not in k))) + ")"
    return re.compile(rf"(,\s+|\b(?:các|những)\s+)({kinds}(?:\s+{kinds})+)(?!\w)", re.I)


@lru_cache(maxsize=1)
def _level_words() -> str:
    return "(?:" + "|".join(map(re.escape, longest_first(_local_bodies()[1]))) + ")"


@lru_cache(maxsize=1)
def _level_run() -> re.Pattern:
    """Two or more level words in a row after a determiner (`các phường xã`)."""
    return re.compile(rf"(\b(?:các|những)\s+)({_level_words()}(?:\s+{_level_words()})+)(?!\w)", re.I)


@lru_cache(maxsize=1)
def _levels_dashed() -> re.Pattern:
    """Level words joined by dashes (`quận - huyện`, `phường - xã`), lower case as a list of levels writes them."""
    return re.compile(rf"(?<!\w){_level_words()}(?:\s*[-–]\s*{_level_words()})+(?!\w)")


@lru_cache(maxsize=1)
def _level_word() -> re.Pattern:
    return re.compile(_level_words(), re.I)


_POST_THEN_ABBREVIATION = re.compile(r"(?P<post>.+?)\s+[A-ZĐ]{2,6}")


def _without_field(name: str) -> str:
    """`Phó hiệu trưởng NGLL` (`… PHT NGLL` in fresh_02): a post of a school's or office's staff followed by
    an abbreviation no lexicon expands is the post and the field it has in charge (models/party_field_posts.txt),
    not a body: the post."""
    m = _POST_THEN_ABBREVIATION.fullmatch(name)
    return m.group("post") if m and key(m.group("post")) in _field_posts() else name


@lru_cache(maxsize=1)
def _field_posts() -> frozenset[str]:
    return frozenset(key(row[0]) for row in table_rows("party_field_posts.txt"))


def spelt(name: str) -> str:
    """The name with the bodies it names spelt the standard way, capitals included (`Trưởng ban công tác Mặt
    trận thôn` → `Trưởng Ban Công tác Mặt trận thôn`; models/party_spellings.txt): one body, one spelling.
    A list's determiner at the start stays as written (`Các tổ chức …`)."""
    low = lowered(name)
    spellings, pattern = _spellings()
    out, last = [], 0
    for m in pattern.finditer(low):
        if m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in "&/"):
            continue
        standard = spellings.get(m.group(0))
        if standard and not (m.start() and standard.startswith("Các ")):
            out += [name[last:m.start()], standard]
            last = m.end()
    return "".join(out) + name[last:] if out else name


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], re.Pattern]:
    """Lower-case form → standard spelling of models/party_spellings.txt (same length: only the capitals
    differ), with one pattern for them all."""
    spellings = {}
    for standard in (row[0] for row in table_rows("party_spellings.txt")):
        standard = fold(standard)
        spellings.setdefault(lowered(standard), standard)
    return spellings, re.compile("(?:" + "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)) +
                                 r")(?![\w&])")


_JOINING = re.compile(r"[,;&–-]|(?<!\S)và(?!\S)")


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """A name's words without capitals and the marks that join them (commas, dashes, `&`, `và`): the spellings
    of one body a document writes (`Sở Lao động thương binh xã hội`, `Sở Lao động - Thương binh và Xã hội`) share
    it."""
    return " ".join(_JOINING.sub(" ", key(name)).split())


def _standard_name(name: str) -> str:
    """The name with the standard name of the body it names (`Giám đốc Sở Lao động - Thương binh và Xã hội`, `… Sở
    Lao động thương binh xã hội` → `Giám đốc Sở Lao động, Thương binh và Xã hội`), also before the lower-case words
    that say which office (`Sở Lao động - Thương binh và Xã hội nơi quản lý hồ sơ gốc`, `… các tỉnh, thành phố`)."""
    standard = _standard_names()
    low = spelling_key(name)
    if low in standard:
        return standard[low]
    words = name.split(" ")
    dashed = "-" in name or "–" in name  # (a variant that spells the standard words otherwise: a dash for `và`)
    for i in range(len(words) - 1):
        if not words[i][:1].isupper() and not (dashed and i and words[i - 1].lower() == "các"):
            continue  # (a kind after `các` in lower case: `Các phòng Giáo dục - Đào tạo huyện`)
        for j in range(len(words), i + 1, -1):
            if j < len(words) and (not words[j][:1].islower() or not words[j - 1][-1:].isalnum()) and \
                    not _place_named(" ".join(words[j:j + 3])):
                # (the body's name ends where lower-case words begin, not at a mark: `Sở Tư pháp - cơ quan …`; or
                # where the place it serves is named: `Sở Giáo Dục và Đào tạo Thành phố Hồ Chí Minh`)
                continue
            found = standard.get(spelling_key(" ".join(words[i:j])))
            if found and not words[i][:1].isupper() and key(found) == key(" ".join(words[i:j])):
                found = None  # (`các phòng Giáo dục và Đào tạo`: the standard words already, their case as written)
            if found and found[:1].isupper() and not found.startswith("Các ") and (i or j < len(words)):
                return " ".join(words[:i] + [found] + words[j:])
    return name


_LEVEL_NAMED = re.compile(r"(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã)(?:\s+(?P<place>\w)|$)")


def _place_named(words: str) -> bool:
    m = _LEVEL_NAMED.match(words)
    return bool(m) and (m.group("place") is None or m.group("place").isupper())


@lru_cache(maxsize=1)
def _standard_names() -> dict[str, str]:
    """Variant → standard name of the bodies in models/party_bodies.tsv (`Sở LĐTBXH`, `Sở Lao động -
    Thương binh và Xã hội` → `Sở Lao động, Thương binh và Xã hội`), the ones that need no place; keyed by
    `spelling_key`, so the joining marks may be written otherwise or left out."""
    out = {}
    for row in table_rows("party_bodies.tsv"):
        if "{" in row[0]:
            continue
        for variant in [row[0]] + (row[1].split("|") if len(row) > 1 else []):
            if variant.strip():
                out[spelling_key(expand_abbreviations(variant))] = row[0]
    return out


def standard_body_names() -> frozenset[str]:
    """The standard names of the bodies in models/party_bodies.tsv that need no place (`Bộ Văn hóa, Thể thao và Du
    lịch`)."""
    return frozenset(_standard_names().values())


def is_standard_name(name: str) -> bool:
    """Whether `name` is the standard name of a body, or a variant of it (models/party_bodies.tsv)."""
    return spelling_key(expand_abbreviations(name)) in _standard_names()


def _corrected_title(name: str) -> str:
    """A post misspelt by one letter (`Phó chỉ tịch` → `Phó Chủ tịch`): posts of two words or more are
    a closed set, so a near miss is the post."""
    words = name.split(" ")
    by_size, by_shape = _titles()
    written = {size: key(" ".join(words[:size])) for size in by_size}  # the name's first words, per title size
    if any(written[size] in heads for size, heads in by_size.items()):
        return name
    # the posts as long as the words written, in the lexicon's order (one letter apart keeps the length)
    near = sorted(entry for size in by_size if len(words) >= size
                  for entry in by_shape.get((size, len(written[size])), ()))
    for _, head, size in near:
        if sum(a != b for a, b in zip(written[size], head)) == 1:
            canonical = next(h for h in _title_spellings() if key(h) == head)
            return " ".join([canonical] + words[size:])
    return name


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[int, frozenset[str]], dict[tuple[int, int], tuple[tuple[int, str, int], ...]]]:
    """The posts of two words or more, grouped by their number of words; and by that number and their
    length, each with its place in the lexicon."""
    titles = [(h, h.count(" ") + 1) for h, k in vocabulary().head_kind.items() if k == "title" and " " in h
              and len(h) >= 8]
    by_size: dict[int, set[str]] = {}
    by_shape: dict[tuple[int, int], list[tuple[int, str, int]]] = {}
    for i, (head, size) in enumerate(titles):
        by_size.setdefault(size, set()).add(head)
        by_shape.setdefault((size, len(head)), []).append((i, head, size))
    return ({size: frozenset(heads) for size, heads in by_size.items()},
            {shape: tuple(entries) for shape, entries in by_shape.items()})


@lru_cache(maxsize=1)
def _title_spellings() -> tuple[str, ...]:
    return tuple(row[0] for row in table_rows("party_heads.tsv") if len(row) > 1 and row[1] == "title")


def is_bare_head(name: str) -> bool:
    """A head with nothing after it (`Hội`, `Ban`, `Cơ quan`, `Lãnh đạo`) names no party: its name was cut
    short or is generic (models/party_heads.tsv, kind `bare`, and every one-word body head)."""
    return key(name) in vocabulary().bare


def names_body(phrase: str) -> bool:
    """Whether a phrase opens with the name of a body (`Ủy ban Mặt trận …`), not a post, a qualifier or the
    post's own rank (`Thường trực`)."""
    low = lowered(fold(phrase))
    if low.startswith("thường trực"):
        return False
    mention = mention_at(phrase, low, 0)
    return bool(mention) and mention.kind in ("org", "known", "unit")


def is_generic(name: str) -> bool:
    """Whether a normalized name denotes a kind of body or person rather than one body: a generic head
    (`Cơ quan`, `Đơn vị`, `Cá nhân`, `các tổ chức`, a staff category or a post) with no capitalised word
    after it (`Cơ quan hải quan`, `Cá nhân, tổ chức`, `Người phụ trách kế toán`; not `Chi cục Hải quan`,
    `Chủ tịch Ủy ban nhân dân cấp tỉnh`)."""
    low = lowered(fold(name))
    mention = mention_at(name, low, 0)
    if not mention or mention.kind not in ("unit", "collective", "staff", "title"):
        return False
    return not any(word[:1].isupper() for word in name[mention.end:].split())


def warm() -> None:
    """Load the table of posts and compile the pattern of listed kinds now (in the parent process, before workers
    fork)."""
    post_bodies()
    _kind_run()


@lru_cache(maxsize=1)
def post_bodies() -> dict[str, tuple[str, ...]]:
    """models/party_post_bodies.tsv: a post's key → the keys of the heads of the kinds of body that have it."""
    return {key(row[0]): tuple(key(h) + " " for h in row[1].split("|")) for row in table_rows("party_post_bodies.tsv")}


def is_title(name: str) -> bool:
    """Whether a normalized name is a post alone (`Phó Chủ tịch Thường trực`), with no body named."""
    low = key(name)
    return low in _posts() or (low.endswith(" thường trực") and low[:-len(" thường trực")] in _posts())


def capitals(name: str) -> tuple[int, int]:
    """How a name is capitalised: (minus its level and area words written with a capital, the capitals of its
    other words). Names of bodies capitalise their field (`Chi cục Hải quan`); levels and areas are written
    in lower case (`Ủy ban nhân dân huyện`, `Ban Công tác Mặt trận các tổ dân phố`)."""
    low = lowered(fold(name))
    inside = [m.span() for m in _places().finditer(low)]
    upper = sum(any(c.isupper() for c in name[s:e]) for s, e in inside)
    return -upper, sum(ch.isupper() for ch in name) - sum(c.isupper() for s, e in inside for c in name[s:e])


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    """The level and area words of models/party_levels.txt, as whole words."""
    words = [key(w) for w in place_words("level", "area")]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


@lru_cache(maxsize=1)
def _local_bodies() -> tuple[tuple[str, ...], frozenset[str]]:
    bodies = [key(row[0]) for row in table_rows("party_levels.txt") if len(row) == 1]
    return tuple(sorted(bodies, key=len, reverse=True)), frozenset(key(w) for w in place_words("level"))


# The Front's committee is written many ways (`MTTQ`, `Ủy ban MTTQ Việt Nam`, `UBMTTQ`); its name is
# `Ủy ban Mặt trận Tổ quốc Việt Nam <level>` (Luật Mặt trận Tổ quốc Việt Nam 2015).
_FRONT = re.compile(r"^((?:(?:Ban\s+)?Thường trực|Phó Chủ tịch(?:\s+Thường trực)?|Chủ tịch)\s+)?(?:Ủy ban\s+)?"
                    r"Mặt trận Tổ quốc(?:\s+Việt Nam)?(?=\s+(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|"
                    r"thành phố|cấp|cùng cấp)\b|$)", re.I)


def at_level(surface: str, level: str) -> str:
    """`Ủy ban nhân dân cùng cấp` at a level named beside it → `Ủy ban nhân dân cấp xã`; a name that is no
    local body (`cấp ủy cùng cấp`) stays."""
    stem = surface.rstrip()[:-len("cùng cấp")].rstrip()
    bodies = _local_bodies()[0]
    low = key(stem)
    if not any(low.endswith(body) for body in bodies):
        return surface
    return f"{stem} cấp {level}"


# `các tổ chức thành viên của Ủy ban MTTQ Việt Nam phường`, `… của Mặt trận`: the Front the members belong to.
_MEMBERS = re.compile(r"\btổ chức thành viên của (?P<committee>Ủy ban )?(?P<front>Mặt trận(?: Tổ quốc(?: Việt Nam)?)?)"
                      r"(?P<rest>(?: \S+)*)$", re.I)


@lru_cache(maxsize=1)
def _tiers() -> dict[str, int]:
    """The tier of each level of local government (models/party_levels.txt, third column)."""
    return {key(row[0]): int(row[2]) for row in table_rows("party_levels.txt") if len(row) > 2 and row[1] == "level"}


def _below(named: str, own: str) -> bool:
    """Whether the level `named` (`xã` of `cấp xã`) is a lower tier than the document's own: a province's decision
    names every commune's body so (`Chủ tịch UBND cấp xã`, kept), a commune's plan its own (`cấp xã` → `xã`) and the
    one province above it (`cấp tỉnh` → `tỉnh`)."""
    tiers = _tiers()
    return bool(own) and tiers.get(named, 0) < tiers.get(key(own), 0)


def with_level(name: str, level: str) -> str:
    """`Ủy ban nhân dân cùng cấp` → `Ủy ban nhân dân xã` in a commune's document; `Chủ tịch Ủy ban MTTQ
    Việt Nam cấp xã` → `Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã`; a bare `Hội đồng nhân dân` → `…
    xã`; `Các tổ chức thành viên của Mặt trận` → `… của Mặt trận Tổ quốc Việt Nam xã`. `cấp trên` / `cấp tương
    ứng` stay: they name another level."""
    members = _MEMBERS.search(name)
    if members:  # the member organisations belong to the Front (Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 1, 4)
        front, rest = members.group("front"), members.group("rest")
        if front == "Mặt trận" and not rest and level:
            front, rest = "Mặt trận Tổ quốc Việt Nam", f" {level}"
        return name[:members.start("front") - len(members.group("committee") or "")] + front + rest
    front = _FRONT.match(name)
    if front:
        name = (front.group(1) or "") + "Ủy ban Mặt trận Tổ quốc Việt Nam" + name[front.end():]
    bodies, levels = _local_bodies()
    low = key(name)
    for body in bodies:
        at = low.rfind(body)
        if at < 0 or (at and low[at - 1] != " "):
            continue
        rest = low[at + len(body):].strip()
        stem = name[:at + len(body)]
        if rest == "cùng cấp" and level:
            return f"{stem} {level}"
        if rest.startswith("cấp ") and rest[4:] in levels and not _below(rest[4:], level):
            return f"{stem} {rest[4:]}"
        if not rest and level:
            return f"{stem} {level}"
        break
    # `cấp ủy cùng cấp`: a body of no level of government is simply the one at the same level
    return name[:-len(" cùng cấp")] if low.endswith(" cùng cấp") else name
