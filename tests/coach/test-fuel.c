/* test-fuel.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rbd-cooldown.h"
#include "rbd-fuel.h"

typedef struct
{
  double value;
  double expected;
} RoundCase;

/* Halves go away from zero, on both sides of it. */
static const RoundCase gram_cases[] = {
  { 0.0, 0.0 },
  { 0.4, 0.0 },
  { 0.5, 1.0 },
  { 1.5, 2.0 },
  { 2.5, 3.0 },
  { 17.5, 18.0 },
  { 17.49, 17.0 },
  { 17.51, 18.0 },
  { 27.999999, 28.0 },
  { 84.0, 84.0 },
  { -0.4, 0.0 },
  { -0.5, -1.0 },
  { -2.5, -3.0 },
  { -17.2, -17.0 },
  { 1234.5, 1235.0 },
};

/* To the nearest 10 ml; a half is 5 ml. */
static const RoundCase ml_cases[] = {
  { 0.0, 0.0 },
  { 4.9, 0.0 },
  { 5.0, 10.0 },
  { 14.9, 10.0 },
  { 15.0, 20.0 },
  { 25.0, 30.0 },
  { 244.0, 240.0 },
  { 245.0, 250.0 },
  { 499.99, 500.0 },
  { 1005.0, 1010.0 },
  { -4.0, 0.0 },
  { -5.0, -10.0 },
  { -25.0, -30.0 },
};

static void
test_round_grams (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (gram_cases); i++)
    {
      double rounded = rbd_round_grams (gram_cases[i].value);

      g_test_message ("%g g -> %g g", gram_cases[i].value, rounded);
      g_assert_cmpfloat (rounded, ==, gram_cases[i].expected);
      /* Never "-0 g" on screen. */
      g_assert_false (rounded == 0.0 && signbit (rounded));
    }
}

static void
test_round_ml (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ml_cases); i++)
    {
      double rounded = rbd_round_ml (ml_cases[i].value);

      g_test_message ("%g ml -> %g ml", ml_cases[i].value, rounded);
      g_assert_cmpfloat (rounded, ==, ml_cases[i].expected);
      g_assert_false (rounded == 0.0 && signbit (rounded));
    }
}

/* A half on paper that binary floating point computes a hair low:
 * 0.58 * 25 is 14.499999999999998. The rule is about the amount, so it
 * still rounds up. */
static void
test_round_computed_half (void)
{
  volatile double per_kg = 0.58;
  volatile double kg = 25.0;

  g_assert_cmpfloat (per_kg * kg, <, 14.5);
  g_assert_cmpfloat (rbd_round_grams (per_kg * kg), ==, 15.0);
  g_assert_cmpfloat (rbd_round_ml (per_kg * kg * 10.0), ==, 150.0);
}

static void
test_non_finite (void)
{
  g_assert_true (isnan (rbd_round_grams (NAN)));
  g_assert_true (isnan (rbd_round_ml (NAN)));
  g_assert_cmpfloat (rbd_round_grams (INFINITY), ==, INFINITY);
  g_assert_cmpfloat (rbd_round_ml (-INFINITY), ==, -INFINITY);
}

typedef struct
{
  double body_mass_kg;
  double carbohydrate_min;
  double carbohydrate_max;
  double protein_min;
  double protein_max;
} AfterRunCase;

static const AfterRunCase after_run_cases[] = {
  /* DOMAIN.md: 70 kg -> 56-84 g carbohydrate, 17.5-28 g protein, which
   * rounds to 18-28 g. */
  { 70.0, 56, 84, 18, 28 },
  { 20.0, 16, 24, 5, 8 },                 /* lightest accepted */
  { 300.0, 240, 360, 75, 120 },           /* heaviest accepted */
  { 58.6, 47, 70, 15, 23 },               /* 46.88-70.32, 14.65-23.44 */
  { 71.25, 57, 86, 18, 29 },              /* 57-85.5, 17.8125-28.5: halves up */
  { 43.75, 35, 53, 11, 18 },              /* 35-52.5, 10.9375-17.5 */
};

static void
test_after_run (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (after_run_cases); i++)
    {
      const AfterRunCase *c = &after_run_cases[i];
      RbdRange carbohydrate = { -1, -1 };
      RbdRange protein = { -1, -1 };

      g_test_message ("%g kg", c->body_mass_kg);
      g_assert_true (rbd_fuel_after_run (c->body_mass_kg, &carbohydrate, &protein));
      g_assert_cmpfloat (carbohydrate.min, ==, c->carbohydrate_min);
      g_assert_cmpfloat (carbohydrate.max, ==, c->carbohydrate_max);
      g_assert_cmpfloat (protein.min, ==, c->protein_min);
      g_assert_cmpfloat (protein.max, ==, c->protein_max);
    }
}

static void
test_after_run_out_of_range (void)
{
  static const double masses[] = { 19.99, 300.01, 0, -70, 1000, NAN, INFINITY, -INFINITY };

  for (guint i = 0; i < G_N_ELEMENTS (masses); i++)
    {
      RbdRange carbohydrate = { -1, -1 };
      RbdRange protein = { -1, -1 };

      g_test_message ("%g kg", masses[i]);
      g_assert_false (rbd_fuel_after_run (masses[i], &carbohydrate, &protein));
      /* Untouched, so a caller's previous value is not half overwritten. */
      g_assert_cmpfloat (carbohydrate.min, ==, -1);
      g_assert_cmpfloat (protein.max, ==, -1);
    }
}

/* Either output may be left out by a caller that shows only one. */
static void
test_after_run_one_output (void)
{
  RbdRange protein = { 0, 0 };

  g_assert_true (rbd_fuel_after_run (70.0, NULL, &protein));
  g_assert_cmpfloat (protein.min, ==, 18);
  g_assert_true (rbd_fuel_after_run (70.0, NULL, NULL));
}

typedef struct
{
  RbdKind     kind;
  const char *routine_id;   /* NULL: no cool-down for this kind */
  const char *name;
} CooldownCase;

static const CooldownCase cooldown_cases[] = {
  { RBD_KIND_REST, NULL, NULL },
  { RBD_KIND_RECOVERY, "builtin-cooldown-easy", "Cool-down after an easy run" },
  { RBD_KIND_EASY, "builtin-cooldown-easy", "Cool-down after an easy run" },
  { RBD_KIND_LONG, "builtin-cooldown-long", "Cool-down after a long run" },
  { RBD_KIND_TEMPO, "builtin-cooldown-hard", "Cool-down after intervals or tempo" },
  { RBD_KIND_INTERVAL, "builtin-cooldown-hard", "Cool-down after intervals or tempo" },
  { RBD_KIND_HILLS, "builtin-cooldown-hard", "Cool-down after intervals or tempo" },
  { RBD_KIND_RACE, "builtin-cooldown-hard", "Cool-down after intervals or tempo" },
  { RBD_KIND_CROSS, NULL, NULL },
  { RBD_KIND_STRENGTH, NULL, NULL },
  { RBD_KIND_MOBILITY, NULL, NULL },
};

static void
test_cooldown (void)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (cooldown_cases) == RBD_N_KINDS);

  for (guint i = 0; i < G_N_ELEMENTS (cooldown_cases); i++)
    {
      const CooldownCase *c = &cooldown_cases[i];
      const char *routine_id = NULL;
      const char *name = NULL;

      g_assert_cmpint (c->kind, ==, i);
      g_assert_cmpint (rbd_cooldown_for_kind (c->kind, &routine_id, &name), ==,
                       c->routine_id != NULL);
      g_assert_cmpstr (routine_id, ==, c->routine_id);
      g_assert_cmpstr (name, ==, c->name);
    }

  g_assert_true (rbd_cooldown_for_kind (RBD_KIND_LONG, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fuel/round-grams", test_round_grams);
  g_test_add_func ("/fuel/round-ml", test_round_ml);
  g_test_add_func ("/fuel/round-computed-half", test_round_computed_half);
  g_test_add_func ("/fuel/non-finite", test_non_finite);
  g_test_add_func ("/fuel/after-run", test_after_run);
  g_test_add_func ("/fuel/after-run-out-of-range", test_after_run_out_of_range);
  g_test_add_func ("/fuel/after-run-one-output", test_after_run_one_output);
  g_test_add_func ("/cooldown/kinds", test_cooldown);

  return g_test_run ();
}
