"""Which inputs need work: compare the files found with the manifest of the previous run, give each
file its doc_id stem, and decide which earlier rows go (only those of files proven gone)."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .discover import Discovery, os_path_of, printable
from .records import Fingerprint, InputFile


@dataclass
class Plan:
    todo: list[InputFile] = field(default_factory=list)       # new, changed or refused: process
    reuse: list[str] = field(default_factory=list)            # unchanged: keep their rows
    stale: list[str] = field(default_factory=list)            # paths whose earlier rows go
    retouch: dict[str, Fingerprint] = field(default_factory=dict)  # same content, new stat: update the manifest
    fingerprints: dict[str, Fingerprint] = field(default_factory=dict)  # manifest row of each todo file
    stems: dict[str, str] = field(default_factory=dict)       # doc_id stem of every readable file found

    @property
    def unchanged(self) -> bool:
        return not self.todo and not self.stale and not self.retouch


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan(found: Discovery, previous: dict[str, Fingerprint], error_paths=frozenset(), full: bool = False) -> Plan:
    """A file is reused when its size, times, inode and stem match the manifest; when only its
    times or inode moved its content is hashed, and a file whose bytes did not change keeps its rows.
    Earlier rows go only for files read again or proven gone (`Discovery.covers` and no longer on
    disk); error rows of folders follow the same rule."""
    result = Plan()
    current = {f.path for f in found.files}
    # The same file given another way (`/data/in/a.txt` after `in/a.txt`): its rows move, its id stays.
    by_abs = {fp.abs_path: path for path, fp in previous.items()}
    moved: dict[str, str] = {}
    for f in found.files:
        old = by_abs.get(f.abs_path)
        if old is not None and f.path not in previous and old not in current:
            moved[old] = f.path
    gone = [path for path, fp in previous.items()
            if path not in current and path not in moved and found.covers(fp.abs_path)
            and not os.path.lexists(os_path_of(fp.abs_path))]
    result.stale.extend(gone)
    result.stale.extend(moved)
    kept = {path: fp for path, fp in previous.items() if fp.stem and path not in gone and path not in moved}
    kept.update((new, previous[old]) for old, new in moved.items() if previous[old].stem)
    result.stems = assign_stems([f for f in found.files if not f.refusal], kept)

    for f in found.files:
        st = _stat(f)
        if st is None:
            result.todo.append(f)  # gone since discovery: opening it gives its error row
            if f.path in previous:
                result.stale.append(f.path)
            continue
        stem = result.stems.get(f.path, "")
        now = Fingerprint(st.st_size, st.st_mtime_ns, "", stem, st.st_ctime_ns, st.st_ino, f.abs_path)
        before = None if full else previous.get(f.path)
        if before and _same_stat(before, now):
            result.reuse.append(f.path)
            continue
        if before and before.sha256 and before.size == now.size and before.stem == stem and not f.refusal:
            # Only times or inode moved (a copy, a restore, `touch`): the content decides.
            try:
                if sha256_of(f.os_path) == before.sha256:
                    result.reuse.append(f.path)
                    result.retouch[f.path] = now._replace(sha256=before.sha256)
                    continue
            except OSError:
                pass
        result.fingerprints[f.path] = now  # the worker fills in sha256 from the bytes it reads
        result.todo.append(f)
        if f.path in previous:
            result.stale.append(f.path)

    # Error rows without a manifest row (folders that could not be searched): they go when this run
    # looked at the same place again.
    looked_again = current | {e.path for e in found.errors}
    for path in sorted(set(error_paths) - set(previous) - set(result.stale)):
        where = os.path.abspath(os_path_of(path))
        if path in looked_again or (found.covers(printable(where))
                                    and (not os.path.lexists(where) or os.path.isdir(where))):
            result.stale.append(path)
    # Largest files first: the last to finish are then small ones, so no worker idles long at the end
    # while another still reads a large file (the tables do not depend on the order files are read in).
    result.todo.sort(key=lambda f: result.fingerprints[f.path].size if f.path in result.fingerprints else 0,
                     reverse=True)
    return result


def assign_stems(files: list[InputFile], kept: dict[str, Fingerprint]) -> dict[str, str]:
    """doc_id stem per file: a file keeps the stem an earlier run gave it (`kept`, by path); a new
    file gets its file stem when no other input has it, else its path relative to the common folder
    of the files sharing that stem (`x/a/plan.txt` and `y/a/plan.txt`; `plan.pdf` and `plan.docx`)."""
    stems = {f.path: kept[f.path].stem for f in files if f.path in kept}
    holder = {fp.stem: fp.abs_path for fp in kept.values()}
    taken = set(holder)
    new_by_stem: dict[str, list[InputFile]] = {}
    for f in files:
        if f.path not in stems:
            new_by_stem.setdefault(Path(f.path).stem, []).append(f)
    for stem, group in new_by_stem.items():
        if len(group) == 1 and stem not in taken:
            stems[group[0].path] = stem
            taken.add(stem)
            continue
        sharing = [f.abs_path for f in group] + ([holder[stem]] if stem in holder else [])
        common = os.path.commonpath(sharing) if len(sharing) > 1 else os.path.dirname(sharing[0])
        for f in group:
            qualified = Path(os.path.relpath(f.abs_path, common)).as_posix()
            candidate, n = qualified, 1
            while candidate in taken:  # the same relative path under the roots of two runs
                n += 1
                candidate = f"{qualified}~{n}"
            stems[f.path] = candidate
            taken.add(candidate)
    return stems


def _stat(f: InputFile) -> os.stat_result | None:
    """The file's stat; a refused link, or a dangling one, is known by the link itself."""
    try:
        return os.lstat(f.os_path) if f.refusal else os.stat(f.os_path)
    except FileNotFoundError:
        try:
            return os.lstat(f.os_path)
        except OSError:
            return None
    except OSError:
        return None


def _same_stat(before: Fingerprint, now: Fingerprint) -> bool:
    return (before.size, before.mtime_ns, before.ctime_ns, before.inode, before.stem) == \
        (now.size, now.mtime_ns, now.ctime_ns, now.inode, now.stem)
