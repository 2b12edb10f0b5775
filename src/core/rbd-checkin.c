/* rbd-checkin.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-checkin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-checkin.h"

/* The morning check-in: sleep, heart rate, how the legs and head feel. */
struct _RbdCheckin
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdCheckin, rbd_checkin, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "date",           RBD_FIELD_DATE,     N_("Date"),                  0, 0, TRUE },
  { "sleep_h",        RBD_FIELD_DOUBLE,   N_("Sleep"),                 0, 24, FALSE },
  { "sleep_quality",  RBD_FIELD_INT,      N_("Sleep quality"),         1, 5, FALSE },
  { "rest_hr_bpm",    RBD_FIELD_INT,      N_("Resting heart rate"),    25, 150, FALSE },
  { "hrv_ms",         RBD_FIELD_DOUBLE,   N_("HRV"),                   1, 500, FALSE },
  { "soreness",       RBD_FIELD_INT,      N_("Soreness"),              0, 10, FALSE },
  { "mood",           RBD_FIELD_INT,      N_("Mood"),                  1, 5, FALSE },
  { "motivation",     RBD_FIELD_INT,      N_("Motivation"),            1, 5, FALSE },
  { "illness",        RBD_FIELD_BOOLEAN,  N_("Illness or niggle"),     0, 0, FALSE },
  { "notes",          RBD_FIELD_STRING,   N_("Notes"),                 0, 0, FALSE },
};

static void
rbd_checkin_class_init (RbdCheckinClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "checkins",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_checkin_init (RbdCheckin *self)
{
}

RbdCheckin *
rbd_checkin_new (void)
{
  return g_object_new (RBD_TYPE_CHECKIN, NULL);
}
