/* rbd-builtin-routines.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-builtin-routines"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-builtin-routines.h"
#include "rbd-core-resources.h"
#include "rbd-json-reader.h"
#include "rbd-routine-step.h"

#define BUILTIN_PREFIX    "builtin-"
#define BUILTIN_RESOURCE  "/io/github/rebound/Rebound/core/routines/builtin-routines.json"

/* Every focus a built-in routine may have. Listed here rather than left
 * to the JSON so that xgettext sees them (the JSON extractor only takes
 * names, descriptions and instructions) and so that a typo in the data
 * fails the load instead of adding a stray category to the list. */
static const char * const focuses[] = {
  N_("Cool-down"),
  N_("Drills"),
  N_("Stretching"),
  N_("Foam rolling"),
  N_("Mobility"),
  N_("Warm-up"),
  N_("Wind-down"),
};

static gboolean
is_known_focus (const char *focus)
{
  for (guint i = 0; i < G_N_ELEMENTS (focuses); i++)
    if (g_strcmp0 (focus, focuses[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
has_text (RbdRecord  *record,
          const char *field)
{
  const char *text = rbd_record_get_string (record, field);

  return text != NULL && *text != '\0';
}

/* The messages name the place in the data and are for the developer who
 * broke it, so they are not translated. */
static gboolean
check_routine (RbdRecord   *routine,
               int          position,
               GHashTable  *seen_ids,
               GError     **error)
{
  const char *id = rbd_record_get_id (routine);
  GListModel *steps = G_LIST_MODEL (rbd_routine_get_steps (RBD_ROUTINE (routine)));
  guint n_steps = g_list_model_get_n_items (steps);
  static const char * const texts[] = { "name", "focus", "description" };

  if (!g_str_has_prefix (id, BUILTIN_PREFIX))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: routine %d: id “%s” does not start with “%s”",
                   BUILTIN_RESOURCE, position, id, BUILTIN_PREFIX);
      return FALSE;
    }

  if (!g_hash_table_add (seen_ids, g_strdup (id)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: routine %d: id “%s” is used twice", BUILTIN_RESOURCE, position, id);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!has_text (routine, texts[i]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: %s: no %s", BUILTIN_RESOURCE, id, texts[i]);
          return FALSE;
        }
    }

  if (!is_known_focus (rbd_record_get_string (routine, "focus")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: %s: focus “%s” is not one of the known ones",
                   BUILTIN_RESOURCE, id, rbd_record_get_string (routine, "focus"));
      return FALSE;
    }

  if (n_steps == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: %s: no steps", BUILTIN_RESOURCE, id);
      return FALSE;
    }

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (steps, i);
      const char *missing = NULL;

      /* The reader has checked the ranges of what is there; a built-in
       * step must also leave nothing out. */
      if (!has_text (step, "name"))
        missing = "name";
      else if (!has_text (step, "instructions"))
        missing = "instructions";
      else if (!rbd_record_is_set (step, "duration_s"))
        missing = "duration_s";
      else if (!rbd_record_is_set (step, "sides"))
        missing = "sides";

      if (missing != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: %s: steps[%u]: no %s", BUILTIN_RESOURCE, id, i, missing);
          return FALSE;
        }
    }

  return TRUE;
}

static void
translate (RbdRecord  *record,
           const char *field)
{
  const char *text = rbd_record_get_string (record, field);

  /* English in the JSON; build-aux/extract-json-strings.py puts the texts
   * in po/builtin-strings.c for translators. */
  if (text != NULL && *text != '\0')
    {
      const char *translated = g_dgettext (GETTEXT_PACKAGE, text);

      if (translated != text)
        rbd_record_set_string (record, field, translated);
    }
}

static void
translate_routine (RbdRecord *routine)
{
  GListModel *steps = G_LIST_MODEL (rbd_routine_get_steps (RBD_ROUTINE (routine)));
  guint n_steps = g_list_model_get_n_items (steps);

  translate (routine, "name");
  translate (routine, "focus");
  translate (routine, "description");

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (steps, i);

      translate (step, "name");
      translate (step, "instructions");
    }
}

GListStore *
rbd_builtin_routines_load (GError **error)
{
  g_autoptr(GListStore) routines = g_list_store_new (RBD_TYPE_ROUTINE);
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RbdJsonReader) reader = NULL;
  RbdLoadContext context = { .collection = "routines", .index = -1, .problems = problems };
  const char *data;
  gsize length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

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
          RbdRecord *routine;

          context.index++;
          routine = rbd_record_read (RBD_TYPE_ROUTINE, reader, &context);
          /* A skipped routine always comes with a problem, reported below. */
          if (routine != NULL)
            g_ptr_array_add (loaded, routine);
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

  /* Checked before translating, so that the focus is compared with the
   * English words it is written in. */
  for (guint i = 0; i < loaded->len; i++)
    {
      if (!check_routine (loaded->pdata[i], (int) i, seen_ids, error))
        return NULL;
      translate_routine (loaded->pdata[i]);
    }

  g_list_store_splice (routines, 0, 0, loaded->pdata, loaded->len);

  return g_steal_pointer (&routines);
}

RbdRoutine *
rbd_builtin_routines_find (GListModel *routines,
                           const char *id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (routines), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (routines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRoutine) routine = g_list_model_get_item (routines, i);

      if (g_strcmp0 (rbd_record_get_id (RBD_RECORD (routine)), id) == 0)
        return g_steal_pointer (&routine);
    }

  return NULL;
}

gboolean
rbd_builtin_routines_is_builtin (RbdRoutine *routine)
{
  g_return_val_if_fail (RBD_IS_ROUTINE (routine), FALSE);

  return g_str_has_prefix (rbd_record_get_id (RBD_RECORD (routine)), BUILTIN_PREFIX);
}
