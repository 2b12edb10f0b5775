/* rbd-bench-plan-views.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rbd-bench-plan-views.h"
#include "rbd-plan-checker.h"

guint
rbd_bench_build_week (RbdPlanCalendar *calendar,
                      const GDate     *start)
{
  RbdPlanWeek week;
  RbdPlanContext context = { 0 };
  RbdWeekSummary previous[4];
  RbdWeekSummary summary;
  g_autoptr(GPtrArray) findings = NULL;

  rbd_plan_calendar_get_week (calendar, start, &week);
  rbd_week_summarize (&week, &summary);
  rbd_plan_calendar_get_context (calendar, start, &context, previous);
  findings = rbd_plan_check (&week, &context);
  rbd_plan_context_clear (&context);
  rbd_plan_week_clear (&week);

  return summary.n_sessions + findings->len;
}

guint
rbd_bench_build_month (RbdPlanCalendar *calendar,
                       const GDate     *first_row)
{
  guint n = 0;

  for (guint w = 0; w < 6; w++)
    {
      GDate start = *first_row;
      RbdPlanWeek week;
      RbdWeekSummary summary;

      g_date_add_days (&start, 7 * w);
      rbd_plan_calendar_get_week (calendar, &start, &week);
      rbd_week_summarize (&week, &summary);
      n += summary.n_sessions;
      rbd_plan_week_clear (&week);
    }

  return n;
}
