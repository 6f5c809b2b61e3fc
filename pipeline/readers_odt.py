"""Ingest an OpenDocument text (.odt) in-process: its `content.xml` read with lxml, giving the text the DOCX reader
gives for the same document (a paragraph a block, a table row a block of its cells one a line, list numbers the
text does not type, notes after the body), in milliseconds instead of a LibreOffice start (~0.9 s).

ODF keeps tracked changes apart: the body holds the document with its insertions and without its deletions, the
deleted text sits in `text:tracked-changes`, which is left out, so the text read is the document with its changes
accepted, as from a .docx."""
from __future__ import annotations

import io
import re
import zipfile

from .readers import InputError
from .readers_docx import DATA_TABLE_COLUMNS, blocks_text, bullet, cell_line, format_number
from .records import RawText

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_PARAGRAPHS = {_TEXT + "p", _TEXT + "h"}
# Never printed: the deleted text of tracked changes, comments, a note's mark (its body is read after the document's),
# declarations, an image's title and description, a shown list number (computed here from the list style).
_NOT_PRINTED = {_TEXT + "tracked-changes", _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "note-citation",
                _TEXT + "sequence-decls", _TEXT + "variable-decls", _TEXT + "user-field-decls", _TEXT + "dde-connection-decls",
                _OFFICE + "forms", _SVG + "title", _SVG + "desc", _TEXT + "number", _TEXT + "ruby-text",
                _TABLE + "table-columns", _TABLE + "table-column", _TABLE + "table-column-group",
                _TABLE + "table-header-columns"}
_CHARACTERS = {_TEXT + "tab": "\t", _TEXT + "line-break": "\n"}
_ROWS = {_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"}
# ODF's `style:num-format` in Word's names (pipeline/readers_docx.format_number).
_NUM_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "": "none"}
_SPACES = re.compile(r"[ \t\r\n]+")
_LENGTH = re.compile(r"-?\d+(?:\.\d+)?")
_MAX_SPACES = 200  # a `text:s` count past a line's width is layout, or a file written to exhaust memory


class _Level:
    """One level of a list style: its number format, what stands before and after the number, how many levels the
    label shows, where it starts."""

    def __init__(self, node):
        self.bullet = node.tag == _TEXT + "list-level-style-bullet"
        self.format = _NUM_FORMATS.get(node.get(_STYLE + "num-format") or "", "decimal")
        self.prefix = node.get(_STYLE + "num-prefix") or ""
        self.suffix = node.get(_STYLE + "num-suffix") or ""
        self.shown = int(node.get(_TEXT + "display-levels") or 1)
        self.start = int(node.get(_TEXT + "start-value") or 1)


def _list_styles(*roots) -> tuple[dict[str, dict[int, _Level]], dict[int, _Level]]:
    """The list styles by name (automatic ones in content.xml, common ones in styles.xml) and the outline style
    (chapter numbering of headings)."""
    styles: dict[str, dict[int, _Level]] = {}
    outline: dict[int, _Level] = {}
    for root in roots:
        if root is None:
            continue
        for node in root.iter(_TEXT + "list-style", _TEXT + "outline-style"):
            levels = {int(level.get(_TEXT + "level") or 1): _Level(level) for level in node
                      if level.tag in (_TEXT + "list-level-style-number", _TEXT + "list-level-style-bullet",
                                       _TEXT + "outline-level-style")}
            if node.tag == _TEXT + "outline-style":
                outline = levels
            else:
                styles[node.get(_STYLE + "name")] = levels
    return styles, outline


class _Counters:
    """The counters of one list (or of the outline): a level counted resets the levels below it."""

    def __init__(self):
        self.values: dict[int, int] = {}

    def label(self, levels: dict[int, _Level], level: int) -> str:
        spec = levels.get(level)
        if spec is None:
            return ""
        if spec.bullet:
            return bullet(level - 1)
        if spec.format == "none":
            return ""
        self.values[level] = self.values.get(level, spec.start - 1) + 1
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]
        shown = [format_number(levels[k].format if k in levels else "decimal", self.values.get(k, 1))
                 for k in range(max(1, level - spec.shown + 1), level + 1)]
        label = spec.prefix + ".".join(shown) + spec.suffix
        return label.strip() + " " if label.strip() else ""


class _ContentReader:
    def __init__(self, styles: dict[str, dict[int, _Level]], outline: dict[int, _Level]):
        self.styles, self.outline = styles, outline
        self.outline_counters = _Counters()
        self.lists_by_id: dict[str, _Counters] = {}
        self.last_list: _Counters | None = None
        self.notes: list[tuple[str, list[str]]] = []  # (footnote | endnote, its blocks) in the body's order

    def blocks(self, container, in_list: tuple[dict[int, _Level], _Counters, int] | None = None) -> list[str]:
        out: list[str] = []
        numbered = in_list is not None  # only a list item's first paragraph carries its number
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_PRINTED or tag.endswith("-source"):
                continue  # `-source`: an index's templates, not its entries
            if tag in _PARAGRAPHS:
                label = ""
                if numbered:
                    levels, counters, level = in_list
                    label = counters.label(levels, level)
                    numbered = False
                elif tag == _TEXT + "h" and child.get(_TEXT + "is-list-header") != "true":
                    label = self.outline_counters.label(self.outline, int(child.get(_TEXT + "outline-level") or 1))
                text, before, after = self._paragraph(child)
                out.extend(before)
                out.append(label + text)
                out.extend(after)
            elif tag == _TEXT + "list":
                out.extend(self._list(child, in_list))
            elif tag == _TABLE + "table":
                out.extend(self._table(child))
            else:  # sections, index bodies, frames and text boxes anchored to the page
                out.extend(self.blocks(child))
        return out

    def _list(self, node, outer: tuple[dict[int, _Level], _Counters, int] | None) -> list[str]:
        """A list's items, numbered from its list style (the outermost list names it; a nested list may name its
        own). A list continues the numbering of the one it names (`text:continue-list`) or of the list before it
        (`text:continue-numbering`); otherwise it starts afresh."""
        name = node.get(_TEXT + "style-name")
        if outer is None:
            levels = self.styles.get(name, {})
            continued = node.get(_TEXT + "continue-list")
            if continued in self.lists_by_id:
                counters = self.lists_by_id[continued]
            elif node.get(_TEXT + "continue-numbering") == "true" and self.last_list is not None:
                counters = self.last_list
            else:
                counters = _Counters()
            self.last_list = counters
            level = 1
        else:
            levels = self.styles.get(name, outer[0]) if name else outer[0]
            counters, level = outer[1], outer[2] + 1
        if node.get(_XML_ID):
            self.lists_by_id[node.get(_XML_ID)] = counters
        out: list[str] = []
        for item in node:
            if item.tag == _TEXT + "list-item":
                start = item.get(_TEXT + "start-value")
                if start is not None and level in levels:
                    counters.values[level] = int(start) - 1
                out.extend(self.blocks(item, (levels, counters, level)))
            elif item.tag == _TEXT + "list-header":  # items without a number
                out.extend(self.blocks(item))
        return out

    def _paragraph(self, p) -> tuple[str, list[str], list[str]]:
        parts: list[str] = []
        before: list[str] = []
        after: list[str] = []

        def walk(el) -> None:
            if el.text:
                parts.append(_SPACES.sub(" ", el.text))
            for child in el:
                tag = child.tag
                if isinstance(tag, str) and tag not in _NOT_PRINTED:
                    if tag == _TEXT + "s":
                        parts.append(" " * min(int(child.get(_TEXT + "c") or 1), _MAX_SPACES))
                    elif tag in _CHARACTERS:
                        parts.append(_CHARACTERS[tag])
                    elif tag == _TEXT + "note":
                        body = child.find(_TEXT + "note-body")
                        if body is not None:
                            self.notes.append((child.get(_TEXT + "note-class") or "footnote", self.blocks(body)))
                    elif tag == _DRAW + "frame" and child.get(_TEXT + "anchor-type") in ("paragraph", "char"):
                        (after if _below_anchor(child) else before).extend(self.blocks(child))
                    elif tag == _DRAW + "text-box":  # in a frame set as a character: where it stands
                        (after if "".join(parts).strip() else before).extend(self.blocks(child))
                    else:
                        walk(child)
                if child.tail:
                    parts.append(_SPACES.sub(" ", child.tail))

        walk(p)
        return "".join(parts), before, after

    def _table(self, table) -> list[str]:
        """A row a block, its cells one a line, as the DOCX reader reads Word's: a cell merged across columns in the
        first of them (the others empty; once when it spans the row), a cell covered from above reads as the cell
        covering it, an empty cell of a table of three columns or more a line of one space (its columns kept where the
        header has them) and each of its cells one line (`cell_line`)."""
        rows: list[str] = []
        above: dict[int, str] = {}
        width = _columns(table)
        keeps_empty = width >= DATA_TABLE_COLUMNS
        for row in self._rows(table):
            cells: list[str] = []
            here: dict[int, str] = {}
            column = spanned_to = 0
            for cell in row:
                if cell.tag == _TABLE + "table-cell":
                    text = cell_line(self.blocks(cell)) if keeps_empty else "\n".join(self.blocks(cell)).strip()
                    span = int(cell.get(_TABLE + "number-columns-spanned") or 1)
                    spanned_to = column + span
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                    elif not text and keeps_empty:
                        cells.append(" ")
                    if keeps_empty and 1 < span < width:
                        cells.extend(" " * (span - 1))  # merged over some columns: the others empty (as readers_docx)
                elif cell.tag == _TABLE + "covered-table-cell":
                    text = here.get(column - 1, "") if column < spanned_to else above.get(column, "")
                    if column >= spanned_to and text and (not cells or cells[-1] != text):
                        cells.append(text)
                else:
                    continue
                here[column] = text
                column += 1
            above = here
            rows.append("\n".join(cells))
        return rows

    def _rows(self, table):
        for child in table:
            if child.tag == _TABLE + "table-row":
                yield child
            elif child.tag in _ROWS:
                yield from self._rows(child)


_COLUMN_GROUPS = {_TABLE + "table-columns", _TABLE + "table-column-group", _TABLE + "table-header-columns"}


def _columns(table) -> int:
    """How many columns a table declares (its own `table:table-column`s, each repeated `number-columns-repeated`
    times, also inside column groups; not those of a table nested in a cell)."""
    count = 0
    for child in table:
        if child.tag == _TABLE + "table-column":
            count += int(child.get(_TABLE + "number-columns-repeated") or 1)
        elif child.tag in _COLUMN_GROUPS:
            count += _columns(child)
    return count


def _below_anchor(frame) -> bool:
    """Whether a frame anchored to a paragraph stands below the paragraph's top (`svg:y` > 0), as
    pipeline/readers_docx._below_anchor decides for Word's floating shapes."""
    found = _LENGTH.match(frame.get(_SVG + "y") or "")
    return bool(found) and float(found.group()) > 0


def _encrypted(package: zipfile.ZipFile) -> bool:
    """Whether the package's parts are encrypted (a document saved with a password): the manifest gives each
    encrypted part its `manifest:encryption-data` (ODF 1.2 part 3, "Encryption")."""
    from lxml import etree

    try:
        manifest = etree.fromstring(package.read("META-INF/manifest.xml"))
    except (KeyError, etree.XMLSyntaxError):
        return False
    return manifest.find(f".//{_MANIFEST}encryption-data") is not None


def read_odt(path: str, data: bytes) -> RawText:
    """An .odt package already checked (a ZIP of an ODF text, not a zip bomb). Raises `InputError` for a file
    that cannot be read at all; any other exception means this reader failed on a valid file."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if _encrypted(package):
            raise InputError("read", "password-protected: the .odt is encrypted (saved with a password); "
                                     "open it in LibreOffice and save it without one")
        try:
            content = package.read("content.xml")
        except KeyError:
            raise InputError("read", "corrupt .odt: the package has no content.xml") from None
        try:
            styles = package.read("styles.xml")
        except KeyError:
            styles = None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # libxml2's depth and size limits kept
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError("read", f"corrupt .odt: content.xml is not well-formed XML ({exc})") from None
    try:
        styles_root = etree.fromstring(styles, parser) if styles else None
    except etree.XMLSyntaxError:
        styles_root = None  # list numbers fall back to none; the text is all in content.xml
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise InputError("read", "not an OpenDocument text: content.xml has no office:text body")
    reader = _ContentReader(*_list_styles(root, styles_root))
    blocks = reader.blocks(body)
    numbers = {"footnote": 0, "endnote": 0}
    for kind, note in reader.notes:
        numbers[kind] = numbers.get(kind, 0) + 1
        text = "\n".join(line for line in note if line.strip()).strip()
        if text:
            blocks.append(f"({numbers[kind]}) {text}")
    return RawText(path=path, text=blocks_text(blocks), encoding="odt")
