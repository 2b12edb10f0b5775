/* generate-document.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "rbd-bench-document.h"

/* Writes a ten-year document as DIR/rebound.json, for benchmarks and for
 * trying the app with a lot of data. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(GDate) today = g_date_new ();
  guint32 seed = 2026;

  setlocale (LC_ALL, "");

  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s DATA-DIR [SEED]\n", argv[0]);
      return 2;
    }
  if (argc == 3)
    seed = (guint32) strtoul (argv[2], NULL, 10);

  store = rbd_store_new (argv[1]);
  if (!rbd_store_load (store, &error))
    {
      g_printerr ("%s: %s\n", rbd_store_get_path (store), error->message);
      return 1;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))) > 0)
    {
      g_printerr ("%s already has data; give an empty folder\n", rbd_store_get_path (store));
      return 1;
    }

  g_date_set_time_t (today, time (NULL));
  rbd_bench_fill_ten_years (store, today, seed);

  if (!rbd_store_save (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s\n", rbd_store_get_path (store));

  return 0;
}
