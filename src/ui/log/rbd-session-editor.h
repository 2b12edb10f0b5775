/* rbd-session-editor.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-log-util.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_SESSION_EDITOR (rbd_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (RbdSessionEditor, rbd_session_editor, RBD, SESSION_EDITOR, AdwWindow)

/* Signals:
 *   "saved" (RbdSession *session, RbdSession *before): the session as
 *     saved, already in the store; @before is a copy of it as it was, or
 *     NULL for a new one. */

RbdSessionEditor *rbd_session_editor_new         (RbdStore          *store,
                                                  RbdSession        *session,
                                                  gboolean           imperial,
                                                  RbdLogNowFunc      now_func,
                                                  gpointer           now_data);
void              rbd_session_editor_set_planned (RbdSessionEditor  *self,
                                                  RbdPlannedSession *planned);
RbdSession       *rbd_session_editor_get_session (RbdSessionEditor  *self);
gboolean          rbd_session_editor_is_valid    (RbdSessionEditor  *self);

G_END_DECLS
