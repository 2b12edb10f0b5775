/* rbd-routine.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-routine.h"
#include "rbd-routine-step.h"

/* A cool-down, drill, stretch or mobility routine: a name and its steps in
 * order. A change to a step counts as a change to the routine. */
struct _RbdRoutine
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdRoutine, rbd_routine, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",          RBD_FIELD_ID,     N_("ID"),          0, 0, TRUE },
  { "name",        RBD_FIELD_STRING, N_("Name"),        0, 0, FALSE },
  { "focus",       RBD_FIELD_STRING, N_("Focus"),       0, 0, FALSE },
  { "description", RBD_FIELD_STRING, N_("Description"), 0, 0, FALSE },
};

static void
rbd_routine_class_init (RbdRoutineClass *klass)
{
  RbdRecordClass *record_class = RBD_RECORD_CLASS (klass);

  rbd_record_class_install_fields (record_class, "routines", fields, G_N_ELEMENTS (fields));
  rbd_record_class_set_children (record_class, "steps", RBD_TYPE_ROUTINE_STEP);
}

static void
rbd_routine_init (RbdRoutine *self)
{
}

RbdRoutine *
rbd_routine_new (void)
{
  RbdRoutine *self = g_object_new (RBD_TYPE_ROUTINE, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}

/**
 * rbd_routine_get_steps:
 *
 * Returns: (transfer none): the steps, in order
 */
GListStore *
rbd_routine_get_steps (RbdRoutine *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE (self), NULL);

  return rbd_record_get_children (RBD_RECORD (self));
}

int
rbd_routine_get_total_s (RbdRoutine *self)
{
  GListModel *steps;
  guint n;
  int total = 0;

  g_return_val_if_fail (RBD_IS_ROUTINE (self), 0);

  steps = G_LIST_MODEL (rbd_routine_get_steps (self));
  n = g_list_model_get_n_items (steps);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (steps, i);
      int duration = rbd_record_get_int (step, "duration_s");
      int sides = rbd_record_get_int (step, "sides");

      if (duration > 0)
        total += duration * MAX (sides, 1);
    }

  return total;
}
