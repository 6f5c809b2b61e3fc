"""Long fuzz run of the readers and the whole text pipeline (hypothesis at scale).

    python tests/fuzz/fuzz.py --minutes 10
    python tests/fuzz/fuzz.py --minutes 30 --max-mb 40

Four generators take turns:
- files of real size (up to --max-mb MB) written as .txt/.md/.pdf/.docx/.doc and run the way a run
  runs them (a worker process of their own, --timeout-per-file): corpus and wild documents repeated
  to megabytes and cut or corrupted at random places, random bytes, mixed UTF-8 and Windows-1258
  lines, real DOCX zip bombs (repetitive Word XML unpacking to hundreds of MB, some with headers
  that lie about their size, some truncated), PDFs whose content loops, PDFs with bytes flipped.
  Each must give rows or exactly one errors row, never an exception, within its deadline plus the
  cost of replacing a worker;
- mutated corpus and wild documents, and random sequences of the genre's pieces, through every
  stage in this process with the invariants of tests/test_properties.py.
A failing input is saved under tests/fuzz/crashes/ and the run exits 1 (turn it into a regression test).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.discover import input_file  # noqa: E402
from pipeline.records import RunOptions  # noqa: E402
from pipeline.workers import run_one  # noqa: E402
from tests.hostile import looping_pdf, lying_zip_docx, zip_bomb_docx  # noqa: E402
from tests.test_properties import SOURCES, _VIETNAMESE_PIECES, _check, _mutate  # noqa: E402

CRASHES = Path(__file__).with_name("crashes")
TIMEOUT = 10.0
KINDS = ["repeated", "random", "mixed", "bomb", "lying_bomb", "cut_bomb", "loop_pdf", "flipped_pdf", "cut_text"]


def _save(kind: str, path: Path) -> Path:
    CRASHES.mkdir(exist_ok=True)
    saved = CRASHES / f"{kind}-{int(time.time() * 1000)}{path.suffix}"
    saved.write_bytes(path.read_bytes())
    return saved


def _real_pdf(folder: Path) -> bytes:
    from reportlab.pdfgen import canvas

    path = folder / "real.pdf"
    pdf = canvas.Canvas(str(path))
    for line, text in enumerate(SOURCES[1].split("\n")[:45]):
        pdf.drawString(40, 800 - 17 * line, text[:90])
    pdf.save()
    return path.read_bytes()


def build(kind: str, seed: int, size: int, folder: Path) -> Path:
    """One input of `kind`, about `size` bytes, written into `folder`."""
    rng = random.Random(seed)
    text = rng.choice(SOURCES)
    if kind == "repeated":
        data = (text + "\n\n").encode("utf-8") * (size // max(1, len(text.encode("utf-8"))) + 1)
        path = folder / rng.choice(["plan.txt", "plan.md"])
        path.write_bytes(data[:size])
    elif kind == "cut_text":
        data = bytearray((text + "\n").encode("utf-8") * (size // max(1, len(text.encode("utf-8"))) + 1))[:size]
        for _ in range(rng.randrange(1, 50)):  # flipped bytes cut UTF-8 sequences in half
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = folder / "plan.txt"
        path.write_bytes(bytes(data))
    elif kind == "random":
        path = folder / rng.choice(["x.txt", "x.pdf", "x.docx", "x.doc", "x.md"])
        prefix = rng.choice([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", "Căn cứ ".encode()])
        path.write_bytes(prefix + rng.randbytes(size))
    elif kind == "mixed":
        from tests.test_readers import _windows_1258

        lines = text.split("\n")
        out = bytearray()
        while len(out) < size:
            line = rng.choice(lines) + "\n"
            out += line.encode("utf-8") if rng.random() < 0.5 else _windows_1258(line)
        path = folder / "mixed.txt"
        path.write_bytes(bytes(out))
    elif kind in ("bomb", "lying_bomb", "cut_bomb"):
        unpacked = rng.choice([20, 90, 150, 400]) * 1_000_000
        path = folder / "bomb.docx"
        if kind == "lying_bomb":
            lying_zip_docx(path, unpacked, declared=rng.choice([1000, 40_000, 5_000_000]))
        else:
            zip_bomb_docx(path, unpacked)
        if kind == "cut_bomb":
            data = path.read_bytes()
            path.write_bytes(data[:rng.randrange(len(data))])
    elif kind == "loop_pdf":
        path = looping_pdf(folder / "loop.pdf")
    else:  # flipped_pdf
        data = bytearray(_real_pdf(folder))
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = folder / "flipped.pdf"
        path.write_bytes(bytes(data))
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--max-mb", type=float, default=12.0, help="largest text or binary input, in MB")
    args = parser.parse_args()
    deadline = time.time() + args.minutes * 60
    counts = {"files": 0, "errors rows": 0, "mutated": 0, "pieces": 0}
    by_kind: dict[str, int] = {}
    tmp = Path(tempfile.mkdtemp(prefix="vnplan-fuzz-"))
    options = RunOptions(timeout=TIMEOUT, max_bytes=100_000_000)
    worker = None

    @settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(KINDS), st.integers(0, 2**32), st.integers(1, int(args.max_mb * 1_000_000)))
    def files(kind, seed, size):
        nonlocal worker
        for old in tmp.iterdir():
            old.unlink()
        path = build(kind, seed, size, tmp)
        counts["files"] += 1
        by_kind[kind] = by_kind.get(kind, 0) + 1
        start = time.monotonic()
        try:
            result, worker = run_one((input_file(path), None, options), worker)
        except Exception:
            saved = _save(kind, path)
            raise AssertionError(f"the run failed on {kind}; input saved to {saved}\n{traceback.format_exc()}")
        took = time.monotonic() - start
        if len(result.errors) > 1 or (result.errors and result.documents) or took > TIMEOUT + 30:
            saved = _save(kind, path)
            raise AssertionError(f"{kind}: {len(result.errors)} errors rows, {len(result.documents)} documents, "
                                 f"{took:.1f} s; input saved to {saved}: {result.errors}")
        counts["errors rows"] += len(result.errors)

    @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(SOURCES) - 1), st.integers(0, 2**32),
           st.lists(st.sampled_from(["delete", "duplicate", "nfd", "markdown", "truncate", "break_symbol", "digits"]),
                    min_size=1, max_size=12))
    def mutated(index, seed, ops):
        counts["mutated"] += 1
        text = _mutate(SOURCES[index], seed, ops)
        try:
            _check(text)
        except Exception:
            path = tmp / "mutated.txt"
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
            saved = _save("mutated", path)
            raise AssertionError(f"pipeline failed; input saved to {saved}\n{traceback.format_exc()}")

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(_VIETNAMESE_PIECES, max_size=120))
    def pieces(parts):
        counts["pieces"] += 1
        text = "".join(parts)
        try:
            _check(text)
        except Exception:
            path = tmp / "pieces.txt"
            path.write_bytes(text.encode("utf-8"))
            saved = _save("pieces", path)
            raise AssertionError(f"pipeline failed; input saved to {saved}\n{traceback.format_exc()}")

    rounds = 0
    try:
        while time.time() < deadline:
            random.seed(rounds)
            for fuzz in (files, mutated, pieces):
                try:
                    fuzz()
                except AssertionError as exc:
                    print(str(exc)[:3000])
                    print(f"FAILED after {rounds} rounds: {counts}")
                    return 1
            rounds += 1
    finally:
        if worker is not None:
            worker.stop()
    print(f"no failures in {args.minutes:g} minutes: {rounds} rounds, inputs tried {counts}, files by kind {by_kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
