"""Citations: every reference to another document, by number/symbol or by proper name.

Two stages, as in eyecite's find → resolve:
- *find*, one document at a time: where a text mentions a document (`find.py`), with the type word,
  number and symbol read by `symbols.py` (OCR damage by `ocr.py`) or the proper name by `names.py`;
  the date and issuer by `fields.py`, the subject by `subjects.py`; how the text uses it by `relations.py`;
- *resolve*: which document each mention refers to, as a key shared by every mention of it —
  within the document (`resolve.py`, with the legal registry of `registry.py`, and the
  replacements the text states, `replacements.py`), then across the whole run (`index.py`: one
  key per cited document and the `citation_index` table). `requirements.py` reads a required
  citation the same way.
"""
from __future__ import annotations

from functools import lru_cache

from ..records import Citation, DocumentText
from . import fields, find, names, ocr, relations, symbols, trich_yeu
from .fields import Sentences, describe, normalize_issuer
from . import registry as legal_registry
from .find import find_aliases, find_named, find_numbered, merge_name_and_number
from .ocr import find_lowercase, repair_future_years, repair_ocr
from .mention import Mention
from .names import LAW_TYPES, name_base
from .relations import assign_relations
from .replacements import assign_replacements, own_key
from .resolve import assign_keys
from .shortforms import ACRONYM, defined_acronyms
from .symbols import canonical_symbol

__all__ = ["Mention", "canonical_symbol", "extract", "name_base", "normalize_issuer", "prepare", "to_rows"]


@lru_cache(maxsize=1)
def prepare() -> None:
    """Load the registry and build every pattern the stage makes from the lexicon, all at once: the
    first `extract` of a run does it, which is the fork server's warm-up, so that no worker compiles
    a pattern on its first document of a shape the warm-up's text does not have (each costs
    0.2–2 ms, ~40 of them in a run)."""
    legal_registry.load()
    for module in (fields, find, names, ocr, relations, symbols, trich_yeu):
        module.warm()


def extract(doc: DocumentText, own_number: str = "", citing: str = "", citing_date: str = "",
            own_type: str = "") -> list[Mention]:
    """Citations of one document. `own_number` (its own number and symbol) is never a citation;
    `citing` (its issuer) qualifies names that are relative to it (`Nghị quyết Đại hội Đảng bộ huyện`);
    `citing_date` (its issue date, ISO) picks the version of a law cited by name only; with
    `own_type` it names the citing document when it replaces another (`Nghị định này thay thế …`)."""
    prepare()
    registry = legal_registry.load()
    numbered = find_numbered(doc, own_number)
    numbered += repair_ocr(doc, numbered)
    numbered += find_lowercase(doc, [(m.start, m.end) for m in numbered])
    numbered.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in numbered:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    named = merge_name_and_number(find_named(doc, [(m.start, m.end) for m in kept], registry), kept)
    mentions = sorted(kept + named, key=lambda m: m.start)
    if mentions and own_type and not own_number:
        mentions = [m for m in mentions if not _post_title_names_itself(doc.text, m, own_type)]
    sentences = Sentences(doc.text)
    describe(doc.text, mentions, sentences)
    repair_future_years(mentions, citing_date)
    assign_relations(doc.folded, mentions, sentences)
    acronyms = {a for m in named if m.doc_type in LAW_TYPES for a in ACRONYM.findall(m.name)}
    defined = defined_acronyms(doc.text, acronyms) if acronyms else {}
    assign_keys(mentions, citing or doc.doc_id, citing_date, registry, defined)
    mentions = [m for m in mentions if m.key]
    assign_replacements(doc.folded, mentions, own_key(own_type, own_number, citing_date))
    aliases = find_aliases(doc.text, mentions)
    if aliases:
        # A use of a defined alias takes the relation of its own sentence (`triển khai Đề án 06` is carried
        # out); the mentions read before keep theirs (the pass is run again over all, then they are put back).
        kept_state = [(m, m.relation, m.cue, m.nested) for m in mentions]
        mentions = sorted(mentions + aliases, key=lambda m: m.start)
        assign_relations(doc.folded, mentions, sentences)
        for m, relation, cue, nested in kept_state:
            m.relation, m.cue, m.nested = relation, cue, nested
    return sorted(mentions, key=lambda m: m.start)


def _post_title_names_itself(text: str, mention: Mention, own_type: str) -> bool:
    """A portal's post title over a page whose own number is not written names the document itself by its type and
    bare number (`PHƯƠNG ÁN SỐ 04 VỀ TỔ CHỨC …` over the school's Phương án): no citation, though another document
    of that type and number is cited below (`Căn cứ Phương án số 04/PA-PGDĐT …`)."""
    if not mention.short_number or mention.doc_type != own_type:
        return False
    first = len(text) - len(text.lstrip())
    return mention.start >= first and text.find("\n", first, mention.start) < 0


def to_rows(doc: DocumentText, mentions: list[Mention], section_of) -> list[Citation]:
    return [Citation(
        doc_id=doc.doc_id,
        section_id=section_of(m.start),
        start=m.start,
        end=m.end,
        surface=doc.text[m.start:m.end],
        doc_type=m.doc_type,
        number_symbol=m.number_symbol,
        name=m.name,
        year=m.year,
        issued_date=m.issued_date,
        issuer=m.issuer,
        subject=m.subject,
        trich_yeu=m.trich_yeu,
        relation=m.relation,
        citation_key=m.key,
        pinpoint=m.pinpoint,
        issuer_normalized=normalize_issuer(m.issuer),
        name_base=name_base(m.doc_type, m.name)[0] if m.name else "",
        cue=m.cue,
        resolution=m.resolution,
        replaced_by=m.replaced_by,
    ) for m in mentions]
