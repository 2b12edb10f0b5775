/* rbd-load-problem.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RBD_TYPE_LOAD_PROBLEM (rbd_load_problem_get_type ())

/* One value in the document that could not be used. */
typedef struct
{
  char     *collection;  /* "sessions", "profile", or NULL for the document */
  int       index;       /* position in the collection, -1 when not in one */
  char     *item_id;     /* the item's id when it has one */
  char     *field;       /* JSON member name */
  char     *value;       /* the offending value, as JSON text */
  char     *message;     /* why, in words (translated) */
  gboolean  item_skipped; /* a required member was bad: the item was not loaded */
} RbdLoadProblem;

GType           rbd_load_problem_get_type  (void) G_GNUC_CONST;
RbdLoadProblem *rbd_load_problem_copy      (const RbdLoadProblem *self);
void            rbd_load_problem_free      (RbdLoadProblem       *self);
char           *rbd_load_problem_to_string (const RbdLoadProblem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdLoadProblem, rbd_load_problem_free)

/* Where the loader is while it reads, so problems can say where they are. */
typedef struct
{
  const char *collection;
  int         index;
  const char *item_id;
  const char *field_prefix; /* "steps[2]." inside a routine */
  GPtrArray  *problems;   /* of RbdLoadProblem, owned by the caller */
} RbdLoadContext;

void rbd_load_context_add (RbdLoadContext *context,
                           const char     *field,
                           const char     *value,
                           gboolean        item_skipped,
                           const char     *message);

G_END_DECLS
