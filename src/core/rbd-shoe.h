/* rbd-shoe.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rbd-record.h"

G_BEGIN_DECLS

#define RBD_TYPE_SHOE (rbd_shoe_get_type ())

G_DECLARE_FINAL_TYPE (RbdShoe, rbd_shoe, RBD, SHOE, RbdRecord)

RbdShoe *rbd_shoe_new (void);

G_END_DECLS
