/* rbd-gpx-times-dialog.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-gpx-times-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-gpx-times-dialog.h"
#include "rbd-locale-format.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"

/* Asks when a run happened and how long it took, for a GPX file with a
 * route but no times (a planned route, or a watch that left them out).
 * The distance comes from the file; the import needs the rest. */
struct _RbdGpxTimesDialog
{
  AdwMessageDialog  parent_instance;

  GDate             date;
  GtkMenuButton    *date_button;
  GtkCalendar      *calendar;
  GtkEntry         *time_entry;
  GtkEntry         *duration_entry;
};

G_DEFINE_FINAL_TYPE (RbdGpxTimesDialog, rbd_gpx_times_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void on_changed_cb (RbdGpxTimesDialog *self);

static void
update_date_button (RbdGpxTimesDialog *self)
{
  /* Translators: the day on a date button, e.g. "Mon 30 Nov 2026"; see the
   * GDateTime format reference */
  g_autofree char *text = rbd_plan_format_date (&self->date, C_("editor date", "%a %-d %b %Y"));
  g_autofree char *full = rbd_plan_format_day_long (&self->date);

  gtk_menu_button_set_label (self->date_button, text);
  rbd_log_set_accessible_label (GTK_WIDGET (self->date_button), full);
}

static void
on_day_selected_cb (RbdGpxTimesDialog *self)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (self->calendar);

  rbd_log_date_from_time (time, &self->date);
  update_date_button (self);
  gtk_menu_button_popdown (self->date_button);
  on_changed_cb (self);
}

static void
mark (GtkEntry *entry,
      gboolean  ok)
{
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

/* Import only with a start and a duration to give the session. */
static void
on_changed_cb (RbdGpxTimesDialog *self)
{
  g_autoptr(GDateTime) start = rbd_gpx_times_dialog_dup_start (self);
  int duration_s = rbd_gpx_times_dialog_get_duration (self);

  mark (self->time_entry, start != NULL);
  mark (self->duration_entry,
        duration_s > 0 ||
        *gtk_editable_get_text (GTK_EDITABLE (self->duration_entry)) == '\0');
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self),
                                           RBD_GPX_TIMES_RESPONSE_IMPORT,
                                           start != NULL && duration_s > 0);
}

static GtkEntry *
make_entry (int         width,
            const char *label,
            const char *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (entry, tooltip);
  rbd_log_set_accessible_label (entry, label);

  return GTK_ENTRY (entry);
}

static GtkWidget *
make_row (const char *title,
          GtkWidget  *activatable)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), activatable);

  return row;
}

static void
rbd_gpx_times_dialog_class_init (RbdGpxTimesDialogClass *klass)
{
}

static void
rbd_gpx_times_dialog_init (RbdGpxTimesDialog *self)
{
  GtkWidget *list, *row, *popover;

  g_date_clear (&self->date, 1);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  self->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->date_button, popover);
  gtk_menu_button_set_always_show_arrow (self->date_button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->date_button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_button), _("Choose the day"));
  row = make_row (_("_Day"), GTK_WIDGET (self->date_button));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->date_button));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  self->time_entry = make_entry (8, _("Start time"), _("Time of day, such as 07:15"));
  g_signal_connect_swapped (self->time_entry, "changed", G_CALLBACK (on_changed_cb), self);
  row = make_row (_("_Start"), GTK_WIDGET (self->time_entry));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->time_entry));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  self->duration_entry = make_entry (8, _("Duration"),
                                     _("Minutes (45), minutes and seconds (45:30) or hours, "
                                       "minutes and seconds (1:05:30)"));
  gtk_entry_set_placeholder_text (self->duration_entry, _("h:mm:ss"));
  g_signal_connect_swapped (self->duration_entry, "changed", G_CALLBACK (on_changed_cb), self);
  row = make_row (_("D_uration"), GTK_WIDGET (self->duration_entry));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->duration_entry));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    RBD_GPX_TIMES_RESPONSE_CANCEL, _("_Cancel"),
                                    RBD_GPX_TIMES_RESPONSE_IMPORT, _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self),
                                              RBD_GPX_TIMES_RESPONSE_IMPORT,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self),
                                           RBD_GPX_TIMES_RESPONSE_IMPORT);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self),
                                         RBD_GPX_TIMES_RESPONSE_CANCEL);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("When Was This Run?"));
}

/**
 * rbd_gpx_times_dialog_new:
 * @file_name: the file's name, for people
 * @distance: the route's distance, as text
 * @default_start: the start shown at first
 */
RbdGpxTimesDialog *
rbd_gpx_times_dialog_new (GtkWindow  *parent,
                          const char *file_name,
                          const char *distance,
                          GDateTime  *default_start)
{
  RbdGpxTimesDialog *self;

  g_return_val_if_fail (default_start != NULL, NULL);

  self = g_object_new (RBD_TYPE_GPX_TIMES_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  /* Translators: a GPX file's name, then its distance */
                                  _("“%s” has a %s route but no times in it. Give the "
                                    "start and how long it took to log it as a session."),
                                  file_name, distance);

  rbd_log_date_from_time (default_start, &self->date);
  gtk_calendar_select_day (self->calendar, default_start);
  update_date_button (self);
  {
    g_autofree char *time = rbd_locale_format_time (default_start);

    gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time);
  }
  on_changed_cb (self);

  return self;
}

/* Returns: (transfer full) (nullable): the start chosen, in local time */
GDateTime *
rbd_gpx_times_dialog_dup_start (RbdGpxTimesDialog *self)
{
  int hour, minute;

  g_return_val_if_fail (RBD_IS_GPX_TIMES_DIALOG (self), NULL);

  if (!g_date_valid (&self->date) ||
      rbd_log_parse_time_of_day (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)),
                                 &hour, &minute) != RBD_LOG_NUMBER_OK)
    return NULL;

  return g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                g_date_get_day (&self->date), hour, minute, 0);
}

int
rbd_gpx_times_dialog_get_duration (RbdGpxTimesDialog *self)
{
  int seconds;

  g_return_val_if_fail (RBD_IS_GPX_TIMES_DIALOG (self), 0);

  if (rbd_log_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_entry)),
                              &seconds) != RBD_LOG_NUMBER_OK)
    return 0;

  return seconds;
}

void
rbd_gpx_times_dialog_set_duration (RbdGpxTimesDialog *self,
                                   int                seconds)
{
  g_autofree char *text = NULL;

  g_return_if_fail (RBD_IS_GPX_TIMES_DIALOG (self));

  text = rbd_log_format_clock_duration (seconds);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_entry), text);
}
