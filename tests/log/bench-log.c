/* bench-log.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "rbd-bench-document.h"
#include "rbd-bench-gpx.h"
#include "rbd-bench-stats.h"
#include "rbd-gpx-reader.h"
#include "rbd-readiness.h"
#include "rbd-shoe-usage.h"
#include "rbd-training-load.h"

/* The Log page's numbers against the budget in DESIGN.md and issue 6: a
 * 100,000-point GPX parsed under 150 ms, and the 12-week load chart of
 * the ten-year document (saved, then loaded as the app would) under 5 ms.
 * Exits 1 when a target is missed. */

#define RUNS 21
#define GPX_RUNS 11
#define GPX_POINTS 100000

static gboolean all_met = TRUE;

static void
row (const char *what,
     double      target,
     double      measured)
{
  gboolean met = target <= 0 || measured <= target;

  all_met &= met;
  if (target > 0)
    g_print ("| %-46s | %8.2f ms | %8.2f ms | %-4s |\n", what, target, measured,
             met ? "ok" : "OVER");
  else
    g_print ("| %-46s | %11s | %8.2f ms | %-4s |\n", what, "-", measured, "");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *gpx = NULL;
  g_autoptr(RbdStore) writer = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  GListModel *sessions, *checkins;
  double gpx_ms[GPX_RUNS], chart_ms[RUNS], calendar_ms[RUNS], readiness_ms[RUNS];
  double shoes_ms[RUNS];
  double load_ms;
  GDate week_end;
  guint sink = 0;
  gint64 t;

  setlocale (LC_ALL, "C.UTF-8");

  dir = g_dir_make_tmp ("rebound-bench-log-XXXXXX", &error);
  g_assert_no_error (error);
  gpx = g_build_filename (dir, "large.gpx", NULL);
  rbd_bench_write_gpx (gpx, GPX_POINTS);

  for (guint i = 0; i < GPX_RUNS; i++)
    {
      g_autoptr(RbdGpxTrack) track = NULL;

      t = g_get_monotonic_time ();
      track = rbd_gpx_track_new_from_file (gpx, &error);
      gpx_ms[i] = rbd_bench_ms_since (t);
      if (track == NULL)
        g_error ("%s", error->message);
      sink += rbd_gpx_track_get_n_segments (track);
    }

  /* The ten-year document, written and read back as the app reads it. */
  writer = rbd_store_new (dir);
  rbd_store_load (writer, NULL);
  rbd_bench_fill_ten_years (writer, today, 2026);
  if (!rbd_store_save (writer, &error))
    g_error ("%s", error->message);
  g_clear_object (&writer);

  store = rbd_store_new (dir);
  t = g_get_monotonic_time ();
  if (!rbd_store_load (store, &error))
    g_error ("%s", error->message);
  load_ms = rbd_bench_ms_since (t);
  sessions = G_LIST_MODEL (rbd_store_get_sessions (store));
  checkins = G_LIST_MODEL (rbd_store_get_checkins (store));

  /* The chart: twelve weeks ending today; the newest week's ratio is
   * today's. One pass over the sessions. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) weeks = NULL;

      t = g_get_monotonic_time ();
      weeks = rbd_load_weeks (sessions, today, 12);
      chart_ms[i] = rbd_bench_ms_since (t);
      sink += weeks->len + g_array_index (weeks, RbdLoadWeek, 11).acwr.band;
    }

  /* Calendar weeks (ending on Sunday) and today's ratio: two passes. */
  week_end = *today;
  g_date_add_days (&week_end, G_DATE_SUNDAY - g_date_get_weekday (today));
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) weeks = NULL;
      RbdAcwr acwr;

      t = g_get_monotonic_time ();
      weeks = rbd_load_weeks (sessions, &week_end, 12);
      rbd_acwr_compute (sessions, today, &acwr);
      calendar_ms[i] = rbd_bench_ms_since (t);
      sink += weeks->len + acwr.band;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdReadiness) readiness = NULL;

      t = g_get_monotonic_time ();
      readiness = rbd_readiness_assess (checkins, sessions, today);
      readiness_ms[i] = rbd_bench_ms_since (t);
      sink += readiness->signs->len;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) usages = NULL;

      t = g_get_monotonic_time ();
      usages = rbd_shoe_usage_compute (G_LIST_MODEL (rbd_store_get_shoes (store)), sessions,
                                       NULL, NULL);
      shoes_ms[i] = rbd_bench_ms_since (t);
      sink += usages->len;
    }

  g_print ("Log page: %u-point GPX; ten-year document with %u sessions and %u check-ins "
           "(loaded in %.1f ms); median of %d runs (checksum %u)\n\n",
           GPX_POINTS, g_list_model_get_n_items (sessions), g_list_model_get_n_items (checkins),
           load_ms, RUNS, sink);
  g_print ("| %-46s | %-11s | %-11s | %-4s |\n", "measure", "target", "median", "met");
  g_print ("|%s|%s|%s|%s|\n", "------------------------------------------------",
           "-------------", "-------------", "------");
  row ("GPX of 100,000 points parsed", 150, rbd_bench_median (gpx_ms, GPX_RUNS));
  row ("load chart: 12 weeks to today, with the ratio", 5, rbd_bench_median (chart_ms, RUNS));
  row ("...as calendar weeks, and today's ratio", 5, rbd_bench_median (calendar_ms, RUNS));
  row ("readiness: all signs over the document", 5, rbd_bench_median (readiness_ms, RUNS));
  row ("shoe totals", 0, rbd_bench_median (shoes_ms, RUNS));

  remove_tree (dir);

  return all_met ? 0 : 1;
}
