/* rbd-routine-player.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-player"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-routine-player.h"
#include "rbd-system-clock.h"

#define DEFAULT_LEAD_IN_S  5
#define DEFAULT_SWITCH_S   5
#define MAX_PAUSE_S        60
#define COUNTDOWN_FROM     3

/* A step as it was when the routine started: editing the routine while it
 * plays must not move the timer under the runner's feet. */
typedef struct
{
  RbdRoutineStep *step;
  int             duration_s;
  int             sides;
  int             work_before_s;  /* timed seconds of all the steps before it */
} Step;

struct _RbdRoutinePlayer
{
  GObject         parent_instance;

  RbdRoutine     *routine;
  RbdClock       *clock;
  int             lead_in_s;
  int             switch_sides_s;

  GArray         *steps;          /* of Step; empty when idle */
  int             total_s;

  RbdPlayerState  state;
  RbdPlayerState  paused_phase;   /* the phase to resume, while PAUSED */
  int             step_index;
  int             side;           /* in the switch pause: the side coming up */
  gint64          phase_us;       /* the length of the current phase */
  gint64          phase_end_us;   /* its deadline, while it runs */
  gint64          paused_left_us; /* what was left of it, while PAUSED */
  int             remaining_s;
  double          progress;

  guint           deadline_id;
};

G_DEFINE_FINAL_TYPE (RbdRoutinePlayer, rbd_routine_player, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (RbdPlayerState, rbd_player_state,
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_LEAD_IN, "lead-in"),
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_SWITCHING_SIDES, "switching-sides"),
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (RBD_PLAYER_FINISHED, "finished"))

G_DEFINE_QUARK (rbd-routine-player-error-quark, rbd_routine_player_error)

enum {
  PROP_0,
  PROP_ROUTINE,
  PROP_CLOCK,
  PROP_LEAD_IN_S,
  PROP_SWITCH_SIDES_S,
  PROP_STATE,
  PROP_STEP_INDEX,
  PROP_SIDE,
  PROP_REMAINING_S,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TICK,
  STEP_CHANGED,
  COUNTDOWN,
  FINISHED,
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the UI shows, taken before a change so that only what changed is
 * announced, in a fixed order. */
typedef struct
{
  RbdPlayerState state;
  int            step_index;
  int            side;
  int            remaining_s;
  double         progress;
} Shown;

static void on_deadline_cb (gpointer user_data);

static gboolean
is_timed (RbdPlayerState state)
{
  return state == RBD_PLAYER_LEAD_IN ||
         state == RBD_PLAYER_RUNNING ||
         state == RBD_PLAYER_SWITCHING_SIDES;
}

static gboolean
is_active (RbdPlayerState state)
{
  return is_timed (state) || state == RBD_PLAYER_PAUSED;
}

static const Step *
get_step (RbdRoutinePlayer *self,
          int               step_index)
{
  if (step_index < 0 || (guint) step_index >= self->steps->len)
    return NULL;

  return &g_array_index (self->steps, Step, step_index);
}

static RbdPlayerState
current_phase (RbdRoutinePlayer *self)
{
  return self->state == RBD_PLAYER_PAUSED ? self->paused_phase : self->state;
}

/* Whole seconds for the display: a phase with 4.2 s left shows 5, so the
 * number changes exactly on the second boundaries before the deadline. */
static int
ceil_seconds (gint64 usec)
{
  if (usec <= 0)
    return 0;

  return (int) ((usec + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static gint64
phase_left_us (RbdRoutinePlayer *self)
{
  if (self->state == RBD_PLAYER_PAUSED)
    return self->paused_left_us;

  return MAX (self->phase_end_us - rbd_clock_get_now (self->clock), 0);
}

/* Progress counts the timed work only: the lead-in and the switch pauses
 * would make the bar crawl at moments when nothing is being done. */
static double
compute_progress (RbdRoutinePlayer *self)
{
  const Step *step = get_step (self, self->step_index);
  int done_s;

  if (self->state == RBD_PLAYER_FINISHED)
    return 1.0;
  if (self->state == RBD_PLAYER_IDLE || step == NULL || self->total_s <= 0)
    return 0.0;

  switch (current_phase (self))
    {
    case RBD_PLAYER_RUNNING:
      done_s = step->work_before_s + (self->side - 1) * step->duration_s +
               MAX (step->duration_s - self->remaining_s, 0);
      break;
    case RBD_PLAYER_SWITCHING_SIDES:
      done_s = step->work_before_s + (self->side - 1) * step->duration_s;
      break;
    case RBD_PLAYER_LEAD_IN:
    case RBD_PLAYER_IDLE:
    case RBD_PLAYER_PAUSED:
    case RBD_PLAYER_FINISHED:
    default:
      done_s = 0;
      break;
    }

  return CLAMP ((double) done_s / self->total_s, 0.0, 1.0);
}

static void
take_shown (RbdRoutinePlayer *self,
            Shown            *shown)
{
  shown->state = self->state;
  shown->step_index = self->step_index;
  shown->side = self->side;
  shown->remaining_s = self->remaining_s;
  shown->progress = self->progress;
}

/* Announces everything that changed since @before. Called once the new
 * state is complete, so handlers (which may call back into the player)
 * never see it half-updated. */
static void
publish (RbdRoutinePlayer *self,
         const Shown      *before)
{
  gboolean step_entered;

  self->progress = compute_progress (self);

  step_entered = is_active (self->state) &&
                 (before->step_index != self->step_index || !is_active (before->state));

  if (before->state != self->state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (before->step_index != self->step_index)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  if (before->side != self->side)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
  if (before->remaining_s != self->remaining_s)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_S]);
  if (before->progress != self->progress)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);

  if (step_entered)
    g_signal_emit (self, signals[STEP_CHANGED], 0, self->step_index);
  if (self->state == RBD_PLAYER_FINISHED && before->state != RBD_PLAYER_FINISHED)
    g_signal_emit (self, signals[FINISHED], 0);
}

/* Arms the one wake-up: the next second boundary of the running phase,
 * which is the instant the displayed seconds drop by one (the last one
 * being the deadline itself). */
static void
arm (RbdRoutinePlayer *self)
{
  gint64 wake_us;

  rbd_clock_clear (self->clock, &self->deadline_id);

  if (!is_timed (self->state))
    return;

  wake_us = self->phase_end_us - (gint64) MAX (self->remaining_s - 1, 0) * G_USEC_PER_SEC;
  self->deadline_id = rbd_clock_add_deadline (self->clock, wake_us, on_deadline_cb, self, NULL);
}

static gint64
phase_length_us (RbdRoutinePlayer *self,
                 RbdPlayerState    phase,
                 int               step_index)
{
  switch (phase)
    {
    case RBD_PLAYER_LEAD_IN:
      return (gint64) self->lead_in_s * G_USEC_PER_SEC;
    case RBD_PLAYER_SWITCHING_SIDES:
      return (gint64) self->switch_sides_s * G_USEC_PER_SEC;
    case RBD_PLAYER_RUNNING:
      return (gint64) get_step (self, step_index)->duration_s * G_USEC_PER_SEC;
    case RBD_PLAYER_IDLE:
    case RBD_PLAYER_PAUSED:
    case RBD_PLAYER_FINISHED:
    default:
      g_assert_not_reached ();
      return 0;
    }
}

/* Makes @phase current, started at @start_us; while paused it stays
 * paused with the phase's full time left. Announcing is up to the caller. */
static void
enter_phase (RbdRoutinePlayer *self,
             RbdPlayerState    phase,
             int               step_index,
             int               side,
             gint64            start_us)
{
  self->step_index = step_index;
  self->side = side;
  self->phase_us = phase_length_us (self, phase, step_index);
  self->remaining_s = ceil_seconds (self->phase_us);

  if (self->state == RBD_PLAYER_PAUSED)
    {
      self->paused_phase = phase;
      self->paused_left_us = self->phase_us;
    }
  else
    {
      self->state = phase;
      self->phase_end_us = start_us + self->phase_us;
    }
}

/* The first phase of the routine. */
static RbdPlayerState
first_phase (RbdRoutinePlayer *self)
{
  return self->lead_in_s > 0 ? RBD_PLAYER_LEAD_IN : RBD_PLAYER_RUNNING;
}

/* What follows the current phase when its time is up; FALSE when the
 * routine is over. */
static gboolean
following_phase (RbdRoutinePlayer *self,
                 RbdPlayerState   *phase,
                 int              *step_index,
                 int              *side)
{
  const Step *step = get_step (self, self->step_index);

  switch (current_phase (self))
    {
    case RBD_PLAYER_LEAD_IN:
      *phase = RBD_PLAYER_RUNNING;
      *step_index = 0;
      *side = 1;
      return TRUE;

    case RBD_PLAYER_SWITCHING_SIDES:
      *phase = RBD_PLAYER_RUNNING;
      *step_index = self->step_index;
      *side = self->side;
      return TRUE;

    case RBD_PLAYER_RUNNING:
      if (self->side < step->sides)
        {
          *phase = self->switch_sides_s > 0 ? RBD_PLAYER_SWITCHING_SIDES : RBD_PLAYER_RUNNING;
          *step_index = self->step_index;
          *side = self->side + 1;
          return TRUE;
        }
      if ((guint) self->step_index + 1 < self->steps->len)
        {
          *phase = RBD_PLAYER_RUNNING;
          *step_index = self->step_index + 1;
          *side = 1;
          return TRUE;
        }
      return FALSE;

    case RBD_PLAYER_IDLE:
    case RBD_PLAYER_PAUSED:
    case RBD_PLAYER_FINISHED:
    default:
      g_assert_not_reached ();
      return FALSE;
    }
}

static void
finish (RbdRoutinePlayer *self)
{
  const Step *last = get_step (self, (int) self->steps->len - 1);

  rbd_clock_clear (self->clock, &self->deadline_id);
  self->state = RBD_PLAYER_FINISHED;
  self->step_index = (int) self->steps->len - 1;
  self->side = last->sides;
  self->remaining_s = 0;
}

/* Moves on from the current phase (at @start_us, where the next one
 * begins), announcing the change. */
static void
advance (RbdRoutinePlayer *self,
         gint64            start_us)
{
  RbdPlayerState phase;
  int step_index, side;
  Shown before;

  take_shown (self, &before);

  if (following_phase (self, &phase, &step_index, &side))
    enter_phase (self, phase, step_index, side, start_us);
  else
    finish (self);

  publish (self, &before);
}

/* Brings the player up to the clock: ends every phase whose deadline has
 * passed (each following one starts at the previous deadline, not at
 * "now", which is what keeps a late wake-up from delaying the rest), then
 * updates the displayed seconds and arms the next wake-up. */
static void
catch_up (RbdRoutinePlayer *self)
{
  g_autoptr(RbdRoutinePlayer) hold = g_object_ref (self);
  gint64 now = rbd_clock_get_now (self->clock);
  int remaining_s;

  while (is_timed (self->state) && now >= self->phase_end_us)
    advance (self, self->phase_end_us);

  if (!is_timed (self->state))
    return;

  remaining_s = ceil_seconds (self->phase_end_us - now);
  if (remaining_s != self->remaining_s)
    {
      Shown before;

      take_shown (self, &before);
      self->remaining_s = remaining_s;
      publish (self, &before);

      g_signal_emit (self, signals[TICK], 0, remaining_s);
      /* A handler may have paused or moved on; only count down what is
       * still running. */
      if (is_timed (self->state) && remaining_s == self->remaining_s &&
          remaining_s <= COUNTDOWN_FROM)
        g_signal_emit (self, signals[COUNTDOWN], 0, remaining_s);
    }

  arm (self);
}

static void
on_deadline_cb (gpointer user_data)
{
  RbdRoutinePlayer *self = user_data;

  self->deadline_id = 0;
  catch_up (self);
}

/* Starts @phase now, keeping a pause, and announces it. */
static void
jump_to (RbdRoutinePlayer *self,
         RbdPlayerState    phase,
         int               step_index,
         int               side)
{
  Shown before;

  take_shown (self, &before);
  enter_phase (self, phase, step_index, side, rbd_clock_get_now (self->clock));
  publish (self, &before);
  arm (self);
}

static gboolean
take_steps (RbdRoutinePlayer  *self,
            GError           **error)
{
  GListModel *steps = G_LIST_MODEL (rbd_routine_get_steps (self->routine));
  guint n = g_list_model_get_n_items (steps);

  g_array_set_size (self->steps, 0);
  self->total_s = 0;

  if (n == 0)
    {
      g_set_error_literal (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_NO_STEPS,
                           _("This routine has no steps yet. Add at least one step to start it."));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) record = g_list_model_get_item (steps, i);
      int duration_s = rbd_record_get_int (record, "duration_s");
      int sides = rbd_record_get_int (record, "sides");
      Step step;

      /* The editor and the loader reject these already; a routine built
       * in code could still get here. */
      if (duration_s < 1 || duration_s > MAX_STEP_S)
        {
          g_set_error (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_INVALID_STEP,
                       /* Translators: the plural follows the most minutes
                        * a step can last */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Step %u has no duration between 1 second and %d minute.",
                                    "Step %u has no duration between 1 second and %d minutes.",
                                    MAX_STEP_S / 60),
                       i + 1, MAX_STEP_S / 60);
          g_array_set_size (self->steps, 0);
          return FALSE;
        }

      step.step = RBD_ROUTINE_STEP (g_steal_pointer (&record));
      step.duration_s = duration_s;
      step.sides = sides == 2 ? 2 : 1;
      step.work_before_s = self->total_s;
      g_array_append_val (self->steps, step);
      self->total_s += step.duration_s * step.sides;
    }

  return TRUE;
}

static void
clear_step (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->step);
}

static void
rbd_routine_player_constructed (GObject *object)
{
  RbdRoutinePlayer *self = RBD_ROUTINE_PLAYER (object);

  G_OBJECT_CLASS (rbd_routine_player_parent_class)->constructed (object);

  g_assert (self->routine != NULL);

  if (self->clock == NULL)
    self->clock = rbd_system_clock_new ();
}

static void
rbd_routine_player_dispose (GObject *object)
{
  RbdRoutinePlayer *self = RBD_ROUTINE_PLAYER (object);

  if (self->clock != NULL)
    rbd_clock_clear (self->clock, &self->deadline_id);
  g_array_set_size (self->steps, 0);
  g_clear_object (&self->clock);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (rbd_routine_player_parent_class)->dispose (object);
}

static void
rbd_routine_player_finalize (GObject *object)
{
  RbdRoutinePlayer *self = RBD_ROUTINE_PLAYER (object);

  g_clear_pointer (&self->steps, g_array_unref);

  G_OBJECT_CLASS (rbd_routine_player_parent_class)->finalize (object);
}

static void
rbd_routine_player_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RbdRoutinePlayer *self = RBD_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_LEAD_IN_S:
      g_value_set_int (value, self->lead_in_s);
      break;
    case PROP_SWITCH_SIDES_S:
      g_value_set_int (value, self->switch_sides_s);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_STEP_INDEX:
      g_value_set_int (value, self->step_index);
      break;
    case PROP_SIDE:
      g_value_set_int (value, self->side);
      break;
    case PROP_REMAINING_S:
      g_value_set_int (value, self->remaining_s);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_player_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RbdRoutinePlayer *self = RBD_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      self->routine = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_LEAD_IN_S:
      rbd_routine_player_set_lead_in_s (self, g_value_get_int (value));
      break;
    case PROP_SWITCH_SIDES_S:
      rbd_routine_player_set_switch_sides_s (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_player_class_init (RbdRoutinePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = rbd_routine_player_constructed;
  object_class->dispose = rbd_routine_player_dispose;
  object_class->finalize = rbd_routine_player_finalize;
  object_class->get_property = rbd_routine_player_get_property;
  object_class->set_property = rbd_routine_player_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, RBD_TYPE_ROUTINE, construct);
  /* NULL means the real clock. */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, RBD_TYPE_CLOCK, construct);
  /* Changes apply from the next start. */
  properties[PROP_LEAD_IN_S] =
    g_param_spec_int ("lead-in-s", NULL, NULL, 0, MAX_PAUSE_S, DEFAULT_LEAD_IN_S, rw);
  /* Changes apply from the next switch pause. */
  properties[PROP_SWITCH_SIDES_S] =
    g_param_spec_int ("switch-sides-s", NULL, NULL, 0, MAX_PAUSE_S, DEFAULT_SWITCH_S, rw);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, RBD_TYPE_PLAYER_STATE, RBD_PLAYER_IDLE, ro);
  /* From 0; the step being timed, prepared for (lead-in) or switched on. */
  properties[PROP_STEP_INDEX] =
    g_param_spec_int ("step-index", NULL, NULL, 0, G_MAXINT, 0, ro);
  /* 1 or 2; in the switch pause, the side about to start. */
  properties[PROP_SIDE] =
    g_param_spec_int ("side", NULL, NULL, 1, 2, 1, ro);
  /* Whole seconds left in the current phase, rounded up. */
  properties[PROP_REMAINING_S] =
    g_param_spec_int ("remaining-s", NULL, NULL, 0, G_MAXINT, 0, ro);
  /* Share of the routine's timed work done, 0 to 1. */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once per second while a phase runs (lead-in and switch pauses too),
   * with the whole seconds left; not at the start of a phase. */
  signals[TICK] =
    g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* A step became current (when started, when its time ran out, or by
   * next and previous), with its index. */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* 3, 2 and 1 seconds before every phase ends on its own, after "tick":
   * for the beeps. Phases shorter than that count down from less. */
  signals[COUNTDOWN] =
    g_signal_new ("countdown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Stopped before the end, with the index of the step reached (counted
   * from 0, like step-index). */
  signals[STOPPED] =
    g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
rbd_routine_player_init (RbdRoutinePlayer *self)
{
  self->lead_in_s = DEFAULT_LEAD_IN_S;
  self->switch_sides_s = DEFAULT_SWITCH_S;
  self->state = RBD_PLAYER_IDLE;
  self->side = 1;
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, clear_step);
}

/**
 * rbd_routine_player_new:
 * @clock: (nullable): the clock to time with; %NULL for the real one
 */
RbdRoutinePlayer *
rbd_routine_player_new (RbdRoutine *routine,
                        RbdClock   *clock)
{
  g_return_val_if_fail (RBD_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (clock == NULL || RBD_IS_CLOCK (clock), NULL);

  return g_object_new (RBD_TYPE_ROUTINE_PLAYER,
                       "routine", routine,
                       "clock", clock,
                       NULL);
}

/**
 * rbd_routine_player_start:
 *
 * Plays the routine from the beginning (with the lead-in, if any). Works
 * when idle or finished.
 *
 * Returns: %FALSE with @error set when the routine has no steps or a
 *   step without a valid duration, or when it is already playing
 */
gboolean
rbd_routine_player_start (RbdRoutinePlayer  *self,
                          GError           **error)
{
  Shown before;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_active (self->state))
    {
      g_set_error_literal (error, RBD_ROUTINE_PLAYER_ERROR, RBD_ROUTINE_PLAYER_ERROR_BUSY,
                           _("The routine is already playing."));
      return FALSE;
    }

  take_shown (self, &before);

  if (!take_steps (self, error))
    {
      /* A failed restart after finishing leaves the player idle, not
       * finished with steps it no longer has. */
      self->state = RBD_PLAYER_IDLE;
      self->step_index = 0;
      self->side = 1;
      self->remaining_s = 0;
      publish (self, &before);
      return FALSE;
    }

  enter_phase (self, first_phase (self), 0, 1, rbd_clock_get_now (self->clock));
  publish (self, &before);
  arm (self);

  return TRUE;
}

/**
 * rbd_routine_player_pause:
 *
 * Keeps what is left of the current phase, to the microsecond, and stops
 * waking up until resumed.
 *
 * Returns: whether it paused (%FALSE when not running)
 */
gboolean
rbd_routine_player_pause (RbdRoutinePlayer *self)
{
  Shown before;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  /* A deadline that is due but not yet handled belongs before the pause. */
  catch_up (self);
  if (!is_timed (self->state))
    return FALSE;

  take_shown (self, &before);
  rbd_clock_clear (self->clock, &self->deadline_id);
  self->paused_left_us = phase_left_us (self);
  self->paused_phase = self->state;
  self->state = RBD_PLAYER_PAUSED;
  self->remaining_s = ceil_seconds (self->paused_left_us);
  publish (self, &before);

  return TRUE;
}

/**
 * rbd_routine_player_resume:
 *
 * Continues the paused phase with the time it had left: its deadline is
 * now plus that time.
 *
 * Returns: whether it resumed (%FALSE when not paused)
 */
gboolean
rbd_routine_player_resume (RbdRoutinePlayer *self)
{
  Shown before;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  if (self->state != RBD_PLAYER_PAUSED)
    return FALSE;

  take_shown (self, &before);
  self->state = self->paused_phase;
  self->phase_end_us = rbd_clock_get_now (self->clock) + self->paused_left_us;
  self->remaining_s = ceil_seconds (self->paused_left_us);
  publish (self, &before);
  arm (self);

  return TRUE;
}

gboolean
rbd_routine_player_toggle_pause (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  if (self->state == RBD_PLAYER_PAUSED)
    return rbd_routine_player_resume (self);

  return rbd_routine_player_pause (self);
}

/**
 * rbd_routine_player_next:
 *
 * Ends the current phase now (see the header for where that leads).
 *
 * Returns: whether it moved
 */
gboolean
rbd_routine_player_next (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  catch_up (self);
  if (!is_active (self->state))
    return FALSE;

  advance (self, rbd_clock_get_now (self->clock));
  arm (self);

  return TRUE;
}

/**
 * rbd_routine_player_previous:
 *
 * Goes back a side in the first second of a side, otherwise starts the
 * current side again (see the header for the whole rule).
 *
 * Returns: whether it moved
 */
gboolean
rbd_routine_player_previous (RbdRoutinePlayer *self)
{
  RbdPlayerState phase;
  int step_index;
  int side;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  catch_up (self);
  if (!is_active (self->state))
    return FALSE;

  phase = current_phase (self);
  step_index = self->step_index;
  side = self->side;

  if (phase == RBD_PLAYER_SWITCHING_SIDES)
    {
      /* The pause has no work of its own to repeat: back to the side done. */
      phase = RBD_PLAYER_RUNNING;
      side--;
    }
  else if (phase == RBD_PLAYER_RUNNING &&
           self->phase_us - phase_left_us (self) < G_USEC_PER_SEC)
    {
      if (side > 1)
        side--;
      else if (step_index > 0)
        {
          step_index--;
          side = get_step (self, step_index)->sides;
        }
    }

  jump_to (self, phase, step_index, side);

  return TRUE;
}

/**
 * rbd_routine_player_restart_step:
 *
 * Starts the current phase again with its full time: the side of the
 * step being done, or the lead-in or switch pause.
 *
 * Returns: whether it restarted
 */
gboolean
rbd_routine_player_restart_step (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  catch_up (self);
  if (!is_active (self->state))
    return FALSE;

  jump_to (self, current_phase (self), self->step_index, self->side);

  return TRUE;
}

/**
 * rbd_routine_player_stop:
 *
 * Ends the routine before its end and goes back to idle; emits "stopped"
 * with the step reached.
 *
 * Returns: whether it stopped (%FALSE when idle or finished)
 */
gboolean
rbd_routine_player_stop (RbdRoutinePlayer *self)
{
  int reached;
  Shown before;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), FALSE);

  if (!is_active (self->state))
    return FALSE;

  take_shown (self, &before);
  reached = self->step_index;

  rbd_clock_clear (self->clock, &self->deadline_id);
  self->state = RBD_PLAYER_IDLE;
  self->step_index = 0;
  self->side = 1;
  self->remaining_s = 0;
  g_array_set_size (self->steps, 0);
  self->total_s = 0;
  publish (self, &before);

  g_signal_emit (self, signals[STOPPED], 0, reached);

  return TRUE;
}

/**
 * rbd_routine_player_get_routine:
 *
 * Returns: (transfer none): the routine
 */
RbdRoutine *
rbd_routine_player_get_routine (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), NULL);

  return self->routine;
}

/**
 * rbd_routine_player_get_clock:
 *
 * Returns: (transfer none): the clock it times with
 */
RbdClock *
rbd_routine_player_get_clock (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), NULL);

  return self->clock;
}

int
rbd_routine_player_get_lead_in_s (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  return self->lead_in_s;
}

void
rbd_routine_player_set_lead_in_s (RbdRoutinePlayer *self,
                                  int               lead_in_s)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (lead_in_s >= 0 && lead_in_s <= MAX_PAUSE_S);

  if (self->lead_in_s == lead_in_s)
    return;

  self->lead_in_s = lead_in_s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_IN_S]);
}

int
rbd_routine_player_get_switch_sides_s (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  return self->switch_sides_s;
}

void
rbd_routine_player_set_switch_sides_s (RbdRoutinePlayer *self,
                                       int               switch_sides_s)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (switch_sides_s >= 0 && switch_sides_s <= MAX_PAUSE_S);

  if (self->switch_sides_s == switch_sides_s)
    return;

  self->switch_sides_s = switch_sides_s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SWITCH_SIDES_S]);
}

RbdPlayerState
rbd_routine_player_get_state (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), RBD_PLAYER_IDLE);

  return self->state;
}

/**
 * rbd_routine_player_get_phase:
 *
 * Like the state, but while paused, the phase that is paused (lead-in,
 * running or switching sides), so the paused screen can still say which.
 */
RbdPlayerState
rbd_routine_player_get_phase (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), RBD_PLAYER_IDLE);

  return current_phase (self);
}

int
rbd_routine_player_get_step_index (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  return self->step_index;
}

/**
 * rbd_routine_player_get_n_steps:
 *
 * Returns: the number of steps being played; while idle, the routine's
 */
guint
rbd_routine_player_get_n_steps (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  if (self->state == RBD_PLAYER_IDLE)
    return g_list_model_get_n_items (G_LIST_MODEL (rbd_routine_get_steps (self->routine)));

  return self->steps->len;
}

int
rbd_routine_player_get_side (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 1);

  return self->side;
}

/**
 * rbd_routine_player_get_n_sides:
 *
 * Returns: the current step's sides (1 or 2), 0 when idle
 */
int
rbd_routine_player_get_n_sides (RbdRoutinePlayer *self)
{
  const Step *step;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  step = get_step (self, self->step_index);

  return step != NULL ? step->sides : 0;
}

int
rbd_routine_player_get_remaining_s (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0);

  return self->remaining_s;
}

double
rbd_routine_player_get_progress (RbdRoutinePlayer *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), 0.0);

  return self->progress;
}

/**
 * rbd_routine_player_get_current_step:
 *
 * Returns: (transfer none) (nullable): the step at step-index, or %NULL
 *   when idle
 */
RbdRoutineStep *
rbd_routine_player_get_current_step (RbdRoutinePlayer *self)
{
  const Step *step;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), NULL);

  step = get_step (self, self->step_index);

  return step != NULL ? step->step : NULL;
}

/**
 * rbd_routine_player_get_next_step:
 *
 * Returns: (transfer none) (nullable): the step after the current one, or
 *   %NULL on the last step, when finished or when idle
 */
RbdRoutineStep *
rbd_routine_player_get_next_step (RbdRoutinePlayer *self)
{
  const Step *step;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER (self), NULL);

  if (!is_active (self->state))
    return NULL;

  step = get_step (self, self->step_index + 1);

  return step != NULL ? step->step : NULL;
}
