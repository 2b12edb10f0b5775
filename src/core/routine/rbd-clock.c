/* rbd-clock.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-clock"

#include "config.h"

#include "rbd-clock.h"

G_DEFINE_INTERFACE (RbdClock, rbd_clock, G_TYPE_OBJECT)

static void
rbd_clock_default_init (RbdClockInterface *iface)
{
}

/**
 * rbd_clock_get_now:
 *
 * Returns: the current time in monotonic microseconds
 */
gint64
rbd_clock_get_now (RbdClock *self)
{
  g_return_val_if_fail (RBD_IS_CLOCK (self), 0);

  return RBD_CLOCK_GET_IFACE (self)->get_now (self);
}

/**
 * rbd_clock_add_deadline:
 * @deadline_us: when to call @func, in monotonic microseconds; a deadline
 *   that has already passed is called soon, never synchronously
 * @notify: (nullable): called for @user_data once @func has run or the
 *   deadline was cancelled
 *
 * Arms a one-shot call at an absolute time.
 *
 * Returns: an id (never 0) for rbd_clock_cancel(), valid until @func runs
 */
guint
rbd_clock_add_deadline (RbdClock       *self,
                        gint64          deadline_us,
                        RbdClockFunc    func,
                        gpointer        user_data,
                        GDestroyNotify  notify)
{
  g_return_val_if_fail (RBD_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return RBD_CLOCK_GET_IFACE (self)->add_deadline (self, deadline_us, func, user_data, notify);
}

/**
 * rbd_clock_cancel:
 *
 * Disarms a deadline that has not fired yet.
 */
void
rbd_clock_cancel (RbdClock *self,
                  guint     id)
{
  g_return_if_fail (RBD_IS_CLOCK (self));
  g_return_if_fail (id != 0);

  RBD_CLOCK_GET_IFACE (self)->cancel (self, id);
}

/**
 * rbd_clock_clear:
 *
 * Like g_clear_handle_id() for deadlines: cancels *@id if it is set and
 * resets it to 0.
 */
void
rbd_clock_clear (RbdClock *self,
                 guint    *id)
{
  g_return_if_fail (RBD_IS_CLOCK (self));
  g_return_if_fail (id != NULL);

  if (*id != 0)
    {
      guint old = *id;

      *id = 0;
      rbd_clock_cancel (self, old);
    }
}
