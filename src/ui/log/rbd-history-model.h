/* rbd-history-model.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RBD_TYPE_HISTORY_MODEL (rbd_history_model_get_type ())

G_DECLARE_FINAL_TYPE (RbdHistoryModel, rbd_history_model, RBD, HISTORY_MODEL, GObject)

RbdHistoryModel *rbd_history_model_new               (GListModel      *sessions,
                                                      GDateWeekday     first_weekday);
void             rbd_history_model_set_first_weekday (RbdHistoryModel *self,
                                                      GDateWeekday     first_weekday);
gboolean         rbd_history_model_find              (RbdHistoryModel *self,
                                                      gpointer         item,
                                                      guint           *position);
void             rbd_history_model_refresh           (RbdHistoryModel *self);
void             rbd_history_model_rebind_all        (RbdHistoryModel *self);

G_END_DECLS
