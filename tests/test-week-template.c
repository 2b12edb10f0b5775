/* test-week-template.c
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
#include "rbd-template-session.h"
#include "rbd-week-template.h"

static RbdWeekTemplate *
builtin (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) templates = rbd_week_template_load_builtin (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (templates)); i++)
    {
      RbdWeekTemplate *template = g_list_model_get_item (G_LIST_MODEL (templates), i);

      if (g_strcmp0 (rbd_record_get_id (RBD_RECORD (template)), id) == 0)
        return template;
      g_object_unref (template);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_builtin (void)
{
  static const struct { const char *id; guint n_sessions; int total_min; } expected[] = {
    { "builtin-recovery-first", 9, 320 },
    { "builtin-half-marathon", 7, 325 },
    { "builtin-simple-four-day", 4, 135 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) templates = rbd_week_template_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (templates)), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RbdWeekTemplate) template = g_list_model_get_item (G_LIST_MODEL (templates), i);
      GListModel *sessions = G_LIST_MODEL (rbd_week_template_get_sessions (template));

      g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (template)), ==, expected[i].id);
      g_assert_true (rbd_week_template_is_builtin (template));
      g_assert_nonnull (rbd_record_get_string (RBD_RECORD (template), "name"));
      g_assert_nonnull (rbd_record_get_string (RBD_RECORD (template), "description"));
      g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, expected[i].n_sessions);
      g_assert_cmpint (rbd_week_template_get_total_s (template), ==, expected[i].total_min * 60);
    }
}

static void
check_planned (RbdRecord  *planned,
               const char *date,
               RbdKind     kind,
               int         duration_s)
{
  g_assert_cmpstr (rbd_record_get_string (planned, "date"), ==, date);
  g_assert_cmpint (rbd_record_get_enum (planned, "kind"), ==, kind);
  if (duration_s < 0)
    g_assert_false (rbd_record_is_set (planned, "duration_s"));
  else
    g_assert_cmpint (rbd_record_get_int (planned, "duration_s"), ==, duration_s);
  g_assert_nonnull (rbd_record_get_id (planned));
}

static void
test_apply (void)
{
  g_autoptr(RbdWeekTemplate) template = builtin ("builtin-simple-four-day");
  g_autoptr(GPtrArray) monday_week = NULL;
  g_autoptr(GPtrArray) sunday_week = NULL;
  GDate monday, sunday;

  /* A week that starts on Monday takes the weekdays in order. */
  g_assert_true (rbd_date_parse ("2026-11-30", &monday));
  monday_week = rbd_week_template_apply (template, &monday, 0);
  g_assert_cmpuint (monday_week->len, ==, 4);
  check_planned (monday_week->pdata[0], "2026-11-30", RBD_KIND_INTERVAL, 3000);
  check_planned (monday_week->pdata[1], "2026-12-01", RBD_KIND_TEMPO, 2700);
  check_planned (monday_week->pdata[2], "2026-12-02", RBD_KIND_EASY, 2400);
  check_planned (monday_week->pdata[3], "2026-12-03", RBD_KIND_REST, -1);
  g_assert_cmpstr (rbd_record_get_string (monday_week->pdata[1], "title"), ==, "Tempo run");

  /* A week that starts on Sunday keeps Monday a Monday. */
  g_assert_true (rbd_date_parse ("2026-11-29", &sunday));
  sunday_week = rbd_week_template_apply (template, &sunday, 0);
  check_planned (sunday_week->pdata[0], "2026-11-30", RBD_KIND_INTERVAL, 3000);
  check_planned (sunday_week->pdata[3], "2026-12-03", RBD_KIND_REST, -1);

  /* Fresh ids every time. */
  g_assert_cmpstr (rbd_record_get_id (monday_week->pdata[0]), !=,
                   rbd_record_get_id (sunday_week->pdata[0]));
}

typedef struct
{
  int target_min;
  int expected_min[4];   /* per session, after rounding to whole minutes */
} ScaleCase;

static void
test_scale (void)
{
  /* 50, 45, 40 min (135 in all) and a rest day without a duration. */
  static const ScaleCase cases[] = {
    { 0, { 50, 45, 40, -1 } },
    { 135, { 50, 45, 40, -1 } },
    { 270, { 100, 90, 80, -1 } },
    { 100, { 37, 33, 30, -1 } },    /* 37.04, 33.33, 29.63 */
    { 150, { 56, 50, 44, -1 } },    /* 55.56, 50, 44.44 */
  };
  g_autoptr(RbdWeekTemplate) template = builtin ("builtin-simple-four-day");
  GDate monday;

  g_assert_true (rbd_date_parse ("2026-11-30", &monday));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) planned = rbd_week_template_apply (template, &monday,
                                                              cases[i].target_min * 60);
      int total = 0;

      for (guint s = 0; s < 4; s++)
        {
          RbdRecord *session = planned->pdata[s];

          if (cases[i].expected_min[s] < 0)
            {
              g_assert_false (rbd_record_is_set (session, "duration_s"));
              continue;
            }
          g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==,
                           cases[i].expected_min[s] * 60);
          total += rbd_record_get_int (session, "duration_s");
        }

      if (cases[i].target_min > 0)
        g_assert_cmpint (ABS (total - cases[i].target_min * 60), <=, 3 * 60);
    }
}

static void
test_scale_distance (void)
{
  g_autoptr(RbdWeekTemplate) template = rbd_week_template_new ();
  g_autoptr(RbdTemplateSession) session = rbd_template_session_new ();
  g_autoptr(GPtrArray) planned = NULL;
  GDate monday;

  rbd_record_set_int (RBD_RECORD (session), "weekday", 6);
  rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_LONG);
  rbd_record_set_int (RBD_RECORD (session), "duration_s", 6000);
  rbd_record_set_double (RBD_RECORD (session), "distance_m", 18000);
  g_list_store_append (rbd_week_template_get_sessions (template), session);

  g_assert_true (rbd_date_parse ("2026-11-30", &monday));
  planned = rbd_week_template_apply (template, &monday, 4500);
  check_planned (planned->pdata[0], "2026-12-05", RBD_KIND_LONG, 4500);
  g_assert_cmpfloat (rbd_record_get_double (planned->pdata[0], "distance_m"), ==, 13500);
}

static void
test_from_week_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rebound-template-XXXXXX", NULL);
  g_autoptr(RbdWeekTemplate) source = builtin ("builtin-recovery-first");
  g_autoptr(RbdWeekTemplate) saved = NULL;
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(RbdStore) store = rbd_store_new (dir);
  g_autoptr(RbdStore) again = rbd_store_new (dir);
  g_autoptr(GPtrArray) planned = NULL;
  g_autoptr(RbdWeekTemplate) reloaded = NULL;
  RbdPlanWeek week;
  GDate sunday;

  /* Plan a week from the built-in, save that week as the runner's own
   * template, and get the same week back from it. */
  g_assert_true (rbd_store_load (store, NULL));
  calendar = rbd_plan_calendar_new (store);
  g_assert_true (rbd_date_parse ("2026-11-29", &sunday));
  planned = rbd_week_template_apply (source, &sunday, 0);
  g_list_store_splice (rbd_store_get_planned (store), 0, 0, planned->pdata, planned->len);

  rbd_plan_calendar_get_week (calendar, &sunday, &week);
  saved = rbd_week_template_new_from_week (&week, "My week");
  rbd_plan_week_clear (&week);

  g_assert_false (rbd_week_template_is_builtin (saved));
  g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (saved), "name"), ==, "My week");
  g_assert_cmpint (rbd_week_template_get_total_s (saved), ==,
                   rbd_week_template_get_total_s (source));
  g_list_store_append (rbd_store_get_templates (store), saved);
  g_assert_true (rbd_store_flush (store, NULL));

  /* Kept in the document. */
  g_assert_true (rbd_store_load (again, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_templates (again))), ==, 1);
  reloaded = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_templates (again)), 0);
  g_assert_cmpstr (rbd_record_get_json_text (RBD_RECORD (reloaded)), ==,
                   rbd_record_get_json_text (RBD_RECORD (saved)));

  /* Its Sunday session comes first (the week started on Sunday), and
   * keeps its weekday. */
  {
    g_autoptr(RbdRecord) first = g_list_model_get_item (
      G_LIST_MODEL (rbd_week_template_get_sessions (reloaded)), 0);

    g_assert_cmpint (rbd_record_get_int (first, "weekday"), ==, 7);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/week-template/builtin", test_builtin);
  g_test_add_func ("/week-template/apply", test_apply);
  g_test_add_func ("/week-template/scale", test_scale);
  g_test_add_func ("/week-template/scale-distance", test_scale_distance);
  g_test_add_func ("/week-template/from-week", test_from_week_round_trip);

  return g_test_run ();
}
