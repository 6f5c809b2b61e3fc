"""One mention of another document, as the find stage sees it and the resolve stage completes it."""
from __future__ import annotations

from dataclasses import dataclass


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
    subject: str = ""
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
