/* test-routine-player.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rbd-fake-clock.h"
#include "rbd-routine-player.h"
#include "rbd-routine-step.h"
#include "rbd-system-clock.h"

#define SEC  G_GINT64_CONSTANT (1000000)
#define MSEC G_GINT64_CONSTANT (1000)

/* An arbitrary start, so that nothing relies on time starting at 0. */
#define T0   (G_GINT64_CONSTANT (1000000) * SEC)

typedef struct
{
  int duration_s;
  int sides;
} StepSpec;

static RbdRoutine *
make_routine (const StepSpec *specs,
              guint           n_specs)
{
  RbdRoutine *routine = rbd_routine_new ();
  GListStore *steps = rbd_routine_get_steps (routine);

  rbd_record_set_string (RBD_RECORD (routine), "name", "Test routine");

  for (guint i = 0; i < n_specs; i++)
    {
      g_autoptr(RbdRoutineStep) step = rbd_routine_step_new ();
      g_autofree char *name = g_strdup_printf ("s%u", i);

      rbd_record_set_string (RBD_RECORD (step), "name", name);
      rbd_record_set_string (RBD_RECORD (step), "instructions", "Do it.");
      if (specs[i].duration_s > 0)
        rbd_record_set_int (RBD_RECORD (step), "duration_s", specs[i].duration_s);
      rbd_record_set_int (RBD_RECORD (step), "sides", specs[i].sides);
      g_list_store_append (steps, step);
    }

  return routine;
}

/* Records what the player announces, as "event:value" words, optionally
 * prefixed with the time since T0 ("5:state:running"). */
typedef struct
{
  RbdRoutinePlayer *player;
  RbdFakeClock     *clock;
  GString          *log;
  gboolean          with_time;
  gboolean          all_notifies;   /* also step-index, remaining-s, progress */
  guint             n_ticks;
  guint             n_step_changes;
  gint64            finished_at;
  int               stopped_at;
} Recorder;

static void
log_event (Recorder   *rec,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
log_event (Recorder   *rec,
           const char *format,
           ...)
{
  va_list args;

  if (rec->log->len > 0)
    g_string_append_c (rec->log, ' ');

  if (rec->with_time)
    {
      gint64 t = rbd_clock_get_now (RBD_CLOCK (rec->clock)) - T0;

      if (t % SEC == 0)
        g_string_append_printf (rec->log, "%" G_GINT64_FORMAT ":", t / SEC);
      else
        g_string_append_printf (rec->log, "%.6f:", (double) t / SEC);
    }

  va_start (args, format);
  g_string_append_vprintf (rec->log, format, args);
  va_end (args);
}

static void
on_notify_cb (RbdRoutinePlayer *player,
              GParamSpec       *pspec,
              Recorder         *rec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "state"))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (RBD_TYPE_PLAYER_STATE);

      log_event (rec, "state:%s",
                 g_enum_get_value (klass, rbd_routine_player_get_state (player))->value_nick);
    }
  else if (g_str_equal (name, "side"))
    log_event (rec, "side:%d", rbd_routine_player_get_side (player));
  else if (!rec->all_notifies)
    return;
  else if (g_str_equal (name, "step-index"))
    log_event (rec, "index:%d", rbd_routine_player_get_step_index (player));
  else if (g_str_equal (name, "remaining-s"))
    log_event (rec, "rem:%d", rbd_routine_player_get_remaining_s (player));
  else if (g_str_equal (name, "progress"))
    log_event (rec, "prog:%.2f", rbd_routine_player_get_progress (player));
}

static void
on_tick_cb (RbdRoutinePlayer *player,
            int               remaining_s,
            Recorder         *rec)
{
  g_assert_cmpint (remaining_s, ==, rbd_routine_player_get_remaining_s (player));
  rec->n_ticks++;
  log_event (rec, "tick:%d", remaining_s);
}

static void
on_countdown_cb (RbdRoutinePlayer *player,
                 int               n,
                 Recorder         *rec)
{
  g_assert_cmpint (n, >=, 1);
  g_assert_cmpint (n, <=, 3);
  log_event (rec, "cd:%d", n);
}

static void
on_step_changed_cb (RbdRoutinePlayer *player,
                    int               step_index,
                    Recorder         *rec)
{
  g_assert_cmpint (step_index, ==, rbd_routine_player_get_step_index (player));
  rec->n_step_changes++;
  log_event (rec, "step:%d", step_index);
}

static void
on_finished_cb (RbdRoutinePlayer *player,
                Recorder         *rec)
{
  g_assert_cmpint (rbd_routine_player_get_state (player), ==, RBD_PLAYER_FINISHED);
  rec->finished_at = rbd_clock_get_now (RBD_CLOCK (rec->clock));
  log_event (rec, "finished");
}

static void
on_stopped_cb (RbdRoutinePlayer *player,
               int               step_index,
               Recorder         *rec)
{
  g_assert_cmpint (rbd_routine_player_get_state (player), ==, RBD_PLAYER_IDLE);
  rec->stopped_at = step_index;
  log_event (rec, "stopped:%d", step_index);
}

static void
recorder_init (Recorder     *rec,
               RbdRoutine   *routine,
               int           lead_in_s,
               int           switch_s)
{
  memset (rec, 0, sizeof *rec);
  rec->clock = rbd_fake_clock_new (T0);
  rec->player = rbd_routine_player_new (routine, RBD_CLOCK (rec->clock));
  rec->log = g_string_new (NULL);
  rec->finished_at = -1;
  rec->stopped_at = -1;

  rbd_routine_player_set_lead_in_s (rec->player, lead_in_s);
  rbd_routine_player_set_switch_sides_s (rec->player, switch_s);

  g_signal_connect (rec->player, "notify", G_CALLBACK (on_notify_cb), rec);
  g_signal_connect (rec->player, "tick", G_CALLBACK (on_tick_cb), rec);
  g_signal_connect (rec->player, "countdown", G_CALLBACK (on_countdown_cb), rec);
  g_signal_connect (rec->player, "step-changed", G_CALLBACK (on_step_changed_cb), rec);
  g_signal_connect (rec->player, "finished", G_CALLBACK (on_finished_cb), rec);
  g_signal_connect (rec->player, "stopped", G_CALLBACK (on_stopped_cb), rec);
}

static void
recorder_clear (Recorder *rec)
{
  g_clear_object (&rec->player);
  /* Disposing the player must take its wake-up with it. */
  g_assert_cmpuint (rbd_fake_clock_get_n_pending (rec->clock), ==, 0);
  g_clear_object (&rec->clock);
  g_string_free (rec->log, TRUE);
}

static void
recorder_reset_log (Recorder *rec)
{
  g_string_truncate (rec->log, 0);
}

/* The invariant behind "few wake-ups": exactly one armed while a phase
 * runs, none otherwise. */
static void
assert_armed (Recorder *rec)
{
  guint expected = 0;

  switch (rbd_routine_player_get_state (rec->player))
    {
    case RBD_PLAYER_LEAD_IN:
    case RBD_PLAYER_RUNNING:
    case RBD_PLAYER_SWITCHING_SIDES:
      expected = 1;
      break;
    case RBD_PLAYER_IDLE:
    case RBD_PLAYER_PAUSED:
    case RBD_PLAYER_FINISHED:
    default:
      break;
    }

  g_assert_cmpuint (rbd_fake_clock_get_n_pending (rec->clock), ==, expected);
}

static void
advance (Recorder *rec,
         gint64    usec)
{
  rbd_fake_clock_advance (rec->clock, usec);
  assert_armed (rec);
}

static void
assert_at (Recorder       *rec,
           RbdPlayerState  state,
           int             step_index,
           int             side,
           int             remaining_s)
{
  g_assert_cmpint (rbd_routine_player_get_state (rec->player), ==, state);
  g_assert_cmpint (rbd_routine_player_get_step_index (rec->player), ==, step_index);
  g_assert_cmpint (rbd_routine_player_get_side (rec->player), ==, side);
  g_assert_cmpint (rbd_routine_player_get_remaining_s (rec->player), ==, remaining_s);
}

static void
start (Recorder *rec)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rbd_routine_player_start (rec->player, &error));
  g_assert_no_error (error);
  assert_armed (rec);
}

static void
test_empty (void)
{
  static const StepSpec no_duration[] = { { 30, 1 }, { 0, 1 } };
  g_autoptr(RbdRoutine) empty = make_routine (NULL, 0);
  g_autoptr(RbdRoutine) broken = make_routine (no_duration, G_N_ELEMENTS (no_duration));
  g_autoptr(GError) error = NULL;
  Recorder rec;

  recorder_init (&rec, empty, 5, 5);
  g_assert_false (rbd_routine_player_start (rec.player, &error));
  g_assert_error (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_NO_STEPS);
  g_assert_nonnull (strstr (error->message, "no steps"));
  assert_at (&rec, RBD_PLAYER_IDLE, 0, 1, 0);
  g_assert_null (rbd_routine_player_get_current_step (rec.player));
  g_assert_cmpuint (rbd_routine_player_get_n_steps (rec.player), ==, 0);
  assert_armed (&rec);
  g_assert_cmpstr (rec.log->str, ==, "");
  recorder_clear (&rec);

  g_clear_error (&error);
  recorder_init (&rec, broken, 5, 5);
  g_assert_false (rbd_routine_player_start (rec.player, &error));
  g_assert_error (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_INVALID_STEP);
  g_assert_nonnull (strstr (error->message, "Step 2"));
  assert_at (&rec, RBD_PLAYER_IDLE, 0, 1, 0);
  assert_armed (&rec);
  g_assert_cmpstr (rec.log->str, ==, "");
  recorder_clear (&rec);
}

static void
test_whole_routine (void)
{
  static const StepSpec specs[] = { { 3, 1 }, { 4, 2 }, { 2, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  const char *expected =
    "0:state:lead-in 0:step:0 "
    "1:tick:4 2:tick:3 2:cd:3 3:tick:2 3:cd:2 4:tick:1 4:cd:1 "
    "5:state:running "
    "6:tick:2 6:cd:2 7:tick:1 7:cd:1 "
    "8:step:1 "
    "9:tick:3 9:cd:3 10:tick:2 10:cd:2 11:tick:1 11:cd:1 "
    "12:state:switching-sides 12:side:2 "
    "13:tick:4 14:tick:3 14:cd:3 15:tick:2 15:cd:2 16:tick:1 16:cd:1 "
    "17:state:running "
    "18:tick:3 18:cd:3 19:tick:2 19:cd:2 20:tick:1 20:cd:1 "
    "21:side:1 21:step:2 "
    "22:tick:1 22:cd:1 "
    "23:state:finished 23:finished";
  /* Where the player is at each whole second, 0 to 23. */
  static const struct { RbdPlayerState state; int step, side, remaining_s, done_s; } at[] = {
    { RBD_PLAYER_LEAD_IN, 0, 1, 5, 0 },
    { RBD_PLAYER_LEAD_IN, 0, 1, 4, 0 },
    { RBD_PLAYER_LEAD_IN, 0, 1, 3, 0 },
    { RBD_PLAYER_LEAD_IN, 0, 1, 2, 0 },
    { RBD_PLAYER_LEAD_IN, 0, 1, 1, 0 },
    { RBD_PLAYER_RUNNING, 0, 1, 3, 0 },
    { RBD_PLAYER_RUNNING, 0, 1, 2, 1 },
    { RBD_PLAYER_RUNNING, 0, 1, 1, 2 },
    { RBD_PLAYER_RUNNING, 1, 1, 4, 3 },
    { RBD_PLAYER_RUNNING, 1, 1, 3, 4 },
    { RBD_PLAYER_RUNNING, 1, 1, 2, 5 },
    { RBD_PLAYER_RUNNING, 1, 1, 1, 6 },
    { RBD_PLAYER_SWITCHING_SIDES, 1, 2, 5, 7 },
    { RBD_PLAYER_SWITCHING_SIDES, 1, 2, 4, 7 },
    { RBD_PLAYER_SWITCHING_SIDES, 1, 2, 3, 7 },
    { RBD_PLAYER_SWITCHING_SIDES, 1, 2, 2, 7 },
    { RBD_PLAYER_SWITCHING_SIDES, 1, 2, 1, 7 },
    { RBD_PLAYER_RUNNING, 1, 2, 4, 7 },
    { RBD_PLAYER_RUNNING, 1, 2, 3, 8 },
    { RBD_PLAYER_RUNNING, 1, 2, 2, 9 },
    { RBD_PLAYER_RUNNING, 1, 2, 1, 10 },
    { RBD_PLAYER_RUNNING, 2, 1, 2, 11 },
    { RBD_PLAYER_RUNNING, 2, 1, 1, 12 },
    { RBD_PLAYER_FINISHED, 2, 1, 0, 13 },
  };
  static const char * const step_names[] = { "s0", "s1", "s2" };
  Recorder rec;

  recorder_init (&rec, routine, 5, 5);
  rec.with_time = TRUE;
  g_assert_cmpint (rbd_routine_get_total_s (routine), ==, 13);

  start (&rec);
  for (guint t = 0; t < G_N_ELEMENTS (at); t++)
    {
      RbdRoutineStep *next;

      if (t > 0)
        advance (&rec, SEC);

      assert_at (&rec, at[t].state, at[t].step, at[t].side, at[t].remaining_s);
      g_assert_cmpfloat_with_epsilon (rbd_routine_player_get_progress (rec.player),
                                      at[t].done_s / 13.0, 1e-9);
      g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (rbd_routine_player_get_current_step (
                                                 rec.player)), "name"), ==,
                       step_names[at[t].step]);

      next = rbd_routine_player_get_next_step (rec.player);
      if (at[t].state == RBD_PLAYER_FINISHED || at[t].step == 2)
        g_assert_null (next);
      else
        g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (next), "name"), ==,
                         step_names[at[t].step + 1]);
    }

  g_assert_cmpstr (rec.log->str, ==, expected);
  /* Due at 5 + 3 + 4 + 5 + 4 + 2 s, to the microsecond. */
  g_assert_cmpint (rec.finished_at - T0, ==, 23 * SEC);
  /* One wake-up per second, the phase changes falling on second ticks. */
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 23);
  g_assert_cmpuint (rec.n_step_changes, ==, 3);

  /* Nothing more happens once finished. */
  advance (&rec, 60 * SEC);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 23);

  /* It can be played again from the start. */
  recorder_reset_log (&rec);
  rec.with_time = FALSE;
  start (&rec);
  assert_at (&rec, RBD_PLAYER_LEAD_IN, 0, 1, 5);
  g_assert_cmpfloat (rbd_routine_player_get_progress (rec.player), ==, 0.0);
  g_assert_cmpstr (rec.log->str, ==, "state:lead-in step:0");

  recorder_clear (&rec);
}

static void
test_no_lead_in (void)
{
  static const StepSpec specs[] = { { 2, 2 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  Recorder rec;

  /* Without lead-in or switch pause, the step starts at once and the
   * second side follows the first straight away. */
  recorder_init (&rec, routine, 0, 0);
  rec.with_time = TRUE;
  start (&rec);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 2);
  advance (&rec, 2 * SEC);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 2, 2);
  g_assert_cmpfloat (rbd_routine_player_get_progress (rec.player), ==, 0.5);
  advance (&rec, 2 * SEC);
  g_assert_cmpstr (rec.log->str, ==,
                   "0:state:running 0:step:0 1:tick:1 1:cd:1 2:side:2 3:tick:1 3:cd:1 "
                   "4:state:finished 4:finished");
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 4);
  recorder_clear (&rec);
}

static void
test_two_sided (void)
{
  static const StepSpec specs[] = { { 20, 2 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  Recorder rec;

  recorder_init (&rec, routine, 0, 5);
  start (&rec);
  g_assert_cmpint (rbd_routine_player_get_n_sides (rec.player), ==, 2);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 20);

  /* The switch pause says which side comes next, and counts as half the
   * work done. */
  advance (&rec, 20 * SEC);
  assert_at (&rec, RBD_PLAYER_SWITCHING_SIDES, 0, 2, 5);
  g_assert_cmpfloat (rbd_routine_player_get_progress (rec.player), ==, 0.5);

  /* A pause during the switch resumes into the switch. */
  advance (&rec, 2 * SEC + 250 * MSEC);
  g_assert_true (rbd_routine_player_toggle_pause (rec.player));
  assert_at (&rec, RBD_PLAYER_PAUSED, 0, 2, 3);
  g_assert_cmpint (rbd_routine_player_get_phase (rec.player), ==, RBD_PLAYER_SWITCHING_SIDES);
  advance (&rec, 30 * SEC);
  g_assert_true (rbd_routine_player_toggle_pause (rec.player));
  assert_at (&rec, RBD_PLAYER_SWITCHING_SIDES, 0, 2, 3);
  advance (&rec, 2 * SEC + 750 * MSEC - 1);
  assert_at (&rec, RBD_PLAYER_SWITCHING_SIDES, 0, 2, 1);
  advance (&rec, 1);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 2, 20);
  advance (&rec, 10 * SEC);
  g_assert_cmpfloat (rbd_routine_player_get_progress (rec.player), ==, 0.75);
  advance (&rec, 10 * SEC);
  assert_at (&rec, RBD_PLAYER_FINISHED, 0, 2, 0);
  recorder_clear (&rec);
}

static void
test_pause_resume (void)
{
  static const StepSpec specs[] = { { 10, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  const gint64 into = 2 * SEC + 345678;
  const gint64 left = 10 * SEC - into;
  guint fired;
  Recorder rec;

  recorder_init (&rec, routine, 0, 5);
  g_assert_false (rbd_routine_player_pause (rec.player));
  g_assert_false (rbd_routine_player_resume (rec.player));
  g_assert_false (rbd_routine_player_toggle_pause (rec.player));

  start (&rec);
  advance (&rec, into);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 8);
  g_assert_false (rbd_routine_player_resume (rec.player));

  g_assert_true (rbd_routine_player_pause (rec.player));
  assert_at (&rec, RBD_PLAYER_PAUSED, 0, 1, 8);
  g_assert_false (rbd_routine_player_pause (rec.player));

  /* An hour paused: no wake-up, no tick, nothing announced. */
  recorder_reset_log (&rec);
  fired = rbd_fake_clock_get_n_fired (rec.clock);
  for (int i = 0; i < 3600; i++)
    advance (&rec, SEC);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, fired);
  g_assert_cmpstr (rec.log->str, ==, "");
  assert_at (&rec, RBD_PLAYER_PAUSED, 0, 1, 8);

  /* What was left is kept to the microsecond. */
  g_assert_true (rbd_routine_player_resume (rec.player));
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 8);
  g_assert_cmpstr (rec.log->str, ==, "state:running");
  advance (&rec, left - 1);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 1);
  advance (&rec, 1);
  assert_at (&rec, RBD_PLAYER_FINISHED, 0, 1, 0);
  g_assert_cmpint (rec.finished_at, ==, T0 + into + 3600 * SEC + left);

  /* The ticks after the resume come on the new second boundaries: 8 to
   * 7 after the 0.654322 s that were left of that second. */
  g_assert_cmpstr (rec.log->str, ==,
                   "state:running tick:7 tick:6 tick:5 tick:4 tick:3 cd:3 tick:2 cd:2 "
                   "tick:1 cd:1 state:finished finished");
  /* 2 boundaries before the pause, 8 after it (the last being the end). */
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 2 + 8);
  recorder_clear (&rec);
}

typedef enum
{
  ACT_NEXT,
  ACT_PREVIOUS,
  ACT_RESTART,
  ACT_STOP,
  ACT_PAUSE,
  ACT_RESUME,
} Action;

typedef struct
{
  const char     *where;
  gint64          at_ms;       /* since start; -1: never started */
  gboolean        paused;      /* pause there before acting */
  Action          action;
  gboolean        moved;
  RbdPlayerState  state;
  RbdPlayerState  phase;
  int             step;
  int             side;
  int             remaining_s;
} NavCase;

/* Routine: s0 10 s, s1 6 s on two sides, s2 4 s; lead-in 5, switch 5.
 * Lead-in 0-5 s, s0 5-15, s1 left 15-21, switch 21-26, s1 right 26-32,
 * s2 32-36, finished at 36. */
static const NavCase nav_cases[] = {
  { "idle", -1, FALSE, ACT_NEXT, FALSE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },
  { "idle", -1, FALSE, ACT_PREVIOUS, FALSE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },
  { "idle", -1, FALSE, ACT_RESTART, FALSE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },
  { "idle", -1, FALSE, ACT_STOP, FALSE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  { "lead-in", 2000, FALSE, ACT_NEXT, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "lead-in", 2000, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_LEAD_IN, RBD_PLAYER_LEAD_IN, 0, 1, 5 },
  { "lead-in", 2000, FALSE, ACT_RESTART, TRUE,
    RBD_PLAYER_LEAD_IN, RBD_PLAYER_LEAD_IN, 0, 1, 5 },
  { "lead-in", 2000, FALSE, ACT_STOP, TRUE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  /* The very first second of the first step has nothing before it. */
  { "s0 first second", 5500, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "s0 first second", 5500, FALSE, ACT_NEXT, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "s0", 9000, FALSE, ACT_PREVIOUS, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "s0", 9000, FALSE, ACT_RESTART, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "s0", 9000, FALSE, ACT_NEXT, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "s0", 9000, FALSE, ACT_STOP, TRUE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  /* First second of a step: back to the previous step's last side. */
  { "s1 left first second", 15999, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 0, 1, 10 },
  /* From the second second on, the same side again. */
  { "s1 left second second", 16000, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "s1 left", 18000, FALSE, ACT_RESTART, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "s1 left", 18000, FALSE, ACT_NEXT, TRUE,
    RBD_PLAYER_SWITCHING_SIDES, RBD_PLAYER_SWITCHING_SIDES, 1, 2, 5 },

  { "switch", 23000, FALSE, ACT_NEXT, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 2, 6 },
  { "switch", 23000, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "switch", 23000, FALSE, ACT_RESTART, TRUE,
    RBD_PLAYER_SWITCHING_SIDES, RBD_PLAYER_SWITCHING_SIDES, 1, 2, 5 },
  { "switch", 23000, FALSE, ACT_STOP, TRUE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  { "s1 right first second", 26500, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "s1 right", 29000, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 2, 6 },
  { "s1 right", 29000, FALSE, ACT_RESTART, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 2, 6 },
  { "s1 right", 29000, FALSE, ACT_NEXT, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 2, 1, 4 },

  /* First second of the last step: back to the right side of s1. */
  { "s2 first second", 32000, FALSE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 1, 2, 6 },
  { "s2", 33000, FALSE, ACT_PREVIOUS, TRUE, RBD_PLAYER_RUNNING, RBD_PLAYER_RUNNING, 2, 1, 4 },
  { "s2", 33000, FALSE, ACT_NEXT, TRUE, RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "s2", 33000, FALSE, ACT_STOP, TRUE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  /* Paused: the same moves, and it stays paused with the full time. */
  { "paused lead-in", 2000, TRUE, ACT_NEXT, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "paused lead-in", 2000, TRUE, ACT_RESTART, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_LEAD_IN, 0, 1, 5 },
  { "paused s1 left", 18000, TRUE, ACT_NEXT, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_SWITCHING_SIDES, 1, 2, 5 },
  { "paused s1 left", 18000, TRUE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "paused s1 left", 18000, TRUE, ACT_RESTART, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "paused s1 left first second", 15500, TRUE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_RUNNING, 0, 1, 10 },
  { "paused switch", 23000, TRUE, ACT_PREVIOUS, TRUE,
    RBD_PLAYER_PAUSED, RBD_PLAYER_RUNNING, 1, 1, 6 },
  { "paused switch", 23000, TRUE, ACT_RESUME, TRUE,
    RBD_PLAYER_SWITCHING_SIDES, RBD_PLAYER_SWITCHING_SIDES, 1, 2, 3 },
  { "paused s2", 33000, TRUE, ACT_NEXT, TRUE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "paused s2", 33000, TRUE, ACT_STOP, TRUE, RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1, 0 },

  { "finished", 36000, FALSE, ACT_NEXT, FALSE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "finished", 36000, FALSE, ACT_PREVIOUS, FALSE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "finished", 36000, FALSE, ACT_RESTART, FALSE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "finished", 36000, FALSE, ACT_STOP, FALSE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
  { "finished", 36000, FALSE, ACT_PAUSE, FALSE,
    RBD_PLAYER_FINISHED, RBD_PLAYER_FINISHED, 2, 1, 0 },
};

static gboolean
act (RbdRoutinePlayer *player,
     Action            action)
{
  switch (action)
    {
    case ACT_NEXT:
      return rbd_routine_player_next (player);
    case ACT_PREVIOUS:
      return rbd_routine_player_previous (player);
    case ACT_RESTART:
      return rbd_routine_player_restart_step (player);
    case ACT_STOP:
      return rbd_routine_player_stop (player);
    case ACT_PAUSE:
      return rbd_routine_player_pause (player);
    case ACT_RESUME:
      return rbd_routine_player_resume (player);
    default:
      g_assert_not_reached ();
    }
}

static void
test_navigation (void)
{
  static const StepSpec specs[] = { { 10, 1 }, { 6, 2 }, { 4, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));

  for (guint i = 0; i < G_N_ELEMENTS (nav_cases); i++)
    {
      const NavCase *c = &nav_cases[i];
      RbdPlayerState state_before;
      int step_before;
      Recorder rec;

      g_test_message ("case %u: %s, action %d", i, c->where, c->action);

      recorder_init (&rec, routine, 5, 5);
      if (c->at_ms >= 0)
        {
          start (&rec);
          advance (&rec, c->at_ms * MSEC);
        }
      if (c->paused)
        g_assert_true (rbd_routine_player_pause (rec.player));

      state_before = rbd_routine_player_get_state (rec.player);
      step_before = rbd_routine_player_get_step_index (rec.player);
      recorder_reset_log (&rec);

      g_assert_cmpint (act (rec.player, c->action), ==, c->moved);
      assert_at (&rec, c->state, c->step, c->side, c->remaining_s);
      g_assert_cmpint (rbd_routine_player_get_phase (rec.player), ==, c->phase);
      assert_armed (&rec);

      if (!c->moved)
        g_assert_cmpstr (rec.log->str, ==, "");

      if (c->action == ACT_STOP && c->moved)
        {
          g_autofree char *stopped = g_strdup_printf ("stopped:%d", step_before);

          g_assert_cmpint (rec.stopped_at, ==, step_before);
          g_assert_true (g_str_has_suffix (rec.log->str, stopped));
          g_assert_null (rbd_routine_player_get_current_step (rec.player));
          g_assert_cmpfloat (rbd_routine_player_get_progress (rec.player), ==, 0.0);
        }

      /* Moving to another step says so; staying on one does not. */
      if (c->moved && c->state != RBD_PLAYER_IDLE && c->step != step_before)
        g_assert_nonnull (strstr (rec.log->str, "step:"));
      else if (state_before != RBD_PLAYER_IDLE)
        g_assert_null (strstr (rec.log->str, "step:"));

      /* Wherever it lands, time goes on from the move: the phase ends its
       * full remaining time later, not a microsecond before. */
      if (c->state == RBD_PLAYER_PAUSED)
        {
          advance (&rec, 60 * SEC);
          g_assert_cmpint (rbd_routine_player_get_remaining_s (rec.player), ==, c->remaining_s);
          g_assert_true (rbd_routine_player_resume (rec.player));
        }
      if (rbd_routine_player_get_state (rec.player) == RBD_PLAYER_RUNNING ||
          rbd_routine_player_get_state (rec.player) == RBD_PLAYER_LEAD_IN ||
          rbd_routine_player_get_state (rec.player) == RBD_PLAYER_SWITCHING_SIDES)
        {
          RbdPlayerState phase = rbd_routine_player_get_state (rec.player);
          int remaining_s = rbd_routine_player_get_remaining_s (rec.player);
          int step = rbd_routine_player_get_step_index (rec.player);
          int side = rbd_routine_player_get_side (rec.player);

          advance (&rec, remaining_s * SEC - 1);
          assert_at (&rec, phase, step, side, 1);
          advance (&rec, 1);
          g_assert_false (rbd_routine_player_get_state (rec.player) == phase &&
                          rbd_routine_player_get_step_index (rec.player) == step &&
                          rbd_routine_player_get_side (rec.player) == side);
        }

      recorder_clear (&rec);
    }
}

static void
test_signal_order (void)
{
  static const StepSpec specs[] = { { 2, 1 }, { 1, 2 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  Recorder rec;

  recorder_init (&rec, routine, 2, 1);
  rec.all_notifies = TRUE;
  rec.with_time = TRUE;

  start (&rec);
  advance (&rec, 10 * SEC);
  g_assert_cmpstr (rec.log->str, ==,
                   "0:state:lead-in 0:rem:2 0:step:0 "
                   "1:rem:1 1:tick:1 1:cd:1 "
                   "2:state:running 2:rem:2 "
                   "3:rem:1 3:prog:0.25 3:tick:1 3:cd:1 "
                   "4:index:1 4:prog:0.50 4:step:1 "
                   "5:state:switching-sides 5:side:2 5:prog:0.75 "
                   "6:state:running "
                   "7:state:finished 7:rem:0 7:prog:1.00 7:finished");

  /* Start, pause, resume, next and stop, announced in the same order. */
  recorder_reset_log (&rec);
  rec.with_time = FALSE;
  start (&rec);
  advance (&rec, 2 * SEC + 500 * MSEC);
  g_assert_true (rbd_routine_player_pause (rec.player));
  g_assert_true (rbd_routine_player_resume (rec.player));
  g_assert_true (rbd_routine_player_next (rec.player));
  g_assert_true (rbd_routine_player_stop (rec.player));
  g_assert_cmpstr (rec.log->str, ==,
                   "state:lead-in index:0 side:1 rem:2 prog:0.00 step:0 "
                   "rem:1 tick:1 cd:1 "
                   "state:running rem:2 "
                   "state:paused "
                   "state:running "
                   "index:1 rem:1 prog:0.50 step:1 "
                   "state:idle index:0 rem:0 prog:0.00 stopped:1");
  recorder_clear (&rec);
}

/* A handler that moves the player from inside a signal sees a consistent
 * player, and the player stays consistent after it. */
static void
on_step_changed_pause_cb (RbdRoutinePlayer *player,
                          int               step_index,
                          gpointer          user_data)
{
  if (step_index == 1)
    g_assert_true (rbd_routine_player_pause (player));
}

static void
test_reentrant (void)
{
  static const StepSpec specs[] = { { 3, 1 }, { 3, 1 }, { 3, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  Recorder rec;

  recorder_init (&rec, routine, 0, 0);
  g_signal_connect (rec.player, "step-changed", G_CALLBACK (on_step_changed_pause_cb), NULL);
  start (&rec);
  advance (&rec, 3 * SEC);
  assert_at (&rec, RBD_PLAYER_PAUSED, 1, 1, 3);
  advance (&rec, 10 * SEC);
  assert_at (&rec, RBD_PLAYER_PAUSED, 1, 1, 3);
  g_assert_true (rbd_routine_player_resume (rec.player));
  advance (&rec, 6 * SEC);
  assert_at (&rec, RBD_PLAYER_FINISHED, 2, 1, 0);
  recorder_clear (&rec);
}

/* 60 steps of 30 s after a 5 s lead-in: due 1805 s after the start. */
#define LONG_STEPS 60
#define LONG_DUE   (1805 * SEC)

static RbdRoutine *
make_long_routine (void)
{
  StepSpec specs[LONG_STEPS];

  for (guint i = 0; i < LONG_STEPS; i++)
    specs[i] = (StepSpec) { 30, 1 };

  return make_routine (specs, LONG_STEPS);
}

static void
test_thirty_minutes_late_loop (void)
{
  g_autoptr(RbdRoutine) routine = make_long_routine ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  gint64 error_us;
  guint wakeups;
  Recorder rec;

  recorder_init (&rec, routine, 5, 5);
  start (&rec);

  /* A main loop that runs every few milliseconds, now and then stalls for
   * most of a second, and so handles every deadline late: each phase must
   * still start at the previous deadline, not when it was noticed. */
  while (rbd_routine_player_get_state (rec.player) != RBD_PLAYER_FINISHED)
    {
      gint64 now = rbd_clock_get_now (RBD_CLOCK (rec.clock)) - T0;
      gint64 step = g_rand_int_range (rand, 1 * MSEC, 9 * MSEC);

      if (g_rand_int_range (rand, 0, 400) == 0 && now < LONG_DUE - 5 * SEC)
        step = g_rand_int_range (rand, 200 * MSEC, 950 * MSEC);

      /* A player that drifts finishes late, not never. */
      g_assert_cmpint (now, <, 2 * LONG_DUE);
      rbd_fake_clock_jump (rec.clock, step);
      assert_armed (&rec);
    }

  error_us = rec.finished_at - T0 - LONG_DUE;
  wakeups = rbd_fake_clock_get_n_fired (rec.clock);
  g_test_message ("30 min, late main loop: finished %" G_GINT64_FORMAT " µs after due, "
                  "%u wake-ups in 1805 s", error_us, wakeups);

  g_assert_cmpint (error_us, >=, 0);
  g_assert_cmpint (error_us, <=, 10 * MSEC);
  g_assert_cmpuint (wakeups, <=, 1805);
  g_assert_cmpuint (rec.n_step_changes, ==, LONG_STEPS);
  recorder_clear (&rec);
}

static void
test_thirty_minutes_punctual (void)
{
  g_autoptr(RbdRoutine) routine = make_long_routine ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  Recorder rec;

  recorder_init (&rec, routine, 5, 5);
  start (&rec);

  /* However the time is chopped up, a punctual loop ends exactly on time
   * with one wake-up per second and a tick for every second. */
  while (rbd_routine_player_get_state (rec.player) != RBD_PLAYER_FINISHED)
    advance (&rec, g_rand_int_range (rand, 1, 3 * SEC));

  g_test_message ("30 min, punctual loop: finished %" G_GINT64_FORMAT " µs after due, "
                  "%u wake-ups", rec.finished_at - T0 - LONG_DUE,
                  rbd_fake_clock_get_n_fired (rec.clock));
  g_assert_cmpint (rec.finished_at - T0, ==, LONG_DUE);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 1805);
  /* Every second ticks but the 61 that end a phase (the lead-in and the
   * 60 steps, the last of which is the finish). */
  g_assert_cmpuint (rec.n_ticks, ==, 1805 - LONG_STEPS - 1);
  recorder_clear (&rec);
}

static void
test_thirty_minutes_with_pause (void)
{
  g_autoptr(RbdRoutine) routine = make_long_routine ();
  gint64 paused_for = 10 * 60 * SEC + 123457;
  guint fired;
  Recorder rec;

  recorder_init (&rec, routine, 5, 5);
  start (&rec);
  advance (&rec, 600 * SEC + 432100);
  g_assert_true (rbd_routine_player_pause (rec.player));
  fired = rbd_fake_clock_get_n_fired (rec.clock);
  advance (&rec, paused_for);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, fired);
  g_assert_true (rbd_routine_player_resume (rec.player));
  while (rbd_routine_player_get_state (rec.player) != RBD_PLAYER_FINISHED)
    advance (&rec, 777 * MSEC);

  g_assert_cmpint (rec.finished_at - T0, ==, LONG_DUE + paused_for);
  /* The pause shifts the boundaries but adds no wake-up. */
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (rec.clock), ==, 1805);
  recorder_clear (&rec);
}

static void
test_dispose_running (void)
{
  static const StepSpec specs[] = { { 30, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (T0);
  RbdRoutinePlayer *player = rbd_routine_player_new (routine, RBD_CLOCK (clock));

  g_assert_true (rbd_routine_player_start (player, NULL));
  g_assert_cmpuint (rbd_fake_clock_get_n_pending (clock), ==, 1);
  g_object_unref (player);
  g_assert_cmpuint (rbd_fake_clock_get_n_pending (clock), ==, 0);
  rbd_fake_clock_advance (clock, 60 * SEC);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (clock), ==, 0);
}

static void
test_busy (void)
{
  static const StepSpec specs[] = { { 30, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  g_autoptr(GError) error = NULL;
  Recorder rec;

  recorder_init (&rec, routine, 5, 5);
  start (&rec);
  advance (&rec, 7 * SEC);
  g_assert_false (rbd_routine_player_start (rec.player, &error));
  g_assert_error (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_BUSY);
  assert_at (&rec, RBD_PLAYER_RUNNING, 0, 1, 28);
  recorder_clear (&rec);
}

static void
test_properties (void)
{
  static const StepSpec specs[] = { { 30, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  g_autoptr(RbdRoutinePlayer) player = rbd_routine_player_new (routine, NULL);
  RbdPlayerState state;
  int lead_in, side, remaining_s;
  double progress;

  /* The defaults from the issue, and the real clock when none is given. */
  g_assert_cmpint (rbd_routine_player_get_lead_in_s (player), ==, 5);
  g_assert_cmpint (rbd_routine_player_get_switch_sides_s (player), ==, 5);
  g_assert_true (RBD_IS_SYSTEM_CLOCK (rbd_routine_player_get_clock (player)));
  g_assert_true (rbd_routine_player_get_routine (player) == routine);
  g_assert_cmpuint (rbd_routine_player_get_n_steps (player), ==, 1);
  g_assert_cmpint (rbd_routine_player_get_n_sides (player), ==, 0);
  g_assert_null (rbd_routine_player_get_next_step (player));

  g_object_set (player, "lead-in-s", 10, NULL);
  g_object_get (player,
                "lead-in-s", &lead_in,
                "state", &state,
                "side", &side,
                "remaining-s", &remaining_s,
                "progress", &progress,
                NULL);
  g_assert_cmpint (lead_in, ==, 10);
  g_assert_cmpint (state, ==, RBD_PLAYER_IDLE);
  g_assert_cmpint (side, ==, 1);
  g_assert_cmpint (remaining_s, ==, 0);
  g_assert_cmpfloat (progress, ==, 0.0);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_explicit_notify (void)
{
  static const StepSpec specs[] = { { 30, 1 } };
  g_autoptr(RbdRoutine) routine = make_routine (specs, G_N_ELEMENTS (specs));
  g_autoptr(RbdRoutinePlayer) player = rbd_routine_player_new (routine, NULL);
  guint lead_in = 0, switch_sides = 0;

  g_signal_connect (player, "notify::lead-in-s", G_CALLBACK (count_notify_cb), &lead_in);
  g_signal_connect (player, "notify::switch-sides-s", G_CALLBACK (count_notify_cb),
                    &switch_sides);

  /* Setting the same value again says nothing. */
  rbd_routine_player_set_lead_in_s (player, 5);
  g_object_set (player, "switch-sides-s", 5, NULL);
  g_assert_cmpuint (lead_in, ==, 0);
  g_assert_cmpuint (switch_sides, ==, 0);

  rbd_routine_player_set_lead_in_s (player, 10);
  g_object_set (player, "switch-sides-s", 0, NULL);
  g_assert_cmpuint (lead_in, ==, 1);
  g_assert_cmpuint (switch_sides, ==, 1);
  g_assert_cmpint (rbd_routine_player_get_lead_in_s (player), ==, 10);
  g_assert_cmpint (rbd_routine_player_get_switch_sides_s (player), ==, 0);
}

typedef struct
{
  GString *order;
  gint64   deadline;
} FakeCall;

static void
on_fake_deadline_cb (gpointer user_data)
{
  FakeCall *call = user_data;

  g_string_append_printf (call->order, "%" G_GINT64_FORMAT " ", call->deadline);
}

static void
test_fake_clock (void)
{
  g_autoptr(RbdFakeClock) clock = rbd_fake_clock_new (100);
  g_autoptr(GString) order = g_string_new (NULL);
  FakeCall a = { order, 130 }, b = { order, 110 }, c = { order, 130 }, d = { order, 90 };
  guint id_c;

  rbd_clock_add_deadline (RBD_CLOCK (clock), a.deadline, on_fake_deadline_cb, &a, NULL);
  rbd_clock_add_deadline (RBD_CLOCK (clock), b.deadline, on_fake_deadline_cb, &b, NULL);
  id_c = rbd_clock_add_deadline (RBD_CLOCK (clock), c.deadline, on_fake_deadline_cb, &c, NULL);
  rbd_clock_add_deadline (RBD_CLOCK (clock), d.deadline, on_fake_deadline_cb, &d, NULL);
  g_assert_cmpuint (rbd_fake_clock_get_n_pending (clock), ==, 4);
  g_assert_cmpint (rbd_fake_clock_get_next_deadline (clock), ==, 90);

  /* A deadline already past runs on the next move, never synchronously. */
  g_assert_cmpstr (order->str, ==, "");
  rbd_fake_clock_advance (clock, 0);
  g_assert_cmpstr (order->str, ==, "90 ");

  rbd_clock_cancel (RBD_CLOCK (clock), id_c);
  rbd_fake_clock_advance (clock, 30);
  g_assert_cmpstr (order->str, ==, "90 110 130 ");
  g_assert_cmpint (rbd_clock_get_now (RBD_CLOCK (clock)), ==, 130);
  g_assert_cmpuint (rbd_fake_clock_get_n_pending (clock), ==, 0);
  g_assert_cmpuint (rbd_fake_clock_get_n_fired (clock), ==, 3);
  g_assert_cmpint (rbd_fake_clock_get_next_deadline (clock), ==, G_MAXINT64);
}

static void
record_now_cb (gpointer user_data)
{
  gint64 *when = user_data;

  *when = g_get_monotonic_time ();
}

static void
test_system_clock (void)
{
  g_autoptr(RbdClock) clock = rbd_system_clock_new ();
  gint64 deadline = rbd_clock_get_now (clock) + 20 * MSEC;
  gint64 fired = 0, cancelled = 0;
  guint id;

  /* The real clock's deadline fires on the main loop, never early. */
  rbd_clock_add_deadline (clock, deadline, record_now_cb, &fired, NULL);
  id = rbd_clock_add_deadline (clock, deadline - 5 * MSEC, record_now_cb, &cancelled, NULL);
  rbd_clock_cancel (clock, id);
  while (fired == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (fired, >=, deadline);
  g_assert_cmpint (cancelled, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/fake", test_fake_clock);
  g_test_add_func ("/clock/system", test_system_clock);
  g_test_add_func ("/player/empty", test_empty);
  g_test_add_func ("/player/busy", test_busy);
  g_test_add_func ("/player/properties", test_properties);
  g_test_add_func ("/player/explicit-notify", test_explicit_notify);
  g_test_add_func ("/player/whole-routine", test_whole_routine);
  g_test_add_func ("/player/no-lead-in", test_no_lead_in);
  g_test_add_func ("/player/two-sided", test_two_sided);
  g_test_add_func ("/player/pause-resume", test_pause_resume);
  g_test_add_func ("/player/navigation", test_navigation);
  g_test_add_func ("/player/signal-order", test_signal_order);
  g_test_add_func ("/player/reentrant", test_reentrant);
  g_test_add_func ("/player/dispose-running", test_dispose_running);
  g_test_add_func ("/player/thirty-minutes/punctual", test_thirty_minutes_punctual);
  g_test_add_func ("/player/thirty-minutes/late-loop", test_thirty_minutes_late_loop);
  g_test_add_func ("/player/thirty-minutes/with-pause", test_thirty_minutes_with_pause);

  return g_test_run ();
}
