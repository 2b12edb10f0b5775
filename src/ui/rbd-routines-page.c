/* rbd-routines-page.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routines-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-builtin-routines.h"
#include "rbd-routine-editor.h"
#include "rbd-routine-player-view.h"
#include "rbd-routine-row.h"
#include "rbd-routine-run.h"
#include "rbd-routines-page.h"

/* The Routines page: the runner's own routines and the built-in ones,
 * each with its focus and total time, and the player that plays them.
 *
 * Commands are "routines." actions taking a routine id, so rows, menus,
 * the window (the Plan page's "Cool Down") and tests all go the same way.
 * Own routines live in the store; built-ins ship with the app and are
 * only copied into the document through "Duplicate and Edit". Deleting a
 * routine can be undone from its toast. A played routine that ends is
 * recorded in the store's routine runs. */

typedef struct
{
  RbdRoutine *routine;
  guint       position;
} DeletedRoutine;

struct _RbdRoutinesPage
{
  GtkWidget             parent_instance;

  RbdStore             *store;
  GListStore           *builtin;
  GHashTable           *deleted;      /* serial -> DeletedRoutine */
  guint                 last_serial;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *list_box;
  GtkRevealer          *state_revealer;
  GtkImage             *state_icon;
  GtkLabel             *state_label;
  GtkWidget            *new_button;
  GtkListBox           *own_list;
  GtkListBox           *builtin_list;
  RbdRoutinePlayerView *player_view;
};

G_DEFINE_FINAL_TYPE (RbdRoutinesPage, rbd_routines_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOTIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
deleted_routine_free (gpointer data)
{
  DeletedRoutine *deleted = data;

  g_clear_object (&deleted->routine);
  g_free (deleted);
}

static void
show_toast (RbdRoutinesPage *self,
            const char      *title,
            gboolean         sticky)
{
  AdwToast *toast = adw_toast_new (title);

  if (sticky)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
is_editable (RbdRoutinesPage *self)
{
  return self->store != NULL && rbd_store_get_state (self->store) == RBD_STORE_STATE_READY;
}

static GtkWindow *
get_window (RbdRoutinesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The own routine with @id, and where it is in the store's list. */
static RbdRoutine *
find_own (RbdRoutinesPage *self,
          const char      *id,
          guint           *position)
{
  GListModel *routines;

  if (self->store == NULL || id == NULL)
    return NULL;

  routines = G_LIST_MODEL (rbd_store_get_routines (self->store));
  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(RbdRecord) routine = g_list_model_get_item (routines, i);

      if (g_strcmp0 (rbd_record_get_id (routine), id) == 0)
        {
          if (position != NULL)
            *position = i;
          /* The list keeps it alive. */
          return RBD_ROUTINE (routine);
        }
    }

  return NULL;
}

static GtkWidget *
find_row (RbdRoutinesPage *self,
          RbdRoutine      *routine)
{
  GtkListBox *lists[] = { self->own_list, self->builtin_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (lists[l]));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (RBD_IS_ROUTINE_ROW (child) &&
              rbd_routine_row_get_routine (RBD_ROUTINE_ROW (child)) == routine)
            return child;
        }
    }

  return NULL;
}

static void
focus_routine (RbdRoutinesPage *self,
               RbdRoutine      *routine)
{
  GtkWidget *row = routine != NULL ? find_row (self, routine) : NULL;

  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* Showing the state */

static void
update_state_message (RbdRoutinesPage *self)
{
  const char *message = NULL;
  const char *icon = "dialog-information-symbolic";

  if (self->store != NULL)
    {
      switch (rbd_store_get_state (self->store))
        {
        case RBD_STORE_STATE_EMPTY:
        case RBD_STORE_STATE_LOADING:
          message = _("Loading your routines…");
          break;

        case RBD_STORE_STATE_BROKEN:
          message = _("Your own routines cannot be changed until the data file is restored or "
                      "you start empty; see the message above. The built-in ones can be played.");
          icon = "dialog-warning-symbolic";
          break;

        case RBD_STORE_STATE_READ_ONLY:
          message = _("Your own routines are read-only: the data file was saved by a newer "
                      "version of Rebound. Routines you play now are not recorded.");
          icon = "dialog-warning-symbolic";
          break;

        case RBD_STORE_STATE_READY:
        default:
          break;
        }
    }

  if (message != NULL)
    {
      gtk_label_set_text (self->state_label, message);
      gtk_image_set_from_icon_name (self->state_icon, icon);
    }
  gtk_revealer_set_reveal_child (self->state_revealer, message != NULL);
}

static void
update_actions (RbdRoutinesPage *self)
{
  static const char * const editing[] = {
    "routines.new", "routines.edit", "routines.duplicate", "routines.delete", "routines.undo",
  };
  gboolean editable = is_editable (self);
  GtkListBox *lists[] = { self->own_list, self->builtin_list };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], editable);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (lists[l]));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (RBD_IS_ROUTINE_ROW (child))
            rbd_routine_row_set_editable (RBD_ROUTINE_ROW (child), editable);
        }
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RbdRoutinesPage *self = user_data;
  GtkWidget *row = rbd_routine_row_new (RBD_ROUTINE (item));

  rbd_routine_row_set_editable (RBD_ROUTINE_ROW (row), is_editable (self));

  return row;
}

/* Callbacks */

static void
on_store_state_changed_cb (RbdRoutinesPage *self)
{
  /* After a reload or a restored backup, the list holds other items:
   * what the toasts would undo no longer applies. */
  g_hash_table_remove_all (self->deleted);

  update_state_message (self);
  update_actions (self);
}

static void
on_run_ended_cb (RbdRoutinesPage      *self,
                 RbdRoutineRun        *run,
                 RbdRoutinePlayerView *view)
{
  if (!is_editable (self))
    {
      g_debug ("Not recording a routine run: the document cannot be saved");
      return;
    }

  g_list_store_append (rbd_store_get_routine_runs (self->store), run);
}

static void
on_player_closed_cb (RbdRoutinesPage      *self,
                     RbdRoutinePlayerView *view)
{
  RbdRoutine *routine = rbd_routine_player_view_get_routine (view);

  gtk_stack_set_visible_child_name (self->stack, "list");
  focus_routine (self, routine);
}

static void
on_editor_saved_cb (RbdRoutinesPage  *self,
                    RbdRoutine       *routine,
                    RbdRoutineEditor *editor)
{
  focus_routine (self, routine);
}

static void
open_editor (RbdRoutinesPage *self,
             RbdRoutine      *routine,
             gboolean         is_new)
{
  RbdRoutineEditor *editor = rbd_routine_editor_new (self->store, routine, is_new);

  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_undo_toast_dismissed_cb (RbdRoutinesPage *self,
                            AdwToast        *toast)
{
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));

  if (self->deleted != NULL)
    g_hash_table_remove (self->deleted, GUINT_TO_POINTER (serial));
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!rbd_routines_page_start (self, g_variant_get_string (parameter, NULL), &error))
    show_toast (self, error->message, FALSE);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (RBD_ROUTINES_PAGE (widget), NULL, TRUE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (widget);
  RbdRoutine *routine = find_own (self, g_variant_get_string (parameter, NULL), NULL);

  if (routine != NULL)
    open_editor (self, routine, FALSE);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (widget);
  RbdRoutine *source = rbd_routines_page_find_routine (self,
                                                       g_variant_get_string (parameter, NULL));
  g_autoptr(RbdRecord) copy = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  if (source == NULL)
    return;

  copy = rbd_record_copy (RBD_RECORD (source));
  if (copy == NULL)
    return;

  /* A copy is a routine of its own, saved in the document once the
   * editor's Save is pressed. */
  id = g_uuid_string_random ();
  rbd_record_set_string (copy, "id", id);
  /* Translators: the name of a copied routine, e.g. "Foam rolling (Copy)" */
  name = g_strdup_printf (_("%s (Copy)"), rbd_record_get_string (RBD_RECORD (source), "name"));
  rbd_record_set_string (copy, "name", name);

  open_editor (self, RBD_ROUTINE (copy), TRUE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (widget);
  g_autofree char *title = NULL;
  DeletedRoutine *deleted;
  RbdRoutine *routine;
  GtkListBoxRow *neighbour;
  AdwToast *toast;
  guint position;
  guint serial;

  routine = find_own (self, g_variant_get_string (parameter, NULL), &position);
  if (routine == NULL)
    return;

  deleted = g_new0 (DeletedRoutine, 1);
  deleted->routine = g_object_ref (routine);
  deleted->position = position;
  serial = ++self->last_serial;
  g_hash_table_insert (self->deleted, GUINT_TO_POINTER (serial), deleted);

  g_list_store_remove (rbd_store_get_routines (self->store), position);

  /* The focus goes to the routine that took its place, or the one before. */
  neighbour = gtk_list_box_get_row_at_index (self->own_list, position);
  if (neighbour == NULL && position > 0)
    neighbour = gtk_list_box_get_row_at_index (self->own_list, position - 1);
  if (neighbour != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (neighbour));
  else
    gtk_widget_grab_focus (self->new_button);

  /* Translators: %s is the name of a routine */
  title = g_strdup_printf (_("“%s” deleted"),
                           rbd_record_get_string (RBD_RECORD (routine), "name") != NULL
                             ? rbd_record_get_string (RBD_RECORD (routine), "name")
                             : _("Untitled Routine"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "routines.undo");
  adw_toast_set_action_target (toast, "u", serial);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (serial));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (widget);
  gpointer key = GUINT_TO_POINTER (g_variant_get_uint32 (parameter));
  DeletedRoutine *deleted = g_hash_table_lookup (self->deleted, key);
  GListStore *routines;
  guint n;

  if (deleted == NULL)
    return;

  routines = rbd_store_get_routines (self->store);
  n = g_list_model_get_n_items (G_LIST_MODEL (routines));
  g_list_store_insert (routines, MIN (deleted->position, n), deleted->routine);
  focus_routine (self, deleted->routine);
  g_hash_table_remove (self->deleted, key);
}

/* GObject */

static void
rbd_routines_page_dispose (GObject *object)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (object);

  /* The player view records a routine cut short while it goes away, and
   * needs the store for that: the template goes first. */
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_ROUTINES_PAGE);

  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_object (&self->builtin);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_routines_page_parent_class)->dispose (object);
}

static void
rbd_routines_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOTIFIER:
      g_value_set_object (value, rbd_routines_page_get_notifier (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routines_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RbdRoutinesPage *self = RBD_ROUTINES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rbd_routines_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_NOTIFIER:
      rbd_routines_page_set_notifier (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routines_page_class_init (RbdRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_routines_page_dispose;
  object_class->get_property = rbd_routines_page_get_property;
  object_class->set_property = rbd_routines_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RBD_TYPE_ROUTINE_PLAYER_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "routinespage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, state_revealer);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, own_list);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinesPage, player_view);
  gtk_widget_class_bind_template_callback (widget_class, on_run_ended_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_player_closed_cb);

  gtk_widget_class_install_action (widget_class, "routines.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", "s", duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "routines.undo", "u", undo_action);
}

static void
rbd_routines_page_init (RbdRoutinesPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkShortcutController *shortcuts;
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->deleted = g_hash_table_new_full (NULL, NULL, NULL, deleted_routine_free);

  self->builtin = rbd_builtin_routines_load (&error);
  if (self->builtin == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s: %s",
                                               _("Could not load the built-in routines"),
                                               error->message);

      show_toast (self, text, TRUE);
      self->builtin = g_list_store_new (RBD_TYPE_ROUTINE);
    }
  gtk_list_box_bind_model (self->builtin_list, G_LIST_MODEL (self->builtin),
                           create_row, self, NULL);

  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "label", _("Make a routine of your own, or copy a built-in one "
                                         "with “Duplicate and Edit” in its menu."),
                              "wrap", TRUE,
                              "justify", GTK_JUSTIFY_CENTER,
                              "margin-top", 18,
                              "margin-bottom", 18,
                              "margin-start", 12,
                              "margin-end", 12,
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->own_list, placeholder);

  /* The list's shortcuts work wherever the focus is in the window, but
   * only while the list is shown (not the player, nor another page). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>n"),
                                                          gtk_named_action_new ("routines.new")));
  gtk_widget_add_controller (self->list_box, GTK_EVENT_CONTROLLER (shortcuts));

  update_state_message (self);
  update_actions (self);
}

GtkWidget *
rbd_routines_page_new (void)
{
  return g_object_new (RBD_TYPE_ROUTINES_PAGE, NULL);
}

RbdStore *
rbd_routines_page_get_store (RbdRoutinesPage *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), NULL);

  return self->store;
}

/* The page shows one store for its whole life. */
void
rbd_routines_page_set_store (RbdRoutinesPage *self,
                             RbdStore        *store)
{
  g_return_if_fail (RBD_IS_ROUTINES_PAGE (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  if (self->store == store)
    return;

  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::state", G_CALLBACK (on_store_state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->own_list, G_LIST_MODEL (rbd_store_get_routines (store)),
                           create_row, self, NULL);

  update_state_message (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rbd_routines_page_get_notifier:
 *
 * Returns: (transfer none) (nullable): where the player's notifications
 *   and screen-awake requests go
 */
RbdNotifier *
rbd_routines_page_get_notifier (RbdRoutinesPage *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), NULL);

  return rbd_routine_player_view_get_notifier (self->player_view);
}

void
rbd_routines_page_set_notifier (RbdRoutinesPage *self,
                                RbdNotifier     *notifier)
{
  g_return_if_fail (RBD_IS_ROUTINES_PAGE (self));
  g_return_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier));

  if (rbd_routine_player_view_get_notifier (self->player_view) == notifier)
    return;

  rbd_routine_player_view_set_notifier (self->player_view, notifier);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTIFIER]);
}

/**
 * rbd_routines_page_get_player_view:
 *
 * Returns: (transfer none): the player
 */
RbdRoutinePlayerView *
rbd_routines_page_get_player_view (RbdRoutinesPage *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), NULL);

  return self->player_view;
}

/**
 * rbd_routines_page_get_builtin:
 *
 * Returns: (transfer none): the built-in routines
 */
GListModel *
rbd_routines_page_get_builtin (RbdRoutinesPage *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), NULL);

  return G_LIST_MODEL (self->builtin);
}

/**
 * rbd_routines_page_find_routine:
 *
 * Returns: (transfer none) (nullable): the built-in or own routine with
 *   @id
 */
RbdRoutine *
rbd_routines_page_find_routine (RbdRoutinesPage *self,
                                const char      *id)
{
  g_autoptr(RbdRoutine) builtin = NULL;

  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), NULL);

  if (id == NULL)
    return NULL;

  builtin = rbd_builtin_routines_find (G_LIST_MODEL (self->builtin), id);
  if (builtin != NULL)
    return builtin;  /* the list keeps it alive */

  return find_own (self, id, NULL);
}

/**
 * rbd_routines_page_start:
 *
 * Shows the player and plays the routine with @id. While another routine
 * plays, that one is shown instead and nothing starts.
 *
 * Returns: %FALSE with @error set when the routine does not exist, has no
 *   steps, or another one is playing
 */
gboolean
rbd_routines_page_start (RbdRoutinesPage  *self,
                         const char       *id,
                         GError          **error)
{
  RbdRoutine *routine;

  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (rbd_routine_player_view_is_playing (self->player_view))
    {
      gtk_stack_set_visible_child_name (self->stack, "player");
      if (rbd_routine_player_view_get_routine (self->player_view) != NULL &&
          g_strcmp0 (rbd_record_get_id (RBD_RECORD (rbd_routine_player_view_get_routine (self->player_view))),
                     id) == 0)
        return TRUE;

      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("Another routine is playing. Stop it before starting a new one."));
      return FALSE;
    }

  routine = rbd_routines_page_find_routine (self, id);
  if (routine == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("This routine no longer exists."));
      return FALSE;
    }

  /* Shown first, so that the player can take the keyboard focus. */
  gtk_stack_set_visible_child_name (self->stack, "player");
  if (!rbd_routine_player_view_play (self->player_view, routine, error))
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return FALSE;
    }

  return TRUE;
}

/* Whether the player is shown rather than the list. */
gboolean
rbd_routines_page_get_playing_shown (RbdRoutinesPage *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINES_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") == 0;
}
