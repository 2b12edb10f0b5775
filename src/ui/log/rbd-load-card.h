/* rbd-load-card.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-load-chart.h"

G_BEGIN_DECLS

#define RBD_LOAD_CARD_WEEKS 12

#define RBD_TYPE_LOAD_CARD (rbd_load_card_get_type ())

G_DECLARE_FINAL_TYPE (RbdLoadCard, rbd_load_card, RBD, LOAD_CARD, GtkWidget)

GtkWidget    *rbd_load_card_new          (void);
void          rbd_load_card_update       (RbdLoadCard *self,
                                          GListModel  *sessions,
                                          const GDate *today);
RbdLoadChart *rbd_load_card_get_chart    (RbdLoadCard *self);
char         *rbd_load_card_dup_table    (RbdLoadCard *self);
const char   *rbd_load_card_get_summary  (RbdLoadCard *self);

G_END_DECLS
