/* rbd-recovery-timeline.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-fuel.h"
#include "rbd-record.h"

G_BEGIN_DECLS

/* The post-run timeline of DOMAIN.md: what to eat, drink and do in the
 * hours after a long run or a hard workout, with clock times from the
 * finish and the runner's own amounts. */

#define RBD_TIMELINE_N_STEPS 6
#define RBD_TIMELINE_LENGTH  (180 * G_TIME_SPAN_MINUTE)

/* One step: when to remind (the start of its window), when it is due,
 * and what it says. Times are local. */
typedef struct
{
  guint      index;
  GTimeSpan  remind_offset;   /* after the finish */
  GTimeSpan  due_offset;
  GDateTime *remind_at;
  GDateTime *due;
  char      *when;            /* "By 10:10", "Around 11:10" */
  char      *title;           /* "Recovery snack" */
  char      *body;            /* what to do, with the amounts */
} RbdTimelineStep;

void       rbd_timeline_step_free              (RbdTimelineStep *step);
char      *rbd_timeline_step_dup_heading       (const RbdTimelineStep *step);

GPtrArray *rbd_recovery_timeline_build_steps   (GDateTime       *finish,
                                                double           body_mass_kg,
                                                RbdUnits         units);
char      *rbd_format_clock_time               (GDateTime       *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdTimelineStep, rbd_timeline_step_free)

#define RBD_TYPE_RECOVERY_TIMELINE (rbd_recovery_timeline_get_type ())

G_DECLARE_FINAL_TYPE (RbdRecoveryTimeline, rbd_recovery_timeline,
                      RBD, RECOVERY_TIMELINE, RbdRecord)

RbdRecoveryTimeline *rbd_recovery_timeline_new              (GDateTime           *finish,
                                                             double               body_mass_kg);

GDateTime           *rbd_recovery_timeline_dup_finish       (RbdRecoveryTimeline *self);
GDateTime           *rbd_recovery_timeline_dup_end          (RbdRecoveryTimeline *self);
double               rbd_recovery_timeline_get_body_mass_kg (RbdRecoveryTimeline *self);
gboolean             rbd_recovery_timeline_get_cancelled    (RbdRecoveryTimeline *self);
void                 rbd_recovery_timeline_cancel           (RbdRecoveryTimeline *self);
gboolean             rbd_recovery_timeline_get_step_ticked  (RbdRecoveryTimeline *self,
                                                             guint                index);
void                 rbd_recovery_timeline_set_step_ticked  (RbdRecoveryTimeline *self,
                                                             guint                index,
                                                             gboolean             ticked);
gboolean             rbd_recovery_timeline_get_all_ticked   (RbdRecoveryTimeline *self);
gboolean             rbd_recovery_timeline_is_running       (RbdRecoveryTimeline *self,
                                                             GDateTime           *now);
int                  rbd_recovery_timeline_get_current_step (RbdRecoveryTimeline *self,
                                                             GDateTime           *now);
GPtrArray           *rbd_recovery_timeline_dup_steps        (RbdRecoveryTimeline *self,
                                                             RbdUnits             units);

RbdRecoveryTimeline *rbd_recovery_timelines_find_running    (GListModel          *timelines,
                                                             GDateTime           *now);

G_END_DECLS
