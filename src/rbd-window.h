/* rbd-window.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-notifier.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_WINDOW (rbd_window_get_type ())

G_DECLARE_FINAL_TYPE (RbdWindow, rbd_window, RBD, WINDOW, AdwApplicationWindow)

RbdWindow  *rbd_window_new             (GtkApplication *application,
                                        RbdStore       *store);
RbdStore   *rbd_window_get_store       (RbdWindow      *self);
const char *rbd_window_get_visible_page (RbdWindow     *self);
void        rbd_window_add_toast       (RbdWindow      *self,
                                        AdwToast       *toast);
RbdNotifier *rbd_window_get_notifier   (RbdWindow      *self);
void        rbd_window_set_notifier    (RbdWindow      *self,
                                        RbdNotifier    *notifier);

G_END_DECLS
