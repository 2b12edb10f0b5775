/* test-window.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "rbd-preferences-window.h"
#include "rbd-store-banner.h"
#include "rbd-window.h"

/* Drives the real widgets under Xvfb: actions, combo rows, entry rows and
 * banner buttons, then checks the store, the file on disk and GSettings. */

#define VALID_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[{\"id\":\"p1\",\"date\":\"2026-11-30\",\"kind\":\"interval\"}]," \
  "\"sessions\":[{\"id\":\"s1\",\"start\":\"2026-11-30T07:10:00+01:00\",\"kind\":\"easy\",\"rpe\":7}]," \
  "\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define BACKUP_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":64.5}," \
  "\"planned\":[],\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define INVALID_VALUE_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{}," \
  "\"planned\":[]," \
  "\"sessions\":[{\"id\":\"s1\",\"start\":\"2026-11-30T07:10:00+01:00\",\"kind\":\"easy\",\"rpe\":14}]," \
  "\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define NEWER_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":99,\"profile\":{}," \
  "\"planned\":[],\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define WAIT_TIMEOUT_S 10

/* Iterates the main loop until @cond holds; fails the test after a while
 * instead of hanging. A ticking timeout keeps each iteration short. */
#define WAIT_UNTIL(cond)                                                        \
  G_STMT_START {                                                                \
    gint64 _deadline = g_get_monotonic_time () + WAIT_TIMEOUT_S * G_USEC_PER_SEC; \
    while (!(cond))                                                             \
      {                                                                         \
        if (g_get_monotonic_time () > _deadline)                                \
          g_error ("Timed out waiting for: %s", #cond);                         \
        g_main_context_iteration (NULL, TRUE);                                  \
      }                                                                         \
  } G_STMT_END

typedef struct
{
  char     *dir;        /* XDG-like folder the test owns */
  char     *data_dir;   /* dir/rebound */
  RbdStore *store;
} Fixture;

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_document (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (rbd_store_get_path (fixture->store), &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
on_load_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Broken, read-only and invalid documents are what some tests are about:
   * the store's state says which, and each test checks it. */
  if (!rbd_store_load_finish (RBD_STORE (object), result, &error))
    g_test_message ("load: %s", error->message);
}

static gboolean
store_is_loaded (RbdStore *store)
{
  RbdStoreState state = rbd_store_get_state (store);

  return state != RBD_STORE_STATE_EMPTY && state != RBD_STORE_STATE_LOADING;
}

/* Writes the given files (name, contents, ..., NULL) into a fresh data
 * folder and loads it the way the application does: asynchronously. */
static void
fixture_load (Fixture    *fixture,
              const char *first_name,
              ...)
{
  g_autoptr(GError) error = NULL;
  const char *name;
  va_list args;

  fixture->dir = g_dir_make_tmp ("rebound-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->data_dir, 0700), ==, 0);

  va_start (args, first_name);
  for (name = first_name; name != NULL; name = va_arg (args, const char *))
    write_file (fixture->data_dir, name, va_arg (args, const char *));
  va_end (args);

  fixture->store = rbd_store_new (fixture->data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, on_load_cb, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));
}

static void
fixture_clear (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (fixture->store != NULL)
    {
      rbd_store_flush (fixture->store, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->data_dir, g_free);
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  /* Let the destruction and its idles run before the next test. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Widget tree helpers */

static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p != '_')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *text = NULL;

          if (title == NULL)
            return child;

          if (ADW_IS_PREFERENCES_ROW (child))
            text = strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
          else if (GTK_IS_BUTTON (child))
            text = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (child)));

          /* Buttons exist twice in the banner (wide and narrow): take the
           * one on screen. */
          if (g_strcmp0 (text, title) == 0 &&
              (!GTK_IS_BUTTON (child) || gtk_widget_get_mapped (child)))
            return child;
        }

      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (child)));
          g_string_append_c (out, '\n');
        }

      collect_labels (child, out);
    }
}

static char *
dup_label_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_labels (root, out);

  return g_string_free (out, FALSE);
}

static RbdWindow *
open_window (Fixture *fixture)
{
  RbdWindow *window = rbd_window_new (NULL, fixture->store);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

static void
on_banner_error_cb (RbdStoreBanner *banner,
                    const char     *message,
                    gpointer        user_data)
{
  g_error ("The banner reported an error: %s", message);
}

static RbdStoreBanner *
get_banner (RbdWindow *window)
{
  GtkWidget *banner = find_widget (GTK_WIDGET (window), RBD_TYPE_STORE_BANNER, NULL);

  g_assert_nonnull (banner);
  /* Every banner action in these tests is meant to work. */
  g_signal_connect (banner, "error", G_CALLBACK (on_banner_error_cb), NULL);

  return RBD_STORE_BANNER (banner);
}

static GtkWidget *
get_button (RbdWindow  *window,
            const char *label)
{
  GtkWidget *button;

  WAIT_UNTIL ((button = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, label)) != NULL);

  return button;
}

/* Window */

static void
test_window_pages (void)
{
  static const char *pages[] = { "log", "routines", "fuel", "plan" };
  Fixture fixture = { 0 };
  RbdWindow *window;
  AdwViewStack *stack;

  fixture_load (&fixture, NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READY);

  window = open_window (&fixture);
  stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  g_assert_nonnull (stack);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "plan");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window),
                                                 "win.show-page", "s", pages[i]));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);
      g_assert_cmpstr (rbd_window_get_visible_page (window), ==, pages[i]);
    }

  /* A clean, empty document has nothing to warn about. */
  g_assert_false (rbd_store_banner_get_revealed (get_banner (window)));

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

static void
test_window_size_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  Fixture fixture = { 0 };
  RbdWindow *window;
  int width = 0;
  int height = 0;

  fixture_load (&fixture, NULL);

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 480);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = rbd_window_new (NULL, fixture.store);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 520);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  fixture_clear (&fixture);
}

/* Preferences */

static RbdPreferencesWindow *
open_preferences (Fixture *fixture)
{
  RbdPreferencesWindow *preferences = rbd_preferences_window_new (fixture->store);

  gtk_window_present (GTK_WINDOW (preferences));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (preferences)));

  return preferences;
}

static void
test_preferences_units (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *units = NULL;
  g_autofree char *week_start = NULL;
  RbdPreferencesWindow *preferences;
  Fixture fixture = { 0 };
  GtkWidget *units_row;
  GtkWidget *week_row;
  GtkWidget *mass_row;

  g_settings_reset (settings, "units");
  g_settings_reset (settings, "first-day-of-week");

  fixture_load (&fixture, "rebound.json", VALID_DOCUMENT, NULL);
  preferences = open_preferences (&fixture);

  units_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, "Units");
  week_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, "First Day of the Week");
  mass_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Body Mass");
  g_assert_nonnull (units_row);
  g_assert_nonnull (week_row);
  g_assert_nonnull (mass_row);

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (units_row)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mass_row)), ==, "70");

  adw_combo_row_set_selected (ADW_COMBO_ROW (units_row), 1);
  units = g_settings_get_string (settings, "units");
  g_assert_cmpstr (units, ==, "imperial");

  /* 70 kg shown in pounds, one decimal */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mass_row)), ==, "154.3");

  adw_combo_row_set_selected (ADW_COMBO_ROW (week_row), 6);
  week_start = g_settings_get_string (settings, "first-day-of-week");
  g_assert_cmpstr (week_start, ==, "sunday");

  /* And back the other way: the setting drives the row. */
  g_settings_set_string (settings, "units", "metric");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (units_row)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mass_row)), ==, "70");

  g_settings_reset (settings, "units");
  g_settings_reset (settings, "first-day-of-week");
  destroy_window (GTK_WINDOW (preferences));
  fixture_clear (&fixture);
}

static gboolean
store_is_clean (RbdStore *store)
{
  return !rbd_store_get_dirty (store);
}

static void
test_preferences_body (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  RbdPreferencesWindow *preferences;
  Fixture fixture = { 0 };
  g_autofree char *saved = NULL;
  g_autofree char *labels = NULL;
  GtkWidget *mass_row;
  GtkWidget *rest_row;
  GtkWidget *max_row;
  RbdRecord *profile;
  static const char *bad_masses[] = { "abc", "0", "400", "7O", "-70" };

  g_settings_reset (settings, "units");

  fixture_load (&fixture, "rebound.json", VALID_DOCUMENT, NULL);
  preferences = open_preferences (&fixture);
  profile = RBD_RECORD (rbd_store_get_profile (fixture.store));

  mass_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Body Mass");
  rest_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Resting Heart Rate");
  max_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Maximum Heart Rate");
  g_assert_nonnull (mass_row);
  g_assert_nonnull (rest_row);
  g_assert_nonnull (max_row);
  g_assert_true (gtk_widget_is_sensitive (mass_row));

  gtk_editable_set_text (GTK_EDITABLE (mass_row), "72.5");
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"), 72.5, 1e-9);
  g_assert_false (gtk_widget_has_css_class (mass_row, "error"));

  /* The store saves by itself, soon after the change. */
  WAIT_UNTIL (store_is_clean (fixture.store));
  saved = read_document (&fixture);
  g_assert_nonnull (strstr (saved, "72.5"));

  /* A comma works as the decimal separator in any locale. */
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "71,5");
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"), 71.5, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (bad_masses); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (mass_row), bad_masses[i]);
      g_assert_true (gtk_widget_has_css_class (mass_row, "error"));
      g_assert_nonnull (gtk_widget_get_tooltip_text (mass_row));
      g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"), 71.5, 1e-9);
    }

  /* The message is shown under the group, in words. */
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "abc");
  labels = dup_label_text (GTK_WIDGET (preferences));
  g_assert_nonnull (strstr (labels, "Body mass: Enter a number"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (mass_row), "Enter a number"));
  g_clear_pointer (&labels, g_free);

  gtk_editable_set_text (GTK_EDITABLE (mass_row), "400");
  labels = dup_label_text (GTK_WIDGET (preferences));
  g_assert_nonnull (strstr (labels, gtk_widget_get_tooltip_text (mass_row)));
  g_clear_pointer (&labels, g_free);

  /* Fixing it clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "69");
  g_assert_false (gtk_widget_has_css_class (mass_row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (mass_row));
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"), 69.0, 1e-9);

  /* Empty means "not recorded" (once it stays empty: replacing the text
   * passes through "" on its way). */
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "");
  WAIT_UNTIL (!rbd_record_is_set (profile, "body_mass_kg"));
  g_assert_cmpfloat (rbd_record_get_double (profile, "body_mass_kg"), ==, RBD_UNSET);

  /* Pounds are converted to kilograms. */
  g_settings_set_string (settings, "units", "imperial");
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "154.3");
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"),
                                  154.3 * 0.45359237, 1e-6);
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "20");
  g_assert_true (gtk_widget_has_css_class (mass_row, "error"));
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (profile, "body_mass_kg"),
                                  154.3 * 0.45359237, 1e-6);
  g_settings_reset (settings, "units");

  /* Heart rates are whole numbers in range. */
  gtk_editable_set_text (GTK_EDITABLE (rest_row), "48");
  g_assert_cmpint (rbd_record_get_int (profile, "rest_hr_bpm"), ==, 48);
  gtk_editable_set_text (GTK_EDITABLE (rest_row), "4");
  g_assert_true (gtk_widget_has_css_class (rest_row, "error"));
  g_assert_cmpint (rbd_record_get_int (profile, "rest_hr_bpm"), ==, 48);
  gtk_editable_set_text (GTK_EDITABLE (rest_row), "48.5");
  g_assert_true (gtk_widget_has_css_class (rest_row, "error"));
  g_assert_cmpint (rbd_record_get_int (profile, "rest_hr_bpm"), ==, 48);

  gtk_editable_set_text (GTK_EDITABLE (max_row), "188");
  g_assert_cmpint (rbd_record_get_int (profile, "max_hr_bpm"), ==, 188);
  gtk_editable_set_text (GTK_EDITABLE (max_row), "400");
  g_assert_true (gtk_widget_has_css_class (max_row, "error"));
  g_assert_cmpint (rbd_record_get_int (profile, "max_hr_bpm"), ==, 188);

  /* An error on one row survives a valid change on another. */
  g_assert_true (gtk_widget_has_css_class (rest_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rest_row)), ==, "48.5");

  WAIT_UNTIL (store_is_clean (fixture.store));
  g_clear_pointer (&saved, g_free);
  saved = read_document (&fixture);
  g_assert_nonnull (strstr (saved, "\"max_hr_bpm\""));
  g_assert_nonnull (strstr (saved, "188"));

  destroy_window (GTK_WINDOW (preferences));
  fixture_clear (&fixture);
}

static void
test_preferences_not_ready (void)
{
  RbdPreferencesWindow *preferences;
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  GtkWidget *mass_row;

  fixture_load (&fixture, "rebound.json", "{ not json", NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_BROKEN);

  preferences = open_preferences (&fixture);
  mass_row = find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Body Mass");
  g_assert_false (gtk_widget_is_sensitive (mass_row));

  labels = dup_label_text (GTK_WIDGET (preferences));
  g_assert_nonnull (strstr (labels, "could not be read"));

  /* Starting empty makes the profile editable again. */
  rbd_store_start_empty (fixture.store);
  g_assert_true (gtk_widget_is_sensitive (mass_row));
  gtk_editable_set_text (GTK_EDITABLE (mass_row), "58");
  g_assert_cmpfloat_with_epsilon (rbd_profile_get_body_mass_kg (rbd_store_get_profile (fixture.store)),
                                  58.0, 1e-9);

  destroy_window (GTK_WINDOW (preferences));
  fixture_clear (&fixture);
}

/* Problem banner */

static void
test_banner_broken_restore (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *on_disk = NULL;
  RbdStoreBanner *banner;
  RbdWindow *window;
  GtkWidget *restore;

  fixture_load (&fixture,
                "rebound.json", "{ not json",
                "rebound.json.bak", BACKUP_DOCUMENT,
                NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_BROKEN);
  copy_path = g_strdup (rbd_store_get_broken_copy_path (fixture.store));
  g_assert_nonnull (copy_path);

  window = open_window (&fixture);
  banner = get_banner (window);
  g_assert_true (rbd_store_banner_get_revealed (banner));

  /* What is wrong, where (line:column), and where the copy is. */
  labels = dup_label_text (GTK_WIDGET (banner));
  g_assert_true (g_regex_match_simple ("line 1, column [0-9]+|line:column 1:[0-9]+",
                                       labels, 0, 0));
  g_assert_nonnull (strstr (labels, copy_path));

  get_button (window, "Open Data Folder");
  get_button (window, "Start Empty");
  restore = get_button (window, "Restore Last Backup");
  g_assert_true (gtk_widget_is_sensitive (restore));

  /* A button activated from the keyboard clicks after a short animation. */
  gtk_widget_activate (restore);
  WAIT_UNTIL (rbd_store_get_state (fixture.store) == RBD_STORE_STATE_READY);
  g_assert_cmpfloat_with_epsilon (rbd_profile_get_body_mass_kg (rbd_store_get_profile (fixture.store)),
                                  64.5, 1e-9);
  g_assert_false (rbd_store_banner_get_revealed (banner));

  /* The backup is now the document, and the broken copy is kept. */
  on_disk = read_document (&fixture);
  g_assert_nonnull (strstr (on_disk, "64.5"));
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_IS_REGULAR));

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

static void
test_banner_broken_start_empty (void)
{
  Fixture fixture = { 0 };
  g_autofree char *copy_path = NULL;
  g_autofree char *copy = NULL;
  RbdStoreBanner *banner;
  RbdWindow *window;
  GtkWidget *restore;
  GtkWidget *empty;

  fixture_load (&fixture, "rebound.json", "{ not json", NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_BROKEN);
  copy_path = g_strdup (rbd_store_get_broken_copy_path (fixture.store));

  window = open_window (&fixture);
  banner = get_banner (window);
  g_assert_true (rbd_store_banner_get_revealed (banner));

  /* No backup: the button says why it cannot be used. */
  restore = get_button (window, "Restore Last Backup");
  g_assert_false (gtk_widget_is_sensitive (restore));
  g_assert_nonnull (gtk_widget_get_tooltip_text (restore));

  empty = get_button (window, "Start Empty");
  g_assert_true (gtk_widget_is_sensitive (empty));
  gtk_widget_activate (empty);
  WAIT_UNTIL (rbd_store_get_state (fixture.store) == RBD_STORE_STATE_READY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (fixture.store))), ==, 0);
  g_assert_false (rbd_store_banner_get_revealed (banner));

  /* The broken copy keeps the user's bytes. */
  g_assert_true (g_file_get_contents (copy_path, &copy, NULL, NULL));
  g_assert_cmpstr (copy, ==, "{ not json");

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

static void
test_banner_problems (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  RbdStoreBanner *banner;
  RbdWindow *window;
  GtkWidget *dismiss;

  fixture_load (&fixture, "rebound.json", INVALID_VALUE_DOCUMENT, NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READY);
  g_assert_cmpuint (rbd_store_get_problems (fixture.store)->len, >, 0);

  window = open_window (&fixture);
  banner = get_banner (window);
  g_assert_true (rbd_store_banner_get_revealed (banner));

  labels = dup_label_text (GTK_WIDGET (banner));
  g_assert_nonnull (strstr (labels, "Some values could not be used"));
  g_assert_nonnull (strstr (labels, rbd_store_get_broken_copy_path (fixture.store)));
  g_assert_nonnull (strstr (labels, "rpe = 14"));
  g_assert_nonnull (strstr (labels, "sessions"));

  dismiss = get_button (window, "Dismiss");
  gtk_widget_activate (dismiss);
  WAIT_UNTIL (!rbd_store_banner_get_revealed (banner));

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

static void
test_banner_long_list (void)
{
  g_autoptr(GString) document = g_string_new ("{\"format\":\"rebound\",\"version\":1,\"sessions\":[");
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  GtkWidget *expander;
  RbdWindow *window;

  /* Twenty sessions with an impossible RPE each */
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (document,
                            "%s{\"id\":\"s%u\",\"start\":\"2026-11-30T07:10:00+01:00\","
                            "\"kind\":\"easy\",\"rpe\":%u}",
                            i > 0 ? "," : "", i, 11 + i);
  g_string_append (document, "]}");

  fixture_load (&fixture, "rebound.json", document->str, NULL);
  g_assert_cmpuint (rbd_store_get_problems (fixture.store)->len, ==, 20);

  window = open_window (&fixture);
  g_assert_true (rbd_store_banner_get_revealed (get_banner (window)));

  /* Folded away at first, since it is long; every problem is listed, the
   * first and the last included. */
  expander = find_widget (GTK_WIDGET (window), GTK_TYPE_EXPANDER, NULL);
  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  labels = dup_label_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (labels, "rpe = 11"));
  g_assert_nonnull (strstr (labels, "rpe = 30"));

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

static void
test_banner_save_error (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  g_autoptr(GError) error = NULL;
  RbdStoreBanner *banner;
  RbdWindow *window;

  fixture_load (&fixture, "rebound.json", VALID_DOCUMENT, NULL);
  window = open_window (&fixture);
  banner = get_banner (window);
  g_assert_false (rbd_store_banner_get_revealed (banner));

  /* A data folder that has become a file cannot be written, even by root
   * (which ignores permission bits). */
  remove_tree (fixture.data_dir);
  g_file_set_contents (fixture.data_dir, "", 0, &error);
  g_assert_no_error (error);

  rbd_record_set_double (RBD_RECORD (rbd_store_get_profile (fixture.store)), "body_mass_kg", 66.0);
  WAIT_UNTIL (rbd_store_get_save_error (fixture.store) != NULL);

  g_assert_true (rbd_store_banner_get_revealed (banner));
  labels = dup_label_text (GTK_WIDGET (banner));
  g_assert_nonnull (strstr (labels, "Could not save"));
  g_assert_nonnull (strstr (labels, rbd_store_get_save_error (fixture.store)));

  /* The change is still there, in memory. */
  g_assert_cmpfloat_with_epsilon (rbd_profile_get_body_mass_kg (rbd_store_get_profile (fixture.store)),
                                  66.0, 1e-9);

  gtk_widget_activate (get_button (window, "Dismiss"));
  WAIT_UNTIL (!rbd_store_banner_get_revealed (banner));

  destroy_window (GTK_WINDOW (window));

  /* Put the folder and its document back so the last flush can save. */
  g_unlink (fixture.data_dir);
  g_assert_cmpint (g_mkdir_with_parents (fixture.data_dir, 0700), ==, 0);
  write_file (fixture.data_dir, "rebound.json", VALID_DOCUMENT);
  fixture_clear (&fixture);
}

static void
test_banner_read_only (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  RbdStoreBanner *banner;
  RbdWindow *window;

  fixture_load (&fixture, "rebound.json", NEWER_DOCUMENT, NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READ_ONLY);

  window = open_window (&fixture);
  banner = get_banner (window);
  g_assert_true (rbd_store_banner_get_revealed (banner));

  labels = dup_label_text (GTK_WIDGET (banner));
  g_assert_nonnull (strstr (labels, "newer version of Rebound"));
  g_assert_nonnull (strstr (labels, "read-only"));

  destroy_window (GTK_WINDOW (window));
  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  /* g_test_init() makes warnings and criticals fatal in this process; the
   * variable is for anything it starts. */
  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_timeout_add (20, tick_cb, NULL);

  g_test_add_func ("/ui/window/pages", test_window_pages);
  g_test_add_func ("/ui/window/size-saved", test_window_size_saved);
  g_test_add_func ("/ui/preferences/units", test_preferences_units);
  g_test_add_func ("/ui/preferences/body", test_preferences_body);
  g_test_add_func ("/ui/preferences/not-ready", test_preferences_not_ready);
  g_test_add_func ("/ui/banner/broken-restore", test_banner_broken_restore);
  g_test_add_func ("/ui/banner/broken-start-empty", test_banner_broken_start_empty);
  g_test_add_func ("/ui/banner/problems", test_banner_problems);
  g_test_add_func ("/ui/banner/long-list", test_banner_long_list);
  g_test_add_func ("/ui/banner/save-error", test_banner_save_error);
  g_test_add_func ("/ui/banner/read-only", test_banner_read_only);

  return g_test_run ();
}
