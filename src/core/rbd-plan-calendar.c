/* rbd-plan-calendar.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-calendar"

#include "config.h"

#include <string.h>

#include "rbd-dates.h"
#include "rbd-plan-calendar.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"

/* The index is rebuilt as a whole when the plan changes (a few
 * milliseconds for ten years) and then answers each day with one hash
 * lookup, so switching weeks and months never walks the whole plan. */
struct _RbdPlanCalendar
{
  GObject     parent_instance;

  RbdStore   *store;
  GHashTable *days;        /* Julian day -> GPtrArray of RbdPlannedSession */
  GHashTable *done_days;   /* Julian day -> GPtrArray of RbdSession */
  GHashTable *done_for;    /* planned id -> RbdSession that fulfils it */
  gboolean    stale;
  guint       changed_source;
};

G_DEFINE_FINAL_TYPE (RbdPlanCalendar, rbd_plan_calendar, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The day a logged session counts on: the date written in its start, in
 * the offset it was logged with (the runner's own day then). */
static gboolean
session_day (RbdRecord *session,
             GDate     *day)
{
  const char *start = rbd_record_get_string (session, "start");
  char date[11];

  if (start == NULL || strlen (start) < 10)
    return FALSE;

  memcpy (date, start, 10);
  date[10] = '\0';

  return rbd_date_parse (date, day);
}

static void
index_sessions (RbdPlanCalendar *self)
{
  GListModel *sessions = G_LIST_MODEL (rbd_store_get_sessions (self->store));
  guint n = g_list_model_get_n_items (sessions);

  g_hash_table_remove_all (self->done_days);
  g_hash_table_remove_all (self->done_for);

  for (guint i = 0; i < n; i++)
    {
      RbdRecord *session = g_list_model_get_item (sessions, i);
      const char *planned_id = rbd_record_get_string (session, "planned_id");
      GPtrArray *day;
      GDate date;
      gpointer key;

      if (planned_id != NULL)
        g_hash_table_insert (self->done_for, g_strdup (planned_id), g_object_ref (session));

      if (!session_day (session, &date))
        {
          g_object_unref (session);
          continue;
        }

      key = GUINT_TO_POINTER (g_date_get_julian (&date));
      day = g_hash_table_lookup (self->done_days, key);
      if (day == NULL)
        {
          day = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->done_days, key, day);
        }
      g_ptr_array_add (day, session);  /* takes the reference */
    }
}

static void
rebuild (RbdPlanCalendar *self)
{
  GListModel *planned = G_LIST_MODEL (rbd_store_get_planned (self->store));
  guint n = g_list_model_get_n_items (planned);

  g_hash_table_remove_all (self->days);

  for (guint i = 0; i < n; i++)
    {
      RbdRecord *session = g_list_model_get_item (planned, i);
      GPtrArray *day;
      GDate date;
      gpointer key;

      if (!rbd_date_parse (rbd_record_get_string (session, "date"), &date))
        {
          g_object_unref (session);
          continue;
        }

      key = GUINT_TO_POINTER (g_date_get_julian (&date));
      day = g_hash_table_lookup (self->days, key);
      if (day == NULL)
        {
          day = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->days, key, day);
        }

      g_ptr_array_add (day, session);  /* takes the reference */
    }

  index_sessions (self);

  self->stale = FALSE;
}

static void
ensure_fresh (RbdPlanCalendar *self)
{
  if (self->stale)
    rebuild (self);
}

static gboolean
emit_changed (gpointer user_data)
{
  RbdPlanCalendar *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals [CHANGED], 0);

  return G_SOURCE_REMOVE;
}

/* Many changes in one go (a template applied, a document loaded) make one
 * "changed", before the next frame is drawn. */
static void
invalidate (RbdPlanCalendar *self)
{
  self->stale = TRUE;

  if (self->changed_source == 0)
    self->changed_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_changed, self, NULL);
}

static void
on_planned_items_changed_cb (RbdPlanCalendar *self,
                             guint            position,
                             guint            removed,
                             guint            added,
                             GListModel      *planned)
{
  invalidate (self);
}

static void
on_record_changed_cb (RbdPlanCalendar *self,
                      RbdRecord       *record,
                      RbdStore        *store)
{
  if (RBD_IS_PLANNED_SESSION (record) || RBD_IS_SESSION (record))
    invalidate (self);
}

static void
rbd_plan_calendar_dispose (GObject *object)
{
  RbdPlanCalendar *self = (RbdPlanCalendar *)object;

  g_clear_handle_id (&self->changed_source, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_plan_calendar_parent_class)->dispose (object);
}

static void
rbd_plan_calendar_finalize (GObject *object)
{
  RbdPlanCalendar *self = (RbdPlanCalendar *)object;

  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->done_days, g_hash_table_unref);
  g_clear_pointer (&self->done_for, g_hash_table_unref);

  G_OBJECT_CLASS (rbd_plan_calendar_parent_class)->finalize (object);
}

static void
rbd_plan_calendar_class_init (RbdPlanCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_plan_calendar_dispose;
  object_class->finalize = rbd_plan_calendar_finalize;

  /**
   * RbdPlanCalendar::changed:
   *
   * Planned sessions were added, removed or edited.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
rbd_plan_calendar_init (RbdPlanCalendar *self)
{
  self->days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->done_days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->done_for = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->stale = TRUE;
}

RbdPlanCalendar *
rbd_plan_calendar_new (RbdStore *store)
{
  RbdPlanCalendar *self;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  self = g_object_new (RBD_TYPE_PLAN_CALENDAR, NULL);
  self->store = g_object_ref (store);

  g_signal_connect_object (rbd_store_get_planned (store), "items-changed",
                           G_CALLBACK (on_planned_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_store_get_sessions (store), "items-changed",
                           G_CALLBACK (on_planned_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "record-changed",
                           G_CALLBACK (on_record_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

RbdStore *
rbd_plan_calendar_get_store (RbdPlanCalendar *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (self), NULL);

  return self->store;
}

/**
 * rbd_plan_calendar_get_day:
 *
 * Returns: (transfer container) (element-type RbdPlannedSession): the
 *   sessions planned on @day
 */
GPtrArray *
rbd_plan_calendar_get_day (RbdPlanCalendar *self,
                           const GDate     *day)
{
  GPtrArray *sessions;
  GPtrArray *result;

  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  ensure_fresh (self);

  sessions = g_hash_table_lookup (self->days, GUINT_TO_POINTER (g_date_get_julian (day)));
  result = g_ptr_array_new_full (sessions != NULL ? sessions->len : 0, g_object_unref);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    g_ptr_array_add (result, g_object_ref (sessions->pdata[i]));

  return result;
}

void
rbd_plan_calendar_get_week (RbdPlanCalendar *self,
                            const GDate     *start,
                            RbdPlanWeek     *week)
{
  g_return_if_fail (RBD_IS_PLAN_CALENDAR (self));
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (week != NULL);

  week->start = *start;
  for (guint d = 0; d < 7; d++)
    {
      GDate day = *start;

      g_date_add_days (&day, d);
      week->days[d] = rbd_plan_calendar_get_day (self, &day);
    }
}

void
rbd_plan_calendar_get_context (RbdPlanCalendar *self,
                               const GDate     *start,
                               RbdPlanContext  *context,
                               RbdWeekSummary   previous[4])
{
  GDate day_before;

  g_return_if_fail (RBD_IS_PLAN_CALENDAR (self));
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (context != NULL && previous != NULL);

  day_before = *start;
  g_date_subtract_days (&day_before, 1);
  context->day_before = rbd_plan_calendar_get_day (self, &day_before);

  for (guint k = 0; k < 4; k++)
    {
      RbdPlanWeek week;
      GDate week_start = *start;

      g_date_subtract_days (&week_start, 7 * (k + 1));
      rbd_plan_calendar_get_week (self, &week_start, &week);
      rbd_week_summarize (&week, &previous[k]);
      rbd_plan_week_clear (&week);
    }

  context->previous = previous;
  context->n_previous = 4;
}

void
rbd_plan_week_clear (RbdPlanWeek *week)
{
  g_return_if_fail (week != NULL);

  for (guint d = 0; d < 7; d++)
    g_clear_pointer (&week->days[d], g_ptr_array_unref);
}

void
rbd_plan_context_clear (RbdPlanContext *context)
{
  g_return_if_fail (context != NULL);

  g_clear_pointer (&context->day_before, g_ptr_array_unref);
  context->previous = NULL;
  context->n_previous = 0;
}

/**
 * rbd_plan_calendar_get_done:
 *
 * Returns: (transfer container) (element-type RbdSession): the sessions
 *   logged on @day
 */
GPtrArray *
rbd_plan_calendar_get_done (RbdPlanCalendar *self,
                            const GDate     *day)
{
  GPtrArray *sessions;
  GPtrArray *result;

  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  ensure_fresh (self);

  sessions = g_hash_table_lookup (self->done_days, GUINT_TO_POINTER (g_date_get_julian (day)));
  result = g_ptr_array_new_full (sessions != NULL ? sessions->len : 0, g_object_unref);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    g_ptr_array_add (result, g_object_ref (sessions->pdata[i]));

  return result;
}

/**
 * rbd_plan_calendar_find_done:
 *
 * Returns: (transfer none) (nullable): the logged session that fulfils
 *   @planned (its planned_id), if any
 */
RbdRecord *
rbd_plan_calendar_find_done (RbdPlanCalendar *self,
                             RbdRecord       *planned)
{
  const char *id;

  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (self), NULL);
  g_return_val_if_fail (RBD_IS_PLANNED_SESSION (planned), NULL);

  ensure_fresh (self);
  id = rbd_record_get_id (planned);

  return id != NULL ? g_hash_table_lookup (self->done_for, id) : NULL;
}

/**
 * rbd_plan_calendar_is_missed:
 *
 * A planned session is missed when its day is over (before @today), no
 * logged session fulfils it, and nothing at all was logged on its day
 * (a run imported without the link still counts). Rest days are never
 * missed.
 */
gboolean
rbd_plan_calendar_is_missed (RbdPlanCalendar *self,
                             RbdRecord       *planned,
                             const GDate     *today)
{
  GDate day;
  GPtrArray *done;

  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (self), FALSE);
  g_return_val_if_fail (RBD_IS_PLANNED_SESSION (planned), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (rbd_record_get_enum (planned, "kind") == RBD_KIND_REST)
    return FALSE;

  if (!rbd_date_parse (rbd_record_get_string (planned, "date"), &day) ||
      g_date_compare (&day, today) >= 0)
    return FALSE;

  if (rbd_plan_calendar_find_done (self, planned) != NULL)
    return FALSE;

  done = g_hash_table_lookup (self->done_days, GUINT_TO_POINTER (g_date_get_julian (&day)));

  return done == NULL || done->len == 0;
}
