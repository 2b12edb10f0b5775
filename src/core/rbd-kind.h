/* rbd-kind.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The kinds of session, in the order the editor lists them. The enum nicks
 * ("rest", "cross", ...) are the document's `kind` strings. */
typedef enum
{
  RBD_KIND_REST,
  RBD_KIND_RECOVERY,
  RBD_KIND_EASY,
  RBD_KIND_LONG,
  RBD_KIND_TEMPO,
  RBD_KIND_INTERVAL,
  RBD_KIND_HILLS,
  RBD_KIND_RACE,
  RBD_KIND_CROSS,
  RBD_KIND_STRENGTH,
  RBD_KIND_MOBILITY,
} RbdKind;

#define RBD_N_KINDS (RBD_KIND_MOBILITY + 1)

const char *rbd_kind_to_string     (RbdKind     kind);
gboolean    rbd_kind_from_string   (const char *string,
                                    RbdKind    *kind);
const char *rbd_kind_get_label     (RbdKind     kind);
gboolean    rbd_kind_is_hard       (RbdKind     kind);
gboolean    rbd_kind_is_light      (RbdKind     kind);

G_END_DECLS
