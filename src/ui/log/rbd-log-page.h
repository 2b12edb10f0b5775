/* rbd-log-page.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "rbd-checkin-reminder.h"
#include "rbd-log-util.h"
#include "rbd-notifier.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_LOG_PAGE (rbd_log_page_get_type ())

G_DECLARE_FINAL_TYPE (RbdLogPage, rbd_log_page, RBD, LOG_PAGE, GtkWidget)

GtkWidget          *rbd_log_page_new               (RbdStore          *store,
                                                    RbdNotifier       *notifier);
RbdStore           *rbd_log_page_get_store         (RbdLogPage        *self);
void                rbd_log_page_set_notifier      (RbdLogPage        *self,
                                                    RbdNotifier       *notifier);

void                rbd_log_page_log_planned       (RbdLogPage        *self,
                                                    RbdPlannedSession *planned);
void                rbd_log_page_import_file       (RbdLogPage        *self,
                                                    GFile             *file);
void                rbd_log_page_show_session      (RbdLogPage        *self,
                                                    RbdSession        *session);

/* For tests and screenshots: the page's clock, map tiles, and parts. */
void                rbd_log_page_set_now_func      (RbdLogPage        *self,
                                                    RbdLogNowFunc      func,
                                                    gpointer           user_data);
void                rbd_log_page_set_tile_source   (RbdLogPage        *self,
                                                    ShumateDataSource *source);
RbdCheckinReminder *rbd_log_page_get_reminder      (RbdLogPage        *self);
GListModel         *rbd_log_page_get_history       (RbdLogPage        *self);

G_END_DECLS
