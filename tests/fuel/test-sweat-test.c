/* test-sweat-test.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rbd-kind.h"
#include "rbd-sweat-test.h"

/* The standalone sweat test: the record, its round trip through the
 * document's JSON, and the runner's sweat rate from the newest five. */

static RbdSweatTest *
make_test (const char    *date,
           double         before,
           double         after,
           double         fluid,
           double         minutes,
           RbdConditions  conditions)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (date, NULL);
  RbdSweatInput input = { before, after, fluid, 0, minutes * 60 };
  g_autoptr(GError) error = NULL;
  RbdSweatTest *test;

  g_assert_nonnull (when);
  test = rbd_sweat_test_new_from_input (&input, conditions, when, &error);
  g_assert_no_error (error);
  g_assert_nonnull (test);

  return test;
}

static void
test_new_from_input (void)
{
  g_autoptr(RbdSweatTest) test = make_test ("2026-11-30T07:10:00+01:00", 70.4, 69.5, 300, 55,
                                            RBD_CONDITIONS_HOT);
  g_autoptr(GDateTime) date = rbd_sweat_test_dup_date (test);
  RbdConditions conditions = RBD_N_CONDITIONS;
  RbdSweatResult result;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (rbd_record_get_id (RBD_RECORD (test)));
  g_assert_cmpint (g_date_time_get_hour (date), ==, 7);
  g_assert_true (rbd_sweat_test_get_conditions (test, &conditions));
  g_assert_cmpint (conditions, ==, RBD_CONDITIONS_HOT);
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (test), "duration_s"), ==, 3300);

  g_assert_true (rbd_sweat_test_compute (test, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (result.rate_ml_per_h, ==, 1310);
}

static void
test_new_from_bad_input (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_now_local ();
  RbdSweatInput heavier = { 70, 71, 1500, 0, 3600 };
  RbdSweatInput zero = { 70, 69, 0, 0, 0 };
  g_autoptr(GError) error = NULL;

  g_assert_null (rbd_sweat_test_new_from_input (&heavier, RBD_CONDITIONS_MILD, when, &error));
  g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_MASS_AFTER);
  g_clear_error (&error);

  g_assert_null (rbd_sweat_test_new_from_input (&zero, RBD_CONDITIONS_MILD, when, &error));
  g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_DURATION);
  g_clear_error (&error);

  g_assert_null (rbd_sweat_test_new_from_input (&(RbdSweatInput) { 70, 69, 0, 0, 3600 },
                                                RBD_N_CONDITIONS, when, &error));
  g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_CONDITIONS);
}

static void
test_round_trip (void)
{
  g_autoptr(RbdSweatTest) test = make_test ("2026-07-01T06:30:00+02:00", 62.3, 61.5, 450.5, 75,
                                            RBD_CONDITIONS_VERY_HOT);
  g_autoptr(RbdRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  rbd_record_set_string (RBD_RECORD (test), "session_id", "s1");
  text = rbd_record_get_json_text (RBD_RECORD (test));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\"conditions\": \"very-hot\""));
  g_assert_nonnull (strstr (text, "\"date\": \"2026-07-01T06:30:00+02:00\""));

  copy = rbd_record_new_from_text (RBD_TYPE_SWEAT_TEST, text, &error);
  g_assert_no_error (error);
  g_assert_true (RBD_IS_SWEAT_TEST (copy));
  g_assert_cmpstr (rbd_record_get_json_text (copy), ==, text);

  for (guint i = 0; i < 5; i++)
    {
      static const char * const names[] = {
        "mass_before_kg", "mass_after_kg", "fluid_ml", "urine_ml", "duration_s"
      };

      if (i == 4)
        g_assert_cmpint (rbd_record_get_int (copy, names[i]), ==,
                         rbd_record_get_int (RBD_RECORD (test), names[i]));
      else
        g_assert_cmpfloat (rbd_record_get_double (copy, names[i]), ==,
                           rbd_record_get_double (RBD_RECORD (test), names[i]));
    }
  g_assert_cmpstr (rbd_record_get_string (copy, "session_id"), ==, "s1");
  g_assert_cmpstr (rbd_record_get_id (copy), ==, rbd_record_get_id (RBD_RECORD (test)));
}

typedef struct
{
  const char *json;
  const char *words;    /* in the message, naming the field */
} BadRecordCase;

static const BadRecordCase bad_records[] = {
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"mass_before_kg\":0}", "Mass before" },
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"mass_after_kg\":301}", "Mass after" },
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"fluid_ml\":-1}", "Fluid drunk" },
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"urine_ml\":20001}", "Urine" },
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"duration_s\":0}", "Duration" },
  { "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\",\"duration_s\":86401}", "Duration" },
  { "{\"id\":\"t\",\"date\":\"2026-11-31T07:10:00+01:00\"}", "Date" },
  { "{\"id\":\"t\"}", "Date" },
};

static void
test_bad_records (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_records); i++)
    {
      g_autoptr(RbdRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      record = rbd_record_new_from_text (RBD_TYPE_SWEAT_TEST, bad_records[i].json, &error);
      g_assert_null (record);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad_records[i].words));
    }
}

/* Loaded with a mass missing: no rate, no part in the average. */
static void
test_incomplete (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRecord) record =
    rbd_record_new_from_text (RBD_TYPE_SWEAT_TEST,
                              "{\"id\":\"t\",\"date\":\"2026-11-30T07:10:00+01:00\","
                              "\"mass_before_kg\":70,\"duration_s\":3600}", &error);
  RbdSweatResult result;

  g_assert_no_error (error);
  g_assert_false (rbd_sweat_test_compute (RBD_SWEAT_TEST (record), &result, &error));
  g_assert_nonnull (strstr (error->message, "Mass after"));
  g_assert_false (rbd_sweat_test_get_conditions (RBD_SWEAT_TEST (record), NULL));
}

static void
test_average (void)
{
  g_autoptr(GListStore) tests = g_list_store_new (RBD_TYPE_SWEAT_TEST);
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRecord) incomplete = NULL;
  guint n_used = 99;
  /* Not in date order; rates 1000, 800, 600, 1200, 900 and, oldest, 2000. */
  struct { const char *date; double lost_kg; } rows[] = {
    { "2026-06-03T07:00:00+02:00", 0.8 },
    { "2026-06-01T07:00:00+02:00", 1.0 },
    { "2026-06-05T07:00:00+02:00", 1.2 },
    { "2026-05-01T07:00:00+02:00", 2.0 },
    { "2026-06-04T07:00:00+02:00", 0.6 },
    { "2026-06-06T07:00:00+02:00", 0.9 },
  };

  g_assert_cmpfloat (rbd_sweat_tests_average_rate (G_LIST_MODEL (tests), 5, &n_used), ==,
                     RBD_UNSET);
  g_assert_cmpuint (n_used, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(RbdSweatTest) test = make_test (rows[i].date, 70, 70 - rows[i].lost_kg, 0, 60,
                                                RBD_CONDITIONS_MILD);

      g_list_store_append (tests, test);
    }

  /* The newest, without a rate, counts for nothing. */
  incomplete = rbd_record_new_from_text (RBD_TYPE_SWEAT_TEST,
                                         "{\"id\":\"x\",\"date\":\"2026-07-01T07:00:00+02:00\"}",
                                         &error);
  g_assert_no_error (error);
  g_list_store_append (tests, incomplete);

  latest = rbd_sweat_tests_dup_latest (G_LIST_MODEL (tests), RBD_SWEAT_TESTS_AVERAGED);
  g_assert_cmpuint (latest->len, ==, 5);
  {
    g_autoptr(GDateTime) newest = rbd_sweat_test_dup_date (g_ptr_array_index (latest, 0));
    g_autoptr(GDateTime) oldest = rbd_sweat_test_dup_date (g_ptr_array_index (latest, 4));

    g_assert_cmpint (g_date_time_get_day_of_month (newest), ==, 6);
    g_assert_cmpint (g_date_time_get_day_of_month (oldest), ==, 1);
  }

  /* (900 + 1200 + 600 + 800 + 1000) / 5; the 2000 of May is left out. */
  g_assert_cmpfloat (rbd_sweat_tests_average_rate (G_LIST_MODEL (tests),
                                                   RBD_SWEAT_TESTS_AVERAGED, &n_used), ==, 900);
  g_assert_cmpuint (n_used, ==, 5);

  /* Rounded like every fluid: (900 + 1200 + 600) / 3 = 900; two: 1050. */
  g_assert_cmpfloat (rbd_sweat_tests_average_rate (G_LIST_MODEL (tests), 2, &n_used), ==, 1050);
  g_assert_cmpuint (n_used, ==, 2);
}

static RbdSession *
make_session (const char *start,
              RbdKind     kind,
              double      before,
              double      after,
              double      fluid,
              int         duration_s)
{
  RbdSession *session = rbd_session_new ();
  RbdRecord *record = RBD_RECORD (session);

  rbd_record_set_string (record, "start", start);
  rbd_record_set_enum (record, "kind", kind);
  if (before > 0)
    rbd_record_set_double (record, "mass_before_kg", before);
  if (after > 0)
    rbd_record_set_double (record, "mass_after_kg", after);
  if (fluid >= 0)
    rbd_record_set_double (record, "fluid_ml", fluid);
  if (duration_s >= 0)
    rbd_record_set_int (record, "duration_s", duration_s);

  return session;
}

/* A test saved with a logged session: the masses and the fluid go into
 * the session, the duration only when it has none, and nothing at all
 * when the input gives no rate or has urine a session cannot keep. */
static void
test_save_to_session (void)
{
  g_autoptr(RbdSession) timed = make_session ("2026-11-30T07:10:00+01:00", RBD_KIND_LONG,
                                              0, 0, -1, 3600);
  g_autoptr(RbdSession) untimed = make_session ("2026-11-29T07:10:00+01:00", RBD_KIND_EASY,
                                                0, 0, -1, -1);
  RbdSweatInput input = { 70.4, 69.5, 300, 0, 3300 };
  RbdSweatInput urine = { 70.4, 69.5, 300, 100, 3300 };
  RbdSweatInput heavier = { 69.5, 70.4, 300, 0, 3300 };
  g_autoptr(GError) error = NULL;
  RbdSweatInput back;

  g_assert_true (rbd_sweat_test_save_to_session (&input, timed, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (timed), "mass_before_kg"), ==, 70.4);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (timed), "mass_after_kg"), ==, 69.5);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (timed), "fluid_ml"), ==, 300);
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (timed), "duration_s"), ==, 3600);
  g_assert_true (rbd_sweat_input_from_session (timed, &back));
  g_assert_cmpfloat (back.duration_s, ==, 3600);
  g_assert_cmpfloat (back.urine_ml, ==, 0);

  g_assert_true (rbd_sweat_test_save_to_session (&input, untimed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (untimed), "duration_s"), ==, 3300);

  /* Refused, and the session keeps what it had. */
  g_assert_false (rbd_sweat_test_save_to_session (&urine, untimed, &error));
  g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_URINE);
  g_assert_nonnull (strstr (error->message, "Urine"));
  g_clear_error (&error);

  g_assert_false (rbd_sweat_test_save_to_session (&heavier, untimed, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == RBD_FUEL_ERROR);
  g_clear_error (&error);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (untimed), "mass_before_kg"), ==, 70.4);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (untimed), "mass_after_kg"), ==, 69.5);
}

/* The last rates mix standalone tests (by date) and logged sessions with
 * masses, fluid and duration (by start), newest first; sessions missing
 * any of those are left out. */
static void
test_recent_rates (void)
{
  g_autoptr(GListStore) tests = g_list_store_new (RBD_TYPE_SWEAT_TEST);
  g_autoptr(GListStore) sessions = g_list_store_new (RBD_TYPE_SESSION);
  g_autoptr(RbdSweatTest) first = make_test ("2026-11-01T07:00:00+01:00", 70, 69.5, 0, 60,
                                             RBD_CONDITIONS_MILD);
  g_autoptr(RbdSweatTest) third = make_test ("2026-11-03T07:00:00+01:00", 70.4, 69.5, 300, 55,
                                             RBD_CONDITIONS_HOT);
  g_autoptr(RbdSession) second = make_session ("2026-11-02T18:00:00+01:00", RBD_KIND_LONG,
                                               70, 69, 500, 3600);
  g_autoptr(RbdSession) no_fluid = make_session ("2026-11-04T07:00:00+01:00", RBD_KIND_EASY,
                                                 70, 69, -1, 3600);
  g_autoptr(RbdSession) no_duration = make_session ("2026-11-05T07:00:00+01:00", RBD_KIND_EASY,
                                                    70, 69, 300, 0);
  g_autoptr(RbdSession) no_masses = make_session ("2026-11-06T07:00:00+01:00", RBD_KIND_EASY,
                                                  0, 0, 300, 3600);
  g_autoptr(GPtrArray) rates = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) none = NULL;
  static const double expected[] = { 1310, 1500, 500 };

  g_list_store_append (tests, first);
  g_list_store_append (tests, third);
  g_list_store_append (sessions, no_fluid);
  g_list_store_append (sessions, second);
  g_list_store_append (sessions, no_duration);
  g_list_store_append (sessions, no_masses);

  rates = rbd_sweat_rates_recent (G_LIST_MODEL (tests), G_LIST_MODEL (sessions), 5);
  g_assert_cmpuint (rates->len, ==, 3);
  g_assert_true (((RbdSweatRate *) g_ptr_array_index (rates, 0))->source == RBD_RECORD (third));
  g_assert_true (((RbdSweatRate *) g_ptr_array_index (rates, 1))->source == RBD_RECORD (second));
  g_assert_true (((RbdSweatRate *) g_ptr_array_index (rates, 2))->source == RBD_RECORD (first));
  for (guint i = 0; i < rates->len; i++)
    g_assert_cmpfloat (((RbdSweatRate *) g_ptr_array_index (rates, i))->rate_ml_per_h, ==,
                       expected[i]);
  g_assert_cmpint (g_date_time_get_day_of_month (((RbdSweatRate *) g_ptr_array_index (rates,
                                                                                     1))->date),
                   ==, 2);
  /* (1310 + 1500 + 500) / 3 = 1103.3, to the nearest 10 ml. */
  g_assert_cmpfloat (rbd_sweat_rates_average (rates), ==, 1100);

  two = rbd_sweat_rates_recent (G_LIST_MODEL (tests), G_LIST_MODEL (sessions), 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpfloat (rbd_sweat_rates_average (two), ==, 1410);

  none = rbd_sweat_rates_recent (NULL, G_LIST_MODEL (sessions), 0);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpfloat (rbd_sweat_rates_average (none), ==, RBD_UNSET);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sweat-test/new-from-input", test_new_from_input);
  g_test_add_func ("/sweat-test/new-from-bad-input", test_new_from_bad_input);
  g_test_add_func ("/sweat-test/round-trip", test_round_trip);
  g_test_add_func ("/sweat-test/bad-records", test_bad_records);
  g_test_add_func ("/sweat-test/incomplete", test_incomplete);
  g_test_add_func ("/sweat-test/average", test_average);
  g_test_add_func ("/sweat-test/save-to-session", test_save_to_session);
  g_test_add_func ("/sweat-test/recent-rates", test_recent_rates);

  return g_test_run ();
}
