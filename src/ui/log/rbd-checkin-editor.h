/* rbd-checkin-editor.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-checkin.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_CHECKIN_EDITOR (rbd_checkin_editor_get_type ())

G_DECLARE_FINAL_TYPE (RbdCheckinEditor, rbd_checkin_editor, RBD, CHECKIN_EDITOR, AdwWindow)

/* Signals:
 *   "saved" (RbdCheckin *checkin, gboolean is_new): the check-in as
 *     saved, already in the store. */

RbdCheckinEditor *rbd_checkin_editor_new         (RbdStore         *store,
                                                  const GDate      *date);
RbdCheckin       *rbd_checkin_find_for_date      (RbdStore         *store,
                                                  const GDate      *date);
void              rbd_checkin_editor_get_date    (RbdCheckinEditor *self,
                                                  GDate            *date);
gboolean          rbd_checkin_editor_is_valid    (RbdCheckinEditor *self);

G_END_DECLS
