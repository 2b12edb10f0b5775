/* test-plan-calendar.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-plan-calendar.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"
#include "rbd-template-session.h"
#include "rbd-week-template.h"

static RbdPlannedSession *
add_planned (RbdStore   *store,
             const char *date,
             RbdKind     kind,
             int         duration_s)
{
  g_autoptr(RbdPlannedSession) planned = rbd_planned_session_new ();

  rbd_record_set_string (RBD_RECORD (planned), "date", date);
  rbd_record_set_enum (RBD_RECORD (planned), "kind", kind);
  if (duration_s >= 0)
    rbd_record_set_int (RBD_RECORD (planned), "duration_s", duration_s);
  g_list_store_append (rbd_store_get_planned (store), planned);

  return planned;
}

static GDate
date (const char *text)
{
  GDate d;

  g_assert_true (rbd_date_parse (text, &d));

  return d;
}

static void
count_changes (RbdPlanCalendar *calendar,
               guint           *count)
{
  (*count)++;
}

static void
run_idle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_dates (void)
{
  static const struct { const char *day; GDateWeekday first; const char *start; } cases[] = {
    { "2026-11-30", G_DATE_MONDAY, "2026-11-30" },   /* a Monday */
    { "2026-12-06", G_DATE_MONDAY, "2026-11-30" },   /* its Sunday */
    { "2026-12-06", G_DATE_SUNDAY, "2026-12-06" },
    { "2026-12-05", G_DATE_SUNDAY, "2026-11-29" },
    { "2027-01-01", G_DATE_MONDAY, "2026-12-28" },   /* across the year */
    { "2026-03-01", G_DATE_SATURDAY, "2026-02-28" },
  };
  GDateWeekday weekday;
  GDate d;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate day = date (cases[i].day);
      GDate start;
      g_autofree char *text = NULL;

      rbd_week_start (&day, cases[i].first, &start);
      text = rbd_date_format (&start);
      g_assert_cmpstr (text, ==, cases[i].start);
    }

  d = date ("2026-11-30");
  g_assert_cmpuint (rbd_date_iso_week (&d), ==, 49);
  d = date ("2027-01-01");
  g_assert_cmpuint (rbd_date_iso_week (&d), ==, 53);

  g_assert_false (rbd_date_parse ("2026-02-30", &d));
  g_assert_false (rbd_date_parse ("2026-2-3", &d));
  g_assert_false (rbd_date_parse (NULL, &d));

  g_assert_true (rbd_weekday_parse ("sunday", &weekday));
  g_assert_cmpint (weekday, ==, G_DATE_SUNDAY);
  g_assert_false (rbd_weekday_parse ("Sunday", &weekday));
}

static void
test_index (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rebound-calendar-XXXXXX", NULL);
  g_autoptr(RbdStore) store = rbd_store_new (dir);
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(GPtrArray) day = NULL;
  RbdPlanWeek week;
  RbdPlannedSession *moved;
  GDate monday = date ("2026-11-30");
  guint changes = 0;

  g_assert_true (rbd_store_load (store, NULL));
  calendar = rbd_plan_calendar_new (store);
  g_signal_connect (calendar, "changed", G_CALLBACK (count_changes), &changes);

  add_planned (store, "2026-11-30", RBD_KIND_EASY, 2400);
  add_planned (store, "2026-11-30", RBD_KIND_MOBILITY, 600);
  add_planned (store, "2026-12-01", RBD_KIND_INTERVAL, 3600);
  moved = add_planned (store, "2026-12-06", RBD_KIND_LONG, 4800);
  add_planned (store, "2026-12-07", RBD_KIND_EASY, 2400);

  /* Five additions, one notification, after the main loop turns. */
  g_assert_cmpuint (changes, ==, 0);
  run_idle ();
  g_assert_cmpuint (changes, ==, 1);

  day = rbd_plan_calendar_get_day (calendar, &monday);
  g_assert_cmpuint (day->len, ==, 2);
  g_assert_cmpint (rbd_record_get_enum (day->pdata[0], "kind"), ==, RBD_KIND_EASY);
  g_assert_cmpint (rbd_record_get_enum (day->pdata[1], "kind"), ==, RBD_KIND_MOBILITY);

  rbd_plan_calendar_get_week (calendar, &monday, &week);
  g_assert_cmpuint (week.days[0]->len, ==, 2);
  g_assert_cmpuint (week.days[1]->len, ==, 1);
  g_assert_cmpuint (week.days[2]->len, ==, 0);
  g_assert_cmpuint (week.days[6]->len, ==, 1);
  rbd_plan_week_clear (&week);

  /* Editing a date moves the session in the index. */
  rbd_record_set_string (RBD_RECORD (moved), "date", "2026-12-02");
  run_idle ();
  g_assert_cmpuint (changes, ==, 2);
  rbd_plan_calendar_get_week (calendar, &monday, &week);
  g_assert_cmpuint (week.days[2]->len, ==, 1);
  g_assert_cmpuint (week.days[6]->len, ==, 0);
  rbd_plan_week_clear (&week);

  /* So does removing it. */
  g_list_store_remove (rbd_store_get_planned (store), 3);
  run_idle ();
  rbd_plan_calendar_get_week (calendar, &monday, &week);
  g_assert_cmpuint (week.days[2]->len, ==, 0);
  rbd_plan_week_clear (&week);

  /* Other records changing are none of the calendar's business. */
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 70);
  run_idle ();
  g_assert_cmpuint (changes, ==, 3);

  g_assert_true (rbd_store_flush (store, NULL));
}

static void
test_context (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rebound-calendar-XXXXXX", NULL);
  g_autoptr(RbdStore) store = rbd_store_new (dir);
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  RbdWeekSummary previous[4];
  RbdPlanContext context = { 0 };
  GDate monday = date ("2026-11-30");

  g_assert_true (rbd_store_load (store, NULL));
  calendar = rbd_plan_calendar_new (store);

  add_planned (store, "2026-11-29", RBD_KIND_LONG, 5400);     /* the Sunday before */
  add_planned (store, "2026-11-24", RBD_KIND_EASY, 3000);     /* one week back */
  add_planned (store, "2026-11-26", RBD_KIND_TEMPO, 2700);
  add_planned (store, "2026-11-03", RBD_KIND_EASY, 1800);     /* four weeks back */
  add_planned (store, "2026-10-27", RBD_KIND_EASY, 9999);     /* five: not asked for */

  rbd_plan_calendar_get_context (calendar, &monday, &context, previous);
  g_assert_cmpuint (context.day_before->len, ==, 1);
  g_assert_cmpint (rbd_record_get_enum (context.day_before->pdata[0], "kind"), ==, RBD_KIND_LONG);
  g_assert_true (context.previous == previous);
  g_assert_cmpuint (context.n_previous, ==, 4);
  g_assert_cmpint (previous[0].running_s, ==, 5400 + 3000 + 2700);
  g_assert_cmpint (previous[1].running_s, ==, 0);
  g_assert_cmpint (previous[2].running_s, ==, 0);
  g_assert_cmpint (previous[3].running_s, ==, 1800);
  rbd_plan_context_clear (&context);
  g_assert_null (context.day_before);

  g_assert_true (rbd_store_flush (store, NULL));
}

static void
add_session (RbdStore   *store,
             const char *start,
             const char *planned_id)
{
  g_autoptr(RbdSession) session = rbd_session_new ();

  rbd_record_set_string (RBD_RECORD (session), "start", start);
  if (planned_id != NULL)
    rbd_record_set_string (RBD_RECORD (session), "planned_id", planned_id);
  g_list_store_append (rbd_store_get_sessions (store), session);
}

static void
test_done_and_missed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rebound-calendar-XXXXXX", NULL);
  g_autoptr(RbdStore) store = rbd_store_new (dir);
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(GPtrArray) done = NULL;
  RbdPlannedSession *linked, *unlinked_same_day, *skipped, *rest, *today_plan, *future;
  GDate monday = date ("2026-11-30");
  GDate tuesday = date ("2026-12-01");
  GDate today = date ("2026-12-03");
  guint changes = 0;

  g_assert_true (rbd_store_load (store, NULL));
  calendar = rbd_plan_calendar_new (store);
  g_signal_connect (calendar, "changed", G_CALLBACK (count_changes), &changes);

  linked = add_planned (store, "2026-11-30", RBD_KIND_INTERVAL, 3600);
  unlinked_same_day = add_planned (store, "2026-12-01", RBD_KIND_EASY, 2400);
  skipped = add_planned (store, "2026-12-02", RBD_KIND_TEMPO, 3000);
  rest = add_planned (store, "2026-12-02", RBD_KIND_REST, -1);
  today_plan = add_planned (store, "2026-12-03", RBD_KIND_EASY, 2400);
  future = add_planned (store, "2026-12-05", RBD_KIND_LONG, 5400);

  /* Logged on Monday for the intervals; on Tuesday a run imported
   * without the link, late at night in its own offset. */
  add_session (store, "2026-11-30T18:00:00+01:00", rbd_record_get_id (RBD_RECORD (linked)));
  add_session (store, "2026-12-01T23:30:00-05:00", NULL);
  run_idle ();
  g_assert_cmpuint (changes, ==, 1);

  done = rbd_plan_calendar_get_done (calendar, &monday);
  g_assert_cmpuint (done->len, ==, 1);
  g_clear_pointer (&done, g_ptr_array_unref);
  done = rbd_plan_calendar_get_done (calendar, &tuesday);
  g_assert_cmpuint (done->len, ==, 1);

  g_assert_nonnull (rbd_plan_calendar_find_done (calendar, RBD_RECORD (linked)));
  g_assert_null (rbd_plan_calendar_find_done (calendar, RBD_RECORD (unlinked_same_day)));

  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (linked), &today));
  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (unlinked_same_day), &today));
  g_assert_true (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (skipped), &today));
  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (rest), &today));
  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (today_plan), &today));
  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (future), &today));

  /* Logging it late (linked) makes it done. */
  add_session (store, "2026-12-03T07:00:00+01:00", rbd_record_get_id (RBD_RECORD (skipped)));
  run_idle ();
  g_assert_cmpuint (changes, ==, 2);
  g_assert_false (rbd_plan_calendar_is_missed (calendar, RBD_RECORD (skipped), &today));

  g_assert_true (rbd_store_flush (store, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-calendar/dates", test_dates);
  g_test_add_func ("/plan-calendar/index", test_index);
  g_test_add_func ("/plan-calendar/context", test_context);
  g_test_add_func ("/plan-calendar/done-and-missed", test_done_and_missed);

  return g_test_run ();
}
