/* rbd-bench-plan-views.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-plan-calendar.h"

G_BEGIN_DECLS

/* What the Plan page computes before it touches a widget, for the
 * benchmarks. Both return a count to keep the work from being optimised
 * away. */

/* The week view: the seven days from @start, the week's totals, the
 * context of the weeks before it and the checker's findings. */
guint rbd_bench_build_week  (RbdPlanCalendar *calendar,
                             const GDate     *start);

/* The month view: six week rows from @first_row, each with its days and
 * totals. */
guint rbd_bench_build_month (RbdPlanCalendar *calendar,
                             const GDate     *first_row);

G_END_DECLS
