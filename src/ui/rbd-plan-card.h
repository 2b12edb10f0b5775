/* rbd-plan-card.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-plan-util.h"
#include "rbd-planned-session.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_CARD (rbd_plan_card_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanCard, rbd_plan_card, RBD, PLAN_CARD, GtkButton)

GtkWidget         *rbd_plan_card_new         (RbdPlannedSession *session,
                                              gboolean           imperial);
RbdPlannedSession *rbd_plan_card_get_session (RbdPlanCard       *self);
void               rbd_plan_card_set_session (RbdPlanCard       *self,
                                              RbdPlannedSession *session,
                                              gboolean           imperial);
void               rbd_plan_card_update      (RbdPlanCard       *self,
                                              gboolean           imperial);
void               rbd_plan_card_set_editable (RbdPlanCard      *self,
                                               gboolean          editable);
RbdPlanStatus      rbd_plan_card_get_status  (RbdPlanCard       *self);
void               rbd_plan_card_set_status  (RbdPlanCard       *self,
                                              RbdPlanStatus      status);

G_END_DECLS
