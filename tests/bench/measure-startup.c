/* measure-startup.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <dirent.h>

#include <X11/Xlib.h>

/* Usage: measure-startup [--hold MS] [--timeout MS] COMMAND [ARG...]
 *
 * Runs COMMAND and prints, on one line:
 *   map_ms=<time from exec to the first top-level window mapped>
 *   cpu_ms=<CPU time the child's threads had used by then>
 *   peak_kb=<the child's peak resident memory>
 *
 * It watches the X server's root window for a MapNotify of a child of the
 * root (a top-level window; override-redirect ones such as tooltips do not
 * count), so the measured program needs no change. After the window is
 * mapped the child runs for --hold milliseconds more (default 1500), so
 * that work done after the first frame (loading data) is part of the peak
 * memory, then gets SIGTERM; the peak comes from wait4(). Exits 1 when no
 * window appears within --timeout (default 20000) or the child dies. */

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The CPU time all threads of @pid have run so far, from the scheduler's
 * nanosecond counters: unlike the wall-clock time it hardly depends on
 * what else the machine is doing. */
static double
cpu_ms (pid_t pid)
{
  char path[64];
  struct dirent *entry;
  double total = 0;
  DIR *dir;

  snprintf (path, sizeof path, "/proc/%d/task", (int) pid);
  dir = opendir (path);
  if (dir == NULL)
    return -1;
  while ((entry = readdir (dir)) != NULL)
    {
      char file[300];
      unsigned long long ns = 0;
      FILE *f;

      if (entry->d_name[0] == '.')
        continue;
      snprintf (file, sizeof file, "/proc/%d/task/%s/schedstat", (int) pid, entry->d_name);
      f = fopen (file, "r");
      if (f != NULL && fscanf (f, "%llu", &ns) == 1)
        total += ns / 1e6;
      if (f != NULL)
        fclose (f);
    }
  closedir (dir);

  return total;
}

/* Waits up to @ms for the X connection to have something to read. */
static int
wait_for_x (Display *display,
            double   ms)
{
  struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

  if (XPending (display) > 0)
    return 1;
  if (ms < 0)
    ms = 0;

  return poll (&fd, 1, (int) ms) > 0;
}

static int
child_exited (pid_t           pid,
              int            *status,
              struct rusage  *usage)
{
  return wait4 (pid, status, WNOHANG, usage) == pid;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  double hold_ms = 1500, timeout_ms = 20000;
  double start, mapped = -1, cpu = -1;
  struct rusage usage;
  int status = 0;
  int exited = 0;
  int first = 1;
  pid_t pid;

  while (first < argc - 1 && strncmp (argv[first], "--", 2) == 0)
    {
      if (strcmp (argv[first], "--hold") == 0)
        hold_ms = atof (argv[first + 1]);
      else if (strcmp (argv[first], "--timeout") == 0)
        timeout_ms = atof (argv[first + 1]);
      else
        break;
      first += 2;
    }
  if (first >= argc)
    {
      fprintf (stderr, "usage: %s [--hold MS] [--timeout MS] COMMAND [ARG...]\n", argv[0]);
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "measure-startup: cannot open the display\n");
      return 2;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      return 2;
    }
  if (pid == 0)
    {
      close (ConnectionNumber (display));
      execvp (argv[first], argv + first);
      fprintf (stderr, "measure-startup: %s: %s\n", argv[first], strerror (errno));
      _exit (127);
    }

  while (mapped < 0)
    {
      double left = start + timeout_ms - now_ms ();

      if (left <= 0 || (exited = child_exited (pid, &status, &usage)))
        break;
      if (!wait_for_x (display, left < 50 ? left : 50))
        continue;

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify
              && event.xmap.event == DefaultRootWindow (display)
              && !event.xmap.override_redirect
              && mapped < 0)
            {
              mapped = now_ms ();
              cpu = cpu_ms (pid);
            }
        }
    }

  if (mapped >= 0)
    {
      double until = mapped + hold_ms;

      while (now_ms () < until && !(exited = child_exited (pid, &status, &usage)))
        usleep (10000);
    }

  if (!exited)
    {
      kill (pid, SIGTERM);
      if (wait4 (pid, &status, 0, &usage) != pid)
        {
          perror ("wait4");
          return 2;
        }
    }
  XCloseDisplay (display);

  if (mapped < 0)
    {
      fprintf (stderr, "measure-startup: no window from %s\n", argv[first]);
      return 1;
    }
  /* The child was still running after the hold, or it quit cleanly. */
  if (exited && !(WIFEXITED (status) && WEXITSTATUS (status) == 0))
    {
      fprintf (stderr, "measure-startup: %s died during the hold\n", argv[first]);
      return 1;
    }

  printf ("map_ms=%.1f cpu_ms=%.1f peak_kb=%ld\n", mapped - start, cpu, usage.ru_maxrss);

  return 0;
}
