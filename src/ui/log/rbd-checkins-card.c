/* rbd-checkins-card.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-checkins-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-checkins-card.h"
#include "rbd-dates.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"

/* Today's check-in (or the invitation to make it) and the last few days',
 * each opening the check-in editor for its day; an empty state until the
 * first one. */
struct _RbdCheckinsCard
{
  GtkWidget     parent_instance;

  gboolean      empty;

  /* Template widgets */
  GtkStack     *stack;
  AdwActionRow *today_row;
  GtkWidget    *today_icon;
  GtkListBox   *recent_list;
};

G_DEFINE_FINAL_TYPE (RbdCheckinsCard, rbd_checkins_card, GTK_TYPE_WIDGET)

static void
append_part (GString    *string,
             const char *part)
{
  if (string->len > 0)
    g_string_append (string, " · ");
  g_string_append (string, part);
}

/**
 * rbd_checkin_dup_summary:
 *
 * A check-in in one line: "Slept 7.5 h (4/5) · resting HR 48 · ...".
 */
char *
rbd_checkin_dup_summary (RbdCheckin *checkin)
{
  RbdRecord *record = RBD_RECORD (checkin);
  GString *text = g_string_new (NULL);
  g_autofree char *part = NULL;

  if (rbd_record_is_set (record, "sleep_h"))
    {
      g_autofree char *hours = rbd_log_format_number (rbd_record_get_double (record, "sleep_h"), 1);

      if (rbd_record_is_set (record, "sleep_quality"))
        /* Translators: hours slept and the quality of sleep out of 5, e.g. "slept 7.5 h (4/5)" */
        part = g_strdup_printf (_("slept %s h (%d/5)"), hours,
                                rbd_record_get_int (record, "sleep_quality"));
      else
        /* Translators: hours slept, e.g. "slept 7.5 h" */
        part = g_strdup_printf (_("slept %s h"), hours);
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_is_set (record, "rest_hr_bpm"))
    {
      /* Translators: resting heart rate in a check-in's summary */
      part = g_strdup_printf (_("resting HR %d"), rbd_record_get_int (record, "rest_hr_bpm"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_is_set (record, "hrv_ms"))
    {
      /* Translators: heart-rate variability in a check-in's summary */
      part = g_strdup_printf (_("HRV %.0f ms"), rbd_record_get_double (record, "hrv_ms"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_is_set (record, "soreness"))
    {
      /* Translators: leg soreness out of 10 in a check-in's summary */
      part = g_strdup_printf (_("soreness %d/10"), rbd_record_get_int (record, "soreness"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_is_set (record, "mood"))
    {
      /* Translators: mood out of 5 in a check-in's summary */
      part = g_strdup_printf (_("mood %d/5"), rbd_record_get_int (record, "mood"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_is_set (record, "motivation"))
    {
      /* Translators: motivation out of 5 in a check-in's summary */
      part = g_strdup_printf (_("motivation %d/5"), rbd_record_get_int (record, "motivation"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }
  if (rbd_record_get_boolean (record, "illness"))
    {
      const char *notes = rbd_record_get_string (record, "notes");

      if (notes != NULL && *notes != '\0')
        /* Translators: an illness or niggle and where, in a check-in's summary */
        part = g_strdup_printf (_("ill or a niggle: %s"), notes);
      else
        part = g_strdup (_("ill or a niggle"));
      append_part (text, part);
      g_clear_pointer (&part, g_free);
    }

  if (text->len == 0)
    g_string_append (text, _("nothing filled in"));

  /* Sentence case for the start of the line. */
  if (g_unichar_islower (g_utf8_get_char (text->str)))
    {
      gunichar first = g_unichar_toupper (g_utf8_get_char (text->str));
      char buf[7];
      int len = g_unichar_to_utf8 (first, buf);

      g_string_erase (text, 0, g_utf8_next_char (text->str) - text->str);
      g_string_insert_len (text, 0, buf, len);
    }

  return g_string_free (text, FALSE);
}

static void
rbd_checkins_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_CHECKINS_CARD);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rbd_checkins_card_parent_class)->dispose (object);
}

static void
rbd_checkins_card_class_init (RbdCheckinsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_checkins_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-checkins-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinsCard, stack);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinsCard, today_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinsCard, today_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinsCard, recent_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rbd_checkins_card_init (RbdCheckinsCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->empty = TRUE;
}

GtkWidget *
rbd_checkins_card_new (void)
{
  return g_object_new (RBD_TYPE_CHECKINS_CARD, NULL);
}

typedef struct
{
  RbdCheckin *checkin;
  GDate       date;
} Dated;

static int
compare_dated_newest_first (gconstpointer a,
                            gconstpointer b)
{
  const Dated *da = a, *db = b;

  return g_date_compare (&db->date, &da->date);
}

void
rbd_checkins_card_update (RbdCheckinsCard *self,
                          GListModel      *checkins,
                          const GDate     *today)
{
  g_autoptr(GArray) recent = g_array_new (FALSE, FALSE, sizeof (Dated));
  RbdCheckin *today_checkin = NULL;
  GtkWidget *child;
  guint n;

  g_return_if_fail (RBD_IS_CHECKINS_CARD (self));
  g_return_if_fail (G_IS_LIST_MODEL (checkins));
  g_return_if_fail (today != NULL && g_date_valid (today));

  n = g_list_model_get_n_items (checkins);
  self->empty = n == 0;
  gtk_stack_set_visible_child_name (self->stack, self->empty ? "empty" : "list");

  /* The newest few before today; the list holds the check-ins. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdCheckin) checkin = g_list_model_get_item (checkins, i);
      Dated dated = { checkin, };
      int days_before;

      if (!rbd_date_parse (rbd_record_get_string (RBD_RECORD (checkin), "date"), &dated.date))
        continue;

      days_before = g_date_days_between (&dated.date, today);
      if (days_before == 0)
        today_checkin = checkin;
      else if (days_before > 0 && days_before <= 31)
        g_array_append_val (recent, dated);
    }
  g_array_sort (recent, compare_dated_newest_first);

  if (today_checkin != NULL)
    {
      g_autofree char *summary = rbd_checkin_dup_summary (today_checkin);

      adw_action_row_set_subtitle (self->today_row, summary);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->today_row), _("Change today’s check-in"));
    }
  else
    {
      adw_action_row_set_subtitle (self->today_row,
                                   _("Not yet: it takes a few seconds (Ctrl+K)"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->today_row), _("Check in for today"));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < MIN (recent->len, RBD_CHECKINS_CARD_RECENT); i++)
    {
      Dated *dated = &g_array_index (recent, Dated, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = rbd_plan_format_day_long (&dated->date);
      g_autofree char *summary = rbd_checkin_dup_summary (dated->checkin);
      char date[11];

      rbd_date_format_buf (&dated->date, date);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "log.check-in-on");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", date);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), recent->len > 0);
}

gboolean
rbd_checkins_card_is_empty (RbdCheckinsCard *self)
{
  g_return_val_if_fail (RBD_IS_CHECKINS_CARD (self), TRUE);

  return self->empty;
}
