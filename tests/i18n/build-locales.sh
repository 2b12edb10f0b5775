#!/bin/sh
# Builds the locales the i18n tests run in, without root: localedef from
# the locale sources (Debian's "locales" package) into a folder of the
# build tree that the tests point LOCPATH at. A locale that cannot be
# built is reported and left out; the tests that need it then skip and
# say why. Always succeeds, so that a machine without the sources still
# builds everything else.
#
# Usage: build-locales.sh DIR STAMP LOCALE...   (LOCALE as in de_DE)
set -u
dir=$1
stamp=$2
shift 2

mkdir -p "$dir"
for locale in "$@"; do
  target=$dir/$locale.UTF-8
  if [ -f "$target/LC_CTYPE" ] && [ -f "$target/LC_TIME" ]; then
    continue
  fi
  if ! command -v localedef >/dev/null 2>&1; then
    echo "build-locales: no localedef; $locale.UTF-8 is not available to the tests" >&2
    continue
  fi
  # -c writes the locale even when its source only has warnings, and then
  # exits non-zero: what counts is whether the locale is there.
  localedef -c -i "$locale" -f UTF-8 "$target" 2>"$dir/$locale.log"
  if [ ! -f "$target/LC_CTYPE" ] || [ ! -f "$target/LC_TIME" ]; then
    echo "build-locales: could not build $locale.UTF-8 (see $dir/$locale.log;" \
         "Debian's \"locales\" package has the sources)" >&2
    rm -rf "$target"
  fi
done
date >"$stamp"
