/* rbd-bench-document.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-store.h"

G_BEGIN_DECLS

/* Fills @store with ten years of a runner's data ending on @last_day:
 * about 5,000 planned sessions, 5,000 logged sessions and 3,650 check-ins,
 * plus a few routines and shoes. The same @seed gives the same document. */
void rbd_bench_fill_ten_years (RbdStore *store,
                               GDate    *last_day,
                               guint32   seed);

G_END_DECLS
