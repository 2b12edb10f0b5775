/* rbd-session.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-session.h"

/* A session that was done: what, how long, how hard, how it felt. */
struct _RbdSession
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdSession, rbd_session, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",              RBD_FIELD_ID,       N_("ID"),                    0, 0, TRUE },
  { "planned_id",      RBD_FIELD_REF,      N_("Planned session"),       0, 0, FALSE },
  { "start",           RBD_FIELD_DATETIME, N_("Start"),                 0, 0, TRUE },
  { "kind",            RBD_FIELD_KIND,     N_("Kind"),                  0, 0, TRUE },
  { "duration_s",      RBD_FIELD_INT,      N_("Duration"),              0, MAX_DURATION_S, FALSE },
  { "distance_m",      RBD_FIELD_DOUBLE,   N_("Distance"),              0, MAX_DISTANCE_M, FALSE },
  { "rpe",             RBD_FIELD_INT,      N_("RPE"),                   1, 10, FALSE },
  { "avg_hr_bpm",      RBD_FIELD_INT,      N_("Average heart rate"),    25, 250, FALSE },
  { "soreness",        RBD_FIELD_INT,      N_("Soreness"),              0, 10, FALSE },
  { "notes",           RBD_FIELD_STRING,   N_("Notes"),                 0, 0, FALSE },
  { "mass_before_kg",  RBD_FIELD_DOUBLE,   N_("Mass before"),           MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "mass_after_kg",   RBD_FIELD_DOUBLE,   N_("Mass after"),            MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "fluid_ml",        RBD_FIELD_DOUBLE,   N_("Fluid drunk"),           0, MAX_FLUID_ML, FALSE },
  { "route",           RBD_FIELD_STRING,   N_("Route"),                 0, 0, FALSE },
  { "shoe_id",         RBD_FIELD_REF,      N_("Shoes"),                 0, 0, FALSE },
};

static void
rbd_session_class_init (RbdSessionClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "sessions",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_session_init (RbdSession *self)
{
}

RbdSession *
rbd_session_new (void)
{
  RbdSession *self = g_object_new (RBD_TYPE_SESSION, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}
