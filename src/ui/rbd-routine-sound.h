/* rbd-routine-sound.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  RBD_ROUTINE_CUE_TICK,    /* 3, 2, 1 seconds before a phase ends */
  RBD_ROUTINE_CUE_CHANGE,  /* a step or side begins */
  RBD_ROUTINE_CUE_DONE,    /* the routine is finished */
  RBD_ROUTINE_N_CUES
} RbdRoutineCue;

#define RBD_TYPE_ROUTINE_SOUND (rbd_routine_sound_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineSound, rbd_routine_sound, RBD, ROUTINE_SOUND, GObject)

RbdRoutineSound *rbd_routine_sound_new           (void);
gboolean         rbd_routine_sound_play          (RbdRoutineSound *self,
                                                  RbdRoutineCue    cue);
gboolean         rbd_routine_sound_get_available (RbdRoutineSound *self);
const char      *rbd_routine_sound_get_error     (RbdRoutineSound *self);

G_END_DECLS
