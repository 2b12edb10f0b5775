/* rbd-history-week.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-history-week"

#include "config.h"

#include "rbd-history-week.h"

struct _RbdHistoryWeek
{
  GObject       parent_instance;

  GDate         first_day;    /* invalid for sessions without a date */
  RbdWeekTotals totals;
};

G_DEFINE_FINAL_TYPE (RbdHistoryWeek, rbd_history_week, G_TYPE_OBJECT)

static void
rbd_history_week_class_init (RbdHistoryWeekClass *klass)
{
}

static void
rbd_history_week_init (RbdHistoryWeek *self)
{
  g_date_clear (&self->first_day, 1);
}

/**
 * rbd_history_week_new:
 * @first_day: (nullable): the week's first day, or %NULL for the sessions
 *   whose start cannot be read
 */
RbdHistoryWeek *
rbd_history_week_new (const GDate         *first_day,
                      const RbdWeekTotals *totals)
{
  RbdHistoryWeek *self = g_object_new (RBD_TYPE_HISTORY_WEEK, NULL);

  g_return_val_if_fail (totals != NULL, self);

  if (first_day != NULL && g_date_valid (first_day))
    self->first_day = *first_day;
  self->totals = *totals;

  return self;
}

gboolean
rbd_history_week_has_date (RbdHistoryWeek *self)
{
  g_return_val_if_fail (RBD_IS_HISTORY_WEEK (self), FALSE);

  return g_date_valid (&self->first_day);
}

void
rbd_history_week_get_first_day (RbdHistoryWeek *self,
                                GDate          *first_day)
{
  g_return_if_fail (RBD_IS_HISTORY_WEEK (self));
  g_return_if_fail (first_day != NULL);

  *first_day = self->first_day;
}

const RbdWeekTotals *
rbd_history_week_get_totals (RbdHistoryWeek *self)
{
  g_return_val_if_fail (RBD_IS_HISTORY_WEEK (self), NULL);

  return &self->totals;
}

gboolean
rbd_history_week_equal (RbdHistoryWeek      *self,
                        const GDate         *first_day,
                        const RbdWeekTotals *totals)
{
  gboolean self_dated, other_dated;

  g_return_val_if_fail (RBD_IS_HISTORY_WEEK (self), FALSE);

  self_dated = g_date_valid (&self->first_day);
  other_dated = first_day != NULL && g_date_valid (first_day);
  if (self_dated != other_dated)
    return FALSE;
  if (self_dated && g_date_compare (&self->first_day, first_day) != 0)
    return FALSE;

  return self->totals.n_sessions == totals->n_sessions &&
         self->totals.duration_s == totals->duration_s &&
         self->totals.distance_m == totals->distance_m &&
         self->totals.load == totals->load &&
         self->totals.n_without_load == totals->n_without_load;
}
