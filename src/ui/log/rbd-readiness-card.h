/* rbd-readiness-card.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-readiness.h"

G_BEGIN_DECLS

#define RBD_TYPE_READINESS_CARD (rbd_readiness_card_get_type ())

G_DECLARE_FINAL_TYPE (RbdReadinessCard, rbd_readiness_card, RBD, READINESS_CARD, GtkWidget)

GtkWidget          *rbd_readiness_card_new           (void);
void                rbd_readiness_card_update        (RbdReadinessCard *self,
                                                      GListModel       *checkins,
                                                      GListModel       *sessions,
                                                      const GDate      *today);
const RbdReadiness *rbd_readiness_card_get_readiness (RbdReadinessCard *self);
char               *rbd_readiness_card_dup_text      (RbdReadinessCard *self);

G_END_DECLS
