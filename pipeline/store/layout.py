"""Where outputs live, and how a new set of them replaces the old one as a whole.

    OUT/documents.csv …             the published files: real files, what users open and copy
    OUT/.vnplan/published.json      the published set: its generation, each file's size and time;
                                    written last
    OUT/.vnplan/journal.json        a set being moved into OUT (left behind when that run was killed)
    OUT/.vnplan/staging-…/          a run at work: every file of its set, written and synced
    OUT/.vnplan/lock, readers       who may touch OUT when (lock.py)

Real files, not links into a generation folder: OUT is opened with Excel on Windows over a share,
with a file manager, copied to a USB stick. Symbolic links cannot be made on FAT, exFAT and many
SMB shares, show as small text files to Windows users of a share mounted with `mfsymlinks`, and
break when a file manager or `cp -r` copies the folder onto FAT.

Publishing: when the staging folder holds every file of the new set, synced, the journal naming
them is written and synced: that is the commit point. Then each file is renamed over its old
version (each rename is atomic, so every file anyone opens is whole), files of formats the run did
not write are removed, published.json is written, and the journal goes. A run killed before the
commit point leaves the old set (the next run removes its staging folder); after it, the next vnplan
command — a run or a reader — finishes the moves first (the journal lists them; moving again what is
already moved is a no-op). vnplan's readers read under the readers lock, which a publisher holds
exclusively from the commit point to the end, and never while a journal is open: they see one set.
A program opening the files by itself sees files of two runs only while a run moves them (a
fraction of a second) or after one was killed doing so, until the next vnplan command.
"""
from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from .faults import checkpoint
from .lock import readers_lock
from .schema import DEFAULT_FORMATS, DUCKDB_NAME, TABLES, XLSX_NAME

STATE_DIR = ".vnplan"
MARKER = "published.json"
JOURNAL = "journal.json"
STAGING_PREFIX = "staging-"
TEMP_SUFFIX = ".tmp"
# What earlier versions leave: staging folders in OUT itself, and the link layout (OUT/<name> a link
# to .vnplan/current/<name>, `current` a link to a gen-… folder), replaced by the next publication.
LEGACY_STAGING_PREFIX = ".vnplan-tmp-"
LEGACY_CURRENT = "current"
LEGACY_GENERATION_PREFIX = "gen-"
LEGACY_LINK_SUFFIX = ".vnplan-new"
# A file's time as FAT keeps it is rounded to 2 seconds.
MTIME_SLACK_NS = 2_000_000_000


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


def journal_path(out: Path) -> Path:
    return state_dir(out) / JOURNAL


@dataclass(frozen=True)
class Published:
    """What published.json says: the run that made the set, and each file's size and mtime_ns."""
    generation: str
    files: dict[str, tuple[int, int]]


def read_marker(out: Path) -> Published | None:
    try:
        data = json.loads((state_dir(out) / MARKER).read_text(encoding="utf-8"))
        return Published(data["generation"], {name: (size, mtime) for name, (size, mtime) in data["files"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _legacy_generation(out: Path) -> Path | None:
    """The current generation folder of the link layout."""
    link = state_dir(out) / LEGACY_CURRENT
    try:
        folder = link.parent / os.readlink(link)
    except OSError:
        return None
    return folder if folder.is_dir() else None


def published_folder(out_dir: str | os.PathLike) -> Path:
    """The folder holding OUT's published files: OUT itself, or the generation folder of an output
    folder written through links by an earlier version (not yet published into by this one)."""
    out = Path(out_dir)
    if read_marker(out) is not None:
        return out
    return _legacy_generation(out) or out


def is_published(out: Path, published: Published, names: list[str]) -> bool:
    """OUT shows exactly the files `names` of this published set, none changed since (size, time),
    no other output file of ours, and nothing half done (a journal, a staging folder: a run at work,
    or one that died and whose leftovers the next run removes)."""
    if set(published.files) != set(names) or any(
            p.name == JOURNAL or p.name.startswith(STAGING_PREFIX) for p in state_dir(out).iterdir()):
        return False
    for name in ALL_OUTPUT_NAMES:
        try:
            info = os.stat(out / name, follow_symlinks=False)
        except FileNotFoundError:
            if name in names:
                return False
            continue
        if name not in names or not stat.S_ISREG(info.st_mode):
            return False
        size, mtime_ns = published.files[name]
        if info.st_size != size or abs(info.st_mtime_ns - mtime_ns) > MTIME_SLACK_NS:
            return False  # replaced or edited since (Excel's "Save" over a CSV)
    return True


def new_staging(out: Path) -> Path:
    # mkdir, not mkdtemp: its files become the published ones, readable as the umask allows.
    folder = state_dir(out) / f"{STAGING_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir()
    return folder


def generation_of(staging: Path) -> str:
    return staging.name[len(STAGING_PREFIX):]


def is_committed(out: Path, staging: Path) -> bool:
    """The journal names this staging folder: its files are the published set, moved in or not."""
    try:
        return json.loads(journal_path(out).read_text(encoding="utf-8"))["staging"] == staging.name
    except (OSError, ValueError, KeyError, TypeError):
        return False


def finish_publication(out: Path) -> bool:
    """Finish the publication a killed run left (its journal), if any; True if there was one. Only
    while holding the run lock."""
    try:
        journal = json.loads(journal_path(out).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except ValueError:
        # Never whole: the journal is written beside and renamed into place, so this is not ours.
        raise OSError(errno.EINVAL, "unreadable publication journal (remove it to go on)", str(journal_path(out)))
    with readers_lock(state_dir(out), exclusive=True):
        _move_in(out, journal)
    return True


def recover(out: Path) -> None:
    """Before a run does anything else: finish an interrupted publication, then remove what killed
    runs left behind (staging folders, half-written bookkeeping). Only while holding the run lock."""
    finish_publication(out)
    state = state_dir(out)
    for path in state.iterdir():
        if path.name.startswith(STAGING_PREFIX):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.endswith(TEMP_SUFFIX):
            path.unlink(missing_ok=True)
    for path in out.iterdir():
        if path.name.startswith(LEGACY_STAGING_PREFIX):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.endswith(LEGACY_LINK_SUFFIX) and path.is_symlink():
            path.unlink(missing_ok=True)


def publish(out: Path, staging: Path, names: list[str]) -> None:
    """Make the files `names` of `staging` OUT's published set, as described above."""
    for name in names:
        target = out / name
        if target.is_dir() and not target.is_symlink():  # would stop the moves after the commit point
            raise IsADirectoryError(errno.EISDIR, "a folder stands where an output file goes", str(target))
        _fsync(staging / name)
    _fsync(staging)
    checkpoint("publish.written")
    journal = {"generation": generation_of(staging), "staging": staging.name, "names": names}
    with readers_lock(state_dir(out), exclusive=True):
        _write_json(journal_path(out), journal)
        checkpoint("publish.committed")
        _move_in(out, journal)


def _move_in(out: Path, journal: dict) -> None:
    """The moves a journal lists, the removal of other output files, then published.json. Run again
    after any interruption, it ends in the same state."""
    state = state_dir(out)
    staging = state / journal["staging"]
    names = journal["names"]
    for name in names:
        source = staging / name
        if os.path.lexists(source):
            os.replace(source, out / name)  # over a file, or over a link of the link layout
        elif not (out / name).is_file():
            raise FileNotFoundError(errno.ENOENT, "a file of the set being published has vanished", str(source))
    checkpoint("publish.moved")
    for name in ALL_OUTPUT_NAMES:
        if name not in names and os.path.lexists(out / name):
            (out / name).unlink()
    _fsync(out)
    files = {}
    for name in names:
        info = os.stat(out / name)
        files[name] = (info.st_size, info.st_mtime_ns)
    _write_json(state / MARKER, {"generation": journal["generation"], "files": files})
    _remove_link_layout(out)
    journal_path(out).unlink()
    _fsync(state)
    checkpoint("publish.done")
    shutil.rmtree(staging, ignore_errors=True)


def _remove_link_layout(out: Path) -> None:
    state = state_dir(out)
    (state / LEGACY_CURRENT).unlink(missing_ok=True)
    for path in state.iterdir():
        if path.name.startswith(LEGACY_GENERATION_PREFIX):
            shutil.rmtree(path, ignore_errors=True)


def _write_json(path: Path, data: dict) -> None:
    """Written beside, synced, renamed into place, the folder synced: whole or absent."""
    temp = path.with_name(path.name + TEMP_SUFFIX)
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    _fsync(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EOPNOTSUPP):  # some filesystems cannot sync a folder
            raise
    finally:
        os.close(fd)
