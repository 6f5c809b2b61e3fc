"""The fork server's warm-up (pipeline/warmup.py): what it loads, and that loading it the cheaper way
changes nothing a stage sees (issue #17, the workers' start)."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nlp_models import (_SEGMENTER_FOLDER, _SEGMENTER_MODULE, _TAGGER_MODULE, load_pos_tagger,
                                 load_word_segmenter)

from .conftest import ROOT, SHARED, WILD, wild_files

FILES = SHARED / "devset" / "files"


def _lines(limit: int = 4000) -> list[str]:
    """Lines of real plans and letters, in the order the files come: what the stages segment."""
    lines = []
    for path in wild_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if sum(c.isalpha() for c in line) >= 8:
                lines.append(line.strip()[:200])
                if len(lines) == limit:
                    return lines
    return lines


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_the_word_segmenter_loaded_from_its_tables_segments_as_underthesea_loads_it():
    from underthesea import word_tokenize
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    segmenter = importlib.import_module(_SEGMENTER_MODULE)
    kept = segmenter.word_tokenize_model
    try:
        segmenter.word_tokenize_model = None
        assert load_word_segmenter() is True
        fast = segmenter.word_tokenize_model
        assert load_word_segmenter() is False  # loaded already: left as it is
        assert segmenter.word_tokenize_model is fast
        reference = FastCRFSequenceTagger()  # underthesea's own load (joblib)
        reference.load(str(Path(segmenter.__file__).parent.joinpath(*_SEGMENTER_FOLDER)))
        lines = _lines()
        assert len(lines) > 1000
        by_fast = [word_tokenize(line) for line in lines]
        segmenter.word_tokenize_model = reference
        by_reference = [word_tokenize(line) for line in lines]
        assert by_fast == by_reference
        # Not a vacuous comparison: the model joins syllables into words on these lines.
        assert sum(" " in word for words in by_fast for word in words) > 5000
    finally:
        segmenter.word_tokenize_model = kept


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_the_pos_tagger_with_features_built_in_c_tags_as_underthesea_builds_them():
    from underthesea import pos_tag, word_tokenize
    from underthesea_core import CRFFeaturizer

    model = importlib.import_module(_TAGGER_MODULE)
    predictor = model.CRFPOSTagPredictor.Instance()
    kept = predictor.transformer
    try:
        if not isinstance(kept, model.TaggedTransformer):  # loaded by another test's warm-up
            predictor.transformer = model.TaggedTransformer(kept.template)
        reference = predictor.transformer
        lines = _lines(2500)
        by_reference = [pos_tag(line) for line in lines]
        assert load_pos_tagger() is True
        fast = predictor.transformer
        assert load_pos_tagger() is False  # done already: left as it is
        assert predictor.transformer is fast
        assert [pos_tag(line) for line in lines] == by_reference
        # Feature for feature, in the template's order, on every word of these lines.
        sentences = [[(word, "X") for word in word_tokenize(line)] for line in lines]
        assert [fast.transform([s])[0][0] for s in sentences] == [reference.transform([s])[0][0] for s in sentences]
        # Not vacuous: the tagger tells many tags apart here, and `underthesea_core`'s own `istitle` (which
        # takes "2024" or "(a)" for a title) would have changed features on these lines.
        assert len({tag for tagged in by_reference for _, tag in tagged}) >= 12
        whole = CRFFeaturizer(reference.template, set())
        assert sum(whole.process([s])[0] != reference.transform([s])[0][0] for s in sentences) > 500
    finally:
        predictor.transformer = kept


@pytest.mark.skipif(not FILES.is_dir(), reason="needs ../shared/devset/files")
def test_a_warm_worker_reads_word_and_pdf_files_without_their_readers_preloaded():
    # The readers of Word and PDF files are left out of the serial warm-up; a worker forked after it
    # imports them on its first such file and reads it in full.
    script = (
        "import sys\n"
        "from pipeline.warmup import warm_up\n"
        "warm_up()\n"
        "assert 'docx' not in sys.modules and 'pdfplumber' not in sys.modules, 'readers preloaded'\n"
        "from pipeline.extract import process_file\n"
        f"for name in ('fresh_file_05.docx', 'fresh_file_03.pdf'):\n"
        f"    result = process_file({str(FILES)!r} + '/' + name)\n"
        "    assert not result.errors, result.errors\n"
        "    print(name, len(result.documents), len(result.citations), len(result.sections))\n"
        "assert 'docx' in sys.modules and 'pdfplumber' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for line in proc.stdout.splitlines():
        name, documents, citations, sections = line.split()
        assert documents == "1" and int(citations) > 0 and int(sections) > 0, line


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_underthesea_imported_lightly_segments_and_tags_as_the_whole_package():
    # The warm-up imports only underthesea's segmenter and tagger (not its __init__, which imports
    # every pipeline it has, nor joblib and numpy for the normalizer's rules, nor urllib for its
    # downloads); what the stages get from `from underthesea import …` is unchanged, and the package
    # completes itself when anything else is asked of it.
    probe = (
        "import json, sys\n"
        "lines = json.loads(sys.stdin.read())\n"
        "if sys.argv[1] == 'light':\n"
        "    from pipeline.nlp_models import import_underthesea_lightly, load_word_segmenter\n"
        "    assert import_underthesea_lightly() is True and load_word_segmenter() is True\n"
        "from underthesea import pos_tag, word_tokenize\n"
        "out = [[word_tokenize(l) for l in lines], [pos_tag(l) for l in lines[:300]]]\n"
        "if sys.argv[1] == 'light':\n"
        "    unused = {'underthesea.pipeline.chunking', 'underthesea.pipeline.classification', 'joblib', 'numpy',\n"
        "              'urllib.request'}\n"
        "    assert not unused & set(sys.modules), unused & set(sys.modules)\n"
        "from underthesea import chunk\n"  # anything else: the whole package, as usual
        "out.append(len(chunk(lines[0])) > 0)\n"
        "print(json.dumps(out, ensure_ascii=False))\n"
    )
    lines = _lines(1500)
    outputs = {}
    for how in ("light", "whole"):
        proc = subprocess.run([sys.executable, "-c", probe, how], cwd=ROOT, input=json.dumps(lines),
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outputs[how] = json.loads(proc.stdout)
    assert outputs["light"] == outputs["whole"]
    words, tags, chunked = outputs["light"]
    assert sum(" " in w for ws in words for w in ws) > 1000 and {t for ts in tags for _, t in ts} >= {"N", "V"}
    assert chunked is True


_CACHE_PROBE = """
import json, marshal, re, regex, sys
from pathlib import Path
from pipeline import pattern_cache
from pipeline.warmup import warm_up

sources = pattern_cache.sources_hash()
assert pattern_cache.load("another state of the sources") == 0  # a file for other sources is not used
loaded = pattern_cache.load(sources)
data = marshal.loads(pattern_cache.cache_file().read_bytes())
# What warm-up still compiles once the cache is loaded: only patterns built in a varying order.
sre, fast = pattern_cache._Recorder(re._compiler._sre), pattern_cache._Recorder(regex._main._regex)
re._compiler._sre, regex._main._regex = sre, fast
warm_up()  # its own load builds the `loaded` patterns again, through the recorders
compiled_again = len(sre.programs) + len(fast.programs) - loaded
# Every recorded program is the one the engines build from the pattern now: `re`'s exactly, `regex`'s
# up to the order of the characters of a first-character set (it varies from one compile to the next),
# and the loaded pattern finds what a fresh compile finds on real texts.
texts = [p.read_text(encoding="utf-8") for folder in sys.argv[1:] for p in sorted(Path(folder).glob("*.txt"))]
sre.programs.clear(); fast.programs.clear()
exact = reordered = 0
for pattern, flags, program in data["re"]:
    fresh = re._compiler.compile(pattern, flags)
    assert sre.programs[id(fresh)][1] == program, pattern
    exact += 1
version = regex.DEFAULT_VERSION
for pattern, flags, _, program in data["regex"]:
    fresh = regex.compile(pattern, flags, cache_pattern=False)
    now = fast.programs[id(fresh)][1]
    if now == program:
        exact += 1
        continue
    assert now[0] == program[0] and now[2:] == program[2:] and sorted(now[1]) == sorted(program[1]), pattern
    reordered += 1
    if isinstance(pattern, str):
        cached = regex._main._cache[(pattern, str, flags, frozenset(), version, None)]
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)], pattern
print(json.dumps([loaded, exact, reordered, compiled_again, len(texts)]))
"""


@pytest.mark.skipif(not (SHARED / "devset" / "texts").is_dir(), reason="needs ../shared/devset/texts")
def test_the_pattern_cache_holds_the_programs_the_engines_compile_and_spares_the_warm_up_compiling(tmp_path):
    # The first warm-up compiles and writes the cache; the next loads it and compiles almost nothing,
    # and every program in the file is the one `re` and `regex` build from its pattern today.
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", "from pipeline.warmup import warm_up; warm_up()"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert len(list((tmp_path / "vnplan").glob("patterns-*.marshal"))) == 1
    folders = [str(SHARED / "corpus"), str(SHARED / "devset" / "texts")]
    proc = subprocess.run([sys.executable, "-c", _CACHE_PROBE, *folders], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    loaded, exact, reordered, compiled_again, texts = json.loads(proc.stdout)
    assert loaded == exact + reordered > 400 and exact > reordered
    # Every pattern the stages join from a set is ordered by `pattern_cache.longest_first` (a set's own order
    # changes from one process to the next, and no file could hold such a pattern): none is compiled again
    # (0 measured; 10 while party_forms sorted by length only).
    assert compiled_again <= 2, compiled_again
    assert texts >= 15


_BUILDERS_PROBE = """
import inspect, json, re, sys
from functools import _lru_cache_wrapper
from pathlib import Path
import regex
from pipeline.warmup import warm_up
warm_up()
from pipeline.extract import process_file  # what a worker forked after the warm-up runs

def builders():
    for name, module in list(sys.modules.items()):
        if name.startswith("pipeline.") and name != "pipeline.ocr" and module is not None:
            for attr, value in list(vars(module).items()):
                if isinstance(value, _lru_cache_wrapper) and value.__module__ == name:
                    yield f"{name}.{attr}", value

def takes_nothing(builder):
    try:
        inspect.signature(builder).bind()
        return True
    except (TypeError, ValueError):
        return False

before = {key: b.cache_info().misses for key, b in builders()}
compiled = []
for engine in (re._compiler, regex._main):
    kept = engine._sre if engine is re._compiler else engine._regex
    class Counting:
        def __init__(self, kept):
            self.kept = kept
        def compile(self, pattern, *args):
            compiled.append(str(pattern))
            return self.kept.compile(pattern, *args)
        def __getattr__(self, name):
            return getattr(self.kept, name)
    if engine is re._compiler:
        engine._sre = Counting(kept)
    else:
        engine._regex = Counting(kept)
files = [p for folder in sys.argv[1:] for p in sorted(Path(folder).glob("*.txt"))]
for path in files:
    assert not process_file(str(path)).errors, path
missed = sorted(key for key, b in builders() if takes_nothing(b) and b.cache_info().misses > before.get(key, 0))
type_builders = [key for key in before if key.rsplit(".", 1)[1] in ("_fuzzy_words", "_damaged_type")]
assert len(type_builders) == 2, type_builders  # renamed: citations.prepare (symbols.warm, ocr.warm) must follow
per_type = sum(b.cache_info().misses - before[key] for key, b in builders() if key in type_builders)
print(json.dumps([len(files), missed, per_type, len(compiled)]))
"""


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_a_worker_forked_after_the_warm_up_builds_no_cached_table_or_type_pattern_on_the_shared_texts():
    # What a stage builds once (`@lru_cache` on a function of no argument: a vocabulary, a compiled
    # pattern; the citation stage's patterns of each document type) is built by the fork server's
    # warm-up, not again by every worker that meets a document taking that path. Patterns made of a
    # document's own words (a citation's number) are compiled where they are met.
    folders = [str(SHARED / "corpus"), str(WILD), str(SHARED / "devset" / "texts")]
    proc = subprocess.run([sys.executable, "-c", _BUILDERS_PROBE, *folders], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    files, missed, per_type, compiled = json.loads(proc.stdout)
    assert files > 130
    assert missed == [], missed
    assert per_type == 0
    assert compiled < files  # those of the documents' own words; not one per builder per worker


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_what_the_warm_up_loads_is_frozen_out_of_the_workers_collections():
    # Every worker is forked after the warm-up: the lexicons, patterns and models it loaded live as long as
    # the process, and the cyclic collector of each worker no longer walks them at a full collection.
    script = (
        "import gc, sys\n"
        "from pipeline.warmup import warm_up\n"
        "warm_up()\n"
        "frozen, walked = gc.get_freeze_count(), len(gc.get_objects())\n"
        "from pipeline.extract import process_file\n"
        "result = process_file(sys.argv[1])\n"
        "assert not result.errors and result.sections and result.citations and result.parties\n"
        "del result\n"
        "gc.collect()\n"
        "print(frozen, walked, len(gc.get_objects()))\n"
    )
    path = wild_files()[0]
    proc = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    frozen, walked_after_warm_up, walked_after_a_file = map(int, proc.stdout.split())
    assert frozen > 10_000  # the loaded tables: out of the collector's generations
    assert walked_after_warm_up < 100 and walked_after_a_file < frozen / 5


_MANY_PATTERNS_PROBE = """
import json, re, sys, regex
from pipeline import pattern_cache
# Distinct patterns of the stages' kind (a cue word, then a document number), more than either
# library's own cache limit (512 for `re`, 500 for `regex`).
cues = [f"(?:theo|tại)\\\\s+Công\\\\s+văn\\\\s+số\\\\s+{n}/[A-ZĐ]+" for n in range(700)]
if sys.argv[1] == "record":
    with pattern_cache.recording("probe"):
        for cue in cues:
            re.compile(cue)
            regex.compile(cue, regex.V0)
    print(json.dumps(0))
else:
    loaded = pattern_cache.load("probe")
    sre, fast = pattern_cache._Recorder(re._compiler._sre), pattern_cache._Recorder(regex._main._regex)
    re._compiler._sre, regex._main._regex = sre, fast
    for cue in cues:
        re.compile(cue)
        regex.compile(cue, regex.V0)
    print(json.dumps([loaded, len(sre.programs) + len(fast.programs)]))
"""


def test_the_pattern_cache_keeps_more_patterns_than_the_libraries_own_cache_limits(tmp_path):
    # The stages hold ~500 patterns, the `regex` library's own limit: past it, the patterns a warm-up
    # compiles evicted each other and were lost from the file (compiled again at every start).
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for step in ("record", "load"):
        proc = subprocess.run([sys.executable, "-c", _MANY_PATTERNS_PROBE, step], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    loaded, compiled_again = json.loads(proc.stdout)
    assert loaded == 1400 and compiled_again == 0
