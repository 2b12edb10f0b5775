/* rbd-routine-step-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-routine-step.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_STEP_ROW (rbd_routine_step_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineStepRow, rbd_routine_step_row, RBD, ROUTINE_STEP_ROW, AdwExpanderRow)

GtkWidget      *rbd_routine_step_row_new          (RbdRoutineStep    *step);
RbdRoutineStep *rbd_routine_step_row_get_step     (RbdRoutineStepRow *self);
void            rbd_routine_step_row_set_number   (RbdRoutineStepRow *self,
                                                   guint              number,
                                                   guint              n_steps);
gboolean        rbd_routine_step_row_get_valid    (RbdRoutineStepRow *self);
const char     *rbd_routine_step_row_get_problem  (RbdRoutineStepRow *self);
void            rbd_routine_step_row_focus_name   (RbdRoutineStepRow *self);
void            rbd_routine_step_row_commit       (RbdRoutineStepRow *self);

G_END_DECLS
