/* rbd-plan-lighten.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-kind.h"
#include "rbd-planned-session.h"

G_BEGIN_DECLS

/* "Lighten the next days" (DOMAIN.md: when several signs of
 * under-recovery hold, cut volume 30-50 % for a few days and remove hard
 * sessions), as a list of edits the UI applies and can undo.
 *
 * Over the planned sessions dated from the first day for n days:
 * - hard sessions (long, tempo, interval, hills) become easy runs;
 * - every session's duration and distance go down by the cut (0.3-0.5),
 *   durations to whole minutes, distances to 100 m;
 * - rest days, mobility sessions (they are recovery work) and races (a
 *   date the runner committed to) are left as they are;
 * - titles and notes are not touched.
 * Pure: the plan itself is not changed until rbd_lighten_apply(). */

#define RBD_LIGHTEN_CUT_MIN     0.3
#define RBD_LIGHTEN_CUT_MAX     0.5
#define RBD_LIGHTEN_CUT_DEFAULT 0.4
#define RBD_LIGHTEN_DAYS        3

typedef struct
{
  RbdPlannedSession *session;          /* a reference */
  RbdKind            old_kind;
  RbdKind            new_kind;
  int                old_duration_s;   /* RBD_UNSET when none */
  int                new_duration_s;
  double             old_distance_m;   /* RBD_UNSET when none */
  double             new_distance_m;
} RbdLightenEdit;

GArray *rbd_plan_lighten   (GListModel  *planned,
                            const GDate *first_day,
                            guint        n_days,
                            double       cut);
void    rbd_lighten_apply  (GArray      *edits);
void    rbd_lighten_undo   (GArray      *edits);

G_END_DECLS
