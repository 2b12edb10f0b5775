/* rbd-plan-util.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-kind.h"
#include "rbd-plan-calendar.h"

G_BEGIN_DECLS

/* What the Plan page's widgets share: how a kind looks (its icon and the
 * style class that gives it a colour), how times, distances and days
 * are written, and where a planned session stands against the log. */

typedef enum
{
  RBD_PLAN_STATUS_PLANNED,
  RBD_PLAN_STATUS_DONE,
  RBD_PLAN_STATUS_MISSED,
} RbdPlanStatus;

const char   *rbd_plan_kind_get_icon_name    (RbdKind       kind);
const char   *rbd_plan_kind_get_css_class    (RbdKind       kind);
int           rbd_plan_kind_get_default_duration_s (RbdKind kind);

char         *rbd_plan_format_duration       (int           seconds);
char         *rbd_plan_format_distance       (double        metres,
                                              gboolean      imperial);
char         *rbd_plan_format_date           (const GDate  *date,
                                              const char   *format);
char         *rbd_plan_format_day_long       (const GDate  *date);
guint         rbd_plan_week_number           (const GDate  *week_start);

gboolean      rbd_plan_settings_get_imperial (GSettings    *settings);
GDateWeekday  rbd_plan_settings_get_first_weekday (GSettings *settings);

void          rbd_plan_set_tooltip           (GtkWidget    *widget,
                                              const char   *text);

RbdPlanStatus rbd_plan_get_status            (RbdPlanCalendar *calendar,
                                              RbdRecord       *planned,
                                              const GDate     *today);
const char   *rbd_plan_status_get_icon_name  (RbdPlanStatus  status);
const char   *rbd_plan_status_get_label      (RbdPlanStatus  status);
char         *rbd_plan_format_done_meta      (RbdRecord     *session,
                                              gboolean       imperial);
void          rbd_plan_append_meta           (GString       *meta,
                                              const char    *part);

double        rbd_plan_distance_to_display   (double        metres,
                                              gboolean      imperial);
double        rbd_plan_distance_from_display (double        value,
                                              gboolean      imperial);

G_END_DECLS
