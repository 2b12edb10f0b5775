/* rbd-preferences-window.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_PREFERENCES_WINDOW (rbd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RbdPreferencesWindow, rbd_preferences_window,
                      RBD, PREFERENCES_WINDOW, AdwPreferencesWindow)

RbdPreferencesWindow *rbd_preferences_window_new       (RbdStore             *store);
RbdStore             *rbd_preferences_window_get_store (RbdPreferencesWindow *self);
void                  rbd_preferences_window_focus_body_mass (RbdPreferencesWindow *self);

G_END_DECLS
