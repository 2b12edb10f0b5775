/* rbd-routine.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE (rbd_routine_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutine, rbd_routine, RBD, ROUTINE, RbdRecord)

RbdRoutine *rbd_routine_new        (void);
GListStore *rbd_routine_get_steps  (RbdRoutine *self);
int         rbd_routine_get_total_s (RbdRoutine *self);

G_END_DECLS
