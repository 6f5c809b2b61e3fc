"""`vnplan` command line: extract, evaluate, calendar, report."""
from __future__ import annotations

import json
import sys
import threading
import time
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .entry import DEFAULT_OUT, INTERRUPTED, INTERRUPTED_CODE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Vietnamese administrative plans (Kế hoạch, Công văn, Quyết định …) into tables: "
         "document metadata, section tree, citations, deadlines and responsible parties.",
)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


# `--format`'s choices in the order the store writes them (its DEFAULT_FORMATS), spelled here so that
# the command checks them before it imports the store: pyarrow and DuckDB are needed once rows arrive.
FORMATS = ("csv", "parquet", "xlsx", "duckdb")


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _open_store(out: Path, full: bool):
    """The run's store in OUT (store.Store), or OutputError saying why it cannot be opened."""
    from . import store

    try:  # even with --full: the rows of inputs this run does not cover stay
        return store.Store(out, full=False)
    except store.OutputError as exc:
        if not full:
            raise
        # --full is also the way out of a store that cannot be opened: start a new one.
        _err(f"vnplan: {exc}; --full starts a new store: rows of inputs not given to this run are not kept")
        return store.Store(out, full=True)


def _output_error() -> type:
    """The store's OutputError class, imported once the store is (the except clause of `extract`)."""
    from .store import OutputError

    return OutputError


class _StoreOpening:
    """`_open_store` on a thread of its own, so that the workers start while the store opens."""

    def __init__(self, out: Path, full: bool):
        self._store = self._error = None
        self._thread = threading.Thread(target=self._open, args=(out, full), name="vnplan-store", daemon=True)
        self._thread.start()

    def _open(self, out: Path, full: bool) -> None:
        try:
            self._store = _open_store(out, full)
        except BaseException as exc:  # handed to the main thread by result()
            self._error = exc

    def result(self):
        """The open store; raises what opening it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._store

    def settle(self):
        """The store if it opened (to discard after a failure elsewhere), else None."""
        self._thread.join()
        return self._store


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files or folders to read (folders are searched recursively). "
                                                 "Reads .txt, .md, .pdf, .docx, .html/.htm, .doc/.odt/.rtf when LibreOffice "
                                                 "is installed, and scanned pages (.png, .jpg, .tif) with Tesseract."),
    out: Path = typer.Option(Path(DEFAULT_OUT), "--out", "-o", help="Folder to write the tables into (created if missing)."),
    workers: int = typer.Option(0, "--workers", "-w", help="How many processes read files in parallel; 0 means one per CPU core."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="'local' runs worker processes on this machine; "
                                                                  "'dask' runs the same work on a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: address of an existing "
                                                                       "Dask scheduler (tcp://host:8786). Without it a local cluster is started."),
    formats: str = typer.Option(",".join(FORMATS), "--format", help="Comma-separated output formats: "
                                                                            "csv, parquet, xlsx, duckdb."),
    timeout_per_file: float = typer.Option(10.0, "--timeout-per-file", help="Seconds one file may take before its "
                                                                          "worker is stopped and the file skipped with an error row (0 = no limit)."),
    max_bytes: int = typer.Option(100_000_000, "--max-bytes", help="Files larger than this many bytes are skipped "
                                                                   "with an error row (a DOCX may also unpack to at most this much)."),
    follow_symlinks: bool = typer.Option(False, "--follow-symlinks", help="Read symbolic links that lead out of the "
                                                                          "folders given (by default they get an error row)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar on stderr "
                                                                                   "(default: when more than 5 files and stderr is a terminal)."),
    full: bool = typer.Option(False, "--full", help="Re-read every input instead of reusing the rows of files "
                                                    "that have not changed since the last run into OUT."),
    timings: bool = typer.Option(False, "--timings", help="Print the CPU seconds spent in each stage (summed over files and workers)."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", metavar="MODE", help="When pages are read by OCR (Tesseract): 'auto' for "
                                                           "scans, page images and unusable PDF text layers; "
                                                           "'always' for every PDF page; 'never'."),
    registry: Optional[Path] = typer.Option(None, "--registry", help="A TSV of laws, codes and ordinances of your own "
                                                                     "(the columns of models/legal_registry.tsv), added to "
                                                                     "the project's registry to resolve names cited without number."),
) -> None:
    """Extract every table from the inputs into OUT (CSV, Parquet, XLSX and vnplan.duckdb).

    Runs are incremental: files already in OUT's store with the same size, times and content are not
    read again; rows of files that are gone from a folder searched in full are dropped, rows of other
    inputs kept; --full re-reads every input given."""
    import dataclasses
    import os
    import shutil
    import tempfile

    from .discover import discover
    from .records import PackedResult, RunOptions
    from .entry import start_warming

    started = time.perf_counter()
    # Usage errors: said before anything is opened or written, OUT untouched.
    problems = [f"{p}: no such file or folder" for p in paths if not os.path.lexists(p)]
    problems += [f"{p}: is the output folder (--out {out}): its tables would be read back as inputs; "
                 "write them elsewhere" for p in paths if os.path.isdir(p) and out.is_dir() and os.path.samefile(p, out)]
    if not problems:
        found = discover([str(p) for p in paths], out, follow_symlinks)
        problems += [f"{r}: no file to read in this folder (empty, or not mounted?)" for r in found.empty_roots]
    if problems:
        for problem in problems:
            _err(f"vnplan: {problem}; nothing was read or written")
        raise typer.Exit(2)
    fresh = not out.exists() or not any(out.iterdir())
    warming = engine == Engine.local and bool(found.files) and fresh
    if warming:  # a first run: the workers' set-up overlaps the main process's own start
        start_warming()

    from . import runner
    from .manifest import plan as make_plan

    chosen = tuple(f for f in FORMATS if f in {x.strip().lower() for x in formats.split(",")})
    unknown = [f.strip() for f in formats.split(",") if f.strip() and f.strip().lower() not in FORMATS]
    if unknown or not chosen:
        _err(f"vnplan: unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)
    files = found.files
    n_workers = workers if workers > 0 else runner.default_workers()
    show = progress if progress is not None else (len(files) > 5 and runner.stderr_is_tty())
    if registry is not None:
        from .citations.registry import RegistryError, load as load_registry
        try:
            load_registry(str(registry))
        except RegistryError as exc:
            _err(f"vnplan: --registry: {exc}")
            raise typer.Exit(2)
    options = RunOptions(timeout=timeout_per_file if timeout_per_file > 0 else None, max_bytes=max_bytes,
                         max_unzipped_bytes=max_bytes, follow_symlinks=follow_symlinks, ocr=ocr.value,
                         registry=str(registry) if registry is not None else None)
    for error in found.errors:
        _err(f"vnplan: {error.path}: {error.stage}: {error.message}")

    # A user's registry can change the keys of unchanged files: the run then derives them again. An
    # empty OUT has no previous run.
    if not (full or found.errors or registry is not None or fresh):
        from . import store

        previous = store.previous_manifest(out, chosen)
        if previous is not None and make_plan(found, previous).unchanged:
            _err(f"vnplan: {len(files)} files unchanged since the last run; outputs in {out} are up to date "
                 f"({time.perf_counter() - started:.1f} s; --full re-reads everything)")
            n_errors = store.count_rows(out, "errors")
            raise typer.Exit(1 if n_errors else 0)
    scratch = tempfile.mkdtemp(prefix="vnplan-run-")  # LibreOffice's files; removed whatever happens
    if engine == Engine.local or not scheduler:
        options = dataclasses.replace(options, scratch_dir=scratch)
    opening = None
    work = None
    try:
        if warming:
            # A first local run into an empty OUT: the store has no rows to reuse or forget, so the plan
            # does not wait for it, and the store (pyarrow, DuckDB: ~0.3 CPU s) opens on a thread while
            # the first files are read. Its rows are the same: none arrive before it is open.
            todo = make_plan(found, {}, full=full)
            opening = _StoreOpening(out, full)
        else:
            opening = _StoreOpening(out, full)
            opened = opening.result()
            todo = make_plan(found, opened.manifest(), opened.error_paths(), full=full)
            if todo.todo and engine == Engine.local:
                start_warming()  # the workers' set-up runs while the store forgets stale rows

        def ready():
            """The store, open and rid of the rows this run replaces, before the first rows go in."""
            nonlocal work
            if work is None:
                opened = opening.result()
                opened.forget(sorted(set(todo.stale) | {f.path for f in todo.todo}))
                opened.retouch(todo.retouch)
                work = opened
            return work

        if not warming:
            ready()
        batch: list = []
        flushed_at = [time.monotonic()]
        unanswered = [len(todo.todo)]  # files whose result has not come yet
        cores = runner.default_workers()
        stage_seconds: dict[str, float] = {}

        def collect(result: PackedResult) -> None:
            for stage, secs in result.seconds.items():
                stage_seconds[stage] = stage_seconds.get(stage, 0.0) + secs
            for error in result.errors:
                _err(f"vnplan: {error.path}: {error.stage}: {error.message}")
            for warning in result.warnings:
                _err(f"vnplan: {result.path}: warning: {warning}")
            if result.path in todo.fingerprints:  # the content hash of the bytes the worker read
                todo.fingerprints[result.path] = todo.fingerprints[result.path]._replace(sha256=result.sha256)
            batch.append(result)
            unanswered[0] -= 1
            # The run's last files: every file is out to a worker and a core is free for this process.
            tail = unanswered[0] <= n_workers and min(unanswered[0], n_workers) < cores
            # On time as well as on count: the rows left to add after the last worker stay few. Not
            # more often: each add costs DuckDB ~20 ms of CPU whatever its number of rows. In the tail
            # each result goes in as it comes, on the free core, instead of after the last worker.
            if len(batch) >= 64 or tail or time.monotonic() >= flushed_at[0] + 2.0:
                ready().add(batch, todo.fingerprints)
                batch.clear()
                flushed_at[0] = time.monotonic()

        if engine == Engine.dask:
            runner.run_dask(todo.todo, todo.stems, scheduler, n_workers, options, show, collect)
        else:
            runner.run_local(todo.todo, todo.stems, n_workers, options, show, collect)
        ready().add(batch, todo.fingerprints)
        work.add([PackedResult(path=e.path, errors=[e]) for e in found.errors])
        counts = work.finish(chosen, options.registry)
        warnings = work.warnings
    except BaseException as exc:
        left_open = opening.settle() if opening is not None else None
        if left_open is not None:
            left_open.discard()
        if isinstance(exc, _output_error()):
            _err(f"vnplan: {exc}")
            raise typer.Exit(1)
        if isinstance(exc, Exception):  # the store itself failed (out of memory, disk): say so, keep old outputs
            _err(f"vnplan: building the tables in {out} failed ({type(exc).__name__}): {exc}; "
                 "the previous outputs were left as they were")
            raise typer.Exit(1)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for warning in warnings:
        _err(f"vnplan: {warning}")
    if timings:
        total = sum(stage_seconds.values()) or 1.0
        _err("vnplan: stage CPU seconds (all workers): " + ", ".join(
            f"{stage} {secs:.2f} ({secs / total:.0%})" for stage, secs in sorted(stage_seconds.items(), key=lambda x: -x[1])))
    seconds = time.perf_counter() - started
    reused = f", {len(todo.reuse)} unchanged" if todo.reuse else ""
    _err(f"vnplan: {len(files)} files ({len(todo.todo)} read{reused}), {counts['documents']} documents, "
         f"{counts['citations']} citations ({counts['citation_index']} distinct), {counts['deadlines']} deadlines, "
         f"{counts['parties']} parties, {counts['errors']} errors in {seconds:.1f} s → {out}")
    if counts["errors"]:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: List[Path] = typer.Option(..., "--gold", help="Folder of gold JSON files (SPEC gold format); repeat it to "
                                                        "score several answer-key sets against the same output."),
    pred: Path = typer.Option(..., "--pred", help="Output folder of `vnplan extract`."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON to this file."),
    show: int = typer.Option(0, "--show", help="Print this many individual differences (misses and extras)."),
    floor: Optional[Path] = typer.Option(None, "--floor", help="JSON file of minimum scores, {set: {score: floor}} "
                                                               "(or flat for one set); exit 1 if any score falls below."),
) -> None:
    """Score an output folder against answer keys: precision / recall / F1 per table, field accuracy,
    and the identity of cited documents across documents."""
    from .evaluate import check_floor, evaluate_tables, format_report, load_tables, score_identity, set_labels, Report

    for folder in gold:
        if not folder.is_dir():
            _err(f"vnplan: gold folder {folder} does not exist")
            raise typer.Exit(2)
    if not pred.is_dir():
        _err(f"vnplan: output folder {pred} does not exist (run `vnplan extract … --out {pred}` first)")
        raise typer.Exit(2)
    tables = load_tables(pred)
    labels = set_labels(gold)
    all_scores: dict[str, dict[str, float]] = {}
    keyed: list = []
    for label, folder in zip(labels, gold):
        report = evaluate_tables(folder, tables)
        if len(gold) > 1:
            typer.echo(f"== {label} ({folder}) ==")
        typer.echo(format_report(report, show))
        all_scores[label] = report.scores()
        keyed += report.keyed_mentions
    if len(gold) > 1:
        together = Report()
        score_identity(together, keyed)
        all_scores["all"] = {"citations.identity.f1": round(together.identity.f1, 4)}
        i = together.identity
        typer.echo(f"== all sets == identity across documents F1 {i.f1:.3f}  P {i.precision:.3f}  R {i.recall:.3f}"
                   f"  (tp {i.tp}, fp {i.fp}, fn {i.fn})")
    scores = all_scores if len(gold) > 1 else all_scores[labels[0]]
    if json_out:
        json_out.write_text(json.dumps(scores, ensure_ascii=False, indent=2), encoding="utf-8")
    if floor:
        floors = json.loads(floor.read_text(encoding="utf-8"))
        nested = all(isinstance(v, dict) for v in floors.values())
        below = []
        for label, set_scores in all_scores.items():
            wanted = floors.get(label, {}) if nested else (floors if len(gold) == 1 else {})
            below += [f"{label}: {m}" for m in check_floor(set_scores, wanted)]
        if below:
            for message in below:
                _err(f"vnplan: {message}")
            raise typer.Exit(1)
        typer.echo(f"all scores at or above their floors in {floor}")


@app.command()
def calendar(
    out_dir: Path = typer.Argument(..., help="Output folder of `vnplan extract`."),
    ics: Path = typer.Option(..., "--ics", help="iCalendar file to write: one all-day event per dated deadline."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print one summary line instead of listing the "
                                                             "recurring duties that have no date."),
) -> None:
    """Write the deadlines as an iCalendar (.ics) file; recurring duties without a date are listed."""
    from .calendar_export import write_ics
    from .report import OutputError

    if not out_dir.is_dir():
        _err(f"vnplan: output folder {out_dir} does not exist (run `vnplan extract … --out {out_dir}` first)")
        raise typer.Exit(2)
    try:
        n_events, undated = write_ics(out_dir, ics)
    except FileNotFoundError as exc:
        _err(f"vnplan: {exc}")
        raise typer.Exit(2)
    except OutputError as exc:
        _err(f"vnplan: {exc}")
        raise typer.Exit(1)
    if quiet:
        typer.echo(f"{n_events} dated deadlines written to {ics}; {len(undated)} recurring duties or periods "
                   "without a date not in the calendar")
        return
    typer.echo(f"{n_events} dated deadlines written to {ics}")
    if undated:
        typer.echo(f"{len(undated)} recurring duties or periods without a date (not in the calendar):")
        for row in undated:
            what = row.get("task") or row.get("surface")
            typer.echo(f"  {row['doc_id']} [{row.get('recurrence') or '—'}] {what}")


class Language(str, Enum):
    vi = "vi"
    en = "en"


@app.command()
def report(
    out_dir: Path = typer.Argument(..., help="Output folder of `vnplan extract` (any --format: DuckDB when "
                                             "present, else Parquet or CSV)."),
    html_path: Path = typer.Option(Path("report.html"), "--html", help="Self-contained HTML report to write "
                                                                        "(opens offline in any browser)."),
    required: Optional[Path] = typer.Option(None, "--required", help="Documents every plan must cite: a CSV "
                                                                     "(column citation_key, number_symbol or the "
                                                                     "first column; optional label) or a text file, "
                                                                     "one per line, written as documents cite them "
                                                                     "(`Nghị định số 59/2023/NĐ-CP`, `Luật Đất đai "
                                                                     "2013`). Plans missing one are marked."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Also write the compliance workbook here "
                                                             "(default: compliance.xlsx next to the HTML file)."),
    lang: Language = typer.Option(Language.vi, "--lang", help="Language of the report and the workbook."),
    top: int = typer.Option(25, "--top", help="How many of the most cited documents get a column in the "
                                              "compliance matrix (after the required ones)."),
) -> None:
    """Write the HTML report (overview charts, citation network, compliance matrix, deadlines,
    responsibility matrix, unreadable files, one page per document) and compliance.xlsx."""
    import csv

    from .report import OutputError, load_requirements, prepare, write_compliance_xlsx, write_html

    if not out_dir.is_dir():
        _err(f"vnplan: output folder {out_dir} does not exist (run `vnplan extract … --out {out_dir}` first)")
        raise typer.Exit(2)
    if required is not None and not required.is_file():
        _err(f"vnplan: --required file {required} does not exist")
        raise typer.Exit(2)
    try:
        requirements = load_requirements(required) if required else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        _err(f"vnplan: cannot read --required file {required} (a UTF-8 CSV or text file is expected): {exc}")
        raise typer.Exit(2)
    try:
        built = prepare(out_dir, requirements, lang.value, top)
    except FileNotFoundError as exc:
        _err(f"vnplan: {exc} (is {out_dir} an output folder of `vnplan extract`?)")
        raise typer.Exit(2)
    for requirement in built.matrix.unmatched:
        _err(f"vnplan: warning: required document {requirement.text!r} matches no cited document "
             "(check its spelling; it is listed in the report)")
    try:
        page = write_html(built, html_path)
        workbook = write_compliance_xlsx(built, xlsx or html_path.with_name("compliance.xlsx"))
    except OutputError as exc:
        _err(f"vnplan: {exc}")
        raise typer.Exit(1)
    typer.echo(f"report written to {page} and {workbook}")


@app.callback(invoke_without_command=True)
def main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(f"vnplan {__version__}")
        raise typer.Exit(0)


def run() -> None:
    """The `vnplan` command (the console script; tests call `app` itself)."""
    try:
        app()
    except KeyboardInterrupt:
        _err(INTERRUPTED)
        sys.exit(INTERRUPTED_CODE)
    except SystemExit as exc:
        if exc.code == INTERRUPTED_CODE:  # typer turns Ctrl-C into a silent exit with this code
            _err(INTERRUPTED)
        _exit_without_teardown(exc.code)
        raise



def _exit_without_teardown(code) -> None:
    """End the process once the command is done, without the interpreter's teardown of its modules:
    after pyarrow and DuckDB are imported that takes ~0.1 s, serial after the outputs are published,
    and frees nothing the kernel does not. The exit handlers still run (multiprocessing's removes its
    temporary folder). It returns, leaving the ordinary exit to the interpreter, when the code is
    not an integer (`sys.exit("message")`) or a thread that is not a daemon is still at work."""
    import atexit
    import os

    if code is None:
        code = 0
    if not isinstance(code, int) or any(t.is_alive() and not t.daemon and t is not threading.main_thread()
                                        for t in threading.enumerate()):
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # a closed or broken pipe: nothing more can be said on it
            pass
    os._exit(code)
