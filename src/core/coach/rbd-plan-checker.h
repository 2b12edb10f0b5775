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
