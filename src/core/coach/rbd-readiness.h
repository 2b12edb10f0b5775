/* rbd-readiness.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The warning signs of under-recovery (DOMAIN.md, Under-recovery), read
 * from the check-ins and sessions up to a day. Pure: no I/O, no state.
 *
 * Trends, not single points. A trend compares the average of the last
 * RBD_READINESS_RECENT_DAYS days (ending on the day judged) with the
 * runner's own baseline: the average of the RBD_READINESS_BASELINE_DAYS
 * days before them. It needs at least RBD_READINESS_MIN_RECENT values in
 * the recent days and RBD_READINESS_MIN_BASELINE in the baseline; with
 * less, there is no sign. Missing data never counts as a sign, and a day
 * without data ends a run of days.
 *
 * The signs:
 * - heavy legs: soreness of RBD_READINESS_SORE or more (the check-in's,
 *   or the highest logged with a session that day) on
 *   RBD_READINESS_HEAVY_LEGS_DAYS days in a row or more (DOMAIN.md: "more
 *   than 4-5 days"), up to the day or the day before (today's check-in
 *   may not be in yet);
 * - easy pace: metres per heartbeat of the easy and recovery runs with a
 *   distance, duration and average heart rate, over the last
 *   RBD_READINESS_PACE_RECENT_DAYS days (at least RBD_READINESS_PACE_MIN_RECENT
 *   runs), at least RBD_READINESS_PACE_DROP below the
 *   RBD_READINESS_PACE_BASELINE_DAYS before (at least
 *   RBD_READINESS_PACE_MIN_BASELINE runs): slower at the same heart rate;
 * - sleep: RBD_READINESS_SLEEP_DROP_H less sleep, or sleep quality
 *   RBD_READINESS_SCALE_DROP lower, than the baseline, while tired (legs
 *   sore as above, or motivation RBD_READINESS_LOW_SCALE or less) on
 *   RBD_READINESS_TIRED_DAYS of the last 7 days;
 * - illness: illness or a niggle on RBD_READINESS_ILLNESS_EPISODES or more
 *   separate occasions (days in a row are one) in the last
 *   RBD_READINESS_ILLNESS_WINDOW days;
 * - mood: mood or motivation RBD_READINESS_SCALE_DROP (of 5) or more below
 *   the baseline;
 * - resting HR: RBD_READINESS_REST_HR_RISE bpm or more above the baseline;
 * - HRV: RBD_READINESS_HRV_DROP or more below the baseline.
 *
 * A sign is judged on the averages above; "since" says where the days
 * themselves turned: the first of the run of days, reaching the latest day
 * with data, whose own value is past the threshold against the baseline
 * (days without data are stepped over; at most RBD_READINESS_LOOKBACK_DAYS
 * back). If the latest day is back to normal while the average isn't
 * yet, it is the first day the average crossed. For heavy legs it is the
 * first sore day in a row; for illness, the first of the occasions. A
 * sign is a warning when it has held for more than a week or is at least
 * twice its threshold; otherwise one to watch.
 *
 * Overall: two or more signs that have each held for more than a week
 * mean backing off (cut volume 30-50 % for a few days, no hard sessions,
 * sleep, fuel and fluids first); any sign means watching.
 *
 * Separately, soreness of RBD_READINESS_SORE or more on
 * RBD_READINESS_INJURY_DAYS days in a row or more (DOMAIN.md: "lasting
 * more than 3-4 days") is called out as a possible injury. */

#define RBD_READINESS_RECENT_DAYS          7
#define RBD_READINESS_BASELINE_DAYS        28
#define RBD_READINESS_MIN_RECENT           4
#define RBD_READINESS_MIN_BASELINE         12
#define RBD_READINESS_LOOKBACK_DAYS        56
#define RBD_READINESS_SORE                 4      /* of 10: more than mild */
#define RBD_READINESS_HEAVY_LEGS_DAYS      5
#define RBD_READINESS_INJURY_DAYS          4
#define RBD_READINESS_PACE_RECENT_DAYS     14
#define RBD_READINESS_PACE_BASELINE_DAYS   42
#define RBD_READINESS_PACE_MIN_RECENT      3
#define RBD_READINESS_PACE_MIN_BASELINE    4
#define RBD_READINESS_PACE_DROP            0.05   /* 5 % */
#define RBD_READINESS_SLEEP_DROP_H         0.75
#define RBD_READINESS_SCALE_DROP           1.0    /* points on a 1-5 scale */
#define RBD_READINESS_LOW_SCALE            2
#define RBD_READINESS_TIRED_DAYS           4
#define RBD_READINESS_ILLNESS_EPISODES     2
#define RBD_READINESS_ILLNESS_WINDOW       14
#define RBD_READINESS_REST_HR_RISE         5.0    /* bpm */
#define RBD_READINESS_HRV_DROP             0.10   /* 10 % */
#define RBD_READINESS_LONG_DAYS            7      /* "more than a week" */

typedef enum
{
  RBD_SIGN_HEAVY_LEGS,
  RBD_SIGN_EASY_PACE,
  RBD_SIGN_SLEEP,
  RBD_SIGN_ILLNESS,
  RBD_SIGN_MOOD,
  RBD_SIGN_REST_HR,
  RBD_SIGN_HRV,
} RbdSignKind;

#define RBD_N_SIGNS (RBD_SIGN_HRV + 1)

typedef enum
{
  RBD_SIGN_SEVERITY_WATCH,
  RBD_SIGN_SEVERITY_WARNING,
} RbdSignSeverity;

typedef enum
{
  RBD_READINESS_GOOD,
  RBD_READINESS_WATCH,
  RBD_READINESS_BACK_OFF,
} RbdReadinessLevel;

typedef struct
{
  RbdSignKind      kind;
  GDate            since;
  guint            days;       /* since..the day judged, both counted */
  RbdSignSeverity  severity;
  char            *evidence;   /* one line with the numbers, translated */
} RbdSign;

typedef struct
{
  GDate              day;
  GArray            *signs;             /* RbdSign, in RbdSignKind order */
  RbdReadinessLevel  level;
  char              *action;            /* translated; NULL when all is well */

  gboolean           possible_injury;
  GDate              injury_since;
  char              *injury_evidence;   /* translated, or NULL */
  char              *injury_advice;     /* translated, or NULL */
} RbdReadiness;

const char    *rbd_sign_kind_to_string (RbdSignKind         kind);
const char    *rbd_sign_kind_get_title (RbdSignKind         kind);

RbdReadiness  *rbd_readiness_assess    (GListModel         *checkins,
                                        GListModel         *sessions,
                                        const GDate        *day);
const RbdSign *rbd_readiness_find      (const RbdReadiness *self,
                                        RbdSignKind         kind);
void           rbd_readiness_free      (RbdReadiness       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdReadiness, rbd_readiness_free)

G_END_DECLS
