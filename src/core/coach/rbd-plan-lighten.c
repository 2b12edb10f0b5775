/* rbd-plan-lighten.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-lighten"

#include "config.h"

#include <math.h>

#include "rbd-dates.h"
#include "rbd-plan-lighten.h"

typedef struct
{
  RbdLightenEdit edit;
  guint32        julian;
  guint          position;   /* in the list, to keep the order within a day */
} Candidate;

/* @value x @keep to the nearest @step. 45 min x 0.7 is 31.5 min, but
 * 0.7 is not exact in binary and the product comes out just below: snap
 * to a millionth of a step first, so halves round up as a person would. */
static double
scale_to_step (double value,
               double keep,
               double step)
{
  double steps = value * keep / step;

  return round (round (steps * 1e6) / 1e6) * step;
}

static gboolean
is_kept (RbdKind kind)
{
  return kind == RBD_KIND_REST || kind == RBD_KIND_MOBILITY || kind == RBD_KIND_RACE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->julian != y->julian)
    return x->julian < y->julian ? -1 : 1;

  return (x->position > y->position) - (x->position < y->position);
}

static void
edit_clear (gpointer data)
{
  RbdLightenEdit *edit = data;

  g_clear_object (&edit->session);
}

/**
 * rbd_plan_lighten:
 * @planned: (element-type RbdPlannedSession): the plan
 * @first_day: the first day to lighten, usually today
 * @n_days: how many days, e.g. %RBD_LIGHTEN_DAYS
 * @cut: the share of volume taken off, %RBD_LIGHTEN_CUT_MIN to
 *   %RBD_LIGHTEN_CUT_MAX
 *
 * Returns: (transfer full) (element-type RbdLightenEdit): the changes, by
 *   date and then in plan order; empty when there is nothing to lighten
 */
GArray *
rbd_plan_lighten (GListModel  *planned,
                  const GDate *first_day,
                  guint        n_days,
                  double       cut)
{
  g_autoptr(GArray) candidates = NULL;
  GArray *edits;
  guint32 first, last;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (planned), NULL);
  g_return_val_if_fail (first_day != NULL && g_date_valid (first_day), NULL);
  g_return_val_if_fail (cut >= RBD_LIGHTEN_CUT_MIN && cut <= RBD_LIGHTEN_CUT_MAX, NULL);

  first = g_date_get_julian (first_day);
  last = first + n_days - 1;
  n = g_list_model_get_n_items (planned);
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < n && n_days > 0; i++)
    {
      g_autoptr(RbdPlannedSession) session = g_list_model_get_item (planned, i);
      RbdRecord *record = RBD_RECORD (session);
      Candidate c = { 0 };
      RbdLightenEdit *e = &c.edit;
      GDate date;

      if (!rbd_date_parse (rbd_record_get_string (record, "date"), &date))
        continue;

      c.julian = g_date_get_julian (&date);
      if (c.julian < first || c.julian > last)
        continue;

      e->old_kind = rbd_record_get_enum (record, "kind");
      if (is_kept (e->old_kind))
        continue;

      e->new_kind = rbd_kind_is_hard (e->old_kind) ? RBD_KIND_EASY : e->old_kind;
      e->old_duration_s = rbd_record_get_int (record, "duration_s");
      e->old_distance_m = rbd_record_get_double (record, "distance_m");

      e->new_duration_s = e->old_duration_s;
      if (e->old_duration_s != RBD_UNSET)
        e->new_duration_s = (int) scale_to_step (e->old_duration_s, 1.0 - cut, 60.0);

      e->new_distance_m = e->old_distance_m;
      if (e->old_distance_m != RBD_UNSET)
        e->new_distance_m = scale_to_step (e->old_distance_m, 1.0 - cut, 100.0);

      if (e->new_kind == e->old_kind && e->new_duration_s == e->old_duration_s &&
          e->new_distance_m == e->old_distance_m)
        continue;

      c.position = i;
      e->session = g_steal_pointer (&session);
      g_array_append_val (candidates, c);
    }

  g_array_sort (candidates, compare_candidates);

  edits = g_array_sized_new (FALSE, FALSE, sizeof (RbdLightenEdit), candidates->len);
  g_array_set_clear_func (edits, edit_clear);
  for (guint i = 0; i < candidates->len; i++)
    g_array_append_val (edits, g_array_index (candidates, Candidate, i).edit);

  return edits;
}

static void
set_values (RbdLightenEdit *edit,
            RbdKind         kind,
            int             duration_s,
            double          distance_m)
{
  RbdRecord *record = RBD_RECORD (edit->session);

  rbd_record_set_enum (record, "kind", kind);

  if (duration_s == RBD_UNSET)
    rbd_record_unset (record, "duration_s");
  else
    rbd_record_set_int (record, "duration_s", duration_s);

  if (distance_m == RBD_UNSET)
    rbd_record_unset (record, "distance_m");
  else
    rbd_record_set_double (record, "distance_m", distance_m);
}

/* Changes the planned sessions as @edits say. */
void
rbd_lighten_apply (GArray *edits)
{
  g_return_if_fail (edits != NULL);

  for (guint i = 0; i < edits->len; i++)
    {
      RbdLightenEdit *edit = &g_array_index (edits, RbdLightenEdit, i);

      set_values (edit, edit->new_kind, edit->new_duration_s, edit->new_distance_m);
    }
}

/* Puts back what rbd_lighten_apply() changed. */
void
rbd_lighten_undo (GArray *edits)
{
  g_return_if_fail (edits != NULL);

  for (guint i = edits->len; i > 0; i--)
    {
      RbdLightenEdit *edit = &g_array_index (edits, RbdLightenEdit, i - 1);

      set_values (edit, edit->old_kind, edit->old_duration_s, edit->old_distance_m);
    }
}
