/* rbd-plan-week-view.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-week-view"

#include "config.h"

#include "rbd-plan-day-column.h"
#include "rbd-plan-week-view.h"

/* Seven day columns side by side when there is room for them, and one day
 * under the other when there is not (a phone held upright): the switch is
 * made in the layout itself, from the width it is given, so there is never
 * a horizontal scrollbar and no widget is rebuilt on resize. */

#define N_DAYS            7
#define COLUMN_MIN_WIDTH  112
#define COLUMN_SPACING    6
#define ROW_SPACING       12

struct _RbdPlanWeekView
{
  GtkWidget  parent_instance;

  GtkWidget *columns[N_DAYS];
  gboolean   narrow;
};

G_DEFINE_FINAL_TYPE (RbdPlanWeekView, rbd_plan_week_view, GTK_TYPE_WIDGET)

static gboolean
fits_side_by_side (int width)
{
  return width >= N_DAYS * COLUMN_MIN_WIDTH + (N_DAYS - 1) * COLUMN_SPACING;
}

static GtkSizeRequestMode
rbd_plan_week_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rbd_plan_week_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  RbdPlanWeekView *self = RBD_PLAN_WEEK_VIEW (widget);
  int min = 0;
  int nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < N_DAYS; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (self->columns[i], orientation, -1,
                              &child_min, &child_nat, NULL, NULL);
          /* As narrow as one day, when the days go under each other. */
          min = MAX (min, child_min);
          nat = MAX (nat, MAX (child_nat, COLUMN_MIN_WIDTH));
        }
      nat = N_DAYS * nat + (N_DAYS - 1) * COLUMN_SPACING;
    }
  else if (for_size >= 0 && fits_side_by_side (for_size))
    {
      int column_width = (for_size - (N_DAYS - 1) * COLUMN_SPACING) / N_DAYS;

      for (guint i = 0; i < N_DAYS; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (self->columns[i], orientation, column_width,
                              &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat = MAX (nat, child_nat);
        }
    }
  else
    {
      for (guint i = 0; i < N_DAYS; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (self->columns[i], orientation, for_size,
                              &child_min, &child_nat, NULL, NULL);
          min += child_min;
          nat += child_nat;
        }
      min += (N_DAYS - 1) * ROW_SPACING;
      nat += (N_DAYS - 1) * ROW_SPACING;
    }

  *minimum = min;
  *natural = nat;
}

static void
rbd_plan_week_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  RbdPlanWeekView *self = RBD_PLAN_WEEK_VIEW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  self->narrow = !fits_side_by_side (width);

  if (!self->narrow)
    {
      int available = width - (N_DAYS - 1) * COLUMN_SPACING;
      int x = 0;

      for (guint i = 0; i < N_DAYS; i++)
        {
          /* Spread the pixels left over by the division over the first
           * columns, so the last one ends exactly at the edge. */
          int column_width = available / N_DAYS + ((int) i < available % N_DAYS ? 1 : 0);
          int column_x = rtl ? width - x - column_width : x;

          gtk_widget_size_allocate (self->columns[i],
                                    &(GtkAllocation) { column_x, 0, column_width, height },
                                    -1);
          x += column_width + COLUMN_SPACING;
        }
    }
  else
    {
      int y = 0;

      for (guint i = 0; i < N_DAYS; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (self->columns[i], GTK_ORIENTATION_VERTICAL, width,
                              &child_min, &child_nat, NULL, NULL);
          gtk_widget_size_allocate (self->columns[i],
                                    &(GtkAllocation) { 0, y, width, child_nat },
                                    -1);
          y += child_nat + ROW_SPACING;
        }
    }
}

static void
rbd_plan_week_view_dispose (GObject *object)
{
  RbdPlanWeekView *self = RBD_PLAN_WEEK_VIEW (object);

  for (guint i = 0; i < N_DAYS; i++)
    g_clear_pointer (&self->columns[i], gtk_widget_unparent);

  G_OBJECT_CLASS (rbd_plan_week_view_parent_class)->dispose (object);
}

static void
rbd_plan_week_view_class_init (RbdPlanWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_week_view_dispose;

  widget_class->get_request_mode = rbd_plan_week_view_get_request_mode;
  widget_class->measure = rbd_plan_week_view_measure;
  widget_class->size_allocate = rbd_plan_week_view_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "planweekview");
}

static void
rbd_plan_week_view_init (RbdPlanWeekView *self)
{
  for (guint i = 0; i < N_DAYS; i++)
    {
      self->columns[i] = rbd_plan_day_column_new ();
      gtk_widget_set_parent (self->columns[i], GTK_WIDGET (self));
    }
}

GtkWidget *
rbd_plan_week_view_new (void)
{
  return g_object_new (RBD_TYPE_PLAN_WEEK_VIEW, NULL);
}

/* Shows @week: its sessions, and for each day the rules of @findings
 * (RbdFinding) that involve it. Only the seven columns are touched. */
void
rbd_plan_week_view_set_week (RbdPlanWeekView   *self,
                             const RbdPlanWeek *week,
                             GPtrArray         *findings,
                             const GDate       *today,
                             gboolean           imperial,
                             gboolean           editable)
{
  g_return_if_fail (RBD_IS_PLAN_WEEK_VIEW (self));
  g_return_if_fail (week != NULL);

  for (guint i = 0; i < N_DAYS; i++)
    {
      RbdPlanDayColumn *column = RBD_PLAN_DAY_COLUMN (self->columns[i]);
      g_autoptr(GString) rules = g_string_new (NULL);
      g_autoptr(GString) reasons = g_string_new (NULL);
      g_autoptr(GPtrArray) seen = g_ptr_array_new ();
      GDate day = week->start;

      g_date_add_days (&day, i);

      for (guint f = 0; findings != NULL && f < findings->len; f++)
        {
          RbdFinding *finding = g_ptr_array_index (findings, f);

          if ((finding->days & (1u << i)) == 0)
            continue;

          if (!g_ptr_array_find_with_equal_func (seen, finding->rule, g_str_equal, NULL))
            {
              g_ptr_array_add (seen, finding->rule);
              if (rules->len > 0)
                g_string_append_c (rules, ' ');
              g_string_append (rules, finding->rule);
            }

          if (reasons->len > 0)
            g_string_append_c (reasons, '\n');
          g_string_append_printf (reasons, "[%s] %s", finding->rule, finding->reason);
        }

      rbd_plan_day_column_set_day (column, &day,
                                   today != NULL && g_date_compare (&day, today) == 0);
      rbd_plan_day_column_set_editable (column, editable);
      rbd_plan_day_column_set_sessions (column, week->days[i], imperial);
      rbd_plan_day_column_set_findings (column, rules->str, reasons->str);
    }
}

RbdPlanDayColumn *
rbd_plan_week_view_get_column (RbdPlanWeekView *self,
                               guint            index)
{
  g_return_val_if_fail (RBD_IS_PLAN_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (index < N_DAYS, NULL);

  return RBD_PLAN_DAY_COLUMN (self->columns[index]);
}

gboolean
rbd_plan_week_view_get_narrow (RbdPlanWeekView *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_WEEK_VIEW (self), FALSE);

  return self->narrow;
}
