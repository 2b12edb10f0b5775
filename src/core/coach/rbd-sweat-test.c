/* rbd-sweat-test.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-sweat-test"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-sweat-test.h"

/* A sweat test done on its own, outside a logged session: weighed before
 * and after a run, with what was drunk and passed in between. */
struct _RbdSweatTest
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdSweatTest, rbd_sweat_test, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",             RBD_FIELD_ID,       N_("ID"),           0, 0, TRUE },
  { "date",           RBD_FIELD_DATETIME, N_("Date"),         0, 0, TRUE },
  { "mass_before_kg", RBD_FIELD_DOUBLE,   N_("Mass before"),  MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "mass_after_kg",  RBD_FIELD_DOUBLE,   N_("Mass after"),   MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, FALSE },
  { "fluid_ml",       RBD_FIELD_DOUBLE,   N_("Fluid drunk"),  0, MAX_FLUID_ML, FALSE },
  { "urine_ml",       RBD_FIELD_DOUBLE,   N_("Urine"),        0, MAX_FLUID_ML, FALSE },
  { "duration_s",     RBD_FIELD_INT,      N_("Duration"),     1, RBD_MAX_TEST_S, FALSE },
  { "conditions",     RBD_FIELD_STRING,   N_("Conditions"),   0, 0, FALSE },
  { "session_id",     RBD_FIELD_REF,      N_("Session"),      0, 0, FALSE },
};

typedef struct
{
  RbdSweatTest *test;
  GDateTime    *date;
} Dated;

static void
dated_free (Dated *dated)
{
  g_clear_object (&dated->test);
  g_clear_pointer (&dated->date, g_date_time_unref);
  g_free (dated);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Dated *da = *(Dated * const *) a;
  const Dated *db = *(Dated * const *) b;

  return g_date_time_compare (db->date, da->date);
}

static void
rbd_sweat_test_class_init (RbdSweatTestClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "sweat_tests",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_sweat_test_init (RbdSweatTest *self)
{
}

RbdSweatTest *
rbd_sweat_test_new (void)
{
  RbdSweatTest *self = g_object_new (RBD_TYPE_SWEAT_TEST, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}

/**
 * rbd_sweat_test_new_from_input:
 * @date: when the test was done
 *
 * Returns: (transfer full) (nullable): a new test, or %NULL with @error
 *   set when the input gives no sweat rate (rbd_fuel_sweat_test())
 */
RbdSweatTest *
rbd_sweat_test_new_from_input (const RbdSweatInput  *input,
                               RbdConditions         conditions,
                               GDateTime            *date,
                               GError              **error)
{
  g_autoptr(RbdSweatTest) self = NULL;
  g_autofree char *date_text = NULL;
  RbdSweatResult result;
  RbdRecord *record;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (!rbd_fuel_sweat_test (input, &result, error))
    return NULL;

  if ((guint) conditions >= RBD_N_CONDITIONS)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_CONDITIONS,
                           _("Conditions must be cool, mild, hot or very hot"));
      return NULL;
    }

  self = rbd_sweat_test_new ();
  record = RBD_RECORD (self);
  date_text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");

  rbd_record_set_string (record, "date", date_text);
  rbd_record_set_double (record, "mass_before_kg", input->mass_before_kg);
  rbd_record_set_double (record, "mass_after_kg", input->mass_after_kg);
  rbd_record_set_double (record, "fluid_ml", input->fluid_ml);
  rbd_record_set_double (record, "urine_ml", input->urine_ml);
  /* Whole seconds, as the document keeps them; a test is at least one. */
  rbd_record_set_int (record, "duration_s",
                      (int) CLAMP (round (input->duration_s), 1, RBD_MAX_TEST_S));
  rbd_record_set_string (record, "conditions", rbd_conditions_to_id (conditions));

  return g_steal_pointer (&self);
}

/**
 * rbd_sweat_test_dup_date:
 *
 * Returns: (transfer full) (nullable): when the test was done
 */
GDateTime *
rbd_sweat_test_dup_date (RbdSweatTest *self)
{
  const char *text;

  g_return_val_if_fail (RBD_IS_SWEAT_TEST (self), NULL);

  text = rbd_record_get_string (RBD_RECORD (self), "date");
  if (text == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

/**
 * rbd_sweat_test_get_conditions:
 *
 * Returns: %FALSE when the test has no conditions the app knows
 */
gboolean
rbd_sweat_test_get_conditions (RbdSweatTest  *self,
                               RbdConditions *conditions)
{
  g_return_val_if_fail (RBD_IS_SWEAT_TEST (self), FALSE);

  return rbd_conditions_from_id (rbd_record_get_string (RBD_RECORD (self), "conditions"),
                                 conditions);
}

/**
 * rbd_sweat_test_get_input:
 *
 * The test's numbers for rbd_fuel_sweat_test(). Nothing drunk or passed
 * is taken as zero; a missing mass or duration is an error.
 */
gboolean
rbd_sweat_test_get_input (RbdSweatTest   *self,
                          RbdSweatInput  *input,
                          GError        **error)
{
  static const char * const required[] = { "mass_before_kg", "mass_after_kg", "duration_s" };
  RbdRecord *record = (RbdRecord *) self;

  g_return_val_if_fail (RBD_IS_SWEAT_TEST (self), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (!rbd_record_is_set (record, required[i]))
        {
          const RbdField *field = rbd_record_class_find_field (RBD_RECORD_GET_CLASS (record),
                                                               required[i]);

          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s is required"), _(field->label));
          return FALSE;
        }
    }

  input->mass_before_kg = rbd_record_get_double (record, "mass_before_kg");
  input->mass_after_kg = rbd_record_get_double (record, "mass_after_kg");
  input->fluid_ml = rbd_record_is_set (record, "fluid_ml")
                    ? rbd_record_get_double (record, "fluid_ml") : 0;
  input->urine_ml = rbd_record_is_set (record, "urine_ml")
                    ? rbd_record_get_double (record, "urine_ml") : 0;
  input->duration_s = rbd_record_get_int (record, "duration_s");

  return TRUE;
}

gboolean
rbd_sweat_test_compute (RbdSweatTest    *self,
                        RbdSweatResult  *result,
                        GError         **error)
{
  RbdSweatInput input;

  g_return_val_if_fail (RBD_IS_SWEAT_TEST (self), FALSE);

  return rbd_sweat_test_get_input (self, &input, error) &&
         rbd_fuel_sweat_test (&input, result, error);
}

/**
 * rbd_sweat_tests_dup_latest:
 * @tests: a list of #RbdSweatTest
 *
 * Returns: (transfer container) (element-type RbdSweatTest): the newest
 *   @max_tests tests that give a sweat rate, newest first
 */
GPtrArray *
rbd_sweat_tests_dup_latest (GListModel *tests,
                            guint       max_tests)
{
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func ((GDestroyNotify) dated_free);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (tests), result);

  n = g_list_model_get_n_items (tests);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdSweatTest) test = g_list_model_get_item (tests, i);
      g_autoptr(GDateTime) date = NULL;
      RbdSweatResult sweat;
      Dated *entry;

      if (!RBD_IS_SWEAT_TEST (test))
        continue;

      /* A test that cannot give a rate (loaded with a member left unset)
       * would only pull the average towards nothing. */
      date = rbd_sweat_test_dup_date (test);
      if (date == NULL || !rbd_sweat_test_compute (test, &sweat, NULL))
        continue;

      entry = g_new0 (Dated, 1);
      entry->test = g_steal_pointer (&test);
      entry->date = g_steal_pointer (&date);
      g_ptr_array_add (dated, entry);
    }

  g_ptr_array_sort (dated, compare_newest_first);

  for (guint i = 0; i < dated->len && i < max_tests; i++)
    {
      Dated *entry = g_ptr_array_index (dated, i);

      g_ptr_array_add (result, g_object_ref (entry->test));
    }

  return result;
}

/**
 * rbd_sweat_tests_average_rate:
 * @n_used: (out) (optional): how many tests the average is of
 *
 * Returns: the average sweat rate in ml/h of the newest @max_tests tests,
 *   rounded like every fluid, or %RBD_UNSET when there is none
 */
double
rbd_sweat_tests_average_rate (GListModel *tests,
                              guint       max_tests,
                              guint      *n_used)
{
  g_autoptr(GPtrArray) latest = NULL;
  double sum = 0;

  if (n_used != NULL)
    *n_used = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (tests), RBD_UNSET);

  latest = rbd_sweat_tests_dup_latest (tests, max_tests);
  if (latest->len == 0)
    return RBD_UNSET;

  for (guint i = 0; i < latest->len; i++)
    {
      RbdSweatResult sweat;

      rbd_sweat_test_compute (g_ptr_array_index (latest, i), &sweat, NULL);
      sum += sweat.rate_ml_per_h;
    }

  if (n_used != NULL)
    *n_used = latest->len;

  return rbd_round_ml (sum / latest->len);
}

void
rbd_sweat_rate_free (RbdSweatRate *rate)
{
  if (rate == NULL)
    return;

  g_clear_object (&rate->source);
  g_clear_pointer (&rate->date, g_date_time_unref);
  g_free (rate);
}

static int
compare_rates_newest_first (gconstpointer a,
                            gconstpointer b)
{
  const RbdSweatRate *ra = *(RbdSweatRate * const *) a;
  const RbdSweatRate *rb = *(RbdSweatRate * const *) b;

  return g_date_time_compare (rb->date, ra->date);
}

/**
 * rbd_sweat_input_from_session:
 *
 * A logged session's numbers for rbd_fuel_sweat_test(). Sessions keep no
 * urine, so it counts as none.
 *
 * Returns: %FALSE when the session lacks a mass, the fluid or a duration
 */
gboolean
rbd_sweat_input_from_session (RbdSession    *session,
                              RbdSweatInput *input)
{
  RbdRecord *record = (RbdRecord *) session;

  g_return_val_if_fail (RBD_IS_SESSION (session), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);

  if (!rbd_record_is_set (record, "mass_before_kg") ||
      !rbd_record_is_set (record, "mass_after_kg") ||
      !rbd_record_is_set (record, "fluid_ml") ||
      !rbd_record_is_set (record, "duration_s") ||
      rbd_record_get_int (record, "duration_s") <= 0)
    return FALSE;

  input->mass_before_kg = rbd_record_get_double (record, "mass_before_kg");
  input->mass_after_kg = rbd_record_get_double (record, "mass_after_kg");
  input->fluid_ml = rbd_record_get_double (record, "fluid_ml");
  input->urine_ml = 0;
  input->duration_s = rbd_record_get_int (record, "duration_s");

  return TRUE;
}

/**
 * rbd_sweat_test_save_to_session:
 *
 * Writes a sweat test into a logged session: both masses and the fluid,
 * and the duration only when the session has none (what was logged wins).
 * A session keeps no urine, so a test with urine cannot go there.
 *
 * Returns: %FALSE with @error set, and the session untouched, when the
 *   input gives no sweat rate or has urine
 */
gboolean
rbd_sweat_test_save_to_session (const RbdSweatInput  *input,
                                RbdSession           *session,
                                GError              **error)
{
  RbdRecord *record = (RbdRecord *) session;
  RbdSweatResult result;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (RBD_IS_SESSION (session), FALSE);

  if (!rbd_fuel_sweat_test (input, &result, error))
    return FALSE;

  if (input->urine_ml > 0)
    {
      g_set_error_literal (error, RBD_FUEL_ERROR, RBD_FUEL_ERROR_URINE,
                           _("Urine cannot be kept with a logged session: save the test on "
                             "its own instead"));
      return FALSE;
    }

  rbd_record_set_double (record, "mass_before_kg", input->mass_before_kg);
  rbd_record_set_double (record, "mass_after_kg", input->mass_after_kg);
  rbd_record_set_double (record, "fluid_ml", input->fluid_ml);
  if (!rbd_record_is_set (record, "duration_s") || rbd_record_get_int (record, "duration_s") <= 0)
    rbd_record_set_int (record, "duration_s",
                        (int) CLAMP (round (input->duration_s), 1, RBD_MAX_TEST_S));

  return TRUE;
}

/**
 * rbd_sweat_rates_recent:
 * @tests: (nullable): a list of #RbdSweatTest
 * @sessions: (nullable): a list of #RbdSession
 *
 * The newest sweat rates from both standalone tests (by date) and logged
 * sessions with masses, fluid and duration (by start). Records that give
 * no rate are left out.
 *
 * Returns: (transfer full) (element-type RbdSweatRate): at most
 *   @max_rates rates, newest first
 */
GPtrArray *
rbd_sweat_rates_recent (GListModel *tests,
                        GListModel *sessions,
                        guint       max_rates)
{
  GPtrArray *rates = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_sweat_rate_free);
  guint n;

  g_return_val_if_fail (tests == NULL || G_IS_LIST_MODEL (tests), rates);
  g_return_val_if_fail (sessions == NULL || G_IS_LIST_MODEL (sessions), rates);

  n = tests != NULL ? g_list_model_get_n_items (tests) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (tests, i);
      g_autoptr(GDateTime) date = NULL;
      RbdSweatResult sweat;
      RbdSweatRate *rate;

      if (!RBD_IS_SWEAT_TEST (item))
        continue;

      date = rbd_sweat_test_dup_date (RBD_SWEAT_TEST (item));
      if (date == NULL || !rbd_sweat_test_compute (RBD_SWEAT_TEST (item), &sweat, NULL))
        continue;

      rate = g_new0 (RbdSweatRate, 1);
      rate->source = RBD_RECORD (g_steal_pointer (&item));
      rate->date = g_steal_pointer (&date);
      rate->rate_ml_per_h = sweat.rate_ml_per_h;
      g_ptr_array_add (rates, rate);
    }

  n = sessions != NULL ? g_list_model_get_n_items (sessions) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (sessions, i);
      g_autoptr(GDateTime) date = NULL;
      RbdSweatInput input;
      RbdSweatResult sweat;
      const char *start;
      RbdSweatRate *rate;

      if (!RBD_IS_SESSION (item))
        continue;

      start = rbd_record_get_string (RBD_RECORD (item), "start");
      date = start != NULL ? g_date_time_new_from_iso8601 (start, NULL) : NULL;
      if (date == NULL ||
          !rbd_sweat_input_from_session (RBD_SESSION (item), &input) ||
          !rbd_fuel_sweat_test (&input, &sweat, NULL))
        continue;

      rate = g_new0 (RbdSweatRate, 1);
      rate->source = RBD_RECORD (g_steal_pointer (&item));
      rate->date = g_steal_pointer (&date);
      rate->rate_ml_per_h = sweat.rate_ml_per_h;
      g_ptr_array_add (rates, rate);
    }

  g_ptr_array_sort (rates, compare_rates_newest_first);
  if (rates->len > max_rates)
    g_ptr_array_remove_range (rates, max_rates, rates->len - max_rates);

  return rates;
}

/**
 * rbd_sweat_rates_average:
 * @rates: (element-type RbdSweatRate): from rbd_sweat_rates_recent()
 *
 * Returns: the average in ml/h, rounded like every fluid, or %RBD_UNSET
 *   when @rates is empty
 */
double
rbd_sweat_rates_average (GPtrArray *rates)
{
  double sum = 0;

  g_return_val_if_fail (rates != NULL, RBD_UNSET);

  if (rates->len == 0)
    return RBD_UNSET;

  for (guint i = 0; i < rates->len; i++)
    sum += ((RbdSweatRate *) g_ptr_array_index (rates, i))->rate_ml_per_h;

  return rbd_round_ml (sum / rates->len);
}
