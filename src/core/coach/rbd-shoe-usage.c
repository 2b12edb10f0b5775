/* rbd-shoe-usage.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-shoe-usage"

#include "config.h"

#include "rbd-session.h"
#include "rbd-shoe-usage.h"

static void
usage_clear (gpointer data)
{
  RbdShoeUsage *usage = data;

  g_clear_object (&usage->shoe);
}

gboolean
rbd_shoe_usage_passed_limit (double distance_m,
                             double limit_km)
{
  return distance_m >= limit_km * 1000.0;
}

/**
 * rbd_shoe_usage_compute:
 * @shoes: (element-type RbdShoe)
 * @sessions: (element-type RbdSession)
 * @limit_func: (nullable): each shoe's limit; %NULL for
 *   %RBD_SHOE_DEFAULT_LIMIT_KM for all
 *
 * Returns: (transfer full) (element-type RbdShoeUsage): one entry per
 *   shoe, in the order of @shoes
 */
GArray *
rbd_shoe_usage_compute (GListModel       *shoes,
                        GListModel       *sessions,
                        RbdShoeLimitFunc  limit_func,
                        gpointer          user_data)
{
  g_autoptr(GHashTable) by_id = NULL;
  GArray *usages;
  guint n_shoes, n_sessions;

  g_return_val_if_fail (G_IS_LIST_MODEL (shoes), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  n_shoes = g_list_model_get_n_items (shoes);
  usages = g_array_sized_new (FALSE, TRUE, sizeof (RbdShoeUsage), n_shoes);
  g_array_set_clear_func (usages, usage_clear);
  g_array_set_size (usages, n_shoes);

  /* Ids point into the array, which no longer grows. */
  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_shoes; i++)
    {
      RbdShoeUsage *usage = &g_array_index (usages, RbdShoeUsage, i);
      const char *id;

      usage->shoe = g_list_model_get_item (shoes, i);
      usage->limit_km = limit_func != NULL ? limit_func (usage->shoe, user_data)
                                           : RBD_SHOE_DEFAULT_LIMIT_KM;
      id = rbd_record_get_id (RBD_RECORD (usage->shoe));
      if (id != NULL && !g_hash_table_contains (by_id, id))
        g_hash_table_insert (by_id, (gpointer) id, usage);
    }

  n_sessions = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);
      const char *shoe_id = rbd_record_get_string (session, "shoe_id");
      RbdShoeUsage *usage;
      double distance_m;

      if (shoe_id == NULL || (usage = g_hash_table_lookup (by_id, shoe_id)) == NULL)
        continue;

      usage->n_sessions++;
      distance_m = rbd_record_get_double (session, "distance_m");
      if (distance_m != RBD_UNSET)
        usage->distance_m += distance_m;
    }

  for (guint i = 0; i < n_shoes; i++)
    {
      RbdShoeUsage *usage = &g_array_index (usages, RbdShoeUsage, i);

      usage->passed_limit = rbd_shoe_usage_passed_limit (usage->distance_m, usage->limit_km);
    }

  return usages;
}

/* The distance of the sessions run in the shoe with @shoe_id. */
double
rbd_shoe_usage_distance_m (GListModel *sessions,
                           const char *shoe_id)
{
  double total = 0.0;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), 0.0);
  g_return_val_if_fail (shoe_id != NULL, 0.0);

  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);
      double distance_m;

      if (g_strcmp0 (rbd_record_get_string (session, "shoe_id"), shoe_id) != 0)
        continue;

      distance_m = rbd_record_get_double (session, "distance_m");
      if (distance_m != RBD_UNSET)
        total += distance_m;
    }

  return total;
}
