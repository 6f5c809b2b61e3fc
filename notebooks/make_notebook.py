"""Writes notebooks/citation_index.ipynb (kept as code so the notebook's source is reviewable; a test
checks that the committed notebook is what this script writes).

    python notebooks/make_notebook.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat as nbf

SETUP = '''\
import os
from pathlib import Path

import duckdb
import matplotlib.pyplot as plt
import pandas as pd

from pipeline.report.compliance import replaced_citations
from pipeline.report.data import document_labels, load


def output_folder() -> Path:
    """VNPLAN_OUT as the user meant it: an absolute path, or a path relative to the folder Jupyter
    was started from (the shell's $PWD, which the kernel inherits), never to notebooks/."""
    wanted = Path(os.environ.get("VNPLAN_OUT", "out")).expanduser()
    started_in = Path(os.environ.get("PWD") or os.getcwd())
    folder = wanted if wanted.is_absolute() else (started_in / wanted).resolve()
    if not (folder / "documents.csv").exists() and not (folder / "vnplan.duckdb").exists() \\
            and not (folder / "documents.parquet").exists():
        raise FileNotFoundError(
            f"{folder} holds no vnplan outputs (VNPLAN_OUT={os.environ.get('VNPLAN_OUT', '')!r}, "
            f"resolved from {started_in}): run `vnplan extract … --out {folder}` first, or set VNPLAN_OUT "
            "to an output folder (absolute, or relative to where you start Jupyter)")
    return folder


out = output_folder()
data = load(out)  # DuckDB when the folder has it, CSV or Parquet otherwise; the same dtypes either way
labels = document_labels(data.documents)
con = duckdb.connect()  # SQL over the tables, whatever formats the folder holds
for name, frame in [("documents", data.documents), ("sections", data.sections), ("citations", data.citations),
                    ("citation_index", data.index), ("deadlines", data.deadlines), ("parties", data.parties),
                    ("responsibility", data.responsibility), ("errors", data.errors)]:
    con.register(name, frame)
print(f"Thư mục kết quả: {out}")
print(f"{len(data.documents)} văn bản, {len(data.citations)} trích dẫn ({len(data.index)} văn bản được trích dẫn), "
      f"{len(data.deadlines)} thời hạn, {len(data.errors)} tệp không đọc được")'''

BY_YEAR = '''\
years = data.documents["year"].dropna().astype(int).value_counts().sort_index()
ax = years.plot.bar(figsize=(8, 3), color="#4c78a8", rot=0)
ax.set_xlabel("năm"); ax.set_ylabel("văn bản"); ax.set_title("Số văn bản theo năm")
plt.tight_layout(); plt.show()'''

TOP_BY_YEAR = '''\
top_by_year = con.sql("""
    SELECT d.year AS nam, c.citation_key AS van_ban, count(DISTINCT c.doc_id) AS so_van_ban_trich_dan
    FROM citations c JOIN documents d USING (doc_id)
    WHERE d.year IS NOT NULL
    GROUP BY d.year, c.citation_key
    QUALIFY row_number() OVER (PARTITION BY d.year ORDER BY so_van_ban_trich_dan DESC, van_ban) <= 5
    ORDER BY nam, so_van_ban_trich_dan DESC, van_ban""").df()
top_by_year'''

TOP_CITED = '''\
top = data.index.sort_values(["n_citing_docs", "n_mentions", "citation_key"], ascending=[False, False, True]).head(15)
ax = top.iloc[::-1].plot.barh(x="citation_key", y="n_citing_docs", legend=False, figsize=(8, 5), color="#4c78a8")
ax.set_xlabel("số văn bản trích dẫn"); ax.set_ylabel(""); ax.set_title("Văn bản được trích dẫn nhiều nhất")
plt.tight_layout(); plt.show()
top[["citation_key", "n_citing_docs", "n_mentions"]]'''

LEVELS = '''\
levels = con.sql("""
    SELECT CASE WHEN d.issuer = '' THEN '(không rõ)' ELSE d.issuer END AS don_vi,
           CASE WHEN c.number_symbol = '' THEN 'theo tên (luật, nghị quyết)'
                WHEN regexp_matches(c.number_symbol, '/TW$') THEN 'Trung ương Đảng'
                WHEN regexp_matches(c.number_symbol, '(QH\\\\d*|UBTVQH\\\\d*|-CP|-TTg|-B[A-ZĐ&]+|VPCP.*)$') THEN 'trung ương'
                ELSE 'địa phương' END AS cap,
           count(*) AS luot
    FROM citations c JOIN documents d USING (doc_id)
    GROUP BY ALL""").df()
pivot = levels.pivot_table(index="don_vi", columns="cap", values="luot", aggfunc="sum", fill_value=0)
pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False).index[:15]]
ax = pivot.iloc[::-1].plot.barh(stacked=True, figsize=(9, 5))
ax.set_xlabel("lượt trích dẫn"); ax.set_ylabel(""); ax.set_title("Đơn vị ban hành trích dẫn văn bản cấp nào")
plt.tight_layout(); plt.show()
pivot'''

REPLACED = '''\
if "replaced_by" in data.index.columns:
    replaced = replaced_citations(data)
    replaced.insert(0, "van_ban", replaced["doc_id"].map(lambda d: labels[d].long if d in labels else d))
    print(f"{replaced['doc_id'].nunique()} văn bản trích dẫn {replaced['citation_key'].nunique()} văn bản đã bị thay thế")
else:
    replaced = pd.DataFrame()
    print("Chỉ mục trích dẫn của thư mục này chưa có cột replaced_by (do phiên bản vnplan cũ hơn ghi).")
replaced'''

DEADLINES = '''\
dated = data.deadlines[data.deadlines["due_date"] != ""]
by_month = dated["due_date"].str[:7].value_counts().sort_index()
if len(by_month):
    ax = by_month.plot.bar(figsize=(9, 3), color="#9ad0ec", rot=90)
    ax.set_xlabel("tháng"); ax.set_ylabel("thời hạn"); ax.set_title("Số thời hạn theo tháng")
    plt.tight_layout(); plt.show()
dated.sort_values("due_date")[["due_date", "task", "recipient", "doc_id"]].head(20)'''

ERRORS = '''\
print(f"{len(data.errors)} tệp không đọc được")
data.errors'''

RELATIONS = '''\
relations = con.sql("SELECT relation, count(*) AS luot FROM citations GROUP BY relation ORDER BY luot DESC").df()
relations'''


def build() -> nbf.NotebookNode:
    md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
    cells = [
        md("# Chỉ mục trích dẫn\n\n"
           "Đọc thư mục kết quả của `vnplan extract` (DuckDB, Parquet hoặc chỉ CSV) và trả lời các câu hỏi của "
           "người phân tích bằng pandas và SQL (DuckDB).\n\n"
           "Chạy từ thư mục gốc của dự án: `make notebook`, hoặc `VNPLAN_OUT=out .venv/bin/jupyter lab "
           "notebooks/citation_index.ipynb`. `VNPLAN_OUT` là đường dẫn tuyệt đối, hoặc tương đối so với thư mục "
           "bạn khởi động Jupyter (không phải `notebooks/`)."),
        code(SETUP),
        md("## Văn bản theo năm"),
        code(BY_YEAR),
        md("## Văn bản được trích dẫn nhiều nhất, theo năm của văn bản trích dẫn"),
        code(TOP_BY_YEAR),
        code(TOP_CITED),
        md("## Đơn vị nào trích dẫn văn bản cấp nào\n\n"
           "Cấp của văn bản được trích dẫn suy từ ký hiệu: Trung ương Đảng (`/TW`), trung ương (`/QH`, `-CP`, "
           "`-TTg`, các bộ `-B…`), địa phương (`UBND`, `HĐND`, `/TU`, `/HU` …)."),
        code(LEVELS),
        md("## Văn bản vẫn trích dẫn văn bản đã bị thay thế\n\n"
           "Theo cột `replaced_by` của chỉ mục trích dẫn (khi thư mục có cột này); các câu tuyên bố thay thế "
           "(`Nghị định này thay thế …`) không tính."),
        code(REPLACED),
        md("## Thời hạn theo tháng"),
        code(DEADLINES),
        md("## Tệp không đọc được"),
        code(ERRORS),
        md("## Quan hệ trích dẫn: căn cứ, thực hiện, khác"),
        code(RELATIONS),
    ]
    for i, cell in enumerate(cells):
        cell.id = f"cell-{i:02d}"  # stable ids: regenerating the notebook changes nothing
    return nbf.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})


def main(target: Path) -> None:
    nbf.write(build(), target)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("citation_index.ipynb"))
