/* rbd-cooldown.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-cooldown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-cooldown.h"

typedef struct
{
  const char *routine_id;
  const char *name;
} Cooldown;

static const Cooldown hard = {
  "builtin-cooldown-hard", N_("Cool-down after intervals or tempo"),
};
static const Cooldown after_long = {
  "builtin-cooldown-long", N_("Cool-down after a long run"),
};
static const Cooldown after_easy = {
  "builtin-cooldown-easy", N_("Cool-down after an easy run"),
};

/* DOMAIN.md has three cool-downs. Hills and races end on a hard effort
 * like intervals do, and a recovery run is an easy run. Rest, cross-
 * training, strength and mobility have no running to cool down from. */
static const Cooldown * const cooldowns[RBD_N_KINDS] = {
  [RBD_KIND_RECOVERY] = &after_easy,
  [RBD_KIND_EASY    ] = &after_easy,
  [RBD_KIND_LONG    ] = &after_long,
  [RBD_KIND_TEMPO   ] = &hard,
  [RBD_KIND_INTERVAL] = &hard,
  [RBD_KIND_HILLS   ] = &hard,
  [RBD_KIND_RACE    ] = &hard,
};

gboolean
rbd_cooldown_for_kind (RbdKind      kind,
                       const char **routine_id,
                       const char **name)
{
  const Cooldown *cooldown;

  g_return_val_if_fail ((guint) kind < RBD_N_KINDS, FALSE);

  cooldown = cooldowns[kind];
  if (cooldown == NULL)
    return FALSE;

  if (routine_id != NULL)
    *routine_id = cooldown->routine_id;
  if (name != NULL)
    *name = _(cooldown->name);

  return TRUE;
}
