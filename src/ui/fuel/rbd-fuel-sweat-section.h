/* rbd-fuel-sweat-section.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-fuel.h"
#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_FUEL_SWEAT_SECTION (rbd_fuel_sweat_section_get_type ())

G_DECLARE_FINAL_TYPE (RbdFuelSweatSection, rbd_fuel_sweat_section,
                      RBD, FUEL_SWEAT_SECTION, AdwBin)

void rbd_fuel_sweat_section_set_store     (RbdFuelSweatSection *self,
                                           RbdStore            *store);
void rbd_fuel_sweat_section_set_editable  (RbdFuelSweatSection *self,
                                           gboolean             editable);
void rbd_fuel_sweat_section_set_units     (RbdFuelSweatSection *self,
                                           RbdUnits             units);
void rbd_fuel_sweat_section_set_body_mass (RbdFuelSweatSection *self,
                                           double               body_mass_kg);

G_END_DECLS
