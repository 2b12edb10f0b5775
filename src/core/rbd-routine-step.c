/* rbd-routine-step.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-step"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-routine-step.h"

/* One step of a routine: a stretch, drill or jog, timed, on one or both sides. */
struct _RbdRoutineStep
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdRoutineStep, rbd_routine_step, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "name",          RBD_FIELD_STRING,   N_("Name"),                  0, 0, FALSE },
  { "instructions",  RBD_FIELD_STRING,   N_("Instructions"),          0, 0, FALSE },
  { "duration_s",    RBD_FIELD_INT,      N_("Duration"),              1, MAX_STEP_S, FALSE },
  { "sides",         RBD_FIELD_INT,      N_("Sides"),                 1, 2, FALSE },
};

static void
rbd_routine_step_class_init (RbdRoutineStepClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "steps",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_routine_step_init (RbdRoutineStep *self)
{
}

RbdRoutineStep *
rbd_routine_step_new (void)
{
  return g_object_new (RBD_TYPE_ROUTINE_STEP, NULL);
}
