"""Rendering briefings: run the briefing notebook for an article, then write HTML and PDF.

:func:`render_briefing` executes ``notebooks/reports/briefing.ipynb`` for one article in a
fresh ``python3`` kernel (nbclient, in this process; parameters injected after the cell
tagged ``parameters`` as papermill does), exports the result with
:class:`analysis.pdf.BriefingHTMLExporter` and prints it with headless Chromium. Everything
is written to a staging folder and moved into ``<out>/<id>/`` only when all of it
succeeded, so a failure never replaces a good report; the failed executed notebook is
kept in ``<out>/<id>/failed/`` instead. :func:`render_many` renders a batch with one
browser and reports every failure together.

For speed the work overlaps: the kernel starts first and the notebook runs in a
background thread while this one imports nbconvert, compiles the template and starts the
browser; the kernel is stopped while the outputs are written. nbformat is imported
without ``rfc3987_syntax`` (0.7 s of grammar building for a check notebooks never use),
and the kernel client does not wait for IOPub to fall silent (0.2 s). The executed
notebook carries no timings, so equal inputs give byte-identical HTML, PDF and notebook.
Rendering runs notebooks and converts them; it computes no facts.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.articles import ArticleError, is_article_path, read_article
from analysis.files import replace_dir_atomic, write_bytes_atomic, write_text_atomic

if TYPE_CHECKING:
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    from analysis.chromium import ChromiumPrinter
    from analysis.pdf import BriefingHTMLExporter

__all__ = [
    "FACTS_SOURCES",
    "LANGUAGES",
    "BatchRenderError",
    "RenderResult",
    "notebook_parameters",
    "parse_parameter",
    "render_briefing",
    "render_many",
]

LANGUAGES = ("en", "ar", "bilingual")
FACTS_SOURCES = ("curated", "extracted")
KERNEL_NAME = "python3"
#: Parameters set from render arguments, not through ``parameters``.
_RESERVED = {
    "article_id": "the article argument",
    "article_path": "the article argument (a path)",
    "facts_source": "facts_source (--facts-source)",
    "language": "language (--language)",
}


@dataclass
class RenderResult:
    """What one render wrote, and how long each step took.

    Attributes:
        article_id: the article's id (for a file, derived from its name).
        folder: ``<out>/<id>``.
        files: ``briefing.html``, ``briefing.pdf`` (when printed) and ``briefing.ipynb``.
        timings: seconds per step (``kernel_start``, ``startup``, ``execute``, ``html``,
            ``pdf``, ``total``).
    """

    article_id: str
    folder: Path
    files: list[Path]
    timings: dict[str, float] = field(default_factory=dict)


class BatchRenderError(RuntimeError):
    """Some briefings of a batch failed; the others were rendered."""

    def __init__(self, failures: dict[str, str], results: list[RenderResult]) -> None:
        lines = "\n".join(f"  {article}: {message}" for article, message in failures.items())
        super().__init__(
            f"{len(failures)} of {len(failures) + len(results)} briefings failed:\n{lines}"
        )
        self.failures = failures
        self.results = results


def parse_parameter(item: str) -> tuple[str, Any]:
    """Parse a ``name=value`` notebook parameter from the command line.

    Args:
        item: ``name=value``; the value is read as JSON (``3``, ``true``, ``["a"]``) and
            kept as a plain string when it is not JSON.

    Returns:
        The name and the value.

    Raises:
        ValueError: no ``=``, or the name is not a Python identifier.
    """
    name, sep, raw = item.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise ValueError(f"bad parameter {item!r}: use NAME=VALUE with a Python identifier as NAME")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return name, value


def notebook_parameters(notebook: Path | None = None) -> dict[str, Any]:
    """The parameters a report notebook declares, with their default values.

    Args:
        notebook: the notebook (default: the briefing notebook).

    Returns:
        Names assigned in the cell tagged ``parameters``, in order, with their literal
        defaults (``None`` where a default is not a literal).

    Raises:
        ValueError: no cell, or more than one cell, tagged ``parameters``.
    """
    path = Path(notebook or paths.BRIEFING_NOTEBOOK)
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return _declared_parameters(cells, path)


def _declared_parameters(cells: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(tagged) != 1:
        raise ValueError(f"{path}: needs exactly one cell tagged 'parameters', found {len(tagged)}")
    source = tagged[0]["source"]
    tree = ast.parse("".join(source) if isinstance(source, list) else source)
    declared: dict[str, Any] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                try:
                    declared[target.id] = ast.literal_eval(value)
                except ValueError:
                    declared[target.id] = None
    return declared


@dataclass
class _Job:
    """One briefing to render: the article, its parameters and where it goes."""

    article_id: str
    parameters: dict[str, Any]
    folder: Path
    notebook: Path
    timings: dict[str, float] = field(default_factory=dict)
    km: AsyncKernelManager | None = None


def _prepare(
    article: str | Path,
    out_dir: Path | None,
    facts_source: str | None,
    language: str,
    parameters: dict[str, Any] | None,
    notebook: Path,
) -> _Job:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of: {', '.join(LANGUAGES)}")
    if facts_source is not None and facts_source not in FACTS_SOURCES:
        raise ValueError(
            f"unknown facts source {facts_source!r}; use one of: {', '.join(FACTS_SOURCES)}"
        )
    values: dict[str, Any]
    text = read_article(article)
    if is_article_path(article):
        values = {
            "article_id": text.id,
            "article_path": str(text.path.resolve()),
            "facts_source": facts_source or "extracted",
        }
    else:
        values = {"article_id": text.id, "facts_source": facts_source or "curated"}
    values["language"] = language
    declared = _declared_parameters(_read_cells(notebook), notebook)
    for name, value in (parameters or {}).items():
        if name in _RESERVED:
            raise ValueError(f"parameter {name!r} is set through {_RESERVED[name]}")
        values[name] = value
    unknown = [name for name in values if name not in declared]
    if unknown:
        raise ValueError(
            f"unknown notebook parameter(s) {', '.join(map(repr, unknown))}; "
            f"{notebook.name} declares: {', '.join(declared) or 'none'}"
        )
    for name, value in values.items():
        _check_literal(name, value)
    root = Path(out_dir).expanduser().resolve() if out_dir is not None else paths.reports_dir()
    return _Job(text.id, values, root / text.id, notebook)


def _check_literal(name: str, value: Any) -> None:
    try:
        same = ast.literal_eval(repr(value)) == value
    except (ValueError, SyntaxError):
        same = False
    if not same:
        raise ValueError(f"parameter {name!r}: {value!r} is not a plain JSON-like value")


@contextlib.contextmanager
def _without_rfc3987_syntax() -> Iterator[None]:
    """Keep jsonschema from importing ``rfc3987_syntax`` while nbformat loads.

    ``rfc3987_syntax`` builds a grammar at import (about 0.7 s, half the import cost of
    nbformat) only to check "iri" formats, which notebook schemas do not use.
    """
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


def _load_notebook(job: _Job) -> Any:
    with _without_rfc3987_syntax():
        import nbformat
        from nbformat.v4 import new_code_cell

    nb = nbformat.read(job.notebook, as_version=4)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    source = "# Parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in job.parameters.items())
    injected = new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    injected.id = "injected-parameters"
    nb.cells.insert(index + 1, injected)
    nb.metadata["papermill"] = {"parameters": dict(job.parameters)}
    return nb


def _start_kernel(job: _Job) -> None:
    """Start the job's kernel without waiting for it to be ready."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    started = time.perf_counter()
    # Kernelspecs of this environment only (a user-wide "python3" may run another
    # Python, without this package); its "python" is replaced by this interpreter. Curve
    # keys when the kernelspec supports them: nothing crosses the sockets in plain text.
    specs = KernelSpecManager(kernel_dirs=[str(Path(sys.prefix) / "share" / "jupyter" / "kernels")])
    km = AsyncKernelManager(
        kernel_name=KERNEL_NAME,
        kernel_spec_manager=specs,
        transport_encryption="auto",
        client_factory=_prompt_client_class(),
    )
    try:
        _check_kernel_interpreter(km.kernel_spec.argv)
        run_sync(km.start_kernel)(
            cwd=str(job.notebook.parent), extra_arguments=["--HistoryManager.hist_file=:memory:"]
        )
    except NoSuchKernel:
        raise RuntimeError(
            f"no Jupyter kernel named {KERNEL_NAME!r}: install ipykernel in this environment "
            f"({sys.prefix})"
        ) from None
    job.km = km
    job.timings["kernel_start"] = time.perf_counter() - started


@functools.cache
def _prompt_client_class() -> type:
    """A kernel client that is ready as soon as the kernel answers on shell and IOPub.

    jupyter_client's ``wait_for_ready`` then also waits until IOPub has been silent for
    0.2 s, to drain status messages of its own requests; nbclient ignores messages of
    other requests anyway, so here that is 0.2 s of every render spent waiting.
    """
    from queue import Empty

    from jupyter_client.asynchronous import AsyncKernelClient
    from jupyter_core.utils import ensure_async

    class PromptKernelClient(AsyncKernelClient):
        async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
            while True:
                self.kernel_info()
                try:
                    reply = await ensure_async(self.shell_channel.get_msg(timeout=1))
                except Empty:
                    pass
                else:
                    if reply["msg_type"] == "kernel_info_reply":
                        try:  # IOPub is subscribed once the request's status arrives
                            await ensure_async(self.iopub_channel.get_msg(timeout=0.2))
                        except Empty:
                            pass
                        else:
                            self._handle_kernel_info_reply(reply)
                            return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

        wait_for_ready = _async_wait_for_ready  # type: ignore[assignment]

    return PromptKernelClient


def _check_kernel_interpreter(argv: list[str]) -> None:
    """Refuse a kernelspec that would run another Python than this one."""
    program = argv[0] if argv else ""
    if program in {"python", "python3", f"python{sys.version_info[0]}.{sys.version_info[1]}"}:
        return  # jupyter_client runs sys.executable for these
    if os.path.realpath(program) != os.path.realpath(sys.executable):
        raise RuntimeError(
            f"the {KERNEL_NAME!r} kernelspec of {sys.prefix} runs {program}, not this "
            f"interpreter ({sys.executable}); reinstall it with "
            f"`{sys.executable} -m ipykernel install --sys-prefix`"
        )


def _new_client(job: _Job, timeout: float) -> NotebookClient:
    with _without_rfc3987_syntax():
        from nbclient import NotebookClient

    return NotebookClient(
        _load_notebook(job),
        km=job.km,
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        record_timing=False,  # no wall-clock times: equal runs give equal notebooks
        resources={"metadata": {"path": str(job.notebook.parent)}},
    )


class _Execution(threading.Thread):
    """Runs a notebook in the background while the main thread prepares the export."""

    def __init__(self, job: _Job, client: NotebookClient) -> None:
        super().__init__(name=f"bayan-execute-{job.article_id}", daemon=True)
        self.job, self.client = job, client
        self.nb: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        started = time.perf_counter()
        try:
            self.nb = self.client.execute()
        except BaseException as error:  # re-raised in the main thread by result()
            self.error = error
        finally:
            self.job.timings["execute"] = time.perf_counter() - started

    def result(self) -> Any:
        """Wait for the notebook; on a failing cell keep it under ``failed/`` and raise."""
        from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

        self.join()
        if isinstance(self.error, CellExecutionError | CellTimeoutError | DeadKernelError):
            kept = _keep_failed(self.job, self.client.nb)
            raise RuntimeError(
                f"briefing {self.job.article_id!r}: "
                f"{_failure_summary(self.client.nb, self.error)} (executed notebook kept at {kept})"
            ) from None
        if self.error is not None:
            raise self.error
        return self.nb


def _failure_summary(nb: Any, error: Exception) -> str:
    # Numbered as in the report notebook, where the injected parameters do not exist.
    code_cells = [
        c
        for c in nb.cells
        if c.cell_type == "code" and "injected-parameters" not in c.metadata.get("tags", [])
    ]
    for number, cell in enumerate(code_cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return f"code cell {number} raised {output['ename']}: {output['evalue']}"
    first_line = str(error).strip().splitlines()[-1:] or [type(error).__name__]
    return f"execution failed: {first_line[0]}"


def _keep_failed(job: _Job, nb: Any) -> Path:
    import nbformat

    path = job.folder / "failed" / "briefing.ipynb"
    write_text_atomic(path, nbformat.writes(nb))
    return path


def _new_exporter() -> BriefingHTMLExporter:
    """Import nbconvert, build the exporter and compile its template on a tiny notebook."""
    with _without_rfc3987_syntax():
        from nbformat.v4 import new_notebook

        from analysis.pdf import BriefingHTMLExporter

    exporter = BriefingHTMLExporter()
    exporter.from_notebook_node(new_notebook())
    return exporter


def _finish(
    job: _Job, nb: Any, exporter: BriefingHTMLExporter, printer: ChromiumPrinter | None
) -> RenderResult:
    """Export, print and move the outputs into place; nothing moves unless all succeed."""
    import nbformat

    job.folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{job.article_id}.staging-", dir=job.folder.parent))
    try:
        started = time.perf_counter()
        html, _ = exporter.from_notebook_node(nb)
        write_text_atomic(staging / "briefing.html", html)
        job.timings["html"] = time.perf_counter() - started
        # The notebook is serialised while Chromium prints.
        saving = threading.Thread(
            target=lambda: write_text_atomic(staging / "briefing.ipynb", nbformat.writes(nb))
        )
        saving.start()
        names = ["briefing.html", "briefing.ipynb"]
        try:
            if printer is not None:
                started = time.perf_counter()
                pdf = printer.print_pdf(staging / "briefing.html")
                write_bytes_atomic(staging / "briefing.pdf", pdf)
                job.timings["pdf"] = time.perf_counter() - started
                names.insert(1, "briefing.pdf")
        finally:
            saving.join()
        if not (staging / "briefing.ipynb").is_file():
            raise RuntimeError(f"briefing {job.article_id!r}: could not save the executed notebook")
        replace_dir_atomic(staging, job.folder)
        if printer is None:  # a PDF of an earlier run would contradict the new HTML
            (job.folder / "briefing.pdf").unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # A stale failure next to a good report would mislead whoever debugs next.
    shutil.rmtree(job.folder / "failed", ignore_errors=True)
    return RenderResult(job.article_id, job.folder, [job.folder / n for n in names], job.timings)


def _check_chromium() -> None:
    """Fail before any work is done when there is no browser to print with."""
    from analysis.chromium import find_chromium

    find_chromium()


def _start_printer(pdf: bool) -> ChromiumPrinter | None:
    if not pdf:
        return None
    from analysis.chromium import ChromiumPrinter

    return ChromiumPrinter().start()


def _shutdown(job: _Job, client: NotebookClient | None = None) -> None:
    """Stop the job's kernel and its client's channels."""
    from jupyter_core.utils import run_sync

    if client is not None and client.kc is not None:
        with contextlib.suppress(Exception):
            client.kc.stop_channels()
    km, job.km = job.km, None
    if km is not None and km.has_kernel:
        with contextlib.suppress(Exception):
            run_sync(km.shutdown_kernel)(now=True)


def render_briefing(
    article: str | Path,
    out_dir: Path | None = None,
    facts_source: str | None = None,
    language: str = "bilingual",
    parameters: dict[str, Any] | None = None,
    pdf: bool = True,
    *,
    notebook: Path | None = None,
    timeout: float = 300.0,
) -> RenderResult:
    """Render the briefing of one article to ``<out>/<id>/briefing.{html,pdf,ipynb}``.

    Args:
        article: an article id (``"seed"``) or a path to an article text file.
        out_dir: output root (default: :func:`analysis.paths.reports_dir`).
        facts_source: ``"curated"`` or ``"extracted"`` (default: curated for an id,
            extracted for a path).
        language: ``"en"``, ``"ar"`` or ``"bilingual"``.
        parameters: other notebook parameters; each must be declared in the notebook's
            ``parameters`` cell.
        pdf: also print the PDF.
        notebook: the report notebook (default: ``notebooks/reports/briefing.ipynb``).
        timeout: seconds allowed for any one cell.

    Returns:
        The written files (HTML, PDF if asked, executed notebook) and step timings.

    Raises:
        ArticleError: invalid or unknown article id (the message lists the known ids), or
            an unreadable article file.
        ValueError: bad language or facts source, or an unknown notebook parameter.
        RuntimeError: a cell failed (the executed notebook is kept under ``failed/``), or
            printing failed; the previous report is left as it was.
    """
    started = time.perf_counter()
    notebook = Path(notebook or paths.BRIEFING_NOTEBOOK)
    job = _prepare(article, out_dir, facts_source, language, parameters, notebook)
    if pdf:
        _check_chromium()
    printer: ChromiumPrinter | None = None
    client: NotebookClient | None = None
    stopping: threading.Thread | None = None
    try:
        # The kernel is the critical path: start it first, then do everything else
        # while it boots and runs.
        _start_kernel(job)
        client = _new_client(job, timeout)
        execution = _Execution(job, client)
        execution.start()
        exporter = _new_exporter()
        printer = _start_printer(pdf)
        if printer is not None:
            printer.prepare()
        job.timings["startup"] = time.perf_counter() - started
        nb = execution.result()
        # The kernel is not needed any more: stop it while the outputs are written.
        stopping = threading.Thread(target=_shutdown, args=(job, client), daemon=True)
        stopping.start()
        result = _finish(job, nb, exporter, printer)
    finally:
        if printer is not None:
            printer.close()
        if stopping is not None:
            stopping.join()
        _shutdown(job, client)
    result.timings["total"] = time.perf_counter() - started
    return result


def _read_cells(notebook: Path) -> list[dict[str, Any]]:
    try:
        return json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    except FileNotFoundError:
        raise RuntimeError(f"report notebook {notebook} does not exist") from None


def render_many(
    articles: Iterable[str | Path],
    out_dir: Path | None = None,
    facts_source: str | None = None,
    language: str = "bilingual",
    parameters: dict[str, Any] | None = None,
    pdf: bool = True,
    *,
    notebook: Path | None = None,
    timeout: float = 300.0,
) -> list[RenderResult]:
    """Render several briefings with one browser, each in a fresh kernel.

    Every article is checked before anything runs. The next article's kernel starts
    while the current one is exported and printed. A failing briefing does not stop
    the batch; failures are reported together at the end.

    Args:
        articles: article ids or paths.
        out_dir: output root (default: :func:`analysis.paths.reports_dir`).
        facts_source: as for :func:`render_briefing`.
        language: as for :func:`render_briefing`.
        parameters: as for :func:`render_briefing`, the same for every article.
        pdf: also print PDFs.
        notebook: the report notebook (default: the briefing notebook).
        timeout: seconds allowed for any one cell.

    Returns:
        One result per article, in order.

    Raises:
        ArticleError: some articles are invalid or unknown (all are listed).
        ValueError: bad language, facts source or parameters.
        BatchRenderError: some briefings failed; ``results`` holds the others.
    """
    notebook = Path(notebook or paths.BRIEFING_NOTEBOOK)
    jobs: list[_Job] = []
    problems: list[str] = []
    for article in articles:
        try:
            jobs.append(_prepare(article, out_dir, facts_source, language, parameters, notebook))
        except ArticleError as error:
            problems.append(str(error))
    if problems:
        raise ArticleError("\n".join(problems))
    ids = [job.article_id for job in jobs]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"articles repeat the output id(s) {', '.join(repeated)}")
    if pdf:
        _check_chromium()
    results: list[RenderResult] = []
    failures: dict[str, str] = {}
    printer = _start_printer(pdf)
    try:
        exporter: BriefingHTMLExporter | None = None
        following: _Execution | None = None
        if jobs:
            _start_kernel(jobs[0])
            following = _Execution(jobs[0], _new_client(jobs[0], timeout))
            following.start()
        for position, job in enumerate(jobs):
            started = time.perf_counter()
            execution, following = following, None
            assert execution is not None
            if exporter is None:
                exporter = _new_exporter()
            try:
                nb = execution.result()
            except RuntimeError as error:
                nb, failures[job.article_id] = None, str(error)
            finally:
                _shutdown(job, execution.client)
            if position + 1 < len(jobs):
                upcoming = jobs[position + 1]
                _start_kernel(upcoming)
                following = _Execution(upcoming, _new_client(upcoming, timeout))
                following.start()
            if nb is not None:
                try:
                    result = _finish(job, nb, exporter, printer)
                except RuntimeError as error:
                    failures[job.article_id] = str(error)
                else:
                    result.timings["total"] = time.perf_counter() - started
                    results.append(result)
    finally:
        if following is not None:
            following.join()
            _shutdown(following.job, following.client)
        for job in jobs:
            _shutdown(job)
        if printer is not None:
            printer.close()
    if failures:
        raise BatchRenderError(failures, results)
    return results
