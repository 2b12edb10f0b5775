/* rbd-week-summary.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One week of the plan: its first day and, for each of its seven days in
 * order, the planned sessions (RbdPlannedSession, borrowed). */
typedef struct
{
  GDate      start;
  GPtrArray *days[7];
} RbdPlanWeek;

/* What a week adds up to. Running volume counts the running kinds
 * (recovery, easy, long, tempo, interval, hills, race); rest, cross-
 * training, strength and mobility are counted in the totals only.
 * Shares are fractions 0..1 of the running time, 0 when there is none. */
typedef struct
{
  guint    n_sessions;
  int      total_s;        /* every session with a duration */
  double   total_m;        /* every session with a distance */
  int      running_s;
  double   running_m;
  int      easy_s;         /* recovery, easy, long, and the warm-up and
                            * cool-down of quality sessions */
  int      quality_s;      /* tempo, interval, hills, race, less their
                            * warm-up and cool-down: half of each
                            * session, at most 30 min */
  int      long_s;
  double   easy_share;
  double   quality_share;
  double   long_share;
  gboolean has_race;
} RbdWeekSummary;

void rbd_week_summarize (const RbdPlanWeek *week,
                         RbdWeekSummary    *summary);

G_END_DECLS
