/* rbd-fuel-document.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel-document"

#include "config.h"

#include "rbd-fuel-document.h"
#include "rbd-recovery-timeline.h"
#include "rbd-sweat-test.h"

/* Where the Fuel page finds its records in the document, and the one
 * timeline runner per store (kept on the store, so that reminders go on
 * after a window closes and all windows share it). */

/**
 * rbd_fuel_document_get_sweat_tests:
 *
 * Returns: (transfer none): the document's standalone sweat tests
 */
GListStore *
rbd_fuel_document_get_sweat_tests (RbdStore *store)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  return rbd_store_get_sweat_tests (store);
}

/**
 * rbd_fuel_document_get_timelines:
 *
 * Returns: (transfer none): the document's post-run timelines
 */
GListStore *
rbd_fuel_document_get_timelines (RbdStore *store)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  return rbd_store_get_timelines (store);
}

/**
 * rbd_fuel_document_get_sessions:
 *
 * Returns: (transfer none): the document's logged sessions
 */
GListStore *
rbd_fuel_document_get_sessions (RbdStore *store)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  return rbd_store_get_sessions (store);
}

/**
 * rbd_fuel_document_get_runner:
 *
 * Returns: (transfer none): the runner of the store's timelines
 */
RbdTimelineRunner *
rbd_fuel_document_get_runner (RbdStore    *store,
                              RbdNotifier *notifier)
{
  RbdTimelineRunner *runner;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (RBD_IS_NOTIFIER (notifier), NULL);

  runner = g_object_get_data (G_OBJECT (store), "rbd-fuel-timeline-runner");
  if (runner == NULL)
    {
      GListStore *timelines = rbd_fuel_document_get_timelines (store);

      runner = rbd_timeline_runner_new (G_LIST_MODEL (timelines), notifier);
      g_object_set_data_full (G_OBJECT (store), "rbd-fuel-timeline-runner", runner,
                              g_object_unref);
    }

  return runner;
}
