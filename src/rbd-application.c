/* rbd-application.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-app-notifier.h"
#include "rbd-application.h"
#include "rbd-dates.h"
#include "rbd-gpx-reader.h"
#include "rbd-ical-writer.h"
#include "rbd-plan-calendar.h"
#include "rbd-preferences-window.h"
#include "rbd-week-renderer.h"
#include "rbd-window.h"

struct _RbdApplication
{
  AdwApplication  parent_instance;

  RbdStore       *store;
  RbdNotifier    *notifier;
  GCancellable   *cancellable;
  gboolean        load_started;
};

G_DEFINE_FINAL_TYPE (RbdApplication, rbd_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "check-data", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Load and check the data file without changing it, then exit"), NULL },
  { "export-week", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the planned week that holds DATE (YYYY-MM-DD) to the PDF file given "
       "with --output, then exit"),
    N_("DATE") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The PDF file that --export-week writes"), N_("FILE") },
  { "import-gpx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add a logged session from a GPX track, then exit"), N_("FILE") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write all planned sessions to an iCalendar file, then exit"), N_("FILE") },
  { NULL }
};

static gboolean
profile_is_set (RbdProfile *profile)
{
  static const char * const names[] = { "body_mass_kg", "rest_hr_bpm", "max_hr_bpm" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (rbd_record_is_set (RBD_RECORD (profile), names[i]))
        return TRUE;
    }

  return FALSE;
}

static void
print_counts (RbdStore *store)
{
  /* The "name: count" lines are meant to be read by scripts too, so the
   * names are not translated. */
  g_print ("planned: %u\n", g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))));
  g_print ("sessions: %u\n", g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_sessions (store))));
  g_print ("check-ins: %u\n", g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_checkins (store))));
  g_print ("routines: %u\n", g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_routines (store))));
  g_print ("shoes: %u\n", g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_shoes (store))));
  g_print ("profile: %s\n", profile_is_set (rbd_store_get_profile (store)) ? "set" : "not set");
}

/* `rebound --check-data`: runs before any GTK initialisation, so it works
 * without a display. Loading never writes the document; the only file it may
 * create is the broken-file copy that the data contract asks for. */
static int
check_data (void)
{
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  const char *path;
  GPtrArray *problems;
  RbdStoreState state;
  gboolean existed;
  gboolean loaded;
  int status = 0;

  data_dir = rbd_store_dup_default_data_dir ();
  /* Checking writes nothing, not even the broken-file copy the app makes. */
  store = rbd_store_new_for_checking (data_dir);
  path = rbd_store_get_path (store);
  existed = g_file_test (path, G_FILE_TEST_EXISTS);

  loaded = rbd_store_load (store, &error);
  state = rbd_store_get_state (store);

  if (state != RBD_STORE_STATE_READY && state != RBD_STORE_STATE_READ_ONLY)
    {
      const char *reason = rbd_store_get_load_error (store);

      if (reason == NULL && error != NULL)
        reason = error->message;
      if (reason == NULL)
        reason = _("Unknown error");

      g_printerr (_("Cannot read %s: %s\n"), path, reason);
      g_printerr (_("The file was not changed.\n"));

      return 1;
    }

  if (existed)
    g_print (_("Data file: %s\n"), path);
  else
    g_print (_("No data file at %s yet: an empty document, nothing to check.\n"), path);

  print_counts (store);

  if (state == RBD_STORE_STATE_READ_ONLY)
    g_print (_("This file was written by a newer version of Rebound; "
               "this version would open it read-only.\n"));

  problems = rbd_store_get_problems (store);
  if (problems != NULL && problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u value could not be used:\n",
                               "%s: %u values could not be used:\n",
                               problems->len),
                  path, problems->len);

      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = rbd_load_problem_to_string (g_ptr_array_index (problems, i));

          g_printerr ("  %s\n", text);
        }

      g_printerr (_("The file was not changed.\n"));

      status = 1;
    }
  else if (!loaded && !g_error_matches (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NEWER))
    {
      g_printerr (_("Cannot read %s: %s\n"), path, error->message);
      status = 1;
    }

  return status;
}

/* The day weeks start on, from the preferences when their schema is
 * installed (looked up first: GSettings aborts on a missing schema, and a
 * command line run from the build tree may have none), else Monday. */
static GDateWeekday
first_day_of_week (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *name = NULL;
  GDateWeekday weekday;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "first-day-of-week"))
    return G_DATE_MONDAY;

  settings = g_settings_new_full (schema, NULL, NULL);
  name = g_settings_get_string (settings, "first-day-of-week");
  if (!rbd_weekday_parse (name, &weekday))
    return G_DATE_MONDAY;

  return weekday;
}

/* The document as --check-data reads it, without writing anything; NULL
 * when it cannot be read. Values that could not be used are left out of
 * the export, and said so. */
static RbdStore *
load_for_export (void)
{
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  const char *path;
  GPtrArray *problems;
  RbdStoreState state;
  gboolean loaded;

  data_dir = rbd_store_dup_default_data_dir ();
  store = rbd_store_new_for_checking (data_dir);
  path = rbd_store_get_path (store);

  loaded = rbd_store_load (store, &error);
  state = rbd_store_get_state (store);
  problems = rbd_store_get_problems (store);

  if (state != RBD_STORE_STATE_READY && state != RBD_STORE_STATE_READ_ONLY)
    {
      const char *reason = rbd_store_get_load_error (store);

      if (reason == NULL && error != NULL)
        reason = error->message;
      if (reason == NULL)
        reason = _("Unknown error");

      g_printerr (_("Cannot read %s: %s\n"), path, reason);
      g_printerr (_("Nothing was exported.\n"));

      return NULL;
    }

  if (problems != NULL && problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u value could not be used and is left out:\n",
                               "%s: %u values could not be used and are left out:\n",
                               problems->len),
                  path, problems->len);

      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = rbd_load_problem_to_string (g_ptr_array_index (problems, i));

          g_printerr ("  %s\n", text);
        }
    }
  else if (!loaded && !g_error_matches (error, RBD_STORE_ERROR, RBD_STORE_ERROR_NEWER))
    {
      g_printerr (_("Cannot read %s: %s\n"), path, error->message);
      g_printerr (_("Nothing was exported.\n"));

      return NULL;
    }

  return g_steal_pointer (&store);
}

static int
export_week (RbdStore    *store,
             const GDate *day,
             const char  *output)
{
  g_autoptr(RbdPlanCalendar) calendar = NULL;
  g_autoptr(RbdWeekRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  RbdWeekSummary previous[4];
  RbdPlanContext context = { 0 };
  RbdPlanWeek week = { 0 };
  GDate start;

  rbd_week_start (day, first_day_of_week (), &start);

  calendar = rbd_plan_calendar_new (store);
  rbd_plan_calendar_get_week (calendar, &start, &week);
  rbd_plan_calendar_get_context (calendar, &start, &context, previous);

  renderer = rbd_week_renderer_new (&week, &context,
                                    rbd_profile_get_body_mass_kg (rbd_store_get_profile (store)));
  rbd_plan_week_clear (&week);
  rbd_plan_context_clear (&context);

  if (!rbd_week_renderer_write_pdf (renderer, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Only the path, so that scripts can use it */
  g_print ("%s\n", output);

  return 0;
}

static int
export_ics (RbdStore   *store,
            const char *output)
{
  g_autoptr(GError) error = NULL;

  if (!rbd_ical_write_file (G_LIST_MODEL (rbd_store_get_planned (store)), output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s\n", output);

  return 0;
}

/* `rebound --export-week DATE --output FILE.pdf` and `rebound --export-ics
 * FILE.ics`: like --check-data, before any GTK initialisation, so they
 * work without a display. Everything the user typed is checked before the
 * document is read, and the document is never written. */
static int
export_plan (GVariantDict *options)
{
  g_autoptr(RbdStore) store = NULL;
  g_autofree char *output = NULL;
  g_autofree char *ics = NULL;
  const char *week_text = NULL;
  GDate day;
  int status = 0;

  g_variant_dict_lookup (options, "export-week", "&s", &week_text);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "export-ics", "^ay", &ics);

  if (week_text != NULL)
    {
      if (!rbd_date_parse (week_text, &day))
        {
          g_printerr (_("“%s” is not a date: give a day that exists, as YYYY-MM-DD "
                        "(for example 2026-11-30).\n"),
                      week_text);
          return 1;
        }

      if (output == NULL || *output == '\0')
        {
          g_printerr (_("--export-week needs the PDF file to write: "
                        "--export-week DATE --output FILE.pdf\n"));
          return 1;
        }
    }
  else if (output != NULL)
    {
      g_printerr (_("--output goes with --export-week: "
                    "--export-week DATE --output FILE.pdf\n"));
      return 1;
    }

  if (ics != NULL && *ics == '\0')
    {
      g_printerr (_("--export-ics needs the file to write: --export-ics FILE.ics\n"));
      return 1;
    }

  store = load_for_export ();
  if (store == NULL)
    return 1;

  if (week_text != NULL)
    status |= export_week (store, &day, output);

  if (ics != NULL)
    status |= export_ics (store, ics);

  return status;
}

/* `rebound --import-gpx FILE`: adds a session to the document and saves
 * it. A document that is broken, newer, or has invalid values is left
 * alone: open it in the app first, where the choices are explained. */
static int
import_gpx (const char *path)
{
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = rbd_store_dup_default_data_dir ();
  int duration_s;
  double distance_m;

  store = rbd_store_new (data_dir);
  if (!rbd_store_load (store, &error))
    {
      g_printerr (_("Cannot add to %s: %s\n"), rbd_store_get_path (store), error->message);
      g_printerr (_("Nothing was imported and the file was not changed; open Rebound to "
                    "see what is wrong.\n"));
      return 1;
    }

  if (!rbd_gpx_import_into_store (store, path, &session, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (!rbd_store_flush (store, &error))
    {
      g_printerr (_("Could not save %s: %s\n"), rbd_store_get_path (store), error->message);
      return 1;
    }

  duration_s = rbd_record_get_int (RBD_RECORD (session), "duration_s");
  distance_m = rbd_record_get_double (RBD_RECORD (session), "distance_m");
  /* Translators: the file, then the distance in km and the duration in minutes */
  g_print (_("Imported %s: %.2f km in %d min, as session %s\n"), path, distance_m / 1000.0,
           (duration_s + 30) / 60, rbd_record_get_id (RBD_RECORD (session)));

  return 0;
}

static void
on_store_load_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RbdApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rbd_store_load_finish (RBD_STORE (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The window's banner follows the store's state and tells the user
       * what is wrong and what they can do; this is for the log. */
      g_info ("Could not load %s: %s", rbd_store_get_path (RBD_STORE (object)), error->message);
    }
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RbdApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close rather than destroy, so each window saves its size. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RbdApplication *self = user_data;
  RbdPreferencesWindow *preferences;

  preferences = rbd_preferences_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RbdApplication *self = user_data;
  static const char *developers[] = { "The Rebound authors", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Rebound"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Rebound authors"),
                        "developers", developers,
                        "version", VERSION,
                        "comments", _("Recovery-first training for runners"),
                        "website", "https://github.com/rebound-app/rebound",
                        "issue-url", "https://github.com/rebound-app/rebound/issues",
                        "copyright", "© 2026 The Rebound authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

static int
rbd_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("rebound %s\n", VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "check-data"))
    return check_data ();

  if (g_variant_dict_contains (options, "import-gpx"))
    {
      g_autofree char *gpx = NULL;

      g_variant_dict_lookup (options, "import-gpx", "^ay", &gpx);
      return import_gpx (gpx);
    }

  if (g_variant_dict_contains (options, "export-week") ||
      g_variant_dict_contains (options, "export-ics") ||
      g_variant_dict_contains (options, "output"))
    return export_plan (options);

  /* Carry on: register and activate as usual. */
  return -1;
}

static void
rbd_application_startup (GApplication *app)
{
  RbdApplication *self = RBD_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help", { "F1", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-page::plan", { "<Control>1", NULL } },
    { "win.show-page::log", { "<Control>2", NULL } },
    { "win.show-page::routines", { "<Control>3", NULL } },
    { "win.show-page::fuel", { "<Control>4", NULL } },
  };
  g_autofree char *data_dir = NULL;

  G_APPLICATION_CLASS (rbd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  /* Reminders and keeping the screen awake, for every window. */
  self->notifier = rbd_app_notifier_new (GTK_APPLICATION (self));

  data_dir = rbd_store_dup_default_data_dir ();
  self->store = rbd_store_new (data_dir);
}

/* Loads the document off the main thread, once. */
static void
start_load (RbdApplication *self)
{
  if (self->load_started)
    return;

  self->load_started = TRUE;
  rbd_store_load_async (self->store, self->cancellable, on_store_load_cb, g_object_ref (self));
}

static void
on_surface_mapped_cb (GdkSurface     *surface,
                      GParamSpec     *pspec,
                      RbdApplication *self)
{
  if (!gdk_surface_get_mapped (surface))
    return;

  g_signal_handlers_disconnect_by_func (surface, on_surface_mapped_cb, self);
  start_load (self);
}

static void
rbd_application_activate (GApplication *app)
{
  RbdApplication *self = RBD_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (rbd_window_new (GTK_APPLICATION (self), self->store));

  gtk_window_present (window);

  /* The document is loaded once the window is on screen: it appears as
   * fast with ten years of data as with none, and neither the loading
   * thread nor taking in its result competes with building and showing
   * the window. The window follows the store's state as it changes. */
  if (!self->load_started)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

      if (surface != NULL && !gdk_surface_get_mapped (surface))
        g_signal_connect (surface, "notify::mapped", G_CALLBACK (on_surface_mapped_cb), self);
      else
        start_load (self);
    }
}

static void
rbd_application_shutdown (GApplication *app)
{
  RbdApplication *self = RBD_APPLICATION (app);

  g_cancellable_cancel (self->cancellable);

  if (self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!rbd_store_flush (self->store, &error))
        {
          /* Read-only and broken documents are never saved, and the window
           * has said so; anything else is a real loss to report. */
          if (g_error_matches (error, RBD_STORE_ERROR, RBD_STORE_ERROR_READ_ONLY))
            g_debug ("Not saving %s: %s", rbd_store_get_path (self->store), error->message);
          else
            g_warning ("Could not save your data to %s: %s",
                       rbd_store_get_path (self->store), error->message);
        }
    }

  G_APPLICATION_CLASS (rbd_application_parent_class)->shutdown (app);
}

static void
rbd_application_dispose (GObject *object)
{
  RbdApplication *self = RBD_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->notifier);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rbd_application_parent_class)->dispose (object);
}

static void
rbd_application_class_init (RbdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rbd_application_dispose;

  app_class->handle_local_options = rbd_application_handle_local_options;
  app_class->startup = rbd_application_startup;
  app_class->activate = rbd_application_activate;
  app_class->shutdown = rbd_application_shutdown;
}

static void
rbd_application_init (RbdApplication *self)
{
  self->cancellable = g_cancellable_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

RbdApplication *
rbd_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  /* The development build has another app id; its resources are the same. */
  return g_object_new (RBD_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

RbdStore *
rbd_application_get_store (RbdApplication *self)
{
  g_return_val_if_fail (RBD_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * rbd_application_get_notifier:
 *
 * Returns: (transfer none) (nullable): where reminders go; %NULL before
 *   start-up
 */
RbdNotifier *
rbd_application_get_notifier (RbdApplication *self)
{
  g_return_val_if_fail (RBD_IS_APPLICATION (self), NULL);

  return self->notifier;
}
