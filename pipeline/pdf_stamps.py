"""Text a signing system stamps into a PDF page as annotation appearances.

When a Vietnamese administrative document is signed digitally (VNPT SmartCA, VGCA, Viettel CA), the
signing system writes the number and the day/month into the blanks the drafter left (`Số:   /KH-…`,
`ngày   tháng   năm 2025`) as the appearance streams of signature widgets laid over those blanks.
Readers of the page content (pdfplumber, pdfium's text page) never see them. Here pdfium flattens a
copy of each page that has such annotations; the characters flattening adds are the stamps' text,
placed where they are drawn. Only a stamp that fills a blank is kept: short, number-like text lying on
a line of the page's own text. A signature box's own text (signer, `Ký bởi: …`, a time stamp, the
organisation's name) fails that shape and is left out; an image-only signature has no text at all.
"""
from __future__ import annotations

import regex

# Annotation kinds whose appearance may hold stamped text: form widgets (signature fields), FreeText
# boxes, rubber stamps. Links, popups and markup carry none.
_STAMP_KINDS = (20, 3, 13)  # FPDF_ANNOT_WIDGET, FPDF_ANNOT_FREETEXT, FPDF_ANNOT_STAMP
# What fills a blank of the header: a number (`230`), a day or month (`14`, `11`), a year, a number
# with its symbol (`230/KH-THPT.PB`). Never a date with its separators or a time: those are a
# signature box's "signed at".
_BLANK_FILLER = regex.compile(r"(?=[^\d]*\d)[\d\p{Lu}/.\-–]{1,30}")
_DATE_OR_TIME = regex.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}")


def stamped_chars(data: bytes, indexes: list[int], geometry: list[tuple[float, float]]) -> dict[int, list[list[dict]]]:
    """For each page index given (pages that have annotations), the stamps' characters as pdfplumber
    char dicts, one list per annotation; pages without a stamp are left out. `geometry` holds each
    page's (height, doctop): pdfplumber measures from the top of the page and of the document."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    found: dict[int, list[list[dict]]] = {}
    pdf = pdfium.PdfDocument(data)  # a copy of the document: flattening never reaches the caller's file
    try:
        for index in indexes:
            page = pdf[index]
            rects = _stamp_rects(page, pdfium_c)
            if not rects:
                page.close()
                continue
            before = page.get_textpage().count_chars()
            if pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) != pdfium_c.FLATTEN_SUCCESS:
                page.close()
                continue
            page.close()
            page = pdf[index]  # flattening takes effect once the page is loaded again
            textpage = page.get_textpage()
            height, doctop = geometry[index]
            stamps: list[list[dict]] = [[] for _ in rects]
            # Flattening appends the appearances to the page's content: their characters come last.
            for i in range(before, textpage.count_chars()):
                text = textpage.get_text_range(i, 1)
                if not text.strip():
                    continue
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                x = (left + right) / 2
                y = (bottom + top) / 2
                for k, (r_left, r_bottom, r_right, r_top) in enumerate(rects):
                    if r_left <= x <= r_right and r_bottom <= y <= r_top:
                        stamps[k].append({"text": text, "x0": left, "x1": right, "top": height - top,
                                          "bottom": height - bottom, "doctop": doctop + height - top, "upright": True})
                        break
            page.close()
            kept = [chars for chars in stamps if chars]
            if kept:
                found[index] = kept
        return found
    finally:
        pdf.close()


def _stamp_rects(page, pdfium_c) -> list[tuple[float, float, float, float]]:
    rects = []
    for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) in _STAMP_KINDS:
                rect = pdfium_c.FS_RECTF()
                if pdfium_c.FPDFAnnot_GetRect(annot, rect):
                    rects.append((min(rect.left, rect.right), min(rect.bottom, rect.top),
                                  max(rect.left, rect.right), max(rect.bottom, rect.top)))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return rects


def fill_blanks(page_chars: list[dict], stamps: list[list[dict]]) -> list[dict] | None:
    """The page's characters with the stamps that fill a blank in one of its lines put in, as words of
    their own (the blank's space characters under a stamp give way to it); None when no stamp does."""
    fillers: list[list[dict]] = []
    for chars in stamps:
        text = "".join(c["text"] for c in chars)
        if not _BLANK_FILLER.fullmatch(text) or _DATE_OR_TIME.search(text):
            continue
        top = min(c["top"] for c in chars)
        bottom = max(c["bottom"] for c in chars)
        if bottom - top > 1.6 * max(c["bottom"] - c["top"] for c in chars):
            continue  # more than one line: a box of its own, not a filled blank
        middle = (top + bottom) / 2
        line = next((c for c in page_chars if c["top"] <= middle <= c["bottom"] and c["text"].strip()), None)
        if line is not None:
            # Set in the line it fills (a stamp's font is often larger than the line's, its box taller).
            fillers.append([{**c, "top": line["top"], "bottom": line["bottom"], "doctop": line["doctop"]}
                            for c in chars])
    if not fillers:
        return None
    covered = [(min(c["x0"] for c in chars), max(c["x1"] for c in chars), chars[0]["top"], chars[0]["bottom"])
               for chars in fillers]
    merged = [c for c in page_chars if c["text"].strip() or not any(
        c["x0"] < right and c["x1"] > left and c["top"] < bottom and c["bottom"] > top
        for left, right, top, bottom in covered)]
    for chars in fillers:
        # A space just before and just after, in the order pdfplumber sorts a line's characters
        # (by x0): the stamp's glyph boxes may reach over the blank into the next word.
        first, last = chars[0], chars[-1]
        merged.append({**first, "text": " ", "x0": first["x0"] - 0.01, "x1": first["x0"] - 0.01})
        merged.extend(chars)
        merged.append({**last, "text": " ", "x0": last["x0"] + 0.01, "x1": last["x0"] + 0.01})
    return merged
