/* rbd-shoe-usage.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-shoe.h"

G_BEGIN_DECLS

/* Distance per pair of shoes from the logged sessions, and whether a pair
 * has passed its limit (reached it or gone beyond). Sessions without a
 * distance add a session but no distance; sessions naming a shoe that is
 * not in the list are left out. Pure. */

#define RBD_SHOE_DEFAULT_LIMIT_KM 700.0

typedef struct
{
  RbdShoe  *shoe;            /* a reference */
  double    distance_m;
  guint     n_sessions;
  double    limit_km;
  gboolean  passed_limit;
} RbdShoeUsage;

/* The limit for @shoe in km; it may look at the shoe (a limit of its
 * own) and fall back to RBD_SHOE_DEFAULT_LIMIT_KM. */
typedef double (*RbdShoeLimitFunc) (RbdShoe  *shoe,
                                    gpointer  user_data);

GArray   *rbd_shoe_usage_compute      (GListModel       *shoes,
                                       GListModel       *sessions,
                                       RbdShoeLimitFunc  limit_func,
                                       gpointer          user_data);
double    rbd_shoe_usage_distance_m   (GListModel       *sessions,
                                       const char       *shoe_id);
gboolean  rbd_shoe_usage_passed_limit (double            distance_m,
                                       double            limit_km);

G_END_DECLS
