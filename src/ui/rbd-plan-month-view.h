/* rbd-plan-month-view.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-plan-calendar.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_MONTH_VIEW (rbd_plan_month_view_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanMonthView, rbd_plan_month_view, RBD, PLAN_MONTH_VIEW, GtkWidget)

GtkWidget *rbd_plan_month_view_new       (void);
void       rbd_plan_month_view_set_month (RbdPlanMonthView *self,
                                          RbdPlanCalendar  *calendar,
                                          const GDate      *month,
                                          GDateWeekday      first_weekday,
                                          const GDate      *today,
                                          gboolean          imperial);
GtkWidget *rbd_plan_month_view_get_day_button (RbdPlanMonthView *self,
                                               const GDate      *day);
gboolean   rbd_plan_month_view_get_focused_day (RbdPlanMonthView *self,
                                                GDate            *day);

G_END_DECLS
