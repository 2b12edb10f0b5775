/* rbd-recovery-timeline.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-recovery-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-locale-format.h"
#include "rbd-recovery-timeline.h"

/* A timeline the runner started: when they finished, the body mass the
 * amounts were worked out for, the steps ticked off, and whether it was
 * cancelled. The steps themselves are not stored: they follow from the
 * finish time, so a newer version with better advice shows it for an
 * old timeline too. */
struct _RbdRecoveryTimeline
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdRecoveryTimeline, rbd_recovery_timeline, RBD_TYPE_RECORD)

#define ALL_TICKED ((1 << RBD_TIMELINE_N_STEPS) - 1)

static const RbdField fields[] = {
  { "id",           RBD_FIELD_ID,       N_("ID"),            0, 0, TRUE },
  { "finish",       RBD_FIELD_DATETIME, N_("Finish"),        0, 0, TRUE },
  { "body_mass_kg", RBD_FIELD_DOUBLE,   N_("Body mass"),     MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "cancelled",    RBD_FIELD_BOOLEAN,  N_("Cancelled"),     0, 0, FALSE },
  { "ticked",       RBD_FIELD_INT,      N_("Steps done"),    0, 65535, FALSE },
  { "session_id",   RBD_FIELD_REF,      N_("Session"),       0, 0, FALSE },
};

typedef enum
{
  WHEN_BY,        /* a window that closes: "By 10:10" */
  WHEN_AROUND,    /* a moment: "Around 11:10" */
  WHEN_FROM,      /* something that can start then: "From 11:40" */
} When;

/* DOMAIN.md's post-run timeline, in minutes after the finish. Each step
 * is reminded of when the one before it is over, and is due when its own
 * window closes. */
static const struct
{
  int  remind_min;
  int  due_min;
  When when;
} step_times[RBD_TIMELINE_N_STEPS] = {
  { 0, 10, WHEN_BY },         /* protein plus simple sugars */
  { 10, 30, WHEN_BY },        /* water, a snack, light drills */
  { 30, 60, WHEN_BY },        /* a full meal, 45-60 min */
  { 90, 90, WHEN_AROUND },    /* shower, keep drinking, wind down */
  { 120, 120, WHEN_FROM },    /* a nap */
  { 150, 150, WHEN_FROM },    /* an easy walk after the nap */
};

/* The meal is best within the hour and at most ~2 h after the finish. */
#define MEAL_LATEST_MIN 120
/* "About three glasses of water". */
#define WATER_ML 750

G_STATIC_ASSERT (RBD_TIMELINE_N_STEPS <= 16);

void
rbd_timeline_step_free (RbdTimelineStep *step)
{
  if (step == NULL)
    return;

  g_clear_pointer (&step->remind_at, g_date_time_unref);
  g_clear_pointer (&step->due, g_date_time_unref);
  g_free (step->when);
  g_free (step->title);
  g_free (step->body);
  g_free (step);
}

/**
 * rbd_timeline_step_dup_heading:
 *
 * Returns: (transfer full): the time and the title, "By 10:10 · Recovery
 *   snack", as a reminder's title
 */
char *
rbd_timeline_step_dup_heading (const RbdTimelineStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  /* Translators: a step of the recovery timeline: its time, its title */
  return g_strdup_printf (_("%s · %s"), step->when, step->title);
}

/**
 * rbd_format_clock_time:
 *
 * Returns: (transfer full): @time on the local clock as the locale keeps
 *   time, "10:40" or "10:40 AM"
 */
char *
rbd_format_clock_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);

  return rbd_locale_format_time (local);
}

static char *
dup_when (When       when,
          GDateTime *time)
{
  g_autofree char *clock = rbd_format_clock_time (time);

  switch (when)
    {
    case WHEN_BY:
      /* Translators: a step's deadline, "By 10:10" */
      return g_strdup_printf (_("By %s"), clock);
    case WHEN_AROUND:
      /* Translators: a step's rough time, "Around 11:10" */
      return g_strdup_printf (_("Around %s"), clock);
    case WHEN_FROM:
      /* Translators: when a step can start, "From 11:40" */
      return g_strdup_printf (_("From %s"), clock);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
describe_step (RbdTimelineStep *step,
               GDateTime       *finish,
               double           body_mass_kg,
               RbdUnits         units)
{
  RbdRange carbohydrate_g, protein_g;
  gboolean personal = rbd_fuel_after_run (body_mass_kg, &carbohydrate_g, &protein_g);
  g_autofree char *carbohydrate = personal ? rbd_format_grams (&carbohydrate_g) : NULL;
  g_autofree char *protein = personal ? rbd_format_grams (&protein_g) : NULL;

  switch (step->index)
    {
    case 0:
      step->title = g_strdup (_("Recovery snack"));
      if (personal)
        /* Translators: the amounts are "56–84 g" and "18–28 g" */
        step->body = g_strdup_printf (_("Protein plus simple sugars, such as chocolate milk "
                                        "and fruit: a start on %s carbohydrate and %s "
                                        "protein."), carbohydrate, protein);
      else
        step->body = g_strdup (_("Protein plus simple sugars, such as chocolate milk "
                                 "and fruit."));
      break;

    case 1:
      {
        RbdRange water = { WATER_ML, WATER_ML };
        g_autofree char *amount = rbd_format_fluid (&water, units);

        step->title = g_strdup (_("Water and easy drills"));
        /* Translators: %s is "750 ml" or "25 fl oz" */
        step->body = g_strdup_printf (_("About three glasses of water (%s), more when it is "
                                        "hot; a snack if no meal is possible soon; 10–15 min "
                                        "of light strength work, drills or dynamic "
                                        "stretching."), amount);
      }
      break;

    case 2:
      {
        g_autoptr(GDateTime) latest = g_date_time_add_minutes (finish, MEAL_LATEST_MIN);
        g_autofree char *latest_text = rbd_format_clock_time (latest);

        step->title = g_strdup (_("Full meal"));
        if (personal)
          /* Translators: "56–84 g", "18–28 g", then a time, "11:40" */
          step->body = g_strdup_printf (_("Protein, low-GI carbohydrate, healthy fats and "
                                          "vegetables. With the snack: %s carbohydrate, %s "
                                          "protein. At the latest by %s."),
                                        carbohydrate, protein, latest_text);
        else
          /* Translators: %s is a time, "11:40" */
          step->body = g_strdup_printf (_("Protein, low-GI carbohydrate, healthy fats and "
                                          "vegetables. At the latest by %s."), latest_text);
      }
      break;

    case 3:
      step->title = g_strdup (_("Shower and wind down"));
      step->body = g_strdup (_("Keep drinking, a little at a time."));
      break;

    case 4:
      step->title = g_strdup (_("Nap"));
      step->body = g_strdup (_("A 10–25 min nap if your day allows, best before "
                               "mid-afternoon."));
      break;

    case 5:
      step->title = g_strdup (_("Easy walk"));
      step->body = g_strdup (_("After the nap: a 10 min easy walk or some light drills."));
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * rbd_recovery_timeline_build_steps:
 * @finish: when the run ended
 * @body_mass_kg: the runner's mass, or %RBD_UNSET for steps without
 *   personal amounts
 *
 * Returns: (transfer container) (element-type RbdTimelineStep): the steps,
 *   in order
 */
GPtrArray *
rbd_recovery_timeline_build_steps (GDateTime *finish,
                                   double     body_mass_kg,
                                   RbdUnits   units)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_timeline_step_free);

  g_return_val_if_fail (finish != NULL, steps);

  for (guint i = 0; i < RBD_TIMELINE_N_STEPS; i++)
    {
      RbdTimelineStep *step = g_new0 (RbdTimelineStep, 1);

      step->index = i;
      step->remind_offset = step_times[i].remind_min * G_TIME_SPAN_MINUTE;
      step->due_offset = step_times[i].due_min * G_TIME_SPAN_MINUTE;
      step->remind_at = g_date_time_add (finish, step->remind_offset);
      step->due = g_date_time_add (finish, step->due_offset);
      step->when = dup_when (step_times[i].when, step->due);
      describe_step (step, finish, body_mass_kg, units);

      g_ptr_array_add (steps, step);
    }

  return steps;
}

static void
rbd_recovery_timeline_class_init (RbdRecoveryTimelineClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "timelines",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_recovery_timeline_init (RbdRecoveryTimeline *self)
{
}

/**
 * rbd_recovery_timeline_new:
 * @body_mass_kg: the mass for the amounts, or %RBD_UNSET
 *
 * Returns: (transfer full): a timeline that starts at @finish
 */
RbdRecoveryTimeline *
rbd_recovery_timeline_new (GDateTime *finish,
                           double     body_mass_kg)
{
  RbdRecoveryTimeline *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (finish != NULL, NULL);

  self = g_object_new (RBD_TYPE_RECOVERY_TIMELINE, NULL);
  rbd_record_prepare_new (RBD_RECORD (self));

  /* Whole seconds: the document's instants have none smaller. */
  text = g_date_time_format (finish, "%Y-%m-%dT%H:%M:%S%:z");
  rbd_record_set_string (RBD_RECORD (self), "finish", text);

  if (rbd_fuel_check_body_mass (body_mass_kg, NULL))
    rbd_record_set_double (RBD_RECORD (self), "body_mass_kg", body_mass_kg);

  return self;
}

/**
 * rbd_recovery_timeline_dup_finish:
 *
 * Returns: (transfer full) (nullable): when the run ended
 */
GDateTime *
rbd_recovery_timeline_dup_finish (RbdRecoveryTimeline *self)
{
  const char *text;

  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), NULL);

  text = rbd_record_get_string (RBD_RECORD (self), "finish");
  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

/**
 * rbd_recovery_timeline_dup_end:
 *
 * Returns: (transfer full) (nullable): when the timeline is over
 */
GDateTime *
rbd_recovery_timeline_dup_end (RbdRecoveryTimeline *self)
{
  g_autoptr(GDateTime) finish = rbd_recovery_timeline_dup_finish (self);

  if (finish == NULL)
    return NULL;

  return g_date_time_add (finish, RBD_TIMELINE_LENGTH);
}

double
rbd_recovery_timeline_get_body_mass_kg (RbdRecoveryTimeline *self)
{
  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), RBD_UNSET);

  return rbd_record_get_double (RBD_RECORD (self), "body_mass_kg");
}

gboolean
rbd_recovery_timeline_get_cancelled (RbdRecoveryTimeline *self)
{
  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), FALSE);

  return rbd_record_get_boolean (RBD_RECORD (self), "cancelled");
}

void
rbd_recovery_timeline_cancel (RbdRecoveryTimeline *self)
{
  g_return_if_fail (RBD_IS_RECOVERY_TIMELINE (self));

  rbd_record_set_boolean (RBD_RECORD (self), "cancelled", TRUE);
}

static int
get_ticked (RbdRecoveryTimeline *self)
{
  int ticked = rbd_record_get_int (RBD_RECORD (self), "ticked");

  return ticked == RBD_UNSET ? 0 : ticked;
}

gboolean
rbd_recovery_timeline_get_step_ticked (RbdRecoveryTimeline *self,
                                       guint                index)
{
  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), FALSE);
  g_return_val_if_fail (index < RBD_TIMELINE_N_STEPS, FALSE);

  return (get_ticked (self) & (1 << index)) != 0;
}

void
rbd_recovery_timeline_set_step_ticked (RbdRecoveryTimeline *self,
                                       guint                index,
                                       gboolean             ticked)
{
  int mask;

  g_return_if_fail (RBD_IS_RECOVERY_TIMELINE (self));
  g_return_if_fail (index < RBD_TIMELINE_N_STEPS);

  mask = get_ticked (self);
  if (ticked)
    mask |= 1 << index;
  else
    mask &= ~(1 << index);

  rbd_record_set_int (RBD_RECORD (self), "ticked", mask);
}

gboolean
rbd_recovery_timeline_get_all_ticked (RbdRecoveryTimeline *self)
{
  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), FALSE);

  return (get_ticked (self) & ALL_TICKED) == ALL_TICKED;
}

/**
 * rbd_recovery_timeline_is_running:
 *
 * Returns: whether the timeline is still on at @now: not cancelled and
 *   not over (ticking every step does not end it early, so the page can
 *   still show it done)
 */
gboolean
rbd_recovery_timeline_is_running (RbdRecoveryTimeline *self,
                                  GDateTime           *now)
{
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (rbd_recovery_timeline_get_cancelled (self))
    return FALSE;

  end = rbd_recovery_timeline_dup_end (self);

  return end != NULL && g_date_time_compare (now, end) < 0;
}

/**
 * rbd_recovery_timeline_get_current_step:
 *
 * Returns: the newest step reminded of by @now, or -1 before the finish
 */
int
rbd_recovery_timeline_get_current_step (RbdRecoveryTimeline *self,
                                        GDateTime           *now)
{
  g_autoptr(GDateTime) finish = NULL;
  GTimeSpan since;
  int current = -1;

  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  finish = rbd_recovery_timeline_dup_finish (self);
  if (finish == NULL)
    return -1;

  since = g_date_time_difference (now, finish);
  for (guint i = 0; i < RBD_TIMELINE_N_STEPS; i++)
    {
      if (since >= step_times[i].remind_min * G_TIME_SPAN_MINUTE)
        current = i;
    }

  return current;
}

/**
 * rbd_recovery_timeline_dup_steps:
 *
 * Returns: (transfer container) (element-type RbdTimelineStep): the steps
 *   for this timeline's finish and body mass; empty without a finish
 */
GPtrArray *
rbd_recovery_timeline_dup_steps (RbdRecoveryTimeline *self,
                                 RbdUnits             units)
{
  g_autoptr(GDateTime) finish = NULL;

  g_return_val_if_fail (RBD_IS_RECOVERY_TIMELINE (self), NULL);

  finish = rbd_recovery_timeline_dup_finish (self);
  if (finish == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_timeline_step_free);

  return rbd_recovery_timeline_build_steps (finish,
                                            rbd_recovery_timeline_get_body_mass_kg (self),
                                            units);
}

/**
 * rbd_recovery_timelines_find_running:
 * @timelines: a list of #RbdRecoveryTimeline
 *
 * Returns: (transfer none) (nullable): the running timeline that started
 *   last, if any
 */
RbdRecoveryTimeline *
rbd_recovery_timelines_find_running (GListModel *timelines,
                                     GDateTime  *now)
{
  RbdRecoveryTimeline *best = NULL;
  g_autoptr(GDateTime) best_finish = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (timelines), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  n = g_list_model_get_n_items (timelines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecoveryTimeline) timeline = g_list_model_get_item (timelines, i);
      g_autoptr(GDateTime) finish = NULL;

      if (!RBD_IS_RECOVERY_TIMELINE (timeline) ||
          !rbd_recovery_timeline_is_running (timeline, now))
        continue;

      finish = rbd_recovery_timeline_dup_finish (timeline);
      if (best_finish == NULL || g_date_time_compare (finish, best_finish) > 0)
        {
          /* The list keeps it alive. */
          best = timeline;
          g_clear_pointer (&best_finish, g_date_time_unref);
          best_finish = g_steal_pointer (&finish);
        }
    }

  return best;
}
