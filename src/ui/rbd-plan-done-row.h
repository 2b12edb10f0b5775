/* rbd-plan-done-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-session.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_DONE_ROW (rbd_plan_done_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanDoneRow, rbd_plan_done_row, RBD, PLAN_DONE_ROW, GtkWidget)

GtkWidget  *rbd_plan_done_row_new         (RbdSession     *session,
                                           gboolean        imperial);
RbdSession *rbd_plan_done_row_get_session (RbdPlanDoneRow *self);
void        rbd_plan_done_row_set_session (RbdPlanDoneRow *self,
                                           RbdSession     *session,
                                           gboolean        imperial);

G_END_DECLS
