/* rbd-plan-util.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-util"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-dates.h"
#include "rbd-plan-util.h"

#define METRES_PER_MILE 1609.344

typedef struct
{
  const char *icon_name;
  const char *css_class;
  int         default_duration_s;
} KindLook;

/* The icons are drawn for Rebound (src/icons); the colours are in
 * style.css, keyed by the class, in a light and a dark variant. */
static const KindLook looks[RBD_N_KINDS] = {
  [RBD_KIND_REST    ] = { "rbd-kind-rest-symbolic",     "kind-rest",     0 },
  [RBD_KIND_RECOVERY] = { "rbd-kind-recovery-symbolic", "kind-recovery", 30 * 60 },
  [RBD_KIND_EASY    ] = { "rbd-kind-easy-symbolic",     "kind-easy",     40 * 60 },
  [RBD_KIND_LONG    ] = { "rbd-kind-long-symbolic",     "kind-long",     80 * 60 },
  [RBD_KIND_TEMPO   ] = { "rbd-kind-tempo-symbolic",    "kind-tempo",    50 * 60 },
  [RBD_KIND_INTERVAL] = { "rbd-kind-interval-symbolic", "kind-interval", 60 * 60 },
  [RBD_KIND_HILLS   ] = { "rbd-kind-hills-symbolic",    "kind-hills",    50 * 60 },
  [RBD_KIND_RACE    ] = { "rbd-kind-race-symbolic",     "kind-race",     60 * 60 },
  [RBD_KIND_CROSS   ] = { "rbd-kind-cross-symbolic",    "kind-cross",    45 * 60 },
  [RBD_KIND_STRENGTH] = { "rbd-kind-strength-symbolic", "kind-strength", 30 * 60 },
  [RBD_KIND_MOBILITY] = { "rbd-kind-mobility-symbolic", "kind-mobility", 15 * 60 },
};

const char *
rbd_plan_kind_get_icon_name (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, NULL);

  return looks[kind].icon_name;
}

const char *
rbd_plan_kind_get_css_class (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, NULL);

  return looks[kind].css_class;
}

int
rbd_plan_kind_get_default_duration_s (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, 0);

  return looks[kind].default_duration_s;
}

char *
rbd_plan_format_duration (int seconds)
{
  int minutes = (seconds + 30) / 60;
  int hours = minutes / 60;

  minutes %= 60;

  if (hours > 0 && minutes > 0)
    /* Translators: a duration in hours and minutes, e.g. "1 h 20 min" */
    return g_strdup_printf (_("%d h %d min"), hours, minutes);
  else if (hours > 0)
    /* Translators: a duration in whole hours, e.g. "2 h" */
    return g_strdup_printf (_("%d h"), hours);
  else
    /* Translators: a duration in minutes, e.g. "40 min" */
    return g_strdup_printf (_("%d min"), minutes);
}

double
rbd_plan_distance_to_display (double   metres,
                              gboolean imperial)
{
  return imperial ? metres / METRES_PER_MILE : metres / 1000.0;
}

double
rbd_plan_distance_from_display (double   value,
                                gboolean imperial)
{
  return imperial ? value * METRES_PER_MILE : value * 1000.0;
}

char *
rbd_plan_format_distance (double   metres,
                          gboolean imperial)
{
  double value = rbd_plan_distance_to_display (metres, imperial);

  if (imperial)
    /* Translators: a distance in miles, e.g. "6.2 mi" */
    return g_strdup_printf (_("%.1f mi"), value);
  else
    /* Translators: a distance in kilometres, e.g. "10.5 km" */
    return g_strdup_printf (_("%.1f km"), value);
}

/* @format is a g_date_time_format() format, translated by the caller. */
char *
rbd_plan_format_date (const GDate *date,
                      const char  *format)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Noon keeps the day right whatever the time zone does that day. */
  time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

char *
rbd_plan_format_day_long (const GDate *date)
{
  /* Translators: a day as in "Monday 30 November"; see the GDateTime
   * format reference. */
  return rbd_plan_format_date (date, C_("long day", "%A %-d %B"));
}

/* The ISO week number of a week that may start on any day: the one of
 * its Monday, which is the week most of its days belong to. */
guint
rbd_plan_week_number (const GDate *week_start)
{
  GDate monday;

  g_return_val_if_fail (week_start != NULL && g_date_valid (week_start), 0);

  monday = *week_start;
  g_date_add_days (&monday, (G_DATE_MONDAY - g_date_get_weekday (week_start) + 7) % 7);

  return rbd_date_iso_week (&monday);
}

gboolean
rbd_plan_settings_get_imperial (GSettings *settings)
{
  g_autofree char *units = g_settings_get_string (settings, "units");

  return g_strcmp0 (units, "imperial") == 0;
}

GDateWeekday
rbd_plan_settings_get_first_weekday (GSettings *settings)
{
  g_autofree char *name = g_settings_get_string (settings, "first-day-of-week");
  GDateWeekday weekday = G_DATE_MONDAY;

  if (!rbd_weekday_parse (name, &weekday))
    weekday = G_DATE_MONDAY;

  return weekday;
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "rbd-plan-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * rbd_plan_set_tooltip:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * Like gtk_widget_set_tooltip_text(), but the text is only handed over
 * when the tooltip is shown. GTK 4.8 asks the display where the pointer is
 * each time a tooltip is set, which is a round trip to the X server: too
 * slow for the dozens of widgets a week or month relabels on every turn.
 */
void
rbd_plan_set_tooltip (GtkWidget  *widget,
                      const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "rbd-plan-tooltip-handler") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), "rbd-plan-tooltip-handler", GINT_TO_POINTER (TRUE));
      gtk_widget_set_has_tooltip (widget, TRUE);
    }

  g_object_set_data_full (G_OBJECT (widget), "rbd-plan-tooltip",
                          text != NULL && *text != '\0' ? g_strdup (text) : NULL, g_free);
}

/* Done when a logged session is linked to it, wherever that session
 * was done; missed once its day is over with nothing logged. */
RbdPlanStatus
rbd_plan_get_status (RbdPlanCalendar *calendar,
                     RbdRecord       *planned,
                     const GDate     *today)
{
  g_return_val_if_fail (RBD_IS_PLAN_CALENDAR (calendar), RBD_PLAN_STATUS_PLANNED);
  g_return_val_if_fail (RBD_IS_RECORD (planned), RBD_PLAN_STATUS_PLANNED);

  if (rbd_plan_calendar_find_done (calendar, planned) != NULL)
    return RBD_PLAN_STATUS_DONE;

  if (today != NULL && g_date_valid (today) &&
      rbd_plan_calendar_is_missed (calendar, planned, today))
    return RBD_PLAN_STATUS_MISSED;

  return RBD_PLAN_STATUS_PLANNED;
}

/* The status is always shown with an icon and a word, never by a colour
 * or a dimmed look alone. */
const char *
rbd_plan_status_get_icon_name (RbdPlanStatus status)
{
  switch (status)
    {
    case RBD_PLAN_STATUS_DONE:
      return "object-select-symbolic";

    case RBD_PLAN_STATUS_MISSED:
      return "appointment-missed-symbolic";

    case RBD_PLAN_STATUS_PLANNED:
    default:
      return NULL;
    }
}

const char *
rbd_plan_status_get_label (RbdPlanStatus status)
{
  switch (status)
    {
    case RBD_PLAN_STATUS_DONE:
      /* Translators: a planned session that was done */
      return C_("plan status", "Done");

    case RBD_PLAN_STATUS_MISSED:
      /* Translators: a planned session whose day went by with nothing logged */
      return C_("plan status", "Missed");

    case RBD_PLAN_STATUS_PLANNED:
    default:
      return NULL;
    }
}

/* Adds @part to a line of figures ("40 min · 7.0 km"), keeping each
 * figure with its unit when the line wraps in a narrow column. */
void
rbd_plan_append_meta (GString    *meta,
                      const char *part)
{
  g_return_if_fail (meta != NULL);

  if (part == NULL || *part == '\0')
    return;

  if (meta->len > 0)
    g_string_append (meta, " · ");

  for (const char *p = part; *p != '\0'; p++)
    {
      if (*p == ' ')
        g_string_append (meta, "\xc2\xa0");  /* no-break space */
      else
        g_string_append_c (meta, *p);
    }
}

/* What a logged session came to, e.g. "42 min · 8.1 km · RPE 6": only
 * what was recorded, so it may be empty. */
char *
rbd_plan_format_done_meta (RbdRecord *session,
                           gboolean   imperial)
{
  GString *meta = g_string_new (NULL);

  g_return_val_if_fail (RBD_IS_RECORD (session), NULL);

  if (rbd_record_is_set (session, "duration_s") && rbd_record_get_int (session, "duration_s") > 0)
    {
      g_autofree char *text = rbd_plan_format_duration (rbd_record_get_int (session, "duration_s"));

      rbd_plan_append_meta (meta, text);
    }

  if (rbd_record_is_set (session, "distance_m") &&
      rbd_record_get_double (session, "distance_m") > 0)
    {
      g_autofree char *text = rbd_plan_format_distance (rbd_record_get_double (session,
                                                                                "distance_m"),
                                                        imperial);

      rbd_plan_append_meta (meta, text);
    }

  if (rbd_record_is_set (session, "rpe"))
    {
      g_autofree char *text = NULL;

      /* Translators: how hard a session felt, on the 1-10 scale, e.g. "RPE 6" */
      text = g_strdup_printf (_("RPE %d"), rbd_record_get_int (session, "rpe"));
      rbd_plan_append_meta (meta, text);
    }

  return g_string_free (meta, FALSE);
}
