/* rbd-fuel.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A range of amounts, already rounded by the one rounding rule: grams to
 * the nearest whole gram, millilitres to the nearest 10 ml. */
typedef struct
{
  double min;
  double max;
} RbdRange;

double rbd_round_grams      (double grams);
double rbd_round_ml         (double ml);

/* After a run (the first 60-90 min): carbohydrate 0.8-1.2 g/kg and
 * protein 0.25-0.4 g/kg (DOMAIN.md). FALSE for a body mass outside
 * 20-300 kg. */
gboolean rbd_fuel_after_run (double    body_mass_kg,
                             RbdRange *carbohydrate_g,
                             RbdRange *protein_g);

G_END_DECLS
