/* rbd-checkin-reminder.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-checkin-reminder"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-checkin-editor.h"
#include "rbd-checkin-reminder.h"

/* The morning nudge to check in: while the app runs, once a day, from
 * RBD_CHECKIN_REMINDER_HOUR on, when there is no check-in for today yet.
 * It looks when started, when the check-ins or the document change, and
 * at the next morning; a check-in made after it was sent takes it back.
 *
 * The wait for the next morning is cut into pieces of at most
 * MAX_WAIT_S: GLib's timeouts run on the monotonic clock, which stands
 * still while the computer sleeps, and the wall clock does not. */

#define MAX_WAIT_S (15 * 60)

struct _RbdCheckinReminder
{
  GObject        parent_instance;

  RbdStore      *store;
  RbdNotifier   *notifier;
  RbdLogNowFunc  now_func;
  gpointer       now_data;
  GDate          sent_on;       /* the day the reminder was sent, if it is out */
  guint          timeout_id;
  gboolean       started;
};

G_DEFINE_FINAL_TYPE (RbdCheckinReminder, rbd_checkin_reminder, G_TYPE_OBJECT)

static gboolean
on_timeout_cb (gpointer user_data)
{
  RbdCheckinReminder *self = user_data;

  self->timeout_id = 0;
  rbd_checkin_reminder_check (self);

  return G_SOURCE_REMOVE;
}

/* Seconds until the next RBD_CHECKIN_REMINDER_HOUR o'clock. */
static guint
seconds_to_next_morning (GDateTime *now)
{
  g_autoptr(GDateTime) morning = NULL;
  GTimeSpan span;

  morning = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now),
                                   RBD_CHECKIN_REMINDER_HOUR, 0, 0);
  if (morning != NULL && g_date_time_compare (morning, now) <= 0)
    {
      GDateTime *tomorrow = g_date_time_add_days (morning, 1);

      g_date_time_unref (morning);
      morning = tomorrow;
    }
  if (morning == NULL)
    return MAX_WAIT_S;

  span = g_date_time_difference (morning, now);

  return (guint) CLAMP (span / G_TIME_SPAN_SECOND + 1, 1, G_MAXUINT);
}

static void
schedule (RbdCheckinReminder *self,
          GDateTime          *now)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->started)
    return;

  self->timeout_id = g_timeout_add_seconds (MIN (seconds_to_next_morning (now), MAX_WAIT_S),
                                            on_timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[rebound] check-in reminder");
}

static void
withdraw (RbdCheckinReminder *self)
{
  if (!g_date_valid (&self->sent_on))
    return;

  g_date_clear (&self->sent_on, 1);
  if (self->notifier != NULL)
    rbd_notifier_withdraw (self->notifier, RBD_CHECKIN_REMINDER_ID);
}

static void
on_checkins_changed_cb (RbdCheckinReminder *self)
{
  if (self->started)
    rbd_checkin_reminder_check (self);
}

static void
rbd_checkin_reminder_dispose (GObject *object)
{
  RbdCheckinReminder *self = RBD_CHECKIN_REMINDER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_checkins_changed_cb, self);
      g_signal_handlers_disconnect_by_func (rbd_store_get_checkins (self->store),
                                            on_checkins_changed_cb, self);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->notifier);

  G_OBJECT_CLASS (rbd_checkin_reminder_parent_class)->dispose (object);
}

static void
rbd_checkin_reminder_class_init (RbdCheckinReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_checkin_reminder_dispose;
}

static void
rbd_checkin_reminder_init (RbdCheckinReminder *self)
{
  g_date_clear (&self->sent_on, 1);
}

/**
 * rbd_checkin_reminder_new:
 * @notifier: (nullable): where the reminder goes; nowhere without one
 */
RbdCheckinReminder *
rbd_checkin_reminder_new (RbdStore    *store,
                          RbdNotifier *notifier)
{
  RbdCheckinReminder *self;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier), NULL);

  self = g_object_new (RBD_TYPE_CHECKIN_REMINDER, NULL);
  self->store = g_object_ref (store);
  self->notifier = notifier != NULL ? g_object_ref (notifier) : NULL;

  g_signal_connect_swapped (store, "notify::state", G_CALLBACK (on_checkins_changed_cb), self);
  g_signal_connect_swapped (rbd_store_get_checkins (store), "items-changed",
                            G_CALLBACK (on_checkins_changed_cb), self);
  /* A check-in moved to today counts too. */
  g_signal_connect_swapped (store, "record-changed", G_CALLBACK (on_checkins_changed_cb), self);

  return self;
}

/**
 * rbd_checkin_reminder_set_now_func:
 * @func: (nullable): the clock; %NULL for the real one
 */
void
rbd_checkin_reminder_set_now_func (RbdCheckinReminder *self,
                                   RbdLogNowFunc       func,
                                   gpointer            user_data)
{
  g_return_if_fail (RBD_IS_CHECKIN_REMINDER (self));

  self->now_func = func;
  self->now_data = user_data;
}

void
rbd_checkin_reminder_set_notifier (RbdCheckinReminder *self,
                                   RbdNotifier        *notifier)
{
  g_return_if_fail (RBD_IS_CHECKIN_REMINDER (self));
  g_return_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier));

  if (notifier == self->notifier)
    return;

  withdraw (self);
  g_set_object (&self->notifier, notifier);
  if (self->started)
    rbd_checkin_reminder_check (self);
}

/* Starts looking: now, and from then on. */
void
rbd_checkin_reminder_start (RbdCheckinReminder *self)
{
  g_return_if_fail (RBD_IS_CHECKIN_REMINDER (self));

  self->started = TRUE;
  rbd_checkin_reminder_check (self);
}

/* Sends the reminder if it is due, takes it back if no longer needed,
 * and plans the next look. */
void
rbd_checkin_reminder_check (RbdCheckinReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today;

  g_return_if_fail (RBD_IS_CHECKIN_REMINDER (self));

  now = rbd_log_now (self->now_func, self->now_data);
  rbd_log_date_from_time (now, &today);
  schedule (self, now);

  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    return;

  if (rbd_checkin_find_for_date (self->store, &today) != NULL)
    {
      withdraw (self);
      return;
    }

  /* Yesterday's reminder is stale today; today's goes out once. */
  if (g_date_valid (&self->sent_on) && g_date_compare (&self->sent_on, &today) == 0)
    return;
  withdraw (self);

  if (g_date_time_get_hour (now) < RBD_CHECKIN_REMINDER_HOUR || self->notifier == NULL)
    return;

  self->sent_on = today;
  rbd_notifier_send (self->notifier, RBD_CHECKIN_REMINDER_ID,
                     _("Time for Your Check-In"),
                     _("How did you sleep, and how do your legs feel? It takes a few seconds, "
                       "and tells you when to back off."));
}
