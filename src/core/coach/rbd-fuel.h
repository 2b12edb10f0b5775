/* rbd-fuel.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fuel and fluid calculators: pure functions over the runner's
 * numbers, always in metric (kg, g, ml, mg, s). Every result is finite,
 * never negative, and already rounded by the one rounding rule below;
 * every bad input is a FALSE return and a GError that names the field. */

#define RBD_FUEL_ERROR (rbd_fuel_error_quark ())

/* Which input was wrong, so that a form can mark the right row. */
typedef enum
{
  RBD_FUEL_ERROR_BODY_MASS,
  RBD_FUEL_ERROR_MASS_BEFORE,
  RBD_FUEL_ERROR_MASS_AFTER,
  RBD_FUEL_ERROR_FLUID,
  RBD_FUEL_ERROR_URINE,
  RBD_FUEL_ERROR_DURATION,
  RBD_FUEL_ERROR_CONDITIONS,
  RBD_FUEL_ERROR_SWEAT_RATE,
} RbdFuelError;

GQuark rbd_fuel_error_quark (void);

/* A range of amounts, already rounded by the one rounding rule. */
typedef struct
{
  double min;
  double max;
} RbdRange;

/* The rounding rule, the same for every screen, reminder and printout:
 * - food (carbohydrate, protein) to the nearest whole gram;
 * - fluids to the nearest 10 ml, or the nearest whole US fluid ounce;
 * - sodium to the nearest 10 mg;
 * - percentages of body mass to one decimal.
 * Halves go away from zero. Shown to the user by rbd_fuel_rounding_rule(). */
double rbd_round_grams   (double grams);
double rbd_round_ml      (double ml);
double rbd_round_fl_oz   (double fl_oz);
double rbd_round_mg      (double mg);
double rbd_round_percent (double percent);

/* Units the user reads and types in; the document is always metric. */
typedef enum
{
  RBD_UNITS_METRIC,     /* kg, g, ml and L */
  RBD_UNITS_IMPERIAL,   /* lb, g, US fl oz */
} RbdUnits;

RbdUnits rbd_units_from_id (const char *id);

double rbd_kg_to_lb     (double kg);
double rbd_lb_to_kg     (double lb);
double rbd_ml_to_fl_oz  (double ml);
double rbd_fl_oz_to_ml  (double fl_oz);

/* Weather during a run: places the fluid during it in its range. */
typedef enum
{
  RBD_CONDITIONS_COOL,
  RBD_CONDITIONS_MILD,
  RBD_CONDITIONS_HOT,
  RBD_CONDITIONS_VERY_HOT,
  RBD_N_CONDITIONS
} RbdConditions;

const char *rbd_conditions_to_id   (RbdConditions  conditions);
gboolean    rbd_conditions_from_id (const char    *id,
                                    RbdConditions *conditions);
char       *rbd_conditions_dup_label (RbdConditions conditions,
                                      RbdUnits      units);

/* Checks a body mass as the calculators need it: 20-300 kg. */
gboolean rbd_fuel_check_body_mass (double    body_mass_kg,
                                   GError  **error);

/* After a run (the first 60-90 min): carbohydrate 0.8-1.2 g/kg and
 * protein 0.25-0.4 g/kg (DOMAIN.md). FALSE for a body mass outside
 * 20-300 kg; rbd_fuel_check_body_mass() says why. */
gboolean rbd_fuel_after_run (double    body_mass_kg,
                             RbdRange *carbohydrate_g,
                             RbdRange *protein_g);

/* Food that reaches the after-run amounts: @foods is a sentence such as
 * "3 glasses of chocolate milk", with its totals. */
typedef struct
{
  char   *foods;
  double  carbohydrate_g;
  double  protein_g;
} RbdFoodIdea;

void       rbd_food_idea_free       (RbdFoodIdea    *idea);
GPtrArray *rbd_fuel_after_run_ideas (const RbdRange *carbohydrate_g,
                                     const RbdRange *protein_g);

/* Protein over a whole day: 1.4-1.8 g/kg, in servings of 20-30 g. */
gboolean rbd_fuel_daily_protein (double     body_mass_kg,
                                 RbdRange  *protein_g,
                                 RbdRange  *servings,
                                 GError   **error);

/* Before a run: 1-4 g/kg carbohydrate in the hours before, and
 * 300-500 ml of fluid in the last 1-2 h. */
gboolean rbd_fuel_before_run (double     body_mass_kg,
                              RbdRange  *carbohydrate_g,
                              RbdRange  *fluid_ml,
                              GError   **error);

/* During a run. Runs over 60 min need fluid on the way: 300-700 ml per
 * hour, placed by the runner's measured sweat rate when there is one, by
 * the conditions otherwise. Hot runs and runs over 90 min add sodium,
 * 300-600 mg per litre of drink. */
typedef struct
{
  gboolean drink;             /* long enough to drink during it */
  gboolean from_sweat_rate;   /* placed by the sweat rate, not the conditions */
  RbdRange fluid_ml_per_h;
  RbdRange fluid_ml;          /* for the whole run */
  gboolean sodium;            /* hot or long: drink with sodium */
  RbdRange sodium_mg_per_l;
  RbdRange sodium_mg_per_h;   /* at the fluid rate above */
} RbdDuringRun;

#define RBD_DRINK_AFTER_S   (60 * 60)
#define RBD_SODIUM_AFTER_S  (90 * 60)

gboolean rbd_fuel_during_run (double         duration_s,
                              RbdConditions  conditions,
                              double         sweat_rate_ml_per_h,
                              RbdDuringRun  *result,
                              GError       **error);

/* A sweat test: weigh before and after a run, note what was drunk and
 * passed. Sweat rate (L/h) = (before - after + drunk - urine) / hours. */
typedef struct
{
  double mass_before_kg;
  double mass_after_kg;
  double fluid_ml;
  double urine_ml;
  double duration_s;
} RbdSweatInput;

typedef enum
{
  RBD_LOSS_NONE,       /* under 1 % of body mass */
  RBD_LOSS_NOTICE,     /* from 1 %: heart rate and effort already rise */
  RBD_LOSS_WARNING,    /* from 2 % */
} RbdLossLevel;

typedef struct
{
  double       sweat_ml;          /* all sweat lost during the test */
  double       rate_ml_per_h;
  double       mass_lost_kg;      /* before - after, not rounded */
  double       loss_percent;      /* of the mass before */
  RbdLossLevel level;
  RbdRange     drink_after_ml;    /* 1-1.5 L per kg lost */
} RbdSweatResult;

#define RBD_MAX_TEST_S 86400

gboolean rbd_fuel_sweat_test (const RbdSweatInput  *input,
                              RbdSweatResult       *result,
                              GError              **error);

/* Text for people, in @units and the user's locale: "56–84 g",
 * "300–500 ml", "1–1.5 L", "10–17 fl oz", "0.85 L/h". */
char *rbd_format_grams       (const RbdRange *grams);
char *rbd_format_fluid       (const RbdRange *ml,
                              RbdUnits        units);
char *rbd_format_fluid_rate  (const RbdRange *ml_per_h,
                              RbdUnits        units);
char *rbd_format_sodium      (const RbdRange *mg);
char *rbd_format_sweat_rate  (double          ml_per_h,
                              RbdUnits        units);
char *rbd_format_body_mass   (double          kg,
                              RbdUnits        units);
char *rbd_format_percent     (double          percent);
char *rbd_format_servings    (const RbdRange *servings);

/* What a result is worked out from, in words with the numbers from the
 * same tables as the calculators: "0.8–1.2 g per kg of body mass". */
typedef enum
{
  RBD_FUEL_BASIS_AFTER_CARBOHYDRATE,
  RBD_FUEL_BASIS_AFTER_PROTEIN,
  RBD_FUEL_BASIS_DAILY_PROTEIN,
  RBD_FUEL_BASIS_SERVING,
  RBD_FUEL_BASIS_BEFORE_CARBOHYDRATE,
  RBD_FUEL_BASIS_DURING_FLUID,
  RBD_FUEL_BASIS_SODIUM,
} RbdFuelBasis;

char       *rbd_fuel_dup_basis     (RbdFuelBasis basis,
                                    RbdUnits     units);
const char *rbd_fuel_rounding_rule (RbdUnits     units);

G_END_DECLS
