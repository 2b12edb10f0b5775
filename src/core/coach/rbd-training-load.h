/* rbd-training-load.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-session.h"

G_BEGIN_DECLS

/* Training load from the logged sessions (DOMAIN.md, Training load).
 *
 * - Session load = RPE x minutes ("session RPE"). A session without an RPE
 *   or a duration has no load: it adds nothing and is counted apart, so
 *   the chart can say how many sessions it could not weigh.
 * - Sessions count on the calendar day of their start as written in the
 *   document, i.e. the runner's local day.
 * - Acute:chronic ratio on a day = the load of the 7 days ending that day
 *   divided by the average weekly load of the 28 days ending that day
 *   (their load / 4).
 * - Bands: below 0.8 low, 0.8 to 1.3 (both included) safe, above 1.3 up to
 *   1.5 elevated, above 1.5 a spike.
 * - No band (RBD_LOAD_BAND_NONE) when there is no chronic load, or when
 *   the runner's first session with a load is less than 28 days before
 *   the day: the chronic load would be counted short and every ratio would
 *   look like a spike. The ratio itself is still given when it exists.
 *
 * Pure: one pass over the sessions per call, nothing kept. For the
 * Log page's chart, rbd_load_weeks() ending today gives the weeks and,
 * in the newest one, today's ratio in that one pass. */

#define RBD_ACWR_SAFE_MIN   0.8
#define RBD_ACWR_SAFE_MAX   1.3
#define RBD_ACWR_SPIKE_MIN  1.5   /* above this */
#define RBD_ACWR_ACUTE_DAYS   7
#define RBD_ACWR_CHRONIC_DAYS 28

typedef enum
{
  RBD_LOAD_BAND_NONE,
  RBD_LOAD_BAND_LOW,
  RBD_LOAD_BAND_SAFE,
  RBD_LOAD_BAND_ELEVATED,
  RBD_LOAD_BAND_SPIKE,
} RbdLoadBand;

typedef struct
{
  double      acute;            /* load of the last 7 days */
  double      chronic;          /* load of the last 28 days / 4 */
  double      ratio;            /* acute / chronic, RBD_UNSET without chronic load */
  RbdLoadBand band;
  guint       n_without_load;   /* sessions in the 28 days without RPE or duration */
} RbdAcwr;

typedef struct
{
  GDate       first_day;
  GDate       last_day;
  double      load;
  guint       n_sessions;       /* with a load */
  guint       n_without_load;
  RbdAcwr     acwr;             /* on last_day */
} RbdLoadWeek;

double       rbd_session_get_load     (RbdSession  *session);
gboolean     rbd_session_get_date     (RbdSession  *session,
                                       GDate       *date);

RbdLoadBand  rbd_load_band_for_ratio  (double       ratio);
const char  *rbd_load_band_get_label  (RbdLoadBand  band);

void         rbd_acwr_compute         (GListModel  *sessions,
                                       const GDate *day,
                                       RbdAcwr     *acwr);
GArray      *rbd_load_weeks           (GListModel  *sessions,
                                       const GDate *last_day,
                                       guint        n_weeks);

G_END_DECLS
