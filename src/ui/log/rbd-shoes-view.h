/* rbd-shoes-view.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-shoe.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_SHOES_VIEW (rbd_shoes_view_get_type ())

G_DECLARE_FINAL_TYPE (RbdShoesView, rbd_shoes_view, RBD, SHOES_VIEW, GtkWidget)

GtkWidget  *rbd_shoes_view_new          (void);
void        rbd_shoes_view_set_store    (RbdShoesView *self,
                                         RbdStore     *store);
void        rbd_shoes_view_update       (RbdShoesView *self,
                                         gboolean      imperial);
void        rbd_shoes_view_set_editable (RbdShoesView *self,
                                         gboolean      editable);
RbdShoe    *rbd_shoes_view_add          (RbdShoesView *self,
                                         const char   *name);
const char *rbd_shoes_view_get_notice   (RbdShoesView *self);

G_END_DECLS
