/* bench-store.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rbd-bench-document.h"
#include "rbd-bench-stats.h"

/* Load and save of a ten-year document, against the budget in DESIGN.md.
 * Prints a table: what, target, median of the runs, and whether it is met.
 * Exits 1 when a target is missed, so `meson test --benchmark` shows it. */

#define RUNS 9

static gboolean all_met = TRUE;

static void
row (const char *what,
     double      target,
     double      measured,
     const char *unit)
{
  gboolean met = measured <= target;

  all_met &= met;
  g_print ("| %-44s | %8.1f %-2s | %8.1f %-2s | %-4s |\n", what, target, unit, measured, unit,
           met ? "ok" : "OVER");
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!rbd_store_load_finish (RBD_STORE (object), result, &error))
    g_error ("load: %s", error->message);
  *done = TRUE;
}

/* An async load as the app does it; returns the longest time the main
 * loop was busy in one go (putting the parsed items into the lists),
 * which is what could hold up a frame. */
static double
longest_main_loop_step (const char *dir)
{
  g_autoptr(RbdStore) store = rbd_store_new (dir);
  gboolean done = FALSE;
  double longest = 0;

  rbd_store_load_async (store, NULL, on_loaded, &done);
  while (!done)
    {
      gint64 start = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        longest = MAX (longest, rbd_bench_ms_since (start));
      else
        g_usleep (200);
    }

  return longest;
}

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);

  return line != NULL ? strtol (line + strlen (field), NULL, 10) : -1;
}

/* Run as "bench-store --memory DIR": in a process of its own, how much
 * the peak memory grows from before loading to after it. Prints kB. */
static int
memory_child (const char *dir)
{
  g_autoptr(RbdStore) store = NULL;
  long before;

  g_type_ensure (RBD_TYPE_STORE);
  store = rbd_store_new (dir);
  before = status_kb ("VmRSS:");
  if (!rbd_store_load (store, NULL))
    return 1;
  g_print ("%ld\n", status_kb ("VmHWM:") - before);

  return 0;
}

static double
measure_memory_mb (const char *self_path,
                   const char *dir)
{
  const char *argv[] = { self_path, "--memory", dir, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || status != 0 || out == NULL)
    {
      g_printerr ("memory: %s\n", error != NULL ? error->message : "the child failed");
      return -1;
    }

  return g_ascii_strtod (out, NULL) / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(RbdStore) writer = NULL;
  g_autoptr(GDate) last_day = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  double load_ms[RUNS], finish_ms[RUNS], cold_save_ms[RUNS], first_save_ms[RUNS];
  double warm_save_ms[RUNS], serialize_ms[RUNS], idle_ms[RUNS];
  GStatBuf st;
  guint n_planned, n_sessions, n_checkins;

  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return memory_child (argv[2]);

  dir = g_dir_make_tmp ("rebound-bench-XXXXXX", &error);
  g_assert_no_error (error);

  writer = rbd_store_new (dir);
  rbd_store_load (writer, NULL);
  rbd_bench_fill_ten_years (writer, last_day, 2026);
  if (!rbd_store_save (writer, &error))
    g_error ("%s", error->message);
  n_planned = g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (writer)));
  n_sessions = g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (writer)));
  n_checkins = g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_checkins (writer)));
  g_stat (rbd_store_get_path (writer), &st);
  g_clear_object (&writer);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdStore) store = rbd_store_new (dir);
      gint64 start = g_get_monotonic_time ();

      if (!rbd_store_load (store, &error))
        g_error ("%s", error->message);
      load_ms[i] = rbd_bench_ms_since (start);
    }

  for (guint i = 0; i < RUNS; i++)
    finish_ms[i] = longest_main_loop_step (dir);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdStore) store = rbd_store_new (dir);
      RbdRecord *profile;
      gint64 start;

      rbd_store_load (store, NULL);
      profile = RBD_RECORD (rbd_store_get_profile (store));

      /* A save before the idle warm-up ran: every item is serialised. */
      rbd_record_set_double (profile, "body_mass_kg", 68 + i * 0.1);
      start = g_get_monotonic_time ();
      if (!rbd_store_save (store, &error))
        g_error ("%s", error->message);
      cold_save_ms[i] = rbd_bench_ms_since (start);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdStore) store = rbd_store_new (dir);
      RbdRecord *profile;
      gint64 start;
      double longest = 0;

      rbd_store_load (store, NULL);
      profile = RBD_RECORD (rbd_store_get_profile (store));

      /* What the app does after loading: the main loop idles, and the
       * store serialises items in small steps. The longest step is what
       * a frame could be delayed by. */
      while (g_main_context_pending (NULL))
        {
          start = g_get_monotonic_time ();
          g_main_context_iteration (NULL, FALSE);
          longest = MAX (longest, rbd_bench_ms_since (start));
        }
      idle_ms[i] = longest;

      rbd_record_set_double (profile, "body_mass_kg", 68 + i * 0.1);
      start = g_get_monotonic_time ();
      if (!rbd_store_save (store, &error))
        g_error ("%s", error->message);
      first_save_ms[i] = rbd_bench_ms_since (start);

      /* Later saves: only what changed is serialised again. The app
       * saves asynchronously: the call itself is what the main thread
       * spends; the writing happens in a worker thread. */
      rbd_record_set_double (profile, "body_mass_kg", 69 + i * 0.1);
      start = g_get_monotonic_time ();
      rbd_store_save_async (store, NULL, NULL, NULL);
      serialize_ms[i] = rbd_bench_ms_since (start);
      while (rbd_store_get_dirty (store))
        g_main_context_iteration (NULL, TRUE);

      start = g_get_monotonic_time ();
      if (!rbd_store_save (store, &error))
        g_error ("%s", error->message);
      warm_save_ms[i] = rbd_bench_ms_since (start);
    }

  g_print ("Ten-year document: %u planned, %u sessions, %u check-ins, %.1f MB; median of %d runs\n\n",
           n_planned, n_sessions, n_checkins, st.st_size / 1e6, RUNS);
  g_print ("| %-44s | %-11s | %-11s | %-4s |\n", "measure", "target", "median", "met");
  g_print ("|----------------------------------------------|-------------|-------------|------|\n");
  row ("load (read, parse, validate, build lists)", 50, rbd_bench_median (load_ms, RUNS), "ms");
  row ("load, main-thread part of the async load", 50, rbd_bench_median (finish_ms, RUNS), "ms");
  row ("longest idle step serialising after load", 16, rbd_bench_median (idle_ms, RUNS), "ms");
  row ("first save after the idle warm-up", 50, rbd_bench_median (first_save_ms, RUNS), "ms");
  row ("later save (one change)", 50, rbd_bench_median (warm_save_ms, RUNS), "ms");
  row ("async save, main-thread part", 16, rbd_bench_median (serialize_ms, RUNS), "ms");
  g_print ("| %-44s | %-11s | %8.1f ms | %-4s |\n", "(save right after load, before warm-up)", "-",
           rbd_bench_median (cold_save_ms, RUNS), "info");
  row ("peak memory added by loading", 40, measure_memory_mb (argv[0], dir), "MB");

  {
    g_autofree char *path = g_build_filename (dir, "rebound.json", NULL);
    g_autofree char *bak = g_build_filename (dir, "rebound.json.bak", NULL);

    g_remove (path);
    g_remove (bak);
    g_rmdir (dir);
  }

  return all_met ? 0 : 1;
}
