"""Helpers for tests that run several desks as separate processes on one database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def desk_env() -> dict[str, str]:
    """The environment of a desk process: this checkout first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start_desk(script: str, *args: object) -> subprocess.Popen[str]:
    """A Python process running ``script`` with ``args`` (strings) as ``sys.argv[1:]``."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=desk_env(),
    )


def wait_for(paths: list[Path], procs: list[subprocess.Popen[str]], timeout: float = 120) -> None:
    """Wait until every file in ``paths`` exists (a desk says it is ready); fail early when a
    desk process has died instead."""
    deadline = time.monotonic() + timeout
    while not all(p.exists() for p in paths):
        for proc in procs:
            if proc.poll() is not None:
                out, err = proc.communicate()
                raise AssertionError(f"a desk process ended early: {err or out}")
        if time.monotonic() > deadline:
            raise AssertionError(f"desks not ready: {[p for p in paths if not p.exists()]}")
        time.sleep(0.005)
