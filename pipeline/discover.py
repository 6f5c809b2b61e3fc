"""Which files a run reads: the paths given, folders searched recursively, and what the search
could not see (so that no earlier row is dropped on the strength of a folder that was not read)."""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .records import ErrorRow, InputFile

SKIPPED_NAMES = ("readme", "license", "licence", "changelog")
MAX_DEPTH = 64  # folders nested deeper are reported, not searched (a loop or a generated tree)

_SPECIAL_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def printable(os_path: str) -> str:
    """The path as the tables and messages show it: bytes that are not UTF-8 (which Python keeps
    as surrogate escapes) written as `\\xff`, so that every output can encode it."""
    try:
        os_path.encode("utf-8")
        return os_path
    except UnicodeEncodeError:
        return os.fsencode(os_path).decode("utf-8", "backslashreplace")


def os_path_of(shown: str) -> str:
    """Back from the printable form to the name the file system holds (`\\xff` → the byte 0xff)."""
    if "\\x" not in shown:
        return shown
    raw = re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m[1], 16)]), shown.encode("utf-8"))
    candidate = os.fsdecode(raw)
    return candidate if printable(candidate) == shown else shown


def input_file(os_path: str | os.PathLike, refusal: str = "") -> InputFile:
    """The InputFile of a path as the file system names it."""
    os_path = os.fspath(os_path)
    return InputFile(path=printable(os_path), os_path=os_path, abs_path=printable(os.path.abspath(os_path)),
                     refusal=refusal)


def special_kind(mode: int) -> str:
    """'a named pipe (FIFO)', 'a character device' … for a file that is not a regular one, else ''."""
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return ""


@dataclass
class Discovery:
    files: list[InputFile] = field(default_factory=list)  # stable order; refused ones get an errors row
    errors: list[ErrorRow] = field(default_factory=list)  # folders that could not be searched
    roots: list[str] = field(default_factory=list)  # absolute printable paths of the folders given
    unsearched: set[str] = field(default_factory=set)  # absolute printable folders not (fully) searched
    empty_roots: list[str] = field(default_factory=list)  # folders given that hold no file at all

    def covers(self, abs_path: str) -> bool:
        """True when this run searched every folder that could hold `abs_path`: a file of the
        previous run that is there no more is then proven gone."""
        if not any(abs_path == r or abs_path.startswith(r.rstrip("/") + "/") for r in self.roots):
            return False
        folder = abs_path
        while True:
            if folder in self.unsearched:
                return False
            parent = os.path.dirname(folder)
            if parent == folder:
                return True
            folder = parent


def discover(paths: list[str], out: str | os.PathLike | None = None, follow_symlinks: bool = False) -> Discovery:
    """Files to process, in a stable order. Folders are searched recursively; hidden files and
    folders, README/LICENSE files and the output folder are skipped (name such a file explicitly to
    process it). Symbolic links leading out of the folders given are refused unless
    `follow_symlinks`; pipes, devices and sockets are refused by type, before anything opens them."""
    found = Discovery()
    out_id = _identity(out) if out is not None else None
    folders = [str(Path(p)) for p in paths if os.path.isdir(p)]
    real_roots = [os.path.realpath(f) for f in folders]
    seen: set[str] = set()

    def add(os_path: str, refusal: str = "") -> None:
        if os_path not in seen:
            seen.add(os_path)
            found.files.append(input_file(os_path, refusal))

    def inside_roots(target: str) -> bool:
        return any(target == r or target.startswith(r.rstrip("/") + "/") for r in real_roots)

    for raw in paths:
        given = str(Path(raw))
        if given in folders:
            found.roots.append(printable(os.path.abspath(given)))
            if not _walk(given, found, add, inside_roots, out_id, follow_symlinks):
                found.empty_roots.append(printable(given))
        else:  # a file named explicitly is read even if it is a link (the user asked for it)
            try:
                kind = special_kind(os.stat(given).st_mode)
            except OSError:
                kind = ""  # a dangling link: opening it gives the errors row
            add(given, f"{kind}, not a regular file: not read" if kind else "")
    return found


def _walk(top: str, found: Discovery, add, inside_roots, out_id, follow_symlinks: bool) -> int:
    """Search `top`; returns how many files and unsearchable folders it met (0: an empty tree)."""
    visited: set[tuple[int, int]] = set()  # real folders already searched (links may loop)
    stack = [(top, 0)]
    met = 0

    def take(path: str, refusal: str = "") -> None:
        nonlocal met
        met += 1
        add(path, refusal)

    def not_searched(path: str, why: str = "") -> None:
        """A folder this run does not search: rows of files under it are never dropped."""
        nonlocal met
        found.unsearched.add(printable(os.path.abspath(path)))
        if why:
            met += 1
            found.errors.append(ErrorRow(path=printable(path), stage="scan", message=why))

    while stack:
        folder, depth = stack.pop()
        if depth > MAX_DEPTH:
            not_searched(folder, f"folder nested more than {MAX_DEPTH} levels deep: not searched; rows of its "
                                 "files from earlier runs are kept")
            continue
        try:
            identity = _identity(folder)
            if identity in visited:
                continue
            visited.add(identity)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            not_searched(folder, f"cannot search this folder ({exc.strerror or exc}): its files were not read; "
                                 "rows of its files from earlier runs are kept")
            continue
        subfolders = []
        for entry in entries:
            path = os.path.join(folder, entry.name)
            is_dir = _is_dir(entry)
            if entry.name.startswith("."):
                if is_dir:
                    not_searched(path)
                continue
            if entry.is_symlink():
                target = os.path.realpath(path)
                leaves = not inside_roots(target)
                if is_dir and leaves and follow_symlinks:
                    subfolders.append(path)
                elif is_dir:  # searched under its target, or refused
                    not_searched(path, f"symbolic link to the folder {printable(target)}, outside the input "
                                       "folders: not followed (--follow-symlinks searches it)" if leaves else "")
                elif leaves and not follow_symlinks:
                    take(path, f"symbolic link to {printable(target)}, outside the input folders: not read "
                               "(--follow-symlinks reads it)")
                if is_dir or (leaves and not follow_symlinks):
                    continue
            if is_dir:
                if out_id is not None and _identity(path) == out_id:
                    not_searched(path)  # our own tables: never inputs
                else:
                    subfolders.append(path)
            elif entry.name.lower().split(".")[0] not in SKIPPED_NAMES:
                take(path, _refusal_by_type(entry))
        stack.extend((sub, depth + 1) for sub in reversed(subfolders))
    return met


def _refusal_by_type(entry: os.DirEntry) -> str:
    try:
        kind = special_kind(entry.stat().st_mode)
    except OSError:
        return ""  # a dangling link inside the inputs: opening it gives the errors row
    return f"{kind}, not a regular file: not read" if kind else ""


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _identity(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
