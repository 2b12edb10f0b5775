/* test-recovery-timeline.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rbd-recovery-timeline.h"
#include "rbd-timeline-runner.h"

/* The post-run timeline: its steps and clock times for a finish time, its
 * round trip through the document, and its reminders on a clock the test
 * moves by hand. */

#define FINISH "2026-11-30T09:40:00+01:00"

static GDateTime *
parse (const char *text)
{
  GDateTime *time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);
  return time;
}

typedef struct
{
  guint       index;
  const char *remind;       /* local clock */
  const char *due;
  const char *heading;
  const char *in_body;      /* a part of the body, or NULL */
} StepCase;

/* DOMAIN.md's timeline for a 70 kg runner who finished at 09:40. */
static const StepCase step_cases[] = {
  { 0, "09:40", "09:50", "By 09:50 · Recovery snack",
    "a start on 56–84 g carbohydrate and 18–28 g protein" },
  { 1, "09:50", "10:10", "By 10:10 · Water and easy drills",
    "About three glasses of water (750 ml)" },
  { 2, "10:10", "10:40", "By 10:40 · Full meal",
    "With the snack: 56–84 g carbohydrate, 18–28 g protein. At the latest by 11:40." },
  { 3, "11:10", "11:10", "Around 11:10 · Shower and wind down", "Keep drinking" },
  { 4, "11:40", "11:40", "From 11:40 · Nap", "10–25 min" },
  { 5, "12:10", "12:10", "From 12:10 · Easy walk", "10 min easy walk" },
};

static void
test_steps (void)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(GPtrArray) steps = rbd_recovery_timeline_build_steps (finish, 70, RBD_UNITS_METRIC);

  G_STATIC_ASSERT (G_N_ELEMENTS (step_cases) == RBD_TIMELINE_N_STEPS);
  g_assert_cmpuint (steps->len, ==, RBD_TIMELINE_N_STEPS);

  for (guint i = 0; i < steps->len; i++)
    {
      RbdTimelineStep *step = g_ptr_array_index (steps, i);
      const StepCase *c = &step_cases[i];
      g_autofree char *remind = rbd_format_clock_time (step->remind_at);
      g_autofree char *due = rbd_format_clock_time (step->due);
      g_autofree char *heading = rbd_timeline_step_dup_heading (step);

      g_test_message ("%s: %s", heading, step->body);
      g_assert_cmpuint (step->index, ==, c->index);
      g_assert_cmpstr (remind, ==, c->remind);
      g_assert_cmpstr (due, ==, c->due);
      g_assert_cmpstr (heading, ==, c->heading);
      g_assert_nonnull (strstr (step->body, c->in_body));
      g_assert_cmpint (g_date_time_difference (step->due, finish), ==, step->due_offset);
      g_assert_cmpint (g_date_time_difference (step->remind_at, finish), ==, step->remind_offset);

      /* Reminded of before (or when) it is due, and in order. */
      g_assert_cmpint (step->remind_offset, <=, step->due_offset);
      if (i > 0)
        g_assert_cmpint (step->remind_offset, >=,
                         ((RbdTimelineStep *) g_ptr_array_index (steps, i - 1))->remind_offset);
    }
}

static void
test_steps_imperial_and_unknown_mass (void)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(GPtrArray) imperial = rbd_recovery_timeline_build_steps (finish, 70,
                                                                     RBD_UNITS_IMPERIAL);
  g_autoptr(GPtrArray) unknown = rbd_recovery_timeline_build_steps (finish, RBD_UNSET,
                                                                    RBD_UNITS_METRIC);
  RbdTimelineStep *water = g_ptr_array_index (imperial, 1);
  RbdTimelineStep *snack = g_ptr_array_index (unknown, 0);
  RbdTimelineStep *meal = g_ptr_array_index (unknown, 2);

  /* 750 ml is 25.4 US fl oz. */
  g_assert_nonnull (strstr (water->body, "(25 fl oz)"));

  /* Without a body mass: the advice, but no made-up amounts. */
  g_assert_cmpuint (unknown->len, ==, RBD_TIMELINE_N_STEPS);
  g_assert_null (strstr (snack->body, " g "));
  g_assert_null (strstr (meal->body, " g carbohydrate"));
  g_assert_nonnull (strstr (meal->body, "At the latest by 11:40"));
}

typedef struct
{
  const char *finish;
  const char *first_due;
  const char *meal_due;
  const char *end;
} ClockCase;

/* Local clock times, whatever offset the finish was written with, across
 * midnight and a change of daylight saving time. */
static const ClockCase clock_cases[] = {
  { "2026-11-30T09:40:00+01:00", "09:50", "10:40", "12:40" },
  { "2026-11-30T23:30:00+01:00", "23:40", "00:30", "02:30" },
  { "2026-07-01T06:00:00Z", "08:10", "09:00", "11:00" },
  { "2026-03-29T01:30:00+01:00", "01:40", "03:30", "05:30" },
};

static void
test_clock_times (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (clock_cases); i++)
    {
      g_autoptr(GDateTime) finish = parse (clock_cases[i].finish);
      g_autoptr(RbdRecoveryTimeline) timeline = rbd_recovery_timeline_new (finish, 70);
      g_autoptr(GPtrArray) steps = rbd_recovery_timeline_dup_steps (timeline, RBD_UNITS_METRIC);
      g_autoptr(GDateTime) end = rbd_recovery_timeline_dup_end (timeline);
      g_autofree char *first = rbd_format_clock_time (((RbdTimelineStep *) steps->pdata[0])->due);
      g_autofree char *meal = rbd_format_clock_time (((RbdTimelineStep *) steps->pdata[2])->due);
      g_autofree char *end_text = rbd_format_clock_time (end);

      g_test_message ("finish %s", clock_cases[i].finish);
      g_assert_cmpstr (first, ==, clock_cases[i].first_due);
      g_assert_cmpstr (meal, ==, clock_cases[i].meal_due);
      g_assert_cmpstr (end_text, ==, clock_cases[i].end);
    }
}

static void
test_record (void)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(GDateTime) before = parse ("2026-11-30T09:39:59+01:00");
  g_autoptr(GDateTime) during = parse ("2026-11-30T10:15:00+01:00");
  g_autoptr(GDateTime) end = parse ("2026-11-30T12:40:00+01:00");
  g_autoptr(RbdRecoveryTimeline) timeline = rbd_recovery_timeline_new (finish, 70);
  g_autoptr(RbdRecoveryTimeline) no_mass = rbd_recovery_timeline_new (finish, 0);

  g_assert_cmpfloat (rbd_recovery_timeline_get_body_mass_kg (timeline), ==, 70);
  g_assert_cmpfloat (rbd_recovery_timeline_get_body_mass_kg (no_mass), ==, RBD_UNSET);
  g_assert_false (rbd_recovery_timeline_get_cancelled (timeline));

  g_assert_cmpint (rbd_recovery_timeline_get_current_step (timeline, before), ==, -1);
  g_assert_cmpint (rbd_recovery_timeline_get_current_step (timeline, finish), ==, 0);
  g_assert_cmpint (rbd_recovery_timeline_get_current_step (timeline, during), ==, 2);
  g_assert_true (rbd_recovery_timeline_is_running (timeline, during));
  g_assert_false (rbd_recovery_timeline_is_running (timeline, end));

  for (guint i = 0; i < RBD_TIMELINE_N_STEPS; i++)
    {
      g_assert_false (rbd_recovery_timeline_get_all_ticked (timeline));
      rbd_recovery_timeline_set_step_ticked (timeline, i, TRUE);
      g_assert_true (rbd_recovery_timeline_get_step_ticked (timeline, i));
    }
  g_assert_true (rbd_recovery_timeline_get_all_ticked (timeline));
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (timeline), "ticked"), ==, 63);

  rbd_recovery_timeline_set_step_ticked (timeline, 3, FALSE);
  g_assert_false (rbd_recovery_timeline_get_step_ticked (timeline, 3));
  g_assert_cmpint (rbd_record_get_int (RBD_RECORD (timeline), "ticked"), ==, 55);

  /* All ticked still runs until its end, so it can be shown done. */
  rbd_recovery_timeline_set_step_ticked (timeline, 3, TRUE);
  g_assert_true (rbd_recovery_timeline_is_running (timeline, during));

  rbd_recovery_timeline_cancel (timeline);
  g_assert_true (rbd_recovery_timeline_get_cancelled (timeline));
  g_assert_false (rbd_recovery_timeline_is_running (timeline, during));
}

static void
test_persistence (void)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(GDateTime) during = parse ("2026-11-30T10:15:00+01:00");
  g_autoptr(RbdRecoveryTimeline) timeline = rbd_recovery_timeline_new (finish, 68.5);
  g_autoptr(RbdRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) copy_finish = NULL;
  const char *text;

  rbd_recovery_timeline_set_step_ticked (timeline, 0, TRUE);
  rbd_recovery_timeline_set_step_ticked (timeline, 2, TRUE);
  rbd_record_set_string (RBD_RECORD (timeline), "session_id", "s1");

  text = rbd_record_get_json_text (RBD_RECORD (timeline));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "\"finish\": \"2026-11-30T09:40:00+01:00\""));
  g_assert_nonnull (strstr (text, "\"ticked\": 5"));

  copy = rbd_record_new_from_text (RBD_TYPE_RECOVERY_TIMELINE, text, &error);
  g_assert_no_error (error);
  g_assert_true (RBD_IS_RECOVERY_TIMELINE (copy));
  g_assert_cmpstr (rbd_record_get_json_text (copy), ==, text);

  copy_finish = rbd_recovery_timeline_dup_finish (RBD_RECOVERY_TIMELINE (copy));
  g_assert_true (g_date_time_equal (copy_finish, finish));
  g_assert_cmpfloat (rbd_recovery_timeline_get_body_mass_kg (RBD_RECOVERY_TIMELINE (copy)), ==,
                     68.5);
  g_assert_true (rbd_recovery_timeline_get_step_ticked (RBD_RECOVERY_TIMELINE (copy), 0));
  g_assert_false (rbd_recovery_timeline_get_step_ticked (RBD_RECOVERY_TIMELINE (copy), 1));
  g_assert_true (rbd_recovery_timeline_get_step_ticked (RBD_RECOVERY_TIMELINE (copy), 2));
  g_assert_true (rbd_recovery_timeline_is_running (RBD_RECOVERY_TIMELINE (copy), during));
  g_assert_cmpstr (rbd_record_get_string (copy, "session_id"), ==, "s1");

  /* Cancelled stays cancelled. */
  rbd_recovery_timeline_cancel (timeline);
  g_clear_object (&copy);
  copy = rbd_record_new_from_text (RBD_TYPE_RECOVERY_TIMELINE,
                                   rbd_record_get_json_text (RBD_RECORD (timeline)), &error);
  g_assert_no_error (error);
  g_assert_true (rbd_recovery_timeline_get_cancelled (RBD_RECOVERY_TIMELINE (copy)));
}

static const struct
{
  const char *json;
  const char *words;
} bad_timelines[] = {
  { "{\"id\":\"t\"}", "Finish" },
  { "{\"id\":\"t\",\"finish\":\"2026-11-30T09:40:00\"}", "Finish" },
  { "{\"id\":\"t\",\"finish\":\"" FINISH "\",\"ticked\":65536}", "Steps done" },
  { "{\"id\":\"t\",\"finish\":\"" FINISH "\",\"ticked\":-2}", "Steps done" },
  { "{\"id\":\"t\",\"finish\":\"" FINISH "\",\"body_mass_kg\":0}", "Body mass" },
};

static void
test_bad_records (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_timelines); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RbdRecord) record = rbd_record_new_from_text (RBD_TYPE_RECOVERY_TIMELINE,
                                                              bad_timelines[i].json, &error);

      g_assert_null (record);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad_timelines[i].words));
    }
}

static void
test_find_running (void)
{
  g_autoptr(GListStore) list = g_list_store_new (RBD_TYPE_RECOVERY_TIMELINE);
  g_autoptr(GDateTime) older = parse ("2026-11-30T08:00:00+01:00");
  g_autoptr(GDateTime) newer = parse (FINISH);
  g_autoptr(GDateTime) now = parse ("2026-11-30T10:00:00+01:00");
  g_autoptr(GDateTime) later = parse ("2026-11-30T12:40:00+01:00");
  g_autoptr(RbdRecoveryTimeline) a = rbd_recovery_timeline_new (older, 70);
  g_autoptr(RbdRecoveryTimeline) b = rbd_recovery_timeline_new (newer, 70);

  g_assert_null (rbd_recovery_timelines_find_running (G_LIST_MODEL (list), now));
  g_list_store_append (list, b);
  g_list_store_append (list, a);
  g_assert_true (rbd_recovery_timelines_find_running (G_LIST_MODEL (list), now) == b);
  rbd_recovery_timeline_cancel (b);
  g_assert_true (rbd_recovery_timelines_find_running (G_LIST_MODEL (list), now) == a);
  g_assert_null (rbd_recovery_timelines_find_running (G_LIST_MODEL (list), later));
}

/* The runner, on a clock the test moves. */
typedef struct
{
  GDateTime            *now;
  GListStore           *list;
  RbdRecordingNotifier *notifier;
  RbdTimelineRunner    *runner;
  guint                 checked;    /* log lines already looked at */
} Fixture;

static GDateTime *
fixture_now (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->now = parse (FINISH);
  fixture->list = g_list_store_new (RBD_TYPE_RECOVERY_TIMELINE);
  fixture->notifier = rbd_recording_notifier_new ();
  fixture->runner = rbd_timeline_runner_new (G_LIST_MODEL (fixture->list),
                                             RBD_NOTIFIER (fixture->notifier));
  rbd_timeline_runner_set_now_func (fixture->runner, fixture_now, fixture, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->runner);
  g_clear_object (&fixture->notifier);
  g_clear_object (&fixture->list);
  g_clear_pointer (&fixture->now, g_date_time_unref);
}

/* Moves the test's clock to @clock (local, that day) and lets the runner
 * look, as its wake-up would. */
static void
advance_to (Fixture    *fixture,
            const char *clock)
{
  g_autofree char *text = g_strdup_printf ("2026-11-30T%s:00+01:00", clock);

  g_clear_pointer (&fixture->now, g_date_time_unref);
  fixture->now = parse (text);
  rbd_timeline_runner_update (fixture->runner);
}

/* What was sent since the last call, one line each. */
static char *
take_log (Fixture *fixture)
{
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);
  g_autoptr(GString) out = g_string_new (NULL);

  for (; fixture->checked < log->len; fixture->checked++)
    {
      const char *line = g_ptr_array_index (log, fixture->checked);
      const char *cut = strstr (line, " · ");

      /* Up to the step title is enough to tell which step. */
      if (cut != NULL)
        cut = strchr (cut + strlen (" · "), ':');
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_len (out, line, cut != NULL ? cut - line : (gssize) strlen (line));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_log (Fixture    *fixture,
            const char *expected)
{
  g_autofree char *log = take_log (fixture);

  g_assert_cmpstr (log, ==, expected);
}

static void
assert_wakeup (Fixture    *fixture,
               const char *clock)
{
  g_autoptr(GDateTime) wakeup = rbd_timeline_runner_dup_wakeup (fixture->runner);
  g_autofree char *text = NULL;

  if (clock == NULL)
    {
      g_assert_null (wakeup);
      return;
    }

  g_assert_nonnull (wakeup);
  text = rbd_format_clock_time (wakeup);
  g_assert_cmpstr (text, ==, clock);
}

static RbdRecoveryTimeline *
start (Fixture *fixture)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(RbdRecoveryTimeline) timeline = rbd_recovery_timeline_new (finish, 70);

  g_list_store_append (fixture->list, timeline);

  return timeline;
}

static void
test_runner_reminders (Fixture       *fixture,
                       gconstpointer  data)
{
  RbdRecoveryTimeline *timeline;
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);

  /* Nothing to run: nothing sent, nothing armed. */
  g_assert_null (rbd_timeline_runner_get_timeline (fixture->runner));
  g_assert_false (rbd_timeline_runner_get_reminding (fixture->runner));
  assert_wakeup (fixture, NULL);
  assert_log (fixture, "");

  /* "I just finished" at 09:40: the first step at once, with the amounts. */
  timeline = start (fixture);
  g_assert_true (rbd_timeline_runner_get_timeline (fixture->runner) == timeline);
  g_assert_true (rbd_timeline_runner_get_reminding (fixture->runner));
  g_assert_cmpint (rbd_timeline_runner_get_current_step (fixture->runner), ==, 0);
  g_assert_cmpstr (g_ptr_array_index (log, 0), ==,
                   "send recovery-timeline: By 09:50 · Recovery snack: Protein plus simple "
                   "sugars, such as chocolate milk and fruit: a start on 56–84 g carbohydrate "
                   "and 18–28 g protein.");
  assert_log (fixture, "send recovery-timeline: By 09:50 · Recovery snack");
  assert_wakeup (fixture, "09:50");

  /* Waking early sends nothing and keeps the one deadline. */
  advance_to (fixture, "09:45");
  assert_log (fixture, "");
  assert_wakeup (fixture, "09:50");

  advance_to (fixture, "09:50");
  assert_log (fixture, "send recovery-timeline: By 10:10 · Water and easy drills");
  assert_wakeup (fixture, "10:10");

  /* The meal ticked off ahead: its reminder is skipped, and the one
   * wake-up moves on to the shower. */
  rbd_recovery_timeline_set_step_ticked (timeline, 2, TRUE);
  assert_log (fixture, "");
  assert_wakeup (fixture, "11:10");
  advance_to (fixture, "10:10");
  /* The water reminder is over, and the meal's is not needed. */
  assert_log (fixture, "withdraw recovery-timeline");
  assert_wakeup (fixture, "11:10");
  g_assert_cmpint (rbd_timeline_runner_get_current_step (fixture->runner), ==, 2);

  /* Asleep through 11:10 and 11:40: only the newest step is sent. */
  advance_to (fixture, "12:00");
  assert_log (fixture, "send recovery-timeline: From 11:40 · Nap");
  assert_wakeup (fixture, "12:10");
  g_assert_true (rbd_timeline_runner_get_reminding (fixture->runner));

  /* The last reminder: no more to send; one wake-up left, for the end. */
  advance_to (fixture, "12:10");
  assert_log (fixture, "send recovery-timeline: From 12:10 · Easy walk");
  g_assert_false (rbd_timeline_runner_get_reminding (fixture->runner));
  assert_wakeup (fixture, "12:40");

  /* Ticking the shown step takes its reminder away. */
  rbd_recovery_timeline_set_step_ticked (timeline, 5, TRUE);
  assert_log (fixture, "withdraw recovery-timeline");

  advance_to (fixture, "12:40");
  assert_log (fixture, "");
  g_assert_null (rbd_timeline_runner_get_timeline (fixture->runner));
  g_assert_cmpint (rbd_timeline_runner_get_current_step (fixture->runner), ==, -1);
  assert_wakeup (fixture, NULL);
}

static void
test_runner_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  RbdRecoveryTimeline *timeline = start (fixture);

  advance_to (fixture, "10:00");
  assert_log (fixture, "send recovery-timeline: By 09:50 · Recovery snack\n"
                       "send recovery-timeline: By 10:10 · Water and easy drills");
  g_assert_true (rbd_timeline_runner_get_reminding (fixture->runner));

  rbd_recovery_timeline_cancel (timeline);
  assert_log (fixture, "withdraw recovery-timeline");
  g_assert_null (rbd_timeline_runner_get_timeline (fixture->runner));
  g_assert_false (rbd_timeline_runner_get_reminding (fixture->runner));
  assert_wakeup (fixture, NULL);

  /* Nothing more, ever. */
  advance_to (fixture, "11:45");
  assert_log (fixture, "");
}

/* After a restart the timeline comes back from the document: the runner
 * picks it up where it is, without replaying what was missed. */
static void
test_runner_restart (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) finish = parse (FINISH);
  g_autoptr(RbdRecoveryTimeline) before = rbd_recovery_timeline_new (finish, 70);
  g_autoptr(RbdRecord) after = NULL;
  g_autoptr(GError) error = NULL;

  rbd_recovery_timeline_set_step_ticked (before, 0, TRUE);
  after = rbd_record_new_from_text (RBD_TYPE_RECOVERY_TIMELINE,
                                    rbd_record_get_json_text (RBD_RECORD (before)), &error);
  g_assert_no_error (error);

  advance_to (fixture, "10:20");
  g_list_store_append (fixture->list, after);
  assert_log (fixture, "send recovery-timeline: By 10:40 · Full meal");
  assert_wakeup (fixture, "11:10");

  /* Loaded again (the store replaces its items): same timeline, nothing
   * is sent twice. */
  g_list_store_remove_all (fixture->list);
  assert_log (fixture, "withdraw recovery-timeline");
  g_list_store_append (fixture->list, after);
  assert_log (fixture, "send recovery-timeline: By 10:40 · Full meal");

  /* A timeline already over when the app starts again: nothing at all. */
  g_list_store_remove_all (fixture->list);
  g_free (take_log (fixture));
  advance_to (fixture, "13:00");
  g_list_store_append (fixture->list, after);
  assert_log (fixture, "");
  assert_wakeup (fixture, NULL);
}

static void
test_runner_all_ticked (Fixture       *fixture,
                        gconstpointer  data)
{
  RbdRecoveryTimeline *timeline = start (fixture);

  g_free (take_log (fixture));
  for (guint i = 0; i < RBD_TIMELINE_N_STEPS; i++)
    rbd_recovery_timeline_set_step_ticked (timeline, i, TRUE);

  assert_log (fixture, "withdraw recovery-timeline");
  g_assert_false (rbd_timeline_runner_get_reminding (fixture->runner));
  /* Shown as done until its end. */
  g_assert_true (rbd_timeline_runner_get_timeline (fixture->runner) == timeline);
  assert_wakeup (fixture, "12:40");

  advance_to (fixture, "11:10");
  assert_log (fixture, "");
}

static void
test_runner_units (Fixture       *fixture,
                   gconstpointer  data)
{
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);

  rbd_timeline_runner_set_units (fixture->runner, RBD_UNITS_IMPERIAL);
  start (fixture);
  advance_to (fixture, "09:50");
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (log, 1), "(25 fl oz)"));
}

/* With an application, it is held while reminders are left and let go
 * when they are over: g_application_run() returns only then. */
typedef struct
{
  Fixture  *fixture;
  gboolean  idle_ran;
  gboolean  timed_out;
} HoldData;

static gboolean
on_hold_idle_cb (gpointer user_data)
{
  HoldData *data = user_data;

  /* Still running: the runner holds the application. */
  data->idle_ran = TRUE;
  g_assert_true (rbd_timeline_runner_get_reminding (data->fixture->runner));

  advance_to (data->fixture, "12:10");
  g_assert_false (rbd_timeline_runner_get_reminding (data->fixture->runner));

  return G_SOURCE_REMOVE;
}

static gboolean
on_hold_timeout_cb (gpointer user_data)
{
  HoldData *data = user_data;

  data->timed_out = TRUE;
  g_application_quit (g_application_get_default ());

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                HoldData     *data)
{
  start (data->fixture);
  g_assert_true (rbd_timeline_runner_get_reminding (data->fixture->runner));
  g_idle_add (on_hold_idle_cb, data);
}

static void
test_runner_holds_application (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  HoldData hold = { fixture, FALSE, FALSE };
  guint timeout;

  g_application_set_default (app);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), &hold);
  timeout = g_timeout_add_seconds (10, on_hold_timeout_cb, &hold);

  g_assert_cmpint (g_application_run (app, 0, NULL), ==, 0);

  g_assert_true (hold.idle_ran);
  g_assert_false (hold.timed_out);
  g_source_remove (timeout);
  g_application_set_default (NULL);
}

/* The real wake-up, on the real clock: a step due in a moment is sent by
 * the main loop alone. */
static gboolean
on_guard_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_runner_real_wakeup (void)
{
  g_autoptr(GListStore) list = g_list_store_new (RBD_TYPE_RECOVERY_TIMELINE);
  g_autoptr(RbdRecordingNotifier) notifier = rbd_recording_notifier_new ();
  g_autoptr(RbdTimelineRunner) runner = rbd_timeline_runner_new (G_LIST_MODEL (list),
                                                                 RBD_NOTIFIER (notifier));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* The document keeps whole seconds, so this is 1-2 s before step 2. */
  g_autoptr(GDateTime) finish = g_date_time_add (now, -10 * G_TIME_SPAN_MINUTE +
                                                      2 * G_TIME_SPAN_SECOND);
  g_autoptr(RbdRecoveryTimeline) timeline = rbd_recovery_timeline_new (finish, 70);
  GPtrArray *log = rbd_recording_notifier_get_log (notifier);
  gboolean timed_out = FALSE;
  guint guard;

  g_list_store_append (list, timeline);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (log, 0), "Recovery snack"));

  guard = g_timeout_add_seconds (10, on_guard_cb, &timed_out);
  while (log->len < 2 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (guard);

  g_assert_false (timed_out);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (log, 1), "Water and easy drills"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/steps", test_steps);
  g_test_add_func ("/timeline/steps-imperial-unknown-mass", test_steps_imperial_and_unknown_mass);
  g_test_add_func ("/timeline/clock-times", test_clock_times);
  g_test_add_func ("/timeline/record", test_record);
  g_test_add_func ("/timeline/persistence", test_persistence);
  g_test_add_func ("/timeline/bad-records", test_bad_records);
  g_test_add_func ("/timeline/find-running", test_find_running);
  g_test_add ("/timeline/runner/reminders", Fixture, NULL,
              fixture_set_up, test_runner_reminders, fixture_tear_down);
  g_test_add ("/timeline/runner/cancel", Fixture, NULL,
              fixture_set_up, test_runner_cancel, fixture_tear_down);
  g_test_add ("/timeline/runner/restart", Fixture, NULL,
              fixture_set_up, test_runner_restart, fixture_tear_down);
  g_test_add ("/timeline/runner/all-ticked", Fixture, NULL,
              fixture_set_up, test_runner_all_ticked, fixture_tear_down);
  g_test_add ("/timeline/runner/units", Fixture, NULL,
              fixture_set_up, test_runner_units, fixture_tear_down);
  g_test_add ("/timeline/runner/holds-application", Fixture, NULL,
              fixture_set_up, test_runner_holds_application, fixture_tear_down);
  g_test_add_func ("/timeline/runner/real-wakeup", test_runner_real_wakeup);

  return g_test_run ();
}
