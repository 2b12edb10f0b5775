/* rbd-routine-run.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-run"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-routine-run.h"

/* Far more steps than any routine has: a bound against nonsense only. */
#define MAX_STEPS 1000

struct _RbdRoutineRun
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdRoutineRun, rbd_routine_run, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",              RBD_FIELD_ID,       N_("ID"),              0, 0,         TRUE },
  { "routine_id",      RBD_FIELD_REF,      N_("Routine"),         0, 0,         FALSE },
  { "routine_name",    RBD_FIELD_STRING,   N_("Routine name"),    0, 0,         FALSE },
  { "start",           RBD_FIELD_DATETIME, N_("Start"),           0, 0,         TRUE },
  { "end",             RBD_FIELD_DATETIME, N_("End"),             0, 0,         FALSE },
  { "finished",        RBD_FIELD_BOOLEAN,  N_("Finished"),        0, 0,         FALSE },
  { "stopped_at_step", RBD_FIELD_INT,      N_("Stopped at step"), 1, MAX_STEPS, FALSE },
};

/* The document's instants keep their offset ("+01:00"); whole seconds are
 * enough for a history. */
static void
set_datetime (RbdRecord  *record,
              const char *field,
              GDateTime  *datetime)
{
  g_autofree char *text = g_date_time_format (datetime, "%Y-%m-%dT%H:%M:%S%:z");

  rbd_record_set_string (record, field, text);
}

static void
rbd_routine_run_class_init (RbdRoutineRunClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "routine_runs",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_routine_run_init (RbdRoutineRun *self)
{
}

RbdRoutineRun *
rbd_routine_run_new (void)
{
  RbdRoutineRun *self = g_object_new (RBD_TYPE_ROUTINE_RUN, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}

/**
 * rbd_routine_run_new_for:
 * @start: when the routine was started
 *
 * A new run of @routine (with a fresh id), not finished until marked so.
 */
RbdRoutineRun *
rbd_routine_run_new_for (RbdRoutine *routine,
                         GDateTime  *start)
{
  RbdRoutineRun *self;
  RbdRecord *record;
  const char *name;

  g_return_val_if_fail (RBD_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  self = rbd_routine_run_new ();
  record = RBD_RECORD (self);

  rbd_record_set_string (record, "routine_id", rbd_record_get_id (RBD_RECORD (routine)));
  name = rbd_record_get_string (RBD_RECORD (routine), "name");
  if (name != NULL)
    rbd_record_set_string (record, "routine_name", name);
  set_datetime (record, "start", start);
  rbd_record_set_boolean (record, "finished", FALSE);

  return self;
}

void
rbd_routine_run_mark_finished (RbdRoutineRun *self,
                               GDateTime     *end)
{
  RbdRecord *record;

  g_return_if_fail (RBD_IS_ROUTINE_RUN (self));
  g_return_if_fail (end != NULL);

  record = RBD_RECORD (self);
  set_datetime (record, "end", end);
  rbd_record_set_boolean (record, "finished", TRUE);
  rbd_record_unset (record, "stopped_at_step");
}

void
rbd_routine_run_mark_stopped (RbdRoutineRun *self,
                              GDateTime     *end,
                              int            step_index)
{
  RbdRecord *record;

  g_return_if_fail (RBD_IS_ROUTINE_RUN (self));
  g_return_if_fail (end != NULL);
  g_return_if_fail (step_index >= 0 && step_index < MAX_STEPS);

  record = RBD_RECORD (self);
  set_datetime (record, "end", end);
  rbd_record_set_boolean (record, "finished", FALSE);
  rbd_record_set_int (record, "stopped_at_step", step_index + 1);
}
