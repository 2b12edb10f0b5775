/* rbd-profile.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_PROFILE (rbd_profile_get_type ())

G_DECLARE_FINAL_TYPE (RbdProfile, rbd_profile, RBD, PROFILE, RbdRecord)

RbdProfile *rbd_profile_new (void);

double rbd_profile_get_body_mass_kg (RbdProfile *self);
int    rbd_profile_get_rest_hr_bpm  (RbdProfile *self);
int    rbd_profile_get_max_hr_bpm   (RbdProfile *self);

G_END_DECLS
