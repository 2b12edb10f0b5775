/* rbd-routine-step.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_STEP (rbd_routine_step_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineStep, rbd_routine_step, RBD, ROUTINE_STEP, RbdRecord)

RbdRoutineStep *rbd_routine_step_new (void);

G_END_DECLS
