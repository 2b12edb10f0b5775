/* rbd-planned-session.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLANNED_SESSION (rbd_planned_session_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlannedSession, rbd_planned_session, RBD, PLANNED_SESSION, RbdRecord)

RbdPlannedSession *rbd_planned_session_new (void);

G_END_DECLS
