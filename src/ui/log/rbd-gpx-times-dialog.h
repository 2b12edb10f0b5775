/* rbd-gpx-times-dialog.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RBD_GPX_TIMES_RESPONSE_IMPORT "import"
#define RBD_GPX_TIMES_RESPONSE_CANCEL "cancel"

#define RBD_TYPE_GPX_TIMES_DIALOG (rbd_gpx_times_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RbdGpxTimesDialog, rbd_gpx_times_dialog, RBD, GPX_TIMES_DIALOG,
                      AdwMessageDialog)

RbdGpxTimesDialog *rbd_gpx_times_dialog_new          (GtkWindow         *parent,
                                                      const char        *file_name,
                                                      const char        *distance,
                                                      GDateTime         *default_start);
GDateTime         *rbd_gpx_times_dialog_dup_start    (RbdGpxTimesDialog *self);
int                rbd_gpx_times_dialog_get_duration (RbdGpxTimesDialog *self);
void               rbd_gpx_times_dialog_set_duration (RbdGpxTimesDialog *self,
                                                      int                seconds);

G_END_DECLS
