/* rbd-template-session.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_TEMPLATE_SESSION (rbd_template_session_get_type ())

G_DECLARE_FINAL_TYPE (RbdTemplateSession, rbd_template_session, RBD, TEMPLATE_SESSION, RbdRecord)

/* One session of a week template: a weekday (1 Monday .. 7 Sunday, ISO
 * 8601), a kind, and what a planned session has besides its date. */
RbdTemplateSession *rbd_template_session_new (void);

G_END_DECLS
