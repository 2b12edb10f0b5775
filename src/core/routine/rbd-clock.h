/* rbd-clock.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RBD_TYPE_CLOCK (rbd_clock_get_type ())

G_DECLARE_INTERFACE (RbdClock, rbd_clock, RBD, CLOCK, GObject)

/* Called once, at or after the deadline it was added for. */
typedef void (*RbdClockFunc) (gpointer user_data);

/* Time for the routine player, injectable so that tests run a half-hour
 * routine in no real time. Times are monotonic microseconds, like
 * g_get_monotonic_time(); deadlines are absolute on that scale, so a
 * caller that chains them (next = previous + duration) never drifts,
 * however late each callback runs. */
struct _RbdClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_now)      (RbdClock       *self);
  guint  (*add_deadline) (RbdClock       *self,
                          gint64          deadline_us,
                          RbdClockFunc    func,
                          gpointer        user_data,
                          GDestroyNotify  notify);
  void   (*cancel)       (RbdClock       *self,
                          guint           id);
};

gint64 rbd_clock_get_now      (RbdClock       *self);
guint  rbd_clock_add_deadline (RbdClock       *self,
                               gint64          deadline_us,
                               RbdClockFunc    func,
                               gpointer        user_data,
                               GDestroyNotify  notify);
void   rbd_clock_cancel       (RbdClock       *self,
                               guint           id);
void   rbd_clock_clear        (RbdClock       *self,
                               guint          *id);

G_END_DECLS
