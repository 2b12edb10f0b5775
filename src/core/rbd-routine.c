/* rbd-routine.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-json-writer.h"
#include "rbd-routine.h"
#include "rbd-routine-step.h"

/* A cool-down, drill, stretch or mobility routine: a name and its steps in
 * order. A change to a step counts as a change to the routine. */
struct _RbdRoutine
{
  RbdRecord     parent_instance;

  GListStore   *steps;
  RbdOwnerLink *steps_link;
};

G_DEFINE_FINAL_TYPE (RbdRoutine, rbd_routine, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",   RBD_FIELD_ID,     N_("Id"),   0, 0, TRUE },
  { "name", RBD_FIELD_STRING, N_("Name"), 0, 0, FALSE },
};

static void
on_step_changed (gpointer   owner,
                 RbdRecord *step)
{
  rbd_record_emit_changed (RBD_RECORD (owner));
}

static void
on_steps_items_changed_cb (RbdRoutine *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *steps)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (steps, i);

      rbd_record_set_owner_link (step, self->steps_link);
    }

  rbd_record_emit_changed (RBD_RECORD (self));
}

static gboolean
rbd_routine_read_member (RbdRecord      *record,
                         const char     *name,
                         JsonNode       *node,
                         RbdLoadContext *context)
{
  RbdRoutine *self = RBD_ROUTINE (record);
  g_autoptr(GPtrArray) steps = NULL;
  const char *saved_prefix;
  JsonArray *array;
  guint n;

  if (!g_str_equal (name, "steps"))
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      rbd_load_context_add (context, "steps", NULL, FALSE, _("Steps must be a list"));
      return TRUE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  steps = g_ptr_array_new_full (n, g_object_unref);
  saved_prefix = context->field_prefix;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("steps[%u].", i);
      RbdRecord *step;

      context->field_prefix = prefix;
      step = rbd_record_new_from_json (RBD_TYPE_ROUTINE_STEP,
                                       json_array_get_element (array, i), context);
      context->field_prefix = saved_prefix;

      if (step != NULL)
        g_ptr_array_add (steps, step);
    }

  g_list_store_splice (self->steps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->steps)),
                       steps->pdata, steps->len);

  return TRUE;
}

static void
rbd_routine_write_members (RbdRecord *record,
                           GString   *out,
                           gboolean  *first)
{
  RbdRoutine *self = RBD_ROUTINE (record);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));

  rbd_json_write_member (out, first, "steps");
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, rbd_record_get_json_text (step));
    }
  g_string_append_c (out, ']');
}

static void
rbd_routine_dispose (GObject *object)
{
  RbdRoutine *self = (RbdRoutine *)object;

  if (self->steps_link != NULL)
    rbd_owner_link_detach (self->steps_link);
  g_clear_object (&self->steps);

  G_OBJECT_CLASS (rbd_routine_parent_class)->dispose (object);
}

static void
rbd_routine_finalize (GObject *object)
{
  RbdRoutine *self = (RbdRoutine *)object;

  g_clear_pointer (&self->steps_link, rbd_owner_link_unref);

  G_OBJECT_CLASS (rbd_routine_parent_class)->finalize (object);
}

static void
rbd_routine_class_init (RbdRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RbdRecordClass *record_class = RBD_RECORD_CLASS (klass);

  object_class->dispose = rbd_routine_dispose;
  object_class->finalize = rbd_routine_finalize;

  record_class->read_member = rbd_routine_read_member;
  record_class->write_members = rbd_routine_write_members;

  rbd_record_class_install_fields (record_class, "routines", fields, G_N_ELEMENTS (fields));
}

static void
rbd_routine_init (RbdRoutine *self)
{
  self->steps = g_list_store_new (RBD_TYPE_ROUTINE_STEP);
  self->steps_link = rbd_owner_link_new (self, on_step_changed);
  g_signal_connect_object (self->steps, "items-changed",
                           G_CALLBACK (on_steps_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
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

  return self->steps;
}

int
rbd_routine_get_total_s (RbdRoutine *self)
{
  guint n;
  int total = 0;

  g_return_val_if_fail (RBD_IS_ROUTINE (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);
      int duration = rbd_record_get_int (step, "duration_s");
      int sides = rbd_record_get_int (step, "sides");

      if (duration > 0)
        total += duration * MAX (sides, 1);
    }

  return total;
}
