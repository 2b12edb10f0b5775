/* rbd-history-model.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-history-model"

#include "config.h"

#include <string.h>

#include "rbd-dates.h"
#include "rbd-history-model.h"
#include "rbd-history-week.h"
#include "rbd-session.h"
#include "rbd-training-load.h"

/* The history as the list shows it: the sessions (sorted newest first and
 * filtered before they get here), each week's sessions after a heading
 * item (RbdHistoryWeek) with the week's totals. GTK 4.8's list views have
 * no sections, so the headings are items of their own.
 *
 * Every change of the sessions rebuilds the flat list, which is one pass
 * (a couple of milliseconds for ten years), and reports only the stretch
 * that differs, so the list keeps its scroll position and its rows. A
 * week whose totals did not change keeps its heading item. */
struct _RbdHistoryModel
{
  GObject       parent_instance;

  GListModel   *sessions;
  GDateWeekday  first_weekday;
  GPtrArray    *items;        /* RbdHistoryWeek and RbdSession */
};

static void rbd_history_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbdHistoryModel, rbd_history_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rbd_history_model_list_model_init))

static GType
rbd_history_model_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
rbd_history_model_get_n_items (GListModel *model)
{
  RbdHistoryModel *self = RBD_HISTORY_MODEL (model);

  return self->items->len;
}

static gpointer
rbd_history_model_get_item (GListModel *model,
                            guint       position)
{
  RbdHistoryModel *self = RBD_HISTORY_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
rbd_history_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rbd_history_model_get_item_type;
  iface->get_n_items = rbd_history_model_get_n_items;
  iface->get_item = rbd_history_model_get_item;
}

static guint
week_key (const GDate *first_day)
{
  return g_date_valid (first_day) ? g_date_get_julian (first_day) : 0;
}

/* The heading for a week: the old item when nothing about it changed. */
static RbdHistoryWeek *
make_heading (GHashTable          *old_headings,
              const GDate         *first_day,
              const RbdWeekTotals *totals)
{
  RbdHistoryWeek *old = g_hash_table_lookup (old_headings, GUINT_TO_POINTER (week_key (first_day)));

  if (old != NULL && rbd_history_week_equal (old, first_day, totals))
    return g_object_ref (old);

  return rbd_history_week_new (first_day, totals);
}

static void
rebuild (RbdHistoryModel *self)
{
  g_autoptr(GHashTable) old_headings = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *old_items = self->items;
  guint n = self->sessions != NULL ? g_list_model_get_n_items (self->sessions) : 0;
  guint old_n = old_items->len, new_n, prefix = 0, suffix = 0;
  RbdWeekTotals totals = { 0, };
  guint heading_index = 0;
  GDate current;
  gboolean have_current = FALSE;

  for (guint i = 0; i < old_items->len; i++)
    {
      gpointer item = g_ptr_array_index (old_items, i);

      if (RBD_IS_HISTORY_WEEK (item))
        {
          GDate first_day;

          rbd_history_week_get_first_day (item, &first_day);
          g_hash_table_insert (old_headings, GUINT_TO_POINTER (week_key (&first_day)), item);
        }
    }

  items = g_ptr_array_new_full (n + n / 3 + 1, g_object_unref);
  g_date_clear (&current, 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdSession) session = g_list_model_get_item (self->sessions, i);
      GDate day, first_day;
      double load;
      int duration_s;
      double distance_m;

      g_date_clear (&first_day, 1);
      if (rbd_session_get_date (session, &day))
        rbd_week_start (&day, self->first_weekday, &first_day);

      if (!have_current || week_key (&first_day) != week_key (&current))
        {
          if (have_current)
            items->pdata[heading_index] = make_heading (old_headings, &current, &totals);

          current = first_day;
          have_current = TRUE;
          memset (&totals, 0, sizeof totals);
          heading_index = items->len;
          g_ptr_array_add (items, NULL);
        }

      totals.n_sessions++;
      duration_s = rbd_record_get_int (RBD_RECORD (session), "duration_s");
      if (duration_s > 0)
        totals.duration_s += duration_s;
      distance_m = rbd_record_get_double (RBD_RECORD (session), "distance_m");
      if (distance_m > 0)
        totals.distance_m += distance_m;
      load = rbd_session_get_load (session);
      if (load >= 0)
        totals.load += load;
      else
        totals.n_without_load++;

      g_ptr_array_add (items, g_steal_pointer (&session));
    }

  if (have_current)
    items->pdata[heading_index] = make_heading (old_headings, &current, &totals);

  new_n = items->len;
  while (prefix < old_n && prefix < new_n &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (items, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_ptr_array_index (old_items, old_n - 1 - suffix) ==
         g_ptr_array_index (items, new_n - 1 - suffix))
    suffix++;

  self->items = g_steal_pointer (&items);
  /* The old items live until the list has been told. */
  items = old_items;

  if (prefix + suffix < old_n || prefix + suffix < new_n)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
}

static void
on_sessions_items_changed_cb (RbdHistoryModel *self,
                              guint            position,
                              guint            removed,
                              guint            added,
                              GListModel      *sessions)
{
  rebuild (self);
}

static void
rbd_history_model_dispose (GObject *object)
{
  RbdHistoryModel *self = RBD_HISTORY_MODEL (object);

  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_func (self->sessions, on_sessions_items_changed_cb, self);
  g_clear_object (&self->sessions);

  G_OBJECT_CLASS (rbd_history_model_parent_class)->dispose (object);
}

static void
rbd_history_model_finalize (GObject *object)
{
  RbdHistoryModel *self = RBD_HISTORY_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rbd_history_model_parent_class)->finalize (object);
}

static void
rbd_history_model_class_init (RbdHistoryModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_history_model_dispose;
  object_class->finalize = rbd_history_model_finalize;
}

static void
rbd_history_model_init (RbdHistoryModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->first_weekday = G_DATE_MONDAY;
}

/**
 * rbd_history_model_new:
 * @sessions: the sessions to show, in the order to show them
 */
RbdHistoryModel *
rbd_history_model_new (GListModel   *sessions,
                       GDateWeekday  first_weekday)
{
  RbdHistoryModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  self = g_object_new (RBD_TYPE_HISTORY_MODEL, NULL);
  self->sessions = g_object_ref (sessions);
  if (g_date_valid_weekday (first_weekday))
    self->first_weekday = first_weekday;
  g_signal_connect_swapped (sessions, "items-changed",
                            G_CALLBACK (on_sessions_items_changed_cb), self);
  rebuild (self);

  return self;
}

void
rbd_history_model_set_first_weekday (RbdHistoryModel *self,
                                     GDateWeekday     first_weekday)
{
  g_return_if_fail (RBD_IS_HISTORY_MODEL (self));
  g_return_if_fail (g_date_valid_weekday (first_weekday));

  if (self->first_weekday == first_weekday)
    return;

  self->first_weekday = first_weekday;
  rebuild (self);
}

/* Where @item (a session) is in the list. */
gboolean
rbd_history_model_find (RbdHistoryModel *self,
                        gpointer         item,
                        guint           *position)
{
  g_return_val_if_fail (RBD_IS_HISTORY_MODEL (self), FALSE);

  return g_ptr_array_find (self->items, item, position);
}

/* Builds the list again from the sessions: after a session changed in a
 * way that moved it or changed its week's totals, which the sorted and
 * filtered list above may not tell. */
void
rbd_history_model_refresh (RbdHistoryModel *self)
{
  g_return_if_fail (RBD_IS_HISTORY_MODEL (self));

  rebuild (self);
}

/* Tells the list that every item changed, so that every row is bound
 * again: for a change of units, which the rows show but the items don't
 * know. */
void
rbd_history_model_rebind_all (RbdHistoryModel *self)
{
  g_return_if_fail (RBD_IS_HISTORY_MODEL (self));

  if (self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->items->len, self->items->len);
}
