#!/usr/bin/env python3
# Runs `appstreamcli validate --no-net --pedantic` on the built metainfo and
# fails on every reported issue, whatever its severity, with one exception:
# the hint that the component id has an upper-case letter. The id
# io.github.rebound.Rebound is fixed by the design (DESIGN.md), like GNOME's
# own org.gnome.* ids, and changing it would move every user's settings.
#
# Also checks that every screenshot the metainfo lists exists under
# data/screenshots/ and is a PNG.
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ALLOWED = {"cid-contains-uppercase-letter"}

metainfo = pathlib.Path(sys.argv[1])
source_root = pathlib.Path(sys.argv[2])

run = subprocess.run(
    ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
    capture_output=True, text=True)
print(run.stdout, end="")
print(run.stderr, end="", file=sys.stderr)

issues = []
for line in run.stdout.splitlines():
    match = re.match(r"^([EWIP]): \S+: (\S+)", line)
    if match and match.group(2) not in ALLOWED:
        issues.append(line)

failed = bool(issues) or run.returncode != 0
for line in issues:
    print(f"not allowed: {line}")

tree = ET.parse(metainfo)
shots = tree.findall("./screenshots/screenshot/image")
if not shots:
    print("the metainfo lists no screenshots")
    failed = True
for image in shots:
    name = image.text.strip().rsplit("/", 1)[-1]
    path = source_root / "data" / "screenshots" / name
    if not path.is_file():
        print(f"screenshot {name} is listed but {path} does not exist")
        failed = True
    elif path.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        print(f"screenshot {path} is not a PNG file")
        failed = True
    else:
        print(f"screenshot {name}: ok")

sys.exit(1 if failed else 0)
