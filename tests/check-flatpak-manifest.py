#!/usr/bin/env python3
# check-flatpak-manifest.py: sanity checks for the Flatpak manifest
#
# Copyright The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak-manifest.py MANIFEST.json
#
# When flatpak-builder is installed, the manifest is read through
# `flatpak-builder --show-manifest` with G_DEBUG=fatal-warnings, so syntax
# errors and unknown keys fail here too. Without it (for example inside the
# Flatpak SDK during run-tests) the file is parsed as plain JSON.
#
# Exit status: 0 when every check passes, 1 on any failure, with one line per
# problem on stderr.

import json
import os
import re
import shutil
import subprocess
import sys

APP_ID = "io.github.rebound.Rebound"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
COMMAND = "rebound"

# The smallest set that works: map tiles need the network, the UI needs a
# display (Wayland, X11 only as a fallback), IPC for X11 shared memory and DRI
# for GL. Files are opened through the portals, so no filesystem access.
ALLOWED_FINISH_ARGS = {
    "--share=network",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--device=dri",
}

COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")


def load_manifest(path):
    """Return (manifest dict, how it was read). Raises RuntimeError."""
    builder = shutil.which("flatpak-builder")
    if builder is None:
        with open(path, encoding="utf-8") as f:
            return json.load(f), "read as plain JSON, flatpak-builder not found"

    env = dict(os.environ)
    env["G_DEBUG"] = "fatal-warnings"
    proc = subprocess.run(
        [builder, "--show-manifest", path],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        universal_newlines=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            "flatpak-builder --show-manifest failed (exit status {}):\n{}".format(
                proc.returncode, proc.stderr.strip()
            )
        )
    return json.loads(proc.stdout), "read with flatpak-builder --show-manifest"


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, what, detail=""):
        if ok:
            print("ok   " + what)
        else:
            message = what + (": " + detail if detail else "")
            print("FAIL " + message)
            self.failures.append(message)
        return ok


def module_name(module):
    # A module may also be a path to a separate JSON file.
    if isinstance(module, dict):
        return module.get("name")
    return None


def check_manifest(manifest, c):
    app_id = manifest.get("id", manifest.get("app-id"))
    c.check(app_id == APP_ID, "app id is " + APP_ID, "found {!r}".format(app_id))
    c.check(manifest.get("runtime") == RUNTIME, "runtime is " + RUNTIME,
            "found {!r}".format(manifest.get("runtime")))
    c.check(manifest.get("sdk") == SDK, "sdk is " + SDK,
            "found {!r}".format(manifest.get("sdk")))
    c.check(bool(manifest.get("runtime-version")), "runtime-version is set")
    c.check(manifest.get("command") == COMMAND, "command is " + COMMAND,
            "found {!r}".format(manifest.get("command")))

    finish_args = manifest.get("finish-args", [])
    finish_set = set(finish_args)
    extra = sorted(finish_set - ALLOWED_FINISH_ARGS)
    missing = sorted(ALLOWED_FINISH_ARGS - finish_set)
    c.check(not extra, "no permissions beyond the allowed set",
            "unexpected: " + ", ".join(extra))
    c.check(not missing, "every expected permission is present",
            "missing: " + ", ".join(missing))
    c.check(len(finish_args) == len(finish_set), "no duplicate finish-args")
    broad = [a for a in finish_args
             if a.startswith("--filesystem=") or a in ("--socket=x11", "--socket=session-bus",
                                                        "--socket=system-bus", "--device=all")]
    c.check(not broad, "no filesystem, session-bus or full device access",
            ", ".join(broad))

    modules = manifest.get("modules", [])
    c.check(len(modules) >= 2, "at least two modules (libshumate and rebound)",
            "found {}".format(len(modules)))

    shumate = [m for m in modules if module_name(m) == "libshumate"]
    if c.check(len(shumate) == 1, "exactly one libshumate module",
               "found {}".format(len(shumate))):
        mod = shumate[0]
        c.check(mod.get("buildsystem") == "meson", "libshumate builds with meson")
        git_sources = [s for s in mod.get("sources", [])
                       if isinstance(s, dict) and s.get("type") == "git"]
        if c.check(len(git_sources) == 1, "libshumate has one git source",
                   "found {}".format(len(git_sources))):
            src = git_sources[0]
            c.check("gitlab.gnome.org/GNOME/libshumate" in src.get("url", ""),
                    "libshumate comes from gitlab.gnome.org", src.get("url", ""))
            c.check(bool(src.get("tag")), "libshumate is pinned to a tag")
            commit = src.get("commit", "")
            c.check(bool(COMMIT_RE.match(commit)),
                    "libshumate is pinned to a full 40-hex commit",
                    "found {!r}".format(commit))
            c.check("branch" not in src, "libshumate does not follow a branch")

    last = modules[-1] if modules else None
    if c.check(isinstance(last, dict) and last.get("name") == COMMAND,
               "the last module is " + COMMAND,
               "found {!r}".format(module_name(last))):
        c.check(last.get("buildsystem") == "meson", COMMAND + " builds with meson")
        c.check(last.get("run-tests") is True, COMMAND + " runs its tests")
        dirs = [s for s in last.get("sources", [])
                if isinstance(s, dict) and s.get("type") == "dir"]
        c.check(len(dirs) == 1 and dirs[0].get("path") in ("..", "../"),
                COMMAND + " builds from the source tree (dir ..)")


def main(argv):
    if len(argv) != 2:
        print("usage: {} MANIFEST.json".format(os.path.basename(argv[0])), file=sys.stderr)
        return 1

    path = argv[1]
    try:
        manifest, how = load_manifest(path)
    except (OSError, ValueError, RuntimeError) as e:
        print("error: cannot read manifest {}: {}".format(path, e), file=sys.stderr)
        return 1

    print("Checking {} ({})".format(path, how))
    c = Checker()
    check_manifest(manifest, c)

    if c.failures:
        print("", file=sys.stderr)
        print("{} check(s) failed for {}:".format(len(c.failures), path), file=sys.stderr)
        for f in c.failures:
            print("  - " + f, file=sys.stderr)
        return 1

    print("All manifest checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
