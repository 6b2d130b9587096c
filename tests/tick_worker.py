"""A second program on the same ledger, for tests/test_concurrency.py.

    python tests/tick_worker.py DB UNIT_NAME

Prints ``ready``, waits for a line on stdin, then ticks every open cell of UNIT_NAME,
one transaction each, and prints ``ticked N failed M``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.errors import TrackerError  # noqa: E402
from tracker.ledger import Ledger  # noqa: E402


def main(db: str, unit: str) -> None:
    ledger = Ledger.open(db)
    uid = ledger.units.find(unit)
    cells = ledger.db.execute("SELECT task_id, milestone_id FROM cells WHERE unit_id=? AND done=0 "
                              "ORDER BY task_id, milestone_id", [uid]).fetchall()
    print("ready", flush=True)
    sys.stdin.readline()
    ticked = failed = 0
    for task_id, milestone_id in cells:
        try:
            ledger.progress.tick(task_id, uid, milestone_id, by=unit, now="2018-11-01T10:00:00")
            ticked += 1
        except TrackerError as exc:
            failed += 1
            print(f"error {exc}", file=sys.stderr, flush=True)
    ledger.close()
    print(f"ticked {ticked} failed {failed}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
