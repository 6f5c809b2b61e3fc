"""Which inputs need work: compare the files on disk with the manifest of the previous run."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field


@dataclass
class Plan:
    todo: list[str] = field(default_factory=list)          # new or changed: process
    reuse: list[str] = field(default_factory=list)         # unchanged: keep their rows
    stale: list[str] = field(default_factory=list)         # rows of files that vanished or changed
    retouch: dict[str, tuple] = field(default_factory=dict)  # same content, new time: update the manifest
    fingerprints: dict[str, tuple] = field(default_factory=dict)  # path -> (size, mtime_ns, sha256, stem)

    @property
    def unchanged(self) -> bool:
        return not self.todo and not self.stale and not self.retouch


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def plan(files: list[str], stems: dict[str, str], previous: dict[str, tuple], full: bool = False) -> Plan:
    """A file is reused when its size, modification time and doc_id stem match the manifest, or,
    if only its time changed, when its content hash still matches."""
    result = Plan()
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            result.todo.append(path)  # it will get its error row
            continue
        before = None if full else previous.get(path)
        if before and (before[0], before[1], before[3]) == (st.st_size, st.st_mtime_ns, stems[path]):
            result.reuse.append(path)
            continue
        try:
            sha = sha256_of(path) if os.path.isfile(path) else ""
        except OSError:
            sha = ""
        result.fingerprints[path] = (st.st_size, st.st_mtime_ns, sha, stems[path])
        if before and sha and before[2] == sha and before[3] == stems[path]:
            result.reuse.append(path)
            result.retouch[path] = result.fingerprints.pop(path)
            continue
        result.todo.append(path)
        if path in previous:
            result.stale.append(path)
    current = set(files)
    result.stale.extend(p for p in previous if p not in current)
    return result
