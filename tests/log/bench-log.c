/* bench-log.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "rbd-bench-document.h"
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

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return values[n / 2];
}

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

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A watch's recording: 1 Hz, 3 m/s due north, elevation and time on
 * every point, about 100 bytes a point. */
static void
write_large_gpx (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_sized_new (GPX_POINTS * 100);
  g_autoptr(GDateTime) t0 = g_date_time_new_utc (2026, 11, 30, 6, 0, 0);
  double step_deg = 3.0 / (G_PI / 180.0 * RBD_GPX_EARTH_RADIUS_M);

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" "
                      "creator=\"bench\">\n<trk><name>Long</name><trkseg>\n");
  for (guint i = 0; i < GPX_POINTS; i++)
    {
      g_autoptr(GDateTime) t = g_date_time_add_seconds (t0, i);
      g_autofree char *iso = g_date_time_format (t, "%Y-%m-%dT%H:%M:%SZ");
      char lat[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.8f", 47.0 + i * step_deg);
      g_string_append_printf (s, "  <trkpt lat=\"%s\" lon=\"8.25\"><ele>%u.0</ele>"
                                 "<time>%s</time></trkpt>\n", lat, 400 + i % 9, iso);
    }
  g_string_append (s, "</trkseg></trk>\n</gpx>\n");

  if (!g_file_set_contents (path, s->str, s->len, &error))
    g_error ("%s", error->message);
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
  write_large_gpx (gpx);

  for (guint i = 0; i < GPX_RUNS; i++)
    {
      g_autoptr(RbdGpxTrack) track = NULL;

      t = g_get_monotonic_time ();
      track = rbd_gpx_track_new_from_file (gpx, &error);
      gpx_ms[i] = ms_since (t);
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
  load_ms = ms_since (t);
  sessions = G_LIST_MODEL (rbd_store_get_sessions (store));
  checkins = G_LIST_MODEL (rbd_store_get_checkins (store));

  /* The chart: twelve weeks ending today; the newest week's ratio is
   * today's. One pass over the sessions. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) weeks = NULL;

      t = g_get_monotonic_time ();
      weeks = rbd_load_weeks (sessions, today, 12);
      chart_ms[i] = ms_since (t);
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
      calendar_ms[i] = ms_since (t);
      sink += weeks->len + acwr.band;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdReadiness) readiness = NULL;

      t = g_get_monotonic_time ();
      readiness = rbd_readiness_assess (checkins, sessions, today);
      readiness_ms[i] = ms_since (t);
      sink += readiness->signs->len;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) usages = NULL;

      t = g_get_monotonic_time ();
      usages = rbd_shoe_usage_compute (G_LIST_MODEL (rbd_store_get_shoes (store)), sessions,
                                       NULL, NULL);
      shoes_ms[i] = ms_since (t);
      sink += usages->len;
    }

  g_print ("Log page: %u-point GPX; ten-year document with %u sessions and %u check-ins "
           "(loaded in %.1f ms); median of %d runs (checksum %u)\n\n",
           GPX_POINTS, g_list_model_get_n_items (sessions), g_list_model_get_n_items (checkins),
           load_ms, RUNS, sink);
  g_print ("| %-46s | %-11s | %-11s | %-4s |\n", "measure", "target", "median", "met");
  g_print ("|%s|%s|%s|%s|\n", "------------------------------------------------",
           "-------------", "-------------", "------");
  row ("GPX of 100,000 points parsed", 150, median (gpx_ms, GPX_RUNS));
  row ("load chart: 12 weeks to today, with the ratio", 5, median (chart_ms, RUNS));
  row ("...as calendar weeks, and today's ratio", 5, median (calendar_ms, RUNS));
  row ("readiness: all signs over the document", 5, median (readiness_ms, RUNS));
  row ("shoe totals", 0, median (shoes_ms, RUNS));

  remove_tree (dir);

  return all_met ? 0 : 1;
}
