/* rbd-week-template.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-record.h"
#include "rbd-week-summary.h"

G_BEGIN_DECLS

#define RBD_TYPE_WEEK_TEMPLATE (rbd_week_template_get_type ())

G_DECLARE_FINAL_TYPE (RbdWeekTemplate, rbd_week_template, RBD, WEEK_TEMPLATE, RbdRecord)

/* A week to start a plan from: a name, a description, and sessions by
 * weekday (RbdTemplateSession). The three built-in ones follow DOMAIN.md;
 * the runner's own are kept in the document ("templates"). */
RbdWeekTemplate *rbd_week_template_new            (void);
GListStore      *rbd_week_template_get_sessions   (RbdWeekTemplate    *self);
int              rbd_week_template_get_total_s    (RbdWeekTemplate    *self);
gboolean         rbd_week_template_is_builtin     (RbdWeekTemplate    *self);

/* New planned sessions (RbdPlannedSession, not yet in any store) for the
 * week that starts on @week_start, whatever weekday that is. When
 * @target_total_s > 0, durations (and distances with them) are scaled so
 * the week adds up to about that much time, rounded to whole minutes.
 * (transfer full) */
GPtrArray       *rbd_week_template_apply          (RbdWeekTemplate    *self,
                                                   const GDate        *week_start,
                                                   int                 target_total_s);

/* A template with the sessions of @week, named @name. */
RbdWeekTemplate *rbd_week_template_new_from_week  (const RbdPlanWeek  *week,
                                                   const char         *name);

/* The built-in templates, translated, read from the core resources.
 * (transfer full) (element-type RbdWeekTemplate) */
GListStore      *rbd_week_template_load_builtin   (GError            **error);

G_END_DECLS
