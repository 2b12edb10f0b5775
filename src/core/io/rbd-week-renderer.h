/* rbd-week-renderer.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "rbd-plan-checker.h"

G_BEGIN_DECLS

#define RBD_TYPE_WEEK_RENDERER (rbd_week_renderer_get_type ())

G_DECLARE_FINAL_TYPE (RbdWeekRenderer, rbd_week_renderer, RBD, WEEK_RENDERER, GObject)

/* Draws one planned week for the fridge, on any cairo context (a print
 * page or a PDF surface), landscape: dates, seven columns with each
 * session (kind, title, duration, distance, notes), the week's totals and
 * intensity split, the plan checker's findings with their rule ids, and
 * for each hard day the matching cool-down routine and the post-run
 * carbohydrate and protein for @body_mass_kg (RBD_UNSET: left out).
 * Black and white friendly. A week too full for one page continues on the
 * next; text is wrapped, never clipped. */
RbdWeekRenderer *rbd_week_renderer_new        (const RbdPlanWeek    *week,
                                               const RbdPlanContext *context,
                                               double                body_mass_kg);

/* The week's heading, "Week 49 · 30 November – 6 December 2026": the
 * title of the PDF, and good for a print job's name. */
char            *rbd_week_renderer_dup_title  (RbdWeekRenderer      *self);

/* Lays the week out for pages of @width x @height points drawn on @cr;
 * returns the number of pages. The layout keeps a 36 pt margin inside
 * that area and measures text at 72 dpi with unhinted metrics, so @cr's
 * user units must be points (GtkPrintOperation: GTK_UNIT_POINTS). */
guint            rbd_week_renderer_paginate   (RbdWeekRenderer      *self,
                                               cairo_t              *cr,
                                               double                width,
                                               double                height);
void             rbd_week_renderer_draw_page  (RbdWeekRenderer      *self,
                                               cairo_t              *cr,
                                               guint                 page);

/* A4 landscape PDF at @path, written atomically (temporary file, then
 * rename); nothing is left behind on an error. */
gboolean         rbd_week_renderer_write_pdf  (RbdWeekRenderer      *self,
                                               const char           *path,
                                               GError              **error);

G_END_DECLS
