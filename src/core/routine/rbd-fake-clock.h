/* rbd-fake-clock.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-clock.h"

G_BEGIN_DECLS

#define RBD_TYPE_FAKE_CLOCK (rbd_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (RbdFakeClock, rbd_fake_clock, RBD, FAKE_CLOCK, GObject)

/* A clock that only moves when told to, for tests (core and UI). Nothing
 * fires on its own: deadlines run inside rbd_fake_clock_advance() and
 * rbd_fake_clock_jump(), in deadline order (ties in the order they were
 * added), including deadlines added by the callbacks themselves. */
RbdFakeClock *rbd_fake_clock_new               (gint64        start_us);

/* Moves time forward by @usec like a punctual main loop: each callback
 * runs with the time set exactly to its deadline. */
void          rbd_fake_clock_advance           (RbdFakeClock *self,
                                                gint64        usec);
/* Moves time forward by @usec at once, then runs what is due, all at the
 * new time: a main loop that was busy, so callbacks run late. */
void          rbd_fake_clock_jump              (RbdFakeClock *self,
                                                gint64        usec);

/* For assertions: deadlines armed now, callbacks run so far (wake-ups),
 * and the earliest armed deadline (G_MAXINT64 when none). */
guint         rbd_fake_clock_get_n_pending     (RbdFakeClock *self);
guint         rbd_fake_clock_get_n_fired       (RbdFakeClock *self);
gint64        rbd_fake_clock_get_next_deadline (RbdFakeClock *self);

G_END_DECLS
