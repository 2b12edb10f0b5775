/* rbd-checkins-card.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rbd-checkin.h"

G_BEGIN_DECLS

#define RBD_CHECKINS_CARD_RECENT 6

#define RBD_TYPE_CHECKINS_CARD (rbd_checkins_card_get_type ())

G_DECLARE_FINAL_TYPE (RbdCheckinsCard, rbd_checkins_card, RBD, CHECKINS_CARD, GtkWidget)

GtkWidget *rbd_checkins_card_new         (void);
void       rbd_checkins_card_update      (RbdCheckinsCard *self,
                                          GListModel      *checkins,
                                          const GDate     *today);
char      *rbd_checkin_dup_summary       (RbdCheckin      *checkin);
gboolean   rbd_checkins_card_is_empty    (RbdCheckinsCard *self);

G_END_DECLS
