/* rbd-tile-source.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define RBD_TYPE_TILE_SOURCE (rbd_tile_source_get_type ())

G_DECLARE_FINAL_TYPE (RbdTileSource, rbd_tile_source, RBD, TILE_SOURCE, ShumateDataSource)

/* Signals:
 *   "tile-failed" (GError *error): a tile could not be had (no network,
 *     the server refused...). Cancelled requests are not failures. */

RbdTileSource     *rbd_tile_source_new         (ShumateDataSource *inner);
ShumateDataSource *rbd_tile_source_get_inner   (RbdTileSource     *self);
guint              rbd_tile_source_get_n_failed (RbdTileSource    *self);
guint              rbd_tile_source_get_n_loaded (RbdTileSource    *self);

G_END_DECLS
