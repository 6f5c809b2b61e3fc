"""notebooks/citation_index.ipynb, executed as CI can (nbclient, a Python kernel, the notebook's own
folder as working directory, as JupyterLab starts it), with its outputs read back."""
from __future__ import annotations

import os
import sys

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "citation_index.ipynb"


def _execute(env: dict[str, str]):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the kernel inherits the environment, as it does from `jupyter lab`
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return nb


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_notebook_is_what_its_generator_writes():
    import nbformat

    sys.path.insert(0, str(NOTEBOOK.parent))
    try:
        import make_notebook
    finally:
        sys.path.pop(0)
    committed = nbformat.read(NOTEBOOK, as_version=4)
    assert [(c.cell_type, c.source) for c in committed.cells] == [(c.cell_type, c.source) for c in make_notebook.build().cells]
    assert "matplotlib.use" not in NOTEBOOK.read_text(encoding="utf-8")  # charts are shown inline


def test_notebook_reads_the_folder_named_relative_to_where_jupyter_started(corpus_out):
    """`VNPLAN_OUT=<name> jupyter lab` started in the folder holding <name>: the kernel runs in
    notebooks/, yet reads <name> of the starting folder (the shell's PWD)."""
    from pipeline.report.data import load

    nb = _execute({"VNPLAN_OUT": corpus_out.name, "PWD": str(corpus_out.parent)})
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.output_type == "error"]
    first = "".join(o.get("text", "") for o in nb.cells[1].outputs if o.output_type == "stream")
    data = load(corpus_out)
    assert f"Thư mục kết quả: {corpus_out.resolve()}" in first
    assert f"{len(data.documents)} văn bản, {len(data.citations)} trích dẫn" in first
    images = [o for o in outputs if o.output_type == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) >= 4, "every chart must be shown inline"
    tables = "".join(o["data"].get("text/html", "") for o in outputs if o.output_type == "execute_result")
    top = data.index.sort_values(["n_citing_docs", "n_mentions", "citation_key"], ascending=[False, False, True])
    assert top["citation_key"].iloc[0] in tables


def test_notebook_refuses_a_folder_without_outputs(tmp_path):
    from nbclient.exceptions import CellExecutionError

    empty = tmp_path / "out"
    empty.mkdir()
    with pytest.raises(CellExecutionError) as failure:
        _execute({"VNPLAN_OUT": str(empty), "PWD": str(ROOT)})
    assert f"{empty} holds no vnplan outputs" in str(failure.value)
