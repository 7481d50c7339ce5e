"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, one server on a
unix socket in that folder (no TCP), trust authentication, removed at the end of the run.

The server binaries come from ``$MESODESK_PG_BIN``, else ``pg_config --bindir``, else the
newest ``/usr/lib/postgresql/*/bin`` (Debian and Ubuntu), else ``initdb`` on the PATH. When none
is found the PostgreSQL runs are skipped with that reason, except when ``CI`` is set: there a
missing server fails the run (``.ci/run`` installs it).

PostgreSQL refuses to run as root: as root, the cluster belongs to the ``postgres`` system user
(the distribution's package creates it) and the binaries run as that user.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
TEMPLATE = "mesodesk_template"


def find_bindir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres, or None."""
    named = os.environ.get("MESODESK_PG_BIN")
    if named:
        return Path(named) if (Path(named) / "initdb").is_file() else None
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            out = ""
        if out and (Path(out) / "initdb").is_file():
            return Path(out)

    def version(path: str) -> int:
        part = Path(path).parent.name
        return int(part) if part.isdigit() else 0

    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def missing_reason() -> str:
    return (
        "PostgreSQL server binaries not found (install the distribution's postgresql package, "
        "or set MESODESK_PG_BIN to the folder holding initdb and pg_ctl)"
    )


@dataclass
class Cluster:
    """A running throwaway server; ``url(name)`` is the SQLAlchemy URL of one of its databases."""

    bindir: Path
    folder: Path
    port: int
    run_as: str | None
    keep: bool = False
    """A cluster in a folder given by the caller (the benchmarks' cache) is stopped, not removed."""
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, database: str) -> str:
        return (
            f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"
        )

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        user = self.run_as
        result = subprocess.run(
            list(args),
            capture_output=True,
            text=True,
            user=user,
            cwd=self.folder,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args[:2])} failed ({result.returncode}): {result.stderr or result.stdout}"
            )
        return result

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit), e.g. CREATE DATABASE."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database cloned from ``template``; returns its URL."""
        name = f"t{os.getpid()}_{next(self._counter)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)

    def empty_database(self) -> str:
        """A fresh database without any table (cloned from template0)."""
        name = f"e{os.getpid()}_{next(self._counter)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("@/", 1)[1].split("?", 1)[0]
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        mode = "fast" if self.keep else "immediate"
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "stop",
                "-D",
                str(self.folder / "data"),
                "-m",
                mode,
                "-w",
            )
        finally:
            if not self.keep:
                shutil.rmtree(self.folder, ignore_errors=True)

    def has_database(self, name: str) -> bool:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres"
        ) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        return found is not None


def start_cluster(bindir: Path, folder: Path | None = None) -> Cluster:
    """Start a server on a unix socket in ``folder`` (initdb there first if it holds no
    cluster yet); without ``folder``, in a new temporary folder that ``stop`` removes."""
    run_as = None
    keep = folder is not None
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="mesodesk-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        run_as = SUPERUSER
        entry = pwd.getpwnam(SUPERUSER)  # KeyError: no postgres user; .ci/run creates it
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    # The port only names the socket file (no TCP); a per-process number keeps parallel runs apart.
    port = 20000 + os.getpid() % 30000
    cluster = Cluster(bindir, folder, port, run_as, keep=keep)
    data = folder / "data"
    if not (data / "PG_VERSION").is_file():
        cluster._run(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
    durable = "" if keep else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{folder}' -c port={port} "
        f"{durable}-c max_connections=200 -c shared_buffers=128MB"
    )
    try:
        cluster._run(
            str(bindir / "pg_ctl"),
            "start",
            "-D",
            str(data),
            "-w",
            "-t",
            "120",
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
        )
    except Exception:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
