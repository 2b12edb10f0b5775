/* rbd-application.h
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

#define RBD_TYPE_APPLICATION (rbd_application_get_type ())

G_DECLARE_FINAL_TYPE (RbdApplication, rbd_application, RBD, APPLICATION, AdwApplication)

RbdApplication *rbd_application_new       (const char        *application_id,
                                           GApplicationFlags  flags);
RbdStore       *rbd_application_get_store (RbdApplication    *self);
RbdNotifier    *rbd_application_get_notifier (RbdApplication *self);

G_END_DECLS
