/* rbd-route-map.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "rbd-gpx-reader.h"

G_BEGIN_DECLS

#define RBD_TYPE_ROUTE_MAP (rbd_route_map_get_type ())

G_DECLARE_FINAL_TYPE (RbdRouteMap, rbd_route_map, RBD, ROUTE_MAP, GtkWidget)

#define RBD_ROUTE_MAP_OSM_URL "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

ShumateDataSource *rbd_route_map_new_osm_source    (void);

GtkWidget         *rbd_route_map_new               (void);
void               rbd_route_map_set_tile_source   (RbdRouteMap       *self,
                                                    ShumateDataSource *source);
void               rbd_route_map_set_track         (RbdRouteMap       *self,
                                                    RbdGpxTrack       *track);
void               rbd_route_map_set_imperial      (RbdRouteMap       *self,
                                                    gboolean           imperial);
gboolean           rbd_route_map_get_tiles_failed  (RbdRouteMap       *self);
guint              rbd_route_map_get_n_path_nodes  (RbdRouteMap       *self);
ShumateViewport   *rbd_route_map_get_viewport      (RbdRouteMap       *self);

G_END_DECLS
