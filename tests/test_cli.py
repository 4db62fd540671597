"""Tests of the ``briefing`` command line: help texts, and errors for bad article ids.

The console script and ``python -m analysis`` are run as the user runs them, in a
subprocess. A full ``render`` run is in ``test_briefing.py`` (slow).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BRIEFING = Path(sys.executable).parent / "briefing"


def _run(*args: str, tmp_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("args", [["--help"], ["render", "--help"]])
def test_console_script_help(args: list[str]) -> None:
    if not BRIEFING.exists():
        pytest.skip(f"{BRIEFING} is not installed (pip install -e .)")
    done = subprocess.run([str(BRIEFING), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "usage: briefing" in done.stdout


def test_module_help() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "render" in done.stdout


def test_render_help_names_the_options() -> None:
    done = _run("render", "--help")
    assert done.returncode == 0
    for option in ("--out", "--facts-source", "--language", "--param", "--no-pdf"):
        assert option in done.stdout


def test_unknown_article_id_exits_2_listing_known_ids(tmp_path: Path) -> None:
    done = _run("render", "no-such-article", "--out", str(tmp_path))
    assert done.returncode == 2
    assert "unknown article id 'no-such-article'" in done.stderr
    assert "seed" in done.stderr
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("bad", ["../etc", "..", "Seed"])
def test_bad_article_id_exits_2(bad: str, tmp_path: Path) -> None:
    done = _run("render", bad, "--out", str(tmp_path))
    assert done.returncode == 2, done.stderr
    assert "error:" in done.stderr
    assert not any(tmp_path.iterdir())


def test_unknown_parameter_exits_2(tmp_path: Path) -> None:
    done = _run("render", "seed", "--out", str(tmp_path), "-p", "no_such_parameter=1")
    assert done.returncode == 2
    assert "no_such_parameter" in done.stderr and "article_id" in done.stderr
