#!/usr/bin/env python3
# What `meson compile rebound-pot` does, into a temporary folder: xgettext
# over po/POTFILES.in with the glib preset's keywords. The template must
# come out without errors, hold plural entries, and every string marked
# with a count (g_dngettext, ngettext) must have its plural.
#
# Usage: check-pot.py SOURCE_ROOT

import os
import re
import subprocess
import sys
import tempfile

# meson's i18n.gettext(preset: 'glib') arguments, as of meson 1.0
GLIB_PRESET = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]


def main():
    root = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'rebound.pot')
        result = subprocess.run(
            ['xgettext', '--package-name=rebound', '-p', tmp,
             '-f', os.path.join(root, 'po', 'POTFILES.in'), '-D', root,
             '-k_', '-o', 'rebound.pot'] + GLIB_PRESET,
            capture_output=True, text=True,
            env=dict(os.environ,
                     GETTEXTDATADIRS=os.path.join(root, 'po') + ':' +
                     os.environ.get('GETTEXTDATADIRS', '')))
        sys.stdout.write(result.stdout)
        sys.stdout.write(result.stderr)
        if result.returncode != 0:
            print(f'xgettext failed with status {result.returncode}')
            return 1

        with open(pot, encoding='utf-8') as f:
            text = f.read()

    n_messages = len(re.findall(r'^msgid ', text, re.M)) - 1
    n_plurals = len(re.findall(r'^msgid_plural ', text, re.M))
    print(f'rebound.pot: {n_messages} messages, {n_plurals} with plural forms')

    problems = []
    if n_messages < 100:
        problems.append('fewer than 100 messages: is POTFILES.in read?')
    if n_plurals == 0:
        problems.append('no plural forms: are g_dngettext/ngettext extracted?')
    if 'msgid_plural "%u session"' in text and '"%u sessions"' not in text:
        problems.append('"%u session" without its plural')
    # xgettext warnings are how it reports strings it cannot use well.
    if 'warning' in result.stderr.lower():
        problems.append('xgettext warned (see above)')

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
