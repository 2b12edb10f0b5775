/* rbd-help-window.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RBD_TYPE_HELP_WINDOW (rbd_help_window_get_type ())

G_DECLARE_FINAL_TYPE (RbdHelpWindow, rbd_help_window, RBD, HELP_WINDOW, AdwPreferencesWindow)

GtkWidget *rbd_help_window_new       (void);
void       rbd_help_window_show_page (RbdHelpWindow *self,
                                      const char    *name);

G_END_DECLS
