/* rbd-log-util.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rbd-session.h"
#include "rbd-shoe.h"

G_BEGIN_DECLS

/* What the Log page's widgets share: the page's clock, how paces, efforts
 * and numbers are written and read back, and a few look-ups. */

#define RBD_LOG_RESOURCE_PREFIX RESOURCE_PREFIX "/log"

/* "Now" for the page: the real local time, or a fixed one in tests. */
typedef GDateTime *(*RbdLogNowFunc) (gpointer user_data);

typedef enum
{
  RBD_LOG_NUMBER_EMPTY,
  RBD_LOG_NUMBER_OK,
  RBD_LOG_NUMBER_INVALID,
} RbdLogNumber;

/* A session at least this long counts as long whatever its kind: it
 * earns the cool-down and the post-run timeline. */
#define RBD_LOG_LONG_SESSION_S (75 * 60)

void          rbd_log_ensure_style             (void);

GDateTime    *rbd_log_now                      (RbdLogNowFunc  func,
                                                gpointer       user_data);
void          rbd_log_today                    (RbdLogNowFunc  func,
                                                gpointer       user_data,
                                                GDate         *date);
void          rbd_log_date_from_time           (GDateTime     *time,
                                                GDate         *date);

char         *rbd_log_format_pace              (double         distance_m,
                                                int            duration_s,
                                                gboolean       imperial);
const char   *rbd_log_rpe_get_words            (int            rpe);
char         *rbd_log_format_rpe               (int            rpe);
const char   *rbd_log_soreness_get_words       (int            soreness);
char         *rbd_log_format_load              (double         load);
char         *rbd_log_format_number            (double         value,
                                                int            digits);
char         *rbd_log_format_short_date        (const GDate   *date);
RbdLogNumber  rbd_log_parse_number             (const char    *text,
                                                double        *value);
RbdLogNumber  rbd_log_parse_duration           (const char    *text,
                                                int           *seconds);
char         *rbd_log_format_clock_duration    (int            seconds);
RbdLogNumber  rbd_log_parse_time_of_day        (const char    *text,
                                                int           *hour,
                                                int           *minute);

GDateTime    *rbd_log_session_dup_start        (RbdSession    *session);
char         *rbd_log_format_session_start     (RbdSession    *session);
gboolean      rbd_log_session_wants_recovery   (RbdSession    *session);

double        rbd_log_shoe_get_limit_km        (RbdShoe       *shoe,
                                                gpointer       user_data);

gboolean      rbd_log_widget_has_action        (GtkWidget     *widget,
                                                const char    *name);
void          rbd_log_show_error               (GtkWidget     *widget,
                                                const char    *heading,
                                                const char    *body);
void          rbd_log_set_accessible_label     (GtkWidget     *widget,
                                                const char    *label);

G_END_DECLS
