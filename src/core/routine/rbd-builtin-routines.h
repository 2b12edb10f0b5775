/* rbd-builtin-routines.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-routine.h"

G_BEGIN_DECLS

/* The routines that ship with the app (cool-downs, drills, stretches,
 * foam rolling, mobility, warm-up, wind-down), read from the core
 * resources with their texts translated. Their ids start with
 * "builtin-"; the cool-down ids are the ones rbd_cooldown_for_kind()
 * gives. Each has a "focus" (one of a fixed set of translated words, for
 * the list) and a one-sentence "description".
 *
 * Loading fails on any routine that is not fit to play (no steps, a step
 * without a name, instructions, duration or sides, an unknown focus...):
 * the data ships with the app, so that is a packaging bug, and the tests
 * catch it.
 * (transfer full) (element-type RbdRoutine) */
GListStore *rbd_builtin_routines_load       (GError     **error);

/* The routine in @routines with @id, or NULL. (transfer full) */
RbdRoutine *rbd_builtin_routines_find       (GListModel  *routines,
                                             const char  *id);

gboolean    rbd_builtin_routines_is_builtin (RbdRoutine  *routine);

G_END_DECLS
