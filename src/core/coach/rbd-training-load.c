/* rbd-training-load.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-training-load"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-training-load.h"

/* The loads of a run of days, from one pass over the sessions: ten years
 * of sessions are 5,000 items, and the chart needs about 100 days of them,
 * so bucketing by day beats sorting. */
typedef struct
{
  gint64  first;          /* Julian day of index 0 */
  guint   n_days;
  double *load;
  guint  *n_sessions;
  guint  *n_without;
  gint64  earliest;       /* first day with a load, up to the last day; 0: none */
} Days;

static const char * const band_labels[] = {
  [RBD_LOAD_BAND_NONE]     = N_("Not enough history"),
  [RBD_LOAD_BAND_LOW]      = N_("Low"),
  [RBD_LOAD_BAND_SAFE]     = N_("Safe"),
  [RBD_LOAD_BAND_ELEVATED] = N_("Elevated"),
  [RBD_LOAD_BAND_SPIKE]    = N_("Spike"),
};

static gboolean
read_digits (const char *s,
             guint       n,
             guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }

  *value = v;

  return TRUE;
}

/* The GDate Julian day of the session's start date, or 0 for none. The
 * chart reads thousands of sessions: this skips GDate's bookkeeping. */
static gint64
session_julian (RbdSession *session)
{
  const char *start = rbd_record_get_string (RBD_RECORD (session), "start");
  guint year, month, day;
  gint64 y, era, yoe, doy, doe;

  if (start == NULL || !read_digits (start, 4, &year) || start[4] != '-' ||
      !read_digits (start + 5, 2, &month) || start[7] != '-' ||
      !read_digits (start + 8, 2, &day))
    return 0;

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    return 0;

  /* Days from civil (proleptic Gregorian), shifted so that 0001-01-01 is
   * day 1 as in GDate. */
  y = (gint64) year - (month <= 2);
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 305;
}

static void
days_init (Days   *days,
           gint64  first,
           gint64  last)
{
  days->first = first;
  days->n_days = (guint) (last - first + 1);
  days->load = g_new0 (double, days->n_days);
  days->n_sessions = g_new0 (guint, days->n_days);
  days->n_without = g_new0 (guint, days->n_days);
  days->earliest = 0;
}

static void
days_clear (Days *days)
{
  g_clear_pointer (&days->load, g_free);
  g_clear_pointer (&days->n_sessions, g_free);
  g_clear_pointer (&days->n_without, g_free);
}

static void
days_collect (Days       *days,
              GListModel *sessions)
{
  guint n = g_list_model_get_n_items (sessions);
  gint64 last = days->first + days->n_days - 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdSession) session = g_list_model_get_item (sessions, i);
      gint64 julian = session_julian (session);
      double load;
      guint index;

      if (julian == 0 || julian > last)
        continue;

      load = rbd_session_get_load (session);
      if (load >= 0 && (days->earliest == 0 || julian < days->earliest))
        days->earliest = julian;

      if (julian < days->first)
        continue;

      index = (guint) (julian - days->first);
      if (load < 0)
        {
          days->n_without[index]++;
        }
      else
        {
          days->load[index] += load;
          days->n_sessions[index]++;
        }
    }
}

/* Sums over the @n_days ending on @last (which the range holds). */
static double
days_sum (const Days *days,
          gint64      last,
          guint       n_days,
          guint      *n_without)
{
  double sum = 0.0;
  guint without = 0;

  for (gint64 d = last - n_days + 1; d <= last; d++)
    {
      guint index = (guint) (d - days->first);

      sum += days->load[index];
      without += days->n_without[index];
    }

  if (n_without != NULL)
    *n_without = without;

  return sum;
}

static void
days_acwr (const Days *days,
           gint64      day,
           RbdAcwr    *acwr)
{
  double chronic_sum;

  acwr->acute = days_sum (days, day, RBD_ACWR_ACUTE_DAYS, NULL);
  chronic_sum = days_sum (days, day, RBD_ACWR_CHRONIC_DAYS, &acwr->n_without_load);
  acwr->chronic = chronic_sum / (RBD_ACWR_CHRONIC_DAYS / RBD_ACWR_ACUTE_DAYS);

  /* 4 x acute / sum rather than acute / (sum / 4): a ratio of exactly 1.3
   * comes out as exactly 1.3, on the safe side of the line. */
  if (chronic_sum > 0)
    acwr->ratio = acwr->acute * (RBD_ACWR_CHRONIC_DAYS / RBD_ACWR_ACUTE_DAYS) / chronic_sum;
  else
    acwr->ratio = RBD_UNSET;

  if (acwr->ratio == RBD_UNSET || days->earliest == 0 ||
      days->earliest > day - (RBD_ACWR_CHRONIC_DAYS - 1))
    acwr->band = RBD_LOAD_BAND_NONE;
  else
    acwr->band = rbd_load_band_for_ratio (acwr->ratio);
}

/**
 * rbd_session_get_load:
 *
 * Returns: RPE x minutes, or %RBD_UNSET when the session has no RPE or no
 *   duration
 */
double
rbd_session_get_load (RbdSession *session)
{
  int rpe, duration_s;

  g_return_val_if_fail (RBD_IS_SESSION (session), RBD_UNSET);

  rpe = rbd_record_get_int (RBD_RECORD (session), "rpe");
  duration_s = rbd_record_get_int (RBD_RECORD (session), "duration_s");

  if (rpe == RBD_UNSET || duration_s == RBD_UNSET)
    return RBD_UNSET;

  return rpe * (duration_s / 60.0);
}

/**
 * rbd_session_get_date:
 *
 * The calendar day the session started on, as the document writes it
 * (the runner's local day at the offset of the start). FALSE when the
 * session has no valid start.
 */
gboolean
rbd_session_get_date (RbdSession *session,
                      GDate      *date)
{
  const char *start;
  guint year, month, day;

  g_return_val_if_fail (RBD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* The date part of the ISO 8601 text is the local day: no time zone
   * arithmetic, and no GDateTime for each of thousands of sessions. */
  start = rbd_record_get_string (RBD_RECORD (session), "start");
  if (start == NULL || !read_digits (start, 4, &year) || start[4] != '-' ||
      !read_digits (start + 5, 2, &month) || start[7] != '-' ||
      !read_digits (start + 8, 2, &day))
    return FALSE;

  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

RbdLoadBand
rbd_load_band_for_ratio (double ratio)
{
  if (ratio < 0)
    return RBD_LOAD_BAND_NONE;
  if (ratio < RBD_ACWR_SAFE_MIN)
    return RBD_LOAD_BAND_LOW;
  if (ratio <= RBD_ACWR_SAFE_MAX)
    return RBD_LOAD_BAND_SAFE;
  if (ratio <= RBD_ACWR_SPIKE_MIN)
    return RBD_LOAD_BAND_ELEVATED;

  return RBD_LOAD_BAND_SPIKE;
}

const char *
rbd_load_band_get_label (RbdLoadBand band)
{
  g_return_val_if_fail ((guint) band < G_N_ELEMENTS (band_labels), NULL);

  return _(band_labels[band]);
}

/**
 * rbd_acwr_compute:
 *
 * The acute:chronic ratio on @day, from the sessions up to and including
 * it.
 */
void
rbd_acwr_compute (GListModel  *sessions,
                  const GDate *day,
                  RbdAcwr     *acwr)
{
  Days days;
  gint64 julian;

  g_return_if_fail (G_IS_LIST_MODEL (sessions));
  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (acwr != NULL);

  julian = g_date_get_julian (day);
  days_init (&days, julian - (RBD_ACWR_CHRONIC_DAYS - 1), julian);
  days_collect (&days, sessions);
  days_acwr (&days, julian, acwr);
  days_clear (&days);
}

/**
 * rbd_load_weeks:
 * @last_day: the last day of the newest week; pass the last day of the
 *   current calendar week to get calendar weeks
 *
 * The loads of the @n_weeks seven-day weeks ending on @last_day, each
 * with the acute:chronic ratio on its last day: the Log page's chart.
 *
 * Returns: (transfer full) (element-type RbdLoadWeek): the weeks, oldest
 *   first
 */
GArray *
rbd_load_weeks (GListModel  *sessions,
                const GDate *last_day,
                guint        n_weeks)
{
  GArray *weeks;
  Days days;
  gint64 last;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);
  g_return_val_if_fail (last_day != NULL && g_date_valid (last_day), NULL);
  g_return_val_if_fail (n_weeks > 0, NULL);

  last = g_date_get_julian (last_day);
  weeks = g_array_sized_new (FALSE, TRUE, sizeof (RbdLoadWeek), n_weeks);
  g_array_set_size (weeks, n_weeks);

  /* Back far enough for the oldest week's chronic load. */
  days_init (&days, last - 7 * ((gint64) n_weeks - 1) - (RBD_ACWR_CHRONIC_DAYS - 1), last);
  days_collect (&days, sessions);

  for (guint w = 0; w < n_weeks; w++)
    {
      RbdLoadWeek *week = &g_array_index (weeks, RbdLoadWeek, w);
      gint64 week_last = last - 7 * ((gint64) n_weeks - 1 - w);

      g_date_clear (&week->first_day, 1);
      g_date_set_julian (&week->first_day, (guint32) (week_last - 6));
      g_date_clear (&week->last_day, 1);
      g_date_set_julian (&week->last_day, (guint32) week_last);

      for (gint64 d = week_last - 6; d <= week_last; d++)
        {
          guint index = (guint) (d - days.first);

          week->load += days.load[index];
          week->n_sessions += days.n_sessions[index];
          week->n_without_load += days.n_without[index];
        }

      days_acwr (&days, week_last, &week->acwr);
    }

  days_clear (&days);

  return weeks;
}
