/* test-models.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rbd-checkin.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-profile.h"
#include "rbd-routine.h"
#include "rbd-routine-step.h"
#include "rbd-session.h"
#include "rbd-shoe.h"

typedef struct
{
  GType     (*get_type) (void);
  const char *field;
  double      value;
  gboolean    valid;
} RangeCase;

/* Every bounded number: just inside, on the edges, just outside, and
 * the -1 that means "not recorded" internally (never valid as input). */
static const RangeCase range_cases[] = {
  { rbd_session_get_type, "rpe", 0, FALSE },
  { rbd_session_get_type, "rpe", 1, TRUE },
  { rbd_session_get_type, "rpe", 10, TRUE },
  { rbd_session_get_type, "rpe", 11, FALSE },
  { rbd_session_get_type, "rpe", 14, FALSE },
  { rbd_session_get_type, "rpe", -1, FALSE },
  { rbd_session_get_type, "soreness", 0, TRUE },
  { rbd_session_get_type, "soreness", 10, TRUE },
  { rbd_session_get_type, "soreness", 11, FALSE },
  { rbd_session_get_type, "soreness", -1, FALSE },
  { rbd_session_get_type, "duration_s", 0, TRUE },
  { rbd_session_get_type, "duration_s", -1, FALSE },
  { rbd_session_get_type, "duration_s", -3600, FALSE },
  { rbd_session_get_type, "duration_s", 7 * 24 * 3600 + 1, FALSE },
  { rbd_session_get_type, "distance_m", 0, TRUE },
  { rbd_session_get_type, "distance_m", 42195, TRUE },
  { rbd_session_get_type, "distance_m", -0.5, FALSE },
  { rbd_session_get_type, "distance_m", -1, FALSE },
  { rbd_session_get_type, "distance_m", 1000001, FALSE },
  { rbd_session_get_type, "avg_hr_bpm", 24, FALSE },
  { rbd_session_get_type, "avg_hr_bpm", 152, TRUE },
  { rbd_session_get_type, "avg_hr_bpm", 251, FALSE },
  { rbd_session_get_type, "mass_before_kg", 70.4, TRUE },
  { rbd_session_get_type, "mass_before_kg", -70, FALSE },
  { rbd_session_get_type, "mass_after_kg", 0, FALSE },
  { rbd_session_get_type, "mass_after_kg", 300.1, FALSE },
  { rbd_session_get_type, "fluid_ml", 0, TRUE },
  { rbd_session_get_type, "fluid_ml", -100, FALSE },
  { rbd_planned_session_get_type, "duration_s", -60, FALSE },
  { rbd_planned_session_get_type, "distance_m", -1000, FALSE },
  { rbd_planned_session_get_type, "distance_m", 21097.5, TRUE },
  { rbd_checkin_get_type, "sleep_h", 7.5, TRUE },
  { rbd_checkin_get_type, "sleep_h", 24.5, FALSE },
  { rbd_checkin_get_type, "sleep_h", -2, FALSE },
  { rbd_checkin_get_type, "sleep_quality", 0, FALSE },
  { rbd_checkin_get_type, "sleep_quality", 5, TRUE },
  { rbd_checkin_get_type, "sleep_quality", 6, FALSE },
  { rbd_checkin_get_type, "rest_hr_bpm", 48, TRUE },
  { rbd_checkin_get_type, "rest_hr_bpm", 0, FALSE },
  { rbd_checkin_get_type, "hrv_ms", 62, TRUE },
  { rbd_checkin_get_type, "hrv_ms", 0, FALSE },
  { rbd_checkin_get_type, "soreness", 11, FALSE },
  { rbd_checkin_get_type, "mood", 0, FALSE },
  { rbd_checkin_get_type, "mood", 3, TRUE },
  { rbd_checkin_get_type, "motivation", 6, FALSE },
  { rbd_routine_step_get_type, "duration_s", 0, FALSE },
  { rbd_routine_step_get_type, "duration_s", 1, TRUE },
  { rbd_routine_step_get_type, "duration_s", 3600, TRUE },
  { rbd_routine_step_get_type, "duration_s", 3601, FALSE },
  { rbd_routine_step_get_type, "sides", 0, FALSE },
  { rbd_routine_step_get_type, "sides", 2, TRUE },
  { rbd_routine_step_get_type, "sides", 3, FALSE },
  { rbd_profile_get_type, "body_mass_kg", 0, FALSE },
  { rbd_profile_get_type, "body_mass_kg", -70, FALSE },
  { rbd_profile_get_type, "body_mass_kg", 19.9, FALSE },
  { rbd_profile_get_type, "body_mass_kg", 70, TRUE },
  { rbd_profile_get_type, "body_mass_kg", 300, TRUE },
  { rbd_profile_get_type, "body_mass_kg", 400, FALSE },
  { rbd_profile_get_type, "rest_hr_bpm", 151, FALSE },
  { rbd_profile_get_type, "max_hr_bpm", 190, TRUE },
  { rbd_profile_get_type, "max_hr_bpm", 99, FALSE },
};

static void
test_ranges (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      const RangeCase *c = &range_cases[i];
      g_autoptr(RbdRecord) record = g_object_new (c->get_type (), NULL);
      const RbdField *field = rbd_record_class_find_field (RBD_RECORD_GET_CLASS (record), c->field);
      g_autoptr(GError) error = NULL;
      gboolean valid;

      g_assert_nonnull (field);

      if (field->type == RBD_FIELD_INT)
        valid = rbd_record_validate_int (record, c->field, (int) c->value, &error);
      else
        valid = rbd_record_validate_double (record, c->field, c->value, &error);

      if (valid != c->valid)
        g_error ("%s.%s = %g: expected %s", g_type_name (c->get_type ()), c->field, c->value,
                 c->valid ? "valid" : "invalid");

      if (!valid)
        {
          /* The message names the field with its label. */
          g_assert_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, field->label));
        }
      else
        {
          g_assert_no_error (error);
        }
    }
}

typedef struct
{
  const char *text;
  gboolean    valid;
} TextCase;

static const TextCase date_cases[] = {
  { "2026-11-30", TRUE },
  { "2024-02-29", TRUE },   /* leap year */
  { "2025-02-29", FALSE },
  { "2026-02-30", FALSE },
  { "2026-04-31", FALSE },
  { "2026-13-01", FALSE },
  { "2026-00-10", FALSE },
  { "2026-12-00", FALSE },
  { "2026-1-5", FALSE },
  { "30.11.2026", FALSE },
  { "2026-11-30T07:00:00Z", FALSE },
  { "", FALSE },
  { "tomorrow", FALSE },
};

static const TextCase datetime_cases[] = {
  { "2026-11-30T07:10:00+01:00", TRUE },
  { "2026-11-30T07:10:00Z", TRUE },
  { "2026-11-30T07:10:00.5-05:00", TRUE },
  { "2026-11-30T07:10:00", FALSE },      /* no offset: not an instant */
  { "2026-02-30T07:10:00+01:00", FALSE },
  { "2026-11-30T25:10:00+01:00", FALSE },
  { "2026-11-30 07:10:00+01:00", FALSE },
  { "2026-11-30", FALSE },
  { "now", FALSE },
};

static void
test_dates (void)
{
  g_autoptr(RbdPlannedSession) planned = rbd_planned_session_new ();
  g_autoptr(RbdCheckin) checkin = rbd_checkin_new ();
  g_autoptr(RbdSession) session = rbd_session_new ();

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean valid = rbd_record_validate_string (RBD_RECORD (planned), "date",
                                                   date_cases[i].text, &error);

      if (valid != date_cases[i].valid)
        g_error ("date “%s”: expected %s", date_cases[i].text,
                 date_cases[i].valid ? "valid" : "invalid");
      if (!valid)
        g_assert_nonnull (strstr (error->message, "Date"));

      g_assert_cmpint (rbd_record_validate_string (RBD_RECORD (checkin), "date",
                                                   date_cases[i].text, NULL),
                       ==, date_cases[i].valid);
    }

  for (guint i = 0; i < G_N_ELEMENTS (datetime_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean valid = rbd_record_validate_string (RBD_RECORD (session), "start",
                                                   datetime_cases[i].text, &error);

      if (valid != datetime_cases[i].valid)
        g_error ("start “%s”: expected %s", datetime_cases[i].text,
                 datetime_cases[i].valid ? "valid" : "invalid");
      if (!valid)
        g_assert_nonnull (strstr (error->message, "Start"));
    }

  /* Required members cannot be emptied. */
  g_assert_false (rbd_record_validate_string (RBD_RECORD (planned), "date", NULL, NULL));
  g_assert_false (rbd_record_validate_string (RBD_RECORD (planned), "id", "", NULL));
  g_assert_true (rbd_record_validate_string (RBD_RECORD (session), "notes", NULL, NULL));
}

static void
test_kinds (void)
{
  static const char *ids[] = {
    "rest", "recovery", "easy", "long", "tempo", "interval", "hills", "race", "cross",
    "strength", "mobility",
  };

  g_assert_cmpint (G_N_ELEMENTS (ids), ==, RBD_N_KINDS);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RbdKind kind;

      g_assert_true (rbd_kind_from_string (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (rbd_kind_to_string (kind), ==, ids[i]);
      g_assert_nonnull (rbd_kind_get_label (kind));
    }

  g_assert_true (rbd_kind_is_hard (RBD_KIND_INTERVAL));
  g_assert_true (rbd_kind_is_hard (RBD_KIND_LONG));
  g_assert_true (rbd_kind_is_hard (RBD_KIND_RACE));
  g_assert_false (rbd_kind_is_hard (RBD_KIND_EASY));
  g_assert_false (rbd_kind_is_hard (RBD_KIND_CROSS));
  g_assert_true (rbd_kind_is_light (RBD_KIND_REST));
  g_assert_true (rbd_kind_is_light (RBD_KIND_MOBILITY));
  g_assert_false (rbd_kind_is_light (RBD_KIND_TEMPO));

  {
    RbdKind kind = RBD_KIND_EASY;

    g_assert_false (rbd_kind_from_string ("jogging", &kind));
    g_assert_false (rbd_kind_from_string ("", &kind));
    g_assert_false (rbd_kind_from_string (NULL, &kind));
    g_assert_cmpint (kind, ==, RBD_KIND_EASY);
  }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(RbdSession) session = rbd_session_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  guint notified = 0;
  int rpe = 0;

  /* A new item has an id and a kind; nothing else is recorded. */
  g_assert_nonnull (rbd_record_get_id (RBD_RECORD (session)));
  g_assert_cmpuint (strlen (rbd_record_get_id (RBD_RECORD (session))), ==, 36);
  g_assert_true (rbd_record_is_set (RBD_RECORD (session), "kind"));
  g_assert_false (rbd_record_is_set (RBD_RECORD (session), "rpe"));
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (session), "rpe"), ==, RBD_UNSET);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (session), "distance_m"), ==, RBD_UNSET);

  g_signal_connect (session, "notify::rpe", G_CALLBACK (count_notify), &notified);

  rbd_record_set_int (RBD_RECORD (session), "rpe", 7);
  g_assert_cmpuint (notified, ==, 1);
  rbd_record_set_int (RBD_RECORD (session), "rpe", 7);
  g_assert_cmpuint (notified, ==, 1);   /* unchanged: no notification */

  g_object_get (session, "rpe", &rpe, NULL);
  g_assert_cmpint (rpe, ==, 7);
  g_object_set (session, "rpe", 9, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (session), "rpe"), ==, 9);

  /* A rejected value changes nothing and names the field. */
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 14);
  g_assert_false (rbd_record_set_checked (RBD_RECORD (session), "rpe", &value, &error));
  g_assert_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "RPE"));
  g_assert_nonnull (strstr (error->message, "14"));
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (session), "rpe"), ==, 9);
  g_assert_cmpuint (notified, ==, 2);

  /* Through GObject, -1 means "not recorded". */
  g_object_set (session, "rpe", -1, NULL);
  g_assert_false (rbd_record_is_set (RBD_RECORD (session), "rpe"));
  g_assert_cmpuint (notified, ==, 3);
  rbd_record_set_int (RBD_RECORD (session), "rpe", 5);
  rbd_record_unset (RBD_RECORD (session), "rpe");
  g_assert_false (rbd_record_is_set (RBD_RECORD (session), "rpe"));
  g_assert_cmpuint (notified, ==, 5);

  /* Property names use '-', field names '_': both work. */
  rbd_record_set_double (RBD_RECORD (session), "distance-m", 5000.5);
  g_assert_cmpfloat (rbd_record_get_double (RBD_RECORD (session), "distance_m"), ==, 5000.5);
  rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_HILLS);
  g_assert_cmpint (rbd_record_get_enum (RBD_RECORD (session), "kind"), ==, RBD_KIND_HILLS);
}

static char *
fixture_line (const char *collection_prefix,
              guint       n)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "roundtrip.json", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint found = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (g_str_has_prefix (line, collection_prefix) && found++ == n)
        {
          if (g_str_has_suffix (line, ","))
            line[strlen (line) - 1] = '\0';
          return g_steal_pointer (&line);
        }
    }

  g_assert_not_reached ();
  return NULL;
}

typedef struct
{
  GType     (*get_type) (void);
  const char *prefix;
  guint       n;
} RoundTripCase;

static void
test_round_trip (void)
{
  /* Each item of the fixture, unknown members and odd text included,
   * reads and writes back to the same text. */
  static const RoundTripCase cases[] = {
    { rbd_planned_session_get_type, "{\"id\": \"p-", 0 },
    { rbd_planned_session_get_type, "{\"id\": \"p-", 1 },
    { rbd_planned_session_get_type, "{\"id\": \"p-", 2 },
    { rbd_session_get_type, "{\"id\": \"s-", 0 },
    { rbd_session_get_type, "{\"id\": \"s-", 1 },
    { rbd_checkin_get_type, "{\"date\":", 0 },
    { rbd_checkin_get_type, "{\"date\":", 1 },
    { rbd_routine_get_type, "{\"id\": \"r-", 0 },
    { rbd_shoe_get_type, "{\"id\": \"shoe-", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = fixture_line (cases[i].prefix, cases[i].n);
      g_autoptr(GError) error = NULL;
      g_autoptr(RbdRecord) record = rbd_record_new_from_text (cases[i].get_type (), line, &error);
      g_autoptr(RbdRecord) copy = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (record);
      g_assert_cmpstr (rbd_record_get_json_text (record), ==, line);

      copy = rbd_record_copy (record);
      g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (record));
      g_assert_cmpstr (rbd_record_get_json_text (copy), ==, line);
    }
}

static void
test_unknown_members (void)
{
  const char *text =
    "{\"id\": \"s-9\", \"future\": {\"a\": [1, 2]}, \"start\": \"2026-11-30T07:10:00+01:00\", "
    "\"kind\": \"easy\", \"rpe\": 4, \"zones\": [0.5, 0.25]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRecord) record = rbd_record_new_from_text (RBD_TYPE_SESSION, text, &error);
  JsonObject *unknown;

  g_assert_no_error (error);
  unknown = rbd_record_get_unknown_members (record);
  g_assert_nonnull (unknown);
  g_assert_cmpuint (json_object_get_size (unknown), ==, 2);
  g_assert_true (json_object_has_member (unknown, "future"));
  g_assert_true (json_object_has_member (unknown, "zones"));

  /* Editing a known member keeps the unknown ones, in their order. */
  rbd_record_set_int (record, "rpe", 6);
  g_assert_cmpstr (rbd_record_get_json_text (record), ==,
                   "{\"id\": \"s-9\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", "
                   "\"rpe\": 6, \"future\": {\"a\": [1, 2]}, \"zones\": [0.5, 0.25]}");
}

typedef struct
{
  const char *text;
  const char *field;   /* the problem names this field */
  gboolean    skipped; /* the item cannot stand without it */
} BadItemCase;

static void
test_bad_items (void)
{
  static const BadItemCase cases[] = {
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"rpe\": 14}", "rpe", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"rpe\": 6.5}", "rpe", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"rpe\": \"7\"}", "rpe", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"distance_m\": -5}", "distance_m", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"duration_s\": -1}", "duration_s", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\", \"notes\": 5}", "notes", FALSE },
    { "{\"id\": \"a\", \"start\": \"2026-02-30T07:10:00+01:00\", \"kind\": \"easy\"}", "start", TRUE },
    { "{\"id\": \"a\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"walk\"}", "kind", TRUE },
    { "{\"id\": \"a\", \"kind\": \"easy\"}", "start", TRUE },
    { "{\"id\": \"\", \"start\": \"2026-11-30T07:10:00+01:00\", \"kind\": \"easy\"}", "id", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) problems =
        g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
      RbdLoadContext context = { .collection = "sessions", .index = 3, .problems = problems };
      g_autoptr(RbdRecord) record = NULL;
      RbdLoadProblem *problem;
      g_autofree char *described = NULL;

      g_assert_true (json_parser_load_from_data (parser, cases[i].text, -1, NULL));
      record = rbd_record_new_from_json (RBD_TYPE_SESSION, json_parser_get_root (parser),
                                         &context);

      g_assert_cmpuint (problems->len, ==, 1);
      problem = problems->pdata[0];
      g_assert_cmpstr (problem->collection, ==, "sessions");
      g_assert_cmpint (problem->index, ==, 3);
      g_assert_cmpstr (problem->field, ==, cases[i].field);
      g_assert_cmpint (problem->item_skipped, ==, cases[i].skipped);
      g_assert_true (cases[i].skipped == (record == NULL));
      if (record != NULL)
        g_assert_false (rbd_record_is_set (record, cases[i].field));

      described = rbd_load_problem_to_string (problem);
      g_assert_nonnull (strstr (described, "sessions item 4"));
      g_assert_nonnull (strstr (described, cases[i].field));
    }
}

static void
test_routine_steps (void)
{
  g_autoptr(RbdRoutine) routine = rbd_routine_new ();
  g_autoptr(RbdRoutineStep) jog = rbd_routine_step_new ();
  g_autoptr(RbdRoutineStep) calf = rbd_routine_step_new ();
  const char *before;
  g_autofree char *saved = NULL;

  rbd_record_set_string (RBD_RECORD (jog), "name", "Easy jog");
  rbd_record_set_int (RBD_RECORD (jog), "duration_s", 600);
  rbd_record_set_int (RBD_RECORD (jog), "sides", 1);
  rbd_record_set_string (RBD_RECORD (calf), "name", "Calf stretch");
  rbd_record_set_int (RBD_RECORD (calf), "duration_s", 30);
  rbd_record_set_int (RBD_RECORD (calf), "sides", 2);

  g_list_store_append (rbd_routine_get_steps (routine), jog);
  g_list_store_append (rbd_routine_get_steps (routine), calf);
  g_assert_cmpint (rbd_routine_get_total_s (routine), ==, 660);

  before = rbd_record_get_json_text (RBD_RECORD (routine));
  saved = g_strdup (before);
  g_assert_nonnull (strstr (saved, "\"Calf stretch\""));

  /* A change to a step is a change to the routine's text. */
  rbd_record_set_int (RBD_RECORD (calf), "duration_s", 45);
  g_assert_cmpint (rbd_routine_get_total_s (routine), ==, 690);
  g_assert_cmpstr (rbd_record_get_json_text (RBD_RECORD (routine)), !=, saved);
  g_assert_nonnull (strstr (rbd_record_get_json_text (RBD_RECORD (routine)), "\"duration_s\": 45"));
}

static void
count_owner_changes (gpointer   owner,
                     RbdRecord *record)
{
  guint *count = owner;

  (*count)++;
}

static void
test_owner_link (void)
{
  g_autoptr(RbdRoutine) routine = rbd_routine_new ();
  g_autoptr(RbdRoutineStep) step = rbd_routine_step_new ();
  RbdOwnerLink *link;
  guint count = 0;

  link = rbd_owner_link_new (&count, count_owner_changes);
  rbd_record_set_owner_link (RBD_RECORD (routine), link);

  rbd_record_set_string (RBD_RECORD (routine), "name", "Wind-down");
  g_assert_cmpuint (count, ==, 1);
  rbd_record_set_string (RBD_RECORD (routine), "name", "Wind-down");
  g_assert_cmpuint (count, ==, 1);

  /* Steps report through their routine. */
  g_list_store_append (rbd_routine_get_steps (routine), step);
  g_assert_cmpuint (count, ==, 2);
  rbd_record_set_int (RBD_RECORD (step), "sides", 2);
  g_assert_cmpuint (count, ==, 3);

  /* A detached owner hears nothing, and nothing dangles. */
  rbd_owner_link_detach (link);
  rbd_record_set_int (RBD_RECORD (step), "sides", 1);
  g_assert_cmpuint (count, ==, 3);
  rbd_owner_link_unref (link);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/models/ranges", test_ranges);
  g_test_add_func ("/models/dates", test_dates);
  g_test_add_func ("/models/kinds", test_kinds);
  g_test_add_func ("/models/properties", test_properties);
  g_test_add_func ("/models/round-trip", test_round_trip);
  g_test_add_func ("/models/unknown-members", test_unknown_members);
  g_test_add_func ("/models/bad-items", test_bad_items);
  g_test_add_func ("/models/routine-steps", test_routine_steps);
  g_test_add_func ("/models/owner-link", test_owner_link);

  return g_test_run ();
}
