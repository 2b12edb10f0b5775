/* rbd-history-header.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-history-header"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-history-header.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"

/* The heading over a week of the history: which week, and its totals. */
struct _RbdHistoryHeader
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkLabel  *totals_label;
};

G_DEFINE_FINAL_TYPE (RbdHistoryHeader, rbd_history_header, GTK_TYPE_WIDGET)

static void
rbd_history_header_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_HISTORY_HEADER);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rbd_history_header_parent_class)->dispose (object);
}

static void
rbd_history_header_class_init (RbdHistoryHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_history_header_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-history-header.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdHistoryHeader, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdHistoryHeader, totals_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "historyheader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_HEADING);
}

static void
rbd_history_header_init (RbdHistoryHeader *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
}

GtkWidget *
rbd_history_header_new (void)
{
  return g_object_new (RBD_TYPE_HISTORY_HEADER, NULL);
}

void
rbd_history_header_set_week (RbdHistoryHeader *self,
                             RbdHistoryWeek   *week,
                             gboolean          imperial)
{
  const RbdWeekTotals *totals;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (RBD_IS_HISTORY_HEADER (self));
  g_return_if_fail (RBD_IS_HISTORY_WEEK (week));

  totals = rbd_history_week_get_totals (week);

  if (rbd_history_week_has_date (week))
    {
      GDate first, last;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      rbd_history_week_get_first_day (week, &first);
      last = first;
      g_date_add_days (&last, 6);
      from = rbd_log_format_short_date (&first);
      /* Translators: the last day of a week with its year, e.g. "6 Dec 2026" */
      to = rbd_plan_format_date (&last, C_("week end", "%-d %b %Y"));
      /* Translators: a week in the history: its number, then its days,
       * e.g. "Week 49 · 30 Nov – 6 Dec 2026" */
      title = g_strdup_printf (_("Week %u · %s – %s"), rbd_plan_week_number (&first), from, to);
    }
  else
    {
      title = g_strdup (_("Without a Date"));
    }
  gtk_label_set_text (self->title_label, title);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                       totals->n_sessions),
                          totals->n_sessions);
  if (totals->duration_s > 0)
    {
      g_autofree char *duration = rbd_plan_format_duration (totals->duration_s);

      g_string_append_printf (text, " · %s", duration);
    }
  if (totals->distance_m > 0)
    {
      g_autofree char *distance = rbd_plan_format_distance (totals->distance_m, imperial);

      g_string_append_printf (text, " · %s", distance);
    }
  if (totals->load > 0)
    /* Translators: a week's training load in the history, e.g. "load 1450" */
    g_string_append_printf (text, _(" · load %.0f"), totals->load);
  gtk_label_set_text (self->totals_label, text->str);

  accessible = g_strdup_printf ("%s: %s", title, text->str);
  rbd_log_set_accessible_label (GTK_WIDGET (self), accessible);
}
