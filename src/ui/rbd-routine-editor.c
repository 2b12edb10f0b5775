/* rbd-routine-editor.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-routine-editor.h"
#include "rbd-routine-step-row.h"
#include "rbd-routine-step.h"

/* Creates or changes one of the runner's own routines: its name, focus
 * and description, and its steps (added, removed with undo, moved by
 * drag and drop or Alt+Up/Down, each with a duration and sides).
 *
 * The editor works on copies of the steps; the routine and the store are
 * only touched on Save, so Cancel leaves everything as it was. */

#define NEW_STEP_S 30

typedef struct
{
  GtkWidget *row;
  int        index;
} RemovedStep;

struct _RbdRoutineEditor
{
  AdwWindow         parent_instance;

  RbdStore         *store;
  RbdRoutine       *routine;
  gboolean          is_new;
  gboolean          valid;
  gboolean          name_touched;  /* say "no name" only once it matters */

  GHashTable       *removed;      /* serial -> RemovedStep */
  guint             last_serial;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
  AdwEntryRow      *name_row;
  AdwEntryRow      *focus_row;
  AdwEntryRow      *description_row;
  GtkListBox       *steps_list;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (RbdRoutineEditor, rbd_routine_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ROUTINE,
  PROP_IS_NEW,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
removed_step_free (gpointer data)
{
  RemovedStep *removed = data;

  g_clear_object (&removed->row);
  g_free (removed);
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static guint
count_rows (RbdRoutineEditor *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (RBD_IS_ROUTINE_STEP_ROW (child))
        n++;
    }

  return n;
}

static RbdRoutineStepRow *
get_row (RbdRoutineEditor *self,
         int               index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->steps_list, index);

  return RBD_IS_ROUTINE_STEP_ROW (row) ? RBD_ROUTINE_STEP_ROW (row) : NULL;
}

static void
update_validity (RbdRoutineEditor *self)
{
  g_autofree char *name = dup_entry_text (self->name_row);
  g_autofree char *message = NULL;
  guint n = count_rows (self);
  gboolean hint = FALSE;
  gboolean valid;

  for (guint i = 0; i < n && message == NULL; i++)
    {
      const char *problem = rbd_routine_step_row_get_problem (get_row (self, i));

      if (problem != NULL)
        /* Translators: "Step 2: A step lasts from 1 second to 60 minutes." */
        message = g_strdup_printf (_("Step %u: %s"), i + 1, problem);
    }

  if (message == NULL && *name == '\0')
    {
      message = g_strdup (_("Give the routine a name."));
      /* Before anything is typed, that is a hint, not an error. */
      hint = !self->name_touched;
    }

  valid = message == NULL;
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (hint)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->error_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
renumber (RbdRoutineEditor *self)
{
  guint n = count_rows (self);

  for (guint i = 0; i < n; i++)
    rbd_routine_step_row_set_number (get_row (self, i), i + 1, n);

  update_validity (self);
}

static void
on_row_valid_cb (RbdRoutineEditor  *self,
                 GParamSpec        *pspec,
                 RbdRoutineStepRow *row)
{
  update_validity (self);
}

static void
on_field_changed_cb (RbdRoutineEditor *self,
                     GtkEditable      *editable)
{
  if (editable == GTK_EDITABLE (self->name_row))
    self->name_touched = TRUE;

  update_validity (self);
}

static GtkWidget *
add_row (RbdRoutineEditor *self,
         RbdRoutineStep   *step,
         int               position)
{
  GtkWidget *row = rbd_routine_step_row_new (step);

  g_signal_connect_object (row, "notify::valid", G_CALLBACK (on_row_valid_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_insert (self->steps_list, row, position);

  return row;
}

/* The widget with the keyboard focus, if it is inside @row. */
static GtkWidget *
get_focus_inside (RbdRoutineEditor *self,
                  GtkWidget        *row)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row)))
    return focus;

  return NULL;
}

/* Actions */

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (widget);
  g_autoptr(RbdRoutineStep) step = rbd_routine_step_new ();
  GtkWidget *row;

  rbd_record_set_int (RBD_RECORD (step), "duration_s", NEW_STEP_S);
  rbd_record_set_int (RBD_RECORD (step), "sides", 1);

  row = add_row (self, step, -1);
  renumber (self);
  rbd_routine_step_row_focus_name (RBD_ROUTINE_STEP_ROW (row));
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (widget);
  g_autoptr(GtkWidget) row = NULL;
  g_autoptr(GtkWidget) focus = NULL;
  int index;
  int delta;
  int target;
  int n = count_rows (self);

  g_variant_get (parameter, "(ii)", &index, &delta);
  if (index < 0 || index >= n)
    return;

  target = CLAMP (index + delta, 0, n - 1);
  if (target == index)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* The same row moves, with its state and the focus where it was. */
  row = g_object_ref (GTK_WIDGET (get_row (self, index)));
  focus = get_focus_inside (self, row);
  if (focus != NULL)
    g_object_ref (focus);

  gtk_list_box_remove (self->steps_list, row);
  gtk_list_box_insert (self->steps_list, row, target);
  renumber (self);

  if (focus != NULL && gtk_widget_is_ancestor (focus, row))
    gtk_widget_grab_focus (focus);
  else
    gtk_widget_grab_focus (row);
}

static void
on_undo_toast_dismissed_cb (RbdRoutineEditor *self,
                            AdwToast         *toast)
{
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));

  if (self->removed != NULL)
    g_hash_table_remove (self->removed, GUINT_TO_POINTER (serial));
}

static void
remove_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (widget);
  int index = g_variant_get_int32 (parameter);
  RbdRoutineStepRow *row = get_row (self, index);
  RemovedStep *removed;
  AdwToast *toast;
  GtkListBoxRow *neighbour;
  guint serial;

  if (row == NULL)
    return;

  removed = g_new0 (RemovedStep, 1);
  removed->row = g_object_ref (GTK_WIDGET (row));
  removed->index = index;
  serial = ++self->last_serial;
  g_hash_table_insert (self->removed, GUINT_TO_POINTER (serial), removed);

  gtk_list_box_remove (self->steps_list, GTK_WIDGET (row));
  renumber (self);

  /* The focus goes to the step that took its place, or the one before. */
  neighbour = gtk_list_box_get_row_at_index (self->steps_list, index);
  if (neighbour == NULL && index > 0)
    neighbour = gtk_list_box_get_row_at_index (self->steps_list, index - 1);
  if (neighbour != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (neighbour));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  toast = adw_toast_new (_("Step removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove");
  adw_toast_set_action_target (toast, "u", serial);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (serial));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (widget);
  gpointer key = GUINT_TO_POINTER (g_variant_get_uint32 (parameter));
  RemovedStep *removed = g_hash_table_lookup (self->removed, key);
  int position;

  if (removed == NULL)
    return;

  position = MIN (removed->index, (int) count_rows (self));
  gtk_list_box_insert (self->steps_list, removed->row, position);
  gtk_widget_grab_focus (removed->row);
  g_hash_table_remove (self->removed, key);

  renumber (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (widget);

  if (rbd_routine_editor_save (self))
    gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static void
rbd_routine_editor_constructed (GObject *object)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (object);
  RbdRecord *record;
  GListModel *steps;
  const char *text;
  const char *title;

  G_OBJECT_CLASS (rbd_routine_editor_parent_class)->constructed (object);

  if (self->routine == NULL)
    {
      self->routine = rbd_routine_new ();
      self->is_new = TRUE;
    }
  record = RBD_RECORD (self->routine);

  /* The window's own title is what screen readers announce. */
  title = self->is_new ? _("New Routine") : _("Edit Routine");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  text = rbd_record_get_string (record, "name");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), text != NULL ? text : "");
  text = rbd_record_get_string (record, "focus");
  gtk_editable_set_text (GTK_EDITABLE (self->focus_row), text != NULL ? text : "");
  text = rbd_record_get_string (record, "description");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), text != NULL ? text : "");
  self->name_touched = FALSE;

  /* Copies: the routine's own steps change only on Save. */
  steps = G_LIST_MODEL (rbd_routine_get_steps (self->routine));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (steps, i);
      g_autoptr(RbdRecord) copy = rbd_record_copy (step);

      if (copy != NULL)
        add_row (self, RBD_ROUTINE_STEP (copy), -1);
    }

  renumber (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
rbd_routine_editor_dispose (GObject *object)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_ROUTINE_EDITOR);

  g_clear_pointer (&self->removed, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (rbd_routine_editor_parent_class)->dispose (object);
}

static void
rbd_routine_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;

    case PROP_IS_NEW:
      g_value_set_boolean (value, self->is_new);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RbdRoutineEditor *self = RBD_ROUTINE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ROUTINE:
      self->routine = g_value_dup_object (value);
      break;

    case PROP_IS_NEW:
      self->is_new = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_editor_class_init (RbdRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rbd_routine_editor_constructed;
  object_class->dispose = rbd_routine_editor_dispose;
  object_class->get_property = rbd_routine_editor_get_property;
  object_class->set_property = rbd_routine_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* The routine to change; for a new one (is-new), the routine to add,
   * already filled in (a copy of a built-in) or %NULL for an empty one. */
  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL,
                         RBD_TYPE_ROUTINE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_NEW] =
    g_param_spec_boolean ("is-new", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbdRoutineEditor::saved:
   * @routine: the routine as saved, in the store
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RBD_TYPE_ROUTINE);

  g_type_ensure (RBD_TYPE_ROUTINE_STEP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, focus_row);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, steps_list);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "editor.move-step", "(ii)", move_step_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-step", "i", remove_step_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove", "u",
                                   undo_remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "editor.add-step", NULL);
}

static void
rbd_routine_editor_init (RbdRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->removed = g_hash_table_new_full (NULL, NULL, NULL, removed_step_free);

  gtk_list_box_set_placeholder (self->steps_list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", _("No steps yet. Add the first one."),
                                              "wrap", TRUE,
                                              "margin-top", 18,
                                              "margin-bottom", 18,
                                              "margin-start", 12,
                                              "margin-end", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

/**
 * rbd_routine_editor_new:
 * @routine: (nullable): the routine to change; with @is_new, the routine
 *   to add (a filled-in copy), or %NULL for an empty new one
 */
RbdRoutineEditor *
rbd_routine_editor_new (RbdStore   *store,
                        RbdRoutine *routine,
                        gboolean    is_new)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (routine == NULL || RBD_IS_ROUTINE (routine), NULL);

  return g_object_new (RBD_TYPE_ROUTINE_EDITOR,
                       "store", store,
                       "routine", routine,
                       "is-new", is_new || routine == NULL,
                       NULL);
}

/**
 * rbd_routine_editor_get_routine:
 *
 * Returns: (transfer none): the routine being edited (not in the store
 *   yet for a new one until saved)
 */
RbdRoutine *
rbd_routine_editor_get_routine (RbdRoutineEditor *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_EDITOR (self), NULL);

  return self->routine;
}

gboolean
rbd_routine_editor_get_valid (RbdRoutineEditor *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_EDITOR (self), FALSE);

  return self->valid;
}

static void
set_or_unset (RbdRecord  *record,
              const char *field,
              const char *text)
{
  if (text != NULL && *text != '\0')
    rbd_record_set_string (record, field, text);
  else if (rbd_record_is_set (record, field))
    rbd_record_unset (record, field);
}

/**
 * rbd_routine_editor_save:
 *
 * Puts what the editor holds into the routine, and a new routine into the
 * store. Nothing happens while something is invalid (the editor says
 * what) or when the document cannot be saved.
 *
 * Returns: whether it was saved
 */
gboolean
rbd_routine_editor_save (RbdRoutineEditor *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *name = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *description = NULL;
  RbdRecord *record;
  GListStore *list;
  guint n;

  g_return_val_if_fail (RBD_IS_ROUTINE_EDITOR (self), FALSE);

  n = count_rows (self);
  for (guint i = 0; i < n; i++)
    rbd_routine_step_row_commit (get_row (self, i));

  self->name_touched = TRUE;
  update_validity (self);
  if (!self->valid)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    {
      AdwToast *toast = adw_toast_new (_("Your routines cannot be saved right now: "
                                         "the data file is not writable."));

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return FALSE;
    }

  record = RBD_RECORD (self->routine);
  name = dup_entry_text (self->name_row);
  focus = dup_entry_text (self->focus_row);
  description = dup_entry_text (self->description_row);
  set_or_unset (record, "name", name);
  set_or_unset (record, "focus", focus);
  set_or_unset (record, "description", description);

  steps = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (steps, g_object_ref (rbd_routine_step_row_get_step (get_row (self, i))));

  list = rbd_routine_get_steps (self->routine);
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       steps->pdata, steps->len);

  if (self->is_new)
    {
      g_list_store_append (rbd_store_get_routines (self->store), self->routine);
      self->is_new = FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, self->routine);

  return TRUE;
}
