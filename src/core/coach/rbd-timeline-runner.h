/* rbd-timeline-runner.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-notifier.h"
#include "rbd-recovery-timeline.h"

G_BEGIN_DECLS

/* The id of the one reminder a running timeline shows; each step's
 * reminder replaces the one before. */
#define RBD_TIMELINE_NOTIFICATION_ID "recovery-timeline"

/* The wall clock, injectable so that tests move time by hand. */
typedef GDateTime *(*RbdNowFunc) (gpointer user_data);

#define RBD_TYPE_TIMELINE_RUNNER (rbd_timeline_runner_get_type ())

G_DECLARE_FINAL_TYPE (RbdTimelineRunner, rbd_timeline_runner, RBD, TIMELINE_RUNNER, GObject)

RbdTimelineRunner   *rbd_timeline_runner_new              (GListModel        *timelines,
                                                           RbdNotifier       *notifier);

void                 rbd_timeline_runner_set_now_func     (RbdTimelineRunner *self,
                                                           RbdNowFunc         func,
                                                           gpointer           user_data,
                                                           GDestroyNotify     destroy);
GDateTime           *rbd_timeline_runner_dup_now          (RbdTimelineRunner *self);

RbdUnits             rbd_timeline_runner_get_units        (RbdTimelineRunner *self);
void                 rbd_timeline_runner_set_units        (RbdTimelineRunner *self,
                                                           RbdUnits           units);

RbdRecoveryTimeline *rbd_timeline_runner_get_timeline     (RbdTimelineRunner *self);
int                  rbd_timeline_runner_get_current_step (RbdTimelineRunner *self);
gboolean             rbd_timeline_runner_get_reminding    (RbdTimelineRunner *self);
GDateTime           *rbd_timeline_runner_dup_wakeup       (RbdTimelineRunner *self);

void                 rbd_timeline_runner_update           (RbdTimelineRunner *self);

G_END_DECLS
