"""CPU cost of every per-document stage, in CPU milliseconds per MB of UTF-8 text, over every text of
../shared/wild and ../shared/devset/texts, in one process with the lexicons, patterns and underthesea's
models loaded first (as a worker has them after the parent's warm-up).

    python bench/pipeline_cpu.py                 # this checkout
    python bench/pipeline_cpu.py --before main   # and the code of a git revision, side by side

Each stage is timed on its own over all documents, best of three passes (CPU time of this process).
With `--before`, the last column is the median over the passes of each pass's ratio (this checkout /
REV, the two run back to back, the first of the two alternating from pass to pass: the second of two
runs is slower, so a fixed order biased every ratio): on a shared machine the best of a few passes
moves by ±8 % with the load, the ratio of neighbouring runs much less. Use an even number of passes.
Caches that hold text (a clause's POS tags, a phrase's segmentation) are emptied before every pass: a
pass costs what one run over these files costs, not what a second look at the same texts does.
With `--before REV`, that revision's `pipeline/` and `models/` are unpacked into a temporary folder
and imported under another package name, so both versions are measured in the same process, pass by
pass in turn, on the same machine load.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import importlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SHARED, row

FOLDERS = (SHARED / "wild", SHARED / "devset" / "texts")
STAGES = ("read", "normalize", "split", "metadata", "sections", "citations", "deadlines", "parties")


def load_revision(revision: str, into: Path):
    """The `pipeline` package of a git revision, imported as `pipeline_<rev>`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "pipeline", "models"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    name = "pipeline_" + "".join(c if c.isalnum() else "_" for c in revision)
    spec = importlib.util.spec_from_file_location(name, into / "pipeline" / "__init__.py",
                                                  submodule_search_locations=[str(into / "pipeline")])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return name


class Version:
    """One version of the pipeline with its inputs for every stage prepared."""

    def __init__(self, label: str, package: str):
        self.label, self.package = label, package
        m = lambda sub: importlib.import_module(f"{package}.{sub}")  # noqa: E731
        self.readers, self.normalize, self.split = m("readers"), m("normalize"), m("split")
        self.frame, self.sections, self.citations = m("frame"), m("sections"), m("citations")
        self.deadlines, self.parties = m("deadlines"), m("parties")
        self.paths = [p for folder in FOLDERS for p in sorted(folder.glob("*.txt"))]
        self.raws = [self.readers.read(str(p)) for p in self.paths]
        self.texts = [(str(p), self.normalize.normalize(r.text), r.encoding) for p, r in zip(self.paths, self.raws)]
        self.docs = [d for path, text, enc in self.texts for d in self.split.split_documents(path, text, enc)]
        self.megabytes = sum(len(t.encode("utf-8")) for _, t, _ in self.texts) / 1e6
        self.metas = [self.frame.extract_meta(d) for d in self.docs]
        self.outlines = [self.sections.segment(d.doc_id, d.text) for d in self.docs]
        self.mentions = [self._mentions(d, meta) for d, meta in zip(self.docs, self.metas)]
        self.warm_up()

    def _mentions(self, doc, meta):
        citing = meta.issued_date or (f"{meta.year}-12-31" if meta.year else "")
        return self.citations.extract(doc, meta.doc_number, meta.issuer, citing, meta.doc_type)

    def warm_up(self) -> None:
        """What the parent process loads before the workers fork: underthesea's models, lexicons,
        compiled patterns (run once over a sample corpus text, not the timed ones)."""
        from underthesea import pos_tag, word_tokenize

        word_tokenize("Ban tổ chức"), pos_tag("Ban tổ chức")
        prepare = getattr(self.parties, "prepare", None)
        if prepare:
            prepare()
        api = importlib.import_module(f"{self.package}.api")
        for path in sorted((ROOT / "corpus").glob("*.txt"))[:2]:
            api.parse_text(path.read_text(encoding="utf-8"), name=str(path))
        self.tagger_features = self._tagger_features()

    def _tagger_features(self):
        """How this version has underthesea's POS tagger build its features (nlp_models.load_pos_tagger,
        where it has one): underthesea is one module for both versions, so each gets its own in its turn."""
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor, TaggedTransformer

        predictor = CRFPOSTagPredictor.Instance()
        predictor.transformer = TaggedTransformer(predictor.transformer.template)
        load = getattr(importlib.import_module(f"{self.package}.nlp_models"), "load_pos_tagger", None)
        if load is not None:
            load()
        return predictor.transformer

    def run(self, stage: str) -> None:
        if stage == "read":
            for p in self.paths:
                self.readers.read(str(p))
        elif stage == "normalize":
            for r in self.raws:
                self.normalize.normalize(r.text)
        elif stage == "split":
            for path, text, enc in self.texts:
                self.split.split_documents(path, text, enc)
        elif stage == "metadata":
            for d in self.docs:
                self.frame.extract_meta(d)
        elif stage == "sections":
            for d in self.docs:
                self.sections.segment(d.doc_id, d.text)
        elif stage == "citations":
            for d, meta in zip(self.docs, self.metas):
                self._mentions(d, meta)
        elif stage == "deadlines":
            for d, meta, mentions, outline in zip(self.docs, self.metas, self.mentions, self.outlines):
                self.deadlines.extract(d, meta, mentions, lambda _o: "", outline)
        elif stage == "parties":
            for d, meta, outline in zip(self.docs, self.metas, self.outlines):
                self.parties.extract(d, meta, lambda _o: "", outline)

    def clear_text_caches(self) -> None:
        """Empty every `lru_cache` of the package that holds text: the large ones (a pattern compiler
        or a loader keeps a handful of entries, or is unbounded over a fixed set of keys)."""
        for name, module in list(sys.modules.items()):
            if not (name == self.package or name.startswith(self.package + ".")) or module is None:
                continue
            for value in vars(module).values():
                if callable(getattr(value, "cache_parameters", None)) and \
                        (value.cache_parameters()["maxsize"] or 0) >= 1000:
                    value.cache_clear()


def cpu_seconds(version: Version, stage: str) -> float:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    CRFPOSTagPredictor.Instance().transformer = version.tagger_features
    version.clear_text_caches()
    gc.collect()
    start = time.process_time()
    version.run(stage)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", help="a git revision to measure beside this checkout")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--stages", default=",".join(STAGES))
    args = parser.parse_args()
    stages = [s for s in args.stages.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        versions = []
        if args.before:
            versions.append(Version(f"{args.before}", load_revision(args.before, Path(tmp))))
        sys.path.insert(0, str(ROOT))
        versions.append(Version("this checkout", "pipeline"))
        best = {(v.label, s): float("inf") for v in versions for s in stages}
        ratios: dict[str, list[float]] = {s: [] for s in stages}
        for n in range(args.passes):
            for stage in stages:
                # In turn, so both see the same load; who goes first alternates from pass to pass: with the
                # same code on both sides, a fixed order gave ratios up to 1.04 (split), alternating 1.00.
                order = range(len(versions)) if n % 2 == 0 else reversed(range(len(versions)))
                spent_by = {i: cpu_seconds(versions[i], stage) for i in order}
                seconds = [spent_by[i] for i in range(len(versions))]
                for v, spent in zip(versions, seconds):
                    best[(v.label, stage)] = min(best[(v.label, stage)], spent)
                ratios[stage].append(seconds[-1] / seconds[0])
    megabytes = versions[-1].megabytes
    print(f"{len(versions[-1].paths)} files, {len(versions[-1].docs)} documents, {megabytes:.2f} MB of text; "
          f"CPU ms per MB, best of {args.passes}")
    paired = len(versions) > 1
    print(row("stage", *(v.label for v in versions), *(["ratio (median of passes)"] if paired else [])))
    print(row("---", *("---" for _ in versions), *(["---"] if paired else [])))
    for stage in stages:
        print(row(stage, *(f"{best[(v.label, stage)] * 1000 / megabytes:.1f}" for v in versions),
                  *([f"{statistics.median(ratios[stage]):.3f}"] if paired else [])))
    print(row("**sum**", *(f"{sum(best[(v.label, s)] for s in stages) * 1000 / megabytes:.1f}" for v in versions)))


if __name__ == "__main__":
    main()
