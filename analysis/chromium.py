"""Headless Chromium as a PDF printer, driven over the DevTools pipe.

:class:`ChromiumPrinter` starts the system's Chromium (Debian's ``chromium`` package, never a
downloaded browser) and prints HTML files to PDF through the DevTools protocol on a pipe
(``--remote-debugging-pipe``): no network port, no Node.js driver. :meth:`~ChromiumPrinter.start`
returns while the browser boots, so rendering can start it before the notebook runs, and
one browser prints any number of documents. This module imports nothing heavy, so the
browser can be started before nbconvert is even imported.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = [
    "CHROMIUM_FLAGS",
    "ChromiumError",
    "ChromiumPrinter",
    "find_chromium",
    "normalize_pdf",
]

#: Debian's real Chromium binary; ``/usr/bin/chromium`` is a shell wrapper that execs it.
DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium"

#: Flags for a quiet, offline, throw-away headless browser. ``--no-sandbox`` because the
#: sandbox cannot start as root or in most containers; the pages printed are our own,
#: with a CSP that forbids every script.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--hide-scrollbars",
    "--font-render-hinting=none",
)

#: Fixed PDF dates (same length as Chromium's), so equal input gives equal bytes.
FIXED_PDF_DATE = b"D:20000101000000+00'00'"


#: Latin and Arabic text, regular and bold, in the fonts of the briefing template.
_WARM_UP_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri",
"DejaVu Sans", sans-serif; } [dir=rtl] { font-family: "Noto Naskh Arabic", "Noto Sans"; }
</style></head><body><p>Briefing <b>1234</b></p>
<p dir="rtl" lang="ar">مذكرات تفاهم <b>البحرين</b></p><svg width="4" height="4"></svg>
</body></html>"""


class ChromiumError(RuntimeError):
    """Chromium is missing, did not start, or failed to print."""


def find_chromium() -> str:
    """Find the Chromium executable to print with.

    Looks at ``$BAYAN_CHROMIUM``, then Debian's ``/usr/lib/chromium/chromium``, then
    ``chromium`` and ``chromium-browser`` on ``PATH``. Never downloads a browser.

    Returns:
        The path of the executable.

    Raises:
        ChromiumError: none was found.
    """
    configured = os.environ.get("BAYAN_CHROMIUM")
    if configured:
        found = shutil.which(configured)
        if not found:
            raise ChromiumError(f"BAYAN_CHROMIUM={configured!r} is not an executable file")
        return found
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumError(
        "no Chromium found to print PDFs: install Debian's browser with "
        "`apt-get install chromium`, or set BAYAN_CHROMIUM to a Chromium executable "
        "(or render with --no-pdf)"
    )


class ChromiumPrinter:
    """A headless Chromium that prints HTML files to PDF over the DevTools pipe.

    :meth:`start` returns at once while the browser boots, so it can start while the
    notebook runs; :meth:`print_pdf` then waits for it. One printer prints any number
    of documents. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, executable: str | None = None, timeout: float = 60.0) -> None:
        """Prepare a printer (nothing starts until :meth:`start`).

        Args:
            executable: Chromium to run (default: :func:`find_chromium`).
            timeout: seconds to wait for any one browser answer.
        """
        self.executable = executable
        self.timeout = timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._profile: Path | None = None
        self._to_browser = -1
        self._from_browser = -1
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._spare: tuple[str, str] | None = None

    def __enter__(self) -> ChromiumPrinter:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        """Whether the browser process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self) -> ChromiumPrinter:
        """Launch the browser without waiting for it to be ready.

        Returns:
            The printer itself.

        Raises:
            ChromiumError: no Chromium, or it cannot be executed.
        """
        if self._process is not None:
            return self
        executable = self.executable or find_chromium()
        self._profile = Path(tempfile.mkdtemp(prefix="bayan-chromium-"))
        scratch = self._profile / "tmp"
        scratch.mkdir()
        # Chromium reads commands on fd 3 and writes answers on fd 4. The pipe ends go
        # above 4 first so that the dup2 calls in the child cannot clobber each other.
        commands_read, commands_write = os.pipe()
        answers_read, answers_write = os.pipe()
        child_read = _fd_above(commands_read, 5)
        child_write = _fd_above(answers_write, 5)

        def _map_pipes() -> None:
            os.dup2(child_read, 3)
            os.dup2(child_write, 4)

        log = (self._profile / "chromium.log").open("wb")
        try:
            self._process = subprocess.Popen(
                [
                    executable,
                    *CHROMIUM_FLAGS,
                    "--remote-debugging-pipe",
                    f"--user-data-dir={self._profile / 'profile'}",
                    "about:blank",
                ],
                stdin=subprocess.DEVNULL,
                # Its scratch folders too go inside the profile, removed with it by close().
                env={**os.environ, "TMPDIR": str(scratch)},
                stdout=log,
                stderr=log,
                close_fds=False,  # every other descriptor is close-on-exec (PEP 446)
                start_new_session=True,  # its own process group, ended as one by close()
                preexec_fn=_map_pipes,  # only two dup2 calls: safe beside threads
            )
        except OSError as error:
            os.close(commands_write)
            os.close(answers_read)
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None
            raise ChromiumError(f"cannot run {executable}: {error.strerror}") from None
        finally:
            log.close()
            for fd in (commands_read, answers_write, child_read, child_write):
                os.close(fd)
        self._to_browser, self._from_browser = commands_write, answers_read
        return self

    def print_pdf(self, html_path: Path) -> bytes:
        """Print one HTML file to an A4 PDF (page size and margins from its CSS).

        Args:
            html_path: the document; it is opened as a ``file://`` URL.

        Returns:
            The PDF, with its dates fixed (see :func:`normalize_pdf`).

        Raises:
            ChromiumError: the browser died, timed out or reported an error.
        """
        target, session = self._spare or self._open_page()
        self._spare = None
        try:
            self._events.clear()
            navigation = self._call(
                "Page.navigate", {"url": Path(html_path).resolve().as_uri()}, session=session
            )
            if navigation.get("errorText"):
                raise ChromiumError(f"cannot open {html_path}: {navigation['errorText']}")
            self._wait_event("Page.loadEventFired", session)
            result = self._call(
                "Page.printToPDF",
                {
                    "printBackground": True,
                    "preferCSSPageSize": True,
                    "displayHeaderFooter": False,
                    "generateTaggedPDF": True,
                    "generateDocumentOutline": True,
                },
                session=session,
            )
        finally:
            if self.running:
                with contextlib.suppress(ChromiumError):
                    self._call("Target.closeTarget", {"targetId": target})
        return normalize_pdf(base64.b64decode(result["data"]))

    def prepare(self) -> None:
        """Wait until the browser is up and open a warmed-up page for the next print.

        The page loads a small local document set in the briefing fonts, so the
        renderer process for ``file://`` pages exists and the fonts are loaded before
        the real document comes (about 0.1 s less on the first print).
        """
        if self._spare is not None:
            return
        target, session = self._open_page()
        assert self._profile is not None
        warm_up = self._profile / "warm-up.html"
        warm_up.write_text(_WARM_UP_PAGE, encoding="utf-8")
        self._events.clear()
        self._call("Page.navigate", {"url": warm_up.as_uri()}, session=session)
        self._wait_event("Page.loadEventFired", session)
        self._spare = (target, session)

    def _open_page(self) -> tuple[str, str]:
        self.start()
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._call("Page.enable", session=attached["sessionId"])
        return target, attached["sessionId"]

    def close(self) -> None:
        """Close the browser and delete its temporary profile."""
        process, self._process = self._process, None
        self._spare = None
        if process is not None:
            # The profile is thrown away, so there is nothing to shut down gracefully:
            # killing the browser's process group ends it and all its helpers at once,
            # about 0.1 s sooner than Browser.close.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        for fd in (self._to_browser, self._from_browser):
            if fd >= 0:
                os.close(fd)
        self._to_browser = self._from_browser = -1
        self._buffer = b""
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None

    def _send(self, method: str, params: dict[str, Any], session: str | None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        try:
            while data:
                data = data[os.write(self._to_browser, data) :]
        except OSError as error:
            raise ChromiumError(
                f"Chromium is not running ({error.strerror}){self._log_tail()}"
            ) from None
        return self._next_id

    def _call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        wanted = self._send(method, params or {}, session)
        while True:
            message = self._receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise ChromiumError(f"{method} failed: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self._events.append(message)

    def _wait_event(self, method: str, session: str) -> None:
        while True:
            for event in self._events:
                if event["method"] == method and event.get("sessionId") == session:
                    self._events.clear()
                    return
            self._events.clear()
            message = self._receive()
            if "method" in message:
                self._events.append(message)

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChromiumError(f"Chromium did not answer in {self.timeout:.0f} s")
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise ChromiumError(f"Chromium exited unexpectedly{self._log_tail()}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _log_tail(self) -> str:
        log = self._profile / "chromium.log" if self._profile else None
        if log is None or not log.is_file():
            return ""
        lines = log.read_text(errors="replace").strip().splitlines()[-5:]
        return (":\n  " + "\n  ".join(lines)) if lines else ""


def _fd_above(fd: int, lowest: int) -> int:
    import fcntl

    return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, lowest)


def normalize_pdf(data: bytes) -> bytes:
    """Replace the creation and modification dates of a PDF with a fixed date.

    Chromium writes the time of printing into the document information; everything else
    it writes depends only on the input. The dates are replaced in place, byte for byte
    the same length, so the cross-reference offsets stay valid.

    Args:
        data: a PDF as Chromium prints it.

    Returns:
        The same PDF with ``/CreationDate`` and ``/ModDate`` set to 2000-01-01.
    """

    def _fix(match: re.Match[bytes]) -> bytes:
        date = match.group(2)
        fixed = FIXED_PDF_DATE[: len(date)].ljust(len(date), b"0")
        return match.group(1) + fixed + b")"

    return re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", _fix, data)
