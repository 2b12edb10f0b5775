/* rbd-shoe.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-shoe"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-limits.h"
#include "rbd-shoe.h"

/* A pair of running shoes. */
struct _RbdShoe
{
  RbdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RbdShoe, rbd_shoe, RBD_TYPE_RECORD)

static const RbdField fields[] = {
  { "id",       RBD_FIELD_ID,       N_("ID"),                    0, 0, TRUE },
  { "name",     RBD_FIELD_STRING,   N_("Name"),                  0, 0, FALSE },
  { "retired",  RBD_FIELD_BOOLEAN,  N_("Retired"),               0, 0, FALSE },
  /* When to say the shoe is worn out; 700 km when not set. */
  { "limit_km", RBD_FIELD_DOUBLE,   N_("Distance limit"),        1, 10000, FALSE },
};

static void
rbd_shoe_class_init (RbdShoeClass *klass)
{
  rbd_record_class_install_fields (RBD_RECORD_CLASS (klass), "shoes",
                                   fields, G_N_ELEMENTS (fields));
}

static void
rbd_shoe_init (RbdShoe *self)
{
}

RbdShoe *
rbd_shoe_new (void)
{
  RbdShoe *self = g_object_new (RBD_TYPE_SHOE, NULL);

  rbd_record_prepare_new (RBD_RECORD (self));

  return self;
}
