/* rbd-shoe-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-shoe-usage.h"

G_BEGIN_DECLS

#define RBD_TYPE_SHOE_ROW (rbd_shoe_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdShoeRow, rbd_shoe_row, RBD, SHOE_ROW, AdwExpanderRow)

GtkWidget *rbd_shoe_row_new       (void);
void       rbd_shoe_row_set_usage (RbdShoeRow         *self,
                                   const RbdShoeUsage *usage,
                                   gboolean            imperial);
RbdShoe   *rbd_shoe_row_get_shoe  (RbdShoeRow         *self);

G_END_DECLS
