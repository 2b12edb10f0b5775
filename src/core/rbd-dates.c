/* rbd-dates.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-dates"

#include "config.h"

#include <string.h>

#include "rbd-dates.h"

/**
 * rbd_date_parse:
 *
 * Reads exactly YYYY-MM-DD into @date; FALSE for anything else and for
 * days that do not exist (2026-02-30).
 */
gboolean
rbd_date_parse (const char *text,
                GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

void
rbd_date_format_buf (const GDate *date,
                     char         buf[11])
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_snprintf (buf, 11, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
}

char *
rbd_date_format (const GDate *date)
{
  char buf[11];

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  rbd_date_format_buf (date, buf);

  return g_strdup (buf);
}

void
rbd_date_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

/**
 * rbd_week_start:
 *
 * The first day of the week that holds @day, for weeks that begin on
 * @first_day.
 */
void
rbd_week_start (const GDate  *day,
                GDateWeekday  first_day,
                GDate        *start)
{
  guint back;

  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (start != NULL);
  g_return_if_fail (g_date_valid_weekday (first_day));

  back = (g_date_get_weekday (day) - first_day + 7) % 7;
  *start = *day;
  g_date_subtract_days (start, back);
}

guint
rbd_date_iso_week (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return g_date_get_iso8601_week_of_year (date);
}

/* "monday".."sunday", as the GSettings key has them. */
gboolean
rbd_weekday_parse (const char   *name,
                   GDateWeekday *weekday)
{
  static const char *names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };

  g_return_val_if_fail (weekday != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (name, names[i]) == 0)
        {
          *weekday = (GDateWeekday) (G_DATE_MONDAY + i);
          return TRUE;
        }
    }

  return FALSE;
}
