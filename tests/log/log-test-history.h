/* log-test-history.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Histories written compactly for table-driven tests, as days relative to
 * a reference day (0 is the day itself, -1 the day before).
 *
 * A session: "day:kind:rpe:minutes[:km[:avg_hr[:soreness[:shoe]]]]", for
 * example "-3:easy:4:45:9.5:142"; "-" leaves a member unset, and a member
 * left out is unset too.
 *
 * A check-in: "day:sleep_h:sleep_quality:rest_hr:hrv:soreness:mood:
 * motivation:illness", for example "-1:7.5:4:48:62:2:4:4:0"; "-" leaves a
 * member unset. */

GListStore *log_test_sessions   (const GDate        *day,
                                 const char * const *sessions);
GListStore *log_test_checkins   (const GDate        *day,
                                 const char * const *checkins);
void        log_test_day        (const char         *text,
                                 GDate              *date);

G_END_DECLS
