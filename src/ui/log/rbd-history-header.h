/* rbd-history-header.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-history-week.h"

G_BEGIN_DECLS

#define RBD_TYPE_HISTORY_HEADER (rbd_history_header_get_type ())

G_DECLARE_FINAL_TYPE (RbdHistoryHeader, rbd_history_header, RBD, HISTORY_HEADER, GtkWidget)

GtkWidget *rbd_history_header_new      (void);
void       rbd_history_header_set_week (RbdHistoryHeader *self,
                                        RbdHistoryWeek   *week,
                                        gboolean          imperial);

G_END_DECLS
