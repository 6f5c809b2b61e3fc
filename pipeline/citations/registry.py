"""The registry of laws, codes, ordinances and constitutions (`models/legal_registry.tsv`, described
in `models/legal_registry.md`): one row per version, so that a name cited without number can be
resolved to the version meant — by the year written, or by the version in force on the citing
document's date — and a replaced version points to its successor (stated in the row, or derived: the
next version of the same name). A user adds rows of their own with a TSV of the same columns
(`vnplan extract --registry FILE`); the run adds the rows its own texts state (`Luật X số N ngày …`).
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from ..lexicon import MODELS_DIR
from ..textfold import base_letters, key_fold
from .shortforms import abbreviates, opening_word, opening_words, written_words
from .symbols import symbol_year

REGISTRY_PATH = MODELS_DIR / "legal_registry.tsv"
COLUMNS = ("doc_type", "name", "short_forms", "number_symbol", "adopted", "effective", "replaced_by",
           "amended_by", "source")
_WORD = regex.compile(r"[\p{L}\d]+")
_PARTY_STYLE = regex.compile(r"(\d+)-[^/]+/([^/\-]+)")
_CORE = regex.compile(r"(\d+)/((?:19|20)\d{2})/(?:[^/]*-)?([^/\-]+)")
_QH_TERM = regex.compile(r"(?<=QH)\d{1,2}$")


class RegistryError(ValueError):
    """A registry file that cannot be used: the message names the file, the line and the problem."""


@dataclass(frozen=True, slots=True)
class LegalDocument:
    doc_type: str
    name: str
    short_forms: tuple[str, ...] = ()
    number_symbol: str = ""
    adopted: str = ""
    effective: str = ""
    replaced_by: str = ""
    amended_by: tuple[str, ...] = ()
    source: str = ""

    @property
    def year(self) -> str:
        """The year the version carries: in its symbol, else its adoption year."""
        return symbol_year(self.number_symbol) or self.adopted[:4]

    @property
    def in_force_from(self) -> str:
        return self.effective or self.adopted

    @property
    def key(self) -> str:
        """The citation key of this version: its number when it has one (the key a numbered mention
        gets too), else its name and year."""
        if self.number_symbol:
            return f"{self.doc_type} {self.number_symbol}"
        return f"{self.name} ({self.year})" if self.year else self.name


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    """A name as compared: its words folded (case, tone placement), punctuation dropped."""
    return tuple(_WORD.findall(key_fold(name)))


_NUMBER_IN_FORM = regex.compile(r"\d\s*[/-]")


@dataclass
class Registry:
    documents: list[LegalDocument] = field(default_factory=list)
    by_name: dict[tuple[str, ...], list[LegalDocument]] = field(default_factory=dict)
    by_number: dict[str, LegalDocument] = field(default_factory=dict)
    # Every full name and short form, by its first two words, longest first: what a text is matched on.
    names_by_head: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)
    by_core: dict[tuple[str, str, str, str], LegalDocument] = field(default_factory=dict)
    # The distinct official names of each type, by their folded words: what short forms abbreviate.
    official_names: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    _completions: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    # The official names of a type by the words a form that abbreviates them can open with.
    _by_opening: dict[str, dict[str, set[str]]] = field(default_factory=dict, repr=False)
    _next_version: dict[str, LegalDocument] | None = field(default=None, repr=False)
    # The official names of a type by their words without diacritics (`_spelt_without_marks`).
    _bare_names: dict[str, dict[tuple[str, ...], set[str]]] = field(default_factory=dict, repr=False)

    def add(self, doc: LegalDocument) -> None:
        self.documents.append(doc)
        if doc.number_symbol:
            known = self.by_number.get(doc.number_symbol)
            self.by_number[doc.number_symbol] = _merged(known, doc) if known else doc
            core = number_core(doc.doc_type, doc.number_symbol)
            if core:
                self.by_core.setdefault(core, self.by_number[doc.number_symbol])
        self.official_names.setdefault(doc.doc_type, {}).setdefault(name_tokens(doc.name), doc.name)
        self._completions.clear()
        self._by_opening.clear()
        self._bare_names.clear()
        self._next_version = None
        for form in (doc.name, *doc.short_forms):
            tokens = name_tokens(form)
            if len(tokens) < 2 or _NUMBER_IN_FORM.search(form):
                continue  # a bare type word, or a form that is really a number (`Pháp lệnh 34-PL/…`); not a count
                # in a name (`Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch`)
            versions = self.by_name.setdefault(tokens, [])
            if doc not in versions:
                versions.append(doc)
            heads = self.names_by_head.setdefault(tokens[:2], [])
            if tokens not in heads:
                heads.append(tokens)
                heads.sort(key=len, reverse=True)

    def row_for_symbol(self, doc_type: str, symbol: str, year: str = "") -> LegalDocument | None:
        """The row of a number as a text writes it, also when the text adds or drops the type code
        (`04/2012/PL-UBTVQH13` for the registry's `04/2012/UBTVQH13`) or writes it Party-style with
        the year in its date (`34-PL/UBTVQH11` of 2007 for `34/2007/PL-UBTVQH11`)."""
        row = self.by_number.get(symbol)
        if row is not None:
            return row
        core = number_core(doc_type, symbol)
        if core is None and year:
            party = _PARTY_STYLE.fullmatch(symbol)
            core = (doc_type, party.group(1).lstrip("0"), year, party.group(2)) if party else None
        return self.by_core.get(core) if core else None

    def _may_abbreviate(self, doc_type: str, written: str, type_words: int):
        """The official names of `doc_type` a written form can abbreviate: those its first word opens
        (shortforms.opening_words), or all of them when that word is an acronym or there is none.
        Comparing a new form with every name of its type (hundreds) was most of a first pass's keys."""
        opening = opening_word(written, type_words)
        if not opening:
            return self.official_names.get(doc_type, {}).values()
        index = self._by_opening.get(doc_type)
        if index is None:
            index = self._by_opening[doc_type] = {}
            for name in self.official_names.get(doc_type, {}).values():
                for word in opening_words(name, type_words):
                    index.setdefault(word, set()).add(name)
        return index.get(opening, ())

    def versions(self, name: str) -> list[LegalDocument]:
        return self.by_name.get(name_tokens(name), [])

    def full_name(self, name: str) -> str:
        """The official name of a name or short form (`Luật NSNN` → `Luật Ngân sách nhà nước`);
        the name itself when the registry does not know it or knows several."""
        names = {d.name for d in self.versions(name)}
        return names.pop() if len(names) == 1 else name

    def completions(self, doc_type: str, written: str) -> tuple[str, ...]:
        """The official names of `doc_type` that a written form truncates or abbreviates (`Luật Bầu
        cử`, `Luật BHYT`; shortforms.py), sorted; the name alone when it is an official name itself,
        the one law the registry lists the form for when others fit it too."""
        cache_key = (doc_type, written)
        found = self._completions.get(cache_key)
        if found is None:
            official = self.official_names.get(doc_type, {})
            tokens = name_tokens(written)
            if tokens in official:
                found = (official[tokens],)
            elif (typed := self._spelt_without_marks(doc_type, tokens)):
                found = (typed,)  # `Luật Ban hành văn ban quy phạm pháp luật`: a mark mistyped or lost
            else:
                listed = {d.name for d in self.by_name.get(tokens, ()) if d.doc_type == doc_type}
                type_words = len(doc_type.split())
                found = tuple(sorted(name for name in self._may_abbreviate(doc_type, written, type_words)
                                     if abbreviates(written, name, type_words, listed=name in listed)))
                if len(listed) == 1 and set(found) > listed:
                    found = tuple(listed)  # the registry lists the form for one law: that law
                elif len(found) > 1 and written_words(written)[-1:] and written_words(written)[-1][1]:
                    # A form that ends in initials spells the name out to its end: `Luật DN` is `Luật Doanh
                    # nghiệp`, not a truncation of `Luật Doanh nghiệp nhà nước` (that is `Luật DNNN`).
                    whole = tuple(n for n in found if abbreviates(written, n, type_words, whole=True))
                    found = whole if len(whole) == 1 else found
            self._completions[cache_key] = found
        return found

    def _spelt_without_marks(self, doc_type: str, tokens: tuple[str, ...]) -> str:
        """The one official name of `doc_type` whose words are `tokens` once their diacritics are dropped, where the
        written name is no official one: a typist's or a scan's lost or wrong mark (`văn ban` for `văn bản`); ""."""
        bare = self._bare_names.get(doc_type)
        if bare is None:
            bare = self._bare_names[doc_type] = {}
            for official_tokens, name in self.official_names.get(doc_type, {}).items():
                bare.setdefault(tuple(map(base_letters, official_tokens)), set()).add(name)
        names = bare.get(tuple(map(base_letters, tokens)), ())
        return next(iter(names)) if len(names) == 1 and len(tokens) >= 3 else ""

    def successor(self, doc: LegalDocument) -> tuple[LegalDocument | None, str]:
        """The version that replaced `doc`, and how that is known: `stated` (its row's `replaced_by`)
        or `derived` — where no source states it, the next version of the same name, as the genre's
        own rule has it (`Luật này thay thế Luật … số …`: a new law of a name replaces the one before).
        Amending laws share names without replacing one another; they have no successor here."""
        if doc.replaced_by:
            return self.by_number.get(doc.replaced_by), "stated"
        if self._next_version is None:
            self._next_version = _next_versions(self.documents)
        following = self._next_version.get(doc.key)
        return (following, "derived") if following is not None else (None, "")

    def resolve(self, name: str, year: str = "", citing_date: str = "") -> LegalDocument | None:
        """The version of a named law meant by a mention: the one of the written year; else the one
        in force on the citing document's date (the latest in force by then; if none was yet in
        force, the latest adopted by then); else the only version known. None when undecided."""
        versions = self.versions(name)
        if not versions:
            return None
        if year:
            versions = [v for v in versions if v.year == year]
            if len(versions) <= 1:
                return versions[0] if versions else None
            # Two versions in one year (`Luật Tổ chức chính quyền địa phương` 65/2025 and 72/2025):
            # the citing date decides between them.
        if citing_date:
            for date_of in (lambda v: v.in_force_from, lambda v: v.adopted):
                placed = [v for v in versions if date_of(v) and date_of(v) <= citing_date]
                if placed:
                    return max(placed, key=date_of)
            return None
        return versions[0] if len(versions) == 1 else None


_SUCCEEDING_TYPES = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")


def _next_versions(documents: list[LegalDocument]) -> dict[str, LegalDocument]:
    """The key of each dated version of a law, code, ordinance or constitution → the next version of
    the same name."""
    by_name: dict[tuple[str, tuple[str, ...]], dict[str, LegalDocument]] = {}
    for doc in documents:
        dated = doc.in_force_from or (f"{doc.year}-12-31" if doc.year else "")
        if doc.doc_type in _SUCCEEDING_TYPES and dated and "sửa đổi" not in key_fold(doc.name):
            versions = by_name.setdefault((doc.doc_type, name_tokens(doc.name)), {})
            versions.setdefault(doc.key, doc)
    following: dict[str, LegalDocument] = {}
    for versions in by_name.values():
        ordered = sorted(versions.values(), key=lambda v: v.in_force_from or f"{v.year}-12-31")
        for earlier, later in zip(ordered, ordered[1:]):
            following[earlier.key] = later
    return following


@lru_cache(maxsize=4096)
def number_core(doc_type: str, symbol: str) -> tuple[str, str, str, str] | None:
    """(type, number, year, issuing body) of a symbol with its year: what identifies the document
    whatever type code is written between (`04/2012/PL-UBTVQH13` = `04/2012/UBTVQH13`)."""
    m = _CORE.fullmatch(symbol)
    # (the legislature's term after `QH` is its year's: `02/2020/UBTVQH` is `02/2020/UBTVQH14` written short)
    return (doc_type, m.group(1).lstrip("0"), m.group(2), _QH_TERM.sub("", m.group(3))) if m else None


def _merged(known: LegalDocument, more: LegalDocument) -> LegalDocument:
    """Two rows for one number: the facts of both (the first row wins where both have one)."""
    values = {}
    for name in COLUMNS:
        a, b = getattr(known, name), getattr(more, name)
        if isinstance(a, tuple):
            values[name] = a + tuple(x for x in b if x not in a)
        else:
            values[name] = a or b
    return LegalDocument(**values)


def _iso(value: str, path: Path, line: int, column: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RegistryError(f"{path}: line {line}: {column} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def read_rows(path: str | Path) -> list[LegalDocument]:
    """The rows of a registry TSV (the project's or a user's). Raises RegistryError naming the file
    and line of the first problem: a missing column, a row without doc_type or name, a bad date."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot open the registry: {exc.strerror or exc}") from None
    rows: list[LegalDocument] = []
    with handle:
        lines = (line for line in handle)
        header: list[str] | None = None
        try:
            for number, record in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
                if not record or not any(record) or (header is None and record[0].startswith("#")):
                    continue
                if header is None:
                    header = [c.strip() for c in record]
                    missing = [c for c in COLUMNS[:2] if c not in header]
                    if missing:
                        raise RegistryError(f"{path}: line {number}: the header lacks the column(s) "
                                            f"{', '.join(missing)} (expected {', '.join(COLUMNS)})")
                    continue
                cells = dict(zip(header, (c.strip() for c in record)))
                if not cells.get("doc_type") or not cells.get("name"):
                    raise RegistryError(f"{path}: line {number}: a row needs doc_type and name")
                rows.append(LegalDocument(
                    doc_type=cells["doc_type"], name=cells["name"],
                    short_forms=tuple(s.strip() for s in cells.get("short_forms", "").split(";") if s.strip()),
                    number_symbol="".join(cells.get("number_symbol", "").split()),
                    adopted=_iso(cells.get("adopted", ""), path, number, "adopted"),
                    effective=_iso(cells.get("effective", ""), path, number, "effective"),
                    replaced_by="".join(cells.get("replaced_by", "").split()),
                    amended_by=tuple(s.strip() for s in cells.get("amended_by", "").split(";") if s.strip()),
                    source=cells.get("source", "")))
        except UnicodeDecodeError:
            raise RegistryError(f"{path}: the registry is not UTF-8 text") from None
        except csv.Error as exc:
            raise RegistryError(f"{path}: not a tab-separated registry: {exc}") from None
    if header is None:
        raise RegistryError(f"{path}: the registry is empty (no header line)")
    return rows


def build(rows) -> Registry:
    registry = Registry()
    for row in rows:
        registry.add(row)
    return registry


@lru_cache(maxsize=8)
def load(user_registry: str | None = None) -> Registry:
    """The project's registry, plus a user's rows when a file is given (cached per process)."""
    rows = read_rows(REGISTRY_PATH) if REGISTRY_PATH.exists() else []
    if user_registry:
        rows += read_rows(user_registry)
    return build(rows)
