/* rbd-plan-calendar.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-plan-checker.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_CALENDAR (rbd_plan_calendar_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanCalendar, rbd_plan_calendar, RBD, PLAN_CALENDAR, GObject)

/* The store's planned and logged sessions indexed by day, so that a week
 * or a month is found without walking ten years of plans. Follows the
 * store: "changed" is emitted (once per main-loop turn at most) when
 * planned or logged sessions are added, removed or edited. */
RbdPlanCalendar *rbd_plan_calendar_new          (RbdStore            *store);
RbdStore        *rbd_plan_calendar_get_store    (RbdPlanCalendar     *self);

/* The sessions planned on @day, in the order they were added
 * (RbdPlannedSession). (transfer container) */
GPtrArray       *rbd_plan_calendar_get_day      (RbdPlanCalendar     *self,
                                                 const GDate         *day);

/* Fills @week with the seven days from @start; free with
 * rbd_plan_week_clear(). */
void             rbd_plan_calendar_get_week     (RbdPlanCalendar     *self,
                                                 const GDate         *start,
                                                 RbdPlanWeek         *week);

/* What the checker needs for the week from @start: the day before and
 * the summaries of the four weeks before. @previous must hold 4. Free
 * with rbd_plan_context_clear(). */
void             rbd_plan_calendar_get_context  (RbdPlanCalendar     *self,
                                                 const GDate         *start,
                                                 RbdPlanContext      *context,
                                                 RbdWeekSummary       previous[4]);

/* Logged sessions by the day they were done, and the link between plan
 * and log. */
GPtrArray       *rbd_plan_calendar_get_done     (RbdPlanCalendar     *self,
                                                 const GDate         *day);
RbdRecord       *rbd_plan_calendar_find_done    (RbdPlanCalendar     *self,
                                                 RbdRecord           *planned);
gboolean         rbd_plan_calendar_is_missed    (RbdPlanCalendar     *self,
                                                 RbdRecord           *planned,
                                                 const GDate         *today);

void             rbd_plan_week_clear            (RbdPlanWeek         *week);
void             rbd_plan_context_clear         (RbdPlanContext      *context);

G_END_DECLS
