/* rbd-plan-text.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-kind.h"
#include "rbd-plan-text.h"

char *
rbd_plan_text_duration (int seconds)
{
  GString *text;
  int hours, minutes, rest;

  g_return_val_if_fail (seconds >= 0, NULL);

  text = g_string_new (NULL);
  hours = seconds / 3600;
  minutes = (seconds % 3600) / 60;
  rest = seconds % 60;

  if (hours > 0)
    /* Translators: hours of a duration, as in "1 h 5 min" */
    g_string_append_printf (text, _("%d h"), hours);

  if (minutes > 0 || seconds == 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: minutes of a duration, as in "1 h 5 min" */
      g_string_append_printf (text, _("%d min"), minutes);
    }

  if (rest > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: seconds of a duration, as in "4 min 30 s" */
      g_string_append_printf (text, _("%d s"), rest);
    }

  return g_string_free (text, FALSE);
}

char *
rbd_plan_text_distance (double metres)
{
  g_return_val_if_fail (metres >= 0, NULL);

  /* Translators: a distance in kilometres with one decimal, as in "10.0 km" */
  return g_strdup_printf (_("%.1f km"), metres / 1000.0);
}

char *
rbd_plan_text_summary (RbdPlannedSession *session)
{
  RbdRecord *record = (RbdRecord *) session;
  const char *title;
  const char *kind;

  g_return_val_if_fail (RBD_IS_PLANNED_SESSION (session), NULL);

  title = rbd_record_get_string (record, "title");
  kind = rbd_kind_get_label (rbd_record_get_enum (record, "kind"));

  if (title == NULL || *title == '\0')
    return g_strdup (kind);

  /* Translators: a planned session's title and its kind, as in
   * "Club track night (Intervals)" */
  return g_strdup_printf (_("%s (%s)"), title, kind);
}
