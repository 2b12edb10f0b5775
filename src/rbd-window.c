/* rbd-window.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-window"

#include "config.h"

#include "rbd-application.h"
#include "rbd-fuel-page.h"
#include "rbd-help-window.h"
#include "rbd-log-page.h"
#include "rbd-planned-session.h"
#include "rbd-profile.h"
#include "rbd-recovery-timeline.h"
#include "rbd-session.h"
#include "rbd-plan-page.h"
#include "rbd-preferences-window.h"
#include "rbd-routines-page.h"
#include "rbd-store-banner.h"
#include "rbd-window.h"

struct _RbdWindow
{
  AdwApplicationWindow  parent_instance;

  RbdStore             *store;
  GSettings            *settings;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  RbdStoreBanner       *banner;
  RbdPlanPage          *plan_page;
  RbdRoutinesPage      *routines_page;
  AdwBin               *fuel_bin;
  AdwBin               *log_bin;
  RbdLogPage           *log_page;      /* NULL until built */
  GtkWidget            *help_window;   /* weak */
  gulong                after_paint_id;
  guint                 build_idle_id;
};

G_DEFINE_FINAL_TYPE (RbdWindow, rbd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOTIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (RbdWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (RbdWindow *self)
{
  int width = 0;
  int height = 0;

  /* The default size follows the unmaximized size in GTK 4, which is the
   * one worth restoring. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
on_banner_error_cb (RbdWindow      *self,
                    const char     *message,
                    RbdStoreBanner *banner)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_banner_notice_cb (RbdWindow      *self,
                      const char     *message,
                      RbdStoreBanner *banner)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The Log and Fuel pages are not needed for the first frame, which shows
 * the Plan page: they are built right after it, or as soon as one of them
 * is asked for, whichever comes first. Built in the constructor with a
 * ten-year document, their widgets and models (5,000 sessions, the
 * charts) put the first window at about twice the time of an empty
 * libadwaita window's instead of about 1.15 times (build-aux/bench). */
static void
build_deferred_pages (RbdWindow *self)
{
  g_autoptr(RbdNotifier) silent = NULL;
  RbdNotifier *notifier;

  g_clear_handle_id (&self->build_idle_id, g_source_remove);
  if (self->log_page != NULL)
    return;

  /* Pages that need both the store and the notifier. Without a notifier
   * (a window made on its own, as in the widget tests) their reminders go
   * nowhere. */
  notifier = rbd_window_get_notifier (self);
  if (notifier == NULL)
    notifier = silent = RBD_NOTIFIER (rbd_recording_notifier_new ());

  adw_bin_set_child (self->fuel_bin, rbd_fuel_page_new (self->store, notifier));
  self->log_page = RBD_LOG_PAGE (rbd_log_page_new (self->store, notifier));
  adw_bin_set_child (self->log_bin, GTK_WIDGET (self->log_page));
}

static gboolean
build_deferred_pages_idle_cb (gpointer user_data)
{
  RbdWindow *self = user_data;

  self->build_idle_id = 0;
  build_deferred_pages (self);

  return G_SOURCE_REMOVE;
}

static void
on_first_after_paint_cb (GdkFrameClock *frame_clock,
                         RbdWindow     *self)
{
  g_clear_signal_handler (&self->after_paint_id, frame_clock);
  if (self->build_idle_id == 0)
    self->build_idle_id = g_idle_add (build_deferred_pages_idle_cb, self);
}

static void
on_visible_page_changed_cb (RbdWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "log") == 0 || g_strcmp0 (name, "fuel") == 0)
    build_deferred_pages (self);
}

static void
rbd_window_map (GtkWidget *widget)
{
  RbdWindow *self = RBD_WINDOW (widget);

  GTK_WIDGET_CLASS (rbd_window_parent_class)->map (widget);

  if (self->log_page == NULL && self->after_paint_id == 0)
    self->after_paint_id = g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                                             G_CALLBACK (on_first_after_paint_cb), self);
}

static void
rbd_window_unmap (GtkWidget *widget)
{
  RbdWindow *self = RBD_WINDOW (widget);

  if (self->after_paint_id != 0)
    g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));

  GTK_WIDGET_CLASS (rbd_window_parent_class)->unmap (widget);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, name);
}

static RbdRecord *
find_by_id (GListModel *list,
            const char *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) record = g_list_model_get_item (list, i);

      if (g_strcmp0 (rbd_record_get_id (record), id) == 0)
        return g_steal_pointer (&record);
    }

  return NULL;
}

/* "win.log-planned" with a planned session's id: the Plan page's "Mark
 * Done…", which opens the Log page's editor filled in and linked. */
static void
log_planned_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);
  g_autoptr(RbdRecord) planned = NULL;

  planned = find_by_id (G_LIST_MODEL (rbd_store_get_planned (self->store)),
                        g_variant_get_string (parameter, NULL));
  if (planned == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->stack, "log");
  build_deferred_pages (self);
  rbd_log_page_log_planned (self->log_page, RBD_PLANNED_SESSION (planned));
}

/* "win.start-timeline" with a logged session's id: the post-run timeline
 * offered after a long or hard session is saved, timed from its end. */
static void
start_timeline_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);
  g_autoptr(RbdRecord) session = NULL;
  g_autoptr(RbdRecoveryTimeline) timeline = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) finish = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  double body_mass;

  session = find_by_id (G_LIST_MODEL (rbd_store_get_sessions (self->store)),
                        g_variant_get_string (parameter, NULL));
  if (session == NULL)
    return;

  start = g_date_time_new_from_iso8601 (rbd_record_get_string (session, "start"), NULL);
  if (start != NULL && rbd_record_is_set (session, "duration_s"))
    finish = g_date_time_add_seconds (start, rbd_record_get_int (session, "duration_s"));

  /* A session logged ahead of its end, or without times: from now. */
  if (finish == NULL || g_date_time_compare (finish, now) > 0)
    {
      g_clear_pointer (&finish, g_date_time_unref);
      finish = g_date_time_ref (now);
    }

  body_mass = rbd_profile_get_body_mass_kg (rbd_store_get_profile (self->store));
  timeline = rbd_recovery_timeline_new (finish, body_mass);
  rbd_record_set_string (RBD_RECORD (timeline), "session_id", rbd_record_get_id (session));
  g_list_store_append (rbd_store_get_timelines (self->store), timeline);

  adw_view_stack_set_visible_child_name (self->stack, "fuel");
}

/* "win.start-routine" with a routine id: the Plan page's "Cool Down". */
static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  adw_view_stack_set_visible_child_name (self->stack, "routines");
  if (!rbd_routines_page_start (self->routines_page, g_variant_get_string (parameter, NULL),
                                &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* The Keyboard Shortcuts window opens on the shortcuts of the page shown
 * (its sections are named after the pages; the Fuel page has none). The
 * application gives the window its Shortcuts window once it is added, so
 * this runs again when the window is realized. */
static void
sync_shortcuts_section (RbdWindow *self)
{
  GtkShortcutsWindow *overlay;
  const char *page;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (overlay == NULL)
    return;

  page = adw_view_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "plan") != 0 && g_strcmp0 (page, "log") != 0 &&
      g_strcmp0 (page, "routines") != 0)
    page = "general";

  g_object_set (overlay, "section-name", page, NULL);
}

/* "win.show-help": "How Rebound Works", one per window. */
static void
show_help_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);

  if (self->help_window == NULL)
    {
      self->help_window = rbd_help_window_new ();
      gtk_window_set_transient_for (GTK_WINDOW (self->help_window), GTK_WINDOW (self));
      g_object_add_weak_pointer (G_OBJECT (self->help_window), (gpointer *) &self->help_window);
    }

  gtk_window_present (GTK_WINDOW (self->help_window));
}

/* "win.set-body-mass": the Preferences with the body mass row focused,
 * from the first-start welcome. */
static void
set_body_mass_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbdWindow *self = RBD_WINDOW (widget);
  RbdPreferencesWindow *preferences = rbd_preferences_window_new (self->store);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (preferences));
  rbd_preferences_window_focus_body_mass (preferences);
}

static gboolean
rbd_window_close_request (GtkWindow *window)
{
  save_window_state (RBD_WINDOW (window));

  return GTK_WINDOW_CLASS (rbd_window_parent_class)->close_request (window);
}

static void
rbd_window_dispose (GObject *object)
{
  RbdWindow *self = RBD_WINDOW (object);

  if (self->help_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->help_window),
                                    (gpointer *) &self->help_window);
      gtk_window_destroy (GTK_WINDOW (self->help_window));
      self->help_window = NULL;
    }

  g_clear_handle_id (&self->build_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rbd_window_parent_class)->dispose (object);
}

static void
rbd_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbdWindow *self = RBD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOTIFIER:
      g_value_set_object (value, rbd_window_get_notifier (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RbdWindow *self = RBD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      /* Construct-only: the window shows one store for its whole life. */
      self->store = g_value_dup_object (value);
      rbd_store_banner_set_store (self->banner, self->store);
      rbd_plan_page_set_store (self->plan_page, self->store);
      rbd_routines_page_set_store (self->routines_page, self->store);
      break;

    case PROP_NOTIFIER:
      rbd_window_set_notifier (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_window_constructed (GObject *object)
{
  RbdWindow *self = (RbdWindow *)object;

  G_OBJECT_CLASS (rbd_window_parent_class)->constructed (object);

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
rbd_window_class_init (RbdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rbd_window_constructed;
  object_class->dispose = rbd_window_dispose;
  object_class->get_property = rbd_window_get_property;
  object_class->set_property = rbd_window_set_property;

  widget_class->map = rbd_window_map;
  widget_class->unmap = rbd_window_unmap;

  window_class->close_request = rbd_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* Where reminders and screen-awake requests go; nowhere when unset.
   * Set at construction, so that the pages made then can use it. */
  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RBD_TYPE_STORE_BANNER);
  g_type_ensure (RBD_TYPE_PLAN_PAGE);
  g_type_ensure (RBD_TYPE_ROUTINES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/rbd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, routines_page);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, fuel_bin);
  gtk_widget_class_bind_template_child (widget_class, RbdWindow, log_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_notice_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine", "s", start_routine_action);
  gtk_widget_class_install_action (widget_class, "win.log-planned", "s", log_planned_action);
  gtk_widget_class_install_action (widget_class, "win.start-timeline", "s", start_timeline_action);
  gtk_widget_class_install_action (widget_class, "win.show-help", NULL, show_help_action);
  gtk_widget_class_install_action (widget_class, "win.set-body-mass", NULL, set_body_mass_action);
}

static void
rbd_window_init (RbdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  /* Not APP_ID: the development build shares the settings schema. */
  self->settings = g_settings_new (BASE_APP_ID);
  restore_window_state (self);

  adw_view_stack_set_visible_child_name (self->stack, "plan");

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (sync_shortcuts_section), self, G_CONNECT_SWAPPED);
  g_signal_connect_after (self, "realize", G_CALLBACK (sync_shortcuts_section), NULL);
}

RbdWindow *
rbd_window_new (GtkApplication *application,
                RbdStore       *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  return g_object_new (RBD_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "notifier", RBD_IS_APPLICATION (application)
                                     ? rbd_application_get_notifier (RBD_APPLICATION (application))
                                     : NULL,
                       NULL);
}

RbdStore *
rbd_window_get_store (RbdWindow *self)
{
  g_return_val_if_fail (RBD_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
rbd_window_get_visible_page (RbdWindow *self)
{
  g_return_val_if_fail (RBD_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
rbd_window_add_toast (RbdWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (RBD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * rbd_window_get_notifier:
 *
 * Returns: (transfer none) (nullable): where the routine player's
 *   notifications and screen-awake requests go
 */
RbdNotifier *
rbd_window_get_notifier (RbdWindow *self)
{
  g_return_val_if_fail (RBD_IS_WINDOW (self), NULL);

  return rbd_routines_page_get_notifier (self->routines_page);
}

void
rbd_window_set_notifier (RbdWindow   *self,
                         RbdNotifier *notifier)
{
  g_return_if_fail (RBD_IS_WINDOW (self));
  g_return_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier));

  if (rbd_routines_page_get_notifier (self->routines_page) == notifier)
    return;

  rbd_routines_page_set_notifier (self->routines_page, notifier);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTIFIER]);
}
