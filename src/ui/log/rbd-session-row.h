/* rbd-session-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-session.h"

G_BEGIN_DECLS

#define RBD_TYPE_SESSION_ROW (rbd_session_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdSessionRow, rbd_session_row, RBD, SESSION_ROW, GtkWidget)

GtkWidget  *rbd_session_row_new         (void);
void        rbd_session_row_set_session (RbdSessionRow *self,
                                         RbdSession    *session,
                                         const char    *title,
                                         gboolean       imperial);
RbdSession *rbd_session_row_get_session (RbdSessionRow *self);

G_END_DECLS
