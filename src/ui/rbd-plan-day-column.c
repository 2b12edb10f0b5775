/* rbd-plan-day-column.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-day-column"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-dates.h"
#include "rbd-plan-card.h"
#include "rbd-plan-day-column.h"
#include "rbd-plan-util.h"
#include "rbd-planned-session.h"

/* One day of the week view: a header with the day, the plan checker's
 * marks and a "+" button, then a card per planned session. Cards dropped
 * on it move to its day (the page does the moving, "plan.move-to"). */
struct _RbdPlanDayColumn
{
  GtkWidget   parent_instance;

  GDate       day;
  gboolean    editable;

  /* Template widgets */
  GtkWidget  *header;
  GtkLabel   *weekday_label;
  GtkLabel   *date_label;
  GtkWidget  *warning_box;
  GtkLabel   *rules_label;
  GtkWidget  *add_button;
  GtkWidget  *cards_box;
  GtkWidget  *empty_label;
};

G_DEFINE_FINAL_TYPE (RbdPlanDayColumn, rbd_plan_day_column, GTK_TYPE_WIDGET)

static gboolean
on_drop_cb (GtkDropTarget    *target,
            const GValue     *value,
            double            x,
            double            y,
            RbdPlanDayColumn *self)
{
  RbdRecord *session;
  char date[11];

  if (!self->editable || !G_VALUE_HOLDS (value, RBD_TYPE_PLANNED_SESSION))
    return FALSE;

  session = g_value_get_object (value);
  if (session == NULL || !g_date_valid (&self->day))
    return FALSE;

  rbd_date_format_buf (&self->day, date);

  return gtk_widget_activate_action (GTK_WIDGET (self), "plan.move-to", "(ss)",
                                     rbd_record_get_id (session), date);
}

static void
rbd_plan_day_column_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_PLAN_DAY_COLUMN);

  G_OBJECT_CLASS (rbd_plan_day_column_parent_class)->dispose (object);
}

static void
rbd_plan_day_column_class_init (RbdPlanDayColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_day_column_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plandaycolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-day-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, header);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, date_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, warning_box);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, rules_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, add_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, cards_box);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, empty_label);
}

static void
rbd_plan_day_column_init (RbdPlanDayColumn *self)
{
  GtkLayoutManager *layout;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;
  g_date_clear (&self->day, 1);

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  drop = gtk_drop_target_new (RBD_TYPE_PLANNED_SESSION, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
rbd_plan_day_column_new (void)
{
  return g_object_new (RBD_TYPE_PLAN_DAY_COLUMN, NULL);
}

const GDate *
rbd_plan_day_column_get_day (RbdPlanDayColumn *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_DAY_COLUMN (self), NULL);

  return &self->day;
}

void
rbd_plan_day_column_set_day (RbdPlanDayColumn *self,
                             const GDate      *day,
                             gboolean          is_today)
{
  g_autofree char *weekday = NULL;
  g_autofree char *date = NULL;
  g_autofree char *long_day = NULL;
  g_autofree char *add_label = NULL;
  char iso[11];

  g_return_if_fail (RBD_IS_PLAN_DAY_COLUMN (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  if (is_today)
    gtk_widget_add_css_class (GTK_WIDGET (self), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "today");

  if (g_date_valid (&self->day) && g_date_compare (&self->day, day) == 0)
    return;

  self->day = *day;

  weekday = rbd_plan_format_date (day, "%A");
  /* Translators: the day and month under the weekday in the week view,
   * e.g. "30 November"; see the GDateTime format reference. */
  date = rbd_plan_format_date (day, C_("day column", "%-d %B"));
  long_day = rbd_plan_format_day_long (day);
  /* Translators: %s is a day, e.g. "Monday 30 November" */
  add_label = g_strdup_printf (_("Add session on %s"), long_day);

  gtk_label_set_text (self->weekday_label, weekday);
  gtk_label_set_text (self->date_label, date);
  rbd_plan_set_tooltip (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, long_day,
                                  -1);

  /* The action name goes on once there is a target of the right type. */
  rbd_date_format_buf (day, iso);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s", iso);
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (self->add_button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "plan.add-on-day");
}

/* Cards are reused in place: one already showing the session at its
 * place keeps it (and the keyboard focus it may have); the others are
 * pointed at their new session. Only missing cards are built. */
void
rbd_plan_day_column_set_sessions (RbdPlanDayColumn *self,
                                  GPtrArray        *sessions,
                                  gboolean          imperial)
{
  GtkWidget *child = gtk_widget_get_first_child (self->cards_box);
  guint n = sessions != NULL ? sessions->len : 0;

  g_return_if_fail (RBD_IS_PLAN_DAY_COLUMN (self));

  for (guint i = 0; i < n; i++)
    {
      if (child == NULL)
        {
          child = rbd_plan_card_new (sessions->pdata[i], imperial);
          gtk_box_append (GTK_BOX (self->cards_box), child);
        }
      else
        {
          rbd_plan_card_set_session (RBD_PLAN_CARD (child), sessions->pdata[i], imperial);
        }

      rbd_plan_card_set_editable (RBD_PLAN_CARD (child), self->editable);
      child = gtk_widget_get_next_sibling (child);
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (self->cards_box), child);
      child = next;
    }

  gtk_widget_set_visible (self->cards_box, n > 0);
  gtk_widget_set_visible (self->empty_label, n == 0);
  if (n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "empty");
}

/* Marks the day as involved in the plan checker's findings: @rules is
 * shown ("R1 R6"), @reasons is the tooltip; NULL clears the mark. */
void
rbd_plan_day_column_set_findings (RbdPlanDayColumn *self,
                                  const char       *rules,
                                  const char       *reasons)
{
  gboolean marked = rules != NULL && *rules != '\0';

  g_return_if_fail (RBD_IS_PLAN_DAY_COLUMN (self));

  gtk_widget_set_visible (self->warning_box, marked);
  gtk_label_set_text (self->rules_label, marked ? rules : "");
  rbd_plan_set_tooltip (self->warning_box, marked ? reasons : NULL);

  if (marked)
    {
      g_autofree char *description = NULL;

      /* Translators: %s lists rule ids, e.g. "R1 R6" */
      description = g_strdup_printf (_("Breaks %s"), rules);
      gtk_widget_add_css_class (GTK_WIDGET (self), "has-warning");
      gtk_widget_add_css_class (self->header, "marked");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "has-warning");
      gtk_widget_remove_css_class (self->header, "marked");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
rbd_plan_day_column_set_editable (RbdPlanDayColumn *self,
                                  gboolean          editable)
{
  g_return_if_fail (RBD_IS_PLAN_DAY_COLUMN (self));

  self->editable = !!editable;
  gtk_widget_set_sensitive (self->add_button, self->editable);

  for (GtkWidget *child = gtk_widget_get_first_child (self->cards_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rbd_plan_card_set_editable (RBD_PLAN_CARD (child), self->editable);
}

GtkWidget *
rbd_plan_day_column_find_card (RbdPlanDayColumn *self,
                               const char       *session_id)
{
  g_return_val_if_fail (RBD_IS_PLAN_DAY_COLUMN (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->cards_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RbdPlannedSession *session = rbd_plan_card_get_session (RBD_PLAN_CARD (child));

      if (g_strcmp0 (rbd_record_get_id (RBD_RECORD (session)), session_id) == 0)
        return child;
    }

  return NULL;
}

GtkWidget *
rbd_plan_day_column_get_add_button (RbdPlanDayColumn *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_DAY_COLUMN (self), NULL);

  return self->add_button;
}
