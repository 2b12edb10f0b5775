/* rbd-store-banner.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_STORE_BANNER (rbd_store_banner_get_type ())

G_DECLARE_FINAL_TYPE (RbdStoreBanner, rbd_store_banner, RBD, STORE_BANNER, GtkWidget)

GtkWidget *rbd_store_banner_new          (RbdStore       *store);
RbdStore  *rbd_store_banner_get_store    (RbdStoreBanner *self);
void       rbd_store_banner_set_store    (RbdStoreBanner *self,
                                          RbdStore       *store);
gboolean   rbd_store_banner_get_revealed (RbdStoreBanner *self);

G_END_DECLS
