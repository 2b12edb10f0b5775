/* fuzz-gpx.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-gpx"

#include "config.h"

#include <math.h>

#include "fuzz-common.h"
#include "rbd-gpx-reader.h"

/* The input as a GPX file, parsed from memory as an import does; a track
 * that comes out is then asked everything the import and the map ask. */

void
rbd_fuzz_gpx (const guint8 *data,
              gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdGpxTrack) track = NULL;
  g_autoptr(RbdSession) session = NULL;
  const RbdGpxPoint *points;
  RbdGpxBounds bounds;
  guint n_points, n_segments, total = 0;

  track = rbd_gpx_track_new_from_bytes (bytes, "fuzz.gpx", &error);
  if (track == NULL)
    {
      if (error == NULL)
        rbd_fuzz_fail ("no track and no error");
      return;
    }

  points = rbd_gpx_track_get_points (track, &n_points);
  n_segments = rbd_gpx_track_get_n_segments (track);
  for (guint i = 0; i < n_segments; i++)
    {
      guint first, n;

      rbd_gpx_track_get_segment (track, i, &first, &n);
      if (first + n > n_points)
        rbd_fuzz_fail ("segment %u (%u + %u) is past the %u points", i, first, n, n_points);
      total += n;
    }
  if (total != n_points)
    rbd_fuzz_fail ("segments hold %u of %u points", total, n_points);

  for (guint i = 0; i < n_points; i++)
    if (!(fabs (points[i].lat) <= 90.0 && fabs (points[i].lon) <= 180.0))
      rbd_fuzz_fail ("point %u is at %g, %g", i, points[i].lat, points[i].lon);

  if (!(rbd_gpx_track_get_distance_m (track) >= 0.0))
    rbd_fuzz_fail ("distance %g", rbd_gpx_track_get_distance_m (track));

  rbd_gpx_track_get_bounds (track, &bounds);
  rbd_gpx_track_get_duration_s (track);
  rbd_gpx_track_get_moving_s (track);
  rbd_gpx_track_get_elevation_gain_m (track);
  rbd_gpx_track_get_start (track);
  rbd_gpx_track_get_name (track);

  session = rbd_gpx_make_session (track, RBD_KIND_EASY);
}

RBD_FUZZ_ENTRY_POINT (rbd_fuzz_gpx)
