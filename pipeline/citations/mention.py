"""One mention of another document, as the find stage sees it and the resolve stage completes it."""
from __future__ import annotations

import re
from dataclasses import dataclass

_BRACKET = re.compile(r"[()]")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    doc_type: str
    number_symbol: str = ""
    name: str = ""
    year: str = ""  # the year of the cited document, when the mention shows it
    short_number: str = ""  # `Quyết định 1237`: resolved against a full mention
    issued_date: str = ""
    issuer: str = ""
    subject: str = ""  # the `về …` part
    trich_yeu: str = ""  # what the document is about as the mention writes it, with `về` or without
    pinpoint: str = ""
    relation: str = "other"
    cue: str = ""  # the word that set the relation
    tail_end: int = 0  # end of date/issuer/subject: what describes this document
    nested: bool = False
    alias: str = ""  # `(sau đây gọi tắt là …)` defined right after it
    number_follows: bool = False  # a name followed by `số <number>`: one mention with that number
    amending: bool = False  # `Luật sửa đổi, bổ sung …`: the laws it lists are mentions of their own
    key: str = ""
    replaced_by: str = ""  # key of the document that replaces it, when the text says so
    resolution: str = ""  # how the key was decided: symbol, linked, year, in_force, only_version, name …

    def extent(self, text: str, end: int | None = None) -> tuple[int, int]:
        """The mention with its description (date, issuer, subject), up to `end` (its tail by default). A
        mention inside brackets ends at the bracket that closes them (`(theo mẫu tại Công văn số … ) gửi về
        Bộ trước ngày …`): what follows is the sentence's, not the citation's."""
        end = max(self.tail_end, self.end) if end is None else end
        depth = 0
        for bracket in _BRACKET.finditer(text, self.end, end):
            if bracket.group() == "(":
                depth += 1
            elif depth == 0:
                return self.start, bracket.start()
            else:
                depth -= 1
        return self.start, end
