"""Faults made real for the tests: damaged pages, cut-off files, read-only files and folders,
full disks, and a child process writing through the services until it is killed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that byte surgery hits the real pages."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def damage_a_table_page(path: Path, table: str = "patient") -> int:
    """Overwrite the body (cell pointers and rows) of a leaf page of ``table``, leaving the
    schema readable (as flipped bytes in the middle of a file do); returns its number."""
    checkpoint(path)
    with sqlite3.connect(path) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", [table]
        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    number = root
    while data[(number - 1) * page_size] == 0x05:  # interior: follow the right-most child
        start = (number - 1) * page_size
        number = int.from_bytes(data[start + 8 : start + 12], "big")
    start = (number - 1) * page_size
    assert data[start] == 0x0D and int.from_bytes(data[start + 3 : start + 5], "big") >= 1
    data[start + 8 : start + page_size] = bytes([0xA5]) * (page_size - 8)
    path.write_bytes(bytes(data))
    return number


def truncate(path: Path) -> None:
    checkpoint(path)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2 + 100)


def newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def _run(*args: str) -> bool:
    return subprocess.run(list(args), capture_output=True, check=False).returncode == 0


@contextmanager
def read_only(target: Path) -> Iterator[None]:
    """Make the file or folder ``target`` read-only for real: permissions for a normal user,
    a read-only bind mount for root (for whom permissions change nothing)."""
    if not ROOT_USER:
        mode = stat.S_IMODE(target.stat().st_mode)
        os.chmod(target, 0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            os.chmod(target, mode)
        return
    if not shutil.which("mount") or not _run("mount", "--bind", str(target), str(target)):
        pytest.skip("running as root without permission to mount: no read-only file system")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(target), str(target)):
            pytest.skip("a read-only bind mount is not allowed here")
        yield
    finally:
        _run("umount", str(target))


@contextmanager
def tiny_disk(folder: Path, size_kb: int = 256) -> Iterator[Path]:
    """A small file system at ``folder`` (root only: a tmpfs), to fill up for real."""
    folder.mkdir(parents=True, exist_ok=True)
    if not ROOT_USER or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)
    ):
        pytest.skip("a tiny file system needs root and mount")
    try:
        yield folder
    finally:
        _run("umount", str(folder))


def leftovers(folder: Path) -> list[str]:
    """Half-written files a backup or restore must never leave behind."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith((".partial", "-journal")) or ".partial" in p.name
    )
