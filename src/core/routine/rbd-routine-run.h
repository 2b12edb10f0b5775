/* rbd-routine-run.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"
#include "rbd-routine.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_RUN (rbd_routine_run_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineRun, rbd_routine_run, RBD, ROUTINE_RUN, RbdRecord)

/* One time a routine was played, for the history and the calendar
 * ("routine_runs" in the document): which routine (its id, and its name
 * at the time, in case it is deleted later), when, and whether it was
 * finished or stopped, and at which step. */
RbdRoutineRun *rbd_routine_run_new           (void);
RbdRoutineRun *rbd_routine_run_new_for       (RbdRoutine    *routine,
                                              GDateTime     *start);

/* Records the end of the run. @step_index counts from 0, as the player's
 * "stopped" signal gives it; the document counts from 1. */
void           rbd_routine_run_mark_finished (RbdRoutineRun *self,
                                              GDateTime     *end);
void           rbd_routine_run_mark_stopped  (RbdRoutineRun *self,
                                              GDateTime     *end,
                                              int            step_index);

G_END_DECLS
