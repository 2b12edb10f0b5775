/* test-log-import.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-log-import"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "log-ui-test-util.h"
#include "rbd-gpx-reader.h"
#include "rbd-gpx-times-dialog.h"
#include "rbd-route-map.h"
#include "rbd-session-detail.h"
#include "rbd-session-row.h"

/* GPX import through the page: a recording with times becomes a session
 * with its distance, shown with its route on the map; a file without
 * times asks for them; a broken file says what is wrong and changes
 * nothing; an import can be undone. Maps get no tiles from the network:
 * either none at all (the offline note shows), or a local tile source. */

#define EMPTY_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define N_POINTS 11
#define LAT0 52.5
#define LON0 13.4
#define STEP 0.001

/* A local tile source: every tile a plain 256 px square, at once. */
#define TEST_TYPE_TILE_SOURCE (test_tile_source_get_type ())
G_DECLARE_FINAL_TYPE (TestTileSource, test_tile_source, TEST, TILE_SOURCE, ShumateDataSource)

struct _TestTileSource
{
  ShumateDataSource parent_instance;
  GBytes           *png;
  guint             n_requests;
};

G_DEFINE_FINAL_TYPE (TestTileSource, test_tile_source, SHUMATE_TYPE_DATA_SOURCE)

static void
test_tile_source_get_tile_data_async (ShumateDataSource   *source,
                                      int                  x,
                                      int                  y,
                                      int                  zoom_level,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  TestTileSource *self = TEST_TILE_SOURCE (source);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  self->n_requests++;
  /* libshumate 1.0 draws what a source announces, not what it returns. */
  g_signal_emit_by_name (self, "received-data", x, y, zoom_level, self->png);
  g_task_return_pointer (task, g_bytes_ref (self->png), (GDestroyNotify) g_bytes_unref);
}

static GBytes *
test_tile_source_get_tile_data_finish (ShumateDataSource  *source,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
test_tile_source_finalize (GObject *object)
{
  g_clear_pointer (&TEST_TILE_SOURCE (object)->png, g_bytes_unref);

  G_OBJECT_CLASS (test_tile_source_parent_class)->finalize (object);
}

static void
test_tile_source_class_init (TestTileSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_tile_source_finalize;
  SHUMATE_DATA_SOURCE_CLASS (klass)->get_tile_data_async = test_tile_source_get_tile_data_async;
  SHUMATE_DATA_SOURCE_CLASS (klass)->get_tile_data_finish = test_tile_source_get_tile_data_finish;
}

static void
test_tile_source_init (TestTileSource *self)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 256, 256);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0xe8e4d8ff);
  gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL);
  g_assert_no_error (error);
  self->png = g_bytes_new_take (buffer, size);
}

/* A run due north from (LAT0, LON0), a point every 30 s. */
static char *
write_gpx (Fixture    *fixture,
           const char *name,
           gboolean    with_times)
{
  g_autoptr(GString) gpx = g_string_new (NULL);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (gpx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<gpx version=\"1.1\" creator=\"test\" "
                        "xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                        "<trk><name>Morning run</name><trkseg>\n");
  for (int i = 0; i < N_POINTS; i++)
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.6f", LAT0 + i * STEP);
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"13.400000\"><ele>%d</ele>", lat,
                              30 + i);
      if (with_times)
        g_string_append_printf (gpx, "<time>2031-03-11T06:%02d:%02dZ</time>",
                                (i * 30) / 60, (i * 30) % 60);
      g_string_append (gpx, "</trkpt>\n");
    }
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  g_file_set_contents (path, gpx->str, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static double
expected_distance_m (void)
{
  double total = 0;

  for (int i = 1; i < N_POINTS; i++)
    total += rbd_gpx_distance_m (LAT0 + (i - 1) * STEP, LON0, LAT0 + i * STEP, LON0);

  return total;
}

static void
import_path (Fixture    *fixture,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  rbd_log_page_import_file (fixture->page, file);
}

static GtkWidget *
find_session_row (Fixture   *fixture,
                  RbdRecord *session)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->page), RBD_TYPE_SESSION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (rbd_session_row_get_session (rows->pdata[i]) == RBD_SESSION (session))
        return rows->pdata[i];
    }

  return NULL;
}

static RbdSessionDetail *
get_detail (Fixture *fixture)
{
  return RBD_SESSION_DETAIL (template_child (fixture->page, RBD_TYPE_LOG_PAGE, "session_detail"));
}

static char *
route_path (Fixture   *fixture,
            RbdRecord *session)
{
  return g_build_filename (fixture->data_dir, rbd_record_get_string (session, "route"), NULL);
}

static void
test_import_offline (void)
{
  Fixture fixture = { 0, };
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *distance = NULL;
  g_autofree char *row_text = NULL;
  GtkWidget *row;
  RbdSessionDetail *detail;
  RbdRouteMap *map;
  RbdRecord *session;
  double expected = expected_distance_m ();

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  path = write_gpx (&fixture, "morning.gpx", TRUE);

  import_path (&fixture, path);
  WAIT_UNTIL (n_items (rbd_store_get_sessions (fixture.store)) == 1);
  session = get_session (&fixture, 0);

  /* The session: its distance within GPS decimetres, its duration from
   * the first to the last time, its start in local time. */
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (session, "distance_m"), expected, 0.1);
  g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==, (N_POINTS - 1) * 30);
  g_assert_cmpstr (rbd_record_get_string (session, "start"), ==, "2031-03-11T07:00:00+01:00");
  copy = route_path (&fixture, session);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  /* Shown with its distance, in the list and on its own page... */
  distance = g_strdup_printf ("%.1f km", expected / 1000.0);
  detail = get_detail (&fixture);
  WAIT_UNTIL (rbd_session_detail_get_session (detail) == RBD_SESSION (session));
  figures = rbd_session_detail_dup_figures (detail);
  g_assert_nonnull (strstr (figures, distance));
  WAIT_UNTIL ((row = find_session_row (&fixture, session)) != NULL);
  row_text = dup_label_text (row);
  g_assert_nonnull (strstr (row_text, distance));

  /* ...with the route on the map, and no tiles: the note says why. */
  WAIT_UNTIL (rbd_session_detail_is_route_shown (detail));
  map = rbd_session_detail_get_route_map (detail);
  g_assert_cmpuint (rbd_route_map_get_n_path_nodes (map), ==, N_POINTS);
  WAIT_UNTIL (rbd_route_map_get_tiles_failed (map));
  g_clear_pointer (&figures, g_free);
  figures = dup_label_text (GTK_WIDGET (map));
  g_assert_nonnull (strstr (figures, "network connection"));

  fixture_clear (&fixture);
}

static void
test_import_local_tiles (void)
{
  Fixture fixture = { 0, };
  g_autoptr(TestTileSource) tiles = g_object_new (TEST_TYPE_TILE_SOURCE, NULL);
  g_autofree char *path = NULL;
  RbdSessionDetail *detail;
  RbdRouteMap *map;
  double zoom;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  rbd_log_page_set_tile_source (fixture.page, SHUMATE_DATA_SOURCE (tiles));
  path = write_gpx (&fixture, "morning.gpx", TRUE);

  import_path (&fixture, path);
  detail = get_detail (&fixture);
  WAIT_UNTIL (rbd_session_detail_is_route_shown (detail));
  map = rbd_session_detail_get_route_map (detail);

  /* Tiles asked for and given; the map fitted to a 1.1 km track. */
  WAIT_UNTIL (tiles->n_requests > 0);
  WAIT_UNTIL ((zoom = shumate_viewport_get_zoom_level (rbd_route_map_get_viewport (map))) >= 13);
  g_assert_cmpfloat (zoom, <=, 17);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (rbd_route_map_get_viewport (map))),
                                  LAT0 + (N_POINTS - 1) * STEP / 2, 0.001);
  flush_events ();
  g_assert_false (rbd_route_map_get_tiles_failed (map));

  fixture_clear (&fixture);
}

static void
test_import_without_times (void)
{
  Fixture fixture = { 0, };
  g_autofree char *path = NULL;
  GtkWidget *dialog;
  RbdRecord *session;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  path = write_gpx (&fixture, "planned-route.gpx", FALSE);

  import_path (&fixture, path);
  WAIT_UNTIL ((dialog = find_toplevel (RBD_TYPE_GPX_TIMES_DIALOG)) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "planned-route.gpx"));

  /* No duration, no import. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           RBD_GPX_TIMES_RESPONSE_IMPORT));
  rbd_gpx_times_dialog_set_duration (RBD_GPX_TIMES_DIALOG (dialog), 30 * 60);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          RBD_GPX_TIMES_RESPONSE_IMPORT));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), RBD_GPX_TIMES_RESPONSE_IMPORT);

  WAIT_UNTIL (n_items (rbd_store_get_sessions (fixture.store)) == 1);
  session = get_session (&fixture, 0);
  g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==, 30 * 60);
  /* An hour before "now" (09:00) by default. */
  g_assert_cmpstr (rbd_record_get_string (session, "start"), ==, "2031-03-12T08:00:00+01:00");
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (session, "distance_m"),
                                  expected_distance_m (), 0.1);
  g_assert_nonnull (rbd_record_get_string (session, "route"));

  fixture_clear (&fixture);
}

static void
test_import_broken (void)
{
  Fixture fixture = { 0, };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *routes = NULL;
  GtkWidget *dialog;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  path = g_build_filename (fixture.dir, "broken.gpx", NULL);
  g_file_set_contents (path, "this is not XML at all", -1, &error);
  g_assert_no_error (error);

  import_path (&fixture, path);
  WAIT_UNTIL ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "broken.gpx"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "broken.gpx"));

  /* Nothing changed. */
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 0);
  routes = g_build_filename (fixture.data_dir, "routes", NULL);
  g_assert_false (g_file_test (routes, G_FILE_TEST_EXISTS));

  /* A file that is not there. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_pointer (&path, g_free);
  path = g_build_filename (fixture.dir, "missing.gpx", NULL);
  import_path (&fixture, path);
  WAIT_UNTIL ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "missing.gpx"));
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 0);

  fixture_clear (&fixture);
}

static void
test_import_undo (void)
{
  Fixture fixture = { 0, };
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  GtkWidget *undo;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  path = write_gpx (&fixture, "morning.gpx", TRUE);

  import_path (&fixture, path);
  WAIT_UNTIL (n_items (rbd_store_get_sessions (fixture.store)) == 1);
  copy = route_path (&fixture, get_session (&fixture, 0));
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  WAIT_UNTIL ((undo = find_newest_undo (&fixture)) != NULL);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 0);
  WAIT_UNTIL (!g_file_test (copy, G_FILE_TEST_EXISTS));
  /* The file imported from is the user's and stays. */
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  log_test_init (&argc, &argv);

  g_test_add_func ("/log-ui/import/offline", test_import_offline);
  g_test_add_func ("/log-ui/import/local-tiles", test_import_local_tiles);
  g_test_add_func ("/log-ui/import/without-times", test_import_without_times);
  g_test_add_func ("/log-ui/import/broken", test_import_broken);
  g_test_add_func ("/log-ui/import/undo", test_import_undo);

  return g_test_run ();
}
