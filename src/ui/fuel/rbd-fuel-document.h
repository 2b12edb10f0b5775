/* rbd-fuel-document.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-notifier.h"
#include "rbd-store.h"
#include "rbd-timeline-runner.h"

G_BEGIN_DECLS

/* Where the Fuel page finds its collections in the document. */
GListStore        *rbd_fuel_document_get_sweat_tests (RbdStore    *store);
GListStore        *rbd_fuel_document_get_timelines   (RbdStore    *store);
GListStore        *rbd_fuel_document_get_sessions    (RbdStore    *store);

/* The one runner for the store's timelines: it lives as long as the store
 * (so reminders go on with every window closed), whichever page asked
 * first; later callers share it. */
RbdTimelineRunner *rbd_fuel_document_get_runner      (RbdStore    *store,
                                                      RbdNotifier *notifier);

G_END_DECLS
