/* rbd-session-detail.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "rbd-route-map.h"
#include "rbd-session.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_SESSION_DETAIL (rbd_session_detail_get_type ())

G_DECLARE_FINAL_TYPE (RbdSessionDetail, rbd_session_detail, RBD, SESSION_DETAIL, GtkWidget)

GtkWidget   *rbd_session_detail_new             (void);
void         rbd_session_detail_set_store       (RbdSessionDetail  *self,
                                                 RbdStore          *store);
void         rbd_session_detail_set_tile_source (RbdSessionDetail  *self,
                                                 ShumateDataSource *source);
void         rbd_session_detail_set_session     (RbdSessionDetail  *self,
                                                 RbdSession        *session,
                                                 const char        *title,
                                                 gboolean           imperial);
RbdSession  *rbd_session_detail_get_session     (RbdSessionDetail  *self);
void         rbd_session_detail_set_editable    (RbdSessionDetail  *self,
                                                 gboolean           editable);
RbdRouteMap *rbd_session_detail_get_route_map   (RbdSessionDetail  *self);
gboolean     rbd_session_detail_is_route_shown  (RbdSessionDetail  *self);
char        *rbd_session_detail_dup_figures     (RbdSessionDetail  *self);

G_END_DECLS
