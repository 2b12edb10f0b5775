/* rbd-fuel.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rbd-field.h"
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

/* A whole day, in servings of 20-30 g. */
static const PerKg daily_protein_g = { 1.4, 1.8 };
#define SERVING_MIN_G 20.0
#define SERVING_MAX_G 30.0

/* The hours before a run, and the last 1-2 h of them for fluid. */
static const PerKg before_run_carbohydrate_g = { 1.0, 4.0 };
static const RbdRange before_run_fluid_ml = { 300, 500 };

/* During a run: the range, and where the conditions place a runner
 * without a measured sweat rate in it (hotter, more sweat). */
#define DURING_MIN_ML_PER_H 300.0
#define DURING_MAX_ML_PER_H 700.0
#define DURING_BAND_ML      100.0
static const RbdRange during_ml_per_h[RBD_N_CONDITIONS] = {
  [RBD_CONDITIONS_COOL]     = { 300, 400 },
  [RBD_CONDITIONS_MILD]     = { 400, 500 },
  [RBD_CONDITIONS_HOT]      = { 500, 600 },
  [RBD_CONDITIONS_VERY_HOT] = { 600, 700 },
};
#define MAX_SWEAT_RATE_ML_PER_H 5000.0

/* Sodium in the drink, per litre. */
static const RbdRange sodium_mg_per_l = { 300, 600 };

/* After a sweat test: fluid per kg of body mass lost. */
static const RbdRange drink_after_ml_per_kg = { 1000, 1500 };
#define LOSS_NOTICE_PCT  1.0
#define LOSS_WARNING_PCT 2.0

/* 1 kg of sweat or urine is taken as 1 litre. */
#define ML_PER_KG 1000.0

#define KG_PER_LB    0.45359237
#define ML_PER_FL_OZ 29.5735295625

G_DEFINE_QUARK (rbd-fuel-error-quark, rbd_fuel_error)

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

double
rbd_round_fl_oz (double fl_oz)
{
  return round_half_away (fl_oz);
}

double
rbd_round_mg (double mg)
{
  return round_half_away (mg / 10.0) * 10.0;
}

double
rbd_round_percent (double percent)
{
  return round_half_away (percent * 10.0) / 10.0;
}

RbdUnits
rbd_units_from_id (const char *id)
{
  return g_strcmp0 (id, "imperial") == 0 ? RBD_UNITS_IMPERIAL : RBD_UNITS_METRIC;
}

double
rbd_kg_to_lb (double kg)
{
  return kg / KG_PER_LB;
}

double
rbd_lb_to_kg (double lb)
{
  return lb * KG_PER_LB;
}

double
rbd_ml_to_fl_oz (double ml)
{
  return ml / ML_PER_FL_OZ;
}

double
rbd_fl_oz_to_ml (double fl_oz)
{
  return fl_oz * ML_PER_FL_OZ;
}

static const char * const condition_ids[RBD_N_CONDITIONS] = {
  [RBD_CONDITIONS_COOL]     = "cool",
  [RBD_CONDITIONS_MILD]     = "mild",
  [RBD_CONDITIONS_HOT]      = "hot",
  [RBD_CONDITIONS_VERY_HOT] = "very-hot",
};

/**
 * rbd_conditions_to_id:
 *
 * Returns: the name the document uses: "cool", "mild", "hot", "very-hot"
 */
const char *
rbd_conditions_to_id (RbdConditions conditions)
{
  g_return_val_if_fail (conditions < RBD_N_CONDITIONS, NULL);

  return condition_ids[conditions];
}

gboolean
rbd_conditions_from_id (const char    *id,
                        RbdConditions *conditions)
{
  for (guint i = 0; i < RBD_N_CONDITIONS; i++)
    {
      if (g_strcmp0 (id, condition_ids[i]) == 0)
        {
          if (conditions != NULL)
            *conditions = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rbd_conditions_dup_label:
 *
 * Returns: (transfer full): the conditions with a rough temperature, for a
 *   list to choose from: "Hot, 20–27 °C"
 */
char *
rbd_conditions_dup_label (RbdConditions conditions,
                          RbdUnits      units)
{
  gboolean imperial = units == RBD_UNITS_IMPERIAL;

  switch (conditions)
    {
    case RBD_CONDITIONS_COOL:
      return g_strdup (imperial ? _("Cool, below 50 °F") : _("Cool, below 10 °C"));
    case RBD_CONDITIONS_MILD:
      return g_strdup (imperial ? _("Mild, 50–68 °F") : _("Mild, 10–20 °C"));
    case RBD_CONDITIONS_HOT:
      return g_strdup (imperial ? _("Hot, 68–81 °F") : _("Hot, 20–27 °C"));
    case RBD_CONDITIONS_VERY_HOT:
      return g_strdup (imperial ? _("Very hot or humid, above 81 °F")
                                : _("Very hot or humid, above 27 °C"));
    case RBD_N_CONDITIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Checks one mass input (body mass, mass before or after a test). */
static gboolean
check_mass (double        kg,
            const char   *label,
            RbdFuelError  code,
            GError      **error)
{
  if (!isfinite (kg))
    {
      /* Translators: %s is a field, "Body mass" */
      g_set_error (error, RBD_FUEL_ERROR, code, _("%s must be a number"), label);
      return FALSE;
    }

  if (kg < MIN_BODY_MASS_KG || kg > MAX_BODY_MASS_KG)
    {
      /* Translators: %s is a field, "Body mass"; the numbers are the same
       * limits in pounds */
      g_set_error (error, RBD_FUEL_ERROR, code,
                   _("%s must be between %.0f and %.0f kg (%.0f and %.0f lb)"),
                   label, MIN_BODY_MASS_KG, MAX_BODY_MASS_KG,
                   floor (rbd_kg_to_lb (MIN_BODY_MASS_KG) + 0.5),
                   floor (rbd_kg_to_lb (MAX_BODY_MASS_KG)));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_fluid (double        ml,
             const char   *label,
             RbdFuelError  code,
             GError      **error)
{
  if (!isfinite (ml))
    {
      g_set_error (error, RBD_FUEL_ERROR, code, _("%s must be a number"), label);
      return FALSE;
    }

  if (ml < 0 || ml > MAX_FLUID_ML)
    {
      /* Translators: %s is a field, "Fluid drunk"; the last number is the
       * same limit in US fluid ounces */
      g_set_error (error, RBD_FUEL_ERROR, code,
                   _("%s must be between 0 and %.0f ml (%.0f fl oz)"),
                   label, MAX_FLUID_ML, floor (rbd_ml_to_fl_oz (MAX_FLUID_ML)));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_duration (double    duration_s,
                GError  **error)
{
  if (!isfinite (duration_s))
    {
      g_set_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_DURATION,
                   _("%s must be a number"), _("Duration"));
      return FALSE;
    }

  if (duration_s <= 0)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_DURATION,
                           _("Duration must be more than zero"));
      return FALSE;
    }

  if (duration_s > RBD_MAX_TEST_S)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_DURATION,
                           _("Duration must be at most 24 hours"));
      return FALSE;
    }

  return TRUE;
}

gboolean
rbd_fuel_check_body_mass (double    body_mass_kg,
                          GError  **error)
{
  return check_mass (body_mass_kg, _("Body mass"), RBD_FUEL_ERROR_BODY_MASS, error);
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
  if (!rbd_fuel_check_body_mass (body_mass_kg, NULL))
    return FALSE;

  scale_grams (&after_run_carbohydrate_g, body_mass_kg, carbohydrate_g);
  scale_grams (&after_run_protein_g, body_mass_kg, protein_g);

  return TRUE;
}

/* Foods from DOMAIN.md in everyday portions, with rough amounts per
 * portion from food tables. The ideas only need to be near enough to
 * show what the numbers mean on a plate. */
typedef enum
{
  FOOD_CHOCOLATE_MILK,
  FOOD_BANANA,
  FOOD_GREEK_YOGURT,
  FOOD_PORRIDGE,
  FOOD_BERRIES,
  FOOD_RICE,
  FOOD_TOFU,
  FOOD_BREAD,
  FOOD_EGG,
  N_FOODS
} Food;

/* With the most portions of each that still make a sensible plate. */
static const struct
{
  double carbohydrate_g;
  double protein_g;
  guint  max_portions;
} foods[N_FOODS] = {
  [FOOD_CHOCOLATE_MILK] = { 26, 8, 8 },   /* a 250 ml glass, low fat */
  [FOOD_BANANA]         = { 27, 1, 4 },   /* a medium banana */
  [FOOD_GREEK_YOGURT]   = { 6, 15, 3 },   /* a 150 g pot, plain */
  [FOOD_PORRIDGE]       = { 30, 6, 4 },   /* 50 g oats cooked in water */
  [FOOD_BERRIES]        = { 15, 1, 3 },   /* a 150 g bowl */
  [FOOD_RICE]           = { 56, 5, 4 },   /* 200 g cooked */
  [FOOD_TOFU]           = { 3, 18, 3 },   /* 150 g firm tofu */
  [FOOD_BREAD]          = { 14, 4, 6 },   /* a slice of wholemeal bread */
  [FOOD_EGG]            = { 1, 6, 4 },    /* a boiled egg */
};

static char *
food_portions (Food  food,
               guint n)
{
  switch (food)
    {
    case FOOD_CHOCOLATE_MILK:
      return g_strdup_printf (ngettext ("%u glass of chocolate milk",
                                        "%u glasses of chocolate milk", n), n);
    case FOOD_BANANA:
      return g_strdup_printf (ngettext ("%u banana", "%u bananas", n), n);
    case FOOD_GREEK_YOGURT:
      return g_strdup_printf (ngettext ("%u pot of Greek yogurt",
                                        "%u pots of Greek yogurt", n), n);
    case FOOD_PORRIDGE:
      return g_strdup_printf (ngettext ("%u bowl of oat porridge",
                                        "%u bowls of oat porridge", n), n);
    case FOOD_BERRIES:
      return g_strdup_printf (ngettext ("%u bowl of berries", "%u bowls of berries", n), n);
    case FOOD_RICE:
      return g_strdup_printf (ngettext ("%u plate of rice", "%u plates of rice", n), n);
    case FOOD_TOFU:
      return g_strdup_printf (ngettext ("%u portion of tofu", "%u portions of tofu", n), n);
    case FOOD_BREAD:
      return g_strdup_printf (ngettext ("%u slice of bread", "%u slices of bread", n), n);
    case FOOD_EGG:
      return g_strdup_printf (ngettext ("%u egg", "%u eggs", n), n);
    case N_FOODS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Kinds of idea: a drink straight after, a breakfast, a meal, a snack. */
#define IDEA_FOODS 3
static const Food ideas[][IDEA_FOODS] = {
  { FOOD_CHOCOLATE_MILK, FOOD_BANANA, N_FOODS },
  { FOOD_GREEK_YOGURT, FOOD_PORRIDGE, FOOD_BERRIES },
  { FOOD_RICE, FOOD_TOFU, N_FOODS },
  { FOOD_BREAD, FOOD_EGG, FOOD_BANANA },
};

static double
distance_to_middle (double          value,
                    const RbdRange *range)
{
  double middle = (range->min + range->max) / 2.0;
  double width = MAX (range->max - range->min, 1.0);

  return (value - middle) / width;
}

static char *
join_foods (GPtrArray *parts)
{
  g_autofree char *head = NULL;

  if (parts->len == 1)
    return g_strdup (g_ptr_array_index (parts, 0));

  head = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i + 1 < parts->len; i++)
    {
      /* Translators: joins foods in a list, "1 banana, 2 bowls of berries" */
      char *longer = g_strdup_printf (_("%s, %s"), head, (char *) g_ptr_array_index (parts, i));

      g_free (head);
      head = longer;
    }

  /* Translators: joins the last food of a list, "… and 1 banana" */
  return g_strdup_printf (_("%s and %s"), head,
                          (char *) g_ptr_array_index (parts, parts->len - 1));
}

/* The number of portions of each food that lands both amounts in their
 * ranges and nearest their middles, fewer portions winning a tie. */
static RbdFoodIdea *
find_idea (const Food      idea[IDEA_FOODS],
           const RbdRange *carbohydrate_g,
           const RbdRange *protein_g)
{
  guint best[IDEA_FOODS] = { 0 };
  guint n[IDEA_FOODS];
  double best_score = INFINITY;
  guint limit[IDEA_FOODS];
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  RbdFoodIdea *result;
  double carbohydrate = 0;
  double protein = 0;

  for (guint i = 0; i < IDEA_FOODS; i++)
    limit[i] = idea[i] < N_FOODS ? foods[idea[i]].max_portions : 0;

  for (n[0] = 0; n[0] <= limit[0]; n[0]++)
    for (n[1] = 0; n[1] <= limit[1]; n[1]++)
      for (n[2] = 0; n[2] <= limit[2]; n[2]++)
        {
          double c = 0, p = 0, score;
          guint portions = 0;

          for (guint i = 0; i < IDEA_FOODS; i++)
            {
              if (idea[i] >= N_FOODS)
                continue;
              c += n[i] * foods[idea[i]].carbohydrate_g;
              p += n[i] * foods[idea[i]].protein_g;
              portions += n[i];
            }

          if (c < carbohydrate_g->min || c > carbohydrate_g->max ||
              p < protein_g->min || p > protein_g->max)
            continue;

          score = pow (distance_to_middle (c, carbohydrate_g), 2) +
                  pow (distance_to_middle (p, protein_g), 2) +
                  0.01 * portions;
          if (score < best_score)
            {
              best_score = score;
              memcpy (best, n, sizeof best);
            }
        }

  if (!isfinite (best_score))
    return NULL;

  for (guint i = 0; i < IDEA_FOODS; i++)
    {
      if (best[i] == 0)
        continue;
      g_ptr_array_add (parts, food_portions (idea[i], best[i]));
      carbohydrate += best[i] * foods[idea[i]].carbohydrate_g;
      protein += best[i] * foods[idea[i]].protein_g;
    }

  result = g_new0 (RbdFoodIdea, 1);
  result->foods = join_foods (parts);
  result->carbohydrate_g = carbohydrate;
  result->protein_g = protein;

  return result;
}

void
rbd_food_idea_free (RbdFoodIdea *idea)
{
  if (idea == NULL)
    return;

  g_free (idea->foods);
  g_free (idea);
}

/**
 * rbd_fuel_after_run_ideas:
 *
 * Returns: (transfer container) (element-type RbdFoodIdea): up to four
 *   ideas whose totals lie in both ranges; empty when none fits
 */
GPtrArray *
rbd_fuel_after_run_ideas (const RbdRange *carbohydrate_g,
                          const RbdRange *protein_g)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_food_idea_free);

  g_return_val_if_fail (carbohydrate_g != NULL && protein_g != NULL, result);

  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      RbdFoodIdea *idea = find_idea (ideas[i], carbohydrate_g, protein_g);

      if (idea != NULL)
        g_ptr_array_add (result, idea);
    }

  return result;
}

gboolean
rbd_fuel_daily_protein (double     body_mass_kg,
                        RbdRange  *protein_g,
                        RbdRange  *servings,
                        GError   **error)
{
  RbdRange protein;

  if (!rbd_fuel_check_body_mass (body_mass_kg, error))
    return FALSE;

  scale_grams (&daily_protein_g, body_mass_kg, &protein);

  if (protein_g != NULL)
    *protein_g = protein;

  /* Few enough servings that none exceeds 30 g of the low end, and no more
   * than keeps each at 20 g of the high end; a light runner whose range
   * fits neither exactly still gets at least the fewer. */
  if (servings != NULL)
    {
      servings->min = MAX (1.0, ceil (protein.min / SERVING_MAX_G));
      servings->max = MAX (servings->min, floor (protein.max / SERVING_MIN_G));
    }

  return TRUE;
}

gboolean
rbd_fuel_before_run (double     body_mass_kg,
                     RbdRange  *carbohydrate_g,
                     RbdRange  *fluid_ml,
                     GError   **error)
{
  if (!rbd_fuel_check_body_mass (body_mass_kg, error))
    return FALSE;

  scale_grams (&before_run_carbohydrate_g, body_mass_kg, carbohydrate_g);

  if (fluid_ml != NULL)
    {
      fluid_ml->min = rbd_round_ml (before_run_fluid_ml.min);
      fluid_ml->max = rbd_round_ml (before_run_fluid_ml.max);
    }

  return TRUE;
}

/* TRUE when @ml_per_h is a measured rate, or a bad one (then @error is
 * set); FALSE for "none". */
static gboolean
has_sweat_rate (double   ml_per_h,
                GError **error)
{
  /* Unset (or no test yet) means "place by the conditions". */
  if (ml_per_h == RBD_UNSET || ml_per_h == 0)
    return FALSE;

  if (!isfinite (ml_per_h) || ml_per_h < 0 || ml_per_h > MAX_SWEAT_RATE_ML_PER_H)
    g_set_error (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_SWEAT_RATE,
                 _("Sweat rate must be between 0 and %.0f L/h"),
                 MAX_SWEAT_RATE_ML_PER_H / 1000.0);

  return TRUE;
}

gboolean
rbd_fuel_during_run (double         duration_s,
                     RbdConditions  conditions,
                     double         sweat_rate_ml_per_h,
                     RbdDuringRun  *result,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  RbdDuringRun out = { 0 };
  double hours;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!check_duration (duration_s, error))
    return FALSE;

  if ((guint) conditions >= RBD_N_CONDITIONS)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_CONDITIONS,
                           _("Conditions must be cool, mild, hot or very hot"));
      return FALSE;
    }

  out.from_sweat_rate = has_sweat_rate (sweat_rate_ml_per_h, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  hours = duration_s / 3600.0;
  out.drink = duration_s > RBD_DRINK_AFTER_S;

  if (out.from_sweat_rate)
    {
      /* Up to what the runner sweats, never more (over-drinking plain
       * water is the danger on long runs), inside the usual range. */
      out.fluid_ml_per_h.max = CLAMP (rbd_round_ml (sweat_rate_ml_per_h),
                                      DURING_MIN_ML_PER_H, DURING_MAX_ML_PER_H);
      out.fluid_ml_per_h.min = MAX (DURING_MIN_ML_PER_H,
                                    out.fluid_ml_per_h.max - DURING_BAND_ML);
    }
  else
    {
      out.fluid_ml_per_h = during_ml_per_h[conditions];
    }

  out.sodium_mg_per_l = sodium_mg_per_l;

  if (out.drink)
    {
      out.fluid_ml.min = rbd_round_ml (out.fluid_ml_per_h.min * hours);
      out.fluid_ml.max = rbd_round_ml (out.fluid_ml_per_h.max * hours);

      out.sodium = conditions >= RBD_CONDITIONS_HOT || duration_s > RBD_SODIUM_AFTER_S;
      if (out.sodium)
        {
          out.sodium_mg_per_h.min = rbd_round_mg (out.fluid_ml_per_h.min / 1000.0 *
                                                  sodium_mg_per_l.min);
          out.sodium_mg_per_h.max = rbd_round_mg (out.fluid_ml_per_h.max / 1000.0 *
                                                  sodium_mg_per_l.max);
        }
    }

  *result = out;
  return TRUE;
}

gboolean
rbd_fuel_sweat_test (const RbdSweatInput  *input,
                     RbdSweatResult       *result,
                     GError              **error)
{
  RbdSweatResult out = { 0 };
  double lost_kg;
  double sweat_ml;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (!check_mass (input->mass_before_kg, _("Mass before"), RBD_FUEL_ERROR_MASS_BEFORE, error) ||
      !check_mass (input->mass_after_kg, _("Mass after"), RBD_FUEL_ERROR_MASS_AFTER, error) ||
      !check_fluid (input->fluid_ml, _("Fluid drunk"), RBD_FUEL_ERROR_FLUID, error) ||
      !check_fluid (input->urine_ml, _("Urine"), RBD_FUEL_ERROR_URINE, error) ||
      !check_duration (input->duration_s, error))
    return FALSE;

  lost_kg = input->mass_before_kg - input->mass_after_kg;

  /* A gain means more went in than came out as sweat: the test cannot
   * tell how much was sweated, and a negative rate would mean nothing. */
  if (lost_kg < 0)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_MASS_AFTER,
                           _("Mass after is higher than mass before: you drank more than "
                             "you sweated, so this test cannot give a sweat rate. Try again "
                             "and drink less during the run."));
      return FALSE;
    }

  /* The tolerance absorbs 70.4 - 69.5 being 0.90000000000000568. */
  sweat_ml = lost_kg * ML_PER_KG + input->fluid_ml - input->urine_ml;
  if (sweat_ml < -1e-6)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_URINE,
                           _("Urine is more than the mass lost plus the fluid drunk, which "
                             "would mean no sweat at all: check urine and both masses."));
      return FALSE;
    }
  sweat_ml = MAX (sweat_ml, 0.0);

  out.sweat_ml = rbd_round_ml (sweat_ml);
  out.rate_ml_per_h = rbd_round_ml (sweat_ml / (input->duration_s / 3600.0));
  out.mass_lost_kg = lost_kg;
  out.loss_percent = rbd_round_percent (lost_kg / input->mass_before_kg * 100.0);

  /* Judged on the percentage as shown, so the words and the number agree. */
  if (out.loss_percent >= LOSS_WARNING_PCT)
    out.level = RBD_LOSS_WARNING;
  else if (out.loss_percent >= LOSS_NOTICE_PCT)
    out.level = RBD_LOSS_NOTICE;
  else
    out.level = RBD_LOSS_NONE;

  out.drink_after_ml.min = rbd_round_ml (lost_kg * drink_after_ml_per_kg.min);
  out.drink_after_ml.max = rbd_round_ml (lost_kg * drink_after_ml_per_kg.max);

  *result = out;
  return TRUE;
}

/* A number with at most @digits decimals, without trailing zeros:
 * "1.5", "1", "0.85"; in the user's locale. */
static char *
format_decimal (double value,
                int    digits)
{
  char *text = g_strdup_printf ("%.*f", digits, value);
  char *end;

  if (digits == 0)
    return text;

  end = text + strlen (text) - 1;
  while (end > text && *end == '0')
    *end-- = '\0';
  if (end > text && !g_ascii_isdigit (*end))
    *end = '\0';

  return text;
}

static char *
format_range (const char *min,
              const char *max,
              const char *unit)
{
  if (g_str_equal (min, max))
    /* Translators: an amount and its unit, "300 ml" */
    return g_strdup_printf (C_("amount", "%s %s"), min, unit);

  /* Translators: a range of amounts and their unit, "300–500 ml" */
  return g_strdup_printf (C_("amount", "%s–%s %s"), min, max, unit);
}

char *
rbd_format_grams (const RbdRange *grams)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (grams != NULL, NULL);

  min = format_decimal (rbd_round_grams (grams->min), 0);
  max = format_decimal (rbd_round_grams (grams->max), 0);

  /* Translators: grams */
  return format_range (min, max, _("g"));
}

char *
rbd_format_fluid (const RbdRange *ml,
                  RbdUnits        units)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (ml != NULL, NULL);

  if (units == RBD_UNITS_IMPERIAL)
    {
      min = format_decimal (rbd_round_fl_oz (rbd_ml_to_fl_oz (ml->min)), 0);
      max = format_decimal (rbd_round_fl_oz (rbd_ml_to_fl_oz (ml->max)), 0);
      /* Translators: US fluid ounces */
      return format_range (min, max, _("fl oz"));
    }

  if (rbd_round_ml (ml->max) >= 1000)
    {
      min = format_decimal (rbd_round_ml (ml->min) / 1000.0, 2);
      max = format_decimal (rbd_round_ml (ml->max) / 1000.0, 2);
      /* Translators: litres */
      return format_range (min, max, _("L"));
    }

  min = format_decimal (rbd_round_ml (ml->min), 0);
  max = format_decimal (rbd_round_ml (ml->max), 0);
  /* Translators: millilitres */
  return format_range (min, max, _("ml"));
}

char *
rbd_format_fluid_rate (const RbdRange *ml_per_h,
                       RbdUnits        units)
{
  g_autofree char *amount = rbd_format_fluid (ml_per_h, units);

  /* Translators: a fluid amount, "400–500 ml per hour" */
  return g_strdup_printf (_("%s per hour"), amount);
}

char *
rbd_format_sodium (const RbdRange *mg)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (mg != NULL, NULL);

  min = format_decimal (rbd_round_mg (mg->min), 0);
  max = format_decimal (rbd_round_mg (mg->max), 0);

  /* Translators: milligrams */
  return format_range (min, max, _("mg"));
}

char *
rbd_format_sweat_rate (double   ml_per_h,
                       RbdUnits units)
{
  g_autofree char *number = NULL;

  if (!isfinite (ml_per_h) || ml_per_h < 0)
    ml_per_h = 0;

  if (units == RBD_UNITS_IMPERIAL)
    {
      number = format_decimal (rbd_round_fl_oz (rbd_ml_to_fl_oz (ml_per_h)), 0);
      /* Translators: US fluid ounces per hour */
      return g_strdup_printf (_("%s fl oz/h"), number);
    }

  number = format_decimal (rbd_round_ml (ml_per_h) / 1000.0, 2);
  /* Translators: litres per hour */
  return g_strdup_printf (_("%s L/h"), number);
}

char *
rbd_format_body_mass (double   kg,
                      RbdUnits units)
{
  g_autofree char *number = NULL;

  if (!isfinite (kg) || kg < 0)
    kg = 0;

  if (units == RBD_UNITS_IMPERIAL)
    {
      number = format_decimal (round_half_away (rbd_kg_to_lb (kg) * 10.0) / 10.0, 1);
      /* Translators: pounds */
      return g_strdup_printf (_("%s lb"), number);
    }

  number = format_decimal (round_half_away (kg * 10.0) / 10.0, 1);
  /* Translators: kilograms */
  return g_strdup_printf (_("%s kg"), number);
}

char *
rbd_format_percent (double percent)
{
  g_autofree char *number = NULL;

  if (!isfinite (percent) || percent < 0)
    percent = 0;

  number = g_strdup_printf ("%.1f", rbd_round_percent (percent));

  /* Translators: a percentage, "1.4 %" */
  return g_strdup_printf (_("%s %%"), number);
}

char *
rbd_format_servings (const RbdRange *servings)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *range = NULL;
  gulong n;

  g_return_val_if_fail (servings != NULL, NULL);

  min = format_decimal (servings->min, 0);
  max = format_decimal (servings->max, 0);
  n = (gulong) MAX (servings->max, 0);

  if (g_str_equal (min, max))
    range = g_strdup (min);
  else
    /* Translators: a range of counts, "4–6" */
    range = g_strdup_printf (C_("count", "%s–%s"), min, max);

  /* Translators: %s is a count or a range of counts, "4–6 servings" */
  return g_strdup_printf (ngettext ("%s serving", "%s servings", n), range);
}

/* A factor per kg as the user reads it: per kg, or per lb, with at most
 * two decimals. */
static char *
format_per_mass (const PerKg *per_kg,
                 RbdUnits     units)
{
  double factor = units == RBD_UNITS_IMPERIAL ? KG_PER_LB : 1.0;
  g_autofree char *min = format_decimal (per_kg->min_per_kg * factor, 2);
  g_autofree char *max = format_decimal (per_kg->max_per_kg * factor, 2);

  if (units == RBD_UNITS_IMPERIAL)
    /* Translators: grams per pound of body mass, "0.36–0.54 g per lb of body mass" */
    return g_strdup_printf (_("%s–%s g per lb of body mass"), min, max);

  /* Translators: grams per kilogram of body mass, "0.8–1.2 g per kg of body mass" */
  return g_strdup_printf (_("%s–%s g per kg of body mass"), min, max);
}

/**
 * rbd_fuel_dup_basis:
 *
 * Returns: (transfer full): what a result is worked out from, in @units
 */
char *
rbd_fuel_dup_basis (RbdFuelBasis basis,
                    RbdUnits     units)
{
  switch (basis)
    {
    case RBD_FUEL_BASIS_AFTER_CARBOHYDRATE:
      return format_per_mass (&after_run_carbohydrate_g, units);
    case RBD_FUEL_BASIS_AFTER_PROTEIN:
      return format_per_mass (&after_run_protein_g, units);
    case RBD_FUEL_BASIS_DAILY_PROTEIN:
      return format_per_mass (&daily_protein_g, units);
    case RBD_FUEL_BASIS_BEFORE_CARBOHYDRATE:
      return format_per_mass (&before_run_carbohydrate_g, units);
    case RBD_FUEL_BASIS_SERVING:
      {
        RbdRange serving = { SERVING_MIN_G, SERVING_MAX_G };
        g_autofree char *grams = rbd_format_grams (&serving);

        /* Translators: "20–30 g of protein each" */
        return g_strdup_printf (_("%s of protein each"), grams);
      }
    case RBD_FUEL_BASIS_DURING_FLUID:
      {
        RbdRange range = { DURING_MIN_ML_PER_H, DURING_MAX_ML_PER_H };

        return rbd_format_fluid_rate (&range, units);
      }
    case RBD_FUEL_BASIS_SODIUM:
      if (units == RBD_UNITS_IMPERIAL)
        return g_strdup (_("Per litre (34 fl oz) of drink"));
      return g_strdup (_("Per litre of drink"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rbd_fuel_rounding_rule:
 *
 * Returns: the rounding rule in words, for the page that shows the amounts
 */
const char *
rbd_fuel_rounding_rule (RbdUnits units)
{
  if (units == RBD_UNITS_IMPERIAL)
    return _("Amounts are rounded: food to the nearest gram, fluids to the nearest "
             "fluid ounce, sodium to the nearest 10 mg, halves up.");

  return _("Amounts are rounded: food to the nearest gram, fluids to the nearest "
           "10 ml, sodium to the nearest 10 mg, halves up.");
}
