#!/usr/bin/env python3
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = set()
for line in (root / "po" / "POTFILES.in").read_text().splitlines():
    line = line.strip()
    if line and not line.startswith("#"):
        listed.add(line)

marker = re.compile(r'\b(N_|_|C_|NC_)\(|translatable="yes"|g_dngettext|ngettext')
needed = set()
for pattern in ("src/**/*.c", "src/**/*.ui"):
    for path in root.glob(pattern):
        if marker.search(path.read_text(encoding="utf-8")):
            needed.add(str(path.relative_to(root)))

missing = sorted(needed - listed)
gone = sorted(p for p in listed if not (root / p).exists())
for path in missing:
    print(f"po/POTFILES.in lacks {path}, which has translatable strings")
for path in gone:
    print(f"po/POTFILES.in lists {path}, which does not exist")
print(f"checked {len(needed)} source files with translatable strings against "
      f"{len(listed)} entries")
sys.exit(1 if missing or gone else 0)
