/* rbd-load-card.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-load-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-load-card.h"
#include "rbd-log-util.h"
#include "rbd-training-load.h"

/* The load chart with what it says in a sentence, and a "Show as Table"
 * switch for the same numbers in rows. */
struct _RbdLoadCard
{
  GtkWidget     parent_instance;

  GArray       *weeks;
  char         *summary;

  /* Template widgets */
  GtkWidget    *group;
  GtkToggleButton *table_button;
  GtkLabel     *summary_label;
  GtkStack     *stack;
  RbdLoadChart *chart;
  GtkGrid      *table;
};

G_DEFINE_FINAL_TYPE (RbdLoadCard, rbd_load_card, GTK_TYPE_WIDGET)

static GtkWidget *
cell (GtkGrid    *grid,
      const char *text,
      int         column,
      int         row,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_widget_add_css_class (label, heading ? "heading" : "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);

  return label;
}

static void
fill_table (RbdLoadCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);

  cell (self->table, _("Week"), 0, 0, TRUE);
  cell (self->table, _("Load"), 1, 0, TRUE);
  cell (self->table, _("Sessions"), 2, 0, TRUE);
  cell (self->table, _("Ratio"), 3, 0, TRUE);

  if (self->weeks == NULL)
    return;

  /* Newest first, like the history. */
  for (guint i = self->weeks->len; i > 0; i--)
    {
      const RbdLoadWeek *week = &g_array_index (self->weeks, RbdLoadWeek, i - 1);
      g_autofree char *from = rbd_log_format_short_date (&week->first_day);
      g_autofree char *to = rbd_log_format_short_date (&week->last_day);
      g_autofree char *days = g_strdup_printf ("%s – %s", from, to);
      g_autofree char *load = g_strdup_printf ("%.0f", week->load);
      g_autofree char *n = g_strdup_printf ("%u", week->n_sessions + week->n_without_load);
      gboolean has_ratio = week->acwr.ratio >= 0 && week->acwr.band != RBD_LOAD_BAND_NONE;
      g_autofree char *ratio = has_ratio ? g_strdup_printf ("%.2f", week->acwr.ratio)
                                         : g_strdup ("—");
      g_autofree char *sentence = NULL;
      int row = self->weeks->len - i + 1;
      GtkWidget *first;

      first = cell (self->table, days, 0, row, FALSE);
      cell (self->table, load, 1, row, FALSE);
      cell (self->table, n, 2, row, FALSE);
      cell (self->table, ratio, 3, row, FALSE);

      /* Translators: one row of the load table for screen readers: the
       * week's days, its training load, how many sessions, and the
       * acute:chronic ratio */
      sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s: load %s, %u session, ratio %s",
                                               "%s: load %s, %u sessions, ratio %s",
                                               week->n_sessions + week->n_without_load),
                                  days, load, week->n_sessions + week->n_without_load, ratio);
      rbd_log_set_accessible_label (first, sentence);
    }
}

static void
on_table_toggled_cb (RbdLoadCard *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    gtk_toggle_button_get_active (self->table_button)
                                    ? "table" : "chart");
}

static void
rbd_load_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_LOAD_CARD);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rbd_load_card_parent_class)->dispose (object);
}

static void
rbd_load_card_finalize (GObject *object)
{
  RbdLoadCard *self = RBD_LOAD_CARD (object);

  g_clear_pointer (&self->weeks, g_array_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (rbd_load_card_parent_class)->finalize (object);
}

static void
rbd_load_card_class_init (RbdLoadCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_load_card_dispose;
  object_class->finalize = rbd_load_card_finalize;

  g_type_ensure (RBD_TYPE_LOAD_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-load-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, group);
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, stack);
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, chart);
  gtk_widget_class_bind_template_child (widget_class, RbdLoadCard, table);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rbd_load_card_init (RbdLoadCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rbd_load_card_new (void)
{
  return g_object_new (RBD_TYPE_LOAD_CARD, NULL);
}

/* Computes the last RBD_LOAD_CARD_WEEKS weeks up to @today (the core's
 * rbd_load_weeks()) and shows them. */
void
rbd_load_card_update (RbdLoadCard *self,
                      GListModel  *sessions,
                      const GDate *today)
{
  const RbdLoadWeek *last;
  g_autoptr(GString) summary = g_string_new (NULL);

  g_return_if_fail (RBD_IS_LOAD_CARD (self));
  g_return_if_fail (G_IS_LIST_MODEL (sessions));
  g_return_if_fail (today != NULL && g_date_valid (today));

  g_clear_pointer (&self->weeks, g_array_unref);
  self->weeks = rbd_load_weeks (sessions, today, RBD_LOAD_CARD_WEEKS);
  rbd_load_chart_set_weeks (self->chart, self->weeks);
  fill_table (self);

  last = &g_array_index (self->weeks, RbdLoadWeek, self->weeks->len - 1);
  /* Translators: the load of the last seven days, e.g. "Last 7 days: load 780" */
  g_string_append_printf (summary, _("Last 7 days: load %.0f"), last->load);
  if (last->acwr.ratio >= 0 && last->acwr.band != RBD_LOAD_BAND_NONE)
    /* Translators: after the week's load: the acute:chronic ratio and its band */
    g_string_append_printf (summary, _(" · ratio %.2f, %s"), last->acwr.ratio,
                            rbd_load_band_get_label (last->acwr.band));
  else
    g_string_append_printf (summary, " · %s", rbd_load_band_get_label (RBD_LOAD_BAND_NONE));
  if (last->acwr.n_without_load > 0)
    g_string_append_printf (summary,
                            g_dngettext (GETTEXT_PACKAGE,
                                         " · %u session without effort or duration "
                                         "is not counted",
                                         " · %u sessions without effort or duration "
                                         "are not counted",
                                         last->acwr.n_without_load),
                            last->acwr.n_without_load);

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  gtk_label_set_text (self->summary_label, self->summary);
}

RbdLoadChart *
rbd_load_card_get_chart (RbdLoadCard *self)
{
  g_return_val_if_fail (RBD_IS_LOAD_CARD (self), NULL);

  return self->chart;
}

/* The table's rows as text, newest first: "days: load, sessions, ratio". */
char *
rbd_load_card_dup_table (RbdLoadCard *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (RBD_IS_LOAD_CARD (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->table));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int column, row;

      gtk_grid_query_child (self->table, child, &column, &row, NULL, NULL);
      g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
      g_string_append_c (text, column == 3 ? '\n' : '\t');
    }

  return g_string_free (text, FALSE);
}

const char *
rbd_load_card_get_summary (RbdLoadCard *self)
{
  g_return_val_if_fail (RBD_IS_LOAD_CARD (self), NULL);

  return self->summary;
}
