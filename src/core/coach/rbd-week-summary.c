/* rbd-week-summary.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-week-summary"

#include "config.h"

#include <string.h>

#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-week-summary.h"

typedef enum
{
  SHARE_NONE,     /* not running: totals only */
  SHARE_EASY,
  SHARE_QUALITY,
} Share;

/* Long runs count as easy volume (they are run at easy pace) even though
 * R1 treats them as hard for recovery. */
static const Share shares[RBD_N_KINDS] = {
  [RBD_KIND_REST    ] = SHARE_NONE,
  [RBD_KIND_RECOVERY] = SHARE_EASY,
  [RBD_KIND_EASY    ] = SHARE_EASY,
  [RBD_KIND_LONG    ] = SHARE_EASY,
  [RBD_KIND_TEMPO   ] = SHARE_QUALITY,
  [RBD_KIND_INTERVAL] = SHARE_QUALITY,
  [RBD_KIND_HILLS   ] = SHARE_QUALITY,
  [RBD_KIND_RACE    ] = SHARE_QUALITY,
  [RBD_KIND_CROSS   ] = SHARE_NONE,
  [RBD_KIND_STRENGTH] = SHARE_NONE,
  [RBD_KIND_MOBILITY] = SHARE_NONE,
};

/* Sums are kept wide and clamped so that a pathological plan (thousands of
 * week-long sessions) saturates instead of wrapping around. */
static int
clamp_seconds (gint64 seconds)
{
  return (int) CLAMP (seconds, 0, G_MAXINT);
}

/* A quality session is not all quality: the 80/20 split of DOMAIN.md
 * counts time at intensity, and a planned session includes its easy
 * warm-up and cool-down (15 + 10-15 min in the example weeks). Without
 * the detail of the session, that is taken as half the session, at most
 * 30 minutes, so that the recovery-first example week comes out at about
 * 18 % quality, as its author meant it to. */
#define WARM_UP_AND_COOL_DOWN_MAX_S (30 * 60)

static gint64
warm_up_and_cool_down (gint64 duration_s)
{
  return MIN (WARM_UP_AND_COOL_DOWN_MAX_S, duration_s / 2);
}

static double
share_of (gint64 part,
          gint64 whole)
{
  return whole > 0 ? (double) part / (double) whole : 0.0;
}

void
rbd_week_summarize (const RbdPlanWeek *week,
                    RbdWeekSummary    *summary)
{
  gint64 total_s = 0;
  gint64 running_s = 0;
  gint64 easy_s = 0;
  gint64 quality_s = 0;
  gint64 long_s = 0;

  g_return_if_fail (week != NULL);
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);

  for (guint day = 0; day < G_N_ELEMENTS (week->days); day++)
    {
      GPtrArray *sessions = week->days[day];

      if (sessions == NULL)
        continue;

      for (guint i = 0; i < sessions->len; i++)
        {
          RbdRecord *record = g_ptr_array_index (sessions, i);
          RbdKind kind;
          gboolean has_duration;
          gboolean has_distance;
          int duration_s = 0;
          double distance_m = 0.0;

          g_return_if_fail (RBD_IS_PLANNED_SESSION (record));

          kind = rbd_record_get_enum (record, "kind");
          has_duration = rbd_record_is_set (record, "duration_s");
          has_distance = rbd_record_is_set (record, "distance_m");
          if (has_duration)
            duration_s = rbd_record_get_int (record, "duration_s");
          if (has_distance)
            distance_m = rbd_record_get_double (record, "distance_m");

          summary->n_sessions++;
          total_s += duration_s;
          summary->total_m += distance_m;

          if (kind == RBD_KIND_RACE)
            summary->has_race = TRUE;

          if ((guint) kind >= RBD_N_KINDS || shares[kind] == SHARE_NONE)
            continue;

          running_s += duration_s;
          summary->running_m += distance_m;

          if (shares[kind] == SHARE_EASY)
            {
              easy_s += duration_s;
            }
          else
            {
              gint64 easy_part = warm_up_and_cool_down (duration_s);

              easy_s += easy_part;
              quality_s += duration_s - easy_part;
            }

          if (kind == RBD_KIND_LONG)
            long_s += duration_s;
        }
    }

  summary->total_s = clamp_seconds (total_s);
  summary->running_s = clamp_seconds (running_s);
  summary->easy_s = clamp_seconds (easy_s);
  summary->quality_s = clamp_seconds (quality_s);
  summary->long_s = clamp_seconds (long_s);

  summary->easy_share = share_of (easy_s, running_s);
  summary->quality_share = share_of (quality_s, running_s);
  summary->long_share = share_of (long_s, running_s);
}
