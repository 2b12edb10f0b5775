/* rbd-cooldown.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-kind.h"

G_BEGIN_DECLS

/* The built-in cool-down routine that fits a kind of session (DOMAIN.md:
 * after intervals or tempo, after a long run, after an easy run), or
 * FALSE for kinds without one (rest, strength...). The id is the built-in
 * routine's id; the name is translated. */
gboolean rbd_cooldown_for_kind (RbdKind      kind,
                                const char **routine_id,
                                const char **name);

G_END_DECLS
