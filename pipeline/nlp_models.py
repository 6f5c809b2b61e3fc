"""underthesea's word segmenter and POS tagger (the version pinned in pyproject.toml), loaded for
the stages at the least cost: this is paid once per run, before any worker starts.

- `import underthesea` runs the package's `__init__`, which imports every pipeline it has (chunking,
  NER, classification with requests, version metadata …), and its text normalizer imports joblib
  (and with it numpy) to read one table of rules: 0.4 CPU s, of which the segmenter and the tagger
  need a tenth. Here the package is created without its `__init__`, the rules table is read with
  `pickle`, and the package (like its `util`, which imports urllib for downloads) completes itself
  the first time anything else is asked of it.
- The segmentation model is built from the same files into the same `underthesea_core` objects
  underthesea builds, with its two tables read by the C unpickler instead of joblib's pure-Python one.
- The POS tagger (`pos_tag`'s default model) is underthesea's own, but the features of each word come
  from `underthesea_core`'s C `CRFFeaturizer` given the tagger's own template, instead of underthesea's
  Python `word2features`, which parses every template entry with a regex for every word: the same
  feature strings; features and CRF cost a sixth of what they did (bench/RESULTS.md, round perf7t).

tests/test_warmup.py segments and tags thousands of real lines both ways: the same words and tags."""
from __future__ import annotations

import importlib
import importlib.util
import pickle
import re
import sys
import types
from functools import lru_cache
from pathlib import Path

# What the stages ask of underthesea: `from underthesea import word_tokenize` / `pos_tag`. The text
# normalizer first, as the package's `__init__` reaches it: it and the tokenizer import each other.
_NEEDED = {"": "underthesea.pipeline.text_normalize",
           "word_tokenize": "underthesea.pipeline.word_tokenize",
           "pos_tag": "underthesea.pipeline.pos_tag"}
# The normalizer's rules: a pickled dict {"character": {...}, "token": {...}} its module reads with joblib.
_RULES_MODULE = "underthesea.pipeline.text_normalize.text_normalizer"
_RULES_FILE = ("pipeline", "text_normalize", "tn_rules_2023_07_14.bin")

_SEGMENTER_MODULE = "underthesea.pipeline.word_tokenize"
_SEGMENTER_FOLDER = ("models", "ws_crf_vlsp2013_20230727")
_SEGMENTER_FILES = ("models.bin", "features.bin", "dictionary.bin")  # the CRF, then its featurizer's tables

_TAGGER_MODULE = "underthesea.pipeline.pos_tag.model_crf"
_TAGGER_FEATURES = "underthesea.pipeline.pos_tag.tagged_feature"  # its word2features, text_istitle


def import_underthesea_lightly() -> bool:
    """Import only the parts of underthesea the stages call (see the module's note). False, and
    nothing changed, where underthesea is already imported or cannot be imported so."""
    if "underthesea" in sys.modules:
        return False
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return False
    package = _without_init(spec)
    try:
        # The tagger's singleton helper lives in `underthesea.util`, whose `__init__` imports
        # urllib.request (http, email, ssl) for downloads the stages never make.
        _without_init(importlib.util.find_spec("underthesea.util"))
        _seed_rules(Path(spec.submodule_search_locations[0]).joinpath(*_RULES_FILE))
        for name, module in _NEEDED.items():
            imported = importlib.import_module(module)
            if name:
                setattr(package, name, getattr(imported, name))
    except Exception:  # pragma: no cover - an underthesea laid out otherwise: imported as usual later
        for module in [m for m in sys.modules if m == "underthesea" or m.startswith("underthesea.")]:
            del sys.modules[module]
        return False
    return True


def _without_init(spec):
    """The package of `spec` put in sys.modules without running its `__init__`, which runs the first
    time a name the package does not have yet is asked of it."""
    package = importlib.util.module_from_spec(spec)

    def complete(name: str):
        del package.__getattr__
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = complete
    sys.modules[spec.name] = package
    return package


def _seed_rules(path: Path) -> None:
    """The normalizer's rules module, its two tables read with pickle (no joblib, no numpy)."""
    if not path.is_file():
        return  # another underthesea: its own module reads its own file
    with open(path, "rb") as stream:
        rules = pickle.load(stream)
    module = types.ModuleType(_RULES_MODULE)
    module.__file__ = str(path.with_name("text_normalizer.py"))
    module.character_map, module.token_map = rules["character"], rules["token"]
    sys.modules[_RULES_MODULE] = module


class CRFSegmenter:
    """What underthesea's `word_tokenize` asks of its model: tags (`B-W`/`I-W`) for a sentence's
    syllables, each given as a one-item feature list."""

    def __init__(self, tagger, featurizer):
        self.tagger, self.featurizer = tagger, featurizer

    def predict(self, tokens: list[list[str]]) -> list[str]:
        return self.tagger.tag(self.featurizer.process([tokens])[0])


def load_word_segmenter() -> bool:
    """Load underthesea's word-segmentation model before its `word_tokenize` does on first use. False,
    and nothing done, where the model is already loaded or not laid out as expected (underthesea
    then loads it itself when first asked)."""
    from underthesea_core import CRFFeaturizer, CRFTagger

    segmenter = importlib.import_module(_SEGMENTER_MODULE)
    folder = Path(segmenter.__file__).parent.joinpath(*_SEGMENTER_FOLDER)
    paths = [folder / name for name in _SEGMENTER_FILES]
    if getattr(segmenter, "word_tokenize_model", False) is not None or not all(p.is_file() for p in paths):
        return False
    tagger = CRFTagger()
    tagger.load(str(paths[0]))
    tables = []
    for path in paths[1:]:
        with open(path, "rb") as stream:
            tables.append(pickle.load(stream))
    segmenter.word_tokenize_model = CRFSegmenter(tagger, CRFFeaturizer(*tables))
    return True


class CFeatures:
    """What underthesea's POS tagger asks of its `TaggedTransformer`: `transform(sentences)` → (features,
    labels), each sentence a list of (word, tag) rows, each word's features the strings underthesea's
    `word2features` makes from the template (`T[-1].lower=…`, `T[0,1]=…`, `T[-2][1]=…`, BOS/EOS past the
    ends). `underthesea_core`'s featurizer builds them in C, all but `T[k].istitle`: its `istitle` takes
    a word opening with a digit or a bracket (`2024`, `(a)`) for a title, underthesea's does not, so those few are
    computed here with underthesea's own function and put back in the template's order."""

    def __init__(self, template: list[str], istitle):
        from underthesea_core import CRFFeaturizer

        self.template = template
        self.istitle = istitle
        # (position in the template, offset k, prefix) of each `T[k].istitle`
        self.titles = [(at, int(m.group(1)), f"{entry}=") for at, entry in enumerate(template)
                       if (m := _ISTITLE.fullmatch(entry))]
        self.featurizer = CRFFeaturizer([e for e in template if not _ISTITLE.fullmatch(e)], set())

    def transform(self, sentences):
        return [self._sentence(s) for s in sentences], [[row[-1] for row in s] for s in sentences]

    def _sentence(self, rows) -> list[list[str]]:
        features = self.featurizer.process([rows])[0]
        if not self.titles:
            return features
        flags = [str(self.istitle(row[0])) for row in rows]
        last = len(rows) - 1
        for i, word in enumerate(features):
            for at, offset, prefix in self.titles:
                j = i + offset
                word.insert(at, prefix + ("BOS" if j < 0 else "EOS" if j > last else flags[j]))
        return features


_ISTITLE = re.compile(r"T\[(-?\d+)\]\.istitle")
_TEMPLATE_ENTRY = re.compile(r"T\[-?\d+(,-?\d+)?\](\[1\])?(\.(lower|istitle))?")


def load_pos_tagger() -> bool:
    """Give underthesea's POS tagger its features built in C (see the module's note), loading it before
    its `pos_tag` does on first use. False, and nothing changed, where that is done already or the
    tagger is laid out otherwise (a template entry this module does not know: underthesea then tags
    its own way)."""
    model = importlib.import_module(_TAGGER_MODULE)
    predictor = model.CRFPOSTagPredictor.Instance()
    transformer = getattr(predictor, "transformer", None)
    template = getattr(transformer, "template", None)
    if not isinstance(transformer, model.TaggedTransformer) or not all(
            isinstance(e, str) and _TEMPLATE_ENTRY.fullmatch(e) for e in template or ()):
        return False
    features = importlib.import_module(_TAGGER_FEATURES)
    predictor.transformer = CFeatures(template, features.text_istitle)
    return True


# The stages' one way of asking underthesea about a short phrase: cached per phrase, since the same
# names and clauses come back in every document of a folder; an empty answer where underthesea fails.
@lru_cache(maxsize=4096)
def phrase_words(phrase: str) -> tuple[str, ...]:
    """underthesea's words of a phrase (`word_tokenize`)."""
    try:
        from underthesea import word_tokenize
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        return ()
    return tuple(word_tokenize(phrase))


@lru_cache(maxsize=4096)
def phrase_tags(phrase: str) -> tuple[tuple[str, str], ...]:
    """underthesea's (word, POS tag) pairs of a phrase (`pos_tag`)."""
    try:
        from underthesea import pos_tag
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        return ()
    return tuple(pos_tag(phrase))
