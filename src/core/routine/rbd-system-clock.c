/* rbd-system-clock.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-system-clock"

#include "config.h"

#include "rbd-system-clock.h"

struct _RbdSystemClock
{
  GObject parent_instance;
};

static void rbd_system_clock_iface_init (RbdClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbdSystemClock, rbd_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RBD_TYPE_CLOCK, rbd_system_clock_iface_init))

typedef struct
{
  RbdClockFunc   func;
  gpointer       user_data;
  GDestroyNotify notify;
} Deadline;

static void
deadline_free (gpointer data)
{
  Deadline *deadline = data;

  if (deadline->notify != NULL)
    deadline->notify (deadline->user_data);
  g_free (deadline);
}

static gboolean
on_timeout_cb (gpointer data)
{
  Deadline *deadline = data;

  deadline->func (deadline->user_data);

  return G_SOURCE_REMOVE;
}

static gint64
rbd_system_clock_get_now (RbdClock *clock)
{
  return g_get_monotonic_time ();
}

static guint
rbd_system_clock_add_deadline (RbdClock       *clock,
                               gint64          deadline_us,
                               RbdClockFunc    func,
                               gpointer        user_data,
                               GDestroyNotify  notify)
{
  Deadline *deadline = g_new0 (Deadline, 1);
  gint64 delay_us = deadline_us - g_get_monotonic_time ();
  guint delay_ms = 0;
  guint id;

  deadline->func = func;
  deadline->user_data = user_data;
  deadline->notify = notify;

  /* The delay is taken from the absolute deadline each time, so lateness
   * of one callback is not carried into the next. Rounding up means the
   * timeout (which counts from now on the same monotonic clock) never
   * fires before the deadline. */
  if (delay_us > 0)
    delay_ms = (guint) MIN ((delay_us + 999) / 1000, (gint64) G_MAXUINT);

  id = g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, on_timeout_cb, deadline, deadline_free);
  g_source_set_name_by_id (id, "[rebound] clock deadline");

  return id;
}

static void
rbd_system_clock_cancel (RbdClock *clock,
                         guint     id)
{
  g_source_remove (id);
}

static void
rbd_system_clock_iface_init (RbdClockInterface *iface)
{
  iface->get_now = rbd_system_clock_get_now;
  iface->add_deadline = rbd_system_clock_add_deadline;
  iface->cancel = rbd_system_clock_cancel;
}

static void
rbd_system_clock_class_init (RbdSystemClockClass *klass)
{
}

static void
rbd_system_clock_init (RbdSystemClock *self)
{
}

RbdClock *
rbd_system_clock_new (void)
{
  return g_object_new (RBD_TYPE_SYSTEM_CLOCK, NULL);
}
