/* rbd-plan-checker.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rbd-week-summary.h"

G_BEGIN_DECLS

/* The recovery rules R1-R7 of DOMAIN.md, checked over one planned week.
 * Pure: no I/O, no state; the plan is never changed, only described. */

/* The checker's thresholds, public so that what the app explains (the help
 * window) cannot drift from what it checks. In whole percent. */
#define RBD_PLAN_HARD_SPACING_H        48   /* R1: between two hard sessions */
#define RBD_PLAN_QUALITY_MAX_PCT       20   /* R3: quality share of running time */
#define RBD_PLAN_RAMP_MAX_PCT          110  /* R4: this week at most 110 % of the last */
#define RBD_PLAN_CUTBACK_PCT           85   /* R5: a week at most this share of the peak before it */
#define RBD_PLAN_CUTBACK_LOW_PCT       70   /* R5: the lighter week, 15-30 % down */
#define RBD_PLAN_CUTBACK_WINDOW        4    /* R5: previous weeks needed */
#define RBD_PLAN_LONG_INFO_PCT         30   /* R7: pointed out above this */
#define RBD_PLAN_LONG_WARN_PCT         35   /* R7: a warning above this */

typedef enum
{
  RBD_SEVERITY_INFO,
  RBD_SEVERITY_WARNING,
} RbdSeverity;

#define RBD_TYPE_FINDING (rbd_finding_get_type ())

typedef struct
{
  char        *rule;      /* "R1" .. "R7" */
  RbdSeverity  severity;
  guint        days;      /* bit i: day i of the week (0 = its first day) is involved */
  char        *reason;    /* one line, translated */
  char        *fix;       /* a suggested fix, translated */
} RbdFinding;

GType       rbd_finding_get_type (void) G_GNUC_CONST;
RbdFinding *rbd_finding_copy     (const RbdFinding *self);
void        rbd_finding_free     (RbdFinding       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdFinding, rbd_finding_free)

/* What the checker needs besides the week itself. */
typedef struct
{
  /* The sessions of the day before the week's first day (R1 across the
   * week boundary), or NULL. */
  GPtrArray            *day_before;
  /* Summaries of the weeks before, most recent first (R4 needs one, R5
   * up to four). */
  const RbdWeekSummary *previous;
  guint                 n_previous;
} RbdPlanContext;

GPtrArray *rbd_plan_check (const RbdPlanWeek    *week,
                           const RbdPlanContext *context);

G_END_DECLS
