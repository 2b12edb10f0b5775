/* rbd-plan-day-column.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_DAY_COLUMN (rbd_plan_day_column_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanDayColumn, rbd_plan_day_column, RBD, PLAN_DAY_COLUMN, GtkWidget)

GtkWidget   *rbd_plan_day_column_new           (void);
const GDate *rbd_plan_day_column_get_day       (RbdPlanDayColumn *self);
void         rbd_plan_day_column_set_day       (RbdPlanDayColumn *self,
                                                const GDate      *day,
                                                gboolean          is_today);
void         rbd_plan_day_column_set_sessions  (RbdPlanDayColumn *self,
                                                GPtrArray        *sessions,
                                                gboolean          imperial);
void         rbd_plan_day_column_set_findings  (RbdPlanDayColumn *self,
                                                const char       *rules,
                                                const char       *reasons);
void         rbd_plan_day_column_set_editable  (RbdPlanDayColumn *self,
                                                gboolean          editable);
GtkWidget   *rbd_plan_day_column_find_card     (RbdPlanDayColumn *self,
                                                const char       *session_id);
GtkWidget   *rbd_plan_day_column_get_add_button (RbdPlanDayColumn *self);

G_END_DECLS
