"""Long fuzz run of the readers and the whole text pipeline (hypothesis at scale).

    python tests/fuzz/fuzz.py --minutes 10

Three generators take turns: raw bytes written as .txt/.pdf/.docx and handed to the readers (which
may only return text or raise InputError), mutated corpus and wild documents, and random sequences of
the genre's pieces; each text goes through every stage and the invariants of
tests/test_properties.py are checked. A failing input is saved under tests/fuzz/crashes/ and the run
exits 1 (turn it into a regression test).
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

from pipeline.readers import InputError, read  # noqa: E402
from tests.test_properties import SOURCES, _VIETNAMESE_PIECES, _check, _mutate  # noqa: E402

CRASHES = Path(__file__).with_name("crashes")


def _save(kind: str, data: bytes) -> Path:
    CRASHES.mkdir(exist_ok=True)
    path = CRASHES / f"{kind}-{int(time.time() * 1000)}.bin"
    path.write_bytes(data)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    deadline = time.time() + args.minutes * 60
    counts = {"bytes": 0, "mutated": 0, "pieces": 0}
    tmp = Path(tempfile.mkdtemp(prefix="vnplan-fuzz-"))
    prefixes = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", "Căn cứ Nghị định số ".encode()]

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=4000), st.sampled_from([".txt", ".pdf", ".docx", ".md"]), st.sampled_from(prefixes))
    def readers(data, suffix, prefix):
        path = tmp / f"input{suffix}"
        path.write_bytes(prefix + data)
        counts["bytes"] += 1
        try:
            raw = read(path)
        except InputError:
            return
        except Exception:
            saved = _save(f"reader{suffix}", prefix + data)
            raise AssertionError(f"reader crashed; input saved to {saved}\n{traceback.format_exc()}")
        _check(raw.text)

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
            saved = _save("mutated", text.encode("utf-8", "surrogatepass"))
            raise AssertionError(f"pipeline failed; input saved to {saved}\n{traceback.format_exc()}")

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(_VIETNAMESE_PIECES, max_size=120))
    def pieces(parts):
        counts["pieces"] += 1
        text = "".join(parts)
        try:
            _check(text)
        except Exception:
            saved = _save("pieces", text.encode("utf-8"))
            raise AssertionError(f"pipeline failed; input saved to {saved}\n{traceback.format_exc()}")

    rounds = 0
    while time.time() < deadline:
        random.seed(rounds)
        for fuzz in (readers, mutated, pieces):
            try:
                fuzz()
            except AssertionError as exc:
                print(str(exc)[:3000])
                print(f"FAILED after {rounds} rounds: {counts}")
                return 1
        rounds += 1
    print(f"no failures in {args.minutes:g} minutes: {rounds} rounds, inputs tried {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
