/* rbd-json-writer.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Compact JSON text, written by hand rather than with JsonGenerator so that
 * numbers come out in their shortest exact form (70.4, not
 * 70.400000000000006) and records can be cached as text between saves. */
void rbd_json_write_string (GString    *out,
                            const char *string);
void rbd_json_write_double (GString    *out,
                            double      value);
void rbd_json_write_node   (GString    *out,
                            JsonNode   *node);
void rbd_json_write_member (GString    *out,
                            gboolean   *first,
                            const char *name);

G_END_DECLS
