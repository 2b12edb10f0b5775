/* rbd-history-week.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The heading item of one week in the history: its days and the totals
 * of the sessions shown under it. Immutable: new totals are a new item. */

typedef struct
{
  guint  n_sessions;
  int    duration_s;
  double distance_m;
  double load;
  guint  n_without_load;
} RbdWeekTotals;

#define RBD_TYPE_HISTORY_WEEK (rbd_history_week_get_type ())

G_DECLARE_FINAL_TYPE (RbdHistoryWeek, rbd_history_week, RBD, HISTORY_WEEK, GObject)

RbdHistoryWeek      *rbd_history_week_new        (const GDate          *first_day,
                                                  const RbdWeekTotals  *totals);
gboolean             rbd_history_week_has_date   (RbdHistoryWeek       *self);
void                 rbd_history_week_get_first_day (RbdHistoryWeek    *self,
                                                  GDate                *first_day);
const RbdWeekTotals *rbd_history_week_get_totals (RbdHistoryWeek       *self);
gboolean             rbd_history_week_equal      (RbdHistoryWeek       *self,
                                                  const GDate          *first_day,
                                                  const RbdWeekTotals  *totals);

G_END_DECLS
