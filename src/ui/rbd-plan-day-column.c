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
#include "rbd-plan-calendar.h"
#include "rbd-plan-card.h"
#include "rbd-plan-day-column.h"
#include "rbd-plan-done-row.h"
#include "rbd-plan-util.h"
#include "rbd-planned-session.h"

/* One day of the week view: a header with the day, the plan checker's
 * marks and a "+" button, then a card per planned session and a row per
 * session logged that day. Cards dropped on it move to its day (the page
 * does the moving, "plan.move-to").
 *
 * What was done comes from the "calendar" the page gives every column,
 * and whether a planned session is missed from its "today"; both are
 * looked up in the calendar's day index when the sessions are set. */
struct _RbdPlanDayColumn
{
  GtkWidget        parent_instance;

  GDate            day;
  gboolean         editable;
  gboolean         imperial;
  RbdPlanCalendar *calendar;
  GDate            today;

  /* Template widgets */
  GtkWidget       *header;
  GtkLabel        *weekday_label;
  GtkLabel        *date_label;
  GtkWidget       *warning_box;
  GtkLabel        *rules_label;
  GtkWidget       *add_button;
  GtkWidget       *cards_box;
  GtkWidget       *empty_label;
  GtkWidget       *done_box;
};

G_DEFINE_FINAL_TYPE (RbdPlanDayColumn, rbd_plan_day_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CALENDAR,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  RbdRecord *session_a = *(RbdRecord **) a;
  RbdRecord *session_b = *(RbdRecord **) b;

  return g_strcmp0 (rbd_record_get_string (session_a, "start"),
                    rbd_record_get_string (session_b, "start"));
}

static void
update_empty (RbdPlanDayColumn *self)
{
  gboolean planned = gtk_widget_get_first_child (self->cards_box) != NULL;
  gboolean done = gtk_widget_get_visible (self->done_box);

  gtk_widget_set_visible (self->cards_box, planned);
  gtk_widget_set_visible (self->empty_label, !planned);
  if (!planned && !done)
    gtk_widget_add_css_class (GTK_WIDGET (self), "empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "empty");
}

/* Marks each card done, missed or neither, and shows a row per session
 * logged on the day, earliest first. Rows are reused like the cards. */
static void
update_done (RbdPlanDayColumn *self)
{
  g_autoptr(GPtrArray) done = NULL;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (self->cards_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RbdPlanCard *card = RBD_PLAN_CARD (child);
      RbdPlanStatus status = RBD_PLAN_STATUS_PLANNED;

      if (self->calendar != NULL)
        status = rbd_plan_get_status (self->calendar,
                                      RBD_RECORD (rbd_plan_card_get_session (card)),
                                      g_date_valid (&self->today) ? &self->today : NULL);
      rbd_plan_card_set_status (card, status);
    }

  if (self->calendar != NULL && g_date_valid (&self->day))
    done = rbd_plan_calendar_get_done (self->calendar, &self->day);
  else
    done = g_ptr_array_new ();
  g_ptr_array_sort (done, compare_start);

  child = gtk_widget_get_first_child (self->done_box);
  for (guint i = 0; i < done->len; i++)
    {
      if (child == NULL)
        {
          child = rbd_plan_done_row_new (done->pdata[i], self->imperial);
          gtk_box_append (GTK_BOX (self->done_box), child);
        }
      else
        {
          rbd_plan_done_row_set_session (RBD_PLAN_DONE_ROW (child), done->pdata[i],
                                         self->imperial);
        }

      child = gtk_widget_get_next_sibling (child);
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (self->done_box), child);
      child = next;
    }

  gtk_widget_set_visible (self->done_box, done->len > 0);
  update_empty (self);
}

static void
set_calendar (RbdPlanDayColumn *self,
              RbdPlanCalendar  *calendar)
{
  if (!g_set_object (&self->calendar, calendar))
    return;

  update_done (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
}

static void
set_today (RbdPlanDayColumn *self,
           const GDate      *today)
{
  gboolean valid = today != NULL && g_date_valid (today);

  if (valid == g_date_valid (&self->today) &&
      (!valid || g_date_compare (today, &self->today) == 0))
    return;

  if (valid)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);

  update_done (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

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
  RbdPlanDayColumn *self = RBD_PLAN_DAY_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_PLAN_DAY_COLUMN);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (rbd_plan_day_column_parent_class)->dispose (object);
}

static void
rbd_plan_day_column_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RbdPlanDayColumn *self = RBD_PLAN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CALENDAR:
      g_value_set_object (value, self->calendar);
      break;

    case PROP_TODAY:
      g_value_set_boxed (value, g_date_valid (&self->today) ? &self->today : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_day_column_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RbdPlanDayColumn *self = RBD_PLAN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CALENDAR:
      set_calendar (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      set_today (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_day_column_class_init (RbdPlanDayColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_day_column_dispose;
  object_class->get_property = rbd_plan_day_column_get_property;
  object_class->set_property = rbd_plan_day_column_set_property;

  /* Where the day's logged sessions and the plan's links come from. */
  properties[PROP_CALENDAR] =
    g_param_spec_object ("calendar", NULL, NULL,
                         RBD_TYPE_PLAN_CALENDAR,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The day that is not over yet: planned sessions before it with nothing
   * logged are missed. None (NULL) marks nothing missed. */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDayColumn, done_box);
}

static void
rbd_plan_day_column_init (RbdPlanDayColumn *self)
{
  GtkLayoutManager *layout;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;
  g_date_clear (&self->day, 1);
  g_date_clear (&self->today, 1);

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
 * pointed at their new session. Only missing cards are built. The logged
 * sessions of the day (set the day first) are shown along. */
void
rbd_plan_day_column_set_sessions (RbdPlanDayColumn *self,
                                  GPtrArray        *sessions,
                                  gboolean          imperial)
{
  GtkWidget *child = gtk_widget_get_first_child (self->cards_box);
  guint n = sessions != NULL ? sessions->len : 0;

  g_return_if_fail (RBD_IS_PLAN_DAY_COLUMN (self));

  self->imperial = !!imperial;

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

  update_done (self);
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
