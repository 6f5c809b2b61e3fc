"""Where outputs live, and how a new set of them is published as a whole.

    OUT/documents.csv  -> .vnplan/current/documents.csv      (one link per output file, never moved)
    OUT/vnplan.duckdb  -> .vnplan/current/vnplan.duckdb
    OUT/.vnplan/current -> gen-20261201T150102-4242         (the published generation)
    OUT/.vnplan/gen-…/                                      (every output file of one run)
    OUT/.vnplan/staging-…/                                  (a run at work; becomes a generation)
    OUT/.vnplan/lock                                        (lock.py)

Users open the stable paths OUT/documents.csv …; each is a relative symbolic link through
`.vnplan/current`, so the one `rename` that points `current` at a new generation switches every table
and every format at once: a reader, or a run killed at any instant, sees the old set or the new set,
never a mix. Formats a run does not write are not in its generation: after the switch their links
resolve to nothing and are removed. Every file, and every folder entry on the way, is fsync'd before
the switch, and the switch itself after it, so a power cut cannot undo the order either.
"""
from __future__ import annotations

import os
import shutil
import secrets
import time
from pathlib import Path

from .faults import checkpoint
from .schema import DEFAULT_FORMATS, DUCKDB_NAME, TABLES, XLSX_NAME

STATE_DIR = ".vnplan"
CURRENT = "current"
GENERATION_PREFIX = "gen-"
STAGING_PREFIX = "staging-"
LEGACY_STAGING_PREFIX = ".vnplan-tmp-"  # staging folders of versions that wrote into OUT directly
LINK_SUFFIX = ".vnplan-new"


def output_names(formats) -> list[str]:
    """The files a set of formats writes into OUT."""
    names = [f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet") if ext in formats]
    if "xlsx" in formats:
        names.append(XLSX_NAME)
    if "duckdb" in formats:
        names.append(DUCKDB_NAME)
    return names


ALL_OUTPUT_NAMES = output_names(DEFAULT_FORMATS)


def state_dir(out: Path) -> Path:
    return out / STATE_DIR


def current_generation(out: Path) -> Path | None:
    """The published generation's folder, resolved once (a reader that keeps this path reads one
    consistent set even if a run publishes meanwhile); None for a folder without generations."""
    link = state_dir(out) / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    folder = link.parent / target
    return folder if folder.is_dir() else None


def _link_target(name: str) -> str:
    return f"{STATE_DIR}/{CURRENT}/{name}"


def is_published(out: Path, names: list[str]) -> bool:
    """OUT shows exactly `names` of our outputs, each through `current` to an existing file, and
    holds nothing else of ours (no other generation, no staging: a run at work or one that died)."""
    current = current_generation(out)
    if current is None or any(p.name.startswith((STAGING_PREFIX, GENERATION_PREFIX)) and p != current
                              for p in state_dir(out).iterdir()):
        return False
    for name in ALL_OUTPUT_NAMES:
        path = out / name
        try:
            target = os.readlink(path)
        except FileNotFoundError:
            if name in names:
                return False
            continue
        except OSError:  # a regular file: written by an older version, or replaced by hand
            return False
        if name not in names or target != _link_target(name) or not path.exists():
            return False
    return True


def new_staging(out: Path) -> Path:
    # mkdir, not mkdtemp: the folder becomes the published generation, readable as the umask allows.
    folder = state_dir(out) / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir()
    return folder


def clear_leftovers(out: Path) -> None:
    """Remove what killed runs left behind: staging folders, generations no longer current, link
    files half made. Only called while holding the lock, so never another run's work."""
    state = state_dir(out)
    current = current_generation(out)
    for path in state.iterdir():
        if path.name.startswith(STAGING_PREFIX) or (
                path.name.startswith(GENERATION_PREFIX) and (current is None or path.name != current.name)):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name == CURRENT + LINK_SUFFIX:
            path.unlink(missing_ok=True)
    for path in out.iterdir():
        if path.name.startswith(LEGACY_STAGING_PREFIX):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.endswith(LINK_SUFFIX) and path.is_symlink():
            path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_with_link(path: Path, target: str) -> None:
    temp = path.with_name(path.name + LINK_SUFFIX)
    temp.unlink(missing_ok=True)
    try:
        os.symlink(target, temp)
    except OSError as exc:
        if exc.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS):  # FAT, exFAT, some shares
            raise OSError(exc.errno, "this filesystem has no symbolic links, which the outputs are published "
                                     "through; choose an --out on another disk") from None
        raise
    os.replace(temp, path)


def publish(out: Path, staging: Path, names: list[str]) -> Path:
    """Make the files `names` of `staging` the published outputs of OUT, as one switch."""
    state = state_dir(out)
    for name in names:
        _fsync(staging / name)
    _fsync(staging)
    checkpoint("publish.written")
    generation = state / f"{GENERATION_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    os.rename(staging, generation)
    try:
        _fsync(state)
        checkpoint("publish.renamed")
        # The links name `current`, not a generation: made before the switch, they show the new files
        # exactly when it happens. A link to a format the old generation lacks resolves to nothing
        # until then, which readers take as "not written".
        for name in names:
            path = out / name
            if not (path.is_symlink() and os.readlink(path) == _link_target(name)):
                _replace_with_link(path, _link_target(name))
        _fsync(out)
        checkpoint("publish.linked")
        _replace_with_link(state / CURRENT, generation.name)
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)  # never published: the old set stays current
        raise
    _fsync(state)
    checkpoint("publish.switched")
    try:
        _remove_superseded(out, generation, names)
    except OSError:
        pass  # the new set is published; the next run removes what is left
    return generation


def _remove_superseded(out: Path, generation: Path, names: list[str]) -> None:
    """After the switch: links of formats this run did not write, files of older versions, and the
    previous generation go. Readers that opened old files keep reading them."""
    for name in ALL_OUTPUT_NAMES:
        path = out / name
        if name not in names and (path.is_symlink() or path.is_file()):
            path.unlink(missing_ok=True)
    _fsync(out)
    for path in state_dir(out).iterdir():
        if path.name.startswith(GENERATION_PREFIX) and path.name != generation.name:
            shutil.rmtree(path, ignore_errors=True)
