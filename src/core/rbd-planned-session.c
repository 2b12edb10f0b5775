/* rbd-planned-session.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-planned-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-planned-session.h"

/* A session planned for a day. */
struct _RbdPlannedSession
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdPlannedSession, rbd_planned_session, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",          RBD_FIELD_ID,       N_("ID"),                    0, 0, TRUE },
  { "date",        RBD_FIELD_DATE,     N_("Date"),                  0, 0, TRUE },
  { "kind",        RBD_FIELD_KIND,     N_("Kind"),                  0, 0, TRUE },
  { "title",       RBD_FIELD_STRING,   N_("Title"),                 0, 0, FALSE },
  { "duration_s",  RBD_FIELD_INT,      N_("Duration"),              0, MAX_DURATION_S, FALSE },
  { "distance_m",  RBD_FIELD_DOUBLE,   N_("Distance"),              0, MAX_DISTANCE_M, FALSE },
  { "notes",       RBD_FIELD_STRING,   N_("Notes"),                 0, 0, FALSE },
};

static void
rbd_planned_session_class_init (RbdPlannedSessionClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "planned",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_planned_session_init (RbdPlannedSession *self)
{
}

RbdPlannedSession *
rbd_planned_session_new (void)
{
  RbdPlannedSession *self = g_object_new (RBD_TYPE_PLANNED_SESSION, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}
