/* rbd-fuel-number-row.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RBD_TYPE_FUEL_NUMBER_ROW (rbd_fuel_number_row_get_type ())

G_DECLARE_FINAL_TYPE (RbdFuelNumberRow, rbd_fuel_number_row, RBD, FUEL_NUMBER_ROW, AdwActionRow)

/* Signals:
 *   "changed": the user changed the text (typing, arrows, scrolling); not
 *     emitted for rbd_fuel_number_row_set_number(). */

GtkWidget     *rbd_fuel_number_row_new             (void);

void           rbd_fuel_number_row_set_range       (RbdFuelNumberRow  *self,
                                                    double             lower,
                                                    double             upper,
                                                    double             step,
                                                    guint              digits);
void           rbd_fuel_number_row_set_unit        (RbdFuelNumberRow  *self,
                                                    const char        *unit);
const char    *rbd_fuel_number_row_get_unit        (RbdFuelNumberRow  *self);

gboolean       rbd_fuel_number_row_get_number      (RbdFuelNumberRow  *self,
                                                    double            *value,
                                                    GError           **error);
gboolean       rbd_fuel_number_row_is_empty        (RbdFuelNumberRow  *self);
void           rbd_fuel_number_row_set_number      (RbdFuelNumberRow  *self,
                                                    double             value);
void           rbd_fuel_number_row_set_text        (RbdFuelNumberRow  *self,
                                                    const char        *text);

void           rbd_fuel_number_row_set_error       (RbdFuelNumberRow  *self,
                                                    const char        *message);
gboolean       rbd_fuel_number_row_has_error       (RbdFuelNumberRow  *self);

GtkSpinButton *rbd_fuel_number_row_get_spin_button (RbdFuelNumberRow  *self);

gboolean       rbd_fuel_parse_number               (const char        *text,
                                                    double            *value);

G_END_DECLS
