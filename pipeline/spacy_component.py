"""spaCy components: `nlp.add_pipe("vnplan_citations")`, `nlp.add_pipe("vnplan_sections")`, and
`nlp.add_pipe("vnplan")` for the whole analysis of a plan.

They set `doc.spans["citations"]` (label = document type) and `doc.spans["sections"]` (label =
section_id); `vnplan` also sets `doc.spans["deadlines"]` (label = due date, else the recurrence)
and `doc.spans["parties"]` (label = role) and `doc._.vnplan_meta` (the document's own fields). The
fields are span extensions (`span._.citation_key`, `span._.due_date`, `span._.party` …), so the spans
render with displaCy (`style="span"`) and travel with the Doc.
Offsets are those of `doc.text`: normalize the text (`pipeline.normalize.normalize`) before
making the Doc if it may be NFD or carry markdown residue.

    import spacy, pipeline.spacy_component
    nlp = spacy.blank("xx")
    nlp.add_pipe("vnplan_citations")
    doc = nlp(text)
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import citations as citation_stage
from .records import DocumentText
from .sections import segment
from .textfold import fold

CITATION_FIELDS = ("doc_type", "number_symbol", "name", "year", "issued_date", "issuer", "issuer_normalized",
                   "subject", "relation", "citation_key", "pinpoint", "resolution", "replaced_by")
SECTION_FIELDS = ("section_id", "parent_id", "level", "marker", "heading")
DEADLINE_FIELDS = ("section_id", "due_date", "year_inferred", "recurrence", "task", "responsible", "recipient")
PARTY_FIELDS = ("section_id", "party", "role", "task")

# `surface` is the row's own text: a span snapped to spaCy's tokens may carry glued punctuation.
for _field in dict.fromkeys(("surface",) + CITATION_FIELDS + SECTION_FIELDS + DEADLINE_FIELDS + PARTY_FIELDS):
    if not Span.has_extension(_field):
        Span.set_extension(_field, default=None)
if not Doc.has_extension("vnplan_meta"):
    Doc.set_extension("vnplan_meta", default=None)


def _document(doc: Doc) -> DocumentText:
    return DocumentText(doc_id="spacy", source_path="", part=1, text=doc.text, folded=fold(doc.text),
                        encoding="", file_start=0, file_end=len(doc.text))


def _set_spans(doc: Doc, key: str, rows, label, fields, mode: str) -> Doc:
    spans = []
    for row in rows:
        span = doc.char_span(row.start, row.end, label=label(row), alignment_mode=mode)
        if span is None:
            continue
        span._.surface = doc.text[row.start:row.end]
        for name in fields:
            setattr(span._, name, getattr(row, name))
        spans.append(span)
    doc.spans[key] = spans
    return doc


class CitationComponent:
    def __call__(self, doc: Doc) -> Doc:
        document = _document(doc)
        rows = citation_stage.to_rows(document, citation_stage.extract(document), lambda _offset: "")
        return _set_spans(doc, "citations", rows, lambda r: r.doc_type, CITATION_FIELDS, "expand")


class SectionComponent:
    def __call__(self, doc: Doc) -> Doc:
        return _set_spans(doc, "sections", segment("spacy", doc.text), lambda s: s.section_id, SECTION_FIELDS,
                          "contract")


class PlanComponent:
    """Every stage at once, as `vnplan extract` runs them on one document (`pipeline.api.analyse`)."""

    def __call__(self, doc: Doc) -> Doc:
        from .api import analyse

        result = analyse(_document(doc))
        doc._.vnplan_meta = result.meta
        _set_spans(doc, "sections", result.sections, lambda s: s.section_id, SECTION_FIELDS, "contract")
        _set_spans(doc, "citations", result.citations, lambda r: r.doc_type, CITATION_FIELDS, "expand")
        _set_spans(doc, "deadlines", result.deadlines, lambda d: d.due_date or d.recurrence, DEADLINE_FIELDS,
                   "expand")
        return _set_spans(doc, "parties", result.parties, lambda p: p.role, PARTY_FIELDS, "expand")


@Language.factory("vnplan")
def make_plan_component(nlp: Language, name: str) -> PlanComponent:
    return PlanComponent()


@Language.factory("vnplan_citations")
def make_citation_component(nlp: Language, name: str) -> CitationComponent:
    return CitationComponent()


@Language.factory("vnplan_sections")
def make_section_component(nlp: Language, name: str) -> SectionComponent:
    return SectionComponent()
