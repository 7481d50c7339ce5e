"""A command-line writer for the fault tests: saves patients until stopped or killed.

Run as ``python -m tests.store.writer_child DB [COUNT]``. It opens the database the way every
writing command does (with the shared writer lock), prints ``ready``, then one confirmed
patient id per line, flushed right after each commit.
"""

from __future__ import annotations

import sys


def main() -> None:
    from mesodesk.cli.common import open_existing
    from mesodesk.services.dto import PatientInput
    from mesodesk.services.patients import create_patient
    from tests.factories import ACTOR

    path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
    db = open_existing(path)
    print("ready", flush=True)
    for n in range(count):
        record = create_patient(db, PatientInput(f"Writer{n}", "Child"), actor=ACTOR)
        print(record.id, flush=True)
    db.dispose()


if __name__ == "__main__":
    main()
