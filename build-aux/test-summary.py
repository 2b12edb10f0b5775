#!/usr/bin/env python3
"""Summarise meson test logs as one closing line for CI.

Usage: test-summary.py TESTLOG.json [TESTLOG.json ...]

Each file is meson's meson-logs/testlog.json: one JSON object per line with
a "result" member. Results from all files are added up. Tests that did not
pass are listed first; the very last line printed is

    N passed, N failed[, N skipped]

Passed counts OK and EXPECTEDFAIL; failed counts FAIL, TIMEOUT, ERROR and
UNEXPECTEDPASS; skipped counts SKIP. A missing log file counts as no tests
(with a note on stderr).

Exit status: 0 when at least one test ran and none failed, 1 otherwise,
2 for a usage error.
"""

import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
FAILED = {"FAIL", "TIMEOUT", "ERROR", "UNEXPECTEDPASS"}
SKIPPED = {"SKIP"}


def read_log(path, counts, problems):
    try:
        f = open(path, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        print(f"test-summary: {path} does not exist (no tests ran there)",
              file=sys.stderr)
        return
    with f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                entry = json.loads(line)
                result = str(entry["result"]).upper()
            except (ValueError, KeyError, TypeError) as e:
                print(f"test-summary: {path}:{lineno}: unreadable entry ({e})",
                      file=sys.stderr)
                counts["failed"] += 1
                continue
            name = entry.get("name", "?")
            if result in PASSED:
                counts["passed"] += 1
            elif result in SKIPPED:
                counts["skipped"] += 1
            else:
                # FAILED results and anything unknown count as failures.
                counts["failed"] += 1
                problems.append(f"{result}: {name}")


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    problems = []
    for path in argv[1:]:
        read_log(path, counts, problems)

    for p in problems:
        print(p)
    line = f"{counts['passed']} passed, {counts['failed']} failed"
    if counts["skipped"]:
        line += f", {counts['skipped']} skipped"
    print(line, flush=True)

    if counts["failed"] or counts["passed"] == 0:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
