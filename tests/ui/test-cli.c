/* test-cli.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

/* Runs the built `rebound` binary with no display, each time on its own
 * data folder, and checks exit status, output and that the document on disk
 * is never changed. REBOUND_BINARY comes from tests/ui/meson.build. */

#define VALID_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[{\"id\":\"p1\",\"date\":\"2026-11-30\",\"kind\":\"interval\"}]," \
  "\"sessions\":[{\"id\":\"s1\",\"start\":\"2026-11-30T07:10:00+01:00\",\"kind\":\"easy\",\"rpe\":7}]," \
  "\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define INVALID_VALUE_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[]," \
  "\"sessions\":[{\"id\":\"s1\",\"start\":\"2026-11-30T07:10:00+01:00\",\"kind\":\"easy\",\"rpe\":14}]," \
  "\"checkins\":[],\"routines\":[],\"shoes\":[]}"

/* Where in the file: "line 1, column 3" (or "line:column 1:3") */
#define WHERE_PATTERN "line [0-9]+, column [0-9]+|line:column [0-9]+:[0-9]+"

typedef struct
{
  char *home;       /* stands in for XDG_DATA_HOME */
  char *data_dir;   /* home/rebound */
  char *path;       /* home/rebound/rebound.json */
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  GDir *dir;
  const char *name;

  if (run->data_dir != NULL && (dir = g_dir_open (run->data_dir, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (run->data_dir, name, NULL);

          g_unlink (child);
        }
      g_dir_close (dir);
      g_rmdir (run->data_dir);
    }
  if (run->home != NULL)
    g_rmdir (run->home);

  g_clear_pointer (&run->home, g_free);
  g_clear_pointer (&run->data_dir, g_free);
  g_clear_pointer (&run->path, g_free);
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_prepare (Run        *run,
             const char *document)
{
  g_autoptr(GError) error = NULL;

  run->home = g_dir_make_tmp ("rebound-cli-XXXXXX", &error);
  g_assert_no_error (error);
  run->data_dir = g_build_filename (run->home, "rebound", NULL);
  run->path = g_build_filename (run->data_dir, "rebound.json", NULL);

  if (document != NULL)
    {
      g_assert_cmpint (g_mkdir_with_parents (run->data_dir, 0700), ==, 0);
      g_file_set_contents (run->path, document, -1, &error);
      g_assert_no_error (error);
    }
}

static void
run_rebound (Run        *run,
             const char *option)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* The command line must work with no display and no session bus. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", run->home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  process = g_subprocess_launcher_spawn (launcher, &error, REBOUND_BINARY, option, NULL);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  g_test_message ("rebound %s -> %d\nstdout:\n%s\nstderr:\n%s",
                  option, run->status, run->out, run->err);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the data folder, sorted and joined, to see what was written. */
static char *
list_data_dir (Run *run)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir;
  const char *name;

  dir = g_dir_open (run->data_dir, 0, NULL);
  if (dir == NULL)
    return g_strdup ("");

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
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
test_version (void)
{
  Run run = { 0 };
  g_autofree char *expected = g_strdup_printf ("rebound %s\n", REBOUND_VERSION);

  run_prepare (&run, NULL);
  run_rebound (&run, "--version");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  run_clear (&run);
}

static void
test_check_missing (void)
{
  Run run = { 0 };

  run_prepare (&run, NULL);
  run_rebound (&run, "--check-data");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "No data file"));
  g_assert_nonnull (strstr (run.out, "planned: 0\n"));
  g_assert_nonnull (strstr (run.out, "sessions: 0\n"));
  g_assert_nonnull (strstr (run.out, "profile: not set\n"));
  g_assert_cmpstr (run.err, ==, "");

  /* Checking creates nothing. */
  g_assert_false (g_file_test (run.data_dir, G_FILE_TEST_EXISTS));

  run_clear (&run);
}

static void
test_check_valid (void)
{
  Run run = { 0 };
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;

  run_prepare (&run, VALID_DOCUMENT);
  run_rebound (&run, "--check-data");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, run.path));
  g_assert_nonnull (strstr (run.out, "\nplanned: 1\n"));
  g_assert_nonnull (strstr (run.out, "\nsessions: 1\n"));
  g_assert_nonnull (strstr (run.out, "\ncheck-ins: 0\n"));
  g_assert_nonnull (strstr (run.out, "\nroutines: 0\n"));
  g_assert_nonnull (strstr (run.out, "\nshoes: 0\n"));
  g_assert_nonnull (strstr (run.out, "\nprofile: set\n"));
  g_assert_cmpstr (run.err, ==, "");

  after = read_file (run.path);
  g_assert_cmpstr (after, ==, VALID_DOCUMENT);
  listing = list_data_dir (&run);
  g_assert_cmpstr (listing, ==, "rebound.json");

  run_clear (&run);
}

static void
test_check_broken (void)
{
  Run run = { 0 };
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GRegex) where = NULL;

  run_prepare (&run, "{ not json");
  run_rebound (&run, "--check-data");

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, run.path));
  where = g_regex_new (WHERE_PATTERN, 0, 0, NULL);
  g_assert_true (g_regex_match (where, run.err, 0, NULL));
  g_assert_null (strstr (run.out, "planned:"));

  /* Nothing is written: the document is untouched and alone. */
  after = read_file (run.path);
  g_assert_cmpstr (after, ==, "{ not json");
  listing = list_data_dir (&run);
  g_assert_cmpstr (listing, ==, "rebound.json");

  run_clear (&run);
}

static void
test_check_invalid_value (void)
{
  Run run = { 0 };
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;

  run_prepare (&run, INVALID_VALUE_DOCUMENT);
  run_rebound (&run, "--check-data");

  g_assert_cmpint (run.status, ==, 1);
  /* Which item, which field, which value */
  g_assert_nonnull (strstr (run.err, "sessions item 1"));
  g_assert_nonnull (strstr (run.err, "s1"));
  g_assert_nonnull (strstr (run.err, "rpe = 14"));
  /* What could be read is still counted. */
  g_assert_nonnull (strstr (run.out, "\nsessions: 1\n"));

  after = read_file (run.path);
  g_assert_cmpstr (after, ==, INVALID_VALUE_DOCUMENT);
  listing = list_data_dir (&run);
  g_assert_cmpstr (listing, ==, "rebound.json");

  run_clear (&run);
}

/* A plan for the week of 30 November 2026 that breaks R1 (intervals, then
 * tempo the next day), with titles in Japanese and Arabic. */
#define PLAN_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[" \
  "{\"id\":\"p1\",\"date\":\"2026-11-30\",\"kind\":\"interval\"," \
  "\"title\":\"5 x 4 min, 10K effort\",\"duration_s\":3900,\"distance_m\":10000}," \
  "{\"id\":\"p2\",\"date\":\"2026-12-01\",\"kind\":\"tempo\",\"title\":\"朝のテンポ走\"}," \
  "{\"id\":\"p3\",\"date\":\"2026-12-05\",\"kind\":\"long\",\"title\":\"ركض طويل\"," \
  "\"duration_s\":5400}]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

/* Like run_rebound(), with any arguments. */
static void
run_rebound_argv (Run               *run,
                  const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  g_ptr_array_add (argv, (gpointer) REBOUND_BINARY);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", run->home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  joined = g_strjoinv (" ", (char **) args);
  g_test_message ("rebound %s -> %d\nstdout:\n%s\nstderr:\n%s",
                  joined, run->status, run->out, run->err);
}

/* A folder for the exported files, apart from the data folder. */
static char *
make_output_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rebound-export-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_output_dir (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/* The data folder holds the document as it was, and nothing else. */
static void
assert_document_untouched (Run        *run,
                           const char *document)
{
  g_autofree char *after = read_file (run->path);
  g_autofree char *listing = list_data_dir (run);

  g_assert_cmpstr (after, ==, document);
  g_assert_cmpstr (listing, ==, "rebound.json");
}

static void
test_export_week (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *expected = g_strdup_printf ("%s\n", pdf);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  gsize length = 0;

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-week", "2026-12-02", "--output", pdf,
                                             NULL });

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 5, "%PDF-", 5);

  /* Only the PDF is new: no temporary file is left next to it, and the
   * document was read, not written. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "week.pdf");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  remove_output_dir (dir);
  run_clear (&run);
}

static void
test_export_week_impossible_date (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *listing = NULL;

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-week", "2026-02-30", "--output", pdf,
                                             NULL });

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "2026-02-30"));
  g_assert_nonnull (strstr (run.err, "YYYY-MM-DD"));
  g_assert_cmpstr (run.out, ==, "");

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  remove_output_dir (dir);
  run_clear (&run);
}

static void
test_export_week_unwritable (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *pdf = g_build_filename (dir, "missing", "week.pdf", NULL);
  g_autofree char *listing = NULL;

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-week", "2026-12-02", "--output", pdf,
                                             NULL });

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, pdf));
  g_assert_cmpstr (run.out, ==, "");

  /* Nothing else touched */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  remove_output_dir (dir);
  run_clear (&run);
}

static void
test_export_week_no_output (void)
{
  Run run = { 0 };

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-week", "2026-12-02", NULL });

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--output"));
  g_assert_cmpstr (run.out, ==, "");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  run_clear (&run);
}

static void
test_export_week_broken (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *listing = NULL;

  run_prepare (&run, "{ not json");
  run_rebound_argv (&run, (const char *[]) { "--export-week", "2026-12-02", "--output", pdf,
                                             NULL });

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, run.path));
  g_assert_cmpstr (run.out, ==, "");

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  assert_document_untouched (&run, "{ not json");

  remove_output_dir (dir);
  run_clear (&run);
}

static void
test_export_ics (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *ics = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *expected = g_strdup_printf ("%s\n", ics);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-ics", ics, NULL });

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  contents = read_file (ics);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nUID:p1@rebound\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nSUMMARY:5 x 4 min\\, 10K effort (Intervals)\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nSUMMARY:朝のテンポ走 (Tempo)\r\n"));
  g_assert_nonnull (strstr (contents, "\r\nSUMMARY:ركض طويل (Long Run)\r\n"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.ics");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  remove_output_dir (dir);
  run_clear (&run);
}

static void
test_export_ics_unwritable (void)
{
  Run run = { 0 };
  g_autofree char *dir = make_output_dir ();
  g_autofree char *ics = g_build_filename (dir, "missing", "plan.ics", NULL);
  g_autofree char *listing = NULL;

  run_prepare (&run, PLAN_DOCUMENT);
  run_rebound_argv (&run, (const char *[]) { "--export-ics", ics, NULL });

  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, ics));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  assert_document_untouched (&run, PLAN_DOCUMENT);

  remove_output_dir (dir);
  run_clear (&run);
}

/* A short track: three points 100 m apart along a meridian, a minute apart. */
#define SMALL_GPX \
  "<?xml version=\"1.0\"?>\n" \
  "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n" \
  "<trk><trkseg>\n" \
  "<trkpt lat=\"52.000000\" lon=\"13.0\"><time>2026-11-30T07:00:00Z</time></trkpt>\n" \
  "<trkpt lat=\"52.000899\" lon=\"13.0\"><time>2026-11-30T07:00:30Z</time></trkpt>\n" \
  "<trkpt lat=\"52.001799\" lon=\"13.0\"><time>2026-11-30T07:01:00Z</time></trkpt>\n" \
  "</trkseg></trk></gpx>\n"

static void
remove_routes (Run *run)
{
  g_autofree char *routes = g_build_filename (run->data_dir, "routes", NULL);
  g_autoptr(GDir) dir = g_dir_open (routes, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (routes, name, NULL);

      g_unlink (child);
    }
  g_rmdir (routes);
}

static void
test_import_gpx (void)
{
  Run run = { 0 };
  g_autofree char *gpx = NULL;
  g_autofree char *after = NULL;
  g_autofree char *route = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;

  run_prepare (&run, VALID_DOCUMENT);
  gpx = g_build_filename (run.home, "morning.gpx", NULL);
  g_file_set_contents (gpx, SMALL_GPX, -1, &error);
  g_assert_no_error (error);

  {
    const char *args[] = { "--import-gpx", gpx, NULL };

    run_rebound_argv (&run, args);
  }

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "0.20 km"));

  /* The session is in the document, with the route beside it. */
  after = read_file (run.path);
  g_assert_nonnull (strstr (after, "\"start\": \"2026-11-30T0"));
  g_assert_nonnull (strstr (after, "\"duration_s\": 60"));
  id = strstr (run.out, "as session ");
  g_assert_nonnull (id);
  route = g_strdup_printf ("%s/routes/%.36s.gpx", run.data_dir, id + strlen ("as session "));
  copied = read_file (route);
  g_assert_cmpstr (copied, ==, SMALL_GPX);

  g_unlink (gpx);
  remove_routes (&run);
  run_clear (&run);
}

static void
test_import_gpx_broken (void)
{
  Run run = { 0 };
  g_autofree char *gpx = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  run_prepare (&run, VALID_DOCUMENT);
  gpx = g_build_filename (run.home, "broken.gpx", NULL);
  g_file_set_contents (gpx, "<gpx><trk><trkseg><trkpt lat=\"52\"", -1, &error);
  g_assert_no_error (error);

  {
    const char *args[] = { "--import-gpx", gpx, NULL };

    run_rebound_argv (&run, args);
  }

  /* The file and the problem are named; nothing changes. */
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "broken.gpx"));
  after = read_file (run.path);
  g_assert_cmpstr (after, ==, VALID_DOCUMENT);
  listing = list_data_dir (&run);
  g_assert_cmpstr (listing, ==, "rebound.json");

  g_unlink (gpx);
  run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/check-data/missing", test_check_missing);
  g_test_add_func ("/cli/check-data/valid", test_check_valid);
  g_test_add_func ("/cli/check-data/broken", test_check_broken);
  g_test_add_func ("/cli/check-data/invalid-value", test_check_invalid_value);
  g_test_add_func ("/cli/export-week/valid", test_export_week);
  g_test_add_func ("/cli/export-week/impossible-date", test_export_week_impossible_date);
  g_test_add_func ("/cli/export-week/unwritable", test_export_week_unwritable);
  g_test_add_func ("/cli/export-week/no-output", test_export_week_no_output);
  g_test_add_func ("/cli/export-week/broken-document", test_export_week_broken);
  g_test_add_func ("/cli/export-ics/valid", test_export_ics);
  g_test_add_func ("/cli/export-ics/unwritable", test_export_ics_unwritable);
  g_test_add_func ("/cli/import-gpx/valid", test_import_gpx);
  g_test_add_func ("/cli/import-gpx/broken", test_import_gpx_broken);

  return g_test_run ();
}
