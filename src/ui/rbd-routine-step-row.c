/* rbd-routine-step-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-step-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-limits.h"
#include "rbd-routine-countdown.h"
#include "rbd-routine-step-row.h"

/* One step in the routine editor: collapsed, its name, number and time;
 * expanded, its fields. Edits go straight into the step, which is the
 * editor's copy; a duration out of range is not taken, and the row says
 * why. Moving and removing are the editor's "editor." actions, which the
 * row calls with its position; it can also be dragged by its handle onto
 * another step. */
struct _RbdRoutineStepRow
{
  AdwExpanderRow  parent_instance;

  RbdRoutineStep *step;
  guint           number;
  guint           n_steps;
  gboolean        syncing;
  const char     *problem;   /* static, translated; NULL when valid */

  /* Template widgets */
  GtkWidget      *handle;
  AdwEntryRow    *name_row;
  GtkTextView    *instructions_view;
  GtkSpinButton  *minutes_spin;
  GtkSpinButton  *seconds_spin;
  GtkWidget      *error_row;
  GtkLabel       *error_label;
  GtkSwitch      *sides_switch;
};

G_DEFINE_FINAL_TYPE (RbdRoutineStepRow, rbd_routine_step_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_STEP,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
get_duration_s (RbdRoutineStepRow *self)
{
  return gtk_spin_button_get_value_as_int (self->minutes_spin) * 60 +
         gtk_spin_button_get_value_as_int (self->seconds_spin);
}

static const char *
find_problem (RbdRoutineStepRow *self)
{
  int duration_s = get_duration_s (self);
  g_autofree char *name = NULL;

  if (duration_s < 1 || duration_s > MAX_STEP_S)
    return _("A step lasts from 1 second to 60 minutes.");

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    return _("Give this step a name.");

  return NULL;
}

static void
update_header (RbdRoutineStepRow *self)
{
  RbdRecord *record = RBD_RECORD (self->step);
  const char *name = rbd_record_get_string (record, "name");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && *name != '\0' ? name : _("Unnamed Step"));

  /* Translators: the position of a step in the routine editor, e.g. "Step 2" */
  g_string_append_printf (subtitle, _("Step %u"), self->number);
  g_string_append (subtitle, " · ");
  if (self->problem != NULL)
    {
      g_string_append (subtitle, self->problem);
    }
  else
    {
      g_autofree char *clock = rbd_routine_format_clock (get_duration_s (self));

      g_string_append (subtitle, clock);
      if (gtk_switch_get_active (self->sides_switch))
        {
          g_string_append (subtitle, " · ");
          g_string_append (subtitle, _("each side"));
        }
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);

  /* Translators: for screen readers: "Step 2 of 5: Calf stretch" */
  accessible = g_strdup_printf (_("Step %u of %u: %s"), self->number, self->n_steps,
                                name != NULL && *name != '\0' ? name : _("Unnamed Step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Alt+Up and Alt+Down move the step"),
                                  -1);
}

static void
update_validity (RbdRoutineStepRow *self)
{
  const char *problem = find_problem (self);
  gboolean was_valid = self->problem == NULL;

  self->problem = problem;

  gtk_label_set_text (self->error_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (self->error_row, problem != NULL);

  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "invalid");

  update_header (self);

  if (was_valid != (problem == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
on_name_changed_cb (RbdRoutineStepRow *self,
                    GtkEditable       *editable)
{
  g_autofree char *name = NULL;

  if (self->syncing)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  rbd_record_set_string (RBD_RECORD (self->step), "name", name);
  update_validity (self);
}

static void
on_instructions_changed_cb (RbdRoutineStepRow *self,
                            GtkTextBuffer     *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  rbd_record_set_string (RBD_RECORD (self->step), "instructions", text);
}

static void
on_duration_changed_cb (RbdRoutineStepRow *self,
                        GtkSpinButton     *spin)
{
  int duration_s;

  if (self->syncing)
    return;

  /* A duration out of range stays on screen with its reason, and the
   * step keeps its last good one until it is fixed. */
  duration_s = get_duration_s (self);
  if (duration_s >= 1 && duration_s <= MAX_STEP_S)
    rbd_record_set_int (RBD_RECORD (self->step), "duration_s", duration_s);

  update_validity (self);
}

static void
on_sides_changed_cb (RbdRoutineStepRow *self,
                     GParamSpec        *pspec,
                     GtkSwitch         *sides_switch)
{
  if (self->syncing)
    return;

  rbd_record_set_int (RBD_RECORD (self->step), "sides",
                      gtk_switch_get_active (sides_switch) ? 2 : 1);
  update_header (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));

  if (index >= 0)
    gtk_widget_activate_action (widget, "editor.move-step", "(ii)",
                                index, g_variant_get_int32 (parameter));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));

  if (index >= 0)
    gtk_widget_activate_action (widget, "editor.remove-step", "i", index);
}

/* Drag and drop */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource     *source,
                    double             x,
                    double             y,
                    RbdRoutineStepRow *self)
{
  return gdk_content_provider_new_typed (RBD_TYPE_ROUTINE_STEP_ROW, self);
}

static void
on_drag_begin_cb (GtkDragSource     *source,
                  GdkDrag           *drag,
                  RbdRoutineStepRow *self)
{
  g_autoptr(GdkPaintable) live = gtk_widget_paintable_new (GTK_WIDGET (self));
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (live);

  gtk_drag_source_set_icon (source, image, 0, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end_cb (GtkDragSource     *source,
                GdkDrag           *drag,
                gboolean           delete_data,
                RbdRoutineStepRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static gboolean
on_drop_cb (GtkDropTarget     *target,
            const GValue      *value,
            double             x,
            double             y,
            RbdRoutineStepRow *self)
{
  GtkListBoxRow *source = g_value_get_object (value);
  int from;
  int to;

  if (source == NULL || source == GTK_LIST_BOX_ROW (self) ||
      gtk_widget_get_parent (GTK_WIDGET (source)) != gtk_widget_get_parent (GTK_WIDGET (self)))
    return FALSE;

  from = gtk_list_box_row_get_index (source);
  to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  if (from < 0 || to < 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "editor.move-step", "(ii)",
                                     from, to - from);
}

/* GObject */

static void
rbd_routine_step_row_constructed (GObject *object)
{
  RbdRoutineStepRow *self = RBD_ROUTINE_STEP_ROW (object);
  RbdRecord *record;
  GtkTextBuffer *buffer;
  const char *text;
  int duration_s;

  G_OBJECT_CLASS (rbd_routine_step_row_parent_class)->constructed (object);

  g_assert (self->step != NULL);
  record = RBD_RECORD (self->step);

  self->syncing = TRUE;

  text = rbd_record_get_string (record, "name");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), text != NULL ? text : "");

  buffer = gtk_text_view_get_buffer (self->instructions_view);
  text = rbd_record_get_string (record, "instructions");
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_instructions_changed_cb), self,
                           G_CONNECT_SWAPPED);

  duration_s = rbd_record_get_int (record, "duration_s");
  if (duration_s < 0)
    duration_s = 0;
  gtk_spin_button_set_value (self->minutes_spin, duration_s / 60);
  gtk_spin_button_set_value (self->seconds_spin, duration_s % 60);

  gtk_switch_set_active (self->sides_switch, rbd_record_get_int (record, "sides") == 2);

  self->syncing = FALSE;

  update_validity (self);
}

static void
rbd_routine_step_row_dispose (GObject *object)
{
  RbdRoutineStepRow *self = RBD_ROUTINE_STEP_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_ROUTINE_STEP_ROW);
  g_clear_object (&self->step);

  G_OBJECT_CLASS (rbd_routine_step_row_parent_class)->dispose (object);
}

static void
rbd_routine_step_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RbdRoutineStepRow *self = RBD_ROUTINE_STEP_ROW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_object (value, self->step);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->problem == NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_step_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RbdRoutineStepRow *self = RBD_ROUTINE_STEP_ROW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      self->step = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_step_row_class_init (RbdRoutineStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rbd_routine_step_row_constructed;
  object_class->dispose = rbd_routine_step_row_dispose;
  object_class->get_property = rbd_routine_step_row_get_property;
  object_class->set_property = rbd_routine_step_row_set_property;

  properties[PROP_STEP] =
    g_param_spec_object ("step", NULL, NULL,
                         RBD_TYPE_ROUTINE_STEP,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-routine-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, handle);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, instructions_view);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, seconds_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, error_row);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineStepRow, sides_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_duration_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sides_changed_cb);

  gtk_widget_class_install_action (widget_class, "step.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "step.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "step.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "step.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "step.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "step.move", "i", 1);
}

static void
rbd_routine_step_row_init (RbdRoutineStepRow *self)
{
  GtkDragSource *drag;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  drop = gtk_drop_target_new (RBD_TYPE_ROUTINE_STEP_ROW, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
rbd_routine_step_row_new (RbdRoutineStep *step)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_STEP (step), NULL);

  return g_object_new (RBD_TYPE_ROUTINE_STEP_ROW, "step", step, NULL);
}

RbdRoutineStep *
rbd_routine_step_row_get_step (RbdRoutineStepRow *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_STEP_ROW (self), NULL);

  return self->step;
}

/* Where the step is now, counted from 1, out of how many. */
void
rbd_routine_step_row_set_number (RbdRoutineStepRow *self,
                                 guint              number,
                                 guint              n_steps)
{
  g_return_if_fail (RBD_IS_ROUTINE_STEP_ROW (self));

  if (self->number == number && self->n_steps == n_steps)
    return;

  self->number = number;
  self->n_steps = n_steps;
  update_header (self);
}

gboolean
rbd_routine_step_row_get_valid (RbdRoutineStepRow *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_STEP_ROW (self), FALSE);

  return self->problem == NULL;
}

/**
 * rbd_routine_step_row_get_problem:
 *
 * Returns: (nullable): why the step cannot be saved as it is, or %NULL
 */
const char *
rbd_routine_step_row_get_problem (RbdRoutineStepRow *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_STEP_ROW (self), NULL);

  return self->problem;
}

/* Opens the row and puts the cursor in the name, for a new step. */
void
rbd_routine_step_row_focus_name (RbdRoutineStepRow *self)
{
  g_return_if_fail (RBD_IS_ROUTINE_STEP_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Takes what is typed in the duration fields, which a spin button only
 * does when it loses the focus or Enter is pressed: Ctrl+S from inside
 * one must save what is on screen. */
void
rbd_routine_step_row_commit (RbdRoutineStepRow *self)
{
  g_return_if_fail (RBD_IS_ROUTINE_STEP_ROW (self));

  gtk_spin_button_update (self->minutes_spin);
  gtk_spin_button_update (self->seconds_spin);
}
