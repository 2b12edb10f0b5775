/* bench-budget.c
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
#include "rbd-bench-plan-views.h"
#include "rbd-bench-stats.h"
#include "rbd-dates.h"
#include "rbd-fake-clock.h"
#include "rbd-gpx-reader.h"
#include "rbd-ical-writer.h"
#include "rbd-plan-calendar.h"
#include "rbd-routine-player.h"
#include "rbd-routine-step.h"
#include "rbd-training-load.h"
#include "rbd-week-renderer.h"

/* The performance budget in one table: every row the benchmark issue
 * lists, with the ten-year document, the target next to the median of
 * the runs. Targets come from the "Performance budget" of DESIGN.md [D];
 * where it has none, the note under the table says where the number
 * comes from. bench-store, bench-plan and bench-log break these numbers
 * down further. Exits 1 when a target is missed. */

#define RUNS 11
#define ROUTINE_RUNS 5
#define GPX_POINTS 100000

#define SEC  G_GINT64_CONSTANT (1000000)
#define MSEC G_GINT64_CONSTANT (1000)
#define T0   (G_GINT64_CONSTANT (1000) * SEC)

/* 60 stretches of 30 s after a 5 s lead-in: a 30-minute routine. */
#define ROUTINE_STEPS 60
#define ROUTINE_DUE   (1805 * SEC)

static gboolean all_met = TRUE;

/* One timed measure: the time on the clock and the CPU time of each run. */
typedef struct
{
  double wall_ms[RUNS];
  double cpu_ms[RUNS];
} Timing;

typedef struct
{
  gint64 wall_us;
  double cpu_ms;
} Stamp;

static void
stamp_now (Stamp *stamp)
{
  stamp->cpu_ms = rbd_bench_thread_cpu_ms ();
  stamp->wall_us = g_get_monotonic_time ();
}

static void
timing_record (Timing      *timing,
               guint        run,
               const Stamp *start)
{
  timing->wall_ms[run] = rbd_bench_ms_since (start->wall_us);
  timing->cpu_ms[run] = rbd_bench_thread_cpu_ms () - start->cpu_ms;
}

static void
header (void)
{
  g_print ("| %-48s | %-16s | %-22s | %-10s | %-4s |\n", "measure", "target", "median (runs)",
           "CPU time", "met");
  g_print ("|%s|%s|%s|%s|%s|\n", "--------------------------------------------------",
           "------------------", "------------------------", "------------", "------");
}

/* A row whose target is an upper bound in @unit. */
/* A timed row: the target is an upper bound on the median time. */
static void
row (const char *what,
     double      target,
     const char *source,
     Timing     *timing)
{
  g_autofree char *target_text = g_strdup_printf ("< %g ms %s", target, source);
  double measured = rbd_bench_median (timing->wall_ms, RUNS);
  g_autofree char *measured_text = g_strdup_printf ("%.2f ms (%u)", measured, RUNS);
  g_autofree char *cpu_text = g_strdup_printf ("%.2f ms", rbd_bench_median (timing->cpu_ms,
                                                                             RUNS));
  gboolean met = measured <= target;

  all_met &= met;
  g_print ("| %-48s | %-16s | %22s | %10s | %-4s |\n", what, target_text, measured_text,
           cpu_text, met ? "ok" : "MISS");
}

/* A row with an at-most target (counts, a drift of zero). */
static void
row_at_most (const char *what,
             double      target,
             const char *source,
             double      measured,
             const char *unit,
             guint       runs)
{
  g_autofree char *target_text = g_strdup_printf ("<= %g%s%s %s", target, *unit ? " " : "",
                                                  unit, source);
  g_autofree char *measured_text = g_strdup_printf ("%.2f%s%s (%u)", measured, *unit ? " " : "",
                                                    unit, runs);
  gboolean met = measured <= target;

  all_met &= met;
  g_print ("| %-48s | %-16s | %22s | %10s | %-4s |\n", what, target_text, measured_text, "-",
           met ? "ok" : "MISS");
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

/* The routine engine ---------------------------------------------------- */

typedef struct
{
  double drift_us;           /* punctual loop: finish minus due */
  double late_finish_ms;     /* late loop: finish minus due */
  double wakeups_per_s;      /* while running */
  double paused_wakeups;     /* during a 10-minute pause */
} RoutineResult;

static RbdRoutine *
make_routine (void)
{
  RbdRoutine *routine = rbd_routine_new ();

  rbd_record_set_string (RBD_RECORD (routine), "name", "Thirty minutes");
  for (guint i = 0; i < ROUTINE_STEPS; i++)
    {
      g_autoptr(RbdRoutineStep) step = rbd_routine_step_new ();
      g_autofree char *name = g_strdup_printf ("Stretch %u", i + 1);

      rbd_record_set_string (RBD_RECORD (step), "name", name);
      rbd_record_set_int (RBD_RECORD (step), "duration_s", 30);
      rbd_record_set_int (RBD_RECORD (step), "sides", 1);
      g_list_store_append (rbd_routine_get_steps (routine), step);
    }

  return routine;
}

static void
on_finished_cb (RbdRoutinePlayer *player,
                gint64           *finished_at)
{
  *finished_at = rbd_clock_get_now (rbd_routine_player_get_clock (player));
}

static RbdRoutinePlayer *
start_player (RbdRoutine   *routine,
              RbdFakeClock *clock,
              gint64       *finished_at)
{
  RbdRoutinePlayer *player = rbd_routine_player_new (routine, RBD_CLOCK (clock));
  g_autoptr(GError) error = NULL;

  rbd_routine_player_set_lead_in_s (player, 5);
  rbd_routine_player_set_switch_sides_s (player, 5);
  g_signal_connect (player, "finished", G_CALLBACK (on_finished_cb), finished_at);
  if (!rbd_routine_player_start (player, &error))
    g_error ("%s", error->message);

  return player;
}

/* The real player on a fake clock, three ways: a punctual main loop that
 * wakes exactly on each deadline, in chunks of up to three seconds (any
 * drift shows at the finish); a late one that runs every 1-9 ms and now
 * and then stalls for most of a second (the finish may be as late as the
 * last wake-up, no later); and a 10-minute pause (no wake-up at all). */
static void
run_routine (RbdRoutine    *routine,
             guint32        seed,
             RoutineResult *result)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  gint64 finished_at = -1;
  gint64 paused_for = 10 * 60 * SEC;
  guint fired;

  {
    g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (T0);
    g_autoptr(RbdRoutinePlayer) player = start_player (routine, clock, &finished_at);

    while (rbd_routine_player_get_state (player) != RBD_PLAYER_FINISHED)
      rbd_fake_clock_advance (clock, g_rand_int_range (rand, 1, 3 * SEC));
    result->drift_us = finished_at - T0 - ROUTINE_DUE;
    result->wakeups_per_s = (double) rbd_fake_clock_get_n_fired (clock) * SEC / ROUTINE_DUE;
  }

  {
    g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (T0);
    g_autoptr(RbdRoutinePlayer) player = start_player (routine, clock, &finished_at);

    while (rbd_routine_player_get_state (player) != RBD_PLAYER_FINISHED)
      {
        gint64 now = rbd_clock_get_now (RBD_CLOCK (clock)) - T0;
        gint64 step = g_rand_int_range (rand, 1 * MSEC, 9 * MSEC);

        if (g_rand_int_range (rand, 0, 400) == 0 && now < ROUTINE_DUE - 5 * SEC)
          step = g_rand_int_range (rand, 200 * MSEC, 950 * MSEC);
        if (now > 2 * ROUTINE_DUE)
          g_error ("the routine never finished on a late main loop");
        rbd_fake_clock_jump (clock, step);
      }
    result->late_finish_ms = (finished_at - T0 - ROUTINE_DUE) / 1000.0;
  }

  {
    g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (T0);
    g_autoptr(RbdRoutinePlayer) player = start_player (routine, clock, &finished_at);

    rbd_fake_clock_advance (clock, 600 * SEC + g_rand_int_range (rand, 0, SEC));
    rbd_routine_player_pause (player);
    fired = rbd_fake_clock_get_n_fired (clock);
    rbd_fake_clock_advance (clock, paused_for);
    result->paused_wakeups = rbd_fake_clock_get_n_fired (clock) - fired;
    rbd_routine_player_stop (player);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *gpx = NULL;
  g_autoptr(RbdStore) writer = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(RbdRoutine) routine = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  Timing load, save, index, week_model, month_model, pdf_timing, ics_timing, gpx_timing;
  Timing chart;
  double drift_us[ROUTINE_RUNS], late_ms[ROUTINE_RUNS], wakeups[ROUTINE_RUNS];
  double paused[ROUTINE_RUNS];
  GListModel *planned, *sessions;
  GDate monday;
  guint sink = 0;
  Stamp t;

  setlocale (LC_ALL, "C.UTF-8");

  dir = g_dir_make_tmp ("rebound-bench-budget-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "week.pdf", NULL);
  ics = g_build_filename (dir, "plan.ics", NULL);
  gpx = g_build_filename (dir, "large.gpx", NULL);

  writer = rbd_store_new (dir);
  rbd_store_load (writer, NULL);
  rbd_bench_fill_ten_years (writer, today, 2026);
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (writer)), "body_mass_kg", 70);
  if (!rbd_store_save (writer, &error))
    g_error ("%s", error->message);
  g_clear_object (&writer);

  /* Load: read, parse, validate and build the lists, as at start-up. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdStore) loaded = rbd_store_new (dir);

      stamp_now (&t);
      if (!rbd_store_load (loaded, &error))
        g_error ("%s", error->message);
      timing_record (&load, i, &t);
    }

  /* Save: the whole file written after one change, as the app's worker
   * thread does it, once the idle warm-up after loading has run. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdStore) saved = rbd_store_new (dir);

      rbd_store_load (saved, NULL);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (saved)), "body_mass_kg",
                             70 + i * 0.1);
      stamp_now (&t);
      if (!rbd_store_save (saved, &error))
        g_error ("%s", error->message);
      timing_record (&save, i, &t);
    }

  store = rbd_store_new (dir);
  if (!rbd_store_load (store, &error))
    g_error ("%s", error->message);
  planned = G_LIST_MODEL (rbd_store_get_planned (store));
  sessions = G_LIST_MODEL (rbd_store_get_sessions (store));
  calendar = rbd_plan_calendar_new (store);
  rbd_week_start (today, G_DATE_MONDAY, &monday);

  /* An edit makes the plan's index by day stale; the next lookup, the
   * first thing a week or month view does, rebuilds it. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GPtrArray) day = NULL;
      g_autoptr(GObject) first = g_list_model_get_item (planned, 0);

      rbd_record_set_string (RBD_RECORD (first), "notes", i % 2 ? "moved" : "kept");
      g_list_store_remove (G_LIST_STORE (planned), 0);
      g_list_store_append (G_LIST_STORE (planned), first);
      stamp_now (&t);
      day = rbd_plan_calendar_get_day (calendar, today);
      timing_record (&index, i, &t);
      sink += day->len;
    }

  /* Week and month models: a different week or month each time, as when
   * paging back through the years. */
  for (guint i = 0; i < RUNS; i++)
    {
      GDate start = monday;

      g_date_subtract_days (&start, 7 * 13 * i);
      stamp_now (&t);
      sink += rbd_bench_build_week (calendar, &start);
      timing_record (&week_model, i, &t);
    }
  for (guint i = 0; i < RUNS; i++)
    {
      GDate first_row = monday;

      g_date_subtract_days (&first_row, 7 * 9 * i);
      stamp_now (&t);
      sink += rbd_bench_build_month (calendar, &first_row);
      timing_record (&month_model, i, &t);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      RbdPlanWeek week;
      RbdPlanContext context = { 0 };
      RbdWeekSummary previous[4];
      g_autoptr(RbdWeekRenderer) renderer = NULL;

      stamp_now (&t);
      rbd_plan_calendar_get_week (calendar, &monday, &week);
      rbd_plan_calendar_get_context (calendar, &monday, &context, previous);
      renderer = rbd_week_renderer_new (&week, &context, 70);
      if (!rbd_week_renderer_write_pdf (renderer, pdf, &error))
        g_error ("%s", error->message);
      timing_record (&pdf_timing, i, &t);
      rbd_plan_context_clear (&context);
      rbd_plan_week_clear (&week);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      stamp_now (&t);
      if (!rbd_ical_write_file (planned, ics, &error))
        g_error ("%s", error->message);
      timing_record (&ics_timing, i, &t);
    }

  rbd_bench_write_gpx (gpx, GPX_POINTS);
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(RbdGpxTrack) track = NULL;

      stamp_now (&t);
      track = rbd_gpx_track_new_from_file (gpx, &error);
      timing_record (&gpx_timing, i, &t);
      if (track == NULL)
        g_error ("%s", error->message);
      sink += rbd_gpx_track_get_n_segments (track);
    }

  /* The Log page's chart: twelve weeks ending today, with the ratio. */
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GArray) weeks = NULL;

      stamp_now (&t);
      weeks = rbd_load_weeks (sessions, today, 12);
      timing_record (&chart, i, &t);
      sink += weeks->len;
    }

  routine = make_routine ();
  for (guint i = 0; i < ROUTINE_RUNS; i++)
    {
      RoutineResult result;

      run_routine (routine, 20261130 + i, &result);
      drift_us[i] = result.drift_us;
      late_ms[i] = result.late_finish_ms;
      wakeups[i] = result.wakeups_per_s;
      paused[i] = result.paused_wakeups;
    }

  g_print ("Ten-year document: %u planned, %u sessions, %u check-ins (checksum %u)\n\n",
           g_list_model_get_n_items (planned), g_list_model_get_n_items (sessions),
           g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_checkins (store))), sink);
  header ();
  row ("document load", 50, "[D]", &load);
  row ("document save (whole file, one change)", 50, "[D]", &save);
  row ("plan index rebuild after an edit (5,000 plans)", 16, "[D]", &index);
  row ("week model rebuild (days, totals, checker)", 5, "[D]", &week_model);
  row ("month model rebuild (6 weeks)", 5, "[D]", &month_model);
  row ("a week's PDF", 200, "[D]", &pdf_timing);
  row ("ICS export of all planned sessions", 200, "[1]", &ics_timing);
  row ("GPX of 100,000 points parsed", 150, "[D]", &gpx_timing);
  row ("load chart (12 weeks and the ratio)", 16, "[2]", &chart);
  row_at_most ("routine, 30 min, punctual loop: drift", 0, "[D]",
               rbd_bench_median (drift_us, ROUTINE_RUNS), "us", ROUTINE_RUNS);
  row_at_most ("routine, 30 min, late loop: finish late by", 10, "[3]",
               rbd_bench_median (late_ms, ROUTINE_RUNS), "ms", ROUTINE_RUNS);
  row_at_most ("routine: wake-ups a second while running", 2, "[D]",
               rbd_bench_median (wakeups, ROUTINE_RUNS), "/s", ROUTINE_RUNS);
  row_at_most ("routine: wake-ups in a 10-minute pause", 0, "[D]",
               rbd_bench_median (paused, ROUTINE_RUNS), "", ROUTINE_RUNS);
  g_print ("\n[D] DESIGN.md, \"Performance budget\": \"no frame over 16 ms\" for the index,\n"
           "    \"a few wake-ups a second\" taken as 2.\n"
           "[1] No target in DESIGN.md: the week PDF's, an export the user waits for.\n"
           "[2] No target in DESIGN.md: one frame at 60 Hz, since the chart is computed\n"
           "    when the Log page is shown (bench-log holds it to issue 6's 5 ms).\n"
           "[3] A main loop running 1-9 ms late, with stalls of up to 950 ms: the finish\n"
           "    is as late as the last wake-up and no later, nothing accumulates.\n"
           "Met or not by the median time on the clock; the CPU time beside it is what\n"
           "the same work costs when the machine is busy with other programs.\n");

  remove_tree (dir);

  return all_met ? 0 : 1;
}
