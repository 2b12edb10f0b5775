/* rbd-locale-format.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers and times of day as the user's locale writes them, and read back
 * as people type them. Everything here follows the process's current
 * locale (LC_NUMERIC, LC_TIME); the data file, the ICS and GPX never go
 * through it: they keep '.' and 24-hour times. */

char     *rbd_locale_format_number      (double       value,
                                         int          digits);
gboolean  rbd_locale_parse_number       (const char  *text,
                                         double      *value);

gboolean  rbd_locale_uses_12_hour_clock (void);
char     *rbd_locale_format_time_of_day (int          hour,
                                         int          minute);
char     *rbd_locale_format_time        (GDateTime   *time);
char     *rbd_locale_format_date_time   (GDateTime   *time,
                                         const char  *format);
gboolean  rbd_locale_parse_time_of_day  (const char  *text,
                                         int         *hour,
                                         int         *minute);

G_END_DECLS
