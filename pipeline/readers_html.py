"""Ingest a saved web page (.html/.htm): the document's text without the page's frame.

Read in-process with lxml (installed with python-docx): a LibreOffice import costs ~1 s a file and
keeps the menus, headers and footers of a portal's page as text (bench/RESULTS.md, round ing12).
The text is laid out as the DOCX reader lays out its paragraphs: a block element is a paragraph, a
blank line between paragraphs, `<br>` a line break inside one, a table row's cells one a line."""
from __future__ import annotations

import codecs
import unicodedata

import regex

from .readers import InputError, _convert_legacy, _looks_like_text, read_text_bytes
from .readers_docx import DATA_TABLE_COLUMNS, bullet, cell_line, format_number
from .records import RawText

# Elements that are never the document's text.
_DROPPED = {"script", "style", "noscript", "template", "head", "title", "nav", "aside", "iframe",
            "object", "embed", "svg", "canvas", "button", "select", "textarea", "input", "menu", "dialog",
            "audio", "video", "map"}
# A site's banner and footer, unless inside the document's own <article>/<main>.
_FRAME = {"header", "footer"}
_FRAME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"}
# Words of class / id names that portals give their navigation, as `main-menu`, `breadcrumb`, `footer`.
_FRAME_NAMES = {"nav", "navbar", "navigation", "menu", "mainmenu", "topmenu", "breadcrumb", "breadcrumbs",
                "sidebar", "footer", "header", "banner", "cookie", "share", "social", "topbar"}
_BLOCKS = {"address", "article", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
           "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "li", "main",
           "ol", "p", "section", "ul", "legend", "details", "summary", "tbody", "thead", "tfoot"}
_FORM_TEXT = 300  # characters (spaces aside) below which a <form> is a search or login box, not the page
_HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")  # HTML collapses these, not the no-break space
_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", regex.IGNORECASE)
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.-]+)""")
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_NAME_WORDS = regex.compile(r"[a-z]+")
# An ordered list's `type` attribute, and the CSS `list-style-type` values, as Word's number formats.
_LIST_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
               "decimal": "decimal", "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter",
               "upper-alpha": "upperLetter", "upper-latin": "upperLetter", "lower-roman": "lowerRoman",
               "upper-roman": "upperRoman", "none": "none"}
_LIST_STYLE = regex.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", regex.IGNORECASE)
# A marker typed in the item's own text (`1. Mục đích`, `a) …`, `- …`): the page's list only indents it.
_TYPED_MARKER = regex.compile(r"\s*(?:(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]|[-+•*–])(?:\s|$)")


def read_html(path: str, data: bytes) -> RawText:
    text, encoding = _decode(path, data)
    if not _looks_like_text(text):
        raise InputError("read", f"binary or garbled content: not a web page ({encoding})")
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError("read", f"not a web page ({exc})") from None
    if root.xpath("//meta[@name='generator' and @content='vnplan']"):
        raise InputError("read", "a report vnplan wrote (`vnplan report --html`), not a document: not read")
    lines = _Lines()
    try:
        lines.walk(_main_part(root), in_document=False)
    except RecursionError:
        raise InputError("read", "web page nested too deeply to read") from None
    lines.end_block()
    if not lines.blocks:
        raise InputError("read", "web page holds no text (only navigation, scripts or markup, "
                                 "or nested too deeply to parse)")
    body = "\n\n".join(lines.blocks) + "\n"
    converted, legacy = _convert_legacy(body)  # old pages set in .VnTime / VNI fonts
    if legacy:
        body, encoding = converted, f"{legacy} (from {encoding})"
    return RawText(path=path, text=body, encoding=f"html ({encoding})")


def _decode(path: str, data: bytes) -> tuple[str, str]:
    """The page as text: a BOM first, then the charset the page declares (`<meta charset>`, the
    `http-equiv` Content-Type, an XML declaration), then what the text reader detects."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw = read_text_bytes(path, data)
        return raw.text, raw.encoding
    head = data[:4096]
    found = _CHARSET.search(head) or _XML_ENCODING.search(head)
    if found:
        label = found.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = None
        if codec:
            try:
                # Windows-1258 writes tones as combining marks after the letter: composed here.
                return unicodedata.normalize("NFC", data.decode(codec)), codec
            except UnicodeDecodeError:
                pass  # a page that lies about its charset: detected below
    raw = read_text_bytes(path, data)
    return raw.text, raw.encoding


def _main_part(root):
    """The page's <main>, <article> or role=main element holding the most text, else the whole page."""
    candidates = root.xpath("//main | //article | //*[@role='main']")
    if not candidates:
        return root
    return max(candidates, key=lambda el: len(el.text_content()))


def _is_frame(el, in_document: bool) -> bool:
    tag = el.tag
    if tag in _DROPPED:
        return True
    if tag == "form":
        # a search or login box; but ASP.NET pages (many state portals) hold their whole body in one <form>
        return len(_HTML_SPACE.sub("", el.text_content())) < _FORM_TEXT
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    if (el.get("role") or "").lower() in _FRAME_ROLES:
        return True
    if in_document or tag in ("table", "tr", "td", "th", "p"):
        return False  # the document's own header block (quốc hiệu, số, ngày) is never dropped by name
    if tag in _FRAME:
        return True
    names = set(_NAME_WORDS.findall(f"{el.get('class', '')} {el.get('id', '')}".lower()))
    if names & _FRAME_NAMES:
        return True
    return tag in ("ul", "ol", "div", "section") and _mostly_links(el)


def _mostly_links(el) -> bool:
    """A list of links (a menu, a list of related pages): at least 3 links holding 70 % of its text."""
    links = el.xpath(".//a")
    if len(links) < 3:
        return False
    total = len(_HTML_SPACE.sub("", el.text_content()))
    linked = sum(len(_HTML_SPACE.sub("", a.text_content())) for a in links)
    return total > 0 and linked >= 0.7 * total


class _Lines:
    """Paragraphs (blocks) collected while walking the tree; `current` holds the open one."""

    def __init__(self):
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.label = ""  # a list item's number or bullet, written before its first words

    def add(self, text: str | None) -> None:
        if text:
            if self.label and text.strip():
                self.current.append(self.label)
                self.label = ""
            self.current.append(_HTML_SPACE.sub(" ", text))

    def end_block(self) -> None:
        if not self.current:
            return
        lines = [line.strip() for line in "".join(self.current).split("\n")]
        block = "\n".join(lines).strip()
        self.current = []
        if block:
            self.blocks.append(block)

    def walk(self, el, in_document: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else None  # None: a comment or processing instruction
        if tag is None or _is_frame(el, in_document):
            pass
        elif tag == "br":
            self.current.append("\n")
        elif tag == "table":
            self.end_block()
            self._table(el, in_document)
        elif tag == "pre":
            self.end_block()
            verbatim = "\n".join(line.rstrip() for line in el.text_content().split("\n")).strip("\n")
            if verbatim.strip():
                self.blocks.append(verbatim)
        else:
            block = tag in _BLOCKS
            if block:
                self.end_block()
            if tag == "li":
                self.label = _item_label(el)
            inside = in_document or tag in ("main", "article")
            self.add(el.text)
            for child in el:
                self.walk(child, inside)
                self.add(child.tail)  # the parent's text after the child, even after a dropped one
            if block:
                self.end_block()

    def _table(self, table, in_document: bool) -> None:
        """Each row one paragraph, its cells one a line, as the DOCX reader writes a Word table; a cell's
        paragraphs one a line too in a layout table (a header's two columns), one line in a table of data (`cell_line`);
        an empty cell of a table of three columns or more a line of one space, a cell
        spanning rows repeated in each (`rowspan`), one spanning some of the columns in the first of them, the others
        empty (`colspan`)."""
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        width = max((sum(_span(cell, "colspan") for cell in row.xpath("./td | ./th")) for row in rows), default=0)
        keeps_empty = width >= DATA_TABLE_COLUMNS
        down: dict[int, tuple[str, int]] = {}  # column → (the text of a cell spanning rows, the rows it still covers)
        for row in rows:
            cells = []
            column = 0
            for cell in row.xpath("./td | ./th"):
                while column in down:  # a cell of a row above spans this one
                    cells.append(down[column][0])
                    column = _carried(down, column)
                inner = _Lines()
                inner.add(cell.text)
                for child in cell:
                    inner.walk(child, in_document)
                    inner.add(child.tail)
                inner.end_block()
                text = cell_line(inner.blocks) if keeps_empty else "\n".join(inner.blocks).strip()
                if text:
                    cells.append(text)
                elif keeps_empty:
                    cells.append(" ")
                across = _span(cell, "colspan")
                if keeps_empty and 1 < across < width:
                    cells.extend(" " * (across - 1))
                if _span(cell, "rowspan") > 1 and text:
                    down[column] = (text, _span(cell, "rowspan") - 1)
                column += across
            while column in down:
                cells.append(down[column][0])
                column = _carried(down, column)
            if any(cell.strip() for cell in cells):
                self.blocks.append("\n".join(cells))


def _item_label(item) -> str:
    """The number or bullet a browser shows before a list item, as the DOCX reader writes Word's (`2. `, `a. `,
    `- `): a plan typed in Writer or Word and saved as a web page keeps its headings' numbers only as `<ol start="2">`
    (LibreOffice's export), so without them its parts read as no headings. "" where the item's text types its own
    marker or the list shows none (`list-style-type: none`)."""
    lists = [a for a in item.iterancestors() if a.tag in ("ol", "ul")]
    if not lists or _TYPED_MARKER.match(item.text_content()[:12]):
        return ""
    owner = lists[0]
    style = _LIST_STYLE.search(item.get("style") or "") or _LIST_STYLE.search(owner.get("style") or "")
    if owner.tag == "ul":
        return "" if style and style.group(1).lower() == "none" else bullet(len(lists) - 1)
    fmt = _LIST_TYPES.get(style.group(1).lower() if style else (owner.get("type") or "1").strip(), "decimal")
    if fmt == "none":
        return ""
    number = _number(owner.get("start"), 1)
    for sibling in owner.iterchildren("li"):
        number = _number(sibling.get("value"), number)
        if sibling is item:
            break
        number += 1
    return f"{format_number(fmt, number)}. "


def _number(value: str | None, default: int) -> int:
    value = (value or "").strip()
    return int(value) if value.isdigit() else default


def _span(cell, attribute: str) -> int:
    """A cell's `colspan` or `rowspan` (1 when absent or not a number)."""
    value = (cell.get(attribute) or "1").strip()
    return max(1, int(value)) if value.isdigit() else 1


def _carried(down: dict[int, tuple[str, int]], column: int) -> int:
    """The next column after a row's cell covered from above; the covering cell spans one row fewer."""
    text, rows = down[column]
    if rows > 1:
        down[column] = (text, rows - 1)
    else:
        del down[column]
    return column + 1
