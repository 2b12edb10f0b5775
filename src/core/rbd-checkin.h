/* rbd-checkin.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_CHECKIN (rbd_checkin_get_type ())

G_DECLARE_FINAL_TYPE (RbdCheckin, rbd_checkin, RBD, CHECKIN, RbdRecord)

RbdCheckin *rbd_checkin_new (void);

G_END_DECLS
