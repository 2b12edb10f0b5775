/* rbd-bench-gpx.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a watch's recording of @n_points to @path, for the GPX parsing
 * benchmark: 1 Hz, 3 m/s due north, elevation and time on every point,
 * about 100 bytes a point. Aborts when the file cannot be written. */
void rbd_bench_write_gpx (const char *path,
                          guint       n_points);

G_END_DECLS
