"""bench/pipeline_cpu.py keeps running: one pass of two stages prints their CPU cost per MB."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from .conftest import ROOT, WILD


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_stage_costs_are_printed_per_mb():
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "pipeline_cpu.py"), "--passes", "1",
                           "--stages", "split,sections"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[2].strip() for line in proc.stdout.splitlines()
            if line.startswith("| ") and not line.startswith("| ---")}
    assert set(rows) == {"stage", "split", "sections", "**sum**"}
    assert 0 < float(rows["split"]) < float(rows["**sum**"])
    files, _, megabytes = re.match(r"(\d+) files, (\d+) documents, ([\d.]+) MB", proc.stdout).groups()
    assert int(files) >= 100 and float(megabytes) > 1  # the wild set and the devset texts
