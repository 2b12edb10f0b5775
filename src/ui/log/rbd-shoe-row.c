/* rbd-shoe-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-shoe-row"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-shoe-row.h"

/* One pair of shoes: how far it has gone against its limit, and, when
 * opened, its name, its limit and whether it is retired, each changed in
 * place (the store saves). */
struct _RbdShoeRow
{
  AdwExpanderRow  parent_instance;

  RbdShoe        *shoe;
  gboolean        imperial;
  gboolean        syncing;

  /* Template widgets */
  GtkWidget      *warning_icon;
  GtkWidget      *retired_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *limit_row;
  GtkSwitch      *retired_switch;
};

G_DEFINE_FINAL_TYPE (RbdShoeRow, rbd_shoe_row, ADW_TYPE_EXPANDER_ROW)

/* The limit typed, in km; FALSE with the row marked when it is not one. */
static gboolean
read_limit (RbdShoeRow *self,
            double     *limit_km)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->limit_row));
  double value;
  RbdLogNumber result = rbd_log_parse_number (text, &value);
  gboolean ok;

  if (result == RBD_LOG_NUMBER_EMPTY)
    {
      *limit_km = RBD_UNSET;
      ok = TRUE;
    }
  else
    {
      *limit_km = rbd_plan_distance_from_display (value, self->imperial) / 1000.0;
      ok = result == RBD_LOG_NUMBER_OK &&
           rbd_record_validate_double (RBD_RECORD (self->shoe), "limit_km", *limit_km, NULL);
    }

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->limit_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->limit_row), "error");

  return ok;
}

static void
on_name_apply_cb (RbdShoeRow *self)
{
  g_autofree char *name = NULL;

  if (self->shoe == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    rbd_record_unset (RBD_RECORD (self->shoe), "name");
  else if (g_strcmp0 (name, rbd_record_get_string (RBD_RECORD (self->shoe), "name")) != 0)
    rbd_record_set_string (RBD_RECORD (self->shoe), "name", name);
}

static void
on_limit_changed_cb (RbdShoeRow *self)
{
  double limit_km;

  if (self->shoe != NULL && !self->syncing)
    read_limit (self, &limit_km);
}

static void
on_limit_apply_cb (RbdShoeRow *self)
{
  double limit_km;

  if (self->shoe == NULL || !read_limit (self, &limit_km))
    return;

  if (limit_km == RBD_UNSET)
    rbd_record_unset (RBD_RECORD (self->shoe), "limit_km");
  else if (!rbd_record_is_set (RBD_RECORD (self->shoe), "limit_km") ||
           fabs (rbd_record_get_double (RBD_RECORD (self->shoe), "limit_km") - limit_km) > 0.05)
    rbd_record_set_double (RBD_RECORD (self->shoe), "limit_km", round (limit_km * 10) / 10);
}

static void
on_retired_cb (RbdShoeRow *self)
{
  gboolean retired = gtk_switch_get_active (self->retired_switch);

  if (self->shoe == NULL || self->syncing)
    return;

  if (rbd_record_get_boolean (RBD_RECORD (self->shoe), "retired") != retired)
    rbd_record_set_boolean (RBD_RECORD (self->shoe), "retired", retired);
}

static void
rbd_shoe_row_dispose (GObject *object)
{
  RbdShoeRow *self = RBD_SHOE_ROW (object);

  g_clear_object (&self->shoe);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_SHOE_ROW);

  G_OBJECT_CLASS (rbd_shoe_row_parent_class)->dispose (object);
}

static void
rbd_shoe_row_class_init (RbdShoeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_shoe_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-shoe-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdShoeRow, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdShoeRow, retired_label);
  gtk_widget_class_bind_template_child (widget_class, RbdShoeRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RbdShoeRow, limit_row);
  gtk_widget_class_bind_template_child (widget_class, RbdShoeRow, retired_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_limit_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_limit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retired_cb);
}

static void
rbd_shoe_row_init (RbdShoeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rbd_shoe_row_new (void)
{
  return g_object_new (RBD_TYPE_SHOE_ROW, NULL);
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  /* Not under the user's fingers. */
  if (gtk_widget_has_focus (GTK_WIDGET (row)) ||
      gtk_widget_get_focus_child (GTK_WIDGET (row)) != NULL)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

void
rbd_shoe_row_set_usage (RbdShoeRow         *self,
                        const RbdShoeUsage *usage,
                        gboolean            imperial)
{
  RbdRecord *record;
  const char *name;
  g_autofree char *distance = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *limit_text = NULL;
  gboolean retired;

  g_return_if_fail (RBD_IS_SHOE_ROW (self));
  g_return_if_fail (usage != NULL && RBD_IS_SHOE (usage->shoe));

  g_set_object (&self->shoe, usage->shoe);
  self->imperial = imperial;
  record = RBD_RECORD (usage->shoe);

  name = rbd_record_get_string (record, "name");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && *name != '\0' ? name : _("Unnamed shoes"));

  distance = rbd_plan_format_distance (usage->distance_m, imperial);
  limit = rbd_plan_format_distance (usage->limit_km * 1000.0, imperial);
  /* Translators: a pair of shoes' distance, its limit and its sessions,
   * e.g. "412.0 km of 700.0 km · 53 sessions" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s of %s · %u session",
                                           "%s of %s · %u sessions", usage->n_sessions),
                              distance, limit, usage->n_sessions);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  retired = rbd_record_get_boolean (record, "retired");
  gtk_widget_set_visible (self->warning_icon, usage->passed_limit && !retired);
  gtk_widget_set_visible (self->retired_label, retired);

  self->syncing = TRUE;
  set_entry_text (self->name_row, name != NULL ? name : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->limit_row),
                                 imperial ? _("Distance _limit, mi") : _("Distance _limit, km"));
  limit_text = rbd_record_is_set (record, "limit_km")
    ? rbd_log_format_number (rbd_plan_distance_to_display (usage->limit_km * 1000.0, imperial), 0)
    : g_strdup ("");
  set_entry_text (self->limit_row, limit_text);
  gtk_switch_set_active (self->retired_switch, retired);
  self->syncing = FALSE;
}

RbdShoe *
rbd_shoe_row_get_shoe (RbdShoeRow *self)
{
  g_return_val_if_fail (RBD_IS_SHOE_ROW (self), NULL);

  return self->shoe;
}
