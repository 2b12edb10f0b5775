/* rbd-routine-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-builtin-routines.h"
#include "rbd-plan-util.h"
#include "rbd-routine-row.h"

/* One routine in the Routines page's list: its name, focus, total time
 * and description, a Start button and a menu. Activating the row starts
 * the routine. Like the Plan page's cards, the row changes nothing
 * itself: its commands hand the routine's id to the page's "routines."
 * actions. */
struct _RbdRoutineRow
{
  AdwActionRow  parent_instance;

  RbdRoutine   *routine;
  gboolean      builtin;
  gboolean      editable;

  /* Template widgets */
  GtkWidget    *start_button;
  GtkMenuButton *menu_button;
  GMenuModel   *builtin_menu;
  GMenuModel   *own_menu;
};

G_DEFINE_FINAL_TYPE (RbdRoutineRow, rbd_routine_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ROUTINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
forward (RbdRoutineRow *self,
         const char    *action_name)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action_name, "s",
                              rbd_record_get_id (RBD_RECORD (self->routine)));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  forward (RBD_ROUTINE_ROW (widget), "routines.start");
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  forward (RBD_ROUTINE_ROW (widget), "routines.edit");
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  forward (RBD_ROUTINE_ROW (widget), "routines.duplicate");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  forward (RBD_ROUTINE_ROW (widget), "routines.delete");
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_menu_button_popup (RBD_ROUTINE_ROW (widget)->menu_button);
}

static void
update_actions (RbdRoutineRow *self)
{
  gboolean own = !self->builtin;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.edit", own && self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", own && self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.duplicate", self->editable);
}

static void
update (RbdRoutineRow *self)
{
  RbdRecord *record = RBD_RECORD (self->routine);
  const char *name = rbd_record_get_string (record, "name");
  const char *description = rbd_record_get_string (record, "description");
  g_autofree char *summary = rbd_routine_dup_summary (self->routine);
  g_autoptr(GString) subtitle = g_string_new (summary);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && *name != '\0' ? name : _("Untitled Routine"));

  if (description != NULL && *description != '\0')
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, description);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  accessible = g_strdup_printf ("%s, %s",
                                name != NULL && *name != '\0' ? name : _("Untitled Routine"),
                                summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->builtin
                                    ? _("Press Enter to start")
                                    : _("Press Enter to start, Delete to remove"),
                                  -1);
}

static void
on_routine_changed_cb (RbdRoutineRow *self)
{
  update (self);
}

static void
rbd_routine_row_constructed (GObject *object)
{
  RbdRoutineRow *self = RBD_ROUTINE_ROW (object);

  G_OBJECT_CLASS (rbd_routine_row_parent_class)->constructed (object);

  g_assert (self->routine != NULL);

  self->builtin = rbd_builtin_routines_is_builtin (self->routine);
  gtk_menu_button_set_menu_model (self->menu_button,
                                  self->builtin ? self->builtin_menu : self->own_menu);

  g_signal_connect_object (self->routine, "notify", G_CALLBACK (on_routine_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_routine_get_steps (self->routine), "items-changed",
                           G_CALLBACK (on_routine_changed_cb), self, G_CONNECT_SWAPPED);

  update (self);
  update_actions (self);
}

static void
rbd_routine_row_dispose (GObject *object)
{
  RbdRoutineRow *self = RBD_ROUTINE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_ROUTINE_ROW);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (rbd_routine_row_parent_class)->dispose (object);
}

static void
rbd_routine_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RbdRoutineRow *self = RBD_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RbdRoutineRow *self = RBD_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      /* Construct-only: a row shows one routine. */
      self->routine = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_row_activate (AdwActionRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "row.start", NULL);
}

static void
rbd_routine_row_class_init (RbdRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwActionRowClass *row_class = ADW_ACTION_ROW_CLASS (klass);

  object_class->constructed = rbd_routine_row_constructed;
  object_class->dispose = rbd_routine_row_dispose;
  object_class->get_property = rbd_routine_row_get_property;
  object_class->set_property = rbd_routine_row_set_property;

  row_class->activate = rbd_routine_row_activate;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL,
                         RBD_TYPE_ROUTINE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-routine-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineRow, start_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineRow, builtin_menu);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutineRow, own_menu);

  gtk_widget_class_install_action (widget_class, "row.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "row.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "row.menu", NULL, menu_action);

  /* The last binding of an action is the one menus show. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "row.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "row.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "row.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "row.menu", NULL);
}

static void
rbd_routine_row_init (RbdRoutineRow *self)
{
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rbd_routine_row_new (RbdRoutine *routine)
{
  g_return_val_if_fail (RBD_IS_ROUTINE (routine), NULL);

  return g_object_new (RBD_TYPE_ROUTINE_ROW, "routine", routine, NULL);
}

RbdRoutine *
rbd_routine_row_get_routine (RbdRoutineRow *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_ROW (self), NULL);

  return self->routine;
}

gboolean
rbd_routine_row_get_builtin (RbdRoutineRow *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_ROW (self), FALSE);

  return self->builtin;
}

/* Routines cannot be changed or copied while the document cannot be
 * saved (loading, broken, read-only); they can still be played. */
void
rbd_routine_row_set_editable (RbdRoutineRow *self,
                              gboolean       editable)
{
  g_return_if_fail (RBD_IS_ROUTINE_ROW (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  update_actions (self);
}

/**
 * rbd_routine_dup_summary:
 *
 * Returns: the routine's focus, total time and number of steps, as one
 *   line: "Stretching · 7 min · 7 steps"
 */
char *
rbd_routine_dup_summary (RbdRoutine *routine)
{
  g_autoptr(GString) out = NULL;
  const char *focus;
  guint n_steps;

  g_return_val_if_fail (RBD_IS_ROUTINE (routine), NULL);

  out = g_string_new (NULL);
  focus = rbd_record_get_string (RBD_RECORD (routine), "focus");
  n_steps = g_list_model_get_n_items (G_LIST_MODEL (rbd_routine_get_steps (routine)));

  if (focus != NULL && *focus != '\0')
    g_string_append (out, focus);

  if (out->len > 0)
    g_string_append (out, " · ");

  if (n_steps == 0)
    {
      g_string_append (out, _("No steps yet"));
    }
  else
    {
      g_autofree char *total = rbd_plan_format_duration (rbd_routine_get_total_s (routine));

      g_string_append (out, total);
      g_string_append (out, " · ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_steps),
                              n_steps);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
