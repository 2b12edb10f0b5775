/* rbd-plan-month-view.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-month-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-plan-month-view.h"
#include "rbd-plan-util.h"

/* A month as rows of weeks: a button per day with a small chip per
 * session, and each week's total time. The 42 day buttons and their chips
 * are made once and then only relabelled, so turning the month is cheap
 * even with years of plans (the calendar answers each day from its index).
 * Activating a day opens its week ("plan.show-week").
 *
 * A planned session that was done has a check mark on its chip; a missed
 * one is dimmed and marked with its own icon. Sessions logged without a
 * plan for that day are counted on a chip of their own ("1 done"). */

#define N_ROWS          6
#define N_DAYS          7
#define MAX_CHIPS       3

typedef struct
{
  GtkWidget *button;
  GtkWidget *day_label;          /* "1 Dec" on the 1st, else the number */
  GtkWidget *day_label_narrow;   /* always just the number */
  GtkWidget *chips_box;
  GtkWidget *done_chip;
  GtkWidget *more_label;
  GDate      date;
} Cell;

struct _RbdPlanMonthView
{
  GtkWidget  parent_instance;

  Cell       cells[N_ROWS * N_DAYS];
  GtkWidget *weekday_labels[N_DAYS];
  GtkWidget *weekday_narrow_labels[N_DAYS];
  GtkWidget *week_labels[N_ROWS];
  GtkWidget *total_labels[N_ROWS];

  /* Template widgets */
  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (RbdPlanMonthView, rbd_plan_month_view, GTK_TYPE_WIDGET)

/* A squeezer that shows, at the start, the first of its children that
 * fits, each at its own size and without an animation. */
static GtkWidget *
first_fit_new (void)
{
  GtkWidget *squeezer = adw_squeezer_new ();

  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer),
                                    ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (squeezer), 0);
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);

  return squeezer;
}

/* Two labels of which the squeezer shows the first that fits: the long
 * form, or the short one in a phone-sized window, so neither is cut off. */
static GtkWidget *
long_or_short_label_new (GtkWidget  **long_label,
                         GtkWidget  **short_label,
                         const char  *css_class)
{
  GtkWidget *squeezer = first_fit_new ();
  GtkWidget *labels[2];

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (labels[i]), 0);
      gtk_widget_add_css_class (labels[i], css_class);
      adw_squeezer_add (ADW_SQUEEZER (squeezer), labels[i]);
    }
  *long_label = labels[0];
  *short_label = labels[1];
  return squeezer;
}

/* The text of a chip: gone when fewer than three letters would fit,
 * leaving the icon, which is what lets seven days fit side by side on a
 * phone; cut short with an ellipsis when longer than the room. */
static GtkWidget *
chip_text_new (GtkWidget *label)
{
  GtkWidget *squeezer = first_fit_new ();

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 3);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), 8);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  adw_squeezer_add (ADW_SQUEEZER (squeezer), label);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_widget_set_hexpand (squeezer, TRUE);

  return squeezer;
}

static GtkWidget *
chip_get_label (GtkWidget *chip)
{
  GtkWidget *squeezer = gtk_widget_get_last_child (chip);

  return gtk_widget_get_first_child (squeezer);
}

static GtkWidget *
chip_new (void)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_widget_add_css_class (chip, "plan-chip");
  gtk_widget_add_css_class (image, "kind-color");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (chip), image);
  gtk_box_append (GTK_BOX (chip), chip_text_new (label));

  return chip;
}

static void
chip_update (GtkWidget     *chip,
             RbdRecord     *session,
             RbdPlanStatus  status)
{
  RbdKind kind = rbd_record_get_enum (session, "kind");
  const char *classes[] = {
    "plan-chip",
    rbd_plan_kind_get_css_class (kind),
    status == RBD_PLAN_STATUS_DONE ? "done" : status == RBD_PLAN_STATUS_MISSED ? "missed" : NULL,
    NULL
  };
  GtkWidget *image = gtk_widget_get_first_child (chip);
  GtkWidget *label = chip_get_label (chip);
  const char *icon_name = rbd_plan_status_get_icon_name (status);

  /* A done or missed session shows that instead of its kind's icon: a
   * second icon would not leave seven days room on a phone, where the
   * icon is all a chip shows. The kind stays in the chip's colour, its
   * name (when there is room) and the day's description. */
  if (icon_name == NULL)
    icon_name = rbd_plan_kind_get_icon_name (kind);

  gtk_widget_set_css_classes (chip, classes);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), icon_name);
  gtk_inscription_set_text (GTK_INSCRIPTION (label), rbd_kind_get_label (kind));
}

/* The chip that counts the sessions logged on a day beyond its plan. */
static GtkWidget *
done_chip_new (void)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  GtkWidget *image = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_widget_add_css_class (chip, "plan-chip");
  gtk_widget_add_css_class (chip, "done-chip");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (chip), image);
  gtk_box_append (GTK_BOX (chip), chip_text_new (label));
  gtk_widget_set_visible (chip, FALSE);

  return chip;
}

static const char *
session_name (RbdRecord *session)
{
  const char *title = rbd_record_get_string (session, "title");

  if (title != NULL && *title != '\0')
    return title;

  return rbd_kind_get_label (rbd_record_get_enum (session, "kind"));
}

static void
cell_update (Cell            *cell,
             RbdPlanCalendar *calendar,
             GPtrArray       *sessions,
             const GDate     *today,
             gboolean         in_month)
{
  g_autoptr(GString) description = NULL;
  g_autoptr(GPtrArray) done = rbd_plan_calendar_get_done (calendar, &cell->date);
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();
  g_autofree RbdPlanStatus *statuses = g_new (RbdPlanStatus, MAX (sessions->len, 1));
  g_autofree char *long_day = rbd_plan_format_day_long (&cell->date);
  g_autofree char *number = NULL;
  gboolean is_today = today != NULL && g_date_compare (&cell->date, today) == 0;
  GtkWidget *chip;
  char iso[11];
  guint shown = 0;
  guint max_chips;
  guint n_extra = 0;

  number = g_strdup_printf ("%u", g_date_get_day (&cell->date));
  gtk_label_set_text (GTK_LABEL (cell->day_label_narrow), number);
  if (g_date_get_day (&cell->date) == 1)
    {
      /* Translators: the first day of a month in the month view, e.g. "1 Dec" */
      g_autofree char *first = rbd_plan_format_date (&cell->date, C_("month view", "%-d %b"));

      gtk_label_set_text (GTK_LABEL (cell->day_label), first);
    }
  else
    gtk_label_set_text (GTK_LABEL (cell->day_label), number);

  rbd_date_format_buf (&cell->date, iso);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (cell->button), "s", iso);
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (cell->button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (cell->button), "plan.show-week");

  if (in_month)
    gtk_widget_remove_css_class (cell->button, "other-month");
  else
    gtk_widget_add_css_class (cell->button, "other-month");
  if (is_today)
    gtk_widget_add_css_class (cell->button, "today");
  else
    gtk_widget_remove_css_class (cell->button, "today");

  for (guint i = 0; i < sessions->len; i++)
    {
      RbdRecord *logged = rbd_plan_calendar_find_done (calendar, sessions->pdata[i]);

      statuses[i] = rbd_plan_get_status (calendar, sessions->pdata[i], today);
      if (logged != NULL)
        g_ptr_array_add (linked, logged);
    }

  /* What was done that day without being planned for it. */
  for (guint i = 0; i < done->len; i++)
    {
      if (!g_ptr_array_find (linked, done->pdata[i], NULL))
        n_extra++;
    }

  if (n_extra > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: on a day of the month view, the sessions logged that
       * day that were not planned for it; shown after a check mark */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u done", "%u done", n_extra),
                              n_extra);
      gtk_inscription_set_text (GTK_INSCRIPTION (chip_get_label (cell->done_chip)),
                                text);
    }
  gtk_widget_set_visible (cell->done_chip, n_extra > 0);
  max_chips = n_extra > 0 ? MAX_CHIPS - 1 : MAX_CHIPS;

  /* Reuse the chips there are; add what is missing, hide the rest. */
  chip = gtk_widget_get_first_child (cell->chips_box);
  for (guint i = 0; i < sessions->len && i < max_chips; i++)
    {
      /* The done chip and the "+N more" label stay last. */
      if (chip == cell->done_chip)
        {
          GtkWidget *fresh = chip_new ();

          gtk_box_insert_child_after (GTK_BOX (cell->chips_box), fresh,
                                      gtk_widget_get_prev_sibling (cell->done_chip));
          chip = fresh;
        }

      chip_update (chip, sessions->pdata[i], statuses[i]);
      gtk_widget_set_visible (chip, TRUE);
      chip = gtk_widget_get_next_sibling (chip);
      shown++;
    }
  for (; chip != cell->done_chip; chip = gtk_widget_get_next_sibling (chip))
    gtk_widget_set_visible (chip, FALSE);

  if (sessions->len > shown)
    {
      g_autofree char *more = NULL;

      /* Translators: shown under the chips of a day with more sessions than fit */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more",
                                           sessions->len - shown),
                              sessions->len - shown);
      gtk_inscription_set_text (GTK_INSCRIPTION (cell->more_label), more);
    }
  gtk_widget_set_visible (cell->more_label, sessions->len > shown);

  description = g_string_new (long_day);
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *status = rbd_plan_status_get_label (statuses[i]);

      g_string_append_printf (description, i == 0 ? ": %s" : ", %s",
                              session_name (sessions->pdata[i]));
      if (status != NULL)
        /* Translators: how a planned session stands, after its name in a
         * day's description in the month view, e.g. "Tempo (Missed)" */
        g_string_append_printf (description, _(" (%s)"), status);
    }
  if (n_extra > 0)
    {
      g_autofree char *extra = NULL;

      /* Translators: in a day's description in the month view, the
       * sessions logged that day that were not planned for it */
      extra = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other session done",
                                            "%u other sessions done", n_extra),
                               n_extra);
      g_string_append_printf (description, sessions->len > 0 ? "; %s" : ": %s", extra);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description->str,
                                  -1);
  rbd_plan_set_tooltip (cell->button, description->str);
}

static void
rbd_plan_month_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_PLAN_MONTH_VIEW);

  G_OBJECT_CLASS (rbd_plan_month_view_parent_class)->dispose (object);
}

static void
rbd_plan_month_view_class_init (RbdPlanMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_month_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planmonthview");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-month-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanMonthView, grid);
}

static void
rbd_plan_month_view_init (RbdPlanMonthView *self)
{
  g_autoptr(GtkSizeGroup) headers_group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The long names all ask for the widest one's width, so that the columns
   * switch to the short form together, never "M Tue W". */
  headers_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  for (guint d = 0; d < N_DAYS; d++)
    {
      GtkWidget *header = long_or_short_label_new (&self->weekday_labels[d],
                                                   &self->weekday_narrow_labels[d],
                                                   "caption-heading");

      gtk_size_group_add_widget (headers_group, self->weekday_labels[d]);

      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_set_margin_start (header, 6);
      gtk_grid_attach (self->grid, header, 1 + d, 0, 1, 1);
    }

  for (guint row = 0; row < N_ROWS; row++)
    {
      self->week_labels[row] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->week_labels[row]), 0);
      gtk_widget_set_valign (self->week_labels[row], GTK_ALIGN_START);
      gtk_widget_set_margin_top (self->week_labels[row], 6);
      gtk_widget_add_css_class (self->week_labels[row], "caption");
      gtk_widget_add_css_class (self->week_labels[row], "dim-label");
      gtk_widget_add_css_class (self->week_labels[row], "numeric");
      gtk_grid_attach (self->grid, self->week_labels[row], 0, 1 + row, 1, 1);

      self->total_labels[row] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->total_labels[row]), 1);
      gtk_label_set_wrap (GTK_LABEL (self->total_labels[row]), TRUE);
      gtk_label_set_justify (GTK_LABEL (self->total_labels[row]), GTK_JUSTIFY_RIGHT);
      gtk_label_set_max_width_chars (GTK_LABEL (self->total_labels[row]), 10);
      gtk_widget_set_valign (self->total_labels[row], GTK_ALIGN_START);
      gtk_widget_set_margin_top (self->total_labels[row], 6);
      gtk_widget_add_css_class (self->total_labels[row], "caption-heading");
      gtk_widget_add_css_class (self->total_labels[row], "numeric");
      gtk_grid_attach (self->grid, self->total_labels[row], 8, 1 + row, 1, 1);

      for (guint d = 0; d < N_DAYS; d++)
        {
          Cell *cell = &self->cells[row * N_DAYS + d];
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          GtkWidget *day_number;

          cell->button = gtk_button_new ();
          gtk_widget_add_css_class (cell->button, "flat");
          gtk_widget_add_css_class (cell->button, "plan-month-day");
          gtk_widget_set_hexpand (cell->button, TRUE);

          day_number = long_or_short_label_new (&cell->day_label, &cell->day_label_narrow,
                                                "plan-month-day-number");
          gtk_widget_add_css_class (day_number, "numeric");

          cell->chips_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          cell->done_chip = done_chip_new ();
          gtk_box_append (GTK_BOX (cell->chips_box), cell->done_chip);
          cell->more_label = gtk_inscription_new (NULL);
          gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell->more_label), 0);
          gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell->more_label), 6);
          gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell->more_label),
                                             GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
          gtk_widget_add_css_class (cell->more_label, "caption");
          gtk_widget_add_css_class (cell->more_label, "dim-label");
          gtk_widget_set_visible (cell->more_label, FALSE);
          gtk_box_append (GTK_BOX (cell->chips_box), cell->more_label);

          gtk_box_append (GTK_BOX (box), day_number);
          gtk_box_append (GTK_BOX (box), cell->chips_box);
          gtk_widget_set_valign (box, GTK_ALIGN_START);
          gtk_button_set_child (GTK_BUTTON (cell->button), box);

          g_date_clear (&cell->date, 1);
          gtk_grid_attach (self->grid, cell->button, 1 + d, 1 + row, 1, 1);
        }
    }
}

GtkWidget *
rbd_plan_month_view_new (void)
{
  return g_object_new (RBD_TYPE_PLAN_MONTH_VIEW, NULL);
}

/* Shows the month that holds @month, in weeks starting on @first_weekday.
 * Everything comes from @calendar's day index: 42 lookups and six weekly
 * summaries, whatever the size of the plan. */
void
rbd_plan_month_view_set_month (RbdPlanMonthView *self,
                               RbdPlanCalendar  *calendar,
                               const GDate      *month,
                               GDateWeekday      first_weekday,
                               const GDate      *today,
                               gboolean          imperial)
{
  GDate first;
  GDate start;
  GDateMonth shown_month;
  guint n_rows;

  g_return_if_fail (RBD_IS_PLAN_MONTH_VIEW (self));
  g_return_if_fail (RBD_IS_PLAN_CALENDAR (calendar));
  g_return_if_fail (month != NULL && g_date_valid (month));

  shown_month = g_date_get_month (month);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, shown_month, g_date_get_year (month));
  rbd_week_start (&first, first_weekday, &start);

  /* Four to six rows: as many as the month touches. */
  n_rows = (g_date_days_between (&start, &first)
            + g_date_get_days_in_month (shown_month, g_date_get_year (month))
            + N_DAYS - 1) / N_DAYS;

  for (guint d = 0; d < N_DAYS; d++)
    {
      g_autofree char *name = NULL;
      GDate day = start;

      g_date_add_days (&day, d);
      /* Translators: abbreviated weekday over the month view's columns */
      name = rbd_plan_format_date (&day, C_("month view", "%a"));
      gtk_label_set_text (GTK_LABEL (self->weekday_labels[d]), name);
      /* The short form: the name's first letter, as calendars print it. */
      gtk_label_set_text (GTK_LABEL (self->weekday_narrow_labels[d]), "");
      if (name[0] != '\0')
        {
          g_autofree char *letter = g_utf8_substring (name, 0, 1);

          gtk_label_set_text (GTK_LABEL (self->weekday_narrow_labels[d]), letter);
        }
    }

  for (guint row = 0; row < N_ROWS; row++)
    {
      gboolean visible = row < n_rows;
      GDate week_start = start;

      g_date_add_days (&week_start, row * N_DAYS);

      gtk_widget_set_visible (self->week_labels[row], visible);
      gtk_widget_set_visible (self->total_labels[row], visible);

      if (visible)
        {
          RbdPlanWeek week;
          RbdWeekSummary summary;
          g_autofree char *number = NULL;
          g_autofree char *week_name = NULL;

          rbd_plan_calendar_get_week (calendar, &week_start, &week);
          rbd_week_summarize (&week, &summary);

          /* Translators: a week number in the month view, e.g. "W49" */
          number = g_strdup_printf (C_("month view", "W%u"), rbd_plan_week_number (&week_start));
          gtk_label_set_text (GTK_LABEL (self->week_labels[row]), number);
          /* Translators: %u is a week number */
          week_name = g_strdup_printf (_("Week %u"), rbd_plan_week_number (&week_start));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_labels[row]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, week_name, -1);

          if (summary.total_s > 0)
            {
              g_autofree char *total = rbd_plan_format_duration (summary.total_s);

              gtk_label_set_text (GTK_LABEL (self->total_labels[row]), total);
            }
          else
            {
              gtk_label_set_text (GTK_LABEL (self->total_labels[row]), "–");
            }

          for (guint d = 0; d < N_DAYS; d++)
            {
              Cell *cell = &self->cells[row * N_DAYS + d];

              cell->date = week_start;
              g_date_add_days (&cell->date, d);
              cell_update (cell, calendar, week.days[d], today,
                           g_date_get_month (&cell->date) == shown_month);
              gtk_widget_set_visible (cell->button, TRUE);
            }

          rbd_plan_week_clear (&week);
        }
      else
        {
          for (guint d = 0; d < N_DAYS; d++)
            {
              Cell *cell = &self->cells[row * N_DAYS + d];

              g_date_clear (&cell->date, 1);
              gtk_widget_set_visible (cell->button, FALSE);
            }
        }
    }
}

GtkWidget *
rbd_plan_month_view_get_day_button (RbdPlanMonthView *self,
                                    const GDate      *day)
{
  g_return_val_if_fail (RBD_IS_PLAN_MONTH_VIEW (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    {
      if (g_date_valid (&self->cells[i].date) && g_date_compare (&self->cells[i].date, day) == 0)
        return self->cells[i].button;
    }

  return NULL;
}

/* The day whose button has the keyboard focus, if any. */
gboolean
rbd_plan_month_view_get_focused_day (RbdPlanMonthView *self,
                                     GDate            *day)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (RBD_IS_PLAN_MONTH_VIEW (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    {
      GtkWidget *button = self->cells[i].button;

      if (g_date_valid (&self->cells[i].date) &&
          (focus == button || gtk_widget_is_ancestor (focus, button)))
        {
          *day = self->cells[i].date;
          return TRUE;
        }
    }

  return FALSE;
}
