/* rbd-gpx-reader.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-kind.h"
#include "rbd-session.h"
#include "rbd-store.h"

G_BEGIN_DECLS

/* Reading a GPX 1.0 or 1.1 file (a watch's recording, or a planned route)
 * into a track: the points, and what a logged session needs from them.
 *
 * The rules, so that the numbers can be checked by hand:
 * - Points: every trk/trkseg/trkpt of every track, each segment kept
 *   apart; the rte/rtept of routes only when the file has no track
 *   points (each route is then a segment).
 * - Times that go backwards: a point timed earlier than the last point
 *   kept is a clock glitch and is dropped. When that drops more than
 *   RBD_GPX_MAX_BACKWARDS_SHARE of the timed points, the file is not one
 *   recording in order and is refused (RBD_GPX_ERROR_TIME_ORDER).
 * - GPS jumps: a point further from the last point kept than
 *   RBD_GPX_MAX_SPEED_MS allows in the time between them (at least 1 s)
 *   is dropped. When RBD_GPX_RESYNC_POINTS dropped points in a row agree
 *   with each other, the receiver had really lost its position: they
 *   start a new segment (the gap is not counted). Points without times
 *   are never judged.
 * - Distance: haversine on a sphere of RBD_GPX_EARTH_RADIUS_M, summed
 *   within each segment, never across the gap between two segments.
 * - Duration: from the first to the last timed point, pauses included;
 *   RBD_UNSET when no point has a time.
 * - Moving time: each segment's timed points are cut into windows of at
 *   least RBD_GPX_MOVING_WINDOW_S (an interval that long on its own is a
 *   window by itself); a window is moving when the straight line from its
 *   first to its last point, over its duration, is at least
 *   RBD_GPX_MOVING_MIN_SPEED_MS. Judging 30 s at a time keeps GPS
 *   wander while standing still from looking like running. RBD_UNSET
 *   without times.
 * - Elevation gain: the sum of rises, where a climb starts only once the
 *   elevation is more than RBD_GPX_ELEVATION_HYSTERESIS_M above the last
 *   low point (and a descent only once it is that far below the last high
 *   point), per segment. RBD_UNSET when no point has an elevation. */

#define RBD_GPX_EARTH_RADIUS_M          6371008.8  /* mean Earth radius (IUGG) */
#define RBD_GPX_MAX_SPEED_MS            12.0       /* faster than any runner: 43 km/h */
#define RBD_GPX_RESYNC_POINTS           5
#define RBD_GPX_MAX_BACKWARDS_SHARE     0.10
#define RBD_GPX_MOVING_WINDOW_S         30.0
#define RBD_GPX_MOVING_MIN_SPEED_MS     0.5
#define RBD_GPX_ELEVATION_HYSTERESIS_M  2.0

/* RbdGpxPoint.time_ms for a point without a time. */
#define RBD_GPX_NO_TIME G_MININT64

#define RBD_GPX_ERROR (rbd_gpx_error_quark ())

typedef enum
{
  RBD_GPX_ERROR_READ,           /* the file could not be read (or written, on import) */
  RBD_GPX_ERROR_NOT_XML,
  RBD_GPX_ERROR_TRUNCATED,      /* XML that ends before its elements are closed */
  RBD_GPX_ERROR_NOT_GPX,        /* XML whose root is not a GPX <gpx> */
  RBD_GPX_ERROR_INVALID,        /* a point without coordinates, a number or time that isn't one */
  RBD_GPX_ERROR_OUT_OF_RANGE,   /* latitude outside ±90, longitude outside ±180 */
  RBD_GPX_ERROR_NO_POINTS,
  RBD_GPX_ERROR_SINGLE_POINT,
  RBD_GPX_ERROR_TIME_ORDER,
  RBD_GPX_ERROR_NO_TIMES,       /* importing needs a start time the file doesn't have */
  RBD_GPX_ERROR_STORE,          /* the document can't take a session now */
} RbdGpxError;

typedef struct
{
  double lat;       /* degrees */
  double lon;       /* degrees */
  double ele;       /* metres, NAN when the file has none */
  gint64 time_ms;   /* since 1970-01-01 UTC, or RBD_GPX_NO_TIME */
} RbdGpxPoint;

typedef struct
{
  double min_lat;
  double max_lat;
  double min_lon;
  double max_lon;
} RbdGpxBounds;

#define RBD_TYPE_GPX_TRACK (rbd_gpx_track_get_type ())

G_DECLARE_FINAL_TYPE (RbdGpxTrack, rbd_gpx_track, RBD, GPX_TRACK, GObject)

GQuark             rbd_gpx_error_quark               (void);

RbdGpxTrack       *rbd_gpx_track_new_from_file       (const char    *path,
                                                      GError       **error);
RbdGpxTrack       *rbd_gpx_track_new_from_bytes      (GBytes        *bytes,
                                                      const char    *display_name,
                                                      GError       **error);

const char        *rbd_gpx_track_get_display_name    (RbdGpxTrack   *self);
const char        *rbd_gpx_track_get_name            (RbdGpxTrack   *self);
const RbdGpxPoint *rbd_gpx_track_get_points          (RbdGpxTrack   *self,
                                                      guint         *n_points);
guint              rbd_gpx_track_get_n_segments      (RbdGpxTrack   *self);
void               rbd_gpx_track_get_segment         (RbdGpxTrack   *self,
                                                      guint          segment,
                                                      guint         *first,
                                                      guint         *n_points);
gboolean           rbd_gpx_track_is_route            (RbdGpxTrack   *self);
gboolean           rbd_gpx_track_has_times           (RbdGpxTrack   *self);
double             rbd_gpx_track_get_distance_m      (RbdGpxTrack   *self);
int                rbd_gpx_track_get_duration_s      (RbdGpxTrack   *self);
int                rbd_gpx_track_get_moving_s        (RbdGpxTrack   *self);
double             rbd_gpx_track_get_elevation_gain_m (RbdGpxTrack  *self);
GDateTime         *rbd_gpx_track_get_start           (RbdGpxTrack   *self);
void               rbd_gpx_track_get_bounds          (RbdGpxTrack   *self,
                                                      RbdGpxBounds  *bounds);
guint              rbd_gpx_track_get_n_jumps         (RbdGpxTrack   *self);
guint              rbd_gpx_track_get_n_backwards     (RbdGpxTrack   *self);

double             rbd_gpx_distance_m                (double         lat1,
                                                      double         lon1,
                                                      double         lat2,
                                                      double         lon2);

RbdSession        *rbd_gpx_make_session              (RbdGpxTrack   *track,
                                                      RbdKind        kind);
gboolean           rbd_gpx_add_to_store              (RbdStore      *store,
                                                      RbdSession    *session,
                                                      const char    *gpx_path,
                                                      GError       **error);
gboolean           rbd_gpx_import_into_store         (RbdStore      *store,
                                                      const char    *path,
                                                      RbdSession   **session_out,
                                                      GError       **error);

G_END_DECLS
