#!/usr/bin/env python3
# Every catalogue listed in po/LINGUAS compiles with `msgfmt --check`:
# the header, the plural forms and every c-format string agree with the
# source. With no language listed there is nothing to check, and that
# passes; each language is checked as soon as it is listed.
#
# Usage: check-po.py SOURCE_ROOT

import os
import subprocess
import sys
import tempfile


def languages(po_dir):
    result = []
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as linguas:
        for line in linguas:
            line = line.split('#', 1)[0]
            result.extend(line.split())
    return result


def main():
    po_dir = os.path.join(sys.argv[1], 'po')
    listed = languages(po_dir)
    failed = []

    if not listed:
        print('po/LINGUAS lists no language yet: nothing to check')
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        for lang in listed:
            po = os.path.join(po_dir, lang + '.po')
            if not os.path.exists(po):
                print(f'{lang}: listed in po/LINGUAS but po/{lang}.po does not exist')
                failed.append(lang)
                continue

            # --check is --check-format, --check-header and
            # --check-domain; --check-format is spelled out for clarity.
            result = subprocess.run(
                ['msgfmt', '--check', '--check-format', '--verbose',
                 '-o', os.path.join(tmp, lang + '.mo'), po],
                capture_output=True, text=True)
            print(f'{lang}: {result.stderr.strip()}')
            if result.returncode != 0:
                failed.append(lang)

    if failed:
        print('msgfmt --check failed for: ' + ' '.join(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
