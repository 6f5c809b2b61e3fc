"""Cost against document size: one real plan (../shared/devset/texts/fresh_35.txt) repeated into a
single document of 2.5, 5 and 10 MB, every stage timed in CPU seconds. Linear stages keep the same
seconds per MB; a stage whose cost grows faster makes large files impossible to finish.

    python bench/scaling.py
"""
from __future__ import annotations

import time

from _common import SHARED, row

SIZES_MB = (2.5, 5.0, 10.0)


def stage_seconds(text: str) -> dict[str, float]:
    from pipeline.api import analyse
    from pipeline.normalize import normalize
    from pipeline.split import split_documents

    seconds: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.process_time()
        value = fn(*args)
        seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
        return value

    normalized = timed("normalize", normalize, text)
    documents = timed("split", split_documents, "big.txt", normalized, "utf-8")

    class Stage:
        def __init__(self, name):
            self.name = name

        def __enter__(self):
            self.start = time.process_time()

        def __exit__(self, *exc):
            seconds[self.name] = seconds.get(self.name, 0.0) + time.process_time() - self.start

    for doc in documents:
        analyse(doc, Stage)
    return seconds


def main() -> None:
    from pipeline.warmup import warm_up

    warm_up()
    plan = (SHARED / "devset" / "texts" / "fresh_35.txt").read_text(encoding="utf-8") + "\n"
    results = {}
    for mb in SIZES_MB:
        text = plan * (int(mb * 1e6 / len(plan.encode())) + 1)
        results[mb] = stage_seconds(text)
    stages = list(results[SIZES_MB[0]])
    print(row("stage", *(f"CPU s at {mb:g} MB" for mb in SIZES_MB), f"ratio {SIZES_MB[-1]:g} / {SIZES_MB[0]:g} MB"))
    print(row("---", *("---" for _ in SIZES_MB), "---"))
    for stage in stages:
        cells = [results[mb].get(stage, 0.0) for mb in SIZES_MB]
        print(row(stage, *(f"{c:.2f}" for c in cells), f"{cells[-1] / max(cells[0], 1e-9):.1f}"))
    totals = [sum(results[mb].values()) for mb in SIZES_MB]
    print(row("all", *(f"{t:.2f}" for t in totals), f"{totals[-1] / totals[0]:.1f}"))


if __name__ == "__main__":
    main()
