/* rbd-session.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_SESSION (rbd_session_get_type ())

G_DECLARE_FINAL_TYPE (RbdSession, rbd_session, RBD, SESSION, RbdRecord)

RbdSession *rbd_session_new (void);

G_END_DECLS
