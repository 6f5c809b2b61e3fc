"""Writes notebooks/citation_index.ipynb (kept as code so the notebook's source is reviewable)."""
from pathlib import Path

import nbformat as nbf

cells = [
    nbf.v4.new_markdown_cell(
        "# The citation index\n\n"
        "Opens the `vnplan.duckdb` that `vnplan extract` writes and answers analysts' questions with SQL "
        "and pandas. Set `VNPLAN_OUT` to the output folder of your run; without it the notebook extracts the "
        "sample corpus into a temporary folder first."),
    nbf.v4.new_code_cell(
        "import os, subprocess, sys, tempfile\n"
        "from pathlib import Path\n"
        "import duckdb, pandas as pd\n"
        "import matplotlib\n"
        "matplotlib.use('Agg')\n"
        "import matplotlib.pyplot as plt\n\n"
        "root = Path.cwd() if (Path.cwd() / 'pipeline').exists() else Path.cwd().parent\n"
        "out = Path(os.environ.get('VNPLAN_OUT', ''))\n"
        "if not (out / 'vnplan.duckdb').exists():\n"
        "    out = Path(tempfile.mkdtemp(prefix='vnplan-nb-'))\n"
        "    subprocess.run([sys.executable, '-m', 'pipeline', 'extract', str(root / 'corpus'), '--out', str(out),\n"
        "                    '--no-progress', '--format', 'duckdb'], check=True, cwd=root)\n"
        "con = duckdb.connect(str(out / 'vnplan.duckdb'), read_only=True)\n"
        "con.sql('SELECT count(*) AS documents FROM documents').df()"),
    nbf.v4.new_markdown_cell("## Most cited directives, by the year of the citing plan"),
    nbf.v4.new_code_cell(
        "by_year = con.sql('''\n"
        "    SELECT d.year, c.citation_key, count(DISTINCT c.doc_id) AS plans\n"
        "    FROM citations c JOIN documents d USING (doc_id)\n"
        "    GROUP BY d.year, c.citation_key\n"
        "    QUALIFY row_number() OVER (PARTITION BY d.year ORDER BY plans DESC, c.citation_key) <= 5\n"
        "    ORDER BY d.year, plans DESC''').df()\n"
        "by_year"),
    nbf.v4.new_code_cell(
        "top = con.sql('SELECT citation_key, n_citing_docs FROM citation_index '\n"
        "              'ORDER BY n_citing_docs DESC, n_mentions DESC LIMIT 12').df()\n"
        "ax = top.plot.barh(x='citation_key', y='n_citing_docs', legend=False, figsize=(8, 5))\n"
        "ax.invert_yaxis(); ax.set_xlabel('citing documents'); plt.tight_layout()\n"
        "assert len(top) > 0"),
    nbf.v4.new_markdown_cell(
        "## Which issuers cite which level of government\n\n"
        "The level of a cited document comes from its symbol: Party central (`/TW`), national bodies "
        "(`/QH`, `-CP`, `-TTg`, ministries `-B…`), and local bodies (`UBND`, `HĐND`, `/TU`, `/HU` …)."),
    nbf.v4.new_code_cell(
        "levels = con.sql('''\n"
        "    SELECT d.issuer AS citing_issuer,\n"
        "           CASE WHEN c.number_symbol = '' THEN 'named (law, resolution)'\n"
        "                WHEN regexp_matches(c.number_symbol, '/TW$') THEN 'Party central'\n"
        "                WHEN regexp_matches(c.number_symbol, '(QH\\\\d*|UBTVQH\\\\d*|-CP|-TTg|-B[A-ZĐ&]+|VPCP.*)$') THEN 'national'\n"
        "                ELSE 'local' END AS cited_level,\n"
        "           count(*) AS mentions\n"
        "    FROM citations c JOIN documents d USING (doc_id)\n"
        "    GROUP BY ALL ORDER BY citing_issuer, mentions DESC''').df()\n"
        "pivot = levels.pivot_table(index='citing_issuer', columns='cited_level', values='mentions', fill_value=0)\n"
        "pivot.plot.bar(stacked=True, figsize=(9, 4)); plt.tight_layout()\n"
        "pivot"),
    nbf.v4.new_markdown_cell(
        "## Documents citing superseded ones\n\n"
        "A document is superseded when some text in the run replaces or repeals it (`thay thế`, `bãi bỏ`); "
        "plans that still cite it for another reason are listed."),
    nbf.v4.new_code_cell(
        "superseded = con.sql('''\n"
        "    WITH gone AS (SELECT DISTINCT citation_key, doc_id AS replaced_by FROM citations\n"
        "                  WHERE cue IN ('thay thế', 'bãi bỏ'))\n"
        "    SELECT c.doc_id, c.citation_key, g.replaced_by, c.relation\n"
        "    FROM citations c JOIN gone g USING (citation_key)\n"
        "    WHERE c.doc_id <> g.replaced_by AND c.cue NOT IN ('thay thế', 'bãi bỏ')\n"
        "    ORDER BY c.doc_id''').df()\n"
        "superseded"),
    nbf.v4.new_markdown_cell("## Relations: legal basis, implementation, other"),
    nbf.v4.new_code_cell(
        "relations = con.sql('SELECT relation, count(*) AS mentions FROM citations GROUP BY relation ORDER BY mentions DESC').df()\n"
        "assert set(relations['relation']) <= {'can_cu', 'thuc_hien', 'other'}\n"
        "relations"),
]
nb = nbf.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                               "language": "python"}})
nbf.write(nb, Path(__file__).with_name("citation_index.ipynb"))
