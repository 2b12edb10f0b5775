/* rbd-routine-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-routine.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_ROW (rbd_routine_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineRow, rbd_routine_row, RBD, ROUTINE_ROW, AdwActionRow)

GtkWidget  *rbd_routine_row_new          (RbdRoutine    *routine);
RbdRoutine *rbd_routine_row_get_routine  (RbdRoutineRow *self);
gboolean    rbd_routine_row_get_builtin  (RbdRoutineRow *self);
void        rbd_routine_row_set_editable (RbdRoutineRow *self,
                                          gboolean       editable);
char       *rbd_routine_dup_summary      (RbdRoutine    *routine);

G_END_DECLS
