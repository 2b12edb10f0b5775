#!/usr/bin/python3
# test-a11y.py: Rebound as a screen reader sees it
#
# Copyright 2026 The Rebound authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the built app through AT-SPI, the way assistive technology does.

Usage: test-a11y.py BUILDDIR [--dump DIR]

Starts a private D-Bus session bus and an accessibility bus on it
(at-spi-bus-launcher), runs BUILDDIR/src/rebound on the current X display
with a fresh data folder, and then:

  1. shows each page through the view switcher (by the tabs' names) and fails
     on every button, toggle, check box, radio, switch, spin button, entry,
     combo box or menu button without an accessible name, on the pages and in
     every dialog the flows below open;
  2. drives one flow per page, finding every widget by its name:
     Plan: add a planned session and find it in the week;
     Routines: start a built-in routine, read the countdown, pause it;
     Fuel: set the body mass and read the carbohydrate it gives;
     Log: open the daily check-in.

GTK 4.8 reports the "showing" state on windows only, so a widget counts as
shown when it has been given a size (a page that was never shown has none).
GTK 4.8 also names a widget without a name after its class ("GtkButton"):
such names count as missing.

Needs Debian's python3-pyatspi, an X display (xvfb-run), dbus-daemon and
at-spi2-core. Prints TAP.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 15.0          # seconds any one thing may take to appear
POLL = 0.05

# ----------------------------------------------------------------- plumbing

tap_count = 0
failures = 0


def tap(ok, description, details=()):
    global tap_count, failures
    tap_count += 1
    if not ok:
        failures += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', tap_count, description))
    for line in details:
        print('#   %s' % line)
    sys.stdout.flush()


def diag(message):
    print('# %s' % message)
    sys.stdout.flush()


class Timeout(Exception):
    pass


def die_with_parent():
    """Ask the kernel to end this child when the test ends, however it ends."""
    import ctypes
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def poll(what, probe, timeout=TIMEOUT):
    """Call probe() until it returns something true; return that."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = probe()
            if result:
                return result
        except Exception as error:    # objects come and go while GTK works
            last_error = error
        if time.monotonic() > deadline:
            raise Timeout('timed out waiting for %s%s' %
                          (what, ' (%s)' % last_error if last_error else ''))
        time.sleep(POLL)


class Buses:
    """A session bus of our own with an accessibility bus on it.

    The tests' usual session bus (dbus-run-session) would start the
    accessibility bus on demand too; a private one also keeps the test away
    from a desktop's real accessibility bus when run by hand."""

    def __init__(self):
        self.runtime_dir = tempfile.mkdtemp(prefix='rebound-a11y-run-')
        os.chmod(self.runtime_dir, 0o700)
        self.processes = []

        self.session = subprocess.Popen(
            ['dbus-daemon', '--session', '--nofork', '--nosyslog',
             '--print-address=1'],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            preexec_fn=die_with_parent)
        self.processes.append(self.session)
        self.address = self.session.stdout.readline().strip()
        if not self.address:
            raise RuntimeError('dbus-daemon printed no address')
        os.environ['DBUS_SESSION_BUS_ADDRESS'] = self.address
        os.environ['XDG_RUNTIME_DIR'] = self.runtime_dir

        launcher = '/usr/libexec/at-spi-bus-launcher'
        if not os.access(launcher, os.X_OK):
            raise RuntimeError('%s is missing (Debian package at-spi2-core)' % launcher)
        self.launcher = subprocess.Popen([launcher, '--launch-immediately', '--a11y=1'],
                                         stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL,
                                         preexec_fn=die_with_parent)
        self.processes.append(self.launcher)
        self.a11y_address = poll('org.a11y.Bus on the session bus', self._a11y_address)

    def _a11y_address(self):
        from gi.repository import Gio, GLib
        connection = Gio.DBusConnection.new_for_address_sync(
            self.address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
            Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        try:
            owner = connection.call_sync(
                'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                'NameHasOwner', GLib.Variant('(s)', ('org.a11y.Bus',)),
                GLib.VariantType('(b)'), Gio.DBusCallFlags.NONE, 1000, None)
            if not owner.unpack()[0]:
                return None
            reply = connection.call_sync(
                'org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress', None,
                GLib.VariantType('(s)'), Gio.DBusCallFlags.NO_AUTO_START, 1000, None)
            return reply.unpack()[0]
        finally:
            connection.close_sync(None)

    def stop(self):
        # The launcher ends the accessibility bus it started (and with it
        # the registry daemon) when it is terminated.
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


# ------------------------------------------------------- the accessible tree

pyatspi = None   # imported once the buses are up

# Widgets a user operates, and windows: each of them needs a name.
INTERACTIVE_ROLE_NAMES = (
    'ROLE_FRAME', 'ROLE_DIALOG', 'ROLE_WINDOW',
    'ROLE_PUSH_BUTTON', 'ROLE_TOGGLE_BUTTON', 'ROLE_CHECK_BOX', 'ROLE_RADIO_BUTTON',
    'ROLE_SPIN_BUTTON', 'ROLE_ENTRY', 'ROLE_PASSWORD_TEXT', 'ROLE_COMBO_BOX',
    'ROLE_PAGE_TAB', 'ROLE_SLIDER', 'ROLE_LINK', 'ROLE_MENU_ITEM',
    'ROLE_CHECK_MENU_ITEM', 'ROLE_RADIO_MENU_ITEM',
)
INTERACTIVE_ROLES = set()

# What GTK 4.8 says when a widget has no name: its class.
CLASS_NAME = re.compile(r'(Gtk|Adw|Rbd|Shumate)[A-Z][A-Za-z0-9]*')


def spoken_name(accessible):
    """The name, without GTK 4.8's doubling of button labels.

    GTK 4.8 names a button with a label "_Save Save" (or "Check In Check
    In"): its label, then its label child's. A screen reader reads both; the
    test matches on what the user sees."""
    name = accessible.name or ''
    for i, c in enumerate(name):
        if c == ' ' and name[:i].replace('_', '') == name[i + 1:]:
            return name[i + 1:]
    return name


def has_no_name(accessible):
    name = (accessible.name or '').strip()
    return name == '' or CLASS_NAME.fullmatch(name) is not None


def extents(accessible):
    try:
        box = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return None
    return (box.x, box.y, box.width, box.height)


def is_shown(accessible):
    box = extents(accessible)
    return box is not None and box[2] > 0 and box[3] > 0


def has_state(accessible, state):
    return accessible.getState().contains(state)


def children(accessible):
    try:
        return [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
    except Exception:
        return []


def descendants(accessible, prune=None):
    """The tree under @accessible, depth first, not going below the nodes
    (other than @accessible) for which prune(node) is true.

    Every step is a D-Bus call (GTK 4.8 has no AT-SPI cache), so the test
    walks the page it looks at, not the whole window."""
    stack = [accessible]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        if prune is None or node is accessible or not prune(node):
            stack.extend(reversed(children(node)))


PAGE_TITLES = ('Plan', 'Log', 'Routines', 'Fuel')


def is_page(node):
    """The main window's pages are tab panels named after their tabs."""
    try:
        return node.getRole() == pyatspi.ROLE_PANEL and node.name in PAGE_TITLES
    except Exception:
        return False


def name_matches(node, name):
    if isinstance(name, re.Pattern):
        return name.match(spoken_name(node)) is not None
    return spoken_name(node) == name


def find_all(root, role=None, name=None, shown=True, predicate=None, prune=None):
    found = []
    for node in descendants(root, prune):
        try:
            if role is not None and node.getRole() != role:
                continue
            if name is not None and not name_matches(node, name):
                continue
            if predicate is not None and not predicate(node):
                continue
            if shown and not is_shown(node):
                continue
        except Exception:
            continue
        found.append(node)
    return found


def find_one(what, root, **criteria):
    """Wait for exactly one shown widget that matches; return it."""
    def probe():
        found = find_all(root, **criteria)
        if len(found) > 1:
            raise LookupError('%d widgets match' % len(found))
        return found[0] if found else None
    return poll(what, probe)


def ancestors(accessible):
    node = accessible.parent
    while node is not None:
        yield node
        if node.getRole() == pyatspi.ROLE_APPLICATION:
            return
        node = node.parent


def where(accessible):
    """Where an unnamed widget is: its named ancestors and GTK classes."""
    trail = []
    for node in ancestors(accessible):
        name = (node.name or '').strip()
        if name and node.getRole() not in (pyatspi.ROLE_APPLICATION,):
            trail.append(name)
        if len(trail) == 4:
            break
    return ' < '.join(trail)


def click(accessible):
    action = accessible.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ('click', 'activate', 'press', 'toggle'):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    raise LookupError('%r has no click action (%s)' % (accessible.name, names))


# ------------------------------------------------------------ the app itself

class App:
    def __init__(self, builddir):
        self.data_dir = tempfile.mkdtemp(prefix='rebound-a11y-data-')
        env = dict(os.environ)
        # The other widget tests switch accessibility off; this one needs it.
        env.pop('GTK_A11Y', None)
        env.update({
            'XDG_DATA_HOME': self.data_dir,
            'GSETTINGS_BACKEND': 'memory',
            'GSETTINGS_SCHEMA_DIR': os.path.join(builddir, 'data'),
            'GSK_RENDERER': 'cairo',
            # The test reads the English texts.
            'LC_ALL': 'C.UTF-8',
        })
        env.pop('LANGUAGE', None)
        self.process = subprocess.Popen([os.path.join(builddir, 'src', 'rebound')], env=env,
                                        preexec_fn=die_with_parent)
        desktop = pyatspi.Registry.getDesktop(0)

        def find_app():
            if self.process.poll() is not None:
                raise SystemExit('Bail out! rebound exited with %d' % self.process.returncode)
            for app in children(desktop):
                if app is not None and app.name == 'rebound' and \
                        app.get_process_id() == self.process.pid:
                    return app
            return None
        self.accessible = poll('the application "rebound" on the desktop', find_app)
        self.window = poll('the main window', lambda: next(
            (w for w in self.windows() if w.getRole() == pyatspi.ROLE_FRAME and
             w.name == 'Rebound'), None))

    def windows(self):
        return [w for w in children(self.accessible) if w is not None]

    def new_window(self, known, what):
        """Wait for a window that is not in @known."""
        known_paths = {w.path for w in known}
        return poll(what, lambda: next((w for w in self.windows()
                                        if w.path not in known_paths and is_shown(w)), None))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.data_dir, ignore_errors=True)


class NameCheck:
    """Collects unnamed interactive widgets, each reported once."""

    def __init__(self, dump_dir=None):
        self.seen = set()
        self.dump_dir = dump_dir

    def unnamed(self, root, label, prune):
        if self.dump_dir:
            self.dump(root, label, prune)
        missing = []
        for node in descendants(root, prune):
            try:
                if node.getRole() not in INTERACTIVE_ROLES or not has_no_name(node):
                    continue
                if not is_shown(node) or node.path in self.seen:
                    continue
                self.seen.add(node.path)
                missing.append('%s %r at %s in %s' % (node.getRoleName(), node.name,
                                                      extents(node), where(node)))
            except Exception:
                continue
        return missing

    def check(self, root, label, prune=None):
        missing = self.unnamed(root, label, prune)
        tap(not missing, 'every control on %s has a name (%d without)' % (label, len(missing)),
            missing)

    def dump(self, root, label, prune):
        path = os.path.join(self.dump_dir, re.sub(r'\W+', '-', label) + '.txt')
        with open(path, 'w') as out:
            def walk(node, depth):
                if node is not root and prune is not None and prune(node):
                    return
                if is_shown(node):
                    out.write('%s%s %r %s\n' % ('  ' * depth, node.getRoleName(),
                                                node.name, extents(node)))
                for child in children(node):
                    walk(child, depth + 1)
            walk(root, 0)


def show_page(app, title):
    """Switch pages through the view switcher; return the page's panel."""
    tab = find_one('the "%s" tab' % title, app.window, role=pyatspi.ROLE_PAGE_TAB, name=title,
                   prune=is_page)
    click(tab)
    poll('the "%s" page' % title, lambda: has_state(tab, pyatspi.STATE_SELECTED))
    return find_one('the "%s" page' % title, app.window, role=pyatspi.ROLE_PANEL, name=title,
                    prune=is_page)


def press(root, name, role=None):
    button = find_one('a button named "%s"' % name, root,
                      role=role or pyatspi.ROLE_PUSH_BUTTON, name=name)
    click(button)
    return button


def check_dialog(app, names, root, button, title):
    """Open a window with @button, check it, and close it with Cancel."""
    known = app.windows()
    click(find_all(root, role=pyatspi.ROLE_PUSH_BUTTON, name=button)[0])
    window = app.new_window(known, 'the "%s" window' % title)
    tap(spoken_name(window) == title, '"%s" opens the window "%s"' % (button, window.name))
    names.check(window, 'the "%s" window' % title)
    press(window, 'Cancel')
    poll('the "%s" window to close' % title,
         lambda: window.path not in {w.path for w in app.windows()})


def preferences_flow(app, names):
    """The main menu's items and the Preferences window."""
    menu = find_all(app.window, role=pyatspi.ROLE_PUSH_BUTTON, name='Main Menu', prune=is_page)
    click(menu[-1])
    item = find_one('the Preferences menu item', app.window, role=pyatspi.ROLE_MENU_ITEM,
                    name='Preferences', prune=is_page)
    names.check(app.window, 'the main menu', prune=is_page)
    known = app.windows()
    click(item)
    window = app.new_window(known, 'the Preferences window')
    tap(spoken_name(window) == 'Preferences', 'the main menu opens the window "%s"'
        % window.name)
    names.check(window, 'the Preferences window')
    press(window, 'Close')
    poll('the Preferences window to close',
         lambda: window.path not in {w.path for w in app.windows()})


def text_of(accessible):
    try:
        text = accessible.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return accessible.name


# ---------------------------------------------------------------- the flows

def plan_flow(app, names):
    page = show_page(app, 'Plan')
    today = time.strftime('%-d %B')
    add = find_one('the "Add session on …" button for today', page,
                   role=pyatspi.ROLE_PUSH_BUTTON,
                   name=re.compile(r'Add session on \w+ %s$' % re.escape(today)))
    names.check(page, 'the Plan page (week)')
    month = press(page, 'Month')
    poll('the month view', lambda: has_state(month, pyatspi.STATE_PRESSED))
    names.check(page, 'the Plan page (month)')
    week = press(page, 'Week')
    poll('the week view', lambda: has_state(week, pyatspi.STATE_PRESSED))

    known = app.windows()
    click(add)
    editor = app.new_window(known, 'the session editor')
    tap(spoken_name(editor) == 'New Session',
        'Plan: "%s" opens the window "%s"' % (spoken_name(add), editor.name))
    names.check(editor, 'the session editor')

    title = 'Hill repeats for the screen reader'
    # An AdwEntryRow is a text field named after its title.
    entry = find_one('the Title entry', editor, role=pyatspi.ROLE_TEXT, name='Title')
    entry.queryEditableText().setTextContents(title)
    poll('the title to be typed', lambda: text_of(entry) == title)
    press(editor, 'Save')
    poll('the editor to close', lambda: editor.path not in {w.path for w in app.windows()})
    found = poll('the new session in the week',
                 lambda: find_all(page, predicate=lambda n: title in (n.name or '')))
    tap(True, 'Plan: a session added through the editor shows in the week as %s "%s"'
        % (found[0].getRoleName(), found[0].name))


def routines_flow(app, names, routine):
    page = show_page(app, 'Routines')
    names.check(page, 'the Routines page')

    # The routine's row holds a label with its name and a "Start" button.
    def row_start_button():
        for label in find_all(page, role=pyatspi.ROLE_LABEL, name=routine):
            for row in ancestors(label):
                buttons = find_all(row, role=pyatspi.ROLE_PUSH_BUTTON, name='Start')
                if len(buttons) == 1:
                    return buttons[0]
                if buttons:
                    break
        return None
    click(poll('the Start button of "%s"' % routine, row_start_button))

    pause = find_one('the Pause button', page, role=pyatspi.ROLE_PUSH_BUTTON, name='Pause')
    countdown = find_one('the countdown', page, role=pyatspi.ROLE_TIMER)
    clock = re.compile(r'Time left: (\d\d):(\d\d)')
    first = clock.search(countdown.name or '')
    tap(first is not None, 'Routines: the countdown reads "%s"' % countdown.name)
    names.check(page, 'the routine player')

    # Running, the text follows the clock; paused, the button says Resume.
    poll('the countdown to tick', lambda: countdown.name != first.group(0) and
         clock.search(countdown.name))
    click(pause)
    poll('the button to become Resume', lambda: spoken_name(pause) == 'Resume')
    paused_at = countdown.name
    tap(clock.search(paused_at) is not None,
        'Routines: paused at "%s", the button reads "%s"' % (paused_at, pause.name))
    click(pause)
    poll('the button to become Pause again', lambda: spoken_name(pause) == 'Pause')
    press(page, 'Stop')
    poll('the routine list again', lambda: find_all(page, role=pyatspi.ROLE_LABEL, name=routine))
    check_dialog(app, names, page, 'New Routine', 'New Routine')


def fuel_flow(app, names):
    page = show_page(app, 'Fuel')
    mass = find_one('the Body mass spin button', page, role=pyatspi.ROLE_SPIN_BUTTON,
                    name=re.compile('Body mass'))
    names.check(page, 'the Fuel page')

    def carbohydrate_after(kg):
        # DOMAIN.md: 0.8-1.2 g of carbohydrate per kg of body mass after the run.
        low, high = round(0.8 * kg), round(1.2 * kg)
        expected = re.compile(r'%d\s*[–-]\s*%d g' % (low, high))
        mass.queryEditableText().setTextContents('%d' % kg)
        value = poll('%d kg to give %d–%d g of carbohydrate' % (kg, low, high),
                     lambda: next((n.name for n in find_all(page, role=pyatspi.ROLE_LABEL)
                                   if expected.fullmatch(n.name or '')), None))
        tap(True, 'Fuel: %d kg gives "%s" of carbohydrate after the run' % (kg, value))

    carbohydrate_after(70)
    carbohydrate_after(55)


def log_flow(app, names):
    page = show_page(app, 'Log')
    names.check(page, 'the Log page')
    # GTK 4.8 shows a toggle button as a push button that is pressed or not.
    filter_button = press(page, 'Filter')
    poll('the filters', lambda: has_state(filter_button, pyatspi.STATE_PRESSED))
    names.check(page, 'the Log filters')
    click(filter_button)
    poll('the filters to close', lambda: not has_state(filter_button, pyatspi.STATE_PRESSED))

    # The chart's numbers are in its description.
    chart = find_one('the load chart', page, role=pyatspi.ROLE_IMAGE,
                     name='Weekly training load chart')
    description = chart.description or ''
    tap(re.match(r'Weekly training load, last \d+ weeks: week from .+: \d+', description)
        is not None, 'Log: the load chart describes itself as "%s…"' % description[:60])

    check_dialog(app, names, page, 'Log Session', 'Log Session')

    known = app.windows()
    press(page, 'Check In')
    editor = app.new_window(known, 'the check-in editor')
    tap(spoken_name(editor) == 'Daily Check-In', 'Log: "Check In" opens the window "%s"'
        % editor.name)
    names.check(editor, 'the check-in editor')
    press(editor, 'Cancel')
    poll('the check-in editor to close',
         lambda: editor.path not in {w.path for w in app.windows()})


# ------------------------------------------------------------------- main

def main():
    global pyatspi
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    builddir = os.path.abspath(sys.argv[1])
    dump_dir = None
    if len(sys.argv) == 4 and sys.argv[2] == '--dump':
        dump_dir = sys.argv[3]
        os.makedirs(dump_dir, exist_ok=True)
    source_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(source_root, 'data', 'routines', 'builtin-routines.json')) as f:
        routine = json.load(f)[0]['name']

    started = time.monotonic()
    buses = Buses()
    app = None
    try:
        import gi
        gi.require_version('Atspi', '2.0')
        import pyatspi as module
        pyatspi = module
        for role in INTERACTIVE_ROLE_NAMES:
            INTERACTIVE_ROLES.add(getattr(pyatspi, role))
        INTERACTIVE_ROLES.add(pyatspi.ROLE_TEXT)  # text views; labels are ROLE_LABEL
        diag('accessibility bus at %s' % buses.a11y_address)

        app = App(builddir)
        names = NameCheck(dump_dir)
        names.check(app.window, 'the main window', prune=is_page)
        for flow in (lambda: plan_flow(app, names),
                     lambda: routines_flow(app, names, routine),
                     lambda: fuel_flow(app, names),
                     lambda: log_flow(app, names),
                     lambda: preferences_flow(app, names)):
            try:
                flow()
            except (Timeout, LookupError) as error:
                tap(False, str(error))
    finally:
        if app is not None:
            app.stop()
        buses.stop()
    diag('took %.1f s' % (time.monotonic() - started))
    print('1..%d' % tap_count)
    return 1 if failures else 0


if __name__ == '__main__':
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(1))
    sys.exit(main())
