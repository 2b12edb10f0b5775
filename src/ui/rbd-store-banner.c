/* rbd-store-banner.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-store-banner"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rbd-store-banner.h"

/* Tells the user when their data could not be read, was only partly usable,
 * is read-only or could not be saved, and offers what they can do about it.
 * libadwaita 1.2 has no AdwBanner, hence a revealer. */
struct _RbdStoreBanner
{
  GtkWidget          parent_instance;

  RbdStore          *store;
  GSignalGroup      *store_signals;

  /* What the user has dismissed; it comes back when something changes. */
  gboolean           problems_dismissed;
  char              *dismissed_save_error;

  /* Template widgets */
  GtkRevealer       *revealer;
  GtkWidget         *content_box;
  GtkWidget         *problem_box;
  GtkImage          *problem_icon;
  GtkLabel          *title_label;
  GtkLabel          *body_label;
  GtkExpander       *problems_expander;
  GtkScrolledWindow *problems_scroller;
  GtkLabel          *problems_label;
  GtkLabel          *problems_long_label;
  GtkWidget         *save_box;
  GtkLabel          *save_label;
  GtkWidget         *dismiss_button;
  GtkWidget         *dismiss_button_narrow;
  GtkWidget         *folder_button;
  GtkWidget         *folder_button_narrow;
  GtkWidget         *empty_button;
  GtkWidget         *empty_button_narrow;
  GtkWidget         *restore_button;
  GtkWidget         *restore_button_narrow;
};

G_DEFINE_FINAL_TYPE (RbdStoreBanner, rbd_store_banner, GTK_TYPE_WIDGET)

#define MAX_UNSCROLLED_PROBLEMS 8

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  ERROR,
  NOTICE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Every button exists twice: in the wide row and in the narrow column. */
static void
set_buttons_visible (GtkWidget *wide,
                     GtkWidget *narrow,
                     gboolean   visible)
{
  gtk_widget_set_visible (wide, visible);
  gtk_widget_set_visible (narrow, visible);
}

static void
report_error (RbdStoreBanner *self,
              const char     *message)
{
  if (g_signal_has_handler_pending (self, signals[ERROR], 0, FALSE))
    g_signal_emit (self, signals[ERROR], 0, message);
  else
    g_warning ("%s", message);
}

static void
report_notice (RbdStoreBanner *self,
               const char     *message)
{
  g_signal_emit (self, signals[NOTICE], 0, message);
}

static char *
format_problems (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = rbd_load_problem_to_string (g_ptr_array_index (problems, i));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, "• ");
      g_string_append (text, line);
    }

  return g_string_free (text, FALSE);
}

static void
update_actions (RbdStoreBanner *self)
{
  RbdStoreState state = RBD_STORE_STATE_EMPTY;
  gboolean has_backup = FALSE;
  const char *tooltip;

  if (self->store != NULL)
    {
      state = rbd_store_get_state (self->store);
      has_backup = rbd_store_has_backup (self->store);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banner.restore-backup",
                                 state == RBD_STORE_STATE_BROKEN && has_backup);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banner.start-empty",
                                 state == RBD_STORE_STATE_BROKEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "banner.open-folder",
                                 self->store != NULL);

  if (has_backup)
    tooltip = _("Go back to the data as it was at the last successful save");
  else
    tooltip = _("There is no backup yet: one is kept each time your data is saved");

  gtk_widget_set_tooltip_text (self->restore_button, tooltip);
  gtk_widget_set_tooltip_text (self->restore_button_narrow, tooltip);
}

static void
update (RbdStoreBanner *self)
{
  RbdStoreState state = RBD_STORE_STATE_EMPTY;
  const char *save_error = NULL;
  const char *copy_path = NULL;
  GPtrArray *problems = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  gboolean show_problem = FALSE;
  gboolean show_problem_list = FALSE;
  gboolean show_save = FALSE;
  gboolean show_restore = FALSE;
  gboolean show_dismiss = FALSE;
  gboolean is_error = FALSE;

  if (self->store != NULL)
    {
      state = rbd_store_get_state (self->store);
      save_error = rbd_store_get_save_error (self->store);
      copy_path = rbd_store_get_broken_copy_path (self->store);
      problems = rbd_store_get_problems (self->store);
    }

  switch (state)
    {
    case RBD_STORE_STATE_BROKEN:
      {
        const char *reason = rbd_store_get_load_error (self->store);

        show_problem = TRUE;
        show_restore = TRUE;
        is_error = TRUE;
        title = g_strdup (_("Your data file could not be read"));
        if (reason == NULL)
          reason = _("Unknown error");
        if (copy_path != NULL)
          /* Translators: the first %s says what is wrong and where (line and
           * column), the second is a file name */
          body = g_strdup_printf (_("%s\nThe file has not been changed, and a copy was saved as %s. "
                                    "You can restore the last backup or start with empty data; "
                                    "the copy is kept either way."),
                                  reason, copy_path);
        else
          body = g_strdup_printf (_("%s\nThe file has not been changed. "
                                    "You can restore the last backup or start with empty data."),
                                  reason);
      }
      break;

    case RBD_STORE_STATE_READ_ONLY:
      show_problem = TRUE;
      title = g_strdup (_("This file was written by a newer version of Rebound; "
                          "it is shown read-only and will not be changed."));
      break;

    case RBD_STORE_STATE_READY:
      if (problems != NULL && problems->len > 0 && !self->problems_dismissed)
        {
          g_autofree char *list = format_problems (problems);
          g_autofree char *expander_label = NULL;
          gboolean long_list;

          show_problem = TRUE;
          show_problem_list = TRUE;
          show_dismiss = TRUE;
          title = g_strdup (_("Some values could not be used and were left empty"));
          if (copy_path != NULL)
            body = g_strdup_printf (_("The original file was copied to %s."), copy_path);

          expander_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Show the problem",
                                                         "Show all %u problems",
                                                         problems->len),
                                            problems->len);
          gtk_expander_set_label (self->problems_expander, expander_label);
          /* A long list scrolls in a fixed height rather than pushing the
           * page away. */
          long_list = problems->len > MAX_UNSCROLLED_PROBLEMS;
          gtk_label_set_text (self->problems_label, long_list ? "" : list);
          gtk_label_set_text (self->problems_long_label, long_list ? list : "");
          gtk_widget_set_visible (GTK_WIDGET (self->problems_label), !long_list);
          gtk_widget_set_visible (GTK_WIDGET (self->problems_scroller), long_list);

          /* A few fit on screen; more would push the page away. */
          gtk_expander_set_expanded (self->problems_expander, problems->len <= 3);
        }
      break;

    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
    default:
      break;
    }

  if (save_error != NULL && g_strcmp0 (save_error, self->dismissed_save_error) != 0)
    {
      /* The store's message names the file and the reason, and says that
       * the changes are kept in memory. */
      gtk_label_set_text (self->save_label, save_error);
      show_save = TRUE;
      show_dismiss = TRUE;
      is_error = TRUE;
    }

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_label_set_text (self->body_label, body != NULL ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), body != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_expander), show_problem_list);
  gtk_widget_set_visible (self->problem_box, show_problem);
  gtk_widget_set_visible (self->save_box, show_save);

  set_buttons_visible (self->restore_button, self->restore_button_narrow, show_restore);
  set_buttons_visible (self->empty_button, self->empty_button_narrow, show_restore);
  set_buttons_visible (self->dismiss_button, self->dismiss_button_narrow, show_dismiss);

  if (is_error)
    gtk_widget_add_css_class (self->content_box, "critical");
  else
    gtk_widget_remove_css_class (self->content_box, "critical");

  gtk_revealer_set_reveal_child (self->revealer, show_problem || show_save);

  update_actions (self);
}

static void
on_store_state_changed_cb (RbdStoreBanner *self,
                           GParamSpec     *pspec,
                           RbdStore       *store)
{
  /* A new state brings its own problems: show them again. */
  self->problems_dismissed = FALSE;
  update (self);
}

static void
on_store_profile_changed_cb (RbdStoreBanner *self,
                             GParamSpec     *pspec,
                             RbdStore       *store)
{
  /* Each load, restore or fresh start replaces the profile: the document,
   * and so its problems, may be new even when the state stays the same. */
  self->problems_dismissed = FALSE;
  update (self);
}

static void
on_store_save_error_changed_cb (RbdStoreBanner *self,
                                GParamSpec     *pspec,
                                RbdStore       *store)
{
  update (self);
}

static void
on_store_dirty_changed_cb (RbdStoreBanner *self,
                           GParamSpec     *pspec,
                           RbdStore       *store)
{
  /* A save may have made the first backup. */
  update_actions (self);
}

static void
on_show_uri_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RbdStoreBanner) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("Could not open the data folder: %s"), error->message);
      report_error (self, message);
    }
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (widget);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;
  GtkRoot *root;

  if (self->store == NULL)
    return;

  folder = g_file_new_for_path (rbd_store_get_data_dir (self->store));
  uri = g_file_get_uri (folder);
  root = gtk_widget_get_root (widget);

  /* GtkFileLauncher is newer than GTK 4.8. */
  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                     uri, GDK_CURRENT_TIME, NULL,
                     on_show_uri_cb, g_object_ref (self));
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!rbd_store_restore_backup (self->store, &error))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("Could not restore the backup: %s"), error->message);
      report_error (self, message);
      update (self);
      return;
    }

  report_notice (self, _("Restored the last backup"));
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (widget);
  g_autofree char *copy_path = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL)
    return;

  copy_path = g_strdup (rbd_store_get_broken_copy_path (self->store));
  rbd_store_start_empty (self->store);

  if (copy_path != NULL)
    message = g_strdup_printf (_("Started with empty data; the unreadable file is kept as %s"),
                               copy_path);
  else
    message = g_strdup (_("Started with empty data"));

  report_notice (self, message);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (widget);

  self->problems_dismissed = TRUE;
  if (self->store != NULL)
    {
      g_free (self->dismissed_save_error);
      self->dismissed_save_error = g_strdup (rbd_store_get_save_error (self->store));
    }

  update (self);
}

static void
rbd_store_banner_dispose (GObject *object)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (object);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_STORE_BANNER);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_store_banner_parent_class)->dispose (object);
}

static void
rbd_store_banner_finalize (GObject *object)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (object);

  g_clear_pointer (&self->dismissed_save_error, g_free);

  G_OBJECT_CLASS (rbd_store_banner_parent_class)->finalize (object);
}

static void
rbd_store_banner_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_store_banner_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RbdStoreBanner *self = RBD_STORE_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rbd_store_banner_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_store_banner_class_init (RbdStoreBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_store_banner_dispose;
  object_class->finalize = rbd_store_banner_finalize;
  object_class->get_property = rbd_store_banner_get_property;
  object_class->set_property = rbd_store_banner_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbdStoreBanner::error:
   * @message: what went wrong, for the user
   *
   * An action the user chose failed; the window shows @message in a toast.
   */
  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * RbdStoreBanner::notice:
   * @message: what happened, for the user
   *
   * An action the user chose worked; the window shows @message in a toast.
   */
  signals[NOTICE] =
    g_signal_new ("notice",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "storebanner");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-store-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, content_box);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problem_box);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, body_label);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problems_expander);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problems_label);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problems_scroller);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, problems_long_label);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, save_box);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, save_label);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, dismiss_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, folder_button);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, folder_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, empty_button);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, empty_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, restore_button);
  gtk_widget_class_bind_template_child (widget_class, RbdStoreBanner, restore_button_narrow);

  gtk_widget_class_install_action (widget_class, "banner.restore-backup", NULL,
                                   restore_backup_action);
  gtk_widget_class_install_action (widget_class, "banner.start-empty", NULL,
                                   start_empty_action);
  gtk_widget_class_install_action (widget_class, "banner.open-folder", NULL,
                                   open_folder_action);
  gtk_widget_class_install_action (widget_class, "banner.dismiss", NULL,
                                   dismiss_action);
}

static void
rbd_store_banner_init (RbdStoreBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (RBD_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "notify::state",
                                 G_CALLBACK (on_store_state_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::profile",
                                 G_CALLBACK (on_store_profile_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::save-error",
                                 G_CALLBACK (on_store_save_error_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::dirty",
                                 G_CALLBACK (on_store_dirty_changed_cb),
                                 self, G_CONNECT_SWAPPED);

  update (self);
}

GtkWidget *
rbd_store_banner_new (RbdStore *store)
{
  g_return_val_if_fail (store == NULL || RBD_IS_STORE (store), NULL);

  return g_object_new (RBD_TYPE_STORE_BANNER,
                       "store", store,
                       NULL);
}

RbdStore *
rbd_store_banner_get_store (RbdStoreBanner *self)
{
  g_return_val_if_fail (RBD_IS_STORE_BANNER (self), NULL);

  return self->store;
}

void
rbd_store_banner_set_store (RbdStoreBanner *self,
                            RbdStore       *store)
{
  g_return_if_fail (RBD_IS_STORE_BANNER (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  self->problems_dismissed = FALSE;
  g_clear_pointer (&self->dismissed_save_error, g_free);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
rbd_store_banner_get_revealed (RbdStoreBanner *self)
{
  g_return_val_if_fail (RBD_IS_STORE_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}
