/* bench-plan.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "rbd-bench-document.h"
#include "rbd-bench-plan-views.h"
#include "rbd-bench-stats.h"
#include "rbd-dates.h"
#include "rbd-plan-calendar.h"
#include "rbd-week-renderer.h"

/* The Plan page's models with the ten-year document, against the budget
 * in DESIGN.md: what switching to a week or a month costs before any
 * widget is touched, and a week's PDF. Exits 1 when a target is missed. */

#define RUNS 21

static gboolean all_met = TRUE;

static void
row (const char *what,
     double      target,
     double      measured)
{
  gboolean met = measured <= target;

  all_met &= met;
  g_print ("| %-46s | %8.2f ms | %8.2f ms | %-4s |\n", what, target, measured,
           met ? "ok" : "OVER");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(GDate) last_day = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  double index_ms[RUNS], week_ms[RUNS], month_ms[RUNS], pdf_ms[RUNS];
  GDate start;
  guint sink = 0;

  setlocale (LC_ALL, "C.UTF-8");

  dir = g_dir_make_tmp ("rebound-bench-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "week.pdf", NULL);

  store = rbd_store_new (dir);
  rbd_store_load (store, NULL);
  rbd_bench_fill_ten_years (store, last_day, 2026);
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 70);
  calendar = rbd_plan_calendar_new (store);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GPtrArray) day = NULL;
      gint64 t;

      /* An edit makes the index stale; the next lookup rebuilds it. */
      g_list_store_remove (rbd_store_get_planned (store), 0);
      t = g_get_monotonic_time ();
      day = rbd_plan_calendar_get_day (calendar, last_day);
      index_ms[i] = rbd_bench_ms_since (t);
      sink += day->len;
    }

  rbd_week_start (last_day, G_DATE_MONDAY, &start);
  for (guint i = 0; i < RUNS; i++)
    {
      GDate week_start = start;
      gint64 t;

      /* A different week each time, as when paging back through years. */
      g_date_subtract_days (&week_start, 7 * 13 * i);
      t = g_get_monotonic_time ();
      sink += rbd_bench_build_week (calendar, &week_start);
      week_ms[i] = rbd_bench_ms_since (t);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      GDate first_row = start;
      gint64 t;

      g_date_subtract_days (&first_row, 7 * 9 * i);
      t = g_get_monotonic_time ();
      sink += rbd_bench_build_month (calendar, &first_row);
      month_ms[i] = rbd_bench_ms_since (t);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      RbdPlanWeek week;
      RbdPlanContext context = { 0 };
      RbdWeekSummary previous[4];
      g_autoptr(RbdWeekRenderer) renderer = NULL;
      gint64 t = g_get_monotonic_time ();

      rbd_plan_calendar_get_week (calendar, &start, &week);
      rbd_plan_calendar_get_context (calendar, &start, &context, previous);
      renderer = rbd_week_renderer_new (&week, &context, 70);
      if (!rbd_week_renderer_write_pdf (renderer, pdf, &error))
        g_error ("%s", error->message);
      pdf_ms[i] = rbd_bench_ms_since (t);
      rbd_plan_context_clear (&context);
      rbd_plan_week_clear (&week);
    }

  g_print ("Ten-year plan: %u planned sessions; median of %d runs (checksum %u)\n\n",
           g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), RUNS, sink);
  g_print ("| %-46s | %-11s | %-11s | %-4s |\n", "measure", "target", "median", "met");
  g_print ("|------------------------------------------------|-------------|-------------|------|\n");
  row ("index rebuild after an edit (all 5,000 plans)", 16, rbd_bench_median (index_ms, RUNS));
  row ("week model: days, totals, checker (R1-R7)", 5, rbd_bench_median (week_ms, RUNS));
  row ("month model: 6 weeks of days and totals", 16, rbd_bench_median (month_ms, RUNS));
  row ("a week's PDF (layout, render, write)", 200, rbd_bench_median (pdf_ms, RUNS));

  g_remove (pdf);
  g_rmdir (dir);

  return all_met ? 0 : 1;
}
