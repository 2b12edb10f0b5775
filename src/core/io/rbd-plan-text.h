/* rbd-plan-text.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-planned-session.h"

G_BEGIN_DECLS

/* The words a planned session is written out with, shared by the
 * iCalendar export and the printed week so that both say the same. */

/* "1 h 5 min", "45 min", "4 min 30 s"; seconds only when there are some. */
char *rbd_plan_text_duration (int                seconds);

/* "10.0 km" */
char *rbd_plan_text_distance (double             metres);

/* "Title (Kind)", or the kind's label alone when there is no title. */
char *rbd_plan_text_summary  (RbdPlannedSession *session);

G_END_DECLS
