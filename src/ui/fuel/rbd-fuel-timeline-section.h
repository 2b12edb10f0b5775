/* rbd-fuel-timeline-section.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-timeline-runner.h"

G_BEGIN_DECLS

#define RBD_TYPE_FUEL_TIMELINE_SECTION (rbd_fuel_timeline_section_get_type ())

G_DECLARE_FINAL_TYPE (RbdFuelTimelineSection, rbd_fuel_timeline_section,
                      RBD, FUEL_TIMELINE_SECTION, AdwBin)

void rbd_fuel_timeline_section_set_runner    (RbdFuelTimelineSection *self,
                                              RbdTimelineRunner      *runner,
                                              GListStore             *timelines);
void rbd_fuel_timeline_section_set_units     (RbdFuelTimelineSection *self,
                                              RbdUnits                units);
void rbd_fuel_timeline_section_set_editable  (RbdFuelTimelineSection *self,
                                              gboolean                editable);
void rbd_fuel_timeline_section_set_body_mass (RbdFuelTimelineSection *self,
                                              double                  body_mass_kg);

G_END_DECLS
