"""The benchmark scripts keep running (they print our figures beside a peer's on the gold)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import GOLD, ROOT


@pytest.mark.skipif(not GOLD.is_dir(), reason="needs ../shared/gold")
@pytest.mark.parametrize("script,peer", [("sections.py", "flat baseline"), ("deadlines.py", "dateparser")])
def test_bench_script_prints_both_rows(script, peer):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| vnplan") or line.startswith(f"| {peer}")]
    assert len(rows) == 2
    ours_f1 = float(rows[0].split("|")[4])
    assert ours_f1 >= 0.95
