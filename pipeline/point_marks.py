"""How a point of a plan is closed after its number or letter, as every stage reads it: `1.`, `1)`, `a)`, and the slash
many schools type in Word (`1/ Mục đích`, `a/ …`, `III/ …`). A slash closes a point only before a blank (never a date's
`20/11` or a symbol's `12/KH-UBND`). The stages build their own marker patterns from these pieces (pipeline/
section_markers.py has its own, which also wants a word after the blank)."""
from __future__ import annotations

SLASH = r"/(?=\s)"  # `1/ `: before any blank, a line break too
SLASH_IN_LINE = r"/(?=[ \t])"  # `1/ `: before a blank on the same line
NUMBER_CLOSE = r"(?:[.)]|" + SLASH + ")"  # `1.`, `1)`, `1/`
LETTER_CLOSE = r"(?:\)|" + SLASH + ")"  # `a)`, `a/`
