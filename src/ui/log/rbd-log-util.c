/* rbd-log-util.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-log-util"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rbd-kind.h"
#include "rbd-locale-format.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-shoe-usage.h"

#define METRES_PER_MILE 1609.344

/**
 * rbd_log_ensure_style:
 *
 * Adds the Log page's own style sheet to the display, once. The page is
 * built apart from the window, so its rules are not in style.css.
 */
void
rbd_log_ensure_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RBD_LOG_RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  loaded = TRUE;
}

/* Returns: (transfer full): now, from @func when there is one */
GDateTime *
rbd_log_now (RbdLogNowFunc func,
             gpointer      user_data)
{
  if (func != NULL)
    {
      GDateTime *now = func (user_data);

      if (now != NULL)
        return now;
    }

  return g_date_time_new_now_local ();
}

void
rbd_log_date_from_time (GDateTime *time,
                        GDate     *date)
{
  g_return_if_fail (time != NULL && date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time),
                  g_date_time_get_month (time), g_date_time_get_year (time));
}

void
rbd_log_today (RbdLogNowFunc  func,
               gpointer       user_data,
               GDate         *date)
{
  g_autoptr(GDateTime) now = rbd_log_now (func, user_data);

  rbd_log_date_from_time (now, date);
}

/* "4:53 /km", or NULL when there is no distance or no time to divide. */
char *
rbd_log_format_pace (double   distance_m,
                     int      duration_s,
                     gboolean imperial)
{
  double units, per_unit;
  int seconds;

  if (distance_m < 10 || duration_s <= 0)
    return NULL;

  units = imperial ? distance_m / METRES_PER_MILE : distance_m / 1000.0;
  per_unit = duration_s / units;
  if (!isfinite (per_unit) || per_unit >= 100 * 60)
    return NULL;

  seconds = (int) lround (per_unit);
  if (imperial)
    /* Translators: a pace in minutes and seconds per mile, e.g. "7:52 /mi" */
    return g_strdup_printf (_("%d:%02d /mi"), seconds / 60, seconds % 60);
  else
    /* Translators: a pace in minutes and seconds per kilometre, e.g. "4:53 /km" */
    return g_strdup_printf (_("%d:%02d /km"), seconds / 60, seconds % 60);
}

/* Words for the session-RPE scale, in the app's own wording. */
const char *
rbd_log_rpe_get_words (int rpe)
{
  static const char * const words[] = {
    NULL,
    N_("Very easy"),
    N_("Easy"),
    N_("Comfortable"),
    N_("Steady"),
    N_("Somewhat hard"),
    N_("Hard"),
    N_("Very hard"),
    N_("Really hard"),
    N_("Near maximal"),
    N_("Maximal"),
  };

  if (rpe < 1 || rpe > 10)
    return NULL;

  return _(words[rpe]);
}

/* "6 · Hard" */
char *
rbd_log_format_rpe (int rpe)
{
  const char *words = rbd_log_rpe_get_words (rpe);

  if (words == NULL)
    return NULL;

  /* Translators: an effort on the 1-10 scale and its words, e.g. "6 · Hard" */
  return g_strdup_printf (_("%d · %s"), rpe, words);
}

const char *
rbd_log_soreness_get_words (int soreness)
{
  if (soreness < 0 || soreness > 10)
    return NULL;
  if (soreness == 0)
    return _("None");
  if (soreness <= 3)
    return _("Mild");
  if (soreness <= 6)
    return _("Moderate");
  if (soreness <= 9)
    return _("Severe");

  return _("Worst imaginable");
}

char *
rbd_log_format_load (double load)
{
  if (load < 0)
    return NULL;

  return g_strdup_printf ("%.0f", load);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* In the user's locale (a decimal comma where that is usual). */
char *
rbd_log_format_number (double value,
                       int    digits)
{
  return rbd_locale_format_number (value, digits);
}

char *
rbd_log_format_short_date (const GDate *date)
{
  /* Translators: a short day in a year, e.g. "30 Nov"; see the GDateTime
   * format reference */
  return rbd_plan_format_date (date, C_("short day", "%-d %b"));
}

/**
 * rbd_log_parse_number:
 *
 * Reads a number typed by the user: a decimal point or comma (or the
 * locale's own separator), spaces around it allowed, nothing else; see
 * rbd_locale_parse_number().
 */
RbdLogNumber
rbd_log_parse_number (const char *text,
                      double     *value)
{
  double parsed;

  g_return_val_if_fail (value != NULL, RBD_LOG_NUMBER_INVALID);

  *value = RBD_UNSET;
  if (is_blank (text))
    return RBD_LOG_NUMBER_EMPTY;

  if (!rbd_locale_parse_number (text, &parsed))
    return RBD_LOG_NUMBER_INVALID;

  *value = parsed;

  return RBD_LOG_NUMBER_OK;
}

/* Whole numbers separated by ':', at most @max_parts of them. */
static guint
split_clock (const char *text,
             guint       max_parts,
             guint64    *parts)
{
  g_auto(GStrv) pieces = NULL;
  guint n;

  pieces = g_strsplit (text, ":", -1);
  n = g_strv_length (pieces);
  if (n == 0 || n > max_parts)
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *piece = g_strstrip (g_strdup (pieces[i]));

      if (*piece == '\0' || strlen (piece) > 4 ||
          !g_ascii_string_to_unsigned (piece, 10, 0, 9999, &parts[i], NULL))
        return 0;
    }

  return n;
}

/**
 * rbd_log_parse_duration:
 *
 * Reads a duration the way watches show it: "45" (minutes), "45:30"
 * (minutes and seconds) or "1:05:30" (hours, minutes and seconds).
 */
RbdLogNumber
rbd_log_parse_duration (const char *text,
                        int        *seconds)
{
  g_autofree char *copy = NULL;
  guint64 parts[3];
  guint n;

  g_return_val_if_fail (seconds != NULL, RBD_LOG_NUMBER_INVALID);

  *seconds = 0;
  copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*copy == '\0')
    return RBD_LOG_NUMBER_EMPTY;

  n = split_clock (copy, 3, parts);
  switch (n)
    {
    case 1:
      *seconds = (int) parts[0] * 60;
      return RBD_LOG_NUMBER_OK;

    case 2:
      if (parts[1] >= 60)
        return RBD_LOG_NUMBER_INVALID;
      *seconds = (int) (parts[0] * 60 + parts[1]);
      return RBD_LOG_NUMBER_OK;

    case 3:
      if (parts[1] >= 60 || parts[2] >= 60)
        return RBD_LOG_NUMBER_INVALID;
      *seconds = (int) (parts[0] * 3600 + parts[1] * 60 + parts[2]);
      return RBD_LOG_NUMBER_OK;

    default:
      return RBD_LOG_NUMBER_INVALID;
    }
}

/* "45:00", "1:05:30": as rbd_log_parse_duration() reads it back. */
char *
rbd_log_format_clock_duration (int seconds)
{
  seconds = MAX (seconds, 0);

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);

  return g_strdup_printf ("%d:%02d", seconds / 60, seconds % 60);
}

/* Reads a time of day: "7:15", "07:15", "0715", "7:15 PM"; see
 * rbd_locale_parse_time_of_day(). */
RbdLogNumber
rbd_log_parse_time_of_day (const char *text,
                           int        *hour,
                           int        *minute)
{
  g_return_val_if_fail (hour != NULL && minute != NULL, RBD_LOG_NUMBER_INVALID);

  if (is_blank (text))
    return RBD_LOG_NUMBER_EMPTY;

  if (!rbd_locale_parse_time_of_day (text, hour, minute))
    return RBD_LOG_NUMBER_INVALID;

  return RBD_LOG_NUMBER_OK;
}

/* Returns: (transfer full) (nullable): the session's start, in its own offset */
GDateTime *
rbd_log_session_dup_start (RbdSession *session)
{
  const char *start = rbd_record_get_string (RBD_RECORD (session), "start");

  if (start == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (start, NULL);
}

/* "Mon 30 Nov 2026, 07:10": the wall-clock time as the runner wrote it. */
char *
rbd_log_format_session_start (RbdSession *session)
{
  g_autoptr(GDateTime) start = rbd_log_session_dup_start (session);

  if (start == NULL)
    return g_strdup (_("No start time"));

  /* Translators: a session's start, e.g. "Mon 30 Nov 2026, 07:10"; see the
   * GDateTime format reference. Keep "%H:%M": it becomes "7:10 AM" where
   * the locale keeps a 12-hour clock */
  return rbd_locale_format_date_time (start, C_("session start", "%a %-d %b %Y, %H:%M"));
}

/* Hard sessions and long ones earn the cool-down and the post-run
 * timeline (DOMAIN.md: "long run or hard workout"). */
gboolean
rbd_log_session_wants_recovery (RbdSession *session)
{
  RbdRecord *record = RBD_RECORD (session);

  if (rbd_kind_is_hard (rbd_record_get_enum (record, "kind")))
    return TRUE;

  return rbd_record_get_int (record, "duration_s") >= RBD_LOG_LONG_SESSION_S;
}

/* An RbdShoeLimitFunc: the shoe's own limit, or the default. */
double
rbd_log_shoe_get_limit_km (RbdShoe  *shoe,
                           gpointer  user_data)
{
  if (rbd_record_is_set (RBD_RECORD (shoe), "limit_km"))
    return rbd_record_get_double (RBD_RECORD (shoe), "limit_km");

  return RBD_SHOE_DEFAULT_LIMIT_KM;
}

static gboolean
class_has_action (GtkWidget  *widget,
                  const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const GVariantType *parameter_type;
  const char *action_name, *property_name;
  GType owner;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type,
                                      &property_name);
       i++)
    {
      if (g_strcmp0 (action_name, name) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * rbd_log_widget_has_action:
 * @name: a prefixed action name, "win.start-routine"
 *
 * Whether activating @name from @widget would reach an action: one a
 * widget above it installed in its class, a window's "win." actions or
 * the application's "app." ones. (Action groups added with
 * gtk_widget_insert_action_group() cannot be looked at in GTK 4.8.)
 */
gboolean
rbd_log_widget_has_action (GtkWidget  *widget,
                           const char *name)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (class_has_action (w, name))
        return TRUE;
    }

  root = gtk_widget_get_root (widget);
  if (GTK_IS_APPLICATION_WINDOW (root) && g_str_has_prefix (name, "win.") &&
      g_action_group_has_action (G_ACTION_GROUP (root), name + strlen ("win.")))
    return TRUE;

  if (GTK_IS_WINDOW (root) && g_str_has_prefix (name, "app."))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (root));

      if (app != NULL && g_action_group_has_action (G_ACTION_GROUP (app),
                                                    name + strlen ("app.")))
        return TRUE;
    }

  return FALSE;
}

/* A dialog that says what went wrong, for problems that need reading. */
void
rbd_log_show_error (GtkWidget  *widget,
                    const char *heading,
                    const char *body)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rbd_log_set_accessible_label (GtkWidget  *widget,
                              const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
}
