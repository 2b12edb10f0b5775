/* rbd-kind.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-kind"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-core-enums.h"
#include "rbd-kind.h"

typedef struct
{
  const char *id;
  const char *label;
  gboolean    hard;
  gboolean    light;
} KindInfo;

/* "hard" follows DOMAIN.md: sessions that need recovery after them (R1).
 * "light" is what counts as a rest or very light day (R2). */
static const KindInfo kinds[RBD_N_KINDS] = {
  [RBD_KIND_REST    ] = { "rest",     N_("Rest"),            FALSE, TRUE },
  [RBD_KIND_RECOVERY] = { "recovery", N_("Recovery"),        FALSE, TRUE },
  [RBD_KIND_EASY    ] = { "easy",     N_("Easy"),            FALSE, FALSE },
  [RBD_KIND_LONG    ] = { "long",     N_("Long Run"),        TRUE,  FALSE },
  [RBD_KIND_TEMPO   ] = { "tempo",    N_("Tempo"),           TRUE,  FALSE },
  [RBD_KIND_INTERVAL] = { "interval", N_("Intervals"),       TRUE,  FALSE },
  [RBD_KIND_HILLS   ] = { "hills",    N_("Hills"),           TRUE,  FALSE },
  [RBD_KIND_RACE    ] = { "race",     N_("Race"),            TRUE,  FALSE },
  [RBD_KIND_CROSS   ] = { "cross",    N_("Cross-Training"),  FALSE, FALSE },
  [RBD_KIND_STRENGTH] = { "strength", N_("Strength"),        FALSE, FALSE },
  [RBD_KIND_MOBILITY] = { "mobility", N_("Mobility"),        FALSE, TRUE },
};

const char *
rbd_kind_to_string (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
rbd_kind_from_string (const char *string,
                      RbdKind    *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < RBD_N_KINDS; i++)
    {
      if (g_str_equal (kinds[i].id, string))
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
rbd_kind_get_label (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, NULL);

  return _(kinds[kind].label);
}

gboolean
rbd_kind_is_hard (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, FALSE);

  return kinds[kind].hard;
}

gboolean
rbd_kind_is_light (RbdKind kind)
{
  g_return_val_if_fail (kind < RBD_N_KINDS, FALSE);

  return kinds[kind].light;
}
