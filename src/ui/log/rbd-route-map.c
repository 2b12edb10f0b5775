/* rbd-route-map.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-route-map"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-log-util.h"
#include "rbd-route-map.h"
#include "rbd-tile-source.h"

/* A session's route on a map: the track as a line (one per segment, so a
 * gap in the recording is not drawn as a straight jump), start and finish
 * markers, the scale, fitted to the track when first shown.
 *
 * The tiles come from OpenStreetMap through a tile source that reports
 * failures; when tiles fail (offline), the track, markers and scale are
 * still drawn, and a note says why the background is empty. */

/* A line with more points than this draws no better, only slower. */
#define MAX_NODES        4000
#define MAX_PATH_LAYERS  64
#define FIT_PADDING_PX   36
#define MAX_FIT_ZOOM     17.0
#define SAME_PLACE_M     40.0

struct _RbdRouteMap
{
  GtkWidget           parent_instance;

  GtkWidget          *overlay;
  ShumateSimpleMap   *map;
  GtkWidget          *note;
  GPtrArray          *path_layers;
  ShumateMarkerLayer *marker_layer;

  RbdTileSource      *tile_source;
  RbdGpxTrack        *track;
  gboolean            tiles_failed;
  gboolean            needs_fit;
  guint               n_path_nodes;
  guint               fit_idle_id;
  guint               note_idle_id;
};

G_DEFINE_FINAL_TYPE (RbdRouteMap, rbd_route_map, GTK_TYPE_WIDGET)

/* Web Mercator, 0..1 over the world at zoom 0. */
static double
lon_to_x (double lon)
{
  return (lon + 180.0) / 360.0;
}

static double
lat_to_y (double lat)
{
  double rad = CLAMP (lat, -85.05112878, 85.05112878) * G_PI / 180.0;

  return (1.0 - log (tan (rad) + 1.0 / cos (rad)) / G_PI) / 2.0;
}

static double
y_to_lat (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

static void
fit (RbdRouteMap *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double tile_size = source != NULL ? shumate_map_source_get_tile_size (source) : 256;
  double max_zoom = source != NULL ? MIN (shumate_map_source_get_max_zoom_level (source),
                                          MAX_FIT_ZOOM) : MAX_FIT_ZOOM;
  double min_zoom = source != NULL ? shumate_map_source_get_min_zoom_level (source) : 0;
  RbdGpxBounds bounds;
  double x1, x2, y1, y2, scale_x, scale_y, zoom;

  if (self->track == NULL || width <= 0 || height <= 0)
    return;

  rbd_gpx_track_get_bounds (self->track, &bounds);
  x1 = lon_to_x (bounds.min_lon);
  x2 = lon_to_x (bounds.max_lon);
  y1 = lat_to_y (bounds.max_lat);
  y2 = lat_to_y (bounds.min_lat);

  scale_x = MAX (width - 2 * FIT_PADDING_PX, 32) / (MAX (x2 - x1, 1e-9) * tile_size);
  scale_y = MAX (height - 2 * FIT_PADDING_PX, 32) / (MAX (y2 - y1, 1e-9) * tile_size);
  /* Whole zoom levels keep raster tiles sharp. */
  zoom = floor (log2 (MIN (scale_x, scale_y)));
  zoom = CLAMP (zoom, min_zoom, max_zoom);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 y_to_lat ((y1 + y2) / 2.0), (x1 + x2) / 2.0 * 360.0 - 180.0);
  self->needs_fit = FALSE;
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  RbdRouteMap *self = user_data;

  self->fit_idle_id = 0;
  fit (self);

  return G_SOURCE_REMOVE;
}

static gboolean
note_idle_cb (gpointer user_data)
{
  RbdRouteMap *self = user_data;

  self->note_idle_id = 0;
  gtk_widget_set_visible (self->note, self->tiles_failed);

  return G_SOURCE_REMOVE;
}

/* Failures come while the map lays out its tiles: show the note after. */
static void
on_tile_failed_cb (RbdRouteMap  *self,
                   const GError *error)
{
  if (self->tiles_failed)
    return;

  g_debug ("Map tiles failed: %s", error->message);
  self->tiles_failed = TRUE;
  if (self->note_idle_id == 0)
    self->note_idle_id = g_idle_add (note_idle_cb, self);
}

static GtkWidget *
make_marker (const char *icon_name,
             const char *css_class,
             const char *label)
{
  ShumateMarker *marker = shumate_marker_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (image, "log-map-marker");
  gtk_widget_add_css_class (image, css_class);
  gtk_widget_set_tooltip_text (image, label);
  shumate_marker_set_child (marker, image);
  rbd_log_set_accessible_label (GTK_WIDGET (marker), label);

  return GTK_WIDGET (marker);
}

static void
clear_track (RbdRouteMap *self)
{
  for (guint i = 0; i < self->path_layers->len; i++)
    shumate_simple_map_remove_overlay_layer (self->map, self->path_layers->pdata[i]);
  g_ptr_array_set_size (self->path_layers, 0);
  shumate_marker_layer_remove_all (self->marker_layer);
  self->n_path_nodes = 0;
}

static ShumatePathLayer *
new_path_layer (RbdRouteMap *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumatePathLayer *layer = shumate_path_layer_new (viewport);
  GdkRGBA stroke = { 0.11, 0.44, 0.85, 1.0 };   /* #1c71d8 */

  shumate_path_layer_set_stroke_color (layer, &stroke);
  shumate_path_layer_set_stroke_width (layer, 4.0);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (layer));
  g_ptr_array_add (self->path_layers, layer);

  return layer;
}

static void
add_node (ShumatePathLayer  *layer,
          const RbdGpxPoint *point)
{
  /* Coordinates are floating: own one, whatever the layer does with it. */
  g_autoptr(ShumateCoordinate) coordinate =
    g_object_ref_sink (shumate_coordinate_new_full (point->lat, point->lon));

  shumate_path_layer_add_node (layer, SHUMATE_LOCATION (coordinate));
}

static void
show_track (RbdRouteMap *self)
{
  const RbdGpxPoint *points;
  guint n_points, n_segments, step;
  GtkWidget *marker;

  clear_track (self);
  if (self->track == NULL)
    return;

  points = rbd_gpx_track_get_points (self->track, &n_points);
  n_segments = rbd_gpx_track_get_n_segments (self->track);
  if (n_points == 0)
    return;

  step = MAX (1, n_points / MAX_NODES);

  /* The markers go over the lines. libshumate 1.0.3 declares
   * shumate_simple_map_insert_overlay_layer() but does not export it, so
   * the marker layer is taken off and put back on top. */
  shumate_simple_map_remove_overlay_layer (self->map, SHUMATE_LAYER (self->marker_layer));

  for (guint s = 0; s < n_segments; s++)
    {
      ShumatePathLayer *layer;
      guint first, n;

      rbd_gpx_track_get_segment (self->track, s, &first, &n);
      if (n == 0)
        continue;

      /* A track cut in very many pieces still gets a bounded number of
       * layers: the last one takes the rest, joined. */
      if (self->path_layers->len < MAX_PATH_LAYERS)
        layer = new_path_layer (self);
      else
        layer = g_ptr_array_index (self->path_layers, self->path_layers->len - 1);

      for (guint i = 0; i < n; i += step)
        {
          add_node (layer, &points[first + i]);
          self->n_path_nodes++;
        }
      /* The segment's last point, whatever the step. */
      if ((n - 1) % step != 0)
        {
          add_node (layer, &points[first + n - 1]);
          self->n_path_nodes++;
        }
    }

  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->marker_layer));

  /* A loop ends where it began: one marker says both. */
  if (rbd_gpx_distance_m (points[0].lat, points[0].lon,
                          points[n_points - 1].lat, points[n_points - 1].lon) > SAME_PLACE_M)
    {
      marker = make_marker ("media-playback-start-symbolic", "start", _("Start"));
      shumate_location_set_location (SHUMATE_LOCATION (marker), points[0].lat, points[0].lon);
      shumate_marker_layer_add_marker (self->marker_layer, SHUMATE_MARKER (marker));
      marker = make_marker ("emoji-flags-symbolic", "finish", _("Finish"));
    }
  else
    {
      marker = make_marker ("emoji-flags-symbolic", "finish", _("Start and finish"));
    }
  shumate_location_set_location (SHUMATE_LOCATION (marker),
                                 points[n_points - 1].lat, points[n_points - 1].lon);
  shumate_marker_layer_add_marker (self->marker_layer, SHUMATE_MARKER (marker));

  self->needs_fit = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
rbd_route_map_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RbdRouteMap *self = RBD_ROUTE_MAP (widget);

  gtk_widget_measure (self->overlay, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
rbd_route_map_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RbdRouteMap *self = RBD_ROUTE_MAP (widget);

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);

  /* Moving the viewport now would lay the map out again inside this
   * layout: fit right after it. */
  if (self->needs_fit && width > 0 && height > 0 && self->fit_idle_id == 0)
    self->fit_idle_id = g_idle_add (fit_idle_cb, self);
}

static void
rbd_route_map_dispose (GObject *object)
{
  RbdRouteMap *self = RBD_ROUTE_MAP (object);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->note_idle_id, g_source_remove);
  if (self->tile_source != NULL)
    g_signal_handlers_disconnect_by_func (self->tile_source, on_tile_failed_cb, self);
  g_clear_object (&self->tile_source);
  g_clear_object (&self->track);
  g_clear_pointer (&self->path_layers, g_ptr_array_unref);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->marker_layer);

  G_OBJECT_CLASS (rbd_route_map_parent_class)->dispose (object);
}

static void
rbd_route_map_class_init (RbdRouteMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_route_map_dispose;
  widget_class->measure = rbd_route_map_measure;
  widget_class->size_allocate = rbd_route_map_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "routemap");
}

static void
rbd_route_map_init (RbdRouteMap *self)
{
  ShumateViewport *viewport;
  GtkWidget *label;

  self->path_layers = g_ptr_array_new ();

  self->overlay = gtk_overlay_new ();
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->map = shumate_simple_map_new ();
  gtk_widget_set_hexpand (GTK_WIDGET (self->map), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->map), TRUE);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->map));
  rbd_log_set_accessible_label (GTK_WIDGET (self->map), _("Route map"));

  viewport = shumate_simple_map_get_viewport (self->map);
  /* Kept: it is taken off the map and put back when a track is shown. */
  self->marker_layer = g_object_ref_sink (shumate_marker_layer_new (viewport));
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->marker_layer));

  label = gtk_label_new (_("Map tiles need a network connection; the route is drawn without "
                           "them."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  self->note = label;
  gtk_widget_set_valign (self->note, GTK_ALIGN_START);
  gtk_widget_set_halign (self->note, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->note, "log-map-note");
  gtk_widget_set_visible (self->note, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->note);
}

/**
 * rbd_route_map_new_osm_source:
 *
 * The OpenStreetMap tile downloader, after telling libshumate who is
 * asking: the tile usage policy wants an identifying user agent, and
 * libshumate 1.0 reads it when a downloader is made.
 *
 * Returns: (transfer full): a data source for tiles
 */
ShumateDataSource *
rbd_route_map_new_osm_source (void)
{
  shumate_set_user_agent ("Rebound/" VERSION " (" APP_ID "; "
                          "+https://github.com/rebound-app/rebound)");

  return SHUMATE_DATA_SOURCE (shumate_tile_downloader_new (RBD_ROUTE_MAP_OSM_URL));
}

GtkWidget *
rbd_route_map_new (void)
{
  return g_object_new (RBD_TYPE_ROUTE_MAP, NULL);
}

/**
 * rbd_route_map_set_tile_source:
 * @source: (nullable): where the tiles come from (see
 *   rbd_route_map_new_osm_source()), or %NULL for none
 */
void
rbd_route_map_set_tile_source (RbdRouteMap       *self,
                               ShumateDataSource *source)
{
  g_autoptr(ShumateRasterRenderer) renderer = NULL;

  g_return_if_fail (RBD_IS_ROUTE_MAP (self));
  g_return_if_fail (source == NULL || SHUMATE_IS_DATA_SOURCE (source));

  if (self->tile_source != NULL)
    {
      if (rbd_tile_source_get_inner (self->tile_source) == source)
        return;
      g_signal_handlers_disconnect_by_func (self->tile_source, on_tile_failed_cb, self);
      g_clear_object (&self->tile_source);
    }

  self->tiles_failed = FALSE;
  gtk_widget_set_visible (self->note, FALSE);

  self->tile_source = rbd_tile_source_new (source);
  g_signal_connect_swapped (self->tile_source, "tile-failed",
                            G_CALLBACK (on_tile_failed_cb), self);

  renderer = shumate_raster_renderer_new_full ("osm-mapnik", "OpenStreetMap",
                                               _("Map data © OpenStreetMap contributors"),
                                               "https://www.openstreetmap.org/copyright",
                                               0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR,
                                               SHUMATE_DATA_SOURCE (self->tile_source));
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (renderer));

  self->needs_fit = self->track != NULL;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * rbd_route_map_set_track:
 * @track: (nullable): the route to show
 */
void
rbd_route_map_set_track (RbdRouteMap *self,
                         RbdGpxTrack *track)
{
  g_return_if_fail (RBD_IS_ROUTE_MAP (self));
  g_return_if_fail (track == NULL || RBD_IS_GPX_TRACK (track));

  if (!g_set_object (&self->track, track))
    return;

  show_track (self);
}

void
rbd_route_map_set_imperial (RbdRouteMap *self,
                            gboolean     imperial)
{
  g_return_if_fail (RBD_IS_ROUTE_MAP (self));

  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map),
                          imperial ? SHUMATE_UNIT_IMPERIAL : SHUMATE_UNIT_METRIC);
}

/* Whether tiles failed to load (and the note is shown). */
gboolean
rbd_route_map_get_tiles_failed (RbdRouteMap *self)
{
  g_return_val_if_fail (RBD_IS_ROUTE_MAP (self), FALSE);

  return self->tiles_failed && gtk_widget_get_visible (self->note);
}

guint
rbd_route_map_get_n_path_nodes (RbdRouteMap *self)
{
  g_return_val_if_fail (RBD_IS_ROUTE_MAP (self), 0);

  return self->n_path_nodes;
}

ShumateViewport *
rbd_route_map_get_viewport (RbdRouteMap *self)
{
  g_return_val_if_fail (RBD_IS_ROUTE_MAP (self), NULL);

  return shumate_simple_map_get_viewport (self->map);
}
