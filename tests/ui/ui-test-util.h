/* ui-test-util.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Finding widgets in a real widget tree, as the widget tests do. */
char      *ui_test_strip_mnemonic  (const char *text);
GtkWidget *ui_test_find_widget     (GtkWidget  *root,
                                    GType       type,
                                    const char *title);
void       ui_test_collect_widgets (GtkWidget  *root,
                                    GType       type,
                                    GPtrArray  *out);
void       ui_test_collect_labels  (GtkWidget  *root,
                                    GString    *out);

G_END_DECLS
