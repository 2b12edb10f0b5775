/* test-week-summary.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "coach-test-week.h"
#include "rbd-week-summary.h"

typedef struct
{
  const char     *name;
  const char     *days[7];
  RbdWeekSummary  expected;   /* shares are checked as easy_s / running_s etc. */
} SummaryCase;

#define MINUTES(m) ((m) * 60)

static const SummaryCase cases[] = {
  { "empty", { NULL }, { 0 } },
  /* Every kind once. Running: easy 40 + interval 60 + tempo 50 + long 90
   * + race 25 = 265 min; the recovery run has no duration, cross-training,
   * strength, mobility and rest only reach the totals. Distances: running
   * 8 + 11 + 5 + 18 + 5 = 47 km, plus 20 km on the bike. */
  { "full-week",
    { "easy:40:8000+mobility:10", "interval:60:11000", "recovery:-:5000+cross:45:20000",
      "tempo:50", "rest+strength:30", "long:90:18000", "race:25:5000" },
    { .n_sessions = 10,
      .total_s = MINUTES (40 + 10 + 60 + 45 + 50 + 30 + 90 + 25),
      .total_m = 67000,
      .running_s = MINUTES (265),
      .running_m = 47000,
      /* Warm-up and cool-down of the quality sessions count as easy:
       * 30 of the 60 min intervals, 25 of the tempo, 12.5 of the race. */
      .easy_s = MINUTES (40 + 90 + 30 + 25) + 750,
      .quality_s = MINUTES (30 + 25) + 750,
      .long_s = MINUTES (90),
      .has_race = TRUE } },
  /* Recovery counts as easy running, hills as quality but for the
   * warm-up and cool-down (half of 45 min). */
  { "recovery-and-hills",
    { "recovery:30:5000", "hills:45:9000", NULL, "easy:45:9000", NULL, NULL, NULL },
    { .n_sessions = 3,
      .total_s = MINUTES (120),
      .total_m = 23000,
      .running_s = MINUTES (120),
      .running_m = 23000,
      .easy_s = MINUTES (75) + 1350,
      .quality_s = 1350 } },
  /* No running at all: totals only, every share 0. */
  { "cross-and-strength",
    { "cross:60:25000", "strength:45", "mobility:15", "rest", "cross:-:30000", NULL, NULL },
    { .n_sessions = 5,
      .total_s = MINUTES (120),
      .total_m = 55000,
      .running_s = 0 } },
  /* Sessions without a duration count as sessions, not as time. */
  { "durations-unset",
    { "easy", "tempo:-:10000", "long:100", NULL, NULL, NULL, "race" },
    { .n_sessions = 4,
      .total_s = MINUTES (100),
      .total_m = 10000,
      .running_s = MINUTES (100),
      .running_m = 10000,
      .easy_s = MINUTES (100),
      .long_s = MINUTES (100),
      .has_race = TRUE } },
};

static void
assert_share (double      share,
              int         part_s,
              int         running_s)
{
  if (running_s == 0)
    g_assert_cmpfloat (share, ==, 0.0);
  else
    g_assert_cmpfloat_with_epsilon (share, (double) part_s / running_s, 1e-12);
}

static void
test_case (gconstpointer data)
{
  const SummaryCase *c = data;
  const RbdWeekSummary *e = &c->expected;
  RbdWeekSummary s;
  RbdPlanWeek week;

  coach_test_week_init (&week, "2026-11-30", c->days);
  rbd_week_summarize (&week, &s);
  coach_test_week_clear (&week);

  g_assert_cmpuint (s.n_sessions, ==, e->n_sessions);
  g_assert_cmpint (s.total_s, ==, e->total_s);
  g_assert_cmpfloat_with_epsilon (s.total_m, e->total_m, 1e-9);
  g_assert_cmpint (s.running_s, ==, e->running_s);
  g_assert_cmpfloat_with_epsilon (s.running_m, e->running_m, 1e-9);
  g_assert_cmpint (s.easy_s, ==, e->easy_s);
  g_assert_cmpint (s.quality_s, ==, e->quality_s);
  g_assert_cmpint (s.long_s, ==, e->long_s);
  g_assert_cmpint (s.has_race, ==, e->has_race);
  g_assert_cmpint (s.easy_s + s.quality_s, ==, s.running_s);

  assert_share (s.easy_share, e->easy_s, e->running_s);
  assert_share (s.quality_share, e->quality_s, e->running_s);
  assert_share (s.long_share, e->long_s, e->running_s);
}

/* The numbers of the full week, worked out by hand as the user would. */
static void
test_full_week_shares (void)
{
  RbdWeekSummary s;
  RbdPlanWeek week;

  coach_test_week_init (&week, "2026-11-30", cases[1].days);
  rbd_week_summarize (&week, &s);
  coach_test_week_clear (&week);

  g_assert_cmpint (s.running_s, ==, 15900);
  g_assert_cmpfloat_with_epsilon (s.easy_share, 0.745283, 1e-6);     /* 197.5 / 265 */
  g_assert_cmpfloat_with_epsilon (s.quality_share, 0.254717, 1e-6);  /*  67.5 / 265 */
  g_assert_cmpfloat_with_epsilon (s.long_share, 0.339623, 1e-6);     /*  90 / 265 */
}

/* Days without an array are days without sessions. */
static void
test_missing_days (void)
{
  RbdPlanWeek week = { 0 };
  RbdWeekSummary s;
  GDate date;

  g_date_clear (&week.start, 1);
  g_date_set_dmy (&week.start, 30, 11, 2026);
  date = week.start;
  g_date_add_days (&date, 2);
  week.days[2] = coach_test_day_new (&date, "easy:50:10000");

  memset (&s, 0xff, sizeof s);
  rbd_week_summarize (&week, &s);
  g_ptr_array_unref (week.days[2]);

  g_assert_cmpuint (s.n_sessions, ==, 1);
  g_assert_cmpint (s.running_s, ==, 3000);
  g_assert_cmpint (s.quality_s, ==, 0);
  g_assert_cmpint (s.long_s, ==, 0);
  g_assert_false (s.has_race);
  g_assert_cmpfloat (s.easy_share, ==, 1.0);
  g_assert_cmpfloat (s.quality_share, ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/week-summary/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  g_test_add_func ("/week-summary/full-week-shares", test_full_week_shares);
  g_test_add_func ("/week-summary/missing-days", test_missing_days);

  return g_test_run ();
}
