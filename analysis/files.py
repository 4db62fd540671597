"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Every file Bayan produces (facts, reports, figures) goes through here, so a failed or
interrupted run never leaves a partial file where a good one is expected.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["write_bytes_atomic", "write_text_atomic", "replace_dir_atomic"]


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Args:
        path: destination; its folder is created if missing.
        data: the complete content.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def replace_dir_atomic(staging: Path, target: Path) -> None:
    """Move a fully written ``staging`` folder's files into ``target``.

    Each file is moved with :func:`os.replace`, so every file in ``target`` is at all
    times either the previous good version or the new complete one. Files of ``target``
    that ``staging`` does not have are left alone (the ``failed/`` folder among them).

    Args:
        staging: folder holding the complete new output, on the same file system.
        target: folder to update.
    """
    target.mkdir(parents=True, exist_ok=True)
    for item in sorted(staging.iterdir()):
        destination = target / item.name
        if item.is_dir():
            if destination.exists():
                shutil.rmtree(destination)
            os.replace(item, destination)
        else:
            os.replace(item, destination)
    shutil.rmtree(staging, ignore_errors=True)
