/* rbd-routines-page.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-notifier.h"
#include "rbd-routine-player-view.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTINES_PAGE (rbd_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutinesPage, rbd_routines_page, RBD, ROUTINES_PAGE, GtkWidget)

GtkWidget            *rbd_routines_page_new             (void);
RbdStore             *rbd_routines_page_get_store       (RbdRoutinesPage *self);
void                  rbd_routines_page_set_store       (RbdRoutinesPage *self,
                                                         RbdStore        *store);
RbdNotifier          *rbd_routines_page_get_notifier    (RbdRoutinesPage *self);
void                  rbd_routines_page_set_notifier    (RbdRoutinesPage *self,
                                                         RbdNotifier     *notifier);
RbdRoutinePlayerView *rbd_routines_page_get_player_view (RbdRoutinesPage *self);
GListModel           *rbd_routines_page_get_builtin     (RbdRoutinesPage *self);
RbdRoutine           *rbd_routines_page_find_routine    (RbdRoutinesPage *self,
                                                         const char      *id);
gboolean              rbd_routines_page_start           (RbdRoutinesPage *self,
                                                         const char      *id,
                                                         GError         **error);
gboolean              rbd_routines_page_get_playing_shown (RbdRoutinesPage *self);

G_END_DECLS
