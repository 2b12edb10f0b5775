/* test-store.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "rbd-checkin.h"
#include "rbd-planned-session.h"
#include "rbd-profile.h"
#include "rbd-routine.h"
#include "rbd-session.h"
#include "rbd-shoe.h"
#include "rbd-store.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          rm_rf (child);
        }
    }

  g_chmod (path, 0700);
  g_remove (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("rebound-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "rebound.json", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
fixture_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return read_file (path);
}

/* Files in the folder whose name starts with @prefix. */
static guint
count_files (const char *dir,
             const char *prefix,
             char      **first)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (g_str_has_prefix (name, prefix))
        {
          if (first != NULL && *first == NULL)
            *first = g_build_filename (dir, name, NULL);
          n++;
        }
    }

  return n;
}

static void
wait_until_saved (RbdStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (rbd_store_get_dirty (store) || g_main_context_pending (NULL))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (rbd_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 0);
  g_assert_cmpuint (rbd_store_get_problems (store)->len, ==, 0);
  g_assert_null (rbd_store_get_load_error (store));
  g_assert_false (rbd_store_get_dirty (store));

  /* Nothing is written until something changes. */
  g_assert_true (rbd_store_flush (store, &error));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* A first start has no training data; tools (shoes) and settings alone
 * don't count, and each kind of training does, up to its removal. */
static void
test_training_data (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(RbdShoe) shoe = rbd_shoe_new ();
  g_autoptr(GError) error = NULL;
  struct {
    GListStore *list;
    GObject    *item;
  } items[3];

  g_assert_true (rbd_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_false (rbd_store_has_training_data (store));

  g_list_store_append (rbd_store_get_shoes (store), shoe);
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 70.0);
  g_assert_false (rbd_store_has_training_data (store));

  items[0].list = rbd_store_get_planned (store);
  items[0].item = G_OBJECT (rbd_planned_session_new ());
  items[1].list = rbd_store_get_sessions (store);
  items[1].item = G_OBJECT (rbd_session_new ());
  items[2].list = rbd_store_get_checkins (store);
  items[2].item = G_OBJECT (rbd_checkin_new ());

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_list_store_append (items[i].list, items[i].item);
      g_assert_true (rbd_store_has_training_data (store));
      g_list_store_remove (items[i].list, 0);
      g_assert_false (rbd_store_has_training_data (store));
      g_object_unref (items[i].item);
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *original = fixture_text ("roundtrip.json");
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  RbdProfile *profile;

  write_file (f->path, original);
  g_assert_true (rbd_store_load (store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (store))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_checkins (store))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_routines (store))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_shoes (store))), ==, 1);
  profile = rbd_store_get_profile (store);
  g_assert_cmpfloat (rbd_profile_get_body_mass_kg (profile), ==, 70.4);
  g_assert_cmpint (rbd_profile_get_max_hr_bpm (profile), ==, 190);

  /* Lossless: the document writes back byte for byte, unknown members at
   * the top, in the profile, in items and in routine steps included. */
  text = rbd_store_serialize (store, NULL);
  g_assert_cmpstr (text, ==, original);

  /* A change writes the change and keeps everything else. */
  rbd_record_set_double (RBD_RECORD (profile), "body_mass_kg", 69.8);
  g_assert_true (rbd_store_get_dirty (store));
  g_assert_true (rbd_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (rbd_store_get_dirty (store));
  saved = read_file (f->path);
  g_assert_nonnull (strstr (saved, "\"body_mass_kg\": 69.8, "));
  g_assert_nonnull (strstr (saved, "\"vo2max_from_the_future\": 55.5"));
  g_assert_nonnull (strstr (saved, "\"timeline\": {\"finished\""));
  g_assert_nonnull (strstr (saved, "\"image\": \"calf.png\""));
  g_assert_nonnull (strstr (saved, "\"zzz_last\": null"));

  /* The previous good version is the backup. */
  g_free (text);
  text = read_file (rbd_store_get_backup_path (store));
  g_assert_cmpstr (text, ==, original);
}

typedef struct
{
  const char *name;
  const char *contents;
  const char *message_part;  /* the load error says this */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "empty", "", "is empty" },
  { "truncated", "{\n  \"format\": \"rebound\",\n  \"version\": 1,\n  \"planned\": [\n    {\"id\": \"p\"",
    "line 5, column" },
  { "garbage", "\x89PNG\r\n\x1a\n", "not valid JSON" },
  { "not-an-object", "[1, 2, 3]", "not a Rebound document" },
  { "wrong-format", "{\"format\": \"other\", \"version\": 1}", "not a Rebound document" },
  { "no-version", "{\"format\": \"rebound\"}", "version" },
  { "version-text", "{\"format\": \"rebound\", \"version\": \"1\"}", "version" },
  { "version-zero", "{\"format\": \"rebound\", \"version\": 0}", "version" },
};

static void
test_broken (Fixture       *f,
             gconstpointer  data)
{
  const BrokenCase *c = data;
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *after = NULL;
  RbdPlannedSession *planned;

  write_file (f->path, c->contents);

  g_assert_false (rbd_store_load (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_PARSE);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_BROKEN);
  g_assert_nonnull (rbd_store_get_load_error (store));
  if (strstr (rbd_store_get_load_error (store), c->message_part) == NULL)
    g_error ("“%s” does not say “%s”", rbd_store_get_load_error (store), c->message_part);

  /* The original is copied aside, byte for byte. */
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", &copy), ==, 1);
  g_assert_cmpstr (rbd_store_get_broken_copy_path (store), ==, copy);
  copied = read_file (copy);
  g_assert_cmpstr (copied, ==, c->contents);

  /* Nothing is written over it, whatever happens in the app. */
  planned = rbd_planned_session_new ();
  rbd_record_set_string (RBD_RECORD (planned), "date", "2026-11-30");
  g_list_store_append (rbd_store_get_planned (store), planned);
  g_object_unref (planned);
  g_clear_error (&error);
  g_assert_false (rbd_store_save (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY);
  g_assert_true (rbd_store_flush (store, NULL));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, c->contents);
  g_assert_false (g_file_test (rbd_store_get_backup_path (store), G_FILE_TEST_EXISTS));
}

static void
test_unreadable_path (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;

  /* A folder where the file should be: reported, nothing written. */
  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  g_assert_false (rbd_store_load (store, &error));
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_BROKEN);
  g_assert_nonnull (strstr (rbd_store_get_load_error (store), "Could not read"));
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
}

static const RbdLoadProblem *
find_problem (GPtrArray  *problems,
              const char *item_id,
              const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const RbdLoadProblem *p = problems->pdata[i];

      if (g_strcmp0 (p->item_id, item_id) == 0 && g_strcmp0 (p->field, field) == 0)
        return p;
    }

  return NULL;
}

static void
test_invalid_values (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *original = fixture_text ("invalid-values.json");
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(RbdRecord) first = NULL;
  g_autoptr(RbdRecord) negdist = NULL;
  g_autoptr(RbdRecord) rpe = NULL;
  GPtrArray *problems;
  const RbdLoadProblem *p;

  write_file (f->path, original);

  g_assert_false (rbd_store_load (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_INVALID);

  /* The rest of the document is usable and will be saved. */
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);

  /* First of all, the original was copied aside. */
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", &copy), ==, 1);
  copied = read_file (copy);
  g_assert_cmpstr (copied, ==, original);

  problems = rbd_store_get_problems (store);

  p = find_problem (problems, "s-rpe", "rpe");
  g_assert_nonnull (p);
  g_assert_cmpstr (p->collection, ==, "sessions");
  g_assert_cmpint (p->index, ==, 0);
  g_assert_cmpstr (p->value, ==, "14");
  g_assert_false (p->item_skipped);

  p = find_problem (problems, "p-baddate", "date");
  g_assert_nonnull (p);
  g_assert_cmpstr (p->value, ==, "\"2026-02-30\"");
  g_assert_true (p->item_skipped);

  g_assert_nonnull (find_problem (problems, "p-badkind", "kind"));
  g_assert_nonnull (find_problem (problems, "p-negdist", "distance_m"));
  g_assert_nonnull (find_problem (problems, "s-types", "rpe"));
  g_assert_nonnull (find_problem (problems, "s-types", "soreness"));
  g_assert_nonnull (find_problem (problems, "s-types", "notes"));
  g_assert_nonnull (find_problem (problems, "s-nooffset", "start"));
  g_assert_nonnull (find_problem (problems, NULL, "body_mass_kg"));
  p = find_problem (problems, NULL, NULL);
  g_assert_nonnull (p);   /* "checkins": not a list, and the shoe that is a number */
  g_assert_cmpuint (problems->len, ==, 11);

  /* What could be read is there; invalid members are left unset. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_planned (store)), 0);
  g_assert_cmpstr (rbd_record_get_id (first), ==, "p-good");
  g_assert_cmpint (rbd_record_get_int (first, "duration_s"), ==, 2400);
  negdist = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_planned (store)), 1);
  g_assert_false (rbd_record_is_set (negdist, "distance_m"));
  g_assert_cmpint (rbd_record_get_int (negdist, "duration_s"), ==, 5400);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (store))), ==, 2);
  rpe = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_sessions (store)), 0);
  g_assert_false (rbd_record_is_set (rpe, "rpe"));
  g_assert_cmpint (rbd_record_get_int (rpe, "duration_s"), ==, 3000);
  g_assert_false (rbd_record_is_set (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg"));
  g_assert_cmpint (rbd_profile_get_max_hr_bpm (rbd_store_get_profile (store)), ==, 190);

  /* Saving writes a valid document; the invalid original is not taken as
   * the "previous good version". */
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 70);
  g_clear_error (&error);
  g_assert_true (rbd_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (rbd_store_get_backup_path (store), G_FILE_TEST_EXISTS));
  saved = read_file (f->path);
  g_assert_null (strstr (saved, "p-baddate"));
  g_assert_nonnull (strstr (saved, "p-negdist"));

  {
    g_autoptr(RbdStore) again = rbd_store_new (f->dir);

    g_assert_true (rbd_store_load (again, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (rbd_store_get_problems (again)->len, ==, 0);
  }
}

static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  const char *doc =
    "{\"format\": \"rebound\", \"version\": 2, \"profile\": {\"body_mass_kg\": 61.5},"
    " \"planned\": [{\"id\": \"p\", \"date\": \"2026-11-30\", \"kind\": \"easy\","
    " \"intensity_zone\": 2}], \"new_things\": []}";
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  write_file (f->path, doc);

  g_assert_false (rbd_store_load (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NEWER);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READ_ONLY);
  g_assert_nonnull (strstr (rbd_store_get_load_error (store), "newer version"));

  /* Shown as far as it can be... */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 1);
  g_assert_cmpfloat (rbd_profile_get_body_mass_kg (rbd_store_get_profile (store)), ==, 61.5);

  /* ...but never written, nor copied, nor downgraded. */
  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 62);
  g_clear_error (&error);
  g_assert_false (rbd_store_save (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY);
  g_assert_true (rbd_store_flush (store, NULL));
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, doc);
  g_assert_cmpuint (count_files (f->dir, "rebound.json.", NULL), ==, 0);
}

static void
test_backup_rotation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *bak = NULL;
  RbdRecord *profile;

  g_assert_true (rbd_store_load (store, &error));
  profile = RBD_RECORD (rbd_store_get_profile (store));

  /* First save: no previous version, so no backup. */
  rbd_record_set_double (profile, "body_mass_kg", 70);
  g_assert_true (rbd_store_save (store, &error));
  g_assert_false (g_file_test (rbd_store_get_backup_path (store), G_FILE_TEST_EXISTS));
  a = read_file (f->path);

  rbd_record_set_double (profile, "body_mass_kg", 71);
  g_assert_true (rbd_store_save (store, &error));
  b = read_file (f->path);
  bak = read_file (rbd_store_get_backup_path (store));
  g_assert_cmpstr (bak, ==, a);

  rbd_record_set_double (profile, "body_mass_kg", 72);
  g_assert_true (rbd_store_save (store, &error));
  c = read_file (f->path);
  g_free (bak);
  bak = read_file (rbd_store_get_backup_path (store));
  g_assert_cmpstr (bak, ==, b);
  g_assert_nonnull (strstr (c, "\"body_mass_kg\": 72"));

  /* Private health data: only the user can read it. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (f->path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

static void
test_restore_backup (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *bak_path = g_strconcat (f->path, ".bak", NULL);
  g_autofree char *restored = NULL;

  write_file (f->path, "{\"format\": \"rebound\", \"version\": 1, \"planned\": [");
  g_assert_false (rbd_store_load (store, NULL));
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_BROKEN);

  /* No backup yet: said so, nothing changes. */
  g_assert_false (rbd_store_has_backup (store));
  g_assert_false (rbd_store_restore_backup (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NO_BACKUP);
  g_clear_error (&error);

  /* A broken backup is refused as well. */
  write_file (bak_path, "{ nope");
  g_assert_true (rbd_store_has_backup (store));
  g_assert_false (rbd_store_restore_backup (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_BROKEN);

  write_file (bak_path, "{\"format\": \"rebound\", \"version\": 1, "
                        "\"profile\": {\"body_mass_kg\": 58.5}, \"planned\": []}");
  g_assert_true (rbd_store_restore_backup (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_null (rbd_store_get_load_error (store));
  g_assert_cmpfloat (rbd_profile_get_body_mass_kg (rbd_store_get_profile (store)), ==, 58.5);

  /* Written as the document; the broken original is still aside. */
  restored = read_file (f->path);
  g_assert_nonnull (strstr (restored, "\"body_mass_kg\": 58.5"));
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", NULL), ==, 1);
  g_assert_cmpuint (count_files (f->dir, "rebound.json.bak.broken-", NULL), ==, 0);
}

static void
test_start_empty (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  write_file (f->path, "garbage");
  g_assert_false (rbd_store_load (store, NULL));
  rbd_store_start_empty (store);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_nonnull (rbd_store_get_broken_copy_path (store));
  g_assert_true (rbd_store_flush (store, &error));
  g_assert_no_error (error);

  text = read_file (f->path);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"rebound\",\n  \"version\": 1,"));
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", NULL), ==, 1);
}

static gboolean
cannot_write_here (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  gboolean written = g_file_set_contents (probe, "x", 1, NULL);

  g_remove (probe);

  return !written;
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *blocked = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RbdPlannedSession *planned;

  /* A folder without write permission; root ignores permissions, so
   * there the folder sits below a plain file, which nobody can write
   * into. */
  if (geteuid () != 0)
    {
      blocked = g_build_filename (f->dir, "locked", NULL);
      g_assert_cmpint (g_mkdir (blocked, 0500), ==, 0);
    }
  else
    {
      g_autofree char *file = g_build_filename (f->dir, "a-file", NULL);

      write_file (file, "");
      blocked = g_build_filename (file, "rebound", NULL);
    }

  store = rbd_store_new (blocked);
  g_assert_true (rbd_store_load (store, &error));

  planned = rbd_planned_session_new ();
  rbd_record_set_string (RBD_RECORD (planned), "date", "2026-11-30");
  g_list_store_append (rbd_store_get_planned (store), planned);
  g_object_unref (planned);

  g_assert_false (rbd_store_flush (store, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (rbd_store_get_save_error (store));
  g_assert_nonnull (strstr (rbd_store_get_save_error (store), "kept"));

  /* The change is still in memory and still pending. */
  g_assert_true (rbd_store_get_dirty (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 1);
  if (geteuid () != 0)
    g_assert_true (cannot_write_here (blocked));
}

static void
test_debounced_save (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 start;

  rbd_store_set_save_delay (store, 200);
  g_assert_true (rbd_store_load (store, &error));

  start = g_get_monotonic_time ();
  for (int i = 0; i < 20; i++)
    rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 60 + i);

  /* Not written at once, but soon, once, off the main thread. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  wait_until_saved (store);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);
  text = read_file (f->path);
  g_assert_nonnull (strstr (text, "\"body_mass_kg\": 79"));
  g_assert_false (g_file_test (rbd_store_get_backup_path (store), G_FILE_TEST_EXISTS));
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rbd_store_load_finish (RBD_STORE (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async_load (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *original = fixture_text ("roundtrip.json");
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  gboolean done = FALSE;

  write_file (f->path, original);
  rbd_store_load_async (store, NULL, on_loaded, &done);
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_LOADING);

  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (store))), ==, 2);
  g_assert_false (rbd_store_get_dirty (store));
}

static void
test_broken_copy_once (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *copy = NULL;

  write_file (f->path, "{ broken");

  /* Opening the same broken file again makes no second copy. */
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(RbdStore) store = rbd_store_new (f->dir);

      g_assert_false (rbd_store_load (store, NULL));
      g_assert_nonnull (rbd_store_get_broken_copy_path (store));
    }
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", &copy), ==, 1);

  /* A different broken file is a different copy. */
  write_file (f->path, "{ broken differently");
  {
    g_autoptr(RbdStore) store = rbd_store_new (f->dir);

    g_assert_false (rbd_store_load (store, NULL));
    g_assert_cmpstr (rbd_store_get_broken_copy_path (store), !=, copy);
  }
  g_assert_cmpuint (count_files (f->dir, "rebound.json.broken-", NULL), ==, 2);
}

static void
test_checking_writes_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *original = fixture_text ("invalid-values.json");
  g_autoptr(RbdStore) store = rbd_store_new_for_checking (f->dir);
  g_autoptr(GError) error = NULL;

  write_file (f->path, original);
  g_assert_false (rbd_store_load (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_INVALID);
  g_assert_cmpuint (rbd_store_get_problems (store)->len, ==, 11);
  g_assert_null (rbd_store_get_broken_copy_path (store));

  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg", 70);
  g_clear_error (&error);
  g_assert_false (rbd_store_save (store, &error));
  g_assert_error (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY);

  g_assert_cmpuint (count_files (f->dir, "rebound.json", NULL), ==, 1);
}

static void
test_file_deleted_meanwhile (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RbdRecord *profile;

  write_file (f->path, "{\"format\": \"rebound\", \"version\": 1}");
  g_assert_true (rbd_store_load (store, &error));
  g_assert_cmpint (g_remove (f->path), ==, 0);

  /* Nothing to keep as a backup; the document is written again. */
  profile = RBD_RECORD (rbd_store_get_profile (store));
  rbd_record_set_double (profile, "body_mass_kg", 66);
  g_assert_true (rbd_store_save (store, &error));
  g_assert_no_error (error);
  text = read_file (f->path);
  g_assert_nonnull (strstr (text, "\"body_mass_kg\": 66"));
}

static void
test_async_load_without_callback (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *original = fixture_text ("roundtrip.json");
  g_autoptr(RbdStore) store = rbd_store_new (f->dir);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  write_file (f->path, original);
  rbd_store_load_async (store, NULL, NULL, NULL);

  /* The lists fill even when nobody asked to hear about it. */
  while (rbd_store_get_state (store) == RBD_STORE_STATE_LOADING)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (rbd_store_get_state (store), ==, RBD_STORE_STATE_READY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/store/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("missing-file", test_missing_file, NULL);
  ADD ("round-trip", test_round_trip, NULL);
  ADD ("training-data", test_training_data, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/store/broken/%s", broken_cases[i].name);

      g_test_add (path, Fixture, &broken_cases[i], fixture_set_up, test_broken,
                  fixture_tear_down);
    }
  ADD ("unreadable-path", test_unreadable_path, NULL);
  ADD ("invalid-values", test_invalid_values, NULL);
  ADD ("newer-version", test_newer_version, NULL);
  ADD ("backup-rotation", test_backup_rotation, NULL);
  ADD ("restore-backup", test_restore_backup, NULL);
  ADD ("start-empty", test_start_empty, NULL);
  ADD ("read-only-folder", test_read_only_folder, NULL);
  ADD ("debounced-save", test_debounced_save, NULL);
  ADD ("async-load", test_async_load, NULL);
  ADD ("broken-copy-once", test_broken_copy_once, NULL);
  ADD ("checking-writes-nothing", test_checking_writes_nothing, NULL);
  ADD ("file-deleted-meanwhile", test_file_deleted_meanwhile, NULL);
  ADD ("async-load-without-callback", test_async_load_without_callback, NULL);

#undef ADD

  return g_test_run ();
}
