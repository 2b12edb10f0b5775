/* rbd-load-chart.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RBD_TYPE_LOAD_CHART (rbd_load_chart_get_type ())

G_DECLARE_FINAL_TYPE (RbdLoadChart, rbd_load_chart, RBD, LOAD_CHART, GtkWidget)

GtkWidget  *rbd_load_chart_new       (void);
void        rbd_load_chart_set_weeks (RbdLoadChart *self,
                                      GArray       *weeks);
const char *rbd_load_chart_get_text  (RbdLoadChart *self);

G_END_DECLS
