/* rbd-sweat-test.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-fuel.h"
#include "rbd-record.h"

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

G_END_DECLS
