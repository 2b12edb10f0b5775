/* rbd-sweat-test.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-fuel.h"
#include "rbd-record.h"
#include "rbd-session.h"

G_BEGIN_DECLS

#define RBD_TYPE_SWEAT_TEST (rbd_sweat_test_get_type ())

G_DECLARE_FINAL_TYPE (RbdSweatTest, rbd_sweat_test, RBD, SWEAT_TEST, RbdRecord)

/* How many of the newest tests make the runner's sweat rate. */
#define RBD_SWEAT_TESTS_AVERAGED 5

RbdSweatTest *rbd_sweat_test_new            (void);
RbdSweatTest *rbd_sweat_test_new_from_input (const RbdSweatInput  *input,
                                             RbdConditions         conditions,
                                             GDateTime            *date,
                                             GError              **error);

GDateTime    *rbd_sweat_test_dup_date       (RbdSweatTest         *self);
gboolean      rbd_sweat_test_get_conditions (RbdSweatTest         *self,
                                             RbdConditions        *conditions);
gboolean      rbd_sweat_test_get_input      (RbdSweatTest         *self,
                                             RbdSweatInput        *input,
                                             GError              **error);
gboolean      rbd_sweat_test_compute        (RbdSweatTest         *self,
                                             RbdSweatResult       *result,
                                             GError              **error);

GPtrArray    *rbd_sweat_tests_dup_latest    (GListModel           *tests,
                                             guint                 max_tests);
double        rbd_sweat_tests_average_rate  (GListModel           *tests,
                                             guint                 max_tests,
                                             guint                *n_used);

/* One sweat rate, from a standalone test or from a logged session that
 * holds both masses, the fluid drunk and a duration. */
typedef struct
{
  RbdRecord *source;         /* the RbdSweatTest or RbdSession */
  GDateTime *date;           /* the test's date or the session's start */
  double     rate_ml_per_h;
} RbdSweatRate;

void          rbd_sweat_rate_free           (RbdSweatRate         *rate);

gboolean      rbd_sweat_input_from_session  (RbdSession           *session,
                                             RbdSweatInput        *input);
gboolean      rbd_sweat_test_save_to_session (const RbdSweatInput *input,
                                             RbdSession           *session,
                                             GError              **error);
GPtrArray    *rbd_sweat_rates_recent        (GListModel           *tests,
                                             GListModel           *sessions,
                                             guint                 max_rates);
double        rbd_sweat_rates_average       (GPtrArray            *rates);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdSweatRate, rbd_sweat_rate_free)

G_END_DECLS
