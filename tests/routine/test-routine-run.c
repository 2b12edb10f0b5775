/* test-routine-run.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rbd-routine-run.h"

static RbdRoutine *
make_routine (void)
{
  RbdRoutine *routine = rbd_routine_new ();

  rbd_record_set_string (RBD_RECORD (routine), "id", "builtin-cooldown-hard");
  rbd_record_set_string (RBD_RECORD (routine), "name", "Cool-down after “intervals”");

  return routine;
}

static GDateTime *
local_time (int hour,
            int minute,
            int second)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");

  return g_date_time_new (zone, 2026, 11, 30, hour, minute, second);
}

static void
test_collection (void)
{
  g_autoptr(RbdRecordClass) klass = g_type_class_ref (RBD_TYPE_ROUTINE_RUN);

  g_assert_cmpstr (klass->collection, ==, "routine_runs");
  g_assert_true (rbd_record_class_find_field (klass, "start")->required);
  g_assert_cmpint (rbd_record_class_find_field (klass, "routine_id")->type, ==, RBD_FIELD_REF);
}

static void
test_new_for (void)
{
  g_autoptr(RbdRoutine) routine = make_routine ();
  g_autoptr(GDateTime) start = local_time (7, 10, 0);
  g_autoptr(RbdRoutineRun) run = rbd_routine_run_new_for (routine, start);
  g_autoptr(RbdRoutineRun) other = rbd_routine_run_new_for (routine, start);
  RbdRecord *record = RBD_RECORD (run);

  g_assert_nonnull (rbd_record_get_id (record));
  g_assert_cmpstr (rbd_record_get_id (record), !=, rbd_record_get_id (RBD_RECORD (other)));
  g_assert_cmpstr (rbd_record_get_string (record, "routine_id"), ==, "builtin-cooldown-hard");
  g_assert_cmpstr (rbd_record_get_string (record, "routine_name"), ==,
                   "Cool-down after “intervals”");
  g_assert_cmpstr (rbd_record_get_string (record, "start"), ==, "2026-11-30T07:10:00+01:00");
  g_assert_false (rbd_record_is_set (record, "end"));
  g_assert_true (rbd_record_is_set (record, "finished"));
  g_assert_false (rbd_record_get_boolean (record, "finished"));
  g_assert_false (rbd_record_is_set (record, "stopped_at_step"));
}

static void
check_round_trip (RbdRoutineRun *run,
                  const char    *expected_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRecord) copy = NULL;
  const char *json = rbd_record_get_json_text (RBD_RECORD (run));

  g_assert_cmpstr (json, ==, expected_json);

  copy = rbd_record_new_from_text (RBD_TYPE_ROUTINE_RUN, json, &error);
  g_assert_no_error (error);
  g_assert_true (RBD_IS_ROUTINE_RUN (copy));
  g_assert_cmpstr (rbd_record_get_json_text (copy), ==, json);

  static const char * const fields[] = { "id", "routine_id", "routine_name", "start", "end" };
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (rbd_record_get_string (copy, fields[i]), ==,
                     rbd_record_get_string (RBD_RECORD (run), fields[i]));
  g_assert_cmpint (rbd_record_get_boolean (copy, "finished"), ==,
                   rbd_record_get_boolean (RBD_RECORD (run), "finished"));
  g_assert_cmpint (rbd_record_get_int (copy, "stopped_at_step"), ==,
                   rbd_record_get_int (RBD_RECORD (run), "stopped_at_step"));
}

static void
test_round_trip (void)
{
  g_autoptr(RbdRoutine) routine = make_routine ();
  g_autoptr(GDateTime) start = local_time (7, 10, 0);
  g_autoptr(GDateTime) end = local_time (7, 24, 5);
  g_autoptr(RbdRoutineRun) run = rbd_routine_run_new_for (routine, start);

  rbd_record_set_string (RBD_RECORD (run), "id", "run-1");

  /* Stopped on the third step: the player says 2 (from 0), the document 3. */
  rbd_routine_run_mark_stopped (run, end, 2);
  check_round_trip (run,
                    "{\"id\": \"run-1\", \"routine_id\": \"builtin-cooldown-hard\", "
                    "\"routine_name\": \"Cool-down after “intervals”\", "
                    "\"start\": \"2026-11-30T07:10:00+01:00\", "
                    "\"end\": \"2026-11-30T07:24:05+01:00\", "
                    "\"finished\": false, \"stopped_at_step\": 3}");

  /* Finished: no stopping step. */
  rbd_routine_run_mark_finished (run, end);
  check_round_trip (run,
                    "{\"id\": \"run-1\", \"routine_id\": \"builtin-cooldown-hard\", "
                    "\"routine_name\": \"Cool-down after “intervals”\", "
                    "\"start\": \"2026-11-30T07:10:00+01:00\", "
                    "\"end\": \"2026-11-30T07:24:05+01:00\", "
                    "\"finished\": true}");
}

static void
test_summer_time (void)
{
  g_autoptr(RbdRoutine) routine = make_routine ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 7, 1, 19, 0, 0.75);
  g_autoptr(RbdRoutineRun) run = rbd_routine_run_new_for (routine, start);

  /* The offset follows the date; fractions of a second are dropped. */
  g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (run), "start"), ==,
                   "2026-07-01T19:00:00+02:00");
}

static void
test_invalid (void)
{
  static const struct { const char *json; const char *why; } cases[] = {
    { "{\"id\":\"r\"}", "no start" },
    { "{\"id\":\"r\",\"start\":\"2026-11-31T07:10:00+01:00\"}", "no such day" },
    { "{\"id\":\"r\",\"start\":\"2026-11-30T07:10:00\"}", "no offset" },
    { "{\"id\":\"r\",\"start\":\"2026-11-30T07:10:00+01:00\",\"stopped_at_step\":0}",
      "steps count from 1" },
    { "{\"id\":\"r\",\"start\":\"2026-11-30T07:10:00+01:00\",\"stopped_at_step\":1001}",
      "too many steps" },
    { "{\"id\":\"r\",\"start\":\"2026-11-30T07:10:00+01:00\",\"finished\":\"yes\"}",
      "not a boolean" },
    { "{\"id\":\"r\",\"start\":\"2026-11-30T07:10:00+01:00\",\"end\":\"later\"}",
      "not a time" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RbdRecord) run = NULL;

      g_test_message ("%s", cases[i].why);
      run = rbd_record_new_from_text (RBD_TYPE_ROUTINE_RUN, cases[i].json, &error);
      g_assert_null (run);
      g_assert_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID);
    }
}

static void
test_unknown_members_kept (void)
{
  const char *json = "{\"id\": \"r\", \"start\": \"2026-11-30T07:10:00+01:00\", "
                     "\"finished\": true, \"mood_after\": 4}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRecord) run = rbd_record_new_from_text (RBD_TYPE_ROUTINE_RUN, json, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (rbd_record_get_json_text (run), ==, json);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/routine-run/collection", test_collection);
  g_test_add_func ("/routine-run/new-for", test_new_for);
  g_test_add_func ("/routine-run/round-trip", test_round_trip);
  g_test_add_func ("/routine-run/summer-time", test_summer_time);
  g_test_add_func ("/routine-run/invalid", test_invalid);
  g_test_add_func ("/routine-run/unknown-members-kept", test_unknown_members_kept);

  return g_test_run ();
}
