"""The pipeline's compiled regular expressions kept between runs, so the fork server's warm-up loads
them instead of compiling them (issue #17, the serial start of a run).

Both `re` and `regex` parse a pattern in Python and hand the result — a list of integers, the
pattern's program — to their C engine (`_sre.compile`, `_regex.compile`). Parsing the ~500 patterns
the stages use took ~40 % of the warm-up (0.3 CPU s); building them from their recorded programs
takes a few milliseconds. A warm-up that compiles records the programs its patterns were built
from and writes them to a cache file; the next warm-up puts the same patterns, built from the same
programs, into the libraries' own caches (`re._cache`, `regex`'s `_cache`), where `re.compile(…)`
and `regex.compile(…)` look before compiling. A pattern absent from the file is compiled as usual.

The file is the user's (`$XDG_CACHE_HOME/vnplan`, else `~/.cache/vnplan`), written at the first run,
never downloaded. It is read only by the interpreter and library versions that wrote it (its name
says them) and only for the pipeline's sources and models that wrote it (a hash of them is inside):
any edit starts a new file, so a program is never used for another pattern or another engine. It is
`marshal` data (integers, strings, tuples, dicts): loading it runs no code; like Python's own bytecode
caches it is trusted as the user's. An unreadable, foreign or damaged file is ignored; a cache folder
that cannot be written is left alone.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import regex
import regex._main as _regex_main

try:
    import re._compiler as _re_compiler
except ImportError:  # Python before 3.11: its patterns are compiled as usual
    _re_compiler = None
_PACKAGE = Path(__file__).resolve().parent
_MODELS = _PACKAGE.parent / "models"
_FORMAT = 1  # bump when the file's layout changes
# Both libraries evict from their caches past 512 (`re`) and 500 (`regex`) patterns, and the stages
# already hold ~500: one more stage's patterns would make the warm-up's own patterns evict each other
# (lost from the file, compiled again at every start). Room for several times what they hold.
_ROOM = 4096


def longest_first(words) -> list[str]:
    """Distinct words in the order an alternation of them must try them: longest first (the first
    alternative that matches wins), then in alphabetical order — two words of one length never match
    at one place (tests/test_scans.py checks the stages' patterns on the shared texts), and the
    pattern's text is then the same in every process, as a set's order is not, so it can be cached."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def trie_pattern(phrases, space: str = r"\s+") -> str:
    """Regex for a set of phrases as a character trie (shared prefixes merged, so the engine rejects a
    position on its first character); any whitespace between words (or `space`), any spacing around a
    comma and around a spaced dash, `&` for a `và`. The longest phrase wins."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for unit in re.findall(r"\s*,\s*|\s+[-–]\s+|\s+và\s+|\s+|.", phrase.strip()):
            spaced_dash = unit != unit.strip() and unit.strip() in ("-", "–")
            unit = "," if "," in unit else " - " if spaced_dash else " và " if unit.strip() == "và" else \
                " " if unit.isspace() else unit
            node = node.setdefault(unit, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        for unit in sorted(u for u in node if u):
            # (a dash between two words of a name, spaced or not: `Lao động - Thương binh`, `Lao động-Thương binh`;
            # its `và` typed as `&`: `Thương binh & Xã hội`)
            piece = r"\s*,\s*" if unit == "," else r"\s*[-–]\s*" if unit == " - " else \
                space + r"và" + space + r"|\s*&\s*" if unit == " và " else space if unit == " " else re.escape(unit)
            piece = f"(?:{piece})" if unit == " và " else piece
            child = build(node[unit])
            rest = f"(?:{child})?" if child and "" in node[unit] else child
            branches.append(piece + rest)
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


def _versions() -> str:
    """What a recorded program depends on besides its pattern: the interpreter and both engines."""
    sre = getattr(_re_compiler, "_sre", None)
    return (f"{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{getattr(sre, 'MAGIC', 0)}"
            f"-regex{regex.__version__}-v{_FORMAT}")


def cache_file() -> Path | None:
    """Where this installed copy keeps its patterns; None without a home to keep them in."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home folder (`~` left as it is): nowhere to keep a cache
        return None
    checkout = hashlib.blake2b(str(_PACKAGE).encode(), digest_size=6).hexdigest()  # one file per installed copy
    return Path(base) / "vnplan" / f"patterns-{_versions()}-{checkout}.marshal"


def sources_hash() -> str:
    """A hash of the pipeline's sources and models: the patterns they compile are these files' text."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in (_PACKAGE, _MODELS):
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".txt", ".json")):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _usable() -> bool:
    """The libraries' caches are laid out as this module expects (CPython 3.11's `re`, `regex` 2024+)."""
    return (_re_compiler is not None and isinstance(getattr(re, "_cache", None), dict)
            and hasattr(_re_compiler, "_sre") and all(isinstance(getattr(_regex_main, name, None), dict)
                                                       for name in ("_cache", "_named_args", "_locale_sensitive")))


def _make_room() -> None:
    """Let `re`'s and `regex`'s caches hold every pattern of the pipeline (see `_ROOM`)."""
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), _ROOM)
    _regex_main._MAXCACHE = max(getattr(_regex_main, "_MAXCACHE", 0), _ROOM)


def load(sources: str, path: Path | None = None) -> int:
    """Put the recorded patterns into `re`'s and `regex`'s caches; how many (0 with no usable file)."""
    path = path or cache_file()
    if path is None or not _usable():
        return 0
    _make_room()
    try:
        data = marshal.loads(path.read_bytes())
        if data["sources"] != sources or data["versions"] != _versions():
            return 0
        sre, fast = _re_compiler._sre, _regex_main._regex
        built_re = [((type(p), p, flags), sre.compile(p, *args)) for p, flags, args in data["re"]]
        built_regex = [(p, flags, inline_locale, fast.compile(p, *args))
                       for p, flags, inline_locale, args in data["regex"]]
    except Exception:  # no file yet, or one this code cannot use: the patterns are compiled as usual
        return 0
    for key, compiled in built_re:
        re._cache.setdefault(key, compiled)
    version = regex.DEFAULT_VERSION
    for pattern, flags, inline_locale, compiled in built_regex:
        kind = type(pattern)
        _regex_main._cache.setdefault((pattern, kind, flags, frozenset(), version, None), compiled)
        _regex_main._named_args[(pattern, kind, flags)] = frozenset()
        _regex_main._locale_sensitive[(kind, pattern)] = inline_locale
    return len(built_re) + len(built_regex)


class _Recorder:
    """Stands in for an engine's C module while patterns compile: notes each program it is given."""

    def __init__(self, engine):
        self.engine = engine
        self.programs: dict[int, tuple] = {}  # id of a compiled pattern → (it, the arguments it was built from)

    def compile(self, pattern, *args):
        compiled = self.engine.compile(pattern, *args)
        self.programs[id(compiled)] = (compiled, _plain(args))
        return compiled

    def __getattr__(self, name):
        return getattr(self.engine, name)


def _plain(value):
    """`value` with its int subclasses (opcodes, flags) as plain ints, which `marshal` can write."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


@contextmanager
def recording(sources: str, path: Path | None = None):
    """Record the programs of the patterns compiled inside the block and write those still in the
    libraries' caches at its end to the cache file (a warm-up with no usable file does this: the
    file is written once for a given state of the sources, so it stays the size of one warm-up)."""
    path = path or cache_file()
    if path is None or not _usable():
        yield
        return
    _make_room()
    sre, fast = _Recorder(_re_compiler._sre), _Recorder(_regex_main._regex)
    _re_compiler._sre, _regex_main._regex = sre, fast
    try:
        yield
    finally:
        _re_compiler._sre, _regex_main._regex = sre.engine, fast.engine
    if sre.programs or fast.programs:
        _save(path, sources, sre.programs, fast.programs)


def _save(path: Path, sources: str, re_programs: dict, regex_programs: dict) -> None:
    re_entries = [(pattern, int(flags), re_programs[id(compiled)][1])
                  for (kind, pattern, flags), compiled in list(re._cache.items())
                  if kind in (str, bytes) and re_programs.get(id(compiled), (None,))[0] is compiled]
    regex_entries = []
    version = regex.DEFAULT_VERSION
    for (pattern, kind, flags, needed, key_version, locale), compiled in list(_regex_main._cache.items()):
        recorded = regex_programs.get(id(compiled), (None,))
        if (kind in (str, bytes) and not needed and key_version == version and locale is None
                and recorded[0] is compiled and _regex_main._locale_sensitive.get((kind, pattern)) is False):
            regex_entries.append((pattern, int(flags), False, recorded[1]))
    data = {"versions": _versions(), "sources": sources, "re": re_entries, "regex": regex_entries}
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(marshal.dumps(data))
        os.replace(temporary, path)  # whole or not at all, for runs starting beside this one
    except (OSError, ValueError):
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
