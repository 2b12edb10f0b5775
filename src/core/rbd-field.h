/* rbd-field.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Not recorded" for every optional number in the document. A missing JSON
 * member loads as this; it is never written back. */
#define RBD_UNSET (-1)

typedef enum
{
  RBD_FIELD_STRING,     /* free text */
  RBD_FIELD_ID,         /* non-empty text, generated when missing on new items */
  RBD_FIELD_REF,        /* id of another item, or unset (JSON null) */
  RBD_FIELD_DATE,       /* ISO 8601 local date, 2026-11-30 */
  RBD_FIELD_DATETIME,   /* ISO 8601 instant with offset */
  RBD_FIELD_KIND,       /* RbdKind, written as its nick */
  RBD_FIELD_INT,        /* whole number in [min, max], or RBD_UNSET */
  RBD_FIELD_DOUBLE,     /* number in [min, max], or RBD_UNSET */
  RBD_FIELD_BOOLEAN,
} RbdFieldType;

/* One member of a record: its JSON name (the property name is the same with
 * '-' for '_'), what it holds, its valid range, and whether an item without
 * it is complete. */
typedef struct
{
  const char   *name;
  RbdFieldType  type;
  const char   *label;      /* translatable, for messages: "RPE", "Body mass" */
  double        min;
  double        max;
  gboolean      required;
} RbdField;

G_END_DECLS
