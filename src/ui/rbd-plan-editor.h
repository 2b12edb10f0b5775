/* rbd-plan-editor.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-planned-session.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_EDITOR (rbd_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanEditor, rbd_plan_editor, RBD, PLAN_EDITOR, AdwWindow)

RbdPlanEditor     *rbd_plan_editor_new         (RbdStore          *store,
                                                RbdPlannedSession *session,
                                                const GDate       *day,
                                                gboolean           imperial);
RbdPlannedSession *rbd_plan_editor_get_session (RbdPlanEditor     *self);

G_END_DECLS
