#!/usr/bin/env python3
# The printed week in German: `rebound --export-week` with LANGUAGE=de and
# a German locale writes a PDF whose text has the German catalogue's words
# (read from po/de.po here, not written into this test), German day names
# and decimal commas.
#
# Skips (status 77) while po/de.po is not there or not listed in
# po/LINGUAS, or when the de_DE.UTF-8 locale could not be built.
#
# Usage: check-week-pdf.py REBOUND SOURCE_ROOT

import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

# Strings the renderer always prints for the week below.
RENDERER_MSGIDS = [
    'Recovery-First Training Plan',
    'Week Totals',
    'Plan Check',
    'Nothing planned',
    'Cool-down and fuel',
]

DOCUMENT = '''{
  "format": "rebound",
  "version": 1,
  "profile": {"body_mass_kg": 70.5},
  "planned": [
    {"id": "p-1", "date": "2026-12-01", "kind": "easy", "duration_s": 3900,
     "distance_m": 10500},
    {"id": "p-2", "date": "2026-12-03", "kind": "interval", "title": "Hills",
     "duration_s": 3000, "distance_m": 8300}
  ]
}
'''


def unquote(line):
    body = line[line.index('"') + 1:line.rindex('"')]
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)),
                  body)


def read_po(path):
    """msgid -> msgstr for the translated, non-fuzzy entries without a context."""
    entries = {}
    entry = {}
    field = None
    fuzzy = False

    def finish():
        nonlocal entry, fuzzy
        if ('msgid' in entry and 'msgstr' in entry and 'msgctxt' not in entry and
                not fuzzy and entry['msgstr']):
            entries[entry['msgid']] = entry['msgstr']
        entry = {}
        fuzzy = False

    with open(path, encoding='utf-8') as po:
        for line in po:
            line = line.strip()
            if not line:
                finish()
                field = None
            elif line.startswith('#,') and 'fuzzy' in line:
                fuzzy = True
            elif line.startswith('#'):
                continue
            elif line.startswith('"') and field is not None:
                entry[field] += unquote(line)
            else:
                keyword = line.split(None, 1)[0]
                if keyword in ('msgid', 'msgstr', 'msgctxt', 'msgid_plural', 'msgstr[0]'):
                    field = 'msgstr' if keyword == 'msgstr[0]' else keyword
                    entry[field] = unquote(line)
                else:
                    field = None
        finish()
    return entries


def main():
    rebound, root = sys.argv[1], sys.argv[2]
    po = os.path.join(root, 'po', 'de.po')
    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        linguas = f.read().split()

    if not os.path.exists(po) or 'de' not in linguas:
        print('SKIP: po/de.po is not there or not listed in po/LINGUAS yet')
        return SKIP

    locpath = os.environ.get('LOCPATH', '')
    if not os.path.exists(os.path.join(locpath, 'de_DE.UTF-8', 'LC_TIME')):
        print(f'SKIP: the de_DE.UTF-8 locale could not be built into LOCPATH={locpath} '
              '(tests/i18n/build-locales.sh; Debian\'s "locales" package has the sources)')
        return SKIP

    if shutil.which('pdftotext') is None:
        print('pdftotext (poppler-utils) is missing: build-aux/install-deps installs it')
        return 1

    catalogue = read_po(po)
    expected = [catalogue[m] for m in RENDERER_MSGIDS if m in catalogue]
    if len(expected) < 3:
        print(f'po/de.po translates only {len(expected)} of the renderer\'s strings '
              f'{RENDERER_MSGIDS}')
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, 'data', 'rebound')
        os.makedirs(data)
        with open(os.path.join(data, 'rebound.json'), 'w', encoding='utf-8') as f:
            f.write(DOCUMENT)

        env = {k: v for k, v in os.environ.items() if not k.startswith('LC_')}
        env.update(LANGUAGE='de', LANG='de_DE.UTF-8', XDG_DATA_HOME=os.path.join(tmp, 'data'),
                   HOME=tmp)
        pdf = os.path.join(tmp, 'week.pdf')
        result = subprocess.run([rebound, '--export-week', '2026-12-01', '--output', pdf],
                                env=env, capture_output=True, text=True)
        sys.stdout.write(result.stdout + result.stderr)
        if result.returncode != 0:
            print(f'rebound --export-week failed with status {result.returncode}')
            return 1

        text = subprocess.run(['pdftotext', '-raw', pdf, '-'], check=True,
                              capture_output=True, text=True).stdout

    # pdftotext may break a line anywhere a column wraps
    flat = ' '.join(text.split())
    problems = []
    for words in expected:
        if ' '.join(words.split()) not in flat:
            problems.append(f'“{words}” (from po/de.po) is not in the PDF')
    # LC_TIME's day names (glibc's, not the catalogue's)
    for day in ('Dienstag', 'Donnerstag'):
        if day not in flat:
            problems.append(f'the day name “{day}” is not in the PDF')
    for number in ('10,5', '8,3'):
        if number not in flat:
            problems.append(f'the distance {number} (decimal comma) is not in the PDF')
    if re.search(r'\b(10\.5|8\.3)\b', flat):
        problems.append('a distance with a decimal point is in the PDF')

    if problems:
        print('PDF text:\n' + text)
        for problem in problems:
            print(problem)
        return 1

    print(f'the German week has {len(expected)} catalogue strings, day names and decimal commas')
    return 0


if __name__ == '__main__':
    sys.exit(main())
