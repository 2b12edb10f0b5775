/* rbd-routine-player.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-clock.h"
#include "rbd-routine.h"
#include "rbd-routine-step.h"

G_BEGIN_DECLS

#define RBD_TYPE_PLAYER_STATE (rbd_player_state_get_type ())

typedef enum
{
  RBD_PLAYER_IDLE,             /* not started, or stopped */
  RBD_PLAYER_LEAD_IN,          /* "get ready" before the first step */
  RBD_PLAYER_RUNNING,          /* a step (one side of it) is timed */
  RBD_PLAYER_SWITCHING_SIDES,  /* the pause between the sides of a step */
  RBD_PLAYER_PAUSED,
  RBD_PLAYER_FINISHED,
} RbdPlayerState;

GType rbd_player_state_get_type (void) G_GNUC_CONST;

#define RBD_ROUTINE_PLAYER_ERROR (rbd_routine_player_error_quark ())

typedef enum
{
  RBD_ROUTINE_PLAYER_ERROR_NO_STEPS,
  RBD_ROUTINE_PLAYER_ERROR_INVALID_STEP,
  RBD_ROUTINE_PLAYER_ERROR_BUSY,
} RbdRoutinePlayerError;

GQuark rbd_routine_player_error_quark (void);

#define RBD_TYPE_ROUTINE_PLAYER (rbd_routine_player_get_type ())

G_DECLARE_FINAL_TYPE (RbdRoutinePlayer, rbd_routine_player, RBD, ROUTINE_PLAYER, GObject)

/* The timer behind the routine screen: which step, which side, how long
 * is left. It only keeps time and emits signals; the UI plays sounds,
 * shows notifications and keeps the screen awake in response.
 *
 * A routine plays as a chain of phases: the lead-in, then each step's
 * sides in order, with a switch-sides pause between the two sides of a
 * two-sided step. Each phase ends at an absolute deadline on the clock
 * (its start plus its length, the start being the previous deadline), so
 * no error adds up over a long routine. While a phase runs, the player
 * wakes once per second, on the second boundaries of that deadline, and
 * not at all while paused.
 *
 * Signals, in the order they come at one instant: property notifications
 * (state, step-index, side, remaining-s, progress), then "step-changed",
 * then "finished" or "stopped"; on a second boundary "tick", then
 * "countdown". For a cue at every change, listen to "step-changed" and
 * notify::state.
 *
 * Navigation works on phases:
 * - next ends the current phase now, as if its time were up (the lead-in
 *   goes to the first step, the first side of a two-sided step to the
 *   switch pause, the switch pause to the second side, the last side of
 *   the last step to FINISHED);
 * - previous, in the first second of a side, goes back to the side
 *   before it (the other side of the same step, or the last side of the
 *   previous step); later in a side it starts that side again, like the
 *   back button of a music player. From the switch pause it goes back to
 *   the first side. In the lead-in, and in the first second of the very
 *   first step, it starts the current phase again;
 * - restart_step starts the current phase again with its full time;
 * - paused, all three move as described and stay paused.
 * They return FALSE and do nothing when idle or finished. */

RbdRoutinePlayer *rbd_routine_player_new                (RbdRoutine        *routine,
                                                         RbdClock          *clock);

gboolean          rbd_routine_player_start              (RbdRoutinePlayer  *self,
                                                         GError           **error);
gboolean          rbd_routine_player_pause              (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_resume             (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_toggle_pause       (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_next               (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_previous           (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_restart_step       (RbdRoutinePlayer  *self);
gboolean          rbd_routine_player_stop               (RbdRoutinePlayer  *self);

RbdRoutine       *rbd_routine_player_get_routine        (RbdRoutinePlayer  *self);
RbdClock         *rbd_routine_player_get_clock          (RbdRoutinePlayer  *self);
int               rbd_routine_player_get_lead_in_s      (RbdRoutinePlayer  *self);
void              rbd_routine_player_set_lead_in_s      (RbdRoutinePlayer  *self,
                                                         int                lead_in_s);
int               rbd_routine_player_get_switch_sides_s (RbdRoutinePlayer  *self);
void              rbd_routine_player_set_switch_sides_s (RbdRoutinePlayer  *self,
                                                         int                switch_sides_s);

RbdPlayerState    rbd_routine_player_get_state          (RbdRoutinePlayer  *self);
RbdPlayerState    rbd_routine_player_get_phase          (RbdRoutinePlayer  *self);
int               rbd_routine_player_get_step_index     (RbdRoutinePlayer  *self);
guint             rbd_routine_player_get_n_steps        (RbdRoutinePlayer  *self);
int               rbd_routine_player_get_side           (RbdRoutinePlayer  *self);
int               rbd_routine_player_get_n_sides        (RbdRoutinePlayer  *self);
int               rbd_routine_player_get_remaining_s    (RbdRoutinePlayer  *self);
double            rbd_routine_player_get_progress       (RbdRoutinePlayer  *self);
RbdRoutineStep   *rbd_routine_player_get_current_step   (RbdRoutinePlayer  *self);
RbdRoutineStep   *rbd_routine_player_get_next_step      (RbdRoutinePlayer  *self);

G_END_DECLS
