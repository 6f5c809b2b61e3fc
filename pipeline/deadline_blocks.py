"""The party of a block of text: the `Đơn vị chủ trì:` field of a plan item (or its `Cơ quan chủ trì`
sub-item), the party named by the lead-in line over a bullet list, by an item heading (`1. Sở Lao động -
Thương binh và Xã hội:`, `Trách nhiệm của …`), or by the introduction of the list an item stands in.
"""
from __future__ import annotations

import re

import regex

from .deadline_layout import Outline, clause_end
from .deadline_parts import PartReader
from .deadline_recipients import body_end
from .deadline_subjects import SUBJECT_WORDS, block_party, is_agent, party_name, patterns
from .deadline_tasks import EDITOR_NOTE, LEADING_MARKERS, trimmed
from .party_forms import is_bare_head
from .textfold import fold, lowered

_FIELD_ANCHOR = re.compile(r"(?:chủ trì|thực hiện|phụ trách|trách nhiệm)[ \t]*:")
# Compiled at import (before the workers fork), not on first use in every worker.
LIST_ITEM = regex.compile(r"\s*[+\-–•*]")
_SENTENCE_END = regex.compile(r"(?r)[.!?][ \t]+(?=\p{Lu})")  # the last full stop of a line before its lead-in
_DUTIES_FOLLOW = regex.compile(r"(?<![\p{L}])có\s+trách\s+nhiệm[\s*_]*[.:]?[\s*_]*$")  # `Sở … có trách nhiệm:` ends its line
# a heading that names a party and says the duties under it are its own
_HAS_DUTIES = regex.compile(r"(?i)\s+có\s+(?:các\s+)?(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s*(?:,|và)\s*(?:quyền\s+hạn|trách\s+nhiệm|nhiệm\s+vụ))*"
                            r"(?:\s+(?:như\s+)?sau(?:\s+đây)?)?[\s*_]*[.:]?[\s*_]*$")
_INVITES = regex.compile(r"(?<![\p{L}])(?:trân\s+trọng\s+)?(?:kính\s+)?mời[\s*_]*:$")  # `… trân trọng kính mời:`
_LEAD_IN_REACH = 30  # lines from a bullet up to the line that leads its list
_TOPIC = regex.compile(r"về\s+(?=\p{Ll})")  # `Về khai bổ sung`: an item's topic, not its subject
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}")
_TOPIC_REACH = 80  # characters of a topic heading before the lead-in's subject
_CLOSING_REACH = 1500  # characters from the text's end that hold its closing request (and the signature after it)
_DIVISION = regex.compile(r"(?i)(?:chương|phần|mục)(?![\p{L}])")  # a statute's divisions above its articles
_COORDINATING = regex.compile(r"(?<![\p{L}])phối\s+hợp(?![\p{L}])")
_REQUEST = regex.compile(r"(?<![\p{L}])(?:đề\s+nghị|yêu\s+cầu)\s+(?=\S)")


class BlockReader(PartReader):
    """Reads the party of a plan item or a list from the document's outline."""

    outline: Outline
    _items: dict[int, object]  # position -> its plan item (a section or None)
    _over: dict[str, str]  # section id -> the party its heading or one above it names

    def _item(self, pos: int):
        """The plan item of `pos` (a `3. Thời gian thực hiện: …` heading belongs to the item above);
        asked for a row's task, responsible and recipient alike, so found once."""
        if pos not in self._items:
            pats = patterns()
            self._items[pos] = self.outline.item(pos, lambda heading: bool(pats["time_heading"].match(heading.lower())))
        return self._items[pos]

    def _lead_in_party(self, pos: int) -> str:
        """The party that leads the bullet list `pos` stands in: `Các cơ quan, đơn vị có liên quan:` (or
        `Ban Công tác Mặt trận các thôn thực hiện các nội dung sau:`) over `- Gửi danh sách … trước ngày …`."""
        text, low = self.text, self.low
        line_start = low.rfind("\n", 0, pos) + 1
        if not LIST_ITEM.match(low, line_start):
            return ""
        end = line_start - 1
        for _ in range(_LEAD_IN_REACH):
            if end < 0:
                return ""
            start = low.rfind("\n", 0, end) + 1
            line = low[start:end]
            end = start - 1
            if not line.strip():
                continue
            head = LEADING_MARKERS.match(low, start, start + len(line)).end()
            if _DUTIES_FOLLOW.search(line) or LIST_ITEM.match(line) and line.rstrip(" \t*_").endswith(":"):
                # a bullet that names a party over the duties Word's lost levels flattened beside it (`- Ủy ban nhân
                # dân các huyện, thành phố:`), a party announcing its duties (`2 - Sở Lao động … có trách nhiệm.`)
                party = block_party(fold(text[head:start + len(line.rstrip(" \t*_.:"))]))
                if party:
                    return party
            if LIST_ITEM.match(line):
                continue  # another bullet of the list
            if not line.rstrip(" \t*_").endswith(":"):
                if LEADING_MARKERS.match(line).end() > 0 and line.lstrip()[:1].isdigit():
                    return ""  # a numbered item without a colon: the bullets are its body, not a list it leads
                continue  # a bullet's wrapped line
            colon = start + len(line.rstrip(" \t*_")) - 1
            if _INVITES.search(low, head, colon + 1):
                return self._invited(colon, line_start)
            # (the lead-in is the last sentence of its paragraph: `Đối với các thôn …: … có 05 thôn không được phân bổ
            # chỉ tiêu. Ban Công tác Mặt trận các thôn này thực hiện các nội dung sau:`)
            sentence = _SENTENCE_END.search(text, head, colon)
            head = sentence.end() if sentence else head
            # (a heading's own line too: `_heading_party` reads a name, `2. Phòng Giáo dục và Đào tạo:`, this its
            # subject when it leads the bullets in with a verb, `1. Hiệu trưởng tổ chức thực hiện … như sau:`)
            return block_party(text[head:colon]) or self._subject(head, colon)
        return ""

    def _invited(self, colon: int, stop: int) -> str:
        """Who an invitation's lead-in (`Phòng Giáo dục và Đào tạo trân trọng kính mời:`) invites: the first bullet
        under it (`- Hiệu trưởng các trường …`), who must attend; the inviter names no one the row falls to."""
        text, low = self.text, self.low
        line_start = low.find("\n", colon, stop) + 1
        while 0 < line_start < stop:
            line_end = low.find("\n", line_start, stop)
            line_end = stop if line_end < 0 else line_end
            if LIST_ITEM.match(low, line_start, line_end):
                head = LEADING_MARKERS.match(low, line_start, line_end).end()
                end = head + len(low[head:line_end].rstrip(" \t*_.;,"))
                return self._party_at(head, end) if is_agent(text, low, head, end) else ""
            line_start = line_end + 1
        return ""

    def _closing_request(self) -> str:
        """The party the document's closing asks to carry it out (`Nhận được hướng dẫn này, đề nghị Hiệu trưởng các
        trường triển khai thực hiện nghiêm túc./.`, `Yêu cầu Thủ trưởng các cơ quan, đơn vị … thực hiện`): the last
        request in the document's last paragraphs that names a party before its verb."""
        key = ("closing", 0)
        if key not in self._by_item:
            self._by_item[key] = self._read_closing_request()
        return self._by_item[key]

    def _read_closing_request(self) -> str:
        low = self.low
        tail = max(0, len(low) - _CLOSING_REACH)
        request = None
        for request in _REQUEST.finditer(low, tail):
            pass
        if request is None:
            return ""
        line = low.rfind("\n", 0, request.start()) + 1
        if LEADING_MARKERS.match(low, line, request.start()).end() > line:
            return ""  # a numbered item's request (`15. Đề nghị Ủy ban … chủ trì …`) is that item's, not the closing's
        end = clause_end(low, request.end())
        if _COORDINATING.search(low, request.end(), end):
            return ""  # `đề nghị các cơ quan, đơn vị có liên quan phối hợp triển khai`: they help, the issuer acts
        party = self._assigned(request.start(), request.end() + 1, end)
        return party if len(party.split()) <= SUBJECT_WORDS else ""

    def _intro_subject(self, item) -> str:
        """`2. Ban Thường trực … xã thực hiện chế độ báo cáo với … như sau:` over the `a.`, `b.` reports."""
        for _ in range(2):
            item = self.outline.parent(item) if item is not None else None
            if item is None:
                return ""
            heading_end = self.outline.own_end(item)
            # (a legal database's note after the colon: `… các thông tin sau đây: [Quy định … bị bãi bỏ bởi …]`)
            if EDITOR_NOTE.sub("", self.text[item.start:heading_end]).rstrip().endswith(":"):
                assigned = self._assigned(item.start, heading_end, heading_end)
                if len(assigned.split()) > SUBJECT_WORDS:  # the names ran on into the task
                    return ""
                found = assigned or self._subject(item.start, heading_end) or self._after_topic(item.start, heading_end)
                if found:
                    return found
        return ""

    def _after_topic(self, start: int, end: int) -> str:
        """The subject of a lead-in under a topic heading, `Về …` (a guidance letter's items): `7. Về khai bổ sung`
        ⏎ `Người khai hải quan xác định có sai sót … được thực hiện khai bổ sung trong các trường hợp sau đây:`, also
        where a legal database runs the heading and its text into one line: the first capitalised word after the
        topic that opens a party."""
        text, low = self.text, self.low
        topic = _TOPIC.match(low, LEADING_MARKERS.match(low, start, end).end(), end)
        if topic is None:
            return ""
        for word in _CAPITALISED_WORD.finditer(text, topic.end(), min(end, topic.end() + _TOPIC_REACH)):
            if is_agent(text, low, word.start(), end):
                return self._subject(word.start(), end)
        return ""

    def _heading_party(self, pos: int) -> str:
        """A party that heads the items around `pos`: `1. Sở Lao động - Thương binh và Xã hội:` or
        `Điều 5. Trách nhiệm của Ủy ban nhân dân cấp xã` over a list of its duties."""
        section = self.outline.item(pos)
        if section is None:
            return ""
        key = ("heading", section.start)
        if key not in self._by_item:
            self._by_item[key] = self._read_heading_party(section)
        return self._by_item[key]

    def _read_heading_party(self, section) -> str:
        """The party the heading of `section`, or of the nearest section above it, names. Siblings share
        their parents: each section's answer is kept, so every heading is read once."""
        if section.section_id not in self._over:
            own = self._named_in_heading(section)
            parent = self.outline.parent(section) if own is None else None
            self._over[section.section_id] = own if own is not None else \
                self._read_heading_party(parent) if parent is not None else ""
        return self._over[section.section_id]

    def _named_in_heading(self, section) -> str | None:
        """The party a heading is the name of (`1. Sở Lao động - Thương binh và Xã hội:`, `Trách nhiệm
        của Ủy ban nhân dân cấp xã`, `d) Giao Sở Khoa học và Công nghệ:`, `2. Các Ban công tác Mặt trận ở khu
        dân cư:` over its bullets); None when it names none."""
        heading = section.heading
        if _DIVISION.match(section.marker or ""):
            return None  # a statute's `Chương IV NHÂN VIÊN ĐẠI LÝ …` names a topic, not who acts
        duty_of = patterns()["duty_of"].match(heading)
        if duty_of:
            heading = heading[duty_of.end():]
        low = lowered(fold(heading))
        agent = bool(heading) and is_agent(heading, low, 0, len(heading))
        end = _listed_parties_end(heading, low) if agent else 0
        # the heading is the party's name (or a list of them), or its label before the duties on its line (`1. Hiệu
        # trưởng: Chỉ đạo chung; báo cáo kết quả về Phòng GD&ĐT trước ngày 20/5/2025`)
        if end and (duty_of or not heading[end:].strip(" :.;") or heading[end:].lstrip(" \t").startswith(":")):
            name = party_name(heading[:end])
        elif agent and not duty_of and self._leads_a_list(section):
            name = block_party(heading) or None
        else:
            return self._has_duties(heading)
        # a head alone (`Người chủ trì hội nghị …:` read to `Người`) names no one the block's rows fall to
        return None if name and is_bare_head(name) else name

    @staticmethod
    def _has_duties(heading: str) -> str | None:
        """The party a heading says the duties under it are of, its name alone before `có nhiệm vụ` (`Điều 7.
        Phòng Lao động - Thương binh và Xã hội quận - huyện có nhiệm vụ`, `2. Tổ chuyên môn có trách nhiệm sau`)."""
        duties = _HAS_DUTIES.search(heading)
        if duties is None:
            return None
        name = heading[:duties.start()]
        low = lowered(fold(name))
        end = body_end(name, low, 0, len(name)) if name and is_agent(name, low, 0, len(name)) else 0
        party = party_name(name[:end]) if end and not name[end:].strip() else ""
        return party if party and not is_bare_head(party) else None

    def _leads_a_list(self, section) -> bool:
        """Whether a section's heading line ends with a colon (it leads the list of what follows)."""
        line_end = self.text.find("\n", section.start, section.end)
        return self.text[section.start:line_end if line_end >= 0 else section.end].rstrip(" \t*_").endswith(":")

    def _item_field(self, item, pos: int) -> str:
        """The item's responsible field for the row at `pos`: the nearest one above it, else the item's first
        (fields found once per item)."""
        key = ("fields", item.start)
        if key not in self._by_item:
            self._by_item[key] = self._read_item_fields(item)
        fields = self._by_item[key]
        return next((party for at, party in reversed(fields) if at < pos), fields[0][1]) if fields else ""

    def _read_item_fields(self, item) -> list[tuple[int, str]]:
        """`- Đơn vị chủ trì: …` lines in the item's own text, with where each stands (an item whose sub-items the
        outline did not see, `1.4.` alone on its line over its text, holds several, one per activity), or a `2. Cơ
        quan chủ trì` sub-item's lines."""
        field, low = patterns()["field"], self.low
        found = []
        for anchor in _FIELD_ANCHOR.finditer(low, item.start, self.outline.own_end(item)):  # the label's last words and colon
            m = field.match(low, low.rfind("\n", 0, anchor.start()) + 1)
            if m and m.group("value").strip():
                found.append((m.start(), self._party_at(m.start("value"), m.end("value"))))
        children = self._item_children_field(item) if not found else ""
        return [(item.start, children)] if children else found

    def _item_children_field(self, item) -> str:
        """The names on a `2. Cơ quan chủ trì` sub-item's lines."""
        for child in self.outline.children(item):
            if patterns()["field_heading"].match(child.heading.lower()):
                body_start = self.text.find("\n", child.start, child.end)
                if body_start < 0:
                    continue
                names = [trimmed(line) for line in self.text[body_start:child.end].split("\n")]
                return party_name("; ".join(n for n in names if n))
        return ""


_LIST_JOINT = re.compile(r"\s*[,;]\s*|\s+và\s+")


def _listed_parties_end(heading: str, low: str) -> int:
    """Where the names a heading lists end (`5. Các tổ chuyên môn, tổ văn phòng` over its duties: both are who
    acts), the first name's end when the words after it are not one more name."""
    end = body_end(heading, low, 0, len(heading))
    while end:
        joint = _LIST_JOINT.match(low, end)
        if joint is None or not is_agent(heading, low, joint.end(), len(heading)):
            return end
        more = body_end(heading, low, joint.end(), len(heading))
        if more <= joint.end():
            return end
        end = more
    return end
