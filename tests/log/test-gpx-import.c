/* test-gpx-import.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rbd-gpx-reader.h"
#include "rbd-session.h"
#include "rbd-store.h"

/* Importing a GPX into the document: the session is added, the file is
 * copied beside the document, members this version doesn't know are kept,
 * and a failed import changes nothing at all. */

typedef struct
{
  char     *dir;
  char     *path;
  char     *routes;
  RbdStore *store;
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

  g_remove (path);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "log", "data", name, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *document = fixture_path ("with-unknowns.json");
  g_autofree char *contents = read_file (document, NULL);

  f->dir = g_dir_make_tmp ("rebound-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "rebound.json", NULL);
  f->routes = g_build_filename (f->dir, "routes", NULL);

  g_file_set_contents (f->path, contents, -1, &error);
  g_assert_no_error (error);

  f->store = rbd_store_new (f->dir);
  rbd_store_load (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (f->store))),
                    ==, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->routes);
}

static guint
n_sessions (RbdStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (store)));
}

static void
assert_same_file (const char *a,
                  const char *b)
{
  gsize len_a, len_b;
  g_autofree char *text_a = read_file (a, &len_a);
  g_autofree char *text_b = read_file (b, &len_b);

  g_assert_cmpmem (text_a, len_a, text_b, len_b);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdSession) session = NULL;
  g_autoptr(RbdStore) reloaded = NULL;
  g_autoptr(RbdSession) found = NULL;
  g_autofree char *gpx = fixture_path ("two-segments.gpx");
  g_autofree char *route = NULL;
  g_autofree char *copy = NULL;
  RbdRecord *record;

  g_assert_true (rbd_gpx_import_into_store (f->store, gpx, &session, &error));
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_assert_cmpuint (n_sessions (f->store), ==, 2);

  record = RBD_RECORD (session);
  route = g_strdup_printf ("routes/%s.gpx", rbd_record_get_id (record));
  g_assert_cmpstr (rbd_record_get_string (record, "route"), ==, route);
  g_assert_cmpstr (rbd_record_get_string (record, "start"), ==, "2026-11-30T08:10:00+01:00");
  g_assert_cmpint (rbd_record_get_int (record, "duration_s"), ==, 780);
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (record, "distance_m"), 1403.3, 1e-9);
  g_assert_cmpint (rbd_record_get_enum (record, "kind"), ==, RBD_KIND_EASY);

  /* The copy is the file, byte for byte. */
  copy = g_build_filename (f->dir, route, NULL);
  assert_same_file (gpx, copy);

  g_assert_true (rbd_store_flush (f->store, &error));
  g_assert_no_error (error);

  reloaded = rbd_store_new (f->dir);
  rbd_store_load (reloaded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_sessions (reloaded), ==, 2);
  found = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_sessions (reloaded)), 1);
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (found)), ==, rbd_record_get_id (record));
  g_assert_cmpstr (rbd_record_get_string (RBD_RECORD (found), "route"), ==, route);
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  g_assert_true (json_object_has_member (object, name));

  return json_object_get_object_member (object, name);
}

static JsonObject *
array_object (JsonObject *object,
              const char *name,
              guint       index)
{
  JsonArray *array = json_object_get_array_member (object, name);

  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), >, index);

  return json_array_get_object_element (array, index);
}

static void
test_unknown_members_survive (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *gpx = fixture_path ("jitter.gpx");
  JsonObject *root, *session, *laps;

  g_assert_true (rbd_gpx_import_into_store (f->store, gpx, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (rbd_store_flush (f->store, &error));
  g_assert_no_error (error);

  json_parser_load_from_file (parser, f->path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (member_object (root, "weather_log"),
                                                  "2026-11-29"), ==, "rain");
  g_assert_true (json_object_has_member (root, "zzz_last"));
  g_assert_cmpint (json_object_get_int_member (member_object (root, "profile"),
                                               "lactate_threshold_bpm"), ==, 172);
  g_assert_cmpint (json_object_get_int_member (member_object (array_object (root, "planned", 0),
                                                              "x_coach"), "zone"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (array_object (root, "checkins", 0), "where"),
                   ==, "left calf");
  g_assert_cmpint (json_object_get_int_member (array_object (root, "shoes", 0), "limit_km"),
                   ==, 800);

  session = array_object (root, "sessions", 0);
  g_assert_cmpint (json_object_get_int_member (session, "cadence_spm"), ==, 176);
  laps = json_array_get_object_element (json_object_get_array_member (session, "laps"), 1);
  g_assert_cmpint (json_object_get_int_member (laps, "s"), ==, 310);

  /* ...and the new session is there. */
  session = array_object (root, "sessions", 1);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (session, "route"), "routes/"));
  g_assert_cmpint (json_object_get_int_member (session, "duration_s"), ==, 27);
}

typedef struct
{
  const char  *file;
  RbdGpxError  code;
} FailCase;

static const FailCase fail_cases[] = {
  { "not-xml.gpx", RBD_GPX_ERROR_NOT_XML },
  { "truncated.gpx", RBD_GPX_ERROR_TRUNCATED },
  { "no-points.gpx", RBD_GPX_ERROR_NO_POINTS },
  { "single-point.gpx", RBD_GPX_ERROR_SINGLE_POINT },
  { "lat-95.gpx", RBD_GPX_ERROR_OUT_OF_RANGE },
  { "not-gpx.gpx", RBD_GPX_ERROR_NOT_GPX },
  { "backwards.gpx", RBD_GPX_ERROR_TIME_ORDER },
  { "no-times.gpx", RBD_GPX_ERROR_NO_TIMES },
  { "missing.gpx", RBD_GPX_ERROR_READ },
};

static void
test_failed_import (Fixture       *f,
                    gconstpointer  data)
{
  const FailCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdSession) session = NULL;
  g_autofree char *gpx = fixture_path (c->file);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before, len_after;

  before = read_file (f->path, &len_before);

  g_assert_false (rbd_gpx_import_into_store (f->store, gpx, &session, &error));
  g_assert_error (error, RBD_GPX_ERROR, (int) c->code);
  g_assert_nonnull (strstr (error->message, c->file));
  g_assert_null (session);
  g_clear_error (&error);

  g_assert_cmpuint (n_sessions (f->store), ==, 1);
  g_assert_false (rbd_store_get_dirty (f->store));
  g_assert_true (rbd_store_flush (f->store, &error));
  g_assert_no_error (error);

  after = read_file (f->path, &len_after);
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_false (g_file_test (f->routes, G_FILE_TEST_EXISTS));
}

/* A file named "routes" where the folder should be: the copy fails after
 * parsing went well, and still nothing changes. */
static void
test_routes_not_a_folder (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gpx = fixture_path ("two-segments.gpx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *routes_text = NULL;
  gsize len_before, len_after;

  g_file_set_contents (f->routes, "not a folder", -1, &error);
  g_assert_no_error (error);
  before = read_file (f->path, &len_before);

  g_assert_false (rbd_gpx_import_into_store (f->store, gpx, NULL, &error));
  g_assert_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_READ);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "two-segments.gpx"));
  g_clear_error (&error);

  g_assert_cmpuint (n_sessions (f->store), ==, 1);
  g_assert_true (rbd_store_flush (f->store, &error));
  g_assert_no_error (error);
  after = read_file (f->path, &len_after);
  g_assert_cmpmem (before, len_before, after, len_after);
  routes_text = read_file (f->routes, NULL);
  g_assert_cmpstr (routes_text, ==, "not a folder");
}

/* Routes already there are left alone. */
static void
test_existing_routes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gpx = fixture_path ("prefixed-1-0.gpx");
  g_autofree char *other = g_build_filename (f->routes, "s-1.gpx", NULL);
  g_autofree char *other_text = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_assert_cmpint (g_mkdir (f->routes, 0700), ==, 0);
  g_file_set_contents (other, "<gpx/>", -1, &error);
  g_assert_no_error (error);

  g_assert_true (rbd_gpx_import_into_store (f->store, gpx, NULL, &error));
  g_assert_no_error (error);

  other_text = read_file (other, NULL);
  g_assert_cmpstr (other_text, ==, "<gpx/>");
  dir = g_dir_open (f->routes, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

static void
test_store_not_open (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gpx = fixture_path ("two-segments.gpx");
  g_autoptr(RbdStore) unloaded = rbd_store_new (f->dir);
  g_autoptr(RbdStore) checking = rbd_store_new_for_checking (f->dir);

  g_assert_false (rbd_gpx_import_into_store (unloaded, gpx, NULL, &error));
  g_assert_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_STORE);
  g_clear_error (&error);

  rbd_store_load (checking, &error);
  g_assert_no_error (error);
  g_assert_false (rbd_gpx_import_into_store (checking, gpx, NULL, &error));
  g_assert_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_STORE);

  g_assert_false (g_file_test (f->routes, G_FILE_TEST_EXISTS));
}

/* The app's way for a file without times: read it, ask for the start and
 * duration, then add it. */
static void
test_add_after_asking (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gpx = fixture_path ("no-times.gpx");
  g_autoptr(RbdGpxTrack) track = rbd_gpx_track_new_from_file (gpx, &error);
  g_autoptr(RbdSession) session = NULL;
  g_autofree char *copy = NULL;

  g_assert_no_error (error);
  session = rbd_gpx_make_session (track, RBD_KIND_RECOVERY);

  /* Not before the start is known. */
  g_assert_false (rbd_gpx_add_to_store (f->store, session, gpx, &error));
  g_assert_error (error, RBD_GPX_ERROR, RBD_GPX_ERROR_NO_TIMES);
  g_clear_error (&error);
  g_assert_cmpuint (n_sessions (f->store), ==, 1);
  g_assert_false (g_file_test (f->routes, G_FILE_TEST_EXISTS));

  rbd_record_set_string (RBD_RECORD (session), "start", "2026-12-02T18:30:00+01:00");
  rbd_record_set_int (RBD_RECORD (session), "duration_s", 1500);

  g_assert_true (rbd_gpx_add_to_store (f->store, session, gpx, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sessions (f->store), ==, 2);

  copy = g_build_filename (f->dir, rbd_record_get_string (RBD_RECORD (session), "route"), NULL);
  assert_same_file (gpx, copy);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/gpx-import/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("import", test_import, NULL);
  ADD ("unknown-members-survive", test_unknown_members_survive, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fail_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/gpx-import/failed/%s", fail_cases[i].file);

      g_test_add (path, Fixture, &fail_cases[i], fixture_set_up, test_failed_import,
                  fixture_tear_down);
    }
  ADD ("routes-not-a-folder", test_routes_not_a_folder, NULL);
  ADD ("existing-routes", test_existing_routes, NULL);
  ADD ("store-not-open", test_store_not_open, NULL);
  ADD ("add-after-asking", test_add_after_asking, NULL);

#undef ADD

  return g_test_run ();
}
