/* rbd-plan-welcome.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_WELCOME (rbd_plan_welcome_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanWelcome, rbd_plan_welcome, RBD, PLAN_WELCOME, GtkWidget)

GtkWidget *rbd_plan_welcome_new       (void);
RbdStore  *rbd_plan_welcome_get_store (RbdPlanWelcome *self);
void       rbd_plan_welcome_set_store (RbdPlanWelcome *self,
                                       RbdStore       *store);

G_END_DECLS
