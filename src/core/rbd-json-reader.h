/* rbd-json-reader.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A strict JSON (RFC 8259) pull reader over text in memory.
 *
 * The document loader reads ten years of data with it in a few
 * milliseconds: members are read straight into records instead of first
 * building a JsonNode tree (which json-glib takes well over 50 ms for).
 * Values the loader does not read itself (unknown members) come out as
 * JsonNode. Errors carry the line and column. */

typedef enum
{
  RBD_JSON_NONE,
  RBD_JSON_NULL,
  RBD_JSON_BOOLEAN,
  RBD_JSON_INT,
  RBD_JSON_DOUBLE,
  RBD_JSON_STRING,
  RBD_JSON_OBJECT,
  RBD_JSON_ARRAY,
} RbdJsonType;

/* A scalar value, as read. */
typedef struct
{
  RbdJsonType  type;
  gboolean     boolean;
  gint64       integer;
  double       number;    /* also set for RBD_JSON_INT */
  const char  *string;    /* valid until the next read */
  const char  *raw;       /* the value's text in the input */
  gsize        raw_length;
} RbdJsonScalar;

typedef struct _RbdJsonReader RbdJsonReader;

RbdJsonReader *rbd_json_reader_new            (const char     *text,
                                               gsize           length);
void           rbd_json_reader_free           (RbdJsonReader  *self);

gboolean       rbd_json_reader_failed         (RbdJsonReader  *self);
const GError  *rbd_json_reader_get_error      (RbdJsonReader  *self);
RbdJsonType    rbd_json_reader_peek           (RbdJsonReader  *self);

gboolean       rbd_json_reader_begin_object   (RbdJsonReader  *self);
gboolean       rbd_json_reader_next_member    (RbdJsonReader  *self,
                                               const char    **name);
gboolean       rbd_json_reader_begin_array    (RbdJsonReader  *self);
gboolean       rbd_json_reader_next_element   (RbdJsonReader  *self);

gboolean       rbd_json_reader_read_scalar    (RbdJsonReader  *self,
                                               RbdJsonScalar  *scalar);
JsonNode      *rbd_json_reader_read_node      (RbdJsonReader  *self);
gboolean       rbd_json_reader_skip           (RbdJsonReader  *self);
gboolean       rbd_json_reader_end            (RbdJsonReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdJsonReader, rbd_json_reader_free)

G_END_DECLS
