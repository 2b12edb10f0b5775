/* rbd-bench-stats.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The median of @n values; sorts @values in place. */
double rbd_bench_median   (double *values,
                           guint   n);

/* Milliseconds since @start, a g_get_monotonic_time() value. */
double rbd_bench_ms_since (gint64  start);

/* The CPU time the calling thread has used, in milliseconds: unlike the
 * time on the clock, it hardly grows when other programs share the CPU. */
double rbd_bench_thread_cpu_ms (void);

G_END_DECLS
