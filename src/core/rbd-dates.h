/* rbd-dates.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar days as the document writes them ("2026-11-30") and the weeks
 * the plan is shown in. */

gboolean  rbd_date_parse      (const char    *text,
                               GDate         *date);
char     *rbd_date_format     (const GDate   *date);
void      rbd_date_format_buf (const GDate   *date,
                               char           buf[11]);
void      rbd_date_today      (GDate         *date);
void      rbd_week_start      (const GDate   *day,
                               GDateWeekday   first_day,
                               GDate         *start);
guint     rbd_date_iso_week   (const GDate   *date);
gboolean  rbd_weekday_parse   (const char    *name,
                               GDateWeekday  *weekday);

G_END_DECLS
