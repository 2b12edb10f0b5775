/* rbd-store.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rbd-checkin.h"
#include "rbd-core-enums.h"
#include "rbd-json-reader.h"
#include "rbd-json-writer.h"
#include "rbd-planned-session.h"
#include "rbd-profile.h"
#include "rbd-routine.h"
#include "rbd-session.h"
#include "rbd-recovery-timeline.h"
#include "rbd-routine-run.h"
#include "rbd-shoe.h"
#include "rbd-store.h"
#include "rbd-sweat-test.h"
#include "rbd-week-template.h"

/* The store owns the user's document: one list per collection, loaded from
 * and saved to rebound.json in the data folder.
 *
 * The rules it keeps (DATA-FORMAT.md): every write is atomic (temporary
 * file, fsync, rename); the previous good version is kept as
 * rebound.json.bak; a document that cannot be read is copied aside and never
 * written over until the user chooses what to do; invalid values are copied
 * aside too, left unset and reported; members from newer versions are kept.
 *
 * Reading and parsing happen in a worker thread (rbd_store_load_async), and
 * so does writing. Saving is debounced: a change schedules a save after
 * save-delay milliseconds; changes that arrive during a save schedule
 * another. Serialisation uses each record's cached text, so after the first
 * save only changed records are serialised again. */

#define DOCUMENT_NAME  "rebound.json"
#define DEFAULT_DELAY  500

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
} Collection;

enum
{
  COLLECTION_PLANNED,
  COLLECTION_SESSIONS,
  COLLECTION_CHECKINS,
  COLLECTION_ROUTINES,
  COLLECTION_SHOES,
  COLLECTION_TEMPLATES,
  COLLECTION_ROUTINE_RUNS,
  COLLECTION_SWEAT_TESTS,
  COLLECTION_TIMELINES,
  N_COLLECTIONS
};

static const Collection collections[N_COLLECTIONS] = {
  [COLLECTION_PLANNED]  = { "planned",  rbd_planned_session_get_type },
  [COLLECTION_SESSIONS] = { "sessions", rbd_session_get_type },
  [COLLECTION_CHECKINS] = { "checkins", rbd_checkin_get_type },
  [COLLECTION_ROUTINES] = { "routines", rbd_routine_get_type },
  [COLLECTION_SHOES]    = { "shoes",    rbd_shoe_get_type },
  [COLLECTION_TEMPLATES] = { "templates", rbd_week_template_get_type },
  [COLLECTION_ROUTINE_RUNS] = { "routine_runs", rbd_routine_run_get_type },
  [COLLECTION_SWEAT_TESTS] = { "sweat_tests", rbd_sweat_test_get_type },
  [COLLECTION_TIMELINES] = { "timelines", rbd_recovery_timeline_get_type },
};

/* What a load found, built in the worker thread and applied on the main
 * thread. */
typedef struct
{
  RbdStoreState  state;
  char          *error_message;
  char          *broken_copy_path;
  GPtrArray     *problems;
  GPtrArray     *items[N_COLLECTIONS];
  RbdProfile    *profile;
  JsonObject    *unknown;
  gboolean       file_is_good; /* the file read was clean */
} LoadResult;

struct _RbdStore
{
  GObject        parent_instance;

  char          *data_dir;
  char          *path;
  char          *backup_path;
  gboolean       writable;          /* FALSE: only looks, never writes */

  RbdStoreState  state;
  char          *load_error;
  char          *save_error;
  char          *broken_copy_path;
  GPtrArray     *problems;

  GListStore    *lists[N_COLLECTIONS];
  RbdProfile    *profile;
  JsonObject    *unknown;
  RbdOwnerLink  *link;

  /* rebound.json on disk is a good version: the next save keeps it as
   * rebound.json.bak. */
  gboolean       file_is_good;

  /* The text of the last save, reused for the next one: a fresh 3 MB
   * buffer costs more in page faults than serialising does. */
  GString       *spare_buffer;

  guint          save_delay;
  guint          save_source;

  /* Serialising every item ahead of the first save, a little at a time
   * while the main loop is idle. */
  guint          warm_source;
  guint          warm_collection;
  guint          warm_index;
  guint64        generation;        /* bumped by every change */
  guint64        saved_generation;  /* what the file on disk holds */
  gboolean       saving;
  gboolean       applying;          /* replacing the lists after a load */
};

G_DEFINE_FINAL_TYPE (RbdStore, rbd_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (rbd-store-error-quark, rbd_store_error)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_WRITABLE,
  PROP_STATE,
  PROP_DIRTY,
  PROP_LOAD_ERROR,
  PROP_SAVE_ERROR,
  PROP_SAVE_DELAY,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  RECORD_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void schedule_save (RbdStore *self);

static void
load_result_free (LoadResult *result)
{
  g_free (result->error_message);
  g_free (result->broken_copy_path);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    g_clear_pointer (&result->items[i], g_ptr_array_unref);
  g_clear_object (&result->profile);
  g_clear_pointer (&result->unknown, json_object_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static LoadResult *
load_result_new (void)
{
  LoadResult *result = g_new0 (LoadResult, 1);

  result->state = RBD_STORE_STATE_READY;
  result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    result->items[i] = g_ptr_array_new_with_free_func (g_object_unref);
  result->profile = rbd_profile_new ();

  return result;
}

/* An earlier copy with exactly these bytes, so that opening the same
 * broken file again does not pile up copies. */
static char *
find_same_copy (const char *path,
                const char *contents,
                gsize       length)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  if (dir == NULL)
    return NULL;

  prefix = g_strconcat (strrchr (path, G_DIR_SEPARATOR) != NULL ? strrchr (path, G_DIR_SEPARATOR) + 1
                                                                 : path,
                        ".broken-", NULL);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *candidate = NULL;
      g_autofree char *other = NULL;
      gsize other_length;

      if (!g_str_has_prefix (name, prefix))
        continue;

      candidate = g_build_filename (dir_name, name, NULL);
      if (g_file_get_contents (candidate, &other, &other_length, NULL) &&
          other_length == length && memcmp (other, contents, length) == 0)
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* Copies the document aside as rebound.json.broken-<timestamp>, never
 * replacing an earlier copy. */
static char *
write_broken_copy (const char  *path,
                   const char  *contents,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *copy = find_same_copy (path, contents, length);

  if (copy != NULL)
    return g_steal_pointer (&copy);

  copy = g_strdup_printf ("%s.broken-%s", path, stamp);

  for (guint n = 2; g_file_test (copy, G_FILE_TEST_EXISTS); n++)
    {
      g_free (copy);
      copy = g_strdup_printf ("%s.broken-%s-%u", path, stamp, n);
    }

  if (!g_file_set_contents_full (copy, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;

  return g_steal_pointer (&copy);
}

static gboolean
read_collection (LoadResult     *result,
                 guint           which,
                 RbdJsonReader  *reader,
                 RbdLoadContext *context)
{
  const Collection *collection = &collections[which];
  GPtrArray *items = result->items[which];

  context->collection = collection->name;
  context->index = -1;

  if (rbd_json_reader_peek (reader) != RBD_JSON_ARRAY)
    {
      g_autoptr(JsonNode) node = rbd_json_reader_read_node (reader);

      if (node == NULL)
        return FALSE;
      rbd_load_context_add (context, NULL, NULL, FALSE, _("Expected a list"));
      return TRUE;
    }

  g_ptr_array_set_size (items, 0);
  rbd_json_reader_begin_array (reader);
  while (rbd_json_reader_next_element (reader))
    {
      RbdRecord *record;

      context->index++;
      record = rbd_record_read (collection->get_type (), reader, context);
      if (record != NULL)
        g_ptr_array_add (items, record);
      else if (rbd_json_reader_failed (reader))
        return FALSE;
    }

  return !rbd_json_reader_failed (reader);
}

static gboolean
read_profile (LoadResult     *result,
              RbdJsonReader  *reader,
              RbdLoadContext *context)
{
  RbdRecord *profile;

  context->collection = "profile";
  context->index = -1;

  profile = rbd_record_read (RBD_TYPE_PROFILE, reader, context);
  if (profile != NULL)
    {
      g_clear_object (&result->profile);
      result->profile = RBD_PROFILE (profile);
    }

  return !rbd_json_reader_failed (reader);
}

static void
set_broken (LoadResult *result,
            char       *message)
{
  result->state = RBD_STORE_STATE_BROKEN;
  g_free (result->error_message);
  result->error_message = message;
}

/* Reads the members of the document. FALSE on a syntax error. */
static gboolean
read_document (LoadResult     *result,
               RbdJsonReader  *reader,
               RbdLoadContext *context,
               char          **format,
               gint64         *version)
{
  const char *name;

  if (rbd_json_reader_peek (reader) != RBD_JSON_OBJECT)
    return rbd_json_reader_skip (reader) && rbd_json_reader_end (reader);

  rbd_json_reader_begin_object (reader);
  while (rbd_json_reader_next_member (reader, &name))
    {
      gboolean known = FALSE;

      if (g_str_equal (name, "format") || g_str_equal (name, "version"))
        {
          gboolean is_format = g_str_equal (name, "format");
          g_autoptr(JsonNode) node = rbd_json_reader_read_node (reader);

          if (node == NULL)
            return FALSE;
          if (is_format && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_STRING)
            {
              g_free (*format);
              *format = g_strdup (json_node_get_string (node));
            }
          else if (!is_format && JSON_NODE_HOLDS_VALUE (node) &&
                   json_node_get_value_type (node) == G_TYPE_INT64)
            {
              *version = json_node_get_int (node);
            }
          else if (!is_format)
            {
              *version = 0;
            }
          continue;
        }

      if (g_str_equal (name, "profile"))
        {
          if (!read_profile (result, reader, context))
            return FALSE;
          continue;
        }

      for (guint i = 0; i < N_COLLECTIONS && !known; i++)
        {
          if (g_str_equal (name, collections[i].name))
            {
              if (!read_collection (result, i, reader, context))
                return FALSE;
              known = TRUE;
            }
        }

      if (!known)
        {
          g_autofree char *key = g_strdup (name);
          JsonNode *node = rbd_json_reader_read_node (reader);

          if (node == NULL)
            return FALSE;
          if (result->unknown == NULL)
            result->unknown = json_object_new ();
          json_object_set_member (result->unknown, key, node);
        }
    }

  return rbd_json_reader_end (reader);
}

/* Reads and checks the document at @path. Runs in a worker thread: it
 * touches nothing but its arguments. The only thing it may write is the
 * broken-file copy, and only when the document has a problem and
 * @copy_when_broken is set. */
static LoadResult *
load_document (const char *path,
               gboolean    copy_when_broken)
{
  g_autoptr(LoadResult) result = load_result_new ();
  g_autoptr(RbdJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *format = NULL;
  RbdLoadContext context = { .index = -1, .problems = result->problems };
  gint64 version = -1;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      /* A first start: an empty document. (Not a folder: nothing there to
       * lose either; the first save will say what is wrong.) */
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
          g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
        return g_steal_pointer (&result);

      set_broken (result, g_strdup_printf (_("Could not read %s: %s"), path, error->message));
      return g_steal_pointer (&result);
    }

  reader = rbd_json_reader_new (contents, length);

  if (length == 0)
    {
      set_broken (result, g_strdup_printf (_("%s is empty"), basename));
    }
  else if (!read_document (result, reader, &context, &format, &version))
    {
      set_broken (result, g_strdup_printf (_("%s is not valid JSON: %s"), basename,
                                           rbd_json_reader_get_error (reader)->message));
    }
  else if (g_strcmp0 (format, "rebound") != 0)
    {
      set_broken (result, g_strdup_printf (_("%s is not a Rebound document: it has no "
                                             "“format”: “rebound” member"), basename));
    }
  else if (version < 1)
    {
      set_broken (result, g_strdup_printf (_("%s has no valid “version” member (a whole "
                                             "number from 1)"), basename));
    }

  if (result->state == RBD_STORE_STATE_BROKEN && !copy_when_broken)
    return g_steal_pointer (&result);

  if (result->state == RBD_STORE_STATE_BROKEN)
    {
      g_autoptr(GError) copy_error = NULL;

      /* Nothing of a broken document is shown: half a list would look
       * like lost data. */
      for (guint i = 0; i < N_COLLECTIONS; i++)
        g_ptr_array_set_size (result->items[i], 0);
      g_ptr_array_set_size (result->problems, 0);
      g_clear_pointer (&result->unknown, json_object_unref);
      g_set_object (&result->profile, NULL);
      result->profile = rbd_profile_new ();

      result->broken_copy_path = write_broken_copy (path, contents, length, &copy_error);
      if (result->broken_copy_path == NULL)
        {
          g_autofree char *message = result->error_message;

          result->error_message = g_strdup_printf (_("%s (a copy could not be made: %s)"),
                                                   message, copy_error->message);
        }
      return g_steal_pointer (&result);
    }

  if (version > RBD_STORE_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      /* Shown as it is; nothing is written, not even a copy. */
      result->state = RBD_STORE_STATE_READ_ONLY;
      result->error_message =
        g_strdup_printf (_("%s was written by a newer version of Rebound (format version %s). "
                           "It is shown read-only and will not be changed."),
                         basename, number);
      g_ptr_array_set_size (result->problems, 0);
      return g_steal_pointer (&result);
    }

  if (result->problems->len > 0 && copy_when_broken)
    {
      g_autoptr(GError) copy_error = NULL;

      /* The original goes aside before anything can change it. */
      result->broken_copy_path = write_broken_copy (path, contents, length, &copy_error);
      if (result->broken_copy_path == NULL)
        {
          /* Without a copy, saving would lose the invalid values: treat
           * the document as broken so that nothing is written. */
          set_broken (result, g_strdup_printf (_("%s has invalid values, and a copy could not "
                                                 "be made: %s"), basename, copy_error->message));
        }
      return g_steal_pointer (&result);
    }

  result->file_is_good = TRUE;

  return g_steal_pointer (&result);
}

static void
on_record_changed (gpointer   owner,
                   RbdRecord *record)
{
  RbdStore *self = owner;

  if (self->applying)
    return;

  if (record != NULL)
    g_signal_emit (self, signals [RECORD_CHANGED], 0, record);

  self->generation++;
  if (self->generation == self->saved_generation + 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);

  schedule_save (self);
}

static void
on_list_items_changed_cb (RbdStore   *self,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListModel *list)
{
  /* A load links its items itself, without a lookup per item. */
  if (self->applying)
    return;

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RbdRecord) record = g_list_model_get_item (list, i);

      rbd_record_set_owner_link (record, self->link);
    }

  on_record_changed (self, NULL);
}

/* How many items one idle step serialises: about a millisecond. */
#define WARM_BATCH 500

static gboolean
on_warm_idle (gpointer user_data)
{
  RbdStore *self = user_data;
  guint done = 0;

  /* Disposed meanwhile: nothing left to warm. */
  if (self->lists[0] == NULL)
    {
      self->warm_source = 0;
      return G_SOURCE_REMOVE;
    }

  while (self->warm_collection < N_COLLECTIONS && done < WARM_BATCH)
    {
      GListModel *list = G_LIST_MODEL (self->lists[self->warm_collection]);
      guint n = g_list_model_get_n_items (list);

      for (; self->warm_index < n && done < WARM_BATCH; self->warm_index++, done++)
        {
          g_autoptr(RbdRecord) record = g_list_model_get_item (list, self->warm_index);

          rbd_record_get_json_text (record);
        }

      if (self->warm_index >= n)
        {
          self->warm_collection++;
          self->warm_index = 0;
        }
    }

  if (self->warm_collection < N_COLLECTIONS)
    return G_SOURCE_CONTINUE;

  self->warm_source = 0;

  return G_SOURCE_REMOVE;
}

static void
start_warming (RbdStore *self)
{
  self->warm_collection = 0;
  self->warm_index = 0;

  if (self->warm_source == 0)
    self->warm_source = g_idle_add_full (G_PRIORITY_LOW, on_warm_idle,
                                         g_object_ref (self), g_object_unref);
}

static void
set_string (char       **field,
            const char  *value,
            RbdStore    *self,
            GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_state (RbdStore      *self,
           RbdStoreState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

static void
apply_result (RbdStore   *self,
              LoadResult *result)
{
  gboolean was_dirty = rbd_store_get_dirty (self);

  self->applying = TRUE;

  for (guint i = 0; i < N_COLLECTIONS; i++)
    {
      GPtrArray *items = result->items[i];
      guint old = g_list_model_get_n_items (G_LIST_MODEL (self->lists[i]));

      for (guint k = 0; k < items->len; k++)
        rbd_record_set_owner_link (items->pdata[k], self->link);

      g_list_store_splice (self->lists[i], 0, old, items->pdata, items->len);
    }

  rbd_record_set_owner_link (RBD_RECORD (self->profile), NULL);
  g_set_object (&self->profile, result->profile);
  rbd_record_set_owner_link (RBD_RECORD (self->profile), self->link);

  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = g_steal_pointer (&result->unknown);

  self->file_is_good = result->file_is_good;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_ref (result->problems);

  g_free (self->broken_copy_path);
  self->broken_copy_path = g_steal_pointer (&result->broken_copy_path);

  self->applying = FALSE;

  start_warming (self);

  self->saved_generation = self->generation;
  g_clear_handle_id (&self->save_source, g_source_remove);

  g_object_freeze_notify (G_OBJECT (self));
  set_string (&self->load_error, result->error_message, self, properties [PROP_LOAD_ERROR]);
  set_string (&self->save_error, NULL, self, properties [PROP_SAVE_ERROR]);
  set_state (self, result->state);
  if (was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
  /* The profile object was replaced: let bindings follow. */
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROFILE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The whole document as JSON text: one line per item, so that the file
 * reads and diffs well. */
static void
serialize_into (RbdStore *self,
                GString  *out)
{
  g_string_truncate (out, 0);

  g_string_append_printf (out, "{\n  \"format\": \"rebound\",\n  \"version\": %d,\n",
                          RBD_STORE_FORMAT_VERSION);
  g_string_append (out, "  \"profile\": ");
  g_string_append (out, rbd_record_get_json_text (RBD_RECORD (self->profile)));

  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *list = G_LIST_MODEL (self->lists[c]);
      guint n = g_list_model_get_n_items (list);

      g_string_append (out, ",\n  ");
      rbd_json_write_string (out, collections[c].name);
      g_string_append (out, n > 0 ? ": [\n" : ": [");

      for (guint i = 0; i < n; i++)
        {
          RbdRecord *record = g_list_model_get_item (list, i);

          g_string_append (out, "    ");
          g_string_append (out, rbd_record_get_json_text (record));
          g_string_append (out, i + 1 < n ? ",\n" : "\n  ");
          g_object_unref (record);
        }
      g_string_append_c (out, ']');
    }

  if (self->unknown != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, self->unknown);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          g_string_append (out, ",\n  ");
          rbd_json_write_string (out, name);
          g_string_append (out, ": ");
          rbd_json_write_node (out, member);
        }
    }

  g_string_append (out, "\n}\n");
}

char *
rbd_store_serialize (RbdStore *self,
                     gsize    *length)
{
  GString *out;

  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  out = g_string_sized_new (64 * 1024);
  serialize_into (self, out);

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

typedef struct
{
  char    *data_dir;
  char    *path;
  char    *backup_path;
  gboolean rotate;     /* keep the file on disk as .bak first */
  GString *contents;
  guint64  generation;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->data_dir);
  g_free (job->path);
  g_free (job->backup_path);
  if (job->contents != NULL)
    g_string_free (job->contents, TRUE);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

/* Replaces @path with @contents atomically: a temporary file beside it,
 * synced, then renamed over it. The temporary file is named
 * "<path>.new.XXXXXX", which nothing else makes, so that one left by a
 * save killed on the way can be told from the user's files and removed by
 * the next load (remove_save_leftovers). g_file_set_contents_full() would
 * name it after @path itself. */
static gboolean
replace_file (const char  *path,
              const char  *contents,
              gsize        length,
              GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".new.XXXXXX", NULL);
  gboolean renaming = FALSE;
  gsize done = 0;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create %s: %s"), tmp, g_strerror (saved_errno));
      return FALSE;
    }

  while (done < length)
    {
      gssize n = write (fd, contents + done, MIN (length - done, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          goto fail;
        }
      done += n;
    }

  /* On the disk before it takes the document's name: a power cut then
   * leaves the old version or the new one, whole. */
  if (fsync (fd) != 0)
    goto fail;

  saved_errno = close (fd) == 0 ? 0 : errno;
  fd = -1;
  if (saved_errno != 0)
    {
      errno = saved_errno;
      goto fail;
    }

  renaming = TRUE;
  if (g_rename (tmp, path) != 0)
    goto fail;

  return TRUE;

fail:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               renaming ? _("Could not rename %s to %s: %s") : _("Could not write %s for %s: %s"),
               tmp, path, g_strerror (saved_errno));
  return FALSE;
}

/* "<@base>.new" (the backup's link, see keep_as_backup) or a temporary
 * file of replace_file(): "<@base>.new.XXXXXX", six letters or digits. */
static gboolean
is_staged_name (const char *name,
                const char *base)
{
  gsize length = strlen (base);
  const char *rest = name + length;

  if (strncmp (name, base, length) != 0 || !g_str_has_prefix (rest, ".new"))
    return FALSE;

  rest += strlen (".new");
  if (*rest == '\0')
    return TRUE;
  if (*rest != '.' || strlen (rest + 1) != 6)
    return FALSE;
  for (rest++; *rest != '\0'; rest++)
    {
      if (!g_ascii_isalnum (*rest))
        return FALSE;
    }

  return TRUE;
}

/* Removes the files that saves killed on the way left beside the
 * document at @path: the temporary files of replace_file() and the
 * backup's link, rebound.json.bak.new. None of them is ever the document or its backup, and
 * each would stay, as large as the document, for good. (A second Rebound
 * process saving at this very moment sees its save fail and tries again
 * with the next change.) */
static void
remove_save_leftovers (const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *backup_base = g_strconcat (base, ".bak", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *leftover = NULL;

      if (!is_staged_name (name, base) && !is_staged_name (name, backup_base))
        continue;

      leftover = g_build_filename (dir_name, name, NULL);
      /* Left there, it only takes space. */
      if (g_unlink (leftover) != 0)
        g_debug ("Could not remove %s: %s", leftover, g_strerror (errno));
    }
}

/* Makes rebound.json.bak the file that is now rebound.json: a second
 * name for the same file, swapped in atomically, so nothing is copied and
 * the old file is never open for writing. Where the file system has no
 * hard links, a copy. */
static gboolean
keep_as_backup (SaveJob  *job,
                GError  **error)
{
  g_autofree char *tmp = g_strconcat (job->backup_path, ".new", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  /* Gone meanwhile (deleted by hand): nothing to keep. */
  if (!g_file_test (job->path, G_FILE_TEST_EXISTS))
    return TRUE;

  g_unlink (tmp);
  if (link (job->path, tmp) == 0)
    {
      gboolean renamed = g_rename (tmp, job->backup_path) == 0;

      /* When the backup already is this file (a save was stopped right
       * after keeping it), rename() leaves both names in place. */
      g_unlink (tmp);
      if (renamed)
        return TRUE;
    }

  if (!g_file_get_contents (job->path, &contents, &length, error))
    return FALSE;

  return replace_file (job->backup_path, contents, length, error);
}

/* Runs in a worker thread: keeps the backup, then writes the document
 * atomically. A kill between the two leaves the old document and a
 * backup equal to it; a kill during either leaves the file as it was. */
static gboolean
write_job (SaveJob  *job,
           GError  **error)
{

  if (g_mkdir_with_parents (job->data_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), job->data_dir,
                   g_strerror (saved_errno));
      return FALSE;
    }

  if (job->rotate && !keep_as_backup (job, error))
    return FALSE;

  return replace_file (job->path, job->contents->str, job->contents->len, error);
}

static SaveJob *
save_job_new (RbdStore *self)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->contents = g_steal_pointer (&self->spare_buffer);
  if (job->contents == NULL)
    job->contents = g_string_sized_new (64 * 1024);
  serialize_into (self, job->contents);

  job->data_dir = g_strdup (self->data_dir);
  job->path = g_strdup (self->path);
  job->backup_path = g_strdup (self->backup_path);
  job->rotate = self->file_is_good;
  job->generation = self->generation;

  return job;
}

static gboolean
check_can_save (RbdStore  *self,
                GError   **error)
{
  if (!self->writable)
    {
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY,
                   _("The document was opened for checking only"));
      return FALSE;
    }

  switch (self->state)
    {
    case RBD_STORE_STATE_READY:
      return TRUE;
    case RBD_STORE_STATE_BROKEN:
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY,
                   _("The document could not be read, so nothing is saved until you "
                     "restore the backup or start empty"));
      return FALSE;
    case RBD_STORE_STATE_READ_ONLY:
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY,
                   _("The document was written by a newer version of Rebound and is "
                     "not changed by this one"));
      return FALSE;
    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
    default:
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY,
                   _("The document has not been loaded yet"));
      return FALSE;
    }
}

static void
save_finished (RbdStore     *self,
               SaveJob      *job,
               const GError *error)
{
  gboolean was_dirty = rbd_store_get_dirty (self);

  if (self->spare_buffer == NULL)
    self->spare_buffer = g_steal_pointer (&job->contents);

  if (error != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not save %s: %s. Your changes are kept while Rebound "
                           "is open."), self->path, error->message);

      set_string (&self->save_error, message, self, properties [PROP_SAVE_ERROR]);
      return;
    }

  self->file_is_good = TRUE;
  self->saved_generation = MAX (self->saved_generation, job->generation);
  set_string (&self->save_error, NULL, self, properties [PROP_SAVE_ERROR]);

  if (was_dirty != rbd_store_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_job (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
release_application (void)
{
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_application_release (app);
}

static void
hold_application (void)
{
  GApplication *app = g_application_get_default ();

  /* A save in flight keeps the application alive until it lands. */
  if (app != NULL)
    g_application_hold (app);
}

static void
save_task_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RbdStore *self = RBD_STORE (object);
  GTask *task = G_TASK (result);
  SaveJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  g_task_propagate_boolean (task, &error);
  save_finished (self, job, error);
  release_application ();

  /* Changes made while this save was being written. */
  if (error == NULL && rbd_store_get_dirty (self))
    schedule_save (self);
}

void
rbd_store_save_async (RbdStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) inner = NULL;
  GError *error = NULL;

  g_return_if_fail (RBD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rbd_store_save_async);

  if (!check_can_save (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (self->saving)
    {
      /* One write at a time; the running one reschedules when done. */
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->saving = TRUE;
  hold_application ();

  inner = g_task_new (self, NULL, save_task_done, NULL);
  g_task_set_source_tag (inner, save_task_done);
  g_task_set_task_data (inner, save_job_new (self), (GDestroyNotify) save_job_free);
  g_task_run_in_thread (inner, save_thread);

  g_task_return_boolean (task, TRUE);
}

gboolean
rbd_store_save_finish (RbdStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
on_save_timeout (gpointer user_data)
{
  RbdStore *self = user_data;

  self->save_source = 0;
  rbd_store_save_async (self, NULL, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (RbdStore *self)
{
  if (self->state != RBD_STORE_STATE_READY || self->saving || self->save_source != 0)
    return;

  self->save_source = g_timeout_add (self->save_delay, on_save_timeout, self);
}

/**
 * rbd_store_save:
 *
 * Writes the document now, in the calling thread.
 */
gboolean
rbd_store_save (RbdStore  *self,
                GError   **error)
{
  g_autoptr(SaveJob) job = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  if (!check_can_save (self, error))
    return FALSE;

  g_clear_handle_id (&self->save_source, g_source_remove);

  job = save_job_new (self);
  write_job (job, &local_error);
  save_finished (self, job, local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * rbd_store_flush:
 *
 * Waits for a save in flight and writes what is still unsaved. Call before
 * quitting.
 */
gboolean
rbd_store_flush (RbdStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  while (self->saving)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!rbd_store_get_dirty (self) || self->state != RBD_STORE_STATE_READY)
    return TRUE;

  return rbd_store_save (self, error);
}

static void
rbd_store_dispose (GObject *object)
{
  RbdStore *self = (RbdStore *)object;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->warm_source, g_source_remove);
  if (self->link != NULL)
    rbd_owner_link_detach (self->link);

  for (guint i = 0; i < N_COLLECTIONS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (rbd_store_parent_class)->dispose (object);
}

static void
rbd_store_finalize (GObject *object)
{
  RbdStore *self = (RbdStore *)object;

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_pointer (&self->save_error, g_free);
  g_clear_pointer (&self->broken_copy_path, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  if (self->spare_buffer != NULL)
    g_string_free (self->spare_buffer, TRUE);
  g_clear_pointer (&self->link, rbd_owner_link_unref);

  G_OBJECT_CLASS (rbd_store_parent_class)->finalize (object);
}

static void
rbd_store_constructed (GObject *object)
{
  RbdStore *self = (RbdStore *)object;

  G_OBJECT_CLASS (rbd_store_parent_class)->constructed (object);

  if (self->data_dir == NULL)
    self->data_dir = rbd_store_dup_default_data_dir ();

  self->path = g_build_filename (self->data_dir, DOCUMENT_NAME, NULL);
  self->backup_path = g_strconcat (self->path, ".bak", NULL);
}

static void
rbd_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RbdStore *self = RBD_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_WRITABLE:
      g_value_set_boolean (value, self->writable);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, rbd_store_get_dirty (self));
      break;
    case PROP_LOAD_ERROR:
      g_value_set_string (value, self->load_error);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;
    case PROP_SAVE_DELAY:
      g_value_set_uint (value, self->save_delay);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RbdStore *self = RBD_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    case PROP_WRITABLE:
      self->writable = g_value_get_boolean (value);
      break;
    case PROP_SAVE_DELAY:
      rbd_store_set_save_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_store_class_init (RbdStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rbd_store_constructed;
  object_class->dispose = rbd_store_dispose;
  object_class->finalize = rbd_store_finalize;
  object_class->get_property = rbd_store_get_property;
  object_class->set_property = rbd_store_set_property;

  properties [PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* FALSE for a store that only checks a document (rebound --check-data):
   * it makes no broken-file copies and refuses to save. */
  properties [PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       RBD_TYPE_STORE_STATE, RBD_STORE_STATE_EMPTY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LOAD_ERROR] =
    g_param_spec_string ("load-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SAVE_DELAY] =
    g_param_spec_uint ("save-delay", NULL, NULL, 0, 60000, DEFAULT_DELAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Replaced by each load: views follow notify::profile. */
  properties [PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, RBD_TYPE_PROFILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [RECORD_CHANGED] =
    g_signal_new ("record-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RBD_TYPE_RECORD);
}

static void
rbd_store_init (RbdStore *self)
{
  self->save_delay = DEFAULT_DELAY;
  self->state = RBD_STORE_STATE_EMPTY;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  self->link = rbd_owner_link_new (self, on_record_changed);
  self->profile = rbd_profile_new ();
  rbd_record_set_owner_link (RBD_RECORD (self->profile), self->link);

  for (guint i = 0; i < N_COLLECTIONS; i++)
    {
      self->lists[i] = g_list_store_new (collections[i].get_type ());
      g_signal_connect_object (self->lists[i], "items-changed",
                               G_CALLBACK (on_list_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

RbdStore *
rbd_store_new (const char *data_dir)
{
  return g_object_new (RBD_TYPE_STORE, "data-dir", data_dir, NULL);
}

/**
 * rbd_store_new_for_checking:
 *
 * A store that loads and validates the document in @data_dir and writes
 * nothing at all: no broken-file copy, no save.
 */
RbdStore *
rbd_store_new_for_checking (const char *data_dir)
{
  return g_object_new (RBD_TYPE_STORE, "data-dir", data_dir, "writable", FALSE, NULL);
}

char *
rbd_store_dup_default_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "rebound", NULL);
}

const char *
rbd_store_get_data_dir (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->data_dir;
}

const char *
rbd_store_get_path (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->path;
}

const char *
rbd_store_get_backup_path (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->backup_path;
}

RbdStoreState
rbd_store_get_state (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), RBD_STORE_STATE_EMPTY);

  return self->state;
}

/**
 * rbd_store_get_load_error:
 *
 * Why the document is broken or read-only, in words, with the place (line
 * and column) when there is one; %NULL when it loaded.
 */
const char *
rbd_store_get_load_error (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->load_error;
}

const char *
rbd_store_get_save_error (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->save_error;
}

const char *
rbd_store_get_broken_copy_path (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->broken_copy_path;
}

/**
 * rbd_store_get_problems:
 *
 * Returns: (transfer none) (element-type RbdLoadProblem): the invalid
 *   values found by the last load
 */
GPtrArray *
rbd_store_get_problems (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->problems;
}

gboolean
rbd_store_get_dirty (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  return self->generation != self->saved_generation;
}

gboolean
rbd_store_has_backup (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  return g_file_test (self->backup_path, G_FILE_TEST_IS_REGULAR);
}

guint
rbd_store_get_save_delay (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), 0);

  return self->save_delay;
}

void
rbd_store_set_save_delay (RbdStore *self,
                          guint     msec)
{
  g_return_if_fail (RBD_IS_STORE (self));

  if (self->save_delay == msec)
    return;

  self->save_delay = msec;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SAVE_DELAY]);
}

GListStore *
rbd_store_get_planned (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_PLANNED];
}

GListStore *
rbd_store_get_sessions (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_SESSIONS];
}

GListStore *
rbd_store_get_checkins (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_CHECKINS];
}

GListStore *
rbd_store_get_routines (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_ROUTINES];
}

GListStore *
rbd_store_get_shoes (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_SHOES];
}

GListStore *
rbd_store_get_templates (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_TEMPLATES];
}

GListStore *
rbd_store_get_routine_runs (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_ROUTINE_RUNS];
}

GListStore *
rbd_store_get_sweat_tests (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_SWEAT_TESTS];
}

GListStore *
rbd_store_get_timelines (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->lists[COLLECTION_TIMELINES];
}

/**
 * rbd_store_get_profile:
 *
 * Returns: (transfer none): the profile; replaced by each load, so follow
 *   notify::profile
 */
RbdProfile *
rbd_store_get_profile (RbdStore *self)
{
  g_return_val_if_fail (RBD_IS_STORE (self), NULL);

  return self->profile;
}

/**
 * rbd_store_has_training_data:
 *
 * Whether the document holds anything of the runner's training: a planned
 * or logged session or a check-in. A first start has none, and the app
 * greets it; settings, shoes, routines and templates alone don't count,
 * since they describe the runner's tools rather than any training.
 *
 * Returns: %TRUE when there is at least one planned session, logged
 *   session or check-in
 */
gboolean
rbd_store_has_training_data (RbdStore *self)
{
  static const guint training[] = {
    COLLECTION_PLANNED, COLLECTION_SESSIONS, COLLECTION_CHECKINS,
  };

  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (training); i++)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->lists[training[i]])) > 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
finish_load (RbdStore    *self,
             LoadResult  *result,
             GError     **error)
{
  apply_result (self, result);

  switch (result->state)
    {
    case RBD_STORE_STATE_BROKEN:
      g_set_error_literal (error, RBD_STORE_ERROR, RBD_STORE_ERROR_PARSE, self->load_error);
      return FALSE;
    case RBD_STORE_STATE_READ_ONLY:
      g_set_error_literal (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NEWER, self->load_error);
      return FALSE;
    case RBD_STORE_STATE_READY:
    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
    default:
      if (self->problems->len > 0)
        {
          g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%u value could not be used and was left empty",
                                    "%u values could not be used and were left empty",
                                    self->problems->len),
                       self->problems->len);
          return FALSE;
        }
      return TRUE;
    }
}

/**
 * rbd_store_load:
 *
 * Loads the document in the calling thread. Returns %FALSE with an
 * %RBD_STORE_ERROR when it is broken, read-only, or had invalid values; the
 * store's state says which, and what could be read is loaded.
 */
gboolean
rbd_store_load (RbdStore  *self,
                GError   **error)
{
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  set_state (self, RBD_STORE_STATE_LOADING);
  result = load_document (self->path, self->writable);
  if (self->writable && result->state == RBD_STORE_STATE_READY)
    remove_save_leftovers (self->path);

  return finish_load (self, result, error);
}

typedef struct
{
  char     *path;
  gboolean  copy_when_broken;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->path);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  LoadResult *result = load_document (job->path, job->copy_when_broken);

  /* Only a store that may write (and so copies broken files) tidies up,
   * and only beside a document it is going to save. */
  if (job->copy_when_broken && result->state == RBD_STORE_STATE_READY)
    remove_save_leftovers (job->path);

  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/* Back on the main thread: the lists are filled here, whether or not the
 * caller asked to hear about it. */
static void
on_load_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  RbdStore *self = RBD_STORE (object);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(LoadResult) load = NULL;
  GError *error = NULL;

  load = g_task_propagate_pointer (G_TASK (result), &error);
  if (load == NULL)
    {
      set_state (self, RBD_STORE_STATE_EMPTY);
      g_task_return_error (outer, error);
      return;
    }

  if (finish_load (self, load, &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

void
rbd_store_load_async (RbdStore            *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) inner = NULL;
  GTask *outer;
  LoadJob *job;

  g_return_if_fail (RBD_IS_STORE (self));

  set_state (self, RBD_STORE_STATE_LOADING);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, rbd_store_load_async);

  job = g_new0 (LoadJob, 1);
  job->path = g_strdup (self->path);
  job->copy_when_broken = self->writable;

  inner = g_task_new (self, cancellable, on_load_done, outer);
  g_task_set_source_tag (inner, on_load_done);
  g_task_set_task_data (inner, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (inner, load_thread);
}

gboolean
rbd_store_load_finish (RbdStore      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * rbd_store_restore_backup:
 *
 * Replaces the loaded document with rebound.json.bak, when that is a good
 * document, and saves it as rebound.json. The broken file was already
 * copied aside when it was loaded.
 */
gboolean
rbd_store_restore_backup (RbdStore  *self,
                          GError   **error)
{
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (RBD_IS_STORE (self), FALSE);

  if (!rbd_store_has_backup (self))
    {
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NO_BACKUP,
                   _("There is no backup (%s)"), self->backup_path);
      return FALSE;
    }

  /* Only looked at: a bad backup is left exactly as it is. */
  result = load_document (self->backup_path, FALSE);
  if (result->state != RBD_STORE_STATE_READY || result->problems->len > 0)
    {
      g_set_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_INVALID,
                   _("The backup cannot be used either: %s"),
                   result->error_message != NULL ? result->error_message
                                                 : _("it has invalid values"));
      return FALSE;
    }

  /* The backup stays as it is: rebound.json (broken) is not kept as the
   * previous good version. */
  apply_result (self, result);
  self->file_is_good = FALSE;

  return rbd_store_save (self, error);
}

/**
 * rbd_store_start_empty:
 *
 * Gives up on a broken document (its copy is kept) and starts a new, empty
 * one, saved right away.
 */
void
rbd_store_start_empty (RbdStore *self)
{
  g_autoptr(LoadResult) result = NULL;
  g_autofree char *broken_copy = NULL;

  g_return_if_fail (RBD_IS_STORE (self));

  broken_copy = g_strdup (self->broken_copy_path);
  result = load_result_new ();
  result->broken_copy_path = g_steal_pointer (&broken_copy);
  apply_result (self, result);

  on_record_changed (self, NULL);
}
