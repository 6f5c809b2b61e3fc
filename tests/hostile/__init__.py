"""Builders of hostile inputs, each made the way an attacker or a broken machine would make it: real
zip packages (python-docx, zipfile), real PDF objects, real FIFOs, device links and file names the
file system accepts. `build_folder` lays one of each (plus their expected errors) into a folder."""
from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

# One paragraph of Word XML in the genre: what a bomb repeats a million times.
_PARAGRAPH = ("<w:p><w:r><w:t>Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện "
              "dân chủ trong hoạt động của cơ quan hành chính nhà nước;</w:t></w:r></w:p>").encode("utf-8")


def _docx_parts() -> dict[str, bytes]:
    """The parts of a real one-paragraph DOCX written by python-docx."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH thực hiện quy chế dân chủ ở cơ sở")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        return {name: package.read(name) for name in package.namelist()}


def zip_bomb_docx(path: Path, unpacked_bytes: int = 1_500_000_000) -> Path:
    """A DOCX whose word/document.xml inflates to `unpacked_bytes` of valid, repetitive Word XML (the
    issue's case: 1.5 GB in a ~6 MB package). Streamed into the zip: building it needs no memory."""
    parts = _docx_parts()
    document = parts.pop("word/document.xml").decode("utf-8")
    head, tail = document.split("<w:body>", 1)
    head = (head + "<w:body>").encode("utf-8")
    tail = tail.encode("utf-8")
    block = _PARAGRAPH * ((1 << 20) // len(_PARAGRAPH))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as package:
        for name, data in parts.items():
            package.writestr(name, data)
        with package.open("word/document.xml", "w", force_zip64=unpacked_bytes >= 1 << 31) as member:
            member.write(head)
            written = len(head)
            while written < unpacked_bytes:
                member.write(block)
                written += len(block)
            member.write(tail)
    return path


def lying_zip_docx(path: Path, unpacked_bytes: int = 300_000_000, declared: int = 40_000) -> Path:
    """A DOCX whose headers say word/document.xml holds `declared` bytes while its deflate stream
    inflates to `unpacked_bytes`: the sizes a reader checks before unpacking are a lie."""
    zip_bomb_docx(path, unpacked_bytes)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for signature, size_at, name_len_at, name_at in ((b"PK\x01\x02", 24, 28, 46), (b"PK\x03\x04", 22, 26, 30)):
        at = data.find(signature)
        while at != -1:  # central directory entries, then local headers
            name_len = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + name_len] == name:
                struct.pack_into("<I", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def looping_pdf(path: Path) -> Path:
    """A 427-byte PDF whose page content is a reference loop (object 4 → 5 → 4): pdfminer follows it
    for ever, and pdfplumber's close() follows it again after a timeout interrupted it."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", "5 0 R", "4 0 R"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def mixed_encoding_text(path: Path, utf8_text: str, cp1258_text: str) -> Path:
    """A Windows-1258 file (as Word saved it: tones as combining marks) with UTF-8 lines appended."""
    from tests.test_readers import _windows_1258

    path.write_bytes(_windows_1258(cp1258_text) + b"\n" + utf8_text.encode("utf-8"))
    return path


def deep_folders(root: Path, depth: int, name: str = "d" * 200) -> Path:
    """Folders nested `depth` deep through directory descriptors, so the tree can grow past what a
    path may name (PATH_MAX): what an unpacked archive or a copy loop leaves behind."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        with open(os.open("ke_hoach.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as f:
            f.write("KẾ HOẠCH\nCăn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;\n")
    finally:
        os.close(fd)
    return root


def build_folder(folder: Path, bomb_bytes: int = 1_500_000_000) -> dict[str, str]:
    """One of each hostile input in `folder`; returns file name → the errors stage expected for it."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    zip_bomb_docx(folder / "bomb.docx", bomb_bytes)
    expected["bomb.docx"] = "read"
    looping_pdf(folder / "loop.pdf")
    expected["loop.pdf"] = "timeout"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "scan"
    os.symlink("/dev/zero", folder / "zero.txt")
    expected["zero.txt"] = "scan"
    os.symlink("/dev/urandom", folder / "random.txt")
    expected["random.txt"] = "scan"
    os.symlink("/etc/passwd", folder / "passwd.txt")
    expected["passwd.txt"] = "scan"
    (folder / "junk.txt").write_bytes(zlib.compress(os.urandom(1 << 16)) * 16)
    expected["junk.txt"] = "read"
    return expected
