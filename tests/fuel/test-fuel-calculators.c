/* test-fuel-calculators.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "rbd-field.h"
#include "rbd-fuel.h"

/* Every calculator against DOMAIN.md's numbers, the one rounding rule,
 * unit conversions both ways, and every kind of bad input. */

static void
assert_range (const RbdRange *range,
              double          min,
              double          max)
{
  g_assert_cmpfloat (range->min, ==, min);
  g_assert_cmpfloat (range->max, ==, max);
}

/* No amount is ever NaN, infinite or negative (or "-0"). */
static void
assert_sane (double value)
{
  g_assert_true (isfinite (value));
  g_assert_cmpfloat (value, >=, 0);
  g_assert_false (value == 0 && signbit (value));
}

static void
assert_sane_range (const RbdRange *range)
{
  assert_sane (range->min);
  assert_sane (range->max);
  g_assert_cmpfloat (range->min, <=, range->max);
}

/* The rest of the rule; grams and ml are in tests/coach/test-fuel.c and
 * repeated here where the new calculators lean on them. */
typedef struct
{
  double (*round) (double);
  double value;
  double expected;
} RoundCase;

static const RoundCase round_cases[] = {
  { rbd_round_grams, 17.5, 18 },
  { rbd_round_grams, 17.49, 17 },
  { rbd_round_ml, 245, 250 },
  { rbd_round_ml, 244.9, 240 },
  { rbd_round_ml, 1166.67, 1170 },
  { rbd_round_fl_oz, 16.907, 17 },
  { rbd_round_fl_oz, 10.5, 11 },
  { rbd_round_fl_oz, 10.49, 10 },
  { rbd_round_fl_oz, 0.2, 0 },
  { rbd_round_mg, 155, 160 },
  { rbd_round_mg, 154.9, 150 },
  { rbd_round_mg, 420, 420 },
  { rbd_round_percent, 1.25, 1.3 },
  { rbd_round_percent, 1.2784, 1.3 },
  { rbd_round_percent, 1.949, 1.9 },
  { rbd_round_percent, 0.04, 0 },
};

static void
test_rounding (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (round_cases); i++)
    {
      double rounded = round_cases[i].round (round_cases[i].value);

      g_test_message ("case %u: %g -> %g", i, round_cases[i].value, rounded);
      g_assert_cmpfloat_with_epsilon (rounded, round_cases[i].expected, 1e-9);
      assert_sane (rounded);
    }

  /* 100 - 98.05 is 1.9500000000000028 and 1.95 % is a half on paper. */
  g_assert_cmpfloat_with_epsilon (rbd_round_percent ((100 - 98.05) / 100 * 100), 2.0, 1e-9);
}

typedef struct
{
  double kg;
  double lb;
} MassCase;

static const MassCase mass_cases[] = {
  { 0.45359237, 1 },
  { 1, 2.2046226218 },
  { 20, 44.0924524 },
  { 70, 154.3235835 },
  { 300, 661.3867865 },
};

typedef struct
{
  double ml;
  double fl_oz;
} FluidCase;

static const FluidCase fluid_cases[] = {
  { 29.5735295625, 1 },
  { 300, 10.1442068 },
  { 500, 16.9070114 },
  { 750, 25.3605170 },
  { 1000, 33.8140227 },
  { 20000, 676.2804540 },
};

static void
test_conversions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (mass_cases); i++)
    {
      g_assert_cmpfloat_with_epsilon (rbd_kg_to_lb (mass_cases[i].kg), mass_cases[i].lb, 1e-6);
      g_assert_cmpfloat_with_epsilon (rbd_lb_to_kg (mass_cases[i].lb), mass_cases[i].kg, 1e-6);
      g_assert_cmpfloat_with_epsilon (rbd_lb_to_kg (rbd_kg_to_lb (mass_cases[i].kg)),
                                      mass_cases[i].kg, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fluid_cases); i++)
    {
      g_assert_cmpfloat_with_epsilon (rbd_ml_to_fl_oz (fluid_cases[i].ml),
                                      fluid_cases[i].fl_oz, 1e-6);
      g_assert_cmpfloat_with_epsilon (rbd_fl_oz_to_ml (fluid_cases[i].fl_oz),
                                      fluid_cases[i].ml, 1e-5);
      g_assert_cmpfloat_with_epsilon (rbd_fl_oz_to_ml (rbd_ml_to_fl_oz (fluid_cases[i].ml)),
                                      fluid_cases[i].ml, 1e-9);
    }

  g_assert_cmpint (rbd_units_from_id ("imperial"), ==, RBD_UNITS_IMPERIAL);
  g_assert_cmpint (rbd_units_from_id ("metric"), ==, RBD_UNITS_METRIC);
  g_assert_cmpint (rbd_units_from_id (NULL), ==, RBD_UNITS_METRIC);
}

static void
test_conditions (void)
{
  static const char * const ids[] = { "cool", "mild", "hot", "very-hot" };

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == RBD_N_CONDITIONS);

  for (guint i = 0; i < RBD_N_CONDITIONS; i++)
    {
      RbdConditions parsed = RBD_N_CONDITIONS;
      g_autofree char *metric = rbd_conditions_dup_label (i, RBD_UNITS_METRIC);
      g_autofree char *imperial = rbd_conditions_dup_label (i, RBD_UNITS_IMPERIAL);

      g_assert_cmpstr (rbd_conditions_to_id (i), ==, ids[i]);
      g_assert_true (rbd_conditions_from_id (ids[i], &parsed));
      g_assert_cmpint (parsed, ==, i);
      g_assert_nonnull (strstr (metric, "°C"));
      g_assert_nonnull (strstr (imperial, "°F"));
    }

  g_assert_false (rbd_conditions_from_id ("warm", NULL));
  g_assert_false (rbd_conditions_from_id (NULL, NULL));
}

/* Body masses that no calculator takes, and the field its message names. */
static const double bad_masses[] = { 0, -70, 19.99, 300.01, 1000, NAN, INFINITY, -INFINITY };

static void
test_bad_body_mass (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_masses); i++)
    {
      double kg = bad_masses[i];
      RbdRange a = { -1, -1 }, b = { -1, -1 };
      g_autoptr(GError) error = NULL;

      g_test_message ("%g kg", kg);

      g_assert_false (rbd_fuel_check_body_mass (kg, &error));
      g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_BODY_MASS);
      g_assert_nonnull (strstr (error->message, "Body mass"));
      g_clear_error (&error);

      g_assert_false (rbd_fuel_after_run (kg, &a, &b));

      g_assert_false (rbd_fuel_daily_protein (kg, &a, &b, &error));
      g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_BODY_MASS);
      g_assert_nonnull (strstr (error->message, "Body mass"));
      g_clear_error (&error);

      g_assert_false (rbd_fuel_before_run (kg, &a, &b, &error));
      g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_BODY_MASS);
      g_clear_error (&error);

      /* Left as they were. */
      assert_range (&a, -1, -1);
      assert_range (&b, -1, -1);
    }

  /* The range is said in both units, so it reads right whichever the
   * user typed in. */
  {
    g_autoptr(GError) error = NULL;

    rbd_fuel_check_body_mass (0, &error);
    g_assert_cmpstr (error->message, ==,
                     "Body mass must be between 20 and 300 kg (44 and 661 lb)");
    g_clear_error (&error);

    rbd_fuel_check_body_mass (NAN, &error);
    g_assert_cmpstr (error->message, ==, "Body mass must be a number");
  }
}

typedef struct
{
  double kg;
  double protein_min, protein_max;
  double servings_min, servings_max;
} DailyCase;

static const DailyCase daily_cases[] = {
  { 70, 98, 126, 4, 6 },            /* 1.4-1.8 g/kg */
  { 55.5, 78, 100, 3, 5 },          /* 77.7-99.9: DOMAIN's 3-5 servings */
  { 62.5, 88, 113, 3, 5 },          /* 87.5-112.5: halves up */
  { 20, 28, 36, 1, 1 },
  { 22, 31, 40, 2, 2 },             /* 2 of 20 g; never fewer than needed */
  { 300, 420, 540, 14, 27 },
};

static void
test_daily_protein (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (daily_cases); i++)
    {
      const DailyCase *c = &daily_cases[i];
      RbdRange protein, servings;
      g_autoptr(GError) error = NULL;

      g_test_message ("%g kg", c->kg);
      g_assert_true (rbd_fuel_daily_protein (c->kg, &protein, &servings, &error));
      g_assert_no_error (error);
      assert_range (&protein, c->protein_min, c->protein_max);
      assert_range (&servings, c->servings_min, c->servings_max);

      /* Some serving count of 20-30 g each reaches the day's range. */
      g_assert_cmpfloat (servings.min * 30, >=, protein.min);
      g_assert_cmpfloat (servings.max * 20, <=, MAX (protein.max, servings.min * 20));
    }

  g_assert_true (rbd_fuel_daily_protein (70, NULL, NULL, NULL));
}

typedef struct
{
  double kg;
  double carbohydrate_min, carbohydrate_max;
} BeforeCase;

static const BeforeCase before_cases[] = {
  { 70, 70, 280 },                  /* 1-4 g/kg */
  { 62.5, 63, 250 },
  { 20, 20, 80 },
  { 300, 300, 1200 },
};

static void
test_before_run (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (before_cases); i++)
    {
      RbdRange carbohydrate, fluid;
      g_autoptr(GError) error = NULL;

      g_assert_true (rbd_fuel_before_run (before_cases[i].kg, &carbohydrate, &fluid, &error));
      g_assert_no_error (error);
      assert_range (&carbohydrate, before_cases[i].carbohydrate_min,
                    before_cases[i].carbohydrate_max);
      /* 300-500 ml in the last 1-2 h, whatever the mass. */
      assert_range (&fluid, 300, 500);
    }
}

/* DOMAIN.md: 70 kg -> 56-84 g carbohydrate, 17.5-28 g protein: 18-28 g. */
static void
test_after_run (void)
{
  RbdRange carbohydrate, protein;

  g_assert_true (rbd_fuel_after_run (70, &carbohydrate, &protein));
  assert_range (&carbohydrate, 56, 84);
  assert_range (&protein, 18, 28);
}

static void
test_food_ideas (void)
{
  RbdRange carbohydrate, protein;
  g_autoptr(GPtrArray) ideas = NULL;
  RbdFoodIdea *drink;

  g_assert_true (rbd_fuel_after_run (70, &carbohydrate, &protein));
  ideas = rbd_fuel_after_run_ideas (&carbohydrate, &protein);
  g_assert_cmpuint (ideas->len, ==, 4);

  /* Chocolate milk alone is the only way with milk and bananas here:
   * two glasses and a banana fall short of 18 g protein. */
  drink = g_ptr_array_index (ideas, 0);
  g_assert_cmpstr (drink->foods, ==, "3 glasses of chocolate milk");
  g_assert_cmpfloat (drink->carbohydrate_g, ==, 78);
  g_assert_cmpfloat (drink->protein_g, ==, 24);

  /* For every mass, every idea shown reaches both ranges; most runners
   * get a choice. */
  for (double kg = 20; kg <= 300; kg += 2.5)
    {
      g_autoptr(GPtrArray) more = NULL;

      g_assert_true (rbd_fuel_after_run (kg, &carbohydrate, &protein));
      more = rbd_fuel_after_run_ideas (&carbohydrate, &protein);

      if (kg >= 45 && kg <= 200)
        g_assert_cmpuint (more->len, >=, 2);
      else if (kg >= 22.5 && kg <= 290)
        g_assert_cmpuint (more->len, >=, 1);
      for (guint i = 0; i < more->len; i++)
        {
          RbdFoodIdea *idea = g_ptr_array_index (more, i);

          g_assert_cmpstr (idea->foods, !=, "");
          g_assert_cmpfloat (idea->carbohydrate_g, >=, carbohydrate.min);
          g_assert_cmpfloat (idea->carbohydrate_g, <=, carbohydrate.max);
          g_assert_cmpfloat (idea->protein_g, >=, protein.min);
          g_assert_cmpfloat (idea->protein_g, <=, protein.max);
        }
    }
}

typedef struct
{
  double        minutes;
  RbdConditions conditions;
  double        sweat_ml_per_h;
  gboolean      drink;
  gboolean      from_sweat_rate;
  double        per_h_min, per_h_max;
  double        total_min, total_max;
  gboolean      sodium;
  double        sodium_h_min, sodium_h_max;
} DuringCase;

static const DuringCase during_cases[] = {
  /* Conditions place 300-700 ml/h; nothing to drink up to 60 min. */
  { 45, RBD_CONDITIONS_MILD, RBD_UNSET, FALSE, FALSE, 400, 500, 0, 0, FALSE, 0, 0 },
  { 60, RBD_CONDITIONS_HOT, RBD_UNSET, FALSE, FALSE, 500, 600, 0, 0, FALSE, 0, 0 },
  { 90, RBD_CONDITIONS_COOL, RBD_UNSET, TRUE, FALSE, 300, 400, 450, 600, FALSE, 0, 0 },
  /* Hot: sodium 300-600 mg/L at 500-600 ml/h. */
  { 90, RBD_CONDITIONS_HOT, RBD_UNSET, TRUE, FALSE, 500, 600, 750, 900, TRUE, 150, 360 },
  /* Longer than 90 min: sodium whatever the weather. */
  { 120, RBD_CONDITIONS_MILD, RBD_UNSET, TRUE, FALSE, 400, 500, 800, 1000, TRUE, 120, 300 },
  { 100, RBD_CONDITIONS_VERY_HOT, RBD_UNSET, TRUE, FALSE, 600, 700, 1000, 1170, TRUE, 180, 420 },
  { 61, RBD_CONDITIONS_COOL, 0, TRUE, FALSE, 300, 400, 310, 410, FALSE, 0, 0 },
  /* A measured sweat rate places it instead: up to it, never above 700. */
  { 120, RBD_CONDITIONS_MILD, 850, TRUE, TRUE, 600, 700, 1200, 1400, TRUE, 180, 420 },
  { 90, RBD_CONDITIONS_COOL, 450, TRUE, TRUE, 350, 450, 530, 680, FALSE, 0, 0 },
  { 90, RBD_CONDITIONS_HOT, 555, TRUE, TRUE, 460, 560, 690, 840, TRUE, 140, 340 },
  { 90, RBD_CONDITIONS_COOL, 250, TRUE, TRUE, 300, 300, 450, 450, FALSE, 0, 0 },
};

static void
test_during_run (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (during_cases); i++)
    {
      const DuringCase *c = &during_cases[i];
      RbdDuringRun result;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %g min", i, c->minutes);
      g_assert_true (rbd_fuel_during_run (c->minutes * 60, c->conditions, c->sweat_ml_per_h,
                                          &result, &error));
      g_assert_no_error (error);
      g_assert_cmpint (result.drink, ==, c->drink);
      g_assert_cmpint (result.from_sweat_rate, ==, c->from_sweat_rate);
      assert_range (&result.fluid_ml_per_h, c->per_h_min, c->per_h_max);
      assert_range (&result.fluid_ml, c->total_min, c->total_max);
      g_assert_cmpint (result.sodium, ==, c->sodium);
      assert_range (&result.sodium_mg_per_l, 300, 600);
      assert_range (&result.sodium_mg_per_h, c->sodium_h_min, c->sodium_h_max);
    }
}

typedef struct
{
  double        duration_s;
  int           conditions;
  double        sweat_ml_per_h;
  int           code;    /* RbdFuelError */
  const char   *words;
} BadDuringCase;

static const BadDuringCase bad_during_cases[] = {
  { 0, RBD_CONDITIONS_MILD, RBD_UNSET, RBD_FUEL_ERROR_DURATION, "Duration" },
  { -60, RBD_CONDITIONS_MILD, RBD_UNSET, RBD_FUEL_ERROR_DURATION, "Duration" },
  { NAN, RBD_CONDITIONS_MILD, RBD_UNSET, RBD_FUEL_ERROR_DURATION, "Duration" },
  { INFINITY, RBD_CONDITIONS_MILD, RBD_UNSET, RBD_FUEL_ERROR_DURATION, "Duration" },
  { 86401, RBD_CONDITIONS_MILD, RBD_UNSET, RBD_FUEL_ERROR_DURATION, "Duration" },
  { 3600, 4, RBD_UNSET, RBD_FUEL_ERROR_CONDITIONS, "Conditions" },
  { 3600, -1, RBD_UNSET, RBD_FUEL_ERROR_CONDITIONS, "Conditions" },
  { 3600, RBD_CONDITIONS_MILD, NAN, RBD_FUEL_ERROR_SWEAT_RATE, "Sweat rate" },
  { 3600, RBD_CONDITIONS_MILD, -5, RBD_FUEL_ERROR_SWEAT_RATE, "Sweat rate" },
  { 3600, RBD_CONDITIONS_MILD, 6000, RBD_FUEL_ERROR_SWEAT_RATE, "Sweat rate" },
};

static void
test_during_run_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_during_cases); i++)
    {
      const BadDuringCase *c = &bad_during_cases[i];
      RbdDuringRun result = { .drink = 42 };
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (rbd_fuel_during_run (c->duration_s, c->conditions, c->sweat_ml_per_h,
                                           &result, &error));
      g_assert_error (error, RBD_FUEL_ERROR, c->code);
      g_assert_nonnull (strstr (error->message, c->words));
      g_assert_cmpint (result.drink, ==, 42);
    }
}

typedef struct
{
  RbdSweatInput input;
  double        sweat_ml;
  double        rate_ml_per_h;
  double        loss_percent;
  RbdLossLevel  level;
  double        drink_min, drink_max;
} SweatCase;

static const SweatCase sweat_cases[] = {
  /* DATA-FORMAT.md's session: 0.9 kg + 300 ml in 55 min: 1309 ml/h. */
  { { 70.4, 69.5, 300, 0, 3300 }, 1200, 1310, 1.3, RBD_LOSS_NOTICE, 900, 1350 },
  /* Exactly 1 %: the notice starts there. */
  { { 70, 69.3, 0, 0, 3600 }, 700, 700, 1.0, RBD_LOSS_NOTICE, 700, 1050 },
  /* Exactly 2 %: the warning starts there; urine is taken off. */
  { { 70, 68.6, 500, 100, 5400 }, 1800, 1200, 2.0, RBD_LOSS_WARNING, 1400, 2100 },
  { { 80, 79.3, 250, 0, 2700 }, 950, 1270, 0.9, RBD_LOSS_NONE, 700, 1050 },
  /* 1.95 % shows as 2.0 %, and is judged as shown. */
  { { 100, 98.05, 0, 0, 3600 }, 1950, 1950, 2.0, RBD_LOSS_WARNING, 1950, 2930 },
  /* No mass lost: the sweat is what was drunk; nothing extra to drink. */
  { { 70, 70, 400, 0, 3600 }, 400, 400, 0, RBD_LOSS_NONE, 0, 0 },
  /* Urine exactly the loss plus what was drunk: no sweat, not negative. */
  { { 70, 69.5, 0, 500, 3600 }, 0, 0, 0.7, RBD_LOSS_NONE, 500, 750 },
  { { 300, 294, 2000, 0, 86400 }, 8000, 330, 2.0, RBD_LOSS_WARNING, 6000, 9000 },
  { { 20, 19.999, 0, 0, 1 }, 0, 3600, 0, RBD_LOSS_NONE, 0, 0 },
};

static void
test_sweat_test (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sweat_cases); i++)
    {
      const SweatCase *c = &sweat_cases[i];
      RbdSweatResult result;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      if (c->input.mass_after_kg < 20)
        {
          g_assert_false (rbd_fuel_sweat_test (&c->input, &result, &error));
          g_assert_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_MASS_AFTER);
          continue;
        }

      g_assert_true (rbd_fuel_sweat_test (&c->input, &result, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (result.sweat_ml, ==, c->sweat_ml);
      g_assert_cmpfloat (result.rate_ml_per_h, ==, c->rate_ml_per_h);
      g_assert_cmpfloat_with_epsilon (result.loss_percent, c->loss_percent, 1e-9);
      g_assert_cmpint (result.level, ==, c->level);
      assert_range (&result.drink_after_ml, c->drink_min, c->drink_max);
      assert_sane (result.sweat_ml);
      assert_sane (result.rate_ml_per_h);
      assert_sane (result.loss_percent);
    }
}

typedef struct
{
  RbdSweatInput input;
  int           code;    /* RbdFuelError */
  const char   *words;
} BadSweatCase;

static const BadSweatCase bad_sweat_cases[] = {
  /* Heavier after: more was drunk than sweated, never a negative rate. */
  { { 70, 70.5, 1000, 0, 3600 }, RBD_FUEL_ERROR_MASS_AFTER, "drank more than you sweated" },
  { { 70, 70.001, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_AFTER, "Mass after" },
  /* More urine than the loss plus the drink. */
  { { 70, 69.5, 0, 600, 3600 }, RBD_FUEL_ERROR_URINE, "Urine" },
  { { 70, 69.5, 100, 601, 3600 }, RBD_FUEL_ERROR_URINE, "Urine" },
  { { 70, 69.5, 0, 0, 0 }, RBD_FUEL_ERROR_DURATION, "Duration" },
  { { 70, 69.5, 0, 0, -1 }, RBD_FUEL_ERROR_DURATION, "Duration" },
  { { 70, 69.5, 0, 0, NAN }, RBD_FUEL_ERROR_DURATION, "Duration" },
  { { 70, 69.5, 0, 0, 86401 }, RBD_FUEL_ERROR_DURATION, "Duration" },
  { { 0, 69.5, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_BEFORE, "Mass before" },
  { { -70, 69.5, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_BEFORE, "Mass before" },
  { { 301, 69.5, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_BEFORE, "Mass before" },
  { { NAN, 69.5, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_BEFORE, "Mass before" },
  { { 70, 0, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_AFTER, "Mass after" },
  { { 70, INFINITY, 0, 0, 3600 }, RBD_FUEL_ERROR_MASS_AFTER, "Mass after" },
  { { 70, 69.5, -1, 0, 3600 }, RBD_FUEL_ERROR_FLUID, "Fluid drunk" },
  { { 70, 69.5, 20001, 0, 3600 }, RBD_FUEL_ERROR_FLUID, "Fluid drunk" },
  { { 70, 69.5, NAN, 0, 3600 }, RBD_FUEL_ERROR_FLUID, "Fluid drunk" },
  { { 70, 69.5, 0, -1, 3600 }, RBD_FUEL_ERROR_URINE, "Urine" },
  { { 70, 69.5, 0, NAN, 3600 }, RBD_FUEL_ERROR_URINE, "Urine" },
};

static void
test_sweat_test_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_sweat_cases); i++)
    {
      const BadSweatCase *c = &bad_sweat_cases[i];
      RbdSweatResult result = { .rate_ml_per_h = 42 };
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (rbd_fuel_sweat_test (&c->input, &result, &error));
      g_assert_error (error, RBD_FUEL_ERROR, c->code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, c->words));
      g_assert_cmpfloat (result.rate_ml_per_h, ==, 42);
    }
}

/* Whatever goes in, what comes out can be shown. */
static void
test_never_nonsense (void)
{
  static const double masses[] = { 20, 20.05, 45.3, 70, 99.99, 150, 299.95, 300 };
  static const double fluids[] = { 0, 0.4, 250, 999.9, 5000, 20000 };
  static const double durations[] = { 1, 59, 3600, 3601, 5400.5, 86400 };

  for (guint m = 0; m < G_N_ELEMENTS (masses); m++)
    {
      RbdRange a, b;

      g_assert_true (rbd_fuel_after_run (masses[m], &a, &b));
      assert_sane_range (&a);
      assert_sane_range (&b);
      g_assert_true (rbd_fuel_daily_protein (masses[m], &a, &b, NULL));
      assert_sane_range (&a);
      assert_sane_range (&b);
      g_assert_true (rbd_fuel_before_run (masses[m], &a, &b, NULL));
      assert_sane_range (&a);
      assert_sane_range (&b);

      for (guint f = 0; f < G_N_ELEMENTS (fluids); f++)
        for (guint d = 0; d < G_N_ELEMENTS (durations); d++)
          {
            RbdSweatInput input = { masses[m], MAX (20, masses[m] - 1.5), fluids[f], 0,
                                    durations[d] };
            RbdSweatResult sweat;
            RbdDuringRun during;

            if (rbd_fuel_sweat_test (&input, &sweat, NULL))
              {
                assert_sane (sweat.sweat_ml);
                assert_sane (sweat.rate_ml_per_h);
                assert_sane (sweat.loss_percent);
                assert_sane_range (&sweat.drink_after_ml);
              }

            for (guint c = 0; c < RBD_N_CONDITIONS; c++)
              {
                g_assert_true (rbd_fuel_during_run (durations[d], c, fluids[f] / 4, &during,
                                                    NULL));
                assert_sane_range (&during.fluid_ml_per_h);
                assert_sane_range (&during.fluid_ml);
                assert_sane_range (&during.sodium_mg_per_h);
                g_assert_cmpfloat (during.fluid_ml_per_h.min, >=, 300);
                g_assert_cmpfloat (during.fluid_ml_per_h.max, <=, 700);
              }
          }
    }
}

static void
test_format (void)
{
  RbdRange carbohydrate = { 56, 84 };
  RbdRange one = { 18, 18 };
  RbdRange before = { 300, 500 };
  RbdRange after = { 1000, 1500 };
  RbdRange odd = { 750, 1130 };
  RbdRange hour = { 400, 500 };
  RbdRange sodium = { 150, 360 };
  RbdRange servings = { 4, 6 };
  RbdRange serving = { 1, 1 };
  struct { char *text; const char *expected; } cases[] = {
    { rbd_format_grams (&carbohydrate), "56–84 g" },
    { rbd_format_grams (&one), "18 g" },
    { rbd_format_fluid (&before, RBD_UNITS_METRIC), "300–500 ml" },
    { rbd_format_fluid (&before, RBD_UNITS_IMPERIAL), "10–17 fl oz" },
    { rbd_format_fluid (&after, RBD_UNITS_METRIC), "1–1.5 L" },
    { rbd_format_fluid (&after, RBD_UNITS_IMPERIAL), "34–51 fl oz" },
    { rbd_format_fluid (&odd, RBD_UNITS_METRIC), "0.75–1.13 L" },
    { rbd_format_fluid_rate (&hour, RBD_UNITS_METRIC), "400–500 ml per hour" },
    { rbd_format_fluid_rate (&hour, RBD_UNITS_IMPERIAL), "14–17 fl oz per hour" },
    { rbd_format_sodium (&sodium), "150–360 mg" },
    { rbd_format_sweat_rate (1310, RBD_UNITS_METRIC), "1.31 L/h" },
    { rbd_format_sweat_rate (1000, RBD_UNITS_METRIC), "1 L/h" },
    { rbd_format_sweat_rate (1310, RBD_UNITS_IMPERIAL), "44 fl oz/h" },
    { rbd_format_sweat_rate (NAN, RBD_UNITS_METRIC), "0 L/h" },
    { rbd_format_body_mass (70, RBD_UNITS_METRIC), "70 kg" },
    { rbd_format_body_mass (70.45, RBD_UNITS_METRIC), "70.5 kg" },
    { rbd_format_body_mass (70, RBD_UNITS_IMPERIAL), "154.3 lb" },
    { rbd_format_percent (1.3), "1.3 %" },
    { rbd_format_percent (-1), "0.0 %" },
    { rbd_format_servings (&servings), "4–6 servings" },
    { rbd_format_servings (&serving), "1 serving" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_AFTER_CARBOHYDRATE, RBD_UNITS_METRIC),
      "0.8–1.2 g per kg of body mass" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_AFTER_CARBOHYDRATE, RBD_UNITS_IMPERIAL),
      "0.36–0.54 g per lb of body mass" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_AFTER_PROTEIN, RBD_UNITS_METRIC),
      "0.25–0.4 g per kg of body mass" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_DAILY_PROTEIN, RBD_UNITS_METRIC),
      "1.4–1.8 g per kg of body mass" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_BEFORE_CARBOHYDRATE, RBD_UNITS_METRIC),
      "1–4 g per kg of body mass" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_SERVING, RBD_UNITS_METRIC), "20–30 g of protein each" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_DURING_FLUID, RBD_UNITS_METRIC),
      "300–700 ml per hour" },
    { rbd_fuel_dup_basis (RBD_FUEL_BASIS_DURING_FLUID, RBD_UNITS_IMPERIAL),
      "10–24 fl oz per hour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (cases[i].text, ==, cases[i].expected);
      g_free (cases[i].text);
    }

  g_assert_nonnull (strstr (rbd_fuel_rounding_rule (RBD_UNITS_METRIC), "10 ml"));
  g_assert_nonnull (strstr (rbd_fuel_rounding_rule (RBD_UNITS_IMPERIAL), "fluid ounce"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fuel/rounding", test_rounding);
  g_test_add_func ("/fuel/conversions", test_conversions);
  g_test_add_func ("/fuel/conditions", test_conditions);
  g_test_add_func ("/fuel/bad-body-mass", test_bad_body_mass);
  g_test_add_func ("/fuel/after-run", test_after_run);
  g_test_add_func ("/fuel/food-ideas", test_food_ideas);
  g_test_add_func ("/fuel/daily-protein", test_daily_protein);
  g_test_add_func ("/fuel/before-run", test_before_run);
  g_test_add_func ("/fuel/during-run", test_during_run);
  g_test_add_func ("/fuel/during-run-bad", test_during_run_bad);
  g_test_add_func ("/fuel/sweat-test", test_sweat_test);
  g_test_add_func ("/fuel/sweat-test-bad", test_sweat_test_bad);
  g_test_add_func ("/fuel/never-nonsense", test_never_nonsense);
  g_test_add_func ("/fuel/format", test_format);

  return g_test_run ();
}
