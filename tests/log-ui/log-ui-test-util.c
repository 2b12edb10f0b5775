/* log-ui-test-util.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "log-ui-test"

#include "config.h"

#include <glib/gstdio.h>

#include "log-ui-test-util.h"

/* A window with the actions the Routines and Fuel pages put on the real
 * one, so that the page's offers after a hard session can be seen and
 * followed. */

#define TEST_TYPE_WINDOW (test_window_get_type ())
G_DECLARE_FINAL_TYPE (TestWindow, test_window, TEST, WINDOW, AdwWindow)

struct _TestWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (TestWindow, test_window, ADW_TYPE_WINDOW)

static char *last_action;

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_free (last_action);
  last_action = g_strdup_printf ("%s %s", action_name, g_variant_get_string (parameter, NULL));
}

static void
test_window_class_init (TestWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.start-routine", "s", record_action);
  gtk_widget_class_install_action (widget_class, "win.start-timeline", "s", record_action);
}

static void
test_window_init (TestWindow *self)
{
}

const char *
last_window_action (void)
{
  return last_action;
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

void
log_test_init (int    *argc,
               char ***argv)
{
  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  /* The kind icons are in the app's resources; the app adds them to the
   * icon theme itself. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");

  g_timeout_add (20, tick_cb, NULL);
}

static GDateTime *
now_cb (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

void
fixture_set_now (Fixture *fixture,
                 int      hour,
                 int      minute)
{
  g_clear_pointer (&fixture->now, g_date_time_unref);
  fixture->now = g_date_time_new_local (2031, 3, 12, hour, minute, 0);
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

  if (!rbd_store_load_finish (RBD_STORE (object), result, &error))
    g_test_message ("load: %s", error->message);
}

static gboolean
store_is_loaded (RbdStore *store)
{
  RbdStoreState state = rbd_store_get_state (store);

  return state != RBD_STORE_STATE_EMPTY && state != RBD_STORE_STATE_LOADING;
}

void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
fixture_open (Fixture    *fixture,
              const char *document,
              int         width,
              int         height)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr(GError) error = NULL;

  g_settings_reset (settings, "units");
  g_settings_reset (settings, "first-day-of-week");

  fixture->dir = g_dir_make_tmp ("rebound-log-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->data_dir, 0700), ==, 0);
  if (document != NULL)
    write_file (fixture->data_dir, "rebound.json", document);

  fixture->store = rbd_store_new (fixture->data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, on_load_cb, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));

  fixture->notifier = rbd_recording_notifier_new ();
  if (fixture->now == NULL)
    fixture_set_now (fixture, 9, 0);

  fixture->page = RBD_LOG_PAGE (rbd_log_page_new (fixture->store,
                                                  RBD_NOTIFIER (fixture->notifier)));
  rbd_log_page_set_now_func (fixture->page, now_cb, fixture);
  /* No tiles from the network in tests: a map without a tile source. */
  rbd_log_page_set_tile_source (fixture->page, NULL);

  fixture->window = g_object_new (TEST_TYPE_WINDOW,
                                  "default-width", width,
                                  "default-height", height,
                                  "content", fixture->page,
                                  NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
  flush_events ();
}

void
fixture_clear (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs first, then the window. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (GTK_WIDGET (window) != fixture->window)
        gtk_window_destroy (window);
    }
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  flush_events ();

  if (fixture->store != NULL && rbd_store_get_state (fixture->store) == RBD_STORE_STATE_READY)
    {
      rbd_store_flush (fixture->store, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->notifier);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  if (fixture->dir != NULL)
    remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->data_dir, g_free);
  fixture->window = NULL;
  fixture->page = NULL;
}

/* "2031-03-10" for -2 */
char *
test_day (int days_from_today)
{
  GDate date;
  char buf[11];

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, 3, 2031);
  if (days_from_today < 0)
    g_date_subtract_days (&date, -days_from_today);
  else
    g_date_add_days (&date, days_from_today);
  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", &date);

  return g_strdup (buf);
}

/* A session start on that day, in the test's time zone (Berlin, winter). */
char *
test_start (int days_from_today,
            int hour)
{
  g_autofree char *day = test_day (days_from_today);

  return g_strdup_printf ("%sT%02d:00:00+01:00", day, hour);
}

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

/* The first visible widget of @type under @root (with @title, for rows,
 * buttons and status pages). */
GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *text = NULL;

          if (title == NULL)
            return child;

          if (ADW_IS_PREFERENCES_ROW (child))
            text = strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
          else if (ADW_IS_STATUS_PAGE (child))
            text = g_strdup (adw_status_page_get_title (ADW_STATUS_PAGE (child)));
          else if (GTK_IS_BUTTON (child))
            text = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (child)));

          if (g_strcmp0 (text, title) == 0)
            return child;
        }

      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

void
collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      collect_widgets (child, type, out);
    }
}

static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_child_visible (child) || !gtk_widget_get_visible (child))
        continue;

      if (GTK_IS_LABEL (child))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (child)));
          g_string_append_c (out, '\n');
        }

      collect_labels (child, out);
    }
}

/* The text of every label shown under @root. */
char *
dup_label_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_labels (root, out);

  return g_string_free (out, FALSE);
}

GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action_name) == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

/* The Undo button of the newest toast. */
GtkWidget *
find_newest_undo (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *newest = NULL;
  guint32 newest_serial = 0;

  collect_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = buttons->pdata[i];
      GVariant *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "log.undo") != 0 || target == NULL)
        continue;
      if (newest == NULL || g_variant_get_uint32 (target) > newest_serial)
        {
          newest = GTK_WIDGET (button);
          newest_serial = g_variant_get_uint32 (target);
        }
    }

  return newest;
}

GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);

  return GTK_WIDGET (child);
}

RbdRecord *
get_session (Fixture *fixture,
             guint    position)
{
  GListModel *sessions = G_LIST_MODEL (rbd_store_get_sessions (fixture->store));
  RbdRecord *record = g_list_model_get_item (sessions, position);

  /* The list keeps it alive. */
  g_object_unref (record);

  return record;
}

RbdRecord *
find_record (GListModel *list,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RbdRecord) record = g_list_model_get_item (list, i);

      if (g_strcmp0 (rbd_record_get_id (record), id) == 0)
        return record;
    }

  return NULL;
}

guint
n_items (GListStore *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}
