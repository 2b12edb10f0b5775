/* coach-test-week.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-week-summary.h"

G_BEGIN_DECLS

/* Planned days written compactly for table-driven tests. A day is
 * "kind[:minutes[:metres]]" sessions joined with '+', for example
 * "easy:40:8000+mobility:10"; "-" leaves a number unset ("recovery:-:5000")
 * and NULL is a day without sessions. */

GPtrArray *coach_test_day_new    (const GDate       *date,
                                  const char        *description);
void       coach_test_week_init  (RbdPlanWeek       *week,
                                  const char        *start,
                                  const char * const days[7]);
void       coach_test_week_clear (RbdPlanWeek       *week);

G_END_DECLS
