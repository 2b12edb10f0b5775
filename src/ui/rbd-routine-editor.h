/* rbd-routine-editor.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-routine.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_EDITOR (rbd_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineEditor, rbd_routine_editor, RBD, ROUTINE_EDITOR, AdwWindow)

RbdRoutineEditor *rbd_routine_editor_new         (RbdStore         *store,
                                                  RbdRoutine       *routine,
                                                  gboolean          is_new);
RbdRoutine       *rbd_routine_editor_get_routine (RbdRoutineEditor *self);
gboolean          rbd_routine_editor_get_valid   (RbdRoutineEditor *self);
gboolean          rbd_routine_editor_save        (RbdRoutineEditor *self);

G_END_DECLS
