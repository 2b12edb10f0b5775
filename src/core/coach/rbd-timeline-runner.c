/* rbd-timeline-runner.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-timeline-runner"

#include "config.h"

#include "rbd-timeline-runner.h"

/* Runs the newest running timeline of a list: sends a reminder at each
 * step, keeps the application alive while reminders are left, and lets
 * it go when the timeline ends, is cancelled or is all ticked off.
 *
 * The document is the state: starting a timeline is adding one to the
 * list, cancelling or ticking a step is changing the record, and the
 * runner follows. So a timeline survives a restart, and every window
 * shows the same one.
 *
 * Exactly one wake-up is armed at a time: the next step's reminder, or
 * the end of the timeline once no reminder is left; none without a
 * timeline. The wake-up is a deadline on the monotonic clock, worked out
 * from the wall clock each time, so a changed clock or a late wake-up is
 * caught up with at the next one: only the newest step that is due is
 * sent, never a burst of stale ones. */
struct _RbdTimelineRunner
{
  GObject              parent_instance;

  GListModel          *timelines;
  RbdNotifier         *notifier;
  RbdUnits             units;

  RbdNowFunc           now_func;
  gpointer             now_data;
  GDestroyNotify       now_destroy;

  RbdRecoveryTimeline *timeline;
  gulong               timeline_handler;
  int                  current_step;
  int                  sent_step;       /* newest step reminded of, or -1 */
  gboolean             showing;         /* its reminder is still up */

  GSource             *wakeup_source;
  GDateTime           *wakeup;          /* the wall time it stands for */
  GApplication        *held;
};

G_DEFINE_FINAL_TYPE (RbdTimelineRunner, rbd_timeline_runner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMELINES,
  PROP_NOTIFIER,
  PROP_UNITS,
  PROP_TIMELINE,
  PROP_CURRENT_STEP,
  PROP_REMINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
deadline_dispatch (GSource     *source,
                   GSourceFunc  callback,
                   gpointer     user_data)
{
  g_source_set_ready_time (source, -1);

  return callback (user_data);
}

/* A source with nothing but a ready time: a deadline on the monotonic
 * clock, to the microsecond. */
static GSourceFuncs deadline_funcs = {
  NULL, NULL, deadline_dispatch, NULL, NULL, NULL,
};

static GDateTime *
default_now (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static void
disarm (RbdTimelineRunner *self)
{
  if (self->wakeup_source != NULL)
    {
      g_source_destroy (self->wakeup_source);
      g_clear_pointer (&self->wakeup_source, g_source_unref);
    }
  g_clear_pointer (&self->wakeup, g_date_time_unref);
}

static gboolean
on_wakeup_cb (gpointer user_data)
{
  RbdTimelineRunner *self = user_data;

  rbd_timeline_runner_update (self);

  return G_SOURCE_CONTINUE;
}

static void
arm (RbdTimelineRunner *self,
     GDateTime         *now,
     GDateTime         *at)
{
  GTimeSpan delay = MAX (g_date_time_difference (at, now), 0);

  g_clear_pointer (&self->wakeup, g_date_time_unref);
  self->wakeup = g_date_time_ref (at);

  if (self->wakeup_source == NULL)
    {
      self->wakeup_source = g_source_new (&deadline_funcs, sizeof (GSource));
      g_source_set_name (self->wakeup_source, "[rebound] recovery timeline");
      g_source_set_callback (self->wakeup_source, on_wakeup_cb, self, NULL);
      g_source_attach (self->wakeup_source, g_main_context_get_thread_default ());
    }

  g_source_set_ready_time (self->wakeup_source, g_get_monotonic_time () + delay);
}

static void
hold_application (RbdTimelineRunner *self,
                  gboolean           hold)
{
  if (hold && self->held == NULL)
    {
      GApplication *app = g_application_get_default ();

      /* Reminders need the process: keep it when the last window closes.
       * Tests have no application, and need none. */
      if (app != NULL)
        {
          self->held = g_object_ref (app);
          g_application_hold (app);
        }
    }
  else if (!hold && self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }
}

static void
withdraw (RbdTimelineRunner *self)
{
  if (!self->showing)
    return;

  self->showing = FALSE;
  rbd_notifier_withdraw (self->notifier, RBD_TIMELINE_NOTIFICATION_ID);
}

static void
send_step (RbdTimelineRunner *self,
           guint              index)
{
  g_autoptr(GPtrArray) steps = rbd_recovery_timeline_dup_steps (self->timeline, self->units);
  RbdTimelineStep *step;
  g_autofree char *heading = NULL;

  if (index >= steps->len)
    return;

  step = g_ptr_array_index (steps, index);
  heading = rbd_timeline_step_dup_heading (step);

  rbd_notifier_send (self->notifier, RBD_TIMELINE_NOTIFICATION_ID, heading, step->body);
  self->showing = TRUE;
}

static void
on_timeline_notify_cb (RbdTimelineRunner *self,
                       GParamSpec        *pspec,
                       RbdRecord         *timeline)
{
  rbd_timeline_runner_update (self);
}

static void
set_timeline (RbdTimelineRunner   *self,
              RbdRecoveryTimeline *timeline)
{
  if (self->timeline == timeline)
    return;

  withdraw (self);

  if (self->timeline != NULL)
    {
      g_clear_signal_handler (&self->timeline_handler, self->timeline);
      g_clear_object (&self->timeline);
    }

  if (timeline != NULL)
    {
      self->timeline = g_object_ref (timeline);
      self->timeline_handler = g_signal_connect_object (timeline, "notify",
                                                        G_CALLBACK (on_timeline_notify_cb),
                                                        self, G_CONNECT_SWAPPED);
    }

  self->sent_step = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

static void
set_current_step (RbdTimelineRunner *self,
                  int                current_step)
{
  if (self->current_step == current_step)
    return;

  self->current_step = current_step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
}

static void
on_timelines_changed_cb (RbdTimelineRunner *self,
                         guint              position,
                         guint              removed,
                         guint              added,
                         GListModel        *timelines)
{
  rbd_timeline_runner_update (self);
}

static void
rbd_timeline_runner_constructed (GObject *object)
{
  RbdTimelineRunner *self = (RbdTimelineRunner *)object;

  G_OBJECT_CLASS (rbd_timeline_runner_parent_class)->constructed (object);

  g_signal_connect_object (self->timelines, "items-changed",
                           G_CALLBACK (on_timelines_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rbd_timeline_runner_update (self);
}

static void
rbd_timeline_runner_dispose (GObject *object)
{
  RbdTimelineRunner *self = (RbdTimelineRunner *)object;

  disarm (self);
  hold_application (self, FALSE);

  if (self->timeline != NULL)
    {
      g_clear_signal_handler (&self->timeline_handler, self->timeline);
      g_clear_object (&self->timeline);
    }

  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);
  self->now_destroy = NULL;
  self->now_data = NULL;

  g_clear_object (&self->timelines);
  g_clear_object (&self->notifier);

  G_OBJECT_CLASS (rbd_timeline_runner_parent_class)->dispose (object);
}

static void
rbd_timeline_runner_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RbdTimelineRunner *self = RBD_TIMELINE_RUNNER (object);

  switch (prop_id)
    {
    case PROP_TIMELINES:
      g_value_set_object (value, self->timelines);
      break;

    case PROP_NOTIFIER:
      g_value_set_object (value, self->notifier);
      break;

    case PROP_UNITS:
      g_value_set_uint (value, self->units);
      break;

    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;

    case PROP_CURRENT_STEP:
      g_value_set_int (value, self->current_step);
      break;

    case PROP_REMINDING:
      g_value_set_boolean (value, rbd_timeline_runner_get_reminding (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_timeline_runner_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RbdTimelineRunner *self = RBD_TIMELINE_RUNNER (object);

  switch (prop_id)
    {
    case PROP_TIMELINES:
      self->timelines = g_value_dup_object (value);
      break;

    case PROP_NOTIFIER:
      self->notifier = g_value_dup_object (value);
      break;

    case PROP_UNITS:
      rbd_timeline_runner_set_units (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_timeline_runner_class_init (RbdTimelineRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rbd_timeline_runner_constructed;
  object_class->dispose = rbd_timeline_runner_dispose;
  object_class->get_property = rbd_timeline_runner_get_property;
  object_class->set_property = rbd_timeline_runner_set_property;

  properties[PROP_TIMELINES] =
    g_param_spec_object ("timelines", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* An RbdUnits: the reminders' amounts are in these units. */
  properties[PROP_UNITS] =
    g_param_spec_uint ("units", NULL, NULL,
                       RBD_UNITS_METRIC, RBD_UNITS_IMPERIAL, RBD_UNITS_METRIC,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL,
                         RBD_TYPE_RECOVERY_TIMELINE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CURRENT_STEP] =
    g_param_spec_int ("current-step", NULL, NULL,
                      -1, RBD_TIMELINE_N_STEPS - 1, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REMINDING] =
    g_param_spec_boolean ("reminding", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rbd_timeline_runner_init (RbdTimelineRunner *self)
{
  self->now_func = default_now;
  self->current_step = -1;
  self->sent_step = -1;
}

/**
 * rbd_timeline_runner_new:
 * @timelines: the document's list of #RbdRecoveryTimeline
 * @notifier: where the reminders go
 *
 * Returns: (transfer full): a runner that follows @timelines at once
 */
RbdTimelineRunner *
rbd_timeline_runner_new (GListModel  *timelines,
                         RbdNotifier *notifier)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (timelines), NULL);
  g_return_val_if_fail (RBD_IS_NOTIFIER (notifier), NULL);

  return g_object_new (RBD_TYPE_TIMELINE_RUNNER,
                       "timelines", timelines,
                       "notifier", notifier,
                       NULL);
}

/**
 * rbd_timeline_runner_set_now_func:
 * @func: (nullable): returns the wall-clock time now (transfer full), or
 *   %NULL for the real clock
 *
 * For tests: they move their clock, then call rbd_timeline_runner_update()
 * instead of waiting for the wake-up.
 */
void
rbd_timeline_runner_set_now_func (RbdTimelineRunner *self,
                                  RbdNowFunc         func,
                                  gpointer           user_data,
                                  GDestroyNotify     destroy)
{
  g_return_if_fail (RBD_IS_TIMELINE_RUNNER (self));

  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);

  self->now_func = func != NULL ? func : default_now;
  self->now_data = func != NULL ? user_data : NULL;
  self->now_destroy = func != NULL ? destroy : NULL;

  rbd_timeline_runner_update (self);
}

/**
 * rbd_timeline_runner_dup_now:
 *
 * Returns: (transfer full): the runner's idea of now
 */
GDateTime *
rbd_timeline_runner_dup_now (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), NULL);

  return self->now_func (self->now_data);
}

RbdUnits
rbd_timeline_runner_get_units (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), RBD_UNITS_METRIC);

  return self->units;
}

void
rbd_timeline_runner_set_units (RbdTimelineRunner *self,
                               RbdUnits           units)
{
  g_return_if_fail (RBD_IS_TIMELINE_RUNNER (self));
  g_return_if_fail (units == RBD_UNITS_METRIC || units == RBD_UNITS_IMPERIAL);

  if (self->units == units)
    return;

  self->units = units;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

/**
 * rbd_timeline_runner_get_timeline:
 *
 * Returns: (transfer none) (nullable): the running timeline
 */
RbdRecoveryTimeline *
rbd_timeline_runner_get_timeline (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), NULL);

  return self->timeline;
}

/**
 * rbd_timeline_runner_get_current_step:
 *
 * Returns: the newest step whose time has come, or -1
 */
int
rbd_timeline_runner_get_current_step (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), -1);

  return self->current_step;
}

/**
 * rbd_timeline_runner_get_reminding:
 *
 * Returns: whether reminders are left to send (the application is held
 *   meanwhile, when there is one)
 */
gboolean
rbd_timeline_runner_get_reminding (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), FALSE);

  if (self->timeline == NULL)
    return FALSE;

  for (int i = self->sent_step + 1; i < RBD_TIMELINE_N_STEPS; i++)
    {
      if (!rbd_recovery_timeline_get_step_ticked (self->timeline, i))
        return TRUE;
    }

  return FALSE;
}

/**
 * rbd_timeline_runner_dup_wakeup:
 *
 * Returns: (transfer full) (nullable): the wall time the one armed wake-up
 *   stands for, or %NULL when none is armed
 */
GDateTime *
rbd_timeline_runner_dup_wakeup (RbdTimelineRunner *self)
{
  g_return_val_if_fail (RBD_IS_TIMELINE_RUNNER (self), NULL);

  return self->wakeup != NULL ? g_date_time_ref (self->wakeup) : NULL;
}

/**
 * rbd_timeline_runner_update:
 *
 * Looks at the clock and the list again: sends the reminder that is due,
 * withdraws one whose step was ticked off, and arms the next wake-up.
 * Called on every change of the list or the timeline and at each
 * wake-up; tests call it after moving their clock.
 */
void
rbd_timeline_runner_update (RbdTimelineRunner *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  RbdRecoveryTimeline *timeline;
  gboolean was_reminding;
  int current;

  g_return_if_fail (RBD_IS_TIMELINE_RUNNER (self));

  /* During construction, before the list is set. */
  if (self->timelines == NULL)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  was_reminding = rbd_timeline_runner_get_reminding (self);

  now = rbd_timeline_runner_dup_now (self);
  timeline = rbd_recovery_timelines_find_running (self->timelines, now);
  set_timeline (self, timeline);

  if (timeline == NULL)
    {
      disarm (self);
      set_current_step (self, -1);
      goto out;
    }

  current = rbd_recovery_timeline_get_current_step (timeline, now);
  set_current_step (self, current);

  if (current > self->sent_step)
    {
      self->sent_step = current;
      /* Only the newest: older ones missed while asleep would be stale. */
      if (!rbd_recovery_timeline_get_step_ticked (timeline, current))
        send_step (self, current);
      else
        withdraw (self);
    }
  else if (self->sent_step >= 0 &&
           rbd_recovery_timeline_get_step_ticked (timeline, self->sent_step))
    {
      withdraw (self);
    }

  steps = rbd_recovery_timeline_dup_steps (timeline, self->units);
  for (guint i = self->sent_step + 1; i < steps->len; i++)
    {
      RbdTimelineStep *step = g_ptr_array_index (steps, i);

      if (!rbd_recovery_timeline_get_step_ticked (timeline, i))
        {
          arm (self, now, step->remind_at);
          goto out;
        }
    }

  /* No reminder left: wake once more to end the timeline. */
  {
    g_autoptr(GDateTime) end = rbd_recovery_timeline_dup_end (timeline);

    arm (self, now, end);
  }

out:
  {
    gboolean reminding = rbd_timeline_runner_get_reminding (self);

    hold_application (self, reminding);
    if (reminding != was_reminding)
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMINDING]);
  }

  g_object_thaw_notify (G_OBJECT (self));
}
