/* rbd-checkin-reminder.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-log-util.h"
#include "rbd-notifier.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_CHECKIN_REMINDER_ID    "checkin-reminder"
#define RBD_CHECKIN_REMINDER_HOUR  6

#define RBD_TYPE_CHECKIN_REMINDER (rbd_checkin_reminder_get_type ())

G_DECLARE_FINAL_TYPE (RbdCheckinReminder, rbd_checkin_reminder, RBD, CHECKIN_REMINDER, GObject)

RbdCheckinReminder *rbd_checkin_reminder_new          (RbdStore           *store,
                                                       RbdNotifier        *notifier);
void                rbd_checkin_reminder_set_now_func (RbdCheckinReminder *self,
                                                       RbdLogNowFunc       func,
                                                       gpointer            user_data);
void                rbd_checkin_reminder_set_notifier (RbdCheckinReminder *self,
                                                       RbdNotifier        *notifier);
void                rbd_checkin_reminder_start        (RbdCheckinReminder *self);
void                rbd_checkin_reminder_check        (RbdCheckinReminder *self);

G_END_DECLS
