/* rbd-system-clock.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-clock.h"

G_BEGIN_DECLS

#define RBD_TYPE_SYSTEM_CLOCK (rbd_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (RbdSystemClock, rbd_system_clock, RBD, SYSTEM_CLOCK, GObject)

/* The real clock: g_get_monotonic_time(), and deadlines as timeouts on
 * the default main context. */
RbdClock *rbd_system_clock_new (void);

G_END_DECLS
