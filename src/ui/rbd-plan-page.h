/* rbd-plan-page.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-store.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAN_PAGE (rbd_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (RbdPlanPage, rbd_plan_page, RBD, PLAN_PAGE, GtkWidget)

GtkWidget  *rbd_plan_page_new            (void);
RbdStore   *rbd_plan_page_get_store      (RbdPlanPage *self);
void        rbd_plan_page_set_store      (RbdPlanPage *self,
                                          RbdStore    *store);
const char *rbd_plan_page_get_view       (RbdPlanPage *self);
void        rbd_plan_page_set_view       (RbdPlanPage *self,
                                          const char  *view);
void        rbd_plan_page_get_week_start (RbdPlanPage *self,
                                          GDate       *start);
void        rbd_plan_page_show_day       (RbdPlanPage *self,
                                          const GDate *day);

G_END_DECLS
