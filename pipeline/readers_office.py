"""Ingest through LibreOffice: old Word .doc and .rtf are converted to .docx and read by the DOCX reader
(its paragraphs, tables and Word list numbers), so every office format gives the same text for the same
document. OpenDocument .odt is read in-process (pipeline/readers_odt.py, the same text); LibreOffice
converts it only when that reader fails on a file it does not know.

ODF is common in state offices (many type in LibreOffice Writer); .rtf is what document-management
systems and older Word installs export."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .readers import InputError, check_package, read_docx
from .records import RawText, RunOptions

_NAMES = {".doc": "old Word .doc", ".odt": "OpenDocument .odt", ".rtf": "RTF"}
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

_RESTART = 81  # soffice.bin's exit status after it created a fresh profile: run it again


def read_office(path: str, data: bytes, options: RunOptions | None = None) -> RawText:
    """A .doc, .odt or .rtf file: checked for its format's signature, converted to .docx by LibreOffice,
    read as DOCX."""
    options = options or RunOptions()
    suffix = Path(path).suffix.lower()
    name = _NAMES[suffix]
    _check_signature(suffix, data, options)
    warnings = []
    if suffix == ".odt":
        raw, failure = _read_odt_in_process(path, data)
        if raw is not None:
            return raw
        warnings.append(f"read through LibreOffice: the in-process .odt reader failed ({failure})")
    converted = convert_with_libreoffice(data, suffix, "docx", options)
    raw = read_docx(path, converted, options)
    if not raw.text.strip():
        raise InputError("read", f"the {name} file holds no text (LibreOffice read nothing from it; corrupt?)")
    return RawText(path=path, text=raw.text, encoding=f"{suffix[1:]} (LibreOffice)", warnings=warnings)


def _read_odt_in_process(path: str, data: bytes) -> tuple[RawText | None, str]:
    """The .odt read with lxml (pipeline/readers_odt.py); (None, why) when that reader failed on a file it should
    read (a shape it does not know), so that LibreOffice reads it instead. A file that cannot be read at all
    (corrupt, encrypted, empty) is an `InputError` at once: LibreOffice would fail on it too, a second later."""
    from .readers_odt import read_odt

    try:
        raw = read_odt(path, data)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of the in-process reader falls back to LibreOffice
        return None, f"{type(exc).__name__}: {exc}"
    if not raw.text.strip():
        raise InputError("read", "the OpenDocument .odt file holds no text")
    return raw, ""


def _check_signature(suffix: str, data: bytes, options: RunOptions) -> None:
    """Name a wrong file before LibreOffice guesses at it: it opens any bytes as a text document and
    "converts" them."""
    if suffix == ".odt":
        if not data.startswith(b"PK"):
            raise InputError("read", "not an OpenDocument .odt: the file is not a ZIP package")
        check_package(data, options.max_unzipped_bytes, "ODT")
        if _odt_mimetype(data) != _ODT_MIMETYPE:
            raise InputError("read", "not an OpenDocument text (.odt): the package is another type "
                                     "(a spreadsheet, a presentation, a DOCX renamed?)")
    elif suffix == ".rtf":
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
            raise InputError("read", "not an RTF file: it does not begin with {\\rtf")
    # .doc: Word also saves RTF or HTML under .doc, and LibreOffice reads them: no signature required.


def _odt_mimetype(data: bytes) -> bytes:
    """The package's `mimetype` member, which names its type (ODF 1.2 part 3, "MIME Type Stream")."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        try:
            return package.read("mimetype").strip()
        except KeyError:
            return b""


def convert_with_libreoffice(data: bytes, suffix: str, target: str, options: RunOptions) -> bytes:
    """The bytes of `data` (a file of type `suffix`) converted by LibreOffice to `target`.
    soffice.bin runs in a session of its own (its whole process group is killed on a timeout) and is
    killed by the kernel if this process dies; its output lives in a temporary folder inside the run's
    scratch folder, removed afterwards."""
    name = _NAMES.get(suffix, suffix)
    command = _soffice_command()
    if not command:
        raise InputError("read", f"{name} needs LibreOffice to convert it: install it "
                                 "(Debian: apt-get install libreoffice-writer-nogui) or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="vnplan-office-", dir=options.scratch_dir) as tmp:
        source = Path(tmp) / f"source{suffix}"  # a copy of the bytes read: any file name, no second open
        source.write_bytes(data)
        # One profile per worker process: a fresh profile costs LibreOffice a restart.
        profile = Path(options.scratch_dir or tmp) / f"libreoffice-profile-{os.getpid()}"
        args = [*command, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                "--convert-to", target, "--outdir", tmp, str(source)]
        for _ in range(2):
            status = _run_in_own_group(args, env=dict(os.environ, HOME=tmp, TMPDIR=tmp),
                                       timeout=options.timeout, name=name)
            if status != _RESTART:
                break
        converted = Path(tmp) / f"source.{target}"
        if not converted.exists():
            raise InputError("read", f"LibreOffice produced no .{target} for this {name} file "
                                     f"(exit status {status}; corrupt?)")
        return converted.read_bytes()


def _soffice_command() -> list[str] | None:
    """soffice.bin itself where it can be found: the `soffice` script starts it through oosplash,
    which leaves soffice.bin running when it is killed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        return None
    binary = Path(os.path.realpath(found)).with_name("soffice.bin")
    return [str(binary)] if binary.exists() else [found]


def _run_in_own_group(args: list[str], env: dict, timeout: float | None, name: str) -> int:
    from .lifeline import die_with_parent, kill_group

    parent = os.getpid()
    proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=lambda: die_with_parent(parent))
    try:
        return proc.wait(timeout=timeout)
    except BaseException as exc:  # a timeout, or this worker being stopped: the whole group goes
        kill_group(proc.pid)  # before it is reaped, so the group id cannot belong to anyone else
        proc.wait()
        if isinstance(exc, subprocess.TimeoutExpired):
            raise InputError("read", f"LibreOffice did not convert the {name} file within {timeout:g} s") from None
        raise
