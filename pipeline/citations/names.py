"""Grammar of documents cited by proper name: laws, codes, ordinances, the constitution and named
Party resolutions (`Luật Tiếp công dân`, `Nghị quyết Trung ương 4 khóa XII`)."""
from __future__ import annotations

import regex

from ..lexicon import load, starts_with_org
from ..textfold import key_fold, rx, squash

NAMED = regex.compile(
    r"(?<![\p{L}])(?P<type>Bộ\s+[Ll]uật|Luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+quyết(?=\s+(?:Đại hội|Hội nghị|Trung ương|TW)))"
    r"(?=(?P<rest>[^;:()“”\"]{0,160}))")
QUALIFIER = regex.compile(r"\s*(?:,\s*)?(?:nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|(?:năm\s+)?(?:19|20)\d{2})\s*$")
RELATIVE_NAME = regex.compile(r"(?i)\b(?:huyện|tỉnh|thành phố|quận|xã|phường|thị xã|thị trấn|cơ sở|các cấp)\s*$")
_NAME_STOPWORDS = {"ở", "của", "về", "và", "các", "năm", "đại", "biểu", "nước", "cộng", "hòa", "xã", "hội",
                   "chủ", "nghĩa", "việt", "nam", "lần", "thứ"}


def name_extent(rest: str, doc_type: str) -> int:
    """Length of the proper name after a type word, stopped where the sentence takes over again."""
    cues = load().cues
    words = list(rx(r"\S+").finditer(rest))
    end = 0
    for i, wm in enumerate(words):
        word = wm.group(0)
        bare = word.rstrip(",.")
        low = bare.lower()
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        if low in cues["name_stops"] or f"{low} {nxt.lower()}".strip() in cues["name_stops"]:
            break
        if low == "và" and (not nxt[:1].isupper() or rx(r"(?:Nghị|Luật|Chỉ|Quyết|Kế|Thông|Công|Bộ\s+luật)").match(nxt)):
            break
        if low == "của" and (not nxt[:1].isupper() or starts_with_org(rest[wm.end():wm.end() + 40])):
            break  # `… của Quốc hội`, `… của Bộ …`: the issuer, not part of the name
        if low in ("gắn",) or (i and word[:1].isupper() and "\n" in rest[words[i - 1].end():wm.start()]):
            break  # a new line that starts with a capital is a new sentence or heading
        if i and "\n" in rest[words[i - 1].end():wm.start()] and not word[:1].islower() and not word[:1].isdigit():
            break
        end = wm.start() + len(bare)
        if word.endswith(".") or (word.endswith(",") and not (doc_type == "Nghị quyết" and nxt.lower() == "khóa")):
            break
        if i >= 15:
            break
    return end


def name_base(doc_type: str, name: str) -> tuple[str, str]:
    """(comparison key, qualifier) of a named document: `Luật thực hiện dân chủ cơ sở năm 2022`
    and `Luật Thực hiện dân chủ ở cơ sở` share `luật thực hiện dân chủ cơ sở`."""
    low = key_fold(name)
    qualifier = ""
    qm = rx(r"\s*(?:,\s*)?(?:nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|(?:năm\s+)?(?:19|20)\d{2})\s*$").search(low)
    if qm and doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Hiến pháp"):
        qualifier = rx(r"\D").sub("", qm.group(0))[:4]
        low = low[:qm.start()]
    words = [w for w in rx(r"[\p{L}\d]+").findall(low) if w not in _NAME_STOPWORDS]
    if doc_type == "Nghị quyết":
        words = [w for w in words if w not in ("hội", "nghị")] or words
    return " ".join(words), qualifier


def display_name(doc_type: str, name: str) -> str:
    name = squash(name.replace(",", " ").replace("  ", " "))
    rest = name[len(doc_type):] if name.lower().startswith(doc_type.lower()) else " " + name
    return doc_type + rest
