"""What users open: the HTML report (report.html) and the compliance workbook (compliance.xlsx),
both made from any output folder of `vnplan extract`.

    data.py          reading the folder: tables with one set of dtypes, texts, document labels
    requirements.py  `--required`: the officer's list, and `match_requirement` (spelling → keys)
    compliance.py    the compliance matrix, replaced documents still cited, the responsibility matrix
    charts.py        inline SVG charts and the citation network
    pages.py         one page per document: marked-up running text and its outline
    assemble.py      the HTML file
    workbook.py      compliance.xlsx
    labels.py        every word shown, in Vietnamese and English
    output.py        writing a file whole or not at all
    markup.py        escaping and shortening text for the page
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .assemble import render_html
from .compliance import ComplianceMatrix, compliance_matrix
from .data import ReportData, load
from .labels import Labels
from .output import OutputError, write_atomically
from .requirements import Requirement, load_requirements, match_requirement
from .workbook import write_workbook

__all__ = ["OutputError", "Report", "Requirement", "load", "load_requirements", "match_requirement", "prepare",
           "write_compliance_xlsx", "write_html"]


@dataclass
class Report:
    data: ReportData
    requirements: list[Requirement]
    labels: Labels
    matrix: ComplianceMatrix


def prepare(out_dir: str | Path, requirements: list[Requirement] = (), lang: str = "vi", top: int = 25) -> Report:
    """Read the folder once for both files. FileNotFoundError when OUT holds no documents table."""
    data = load(out_dir)
    requirements = list(requirements)
    return Report(data, requirements, Labels(lang), compliance_matrix(data, requirements, top))


def write_html(report: Report, target: str | Path) -> Path:
    html = render_html(report.data, report.requirements, report.labels, matrix=report.matrix)
    return write_atomically(target, lambda tmp: tmp.write_text(html, encoding="utf-8"))


def write_compliance_xlsx(report: Report, target: str | Path) -> Path:
    return write_atomically(target, lambda tmp: write_workbook(report.data, report.matrix, report.requirements,
                                                              report.labels, tmp))
