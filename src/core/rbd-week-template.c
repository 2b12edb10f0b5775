/* rbd-week-template.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-week-template"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "rbd-core-resources.h"
#include "rbd-dates.h"
#include "rbd-json-reader.h"
#include "rbd-planned-session.h"
#include "rbd-template-session.h"
#include "rbd-week-template.h"

#define BUILTIN_PREFIX    "builtin-"
#define BUILTIN_RESOURCE  "/io/github/rebound/Rebound/core/templates/week-templates.json"

struct _RbdWeekTemplate
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdWeekTemplate, rbd_week_template, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",          RBD_FIELD_ID,     N_("ID"),          0, 0, TRUE },
  { "name",        RBD_FIELD_STRING, N_("Name"),        0, 0, FALSE },
  { "description", RBD_FIELD_STRING, N_("Description"), 0, 0, FALSE },
};

static void
rbd_week_template_class_init (RbdWeekTemplateClass *klass)
{
  RbdRecordClass *record_class = RBD_RECORD_CLASS (klass);

  rbd_record_class_install_fields (record_class, "templates", fields, G_N_ELEMENTS (fields));
  rbd_record_class_set_children (record_class, "sessions", RBD_TYPE_TEMPLATE_SESSION);
}

static void
rbd_week_template_init (RbdWeekTemplate *self)
{
}

RbdWeekTemplate *
rbd_week_template_new (void)
{
  RbdWeekTemplate *self = g_object_new (RBD_TYPE_WEEK_TEMPLATE, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}

/**
 * rbd_week_template_get_sessions:
 *
 * Returns: (transfer none): the sessions (RbdTemplateSession)
 */
GListStore *
rbd_week_template_get_sessions (RbdWeekTemplate *self)
{
  g_return_val_if_fail (RBD_IS_WEEK_TEMPLATE (self), NULL);

  return rbd_record_get_children (RBD_RECORD (self));
}

int
rbd_week_template_get_total_s (RbdWeekTemplate *self)
{
  GListModel *sessions;
  guint n;
  int total = 0;

  g_return_val_if_fail (RBD_IS_WEEK_TEMPLATE (self), 0);

  sessions = G_LIST_MODEL (rbd_week_template_get_sessions (self));
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);

      if (rbd_record_is_set (session, "duration_s"))
        total += rbd_record_get_int (session, "duration_s");
    }

  return total;
}

gboolean
rbd_week_template_is_builtin (RbdWeekTemplate *self)
{
  g_return_val_if_fail (RBD_IS_WEEK_TEMPLATE (self), FALSE);

  return g_str_has_prefix (rbd_record_get_id (RBD_RECORD (self)), BUILTIN_PREFIX);
}

static void
copy_string (RbdRecord  *from,
             RbdRecord  *to,
             const char *field)
{
  const char *value = rbd_record_get_string (from, field);

  if (value != NULL)
    rbd_record_set_string (to, field, value);
}

/**
 * rbd_week_template_apply:
 *
 * Scaling keeps the shape of the week: every duration (and its distance)
 * is multiplied by the same factor, then rounded to whole minutes (and
 * distances to 10 m), so the total lands within a minute per session of
 * the target.
 */
GPtrArray *
rbd_week_template_apply (RbdWeekTemplate *self,
                         const GDate     *week_start,
                         int              target_total_s)
{
  GPtrArray *planned;
  GListModel *sessions;
  GDateWeekday first;
  double factor = 1.0;
  int total;
  guint n;

  g_return_val_if_fail (RBD_IS_WEEK_TEMPLATE (self), NULL);
  g_return_val_if_fail (week_start != NULL && g_date_valid (week_start), NULL);

  total = rbd_week_template_get_total_s (self);
  if (target_total_s > 0 && total > 0)
    factor = (double) target_total_s / total;

  first = g_date_get_weekday (week_start);
  sessions = G_LIST_MODEL (rbd_week_template_get_sessions (self));
  n = g_list_model_get_n_items (sessions);
  planned = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);
      RbdRecord *plan = RBD_RECORD (rbd_planned_session_new ());
      int weekday = rbd_record_get_int (session, "weekday");
      GDate day = *week_start;
      char date[11];

      g_date_add_days (&day, (guint) ((weekday - (int) first + 7) % 7));
      rbd_date_format_buf (&day, date);

      rbd_record_set_string (plan, "date", date);
      rbd_record_set_enum (plan, "kind", rbd_record_get_enum (session, "kind"));
      copy_string (session, plan, "title");
      copy_string (session, plan, "notes");

      if (rbd_record_is_set (session, "duration_s"))
        {
          double minutes = round (rbd_record_get_int (session, "duration_s") * factor / 60.0);

          rbd_record_set_int (plan, "duration_s", (int) CLAMP (minutes * 60, 0, 7 * 24 * 3600));
        }

      if (rbd_record_is_set (session, "distance_m"))
        {
          double metres = round (rbd_record_get_double (session, "distance_m") * factor / 10.0) * 10;

          rbd_record_set_double (plan, "distance_m", CLAMP (metres, 0, 1000000));
        }

      g_ptr_array_add (planned, plan);
    }

  return planned;
}

RbdWeekTemplate *
rbd_week_template_new_from_week (const RbdPlanWeek *week,
                                 const char        *name)
{
  RbdWeekTemplate *self;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (week != NULL, NULL);

  self = rbd_week_template_new ();
  if (name != NULL)
    rbd_record_set_string (RBD_RECORD (self), "name", name);

  for (guint d = 0; d < 7; d++)
    {
      GDate day = week->start;

      g_date_add_days (&day, d);
      for (guint i = 0; week->days[d] != NULL && i < week->days[d]->len; i++)
        {
          RbdRecord *plan = week->days[d]->pdata[i];
          RbdRecord *session = RBD_RECORD (rbd_template_session_new ());

          rbd_record_set_int (session, "weekday", g_date_get_weekday (&day));
          rbd_record_set_enum (session, "kind", rbd_record_get_enum (plan, "kind"));
          copy_string (plan, session, "title");
          copy_string (plan, session, "notes");
          if (rbd_record_is_set (plan, "duration_s"))
            rbd_record_set_int (session, "duration_s", rbd_record_get_int (plan, "duration_s"));
          if (rbd_record_is_set (plan, "distance_m"))
            rbd_record_set_double (session, "distance_m",
                                   rbd_record_get_double (plan, "distance_m"));
          g_ptr_array_add (sessions, session);
        }
    }

  g_list_store_splice (rbd_week_template_get_sessions (self), 0, 0,
                       sessions->pdata, sessions->len);

  return self;
}

static void
translate (RbdRecord  *record,
           const char *field)
{
  const char *text = rbd_record_get_string (record, field);

  /* The built-in texts are English in the JSON and extracted for
   * translators by build-aux/extract-json-strings.py. */
  if (text != NULL && *text != '\0')
    {
      const char *translated = g_dgettext (GETTEXT_PACKAGE, text);

      if (translated != text)
        rbd_record_set_string (record, field, translated);
    }
}

GListStore *
rbd_week_template_load_builtin (GError **error)
{
  g_autoptr(GListStore) templates = g_list_store_new (RBD_TYPE_WEEK_TEMPLATE);
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RbdJsonReader) reader = NULL;
  RbdLoadContext context = { .collection = "templates", .index = -1, .problems = problems };
  const char *data;
  gsize length;

  bytes = g_resource_lookup_data (rbd_core_get_resource (), BUILTIN_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  reader = rbd_json_reader_new (data, length);

  if (rbd_json_reader_begin_array (reader))
    {
      while (rbd_json_reader_next_element (reader))
        {
          g_autoptr(RbdRecord) template = NULL;
          GListModel *sessions;

          context.index++;
          template = rbd_record_read (RBD_TYPE_WEEK_TEMPLATE, reader, &context);
          if (template == NULL)
            continue;

          translate (template, "name");
          translate (template, "description");
          sessions = G_LIST_MODEL (rbd_week_template_get_sessions (RBD_WEEK_TEMPLATE (template)));
          for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
            {
              g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);

              translate (session, "title");
              translate (session, "notes");
            }

          g_list_store_append (templates, template);
        }
    }

  if (rbd_json_reader_failed (reader) || !rbd_json_reader_end (reader))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", BUILTIN_RESOURCE,
                   rbd_json_reader_get_error (reader)->message);
      return NULL;
    }

  if (problems->len > 0)
    {
      g_autofree char *message = rbd_load_problem_to_string (problems->pdata[0]);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", BUILTIN_RESOURCE,
                   message);
      return NULL;
    }

  return g_steal_pointer (&templates);
}
