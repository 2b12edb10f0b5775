/* rbd-fuel-page.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-notifier.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_FUEL_PAGE (rbd_fuel_page_get_type ())

G_DECLARE_FINAL_TYPE (RbdFuelPage, rbd_fuel_page, RBD, FUEL_PAGE, AdwBin)

GtkWidget   *rbd_fuel_page_new          (RbdStore    *store,
                                         RbdNotifier *notifier);

RbdStore    *rbd_fuel_page_get_store    (RbdFuelPage *self);
RbdNotifier *rbd_fuel_page_get_notifier (RbdFuelPage *self);

G_END_DECLS
