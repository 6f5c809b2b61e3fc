"""Two helpers every part of the report uses to put text on screen."""
from __future__ import annotations

from html import escape


def esc(value) -> str:
    """Text for HTML, quotes included (it goes into attributes too)."""
    return escape(str(value), quote=True)


def shorten(text: str, width: int) -> str:
    """At most `width` characters, cut at a word boundary where one is near, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return (cut if len(cut) > width // 2 else text[: width - 1]).rstrip(" ,;:·-") + "…"
