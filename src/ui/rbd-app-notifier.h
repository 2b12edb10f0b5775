/* rbd-app-notifier.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-notifier.h"

G_BEGIN_DECLS

#define RBD_TYPE_APP_NOTIFIER (rbd_app_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RbdAppNotifier, rbd_app_notifier, RBD, APP_NOTIFIER, GObject)

RbdNotifier    *rbd_app_notifier_new             (GtkApplication *application);
GtkApplication *rbd_app_notifier_get_application (RbdAppNotifier *self);

G_END_DECLS
