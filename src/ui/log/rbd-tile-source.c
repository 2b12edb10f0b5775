/* rbd-tile-source.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-tile-source"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-tile-source.h"

/* Map tiles from another data source (the OpenStreetMap downloader, or a
 * local source in tests), passed through unchanged, so that the map can
 * tell when tiles fail: libshumate 1.0's renderer keeps that to itself,
 * and the map would just stay grey. Without an inner source every tile
 * fails at once, which is how a map without tiles is made. */
struct _RbdTileSource
{
  ShumateDataSource  parent_instance;

  ShumateDataSource *inner;
  guint              n_failed;
  guint              n_loaded;
};

G_DEFINE_FINAL_TYPE (RbdTileSource, rbd_tile_source, SHUMATE_TYPE_DATA_SOURCE)

enum {
  TILE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_inner_received_data_cb (RbdTileSource     *self,
                           int                x,
                           int                y,
                           int                zoom_level,
                           GBytes            *bytes,
                           ShumateDataSource *inner)
{
  g_signal_emit_by_name (self, "received-data", x, y, zoom_level, bytes);
}

static void
fail (RbdTileSource *self,
      const GError  *error)
{
  self->n_failed++;
  g_signal_emit (self, signals[TILE_FAILED], 0, error);
}

static void
on_inner_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RbdTileSource *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (object), result, &error);
  if (bytes == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No tile data"));
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->n_loaded++;
  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
rbd_tile_source_get_tile_data_async (ShumateDataSource   *source,
                                     int                  x,
                                     int                  y,
                                     int                  zoom_level,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  RbdTileSource *self = RBD_TILE_SOURCE (source);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, rbd_tile_source_get_tile_data_async);

  if (self->inner == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("No map tiles are available"));

      fail (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  shumate_data_source_get_tile_data_async (self->inner, x, y, zoom_level, cancellable,
                                           on_inner_done_cb, g_steal_pointer (&task));
}

static GBytes *
rbd_tile_source_get_tile_data_finish (ShumateDataSource  *source,
                                      GAsyncResult       *result,
                                      GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
rbd_tile_source_dispose (GObject *object)
{
  RbdTileSource *self = RBD_TILE_SOURCE (object);

  if (self->inner != NULL)
    g_signal_handlers_disconnect_by_func (self->inner, on_inner_received_data_cb, self);
  g_clear_object (&self->inner);

  G_OBJECT_CLASS (rbd_tile_source_parent_class)->dispose (object);
}

static void
rbd_tile_source_class_init (RbdTileSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->dispose = rbd_tile_source_dispose;

  source_class->get_tile_data_async = rbd_tile_source_get_tile_data_async;
  source_class->get_tile_data_finish = rbd_tile_source_get_tile_data_finish;

  /**
   * RbdTileSource::tile-failed:
   * @error: why
   */
  signals[TILE_FAILED] =
    g_signal_new ("tile-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
rbd_tile_source_init (RbdTileSource *self)
{
}

/**
 * rbd_tile_source_new:
 * @inner: (nullable): where the tiles come from; %NULL for nowhere
 */
RbdTileSource *
rbd_tile_source_new (ShumateDataSource *inner)
{
  RbdTileSource *self;

  g_return_val_if_fail (inner == NULL || SHUMATE_IS_DATA_SOURCE (inner), NULL);

  self = g_object_new (RBD_TYPE_TILE_SOURCE, NULL);
  if (inner != NULL)
    {
      self->inner = g_object_ref (inner);
      g_signal_connect_swapped (inner, "received-data",
                                G_CALLBACK (on_inner_received_data_cb), self);
    }

  return self;
}

ShumateDataSource *
rbd_tile_source_get_inner (RbdTileSource *self)
{
  g_return_val_if_fail (RBD_IS_TILE_SOURCE (self), NULL);

  return self->inner;
}

guint
rbd_tile_source_get_n_failed (RbdTileSource *self)
{
  g_return_val_if_fail (RBD_IS_TILE_SOURCE (self), 0);

  return self->n_failed;
}

guint
rbd_tile_source_get_n_loaded (RbdTileSource *self)
{
  g_return_val_if_fail (RBD_IS_TILE_SOURCE (self), 0);

  return self->n_loaded;
}
