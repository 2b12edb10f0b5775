/* rbd-plan-week-view.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-plan-checker.h"
#include "rbd-plan-day-column.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_WEEK_VIEW (rbd_plan_week_view_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanWeekView, rbd_plan_week_view, RBD, PLAN_WEEK_VIEW, GtkWidget)

GtkWidget        *rbd_plan_week_view_new        (void);
void              rbd_plan_week_view_set_week   (RbdPlanWeekView   *self,
                                                 const RbdPlanWeek *week,
                                                 GPtrArray         *findings,
                                                 const GDate       *today,
                                                 gboolean           imperial,
                                                 gboolean           editable);
RbdPlanDayColumn *rbd_plan_week_view_get_column (RbdPlanWeekView   *self,
                                                 guint              index);
gboolean          rbd_plan_week_view_get_narrow (RbdPlanWeekView   *self);

G_END_DECLS
