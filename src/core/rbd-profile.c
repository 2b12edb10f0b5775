/* rbd-profile.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-profile"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-profile.h"

/* The runner's own numbers that the calculators use. */
struct _RbdProfile
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdProfile, rbd_profile, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "body_mass_kg",  RBD_FIELD_DOUBLE,   N_("Body mass"),             MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "rest_hr_bpm",   RBD_FIELD_INT,      N_("Resting heart rate"),    25, 150, FALSE },
  { "max_hr_bpm",    RBD_FIELD_INT,      N_("Maximum heart rate"),    100, 250, FALSE },
};

static void
rbd_profile_class_init (RbdProfileClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "profile",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_profile_init (RbdProfile *self)
{
}

RbdProfile *
rbd_profile_new (void)
{
  return g_object_new (RBD_TYPE_PROFILE, NULL);
}

double
rbd_profile_get_body_mass_kg (RbdProfile *self)
{
  g_return_val_if_fail (RBD_IS_PROFILE (self), RBD_UNSET);

  return rbd_record_get_double (RBD_RECORD (self), "body_mass_kg");
}

int
rbd_profile_get_rest_hr_bpm (RbdProfile *self)
{
  g_return_val_if_fail (RBD_IS_PROFILE (self), RBD_UNSET);

  return rbd_record_get_int (RBD_RECORD (self), "rest_hr_bpm");
}

int
rbd_profile_get_max_hr_bpm (RbdProfile *self)
{
  g_return_val_if_fail (RBD_IS_PROFILE (self), RBD_UNSET);

  return rbd_record_get_int (RBD_RECORD (self), "max_hr_bpm");
}
