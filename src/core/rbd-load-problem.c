/* rbd-load-problem.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-load-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-load-problem.h"

G_DEFINE_BOXED_TYPE (RbdLoadProblem, rbd_load_problem,
                     rbd_load_problem_copy, rbd_load_problem_free)

RbdLoadProblem *
rbd_load_problem_copy (const RbdLoadProblem *self)
{
  RbdLoadProblem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RbdLoadProblem, 1);
  copy->collection = g_strdup (self->collection);
  copy->index = self->index;
  copy->item_id = g_strdup (self->item_id);
  copy->field = g_strdup (self->field);
  copy->value = g_strdup (self->value);
  copy->message = g_strdup (self->message);
  copy->item_skipped = self->item_skipped;

  return copy;
}

void
rbd_load_problem_free (RbdLoadProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->collection);
  g_free (self->item_id);
  g_free (self->field);
  g_free (self->value);
  g_free (self->message);
  g_free (self);
}

/* "sessions item 4 (id 9f1c…): rpe = 14: RPE must be between 1 and 10" */
char *
rbd_load_problem_to_string (const RbdLoadProblem *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);

  if (self->collection != NULL && self->index >= 0)
    /* Translators: a position in a list of the document, counted from 1 */
    g_string_append_printf (out, _("%s item %d"), self->collection, self->index + 1);
  else if (self->collection != NULL)
    g_string_append (out, self->collection);
  else
    g_string_append (out, _("document"));

  if (self->item_id != NULL)
    g_string_append_printf (out, " (id %s)", self->item_id);

  if (self->field != NULL)
    {
      g_string_append_printf (out, ": %s", self->field);
      if (self->value != NULL)
        g_string_append_printf (out, " = %s", self->value);
    }

  if (self->message != NULL)
    g_string_append_printf (out, ": %s", self->message);

  if (self->item_skipped)
    g_string_append_printf (out, " (%s)", _("item not loaded; the original is in the broken-file copy"));

  return g_string_free (out, FALSE);
}

void
rbd_load_context_add (RbdLoadContext *context,
                      const char     *field,
                      const char     *value,
                      gboolean        item_skipped,
                      const char     *message)
{
  RbdLoadProblem *problem;

  g_return_if_fail (context != NULL);
  g_return_if_fail (context->problems != NULL);

  problem = g_new0 (RbdLoadProblem, 1);
  problem->collection = g_strdup (context->collection);
  problem->index = context->index;
  problem->item_id = g_strdup (context->item_id);
  if (context->field_prefix != NULL && field != NULL)
    problem->field = g_strconcat (context->field_prefix, field, NULL);
  else
    problem->field = g_strdup (field != NULL ? field : context->field_prefix);
  problem->value = g_strdup (value);
  problem->message = g_strdup (message);
  problem->item_skipped = item_skipped;

  g_ptr_array_add (context->problems, problem);
}
