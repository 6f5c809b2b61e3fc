"""Ingest a Word .docx: the document as it prints with its tracked changes accepted, one paragraph a block.

The body is walked in its XML rather than through python-docx's `paragraph.text` / `cell.text`, which read only a
paragraph's direct runs and hyperlinks and a cell's direct paragraphs: a clerk's plan sent back with revisions on
(`w:ins`, `w:moveTo`), a ministry template wrapped in content controls (`w:sdt`), a header block or `Nơi nhận:`
block in a text box, a two-column header in a table nested in a layout table, a field's result (`w:fldSimple`,
`w:fldChar`) would be lost. python-docx still opens the package and resolves styles for the list numbers."""
from __future__ import annotations

import io

from .readers import InputError, check_package
from .records import RawText, RunOptions

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_TXBX = _W + "txbxContent"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
# Never printed: deleted and moved-away text, a field's instruction, the second copy of a shape Word writes for
# older readers (mc:Fallback; mc:Choice is read), and the property elements (no text; a `w:del` in a paragraph
# mark's properties marks the mark deleted, not text).
_NOT_PRINTED = {_W + "del", _W + "moveFrom", _W + "delText", _W + "instrText", _W + "delInstrText",
                _MC + "Fallback", _W + "rPr", _W + "pPr", _W + "tblPr", _W + "trPr", _W + "tcPr", _W + "sdtPr",
                _W + "sdtEndPr", _W + "sectPr", _W + "tblGrid"}
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_NOTE_REFERENCES = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}
_SHOWN = {_W + "t", _W + "br", _TXBX, *_CHARACTERS, *_NOTE_REFERENCES}  # what a paragraph shows; the rest wraps it

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out, n = out + sym, n - value
    return out


def format_number(fmt: str, n: int) -> str:
    """A list counter in one of Word's number formats (ODF's `style:num-format` maps onto them)."""
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(n - 1) % 26]
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Renders Word's automatic list numbers (`1.`, `a)`, `II.`) that python-docx leaves out."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.style_levels: dict[tuple[str, str], int] = {}  # (numId, style id) → the level a style is linked to
        styled: dict[tuple[str, str], int] = {}
        self._read_styles(document)
        try:
            part = document.part.numbering_part
        except Exception:
            return
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        root = part.element
        abstract = {}
        for node in root.findall("w:abstractNum", ns):
            levels = {}
            for lvl in node.findall("w:lvl", ns):
                ilvl = int(lvl.get(f"{{{ns['w']}}}ilvl"))
                fmt = lvl.find("w:numFmt", ns)
                text = lvl.find("w:lvlText", ns)
                start = lvl.find("w:start", ns)
                levels[ilvl] = (
                    fmt.get(f"{{{ns['w']}}}val") if fmt is not None else "decimal",
                    text.get(f"{{{ns['w']}}}val") if text is not None else "%1.",
                    int(start.get(f"{{{ns['w']}}}val")) if start is not None else 1,
                )
                linked = lvl.find("w:pStyle", ns)
                if linked is not None:
                    styled[(node.get(f"{{{ns['w']}}}abstractNumId"), linked.get(f"{{{ns['w']}}}val"))] = ilvl
            abstract[node.get(f"{{{ns['w']}}}abstractNumId")] = levels
        for num in root.findall("w:num", ns):
            ref = num.find("w:abstractNumId", ns)
            abstract_id = ref.get(f"{{{ns['w']}}}val") if ref is not None else None
            for ilvl, spec in abstract.get(abstract_id, {}).items():
                self.formats[(num.get(f"{{{ns['w']}}}numId"), ilvl)] = spec
            for (owner, style_id), ilvl in styled.items():
                if owner == abstract_id:
                    self.style_levels[(num.get(f"{{{ns['w']}}}numId"), style_id)] = ilvl

    def _read_styles(self, document) -> None:
        """Each paragraph style's numbering (numId, level; either may be missing) and the style it is based on, read
        once from the styles part: python-docx's style lookup scans every style for each paragraph."""
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.default_style: str | None = None
        try:
            root = document.styles.element
        except Exception:  # noqa: BLE001 - no styles part: no numbering by style
            return
        for style in root.iterchildren(_W + "style"):
            if style.get(_W + "type") != "paragraph":
                continue
            style_id = style.get(_W + "styleId")
            if style.get(_W + "default") in ("1", "true", "on"):
                self.default_style = style_id
            numbering = style.find(f"{_W}pPr/{_W}numPr")
            based = style.find(_W + "basedOn")
            self.styles[style_id] = (*_num_pr(numbering), based.get(_W + "val") if based is not None else None)

    def _list_of(self, p) -> tuple[str, int] | None:
        """(numId, level) of a numbered paragraph. The numbering is set on the paragraph, or on its style
        (Word's `List Number`, `List Bullet`, headings linked to a multilevel list) or a style it is based
        on; a style's level is its own `ilvl` or the level the list links to the style."""
        ppr = p.find(_W + "pPr")
        num_id, ilvl = _num_pr(ppr.find(_W + "numPr") if ppr is not None else None)
        linked = ppr.find(_W + "pStyle") if ppr is not None else None
        style_id = linked.get(_W + "val") if linked is not None else None
        if style_id not in self.styles:
            style_id = self.default_style
        seen = 0
        while style_id in self.styles and (num_id is None or ilvl is None) and seen < 10:
            style_num_id, style_ilvl, based = self.styles[style_id]
            if num_id is None and style_num_id is not None:
                num_id = style_num_id
                if ilvl is None:
                    level = self.style_levels.get((num_id, style_id))
                    ilvl = str(level) if level is not None else None
            if ilvl is None and style_ilvl is not None:
                ilvl = style_ilvl
            style_id, seen = based, seen + 1
        if num_id is None or num_id == "0":  # numId 0 takes a style's numbering away
            return None
        return num_id, int(ilvl or 0)

    def label(self, p) -> str:
        """The number Word shows before paragraph `p` (a `w:p`), counted; "" for a paragraph outside a list."""
        try:
            found = self._list_of(p)
        except ValueError:  # a level that is not a number
            return ""
        if found is None:
            return ""
        num_id, ilvl = found
        spec = self.formats.get((num_id, ilvl))
        if spec is None:
            return ""
        fmt, pattern, start = spec
        if fmt == "bullet":
            return bullet(ilvl)
        key = (num_id, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[deeper]
        label = pattern
        for level in range(ilvl, -1, -1):
            lvl_fmt = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            value = self.counters.get((num_id, level), 1)
            label = label.replace(f"%{level + 1}", format_number(lvl_fmt, value))
        return label.strip() + " " if label.strip() else ""


def _num_pr(numbering) -> tuple[str | None, str | None]:
    """(numId, ilvl) of a `w:numPr`, each None where it is not set."""
    if numbering is None:
        return None, None
    num_id, ilvl = numbering.find(_W + "numId"), numbering.find(_W + "ilvl")
    return (num_id.get(_W + "val") if num_id is not None else None,
            ilvl.get(_W + "val") if ilvl is not None else None)


def bullet(level: int) -> str:
    """A bullet glyph (often a Symbol-font private-use character) written as the genre types its bullets: `-` for
    the first level, `+` below it."""
    return "- " if level == 0 else "+ "


def _placeholder(el) -> bool:
    """Whether `el` is a content control still showing its placeholder (a template's "Nhập số văn bản" left
    unfilled): the prompt is no text of the document."""
    return el.tag == _W + "sdt" and el.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _mark_deleted(p) -> bool:
    """Whether the paragraph's mark is a tracked deletion (or moved away): accepted, its text joins the next
    paragraph."""
    ppr = p.find(_W + "pPr")
    rpr = ppr.find(_W + "rPr") if ppr is not None else None
    return rpr is not None and (rpr.find(_W + "del") is not None or rpr.find(_W + "moveFrom") is not None)


# The readers keep an empty cell (a line of one space) in a table of this many columns or more, a table of
# tasks whose columns must stay where its header has them; a header or a signature block is laid out in two.
DATA_TABLE_COLUMNS = 3


def cell_line(blocks: list[str]) -> str:
    """A data table's cell as one line, so that a row stays its cells one a line whatever a cell holds: its
    paragraphs joined by a space where one ends in punctuation, the next opens with a bullet or goes on in lower case
    (`Xây dựng quy chế …. Thông qua tại hội nghị …`, `- Tổ chức … - Nộp báo cáo …`), else by `; ` (names stacked in a
    responsible cell, `Ban Giám hiệu` ⏎ `Công đoàn`, stay two)."""
    line = ""
    for part in (piece.strip() for block in blocks for piece in block.split("\n")):
        if not part:
            continue
        if line and not (line[-1] in ".;:,!?" or part[0] in "-+•*–" or part[0].islower()):
            line += ";"
        line = f"{line} {part}" if line else part
    return line


class _BodyReader:
    """Blocks of text in reading order: a paragraph a block, a table row a block of its cells one a line.
    A text box's paragraphs are blocks at its anchor paragraph: a floating box before the paragraph when it stands at
    the paragraph's top, after it when it stands lower; an inline box before or after as its run stands."""

    def __init__(self, numbering: _Numbering):
        self.numbering = numbering
        self.notes: list[tuple[str, str]] = []  # (footnote | endnote, id) in the order the body refers to them

    def blocks(self, container) -> list[str]:
        out: list[str] = []
        pending = ""  # text of paragraphs whose mark was deleted
        for child in self._block_children(container):
            if child.tag == _P:
                text, before, after = self._paragraph(child)
                out.extend(before)
                if _mark_deleted(child):
                    pending += text
                    out.extend(after)
                    continue
                label = self.numbering.label(child)
                out.append(label + pending + text)
                out.extend(after)
            else:
                if pending:
                    out.append(pending)
                out.extend(self._table(child))
            pending = ""
        if pending:
            out.append(pending)
        return out

    def _block_children(self, container):
        """The paragraphs and tables of a body, cell, text box or note, through the wrappers that hold them
        (content controls `w:sdt`/`w:sdtContent`, `w:customXml`, inserted or moved-here blocks)."""
        for child in container:
            if child.tag in (_P, _TBL):
                yield child
            elif child.tag not in _NOT_PRINTED and isinstance(child.tag, str) and not _placeholder(child):
                yield from self._block_children(child)

    def _paragraph(self, p) -> tuple[str, list[str], list[str]]:
        parts: list[str] = []
        before: list[str] = []
        after: list[str] = []
        fields: list[bool] = []  # per open complex field: whether its result part has begun
        floating: list[bool] = []  # per open floating shape: whether it stands below its paragraph's first line

        def walk(el) -> None:
            for child in el:
                tag = child.tag
                if not isinstance(tag, str) or tag in _NOT_PRINTED:
                    continue
                if tag == _W + "fldChar":
                    kind = child.get(_W + "fldCharType")
                    if kind == "begin":
                        fields.append(False)
                    elif kind == "separate" and fields:
                        fields[-1] = True
                    elif kind == "end" and fields:
                        fields.pop()
                    continue
                if tag == _WP + "anchor":
                    floating.append(_below_anchor(child))
                    walk(child)
                    floating.pop()
                elif tag not in _SHOWN:
                    if not _placeholder(child):
                        walk(child)
                elif fields and not all(fields):
                    continue  # in a field's instruction (or a field nested in one)
                elif tag == _W + "t":
                    parts.append(child.text or "")
                elif tag in _CHARACTERS:
                    parts.append(_CHARACTERS[tag])
                elif tag == _W + "br":
                    if child.get(_W + "type") in (None, "textWrapping"):
                        parts.append("\n")
                elif tag == _TXBX:
                    # A floating box where it stands, an inline one where its run is.
                    later = floating[-1] if floating else bool("".join(parts).strip())
                    (after if later else before).extend(self.blocks(child))
                elif tag in _NOTE_REFERENCES:
                    self.notes.append((_NOTE_REFERENCES[tag], child.get(_W + "id")))

        walk(p)
        return "".join(parts), before, after

    def _table(self, tbl) -> list[str]:
        """A row a block, its cells one a line. A cell merged across columns stands in the first of them; a cell
        continuing a vertical merge reads as the cell it continues (as python-docx reads it). An empty cell of a table of three columns or
        more (a table of tasks: `Cơ quan phối hợp`, `Ghi chú` left empty) is a line of one space, so that every row
        keeps its columns where the header has them, each of its cells one line (`cell_line`); a header's or a signature's
        two columns drop their empty cells and keep a cell's paragraphs one a line."""
        rows: list[str] = []
        above: dict[int, str] = {}  # grid column → the text of the cell starting there in the row above
        grid = tbl.find(_W + "tblGrid")
        width = len(grid.findall(_W + "gridCol")) if grid is not None else 0
        keeps_empty = width >= DATA_TABLE_COLUMNS
        for tr in self._block_children_of(tbl, _TR):
            column = _grid_before(tr)
            cells: list[str] = []
            here: dict[int, str] = {}
            for tc in self._block_children_of(tr, _TC):
                tcpr = tc.find(_W + "tcPr")
                span, merge = 1, None
                if tcpr is not None:
                    grid_span = tcpr.find(_W + "gridSpan")
                    if grid_span is not None:
                        span = int(grid_span.get(_W + "val") or 1)
                    v_merge = tcpr.find(_W + "vMerge")
                    if v_merge is not None:
                        merge = v_merge.get(_W + "val") or "continue"
                if merge == "continue":
                    text = above.get(column, "")
                else:
                    text = cell_line(self.blocks(tc)) if keeps_empty else "\n".join(self.blocks(tc)).strip()
                here[column] = text
                if text and (not cells or cells[-1] != text):  # merged cells repeat
                    cells.append(text)
                elif not text and keeps_empty:
                    cells.append(" ")
                if keeps_empty and 1 < span < width:
                    # a cell merged over some columns (`Chủ trì` and `Phối hợp` as one): its text stands in the first,
                    # the others empty, so that the row keeps its columns; merged over all, it groups the rows below
                    cells.extend(" " * (span - 1))
                column += max(span, 1)
            above = here
            rows.append("\n".join(cells))
        return rows

    def _block_children_of(self, container, tag: str):
        """The rows of a table or the cells of a row, also those a content control or custom XML wraps."""
        for child in container:
            if child.tag == tag:
                yield child
            elif child.tag not in _NOT_PRINTED and isinstance(child.tag, str) and child.tag not in (_P, _TBL):
                yield from self._block_children_of(child, tag)


def _below_anchor(anchor) -> bool:
    """Whether a floating shape (`wp:anchor`) stands below the top of its anchor paragraph: placed down from it
    (`wp:posOffset` > 0) or aligned to its bottom. A shape at the paragraph's top (the header block's text box
    anchored to the first paragraph) reads before the paragraph, whichever run holds it (LibreOffice writes it
    last)."""
    position = anchor.find(_WP + "positionV")
    if position is None:
        return False
    offset = position.find(_WP + "posOffset")
    if offset is not None:
        try:
            return int(offset.text or 0) > 0
        except ValueError:
            return False
    align = position.find(_WP + "align")
    return align is not None and align.text in ("bottom", "center")


def _grid_before(tr) -> int:
    trpr = tr.find(_W + "trPr")
    before = trpr.find(_W + "gridBefore") if trpr is not None else None
    return int(before.get(_W + "val") or 0) if before is not None else 0


def _notes(document, reader: _BodyReader) -> list[str]:
    """The footnotes and endnotes the body refers to, in that order, each `(n) text` as the genre numbers notes
    when it types them: a citation in a note is a citation of the document (devset NOTES: `in_footnote`)."""
    from lxml import etree

    parts = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in ("footnotes", "endnotes") and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                continue
            parts[kind[:-1]] = {note.get(_W + "id"): note for note in root if note.tag == _W + kind[:-1]}
    out: list[str] = []
    numbers = {"footnote": 0, "endnote": 0}
    refs, reader.notes = reader.notes, []
    for kind, note_id in refs:
        note = parts.get(kind, {}).get(note_id)
        if note is None:
            continue
        numbers[kind] += 1
        text = "\n".join(line for line in reader.blocks(note) if line.strip()).strip()
        if text:
            out.append(f"({numbers[kind]}) {text}")
    return out


# An OLE compound file: what Word writes for a .docx saved with a password (the package encrypted inside the
# streams `EncryptionInfo` and `EncryptedPackage`, MS-OFFCRYPTO 2.3.4), and for a Word 97-2003 .doc.
_COMPOUND_FILE = bytes.fromhex("d0cf11e0a1b11ae1")


def _compound_file_problem(data: bytes) -> str:
    """What to tell the user of a .docx that is an OLE compound file: the directory holds stream names in
    UTF-16LE, so an encrypted package names its `EncryptedPackage` stream there."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ("password-protected: the .docx is encrypted (saved with a password); open it in Word or "
                "LibreOffice and save it without one")
    return "not a DOCX: the file is a Word 97-2003 document (.doc) under a .docx name; rename it to .doc"


def read_docx(path: str, data: bytes, options: RunOptions | None = None) -> RawText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    options = options or RunOptions()
    if data.startswith(_COMPOUND_FILE):
        raise InputError("read", _compound_file_problem(data))
    if not data.startswith(b"PK"):
        raise InputError("read", "not a DOCX: the file is not a ZIP package")
    check_package(data, options.max_unzipped_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise InputError("read", "not a DOCX package (corrupt or another format)") from None
    except Exception as exc:
        raise InputError("read", f"corrupt DOCX ({type(exc).__name__}): {exc}") from None
    try:
        reader = _BodyReader(_Numbering(document))
        blocks = reader.blocks(document.element.body)
        blocks += _notes(document, reader)
    except (ValueError, TypeError, RecursionError) as exc:  # a number attribute that is none, nesting without end
        raise InputError("read", f"corrupt DOCX ({type(exc).__name__}): {exc}") from None
    # A blank line after every paragraph, as mammoth (the usual DOCX-to-text converter) writes them: a
    # paragraph is one line, and its line number near the one texts made so (and keys made on them)
    # give. A table row's cells stay on consecutive lines, one a line: the stages read a row so.
    return RawText(path=path, text=blocks_text(blocks), encoding="docx")


def blocks_text(blocks: list[str]) -> str:
    """The blocks a blank line apart, ending with one line break; the trailing blanks of the last paragraph dropped,
    but not an empty cell's line of one space that ends the last table row (its column would be lost)."""
    while blocks and not blocks[-1].strip():
        blocks = blocks[:-1]  # empty paragraphs at the end
    text = "\n\n".join(blocks)
    last = blocks[-1] if blocks else ""
    row_ends_empty = "\n" in last and not last[last.rfind("\n") + 1:].strip()
    return (text.rstrip("\n") if row_ends_empty else text.rstrip()) + "\n"
