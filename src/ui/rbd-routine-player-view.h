/* rbd-routine-player-view.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-clock.h"
#include "rbd-notifier.h"
#include "rbd-routine-player.h"
#include "rbd-routine.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINE_PLAYER_VIEW (rbd_routine_player_view_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutinePlayerView, rbd_routine_player_view, RBD, ROUTINE_PLAYER_VIEW, GtkWidget)

/* Whether the window counts as focused, for the "step ended" notification
 * (which is only sent when the runner is not looking at the window). */
typedef gboolean (*RbdRoutineFocusFunc) (gpointer user_data);

GtkWidget        *rbd_routine_player_view_new            (void);

RbdNotifier      *rbd_routine_player_view_get_notifier   (RbdRoutinePlayerView *self);
void              rbd_routine_player_view_set_notifier   (RbdRoutinePlayerView *self,
                                                          RbdNotifier          *notifier);
void              rbd_routine_player_view_set_clock      (RbdRoutinePlayerView *self,
                                                          RbdClock             *clock);
void              rbd_routine_player_view_set_focus_func (RbdRoutinePlayerView *self,
                                                          RbdRoutineFocusFunc   func,
                                                          gpointer              user_data,
                                                          GDestroyNotify        destroy);

gboolean          rbd_routine_player_view_play           (RbdRoutinePlayerView *self,
                                                          RbdRoutine           *routine,
                                                          GError              **error);
void              rbd_routine_player_view_stop           (RbdRoutinePlayerView *self);
gboolean          rbd_routine_player_view_is_playing     (RbdRoutinePlayerView *self);
RbdRoutinePlayer *rbd_routine_player_view_get_player     (RbdRoutinePlayerView *self);
RbdRoutine       *rbd_routine_player_view_get_routine    (RbdRoutinePlayerView *self);

G_END_DECLS
