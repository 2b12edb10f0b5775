/* rbd-limits.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The outer bounds of what the document accepts. They reject typing
 * mistakes and nonsense, not unusual runners. */
#define MAX_DURATION_S   (7 * 24 * 3600)   /* a multi-day ultra at most */
#define MAX_DISTANCE_M   1000000.0         /* 1,000 km */
#define MIN_BODY_MASS_KG 20.0
#define MAX_BODY_MASS_KG 300.0
#define MAX_FLUID_ML     20000.0
#define MAX_STEP_S       3600              /* a routine step is at most an hour */
