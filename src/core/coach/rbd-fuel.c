/* rbd-fuel.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel"

#include "config.h"

#include <math.h>

#include "rbd-fuel.h"
#include "rbd-limits.h"

/* An amount per kilogram of body mass, as DOMAIN.md gives them. Each
 * calculator is a row of data plus scale_per_kg(), so the numbers can be
 * checked against the notes at a glance. */
typedef struct
{
  double min_per_kg;
  double max_per_kg;
} PerKg;

/* The recovery window after a run. */
static const PerKg after_run_carbohydrate_g = { 0.8, 1.2 };
static const PerKg after_run_protein_g = { 0.25, 0.4 };

/* Products such as 0.4 * 71.25 land a hair below or above the exact half
 * in binary floating point (28.499999...), which would round the "wrong"
 * way for a value that is a half on paper. Snapping to a millionth first
 * makes such halves exact; nobody weighs food to a microgram. */
#define SNAP 1e6

static double
round_half_away (double value)
{
  if (!isfinite (value))
    return value;

  if (fabs (value) < 1e9)
    value = round (value * SNAP) / SNAP;

  /* round() goes half away from zero; adding 0.0 turns a -0 into 0 so
   * that nobody is told to eat "-0 g". */
  return round (value) + 0.0;
}

double
rbd_round_grams (double grams)
{
  return round_half_away (grams);
}

double
rbd_round_ml (double ml)
{
  return round_half_away (ml / 10.0) * 10.0;
}

static gboolean
body_mass_is_valid (double body_mass_kg)
{
  return isfinite (body_mass_kg) &&
         body_mass_kg >= MIN_BODY_MASS_KG &&
         body_mass_kg <= MAX_BODY_MASS_KG;
}

static void
scale_grams (const PerKg *per_kg,
             double       body_mass_kg,
             RbdRange    *range)
{
  if (range == NULL)
    return;

  range->min = rbd_round_grams (per_kg->min_per_kg * body_mass_kg);
  range->max = rbd_round_grams (per_kg->max_per_kg * body_mass_kg);
}

gboolean
rbd_fuel_after_run (double    body_mass_kg,
                    RbdRange *carbohydrate_g,
                    RbdRange *protein_g)
{
  if (!body_mass_is_valid (body_mass_kg))
    return FALSE;

  scale_grams (&after_run_carbohydrate_g, body_mass_kg, carbohydrate_g);
  scale_grams (&after_run_protein_g, body_mass_kg, protein_g);

  return TRUE;
}
