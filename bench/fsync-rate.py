#!/usr/bin/env python3
"""How many times a second this disk completes a small write followed by fsync, in DIR.

With synchronous=FULL in WAL mode, SQLite syncs the write-ahead log once per committed
transaction and commits one at a time, so this rate is the ceiling of SQLite's status changes
a second on this disk (issue 20). PostgreSQL commits many transactions per log flush, so it
can exceed the rate.
    bench/fsync-rate.py DIR [SECONDS]
"""
import os
import sys
import tempfile
import time

folder = sys.argv[1] if len(sys.argv) > 1 else "."
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
fd, path = tempfile.mkstemp(dir=folder, prefix="fsync-rate.")
try:
    block = b"x" * 4096
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        os.pwrite(fd, block, (count % 256) * 4096)
        os.fsync(fd)
        count += 1
    elapsed = time.perf_counter() - start
    print(f"fsync rate in {folder}: {count / elapsed:.0f}/s ({count} in {elapsed:.1f} s)")
finally:
    os.close(fd)
    os.unlink(path)
