/* test-shoe-usage.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "log-test-history.h"
#include "rbd-shoe-usage.h"

typedef struct
{
  GListStore *shoes;
  GListStore *sessions;
} Fixture;

static void
add_shoe (GListStore *shoes,
          const char *id,
          gboolean    retired)
{
  g_autoptr(RbdShoe) shoe = rbd_shoe_new ();

  rbd_record_set_string (RBD_RECORD (shoe), "id", id);
  rbd_record_set_string (RBD_RECORD (shoe), "name", id);
  rbd_record_set_boolean (RBD_RECORD (shoe), "retired", retired);
  g_list_store_append (shoes, shoe);
}

/* "day:kind:rpe:minutes:km:avg_hr:soreness:shoe" */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *sessions[] = {
    "-9:easy:4:60:10:::daily", "-8:long:6:70:12.5:::daily", "-7:easy:4:40:-:::daily",
    "-6:race:9:1500:350:::old", "-5:race:9:1500:350:::old",
    "-4:easy:4:60:10:::ghost",  /* a shoe that isn't in the list */
    "-3:easy:4:60:10",          /* no shoe */
    NULL
  };
  GDate day;

  f->shoes = g_list_store_new (RBD_TYPE_SHOE);
  add_shoe (f->shoes, "daily", FALSE);
  add_shoe (f->shoes, "old", FALSE);
  add_shoe (f->shoes, "new", FALSE);
  add_shoe (f->shoes, "retired", TRUE);

  log_test_day ("2026-11-30", &day);
  f->sessions = log_test_sessions (&day, sessions);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->shoes);
  g_clear_object (&f->sessions);
}

typedef struct
{
  const char *id;
  double      distance_m;
  guint       n_sessions;
  double      limit_km;
  gboolean    passed;
} Expected;

static void
check (GArray         *usages,
       const Expected *expected,
       guint           n)
{
  g_assert_cmpuint (usages->len, ==, n);

  for (guint i = 0; i < n; i++)
    {
      const RbdShoeUsage *usage = &g_array_index (usages, RbdShoeUsage, i);

      g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (usage->shoe)), ==, expected[i].id);
      g_assert_cmpfloat_with_epsilon (usage->distance_m, expected[i].distance_m, 1e-6);
      g_assert_cmpuint (usage->n_sessions, ==, expected[i].n_sessions);
      g_assert_cmpfloat (usage->limit_km, ==, expected[i].limit_km);
      g_assert_cmpint (usage->passed_limit, ==, expected[i].passed);
    }
}

static void
test_default_limit (Fixture       *f,
                    gconstpointer  data)
{
  /* 700 km is "passed": the limit is reached. */
  const Expected expected[] = {
    { "daily", 22500, 3, 700, FALSE },
    { "old", 700000, 2, 700, TRUE },
    { "new", 0, 0, 700, FALSE },
    { "retired", 0, 0, 700, FALSE },
  };
  g_autoptr(GArray) usages = rbd_shoe_usage_compute (G_LIST_MODEL (f->shoes),
                                                     G_LIST_MODEL (f->sessions), NULL, NULL);

  check (usages, expected, G_N_ELEMENTS (expected));
}

static double
limit_from_table (RbdShoe  *shoe,
                  gpointer  user_data)
{
  GHashTable *limits = user_data;
  const double *km = g_hash_table_lookup (limits, rbd_record_get_id (RBD_RECORD (shoe)));

  return km != NULL ? *km : RBD_SHOE_DEFAULT_LIMIT_KM;
}

/* Each shoe its own limit, as the lead's limit_km member will give. */
static void
test_own_limits (Fixture       *f,
                 gconstpointer  data)
{
  static const double twenty = 20, eight_hundred = 800;
  const Expected expected[] = {
    { "daily", 22500, 3, 20, TRUE },
    { "old", 700000, 2, 800, FALSE },
    { "new", 0, 0, 700, FALSE },
    { "retired", 0, 0, 700, FALSE },
  };
  g_autoptr(GHashTable) limits = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) usages = NULL;

  g_hash_table_insert (limits, (gpointer) "daily", (gpointer) &twenty);
  g_hash_table_insert (limits, (gpointer) "old", (gpointer) &eight_hundred);
  usages = rbd_shoe_usage_compute (G_LIST_MODEL (f->shoes), G_LIST_MODEL (f->sessions),
                                   limit_from_table, limits);

  check (usages, expected, G_N_ELEMENTS (expected));
}

static void
test_distance_of_one (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpfloat (rbd_shoe_usage_distance_m (G_LIST_MODEL (f->sessions), "daily"), ==, 22500);
  g_assert_cmpfloat (rbd_shoe_usage_distance_m (G_LIST_MODEL (f->sessions), "ghost"), ==, 10000);
  g_assert_cmpfloat (rbd_shoe_usage_distance_m (G_LIST_MODEL (f->sessions), "new"), ==, 0);
}

static void
test_passed_limit (void)
{
  g_assert_false (rbd_shoe_usage_passed_limit (699999.9, 700));
  g_assert_true (rbd_shoe_usage_passed_limit (700000, 700));
  g_assert_true (rbd_shoe_usage_passed_limit (812000, 700));
  g_assert_false (rbd_shoe_usage_passed_limit (0, 700));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/shoe-usage/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("default-limit", test_default_limit);
  ADD ("own-limits", test_own_limits);
  ADD ("distance-of-one", test_distance_of_one);
  g_test_add_func ("/shoe-usage/passed-limit", test_passed_limit);

#undef ADD

  return g_test_run ();
}
