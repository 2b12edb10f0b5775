/* rbd-routine-countdown.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_COUNTDOWN (rbd_routine_countdown_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutineCountdown, rbd_routine_countdown, RBD, ROUTINE_COUNTDOWN, GtkWidget)

GtkWidget  *rbd_routine_countdown_new         (void);
int         rbd_routine_countdown_get_seconds (RbdRoutineCountdown *self);
void        rbd_routine_countdown_set_seconds (RbdRoutineCountdown *self,
                                               int                  seconds);
const char *rbd_routine_countdown_get_text    (RbdRoutineCountdown *self);

char       *rbd_routine_format_clock          (int                  seconds);

G_END_DECLS
