/* rbd-routine-player-view.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-player-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-routine-countdown.h"
#include "rbd-routine-player-view.h"
#include "rbd-routine-run.h"
#include "rbd-routine-sound.h"
#include "rbd-routine-step.h"

/* The routine screen: what to do, on which side, for how long, and what
 * comes next, readable from across a room, and driven from the keyboard.
 *
 * The timing is all RbdRoutinePlayer's; this view shows its state and
 * reacts to its changes: a sound at 3-2-1 and at each new step or side,
 * a notification when a phase ends while the window is not focused, and
 * the screen kept awake while the timer runs. When a played routine ends
 * (finished, or stopped after the get-ready lead-in), "run-ended" hands
 * the page a run record to keep. */

#define NOTIFICATION_ID "routine-step"

/* From this size on, the texts grow for reading from further away; below
 * NARROW_WIDTH they shrink, to leave the countdown room on a phone. */
#define WIDE_WIDTH   900
#define WIDE_HEIGHT  560
#define NARROW_WIDTH 500

/* What the screen shows, to tell which changes are worth a cue. */
typedef struct
{
  RbdPlayerState state;
  RbdPlayerState phase;
  int            step_index;
  int            side;
} Shown;

struct _RbdRoutinePlayerView
{
  GtkWidget             parent_instance;

  RbdNotifier          *notifier;
  RbdClock             *clock;
  GSettings            *settings;
  RbdRoutineSound      *sound;

  RbdRoutineFocusFunc   focus_func;
  gpointer              focus_data;
  GDestroyNotify        focus_destroy;

  RbdRoutinePlayer     *player;
  GSignalGroup         *player_signals;
  RbdRoutineRun        *run;
  gboolean              reached_step;     /* past the lead-in: worth recording */
  Shown                 shown;

  gboolean              inhibiting;
  guint                 inhibit_cookie;   /* 0 when it could not be held */
  gboolean              notified;
  gboolean              made_fullscreen;
  gboolean              resume_after_dialog;
  gboolean              disposing;
  AdwMessageDialog     *stop_dialog;

  GtkWindow            *window;
  gulong                active_handler;
  gulong                fullscreen_handler;
  guint                 wide_source;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *content_stack;
  GtkLabel             *routine_label;
  GtkButton            *sound_button;
  GtkButton            *fullscreen_button;
  GtkLabel             *phase_label;
  GtkLabel             *step_count_label;
  GtkLabel             *step_label;
  GtkLabel             *side_label;
  RbdRoutineCountdown  *countdown;
  GtkLabel             *instructions_label;
  GtkProgressBar       *progress_bar;
  GtkLabel             *next_label;
  GtkButton            *pause_button;
  AdwStatusPage        *finished_page;
  GtkWidget            *done_button;
};

G_DEFINE_FINAL_TYPE (RbdRoutinePlayerView, rbd_routine_player_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NOTIFIER,
  PROP_PLAYER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RUN_ENDED,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_timed (RbdPlayerState state)
{
  return state == RBD_PLAYER_LEAD_IN ||
         state == RBD_PLAYER_RUNNING ||
         state == RBD_PLAYER_SWITCHING_SIDES;
}

static gboolean
is_active (RbdPlayerState state)
{
  return is_timed (state) || state == RBD_PLAYER_PAUSED;
}

static RbdPlayerState
get_state (RbdRoutinePlayerView *self)
{
  return self->player != NULL ? rbd_routine_player_get_state (self->player) : RBD_PLAYER_IDLE;
}

static const char *
get_text (RbdRecord  *record,
          const char *field)
{
  const char *text = record != NULL ? rbd_record_get_string (record, field) : NULL;

  return text != NULL ? text : "";
}

static const char *
side_name (int side)
{
  return side == 1 ? _("Left") : _("Right");
}

/* A duration in words, for notifications, where "00:30" would read as a
 * time of day. */
static char *
format_duration_words (int seconds)
{
  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds),
                            seconds);

  if (seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes",
                                         seconds / 60),
                            seconds / 60);

  /* Translators: a duration, e.g. "1 min 30 s" */
  return g_strdup_printf (_("%d min %d s"), seconds / 60, seconds % 60);
}

static gboolean
window_is_focused (RbdRoutinePlayerView *self)
{
  GtkRoot *root;

  if (self->focus_func != NULL)
    return self->focus_func (self->focus_data);

  root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) && gtk_window_is_active (GTK_WINDOW (root));
}

static void
show_toast (RbdRoutinePlayerView *self,
            const char           *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Keeping the screen awake */

static void
update_inhibit (RbdRoutinePlayerView *self)
{
  gboolean want = is_timed (get_state (self)) && !self->disposing;

  if (want == self->inhibiting)
    return;

  self->inhibiting = want;

  if (self->notifier == NULL)
    return;

  if (want)
    {
      /* 0 means it could not be held (no session manager): the routine
       * plays all the same. */
      self->inhibit_cookie = rbd_notifier_inhibit (self->notifier,
                                                   _("A routine is playing"));
    }
  else
    {
      rbd_notifier_uninhibit (self->notifier, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* Notifications */

static void
withdraw_notification (RbdRoutinePlayerView *self)
{
  if (!self->notified)
    return;

  self->notified = FALSE;
  if (self->notifier != NULL)
    rbd_notifier_withdraw (self->notifier, NOTIFICATION_ID);
}

static void
send_notification (RbdRoutinePlayerView *self)
{
  RbdRoutinePlayer *player = self->player;
  RbdPlayerState state = rbd_routine_player_get_state (player);
  RbdRecord *step = RBD_RECORD (rbd_routine_player_get_current_step (player));
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (self->notifier == NULL)
    return;

  if (state == RBD_PLAYER_FINISHED)
    {
      title = g_strdup (_("Routine complete"));
      body = g_strdup (get_text (RBD_RECORD (rbd_routine_player_get_routine (player)), "name"));
    }
  else if (state == RBD_PLAYER_SWITCHING_SIDES)
    {
      title = g_strdup (_("Switch sides"));
      /* Translators: %s is the name of a stretch or drill */
      body = g_strdup_printf (_("Get ready for the right side of %s"), get_text (step, "name"));
    }
  else if (state == RBD_PLAYER_RUNNING && step != NULL)
    {
      g_autofree char *duration = format_duration_words (rbd_record_get_int (step, "duration_s"));

      title = g_strdup (get_text (step, "name"));
      if (rbd_routine_player_get_n_sides (player) == 2)
        {
          if (rbd_routine_player_get_side (player) == 1)
            /* Translators: %s is a duration, e.g. "30 seconds" */
            body = g_strdup_printf (_("Left side, %s"), duration);
          else
            /* Translators: %s is a duration, e.g. "30 seconds" */
            body = g_strdup_printf (_("Right side, %s"), duration);
        }
      else
        {
          body = g_steal_pointer (&duration);
        }
    }
  else
    {
      return;
    }

  rbd_notifier_send (self->notifier, NOTIFICATION_ID, title, body);
  self->notified = TRUE;
}

/* Showing the state */

static void
set_css_class (GtkWidget  *widget,
               const char *name,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
update_actions (RbdRoutinePlayerView *self)
{
  RbdPlayerState state = get_state (self);
  gboolean active = is_active (state);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.toggle-pause", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.next", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.previous", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.restart", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.again",
                                 state == RBD_PLAYER_FINISHED);
}

static void
update_time (RbdRoutinePlayerView *self)
{
  if (self->player == NULL)
    return;

  rbd_routine_countdown_set_seconds (self->countdown,
                                     rbd_routine_player_get_remaining_s (self->player));
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 rbd_routine_player_get_progress (self->player));
}

static void
update_sound_button (RbdRoutinePlayerView *self)
{
  gboolean on = g_settings_get_boolean (self->settings, "routine-sound");
  const char *label = on ? _("Mute Sounds (M)") : _("Turn Sounds On (M)");

  gtk_button_set_icon_name (self->sound_button,
                            on ? "audio-volume-high-symbolic" : "audio-volume-muted-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sound_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sound_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  on ? _("Mute Sounds") : _("Turn Sounds On"),
                                  -1);
}

static void
update_fullscreen_button (RbdRoutinePlayerView *self)
{
  gboolean fullscreen = self->window != NULL && gtk_window_is_fullscreen (self->window);

  gtk_button_set_icon_name (self->fullscreen_button,
                            fullscreen ? "view-restore-symbolic" : "view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fullscreen_button),
                               fullscreen ? _("Leave Fullscreen (F11)") : _("Fullscreen (F11)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fullscreen_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fullscreen ? _("Leave Fullscreen") : _("Fullscreen"),
                                  -1);
}

static void
update_labels (RbdRoutinePlayerView *self)
{
  RbdRoutinePlayer *player = self->player;
  RbdPlayerState state;
  RbdPlayerState phase;
  RbdRecord *step;
  RbdRecord *next_step;
  const char *phase_text = NULL;
  const char *instructions;
  g_autofree char *count = NULL;
  g_autofree char *next = NULL;
  int n_sides;
  int side;

  if (player == NULL)
    return;

  state = rbd_routine_player_get_state (player);
  phase = rbd_routine_player_get_phase (player);
  step = RBD_RECORD (rbd_routine_player_get_current_step (player));
  next_step = RBD_RECORD (rbd_routine_player_get_next_step (player));
  n_sides = rbd_routine_player_get_n_sides (player);
  side = rbd_routine_player_get_side (player);

  gtk_label_set_text (self->routine_label,
                      get_text (RBD_RECORD (rbd_routine_player_get_routine (player)), "name"));

  /* Paused in a pause, the screen still says which one. */
  if (state == RBD_PLAYER_PAUSED && phase == RBD_PLAYER_LEAD_IN)
    phase_text = _("Paused · Get Ready");
  else if (state == RBD_PLAYER_PAUSED && phase == RBD_PLAYER_SWITCHING_SIDES)
    phase_text = _("Paused · Switch Sides");
  else if (state == RBD_PLAYER_PAUSED)
    phase_text = _("Paused");
  else if (phase == RBD_PLAYER_LEAD_IN)
    phase_text = _("Get Ready");
  else if (phase == RBD_PLAYER_SWITCHING_SIDES)
    phase_text = _("Switch Sides");
  gtk_label_set_text (self->phase_label, phase_text != NULL ? phase_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->phase_label), phase_text != NULL);

  /* Translators: e.g. "Step 3 of 9" */
  count = g_strdup_printf (_("Step %d of %u"),
                           rbd_routine_player_get_step_index (player) + 1,
                           rbd_routine_player_get_n_steps (player));
  gtk_label_set_text (self->step_count_label, count);

  gtk_label_set_text (self->step_label, get_text (step, "name"));

  gtk_label_set_text (self->side_label, n_sides == 2 ? side_name (side) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), n_sides == 2);

  instructions = get_text (step, "instructions");
  gtk_label_set_text (self->instructions_label, instructions);
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_label), *instructions != '\0');

  if ((phase == RBD_PLAYER_RUNNING && side < n_sides) || phase == RBD_PLAYER_SWITCHING_SIDES)
    /* Translators: what comes after the left side of a stretch */
    next = g_strdup_printf (_("Next: %s"), _("Right side"));
  else if (phase == RBD_PLAYER_LEAD_IN)
    /* The get-ready pause leads into the step on screen. */
    next = g_strdup_printf (_("Next: %s"), get_text (step, "name"));
  else if (next_step != NULL)
    /* Translators: %s is the name of the next step */
    next = g_strdup_printf (_("Next: %s"), get_text (next_step, "name"));
  else
    next = g_strdup (_("Last step"));
  gtk_label_set_text (self->next_label, next);

  gtk_button_set_icon_name (self->pause_button,
                            state == RBD_PLAYER_PAUSED ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               state == RBD_PLAYER_PAUSED ? _("Resume (Space)")
                                                          : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  state == RBD_PLAYER_PAUSED ? _("Resume") : _("Pause"),
                                  -1);

  set_css_class (GTK_WIDGET (self), "lead-in", phase == RBD_PLAYER_LEAD_IN);
  set_css_class (GTK_WIDGET (self), "switching", phase == RBD_PLAYER_SWITCHING_SIDES);
  set_css_class (GTK_WIDGET (self), "paused", state == RBD_PLAYER_PAUSED);

  if (state == RBD_PLAYER_FINISHED)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is the name of a routine */
      description = g_strdup_printf (_("Well done: you finished “%s”."),
                                     get_text (RBD_RECORD (rbd_routine_player_get_routine (player)),
                                               "name"));
      adw_status_page_set_description (self->finished_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "finished");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "playing");
    }

  update_time (self);
}

/* Cues for a change the runner should not miss: a sound (unless muted or
 * paused), and a notification if they are not looking. */
static void
cue_change (RbdRoutinePlayerView *self,
            const Shown          *before,
            const Shown          *now)
{
  gboolean sounds = g_settings_get_boolean (self->settings, "routine-sound");
  gboolean phase_ended;

  if (now->state == RBD_PLAYER_PAUSED || now->state == RBD_PLAYER_IDLE)
    return;

  if (now->state == RBD_PLAYER_FINISHED)
    {
      if (sounds)
        rbd_routine_sound_play (self->sound, RBD_ROUTINE_CUE_DONE);
    }
  else if (now->phase == RBD_PLAYER_RUNNING || now->phase == RBD_PLAYER_SWITCHING_SIDES)
    {
      if (sounds)
        rbd_routine_sound_play (self->sound, RBD_ROUTINE_CUE_CHANGE);
    }

  phase_ended = is_active (before->state) && now->state != RBD_PLAYER_LEAD_IN;
  if (phase_ended && !window_is_focused (self))
    send_notification (self);
}

static void
sync_player (RbdRoutinePlayerView *self)
{
  RbdRoutinePlayer *player = self->player;
  Shown before = self->shown;
  Shown now = { RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1 };
  gboolean moved;

  if (player != NULL)
    {
      now.state = rbd_routine_player_get_state (player);
      now.phase = rbd_routine_player_get_phase (player);
      now.step_index = rbd_routine_player_get_step_index (player);
      now.side = rbd_routine_player_get_side (player);
    }

  self->shown = now;
  if (now.phase == RBD_PLAYER_RUNNING)
    self->reached_step = TRUE;

  update_inhibit (self);

  if (self->disposing)
    return;

  update_actions (self);
  update_labels (self);

  moved = before.phase != now.phase ||
          before.step_index != now.step_index ||
          before.side != now.side ||
          (before.state != now.state && now.state == RBD_PLAYER_FINISHED);
  if (moved)
    cue_change (self, &before, &now);

  /* Enter takes the runner back to the list. */
  if (now.state == RBD_PLAYER_FINISHED && before.state != RBD_PLAYER_FINISHED)
    gtk_widget_grab_focus (self->done_button);
}

/* Player signals */

static void
on_player_notify_cb (RbdRoutinePlayerView *self,
                     GParamSpec           *pspec,
                     RbdRoutinePlayer     *player)
{
  const char *name = g_param_spec_get_name (pspec);

  /* Once a second: only the clock and the bar move. */
  if (g_str_equal (name, "remaining-s") || g_str_equal (name, "progress"))
    {
      if (!self->disposing)
        update_time (self);
      return;
    }

  sync_player (self);
}

static void
on_player_countdown_cb (RbdRoutinePlayerView *self,
                        int                   seconds,
                        RbdRoutinePlayer     *player)
{
  if (self->disposing || !g_settings_get_boolean (self->settings, "routine-sound"))
    return;

  rbd_routine_sound_play (self->sound, RBD_ROUTINE_CUE_TICK);
}

static void
end_run (RbdRoutinePlayerView *self,
         gboolean              finished,
         int                   step_index)
{
  g_autoptr(RbdRoutineRun) run = g_steal_pointer (&self->run);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (run == NULL)
    return;

  if (finished)
    rbd_routine_run_mark_finished (run, now);
  else if (self->reached_step)
    rbd_routine_run_mark_stopped (run, now, step_index);
  else
    return;  /* stopped while getting ready: nothing was done */

  g_signal_emit (self, signals[RUN_ENDED], 0, run);
}

static void
on_player_finished_cb (RbdRoutinePlayerView *self,
                       RbdRoutinePlayer     *player)
{
  end_run (self, TRUE, 0);
}

static void
on_player_stopped_cb (RbdRoutinePlayerView *self,
                      int                   step_index,
                      RbdRoutinePlayer     *player)
{
  end_run (self, FALSE, step_index);
}

static void
on_sound_unavailable_cb (RbdRoutinePlayerView *self,
                         const char           *message,
                         RbdRoutineSound      *sound)
{
  if (!self->disposing)
    show_toast (self, message);
}

static void
on_settings_changed_cb (RbdRoutinePlayerView *self,
                        const char           *key,
                        GSettings            *settings)
{
  update_sound_button (self);
}

static void
on_window_active_cb (RbdRoutinePlayerView *self,
                     GParamSpec           *pspec,
                     GtkWindow            *window)
{
  /* Back at the window: the screen says it all. */
  if (gtk_window_is_active (window))
    withdraw_notification (self);
}

static void
on_window_fullscreen_cb (RbdRoutinePlayerView *self,
                         GParamSpec           *pspec,
                         GtkWindow            *window)
{
  update_fullscreen_button (self);
}

/* Closing */

static void
close_view (RbdRoutinePlayerView *self)
{
  withdraw_notification (self);

  if (self->made_fullscreen && self->window != NULL && gtk_window_is_fullscreen (self->window))
    gtk_window_unfullscreen (self->window);
  self->made_fullscreen = FALSE;

  g_signal_emit (self, signals[CLOSED], 0);
}

static void
stop_now (RbdRoutinePlayerView *self)
{
  if (self->player != NULL)
    rbd_routine_player_stop (self->player);
}

static void
on_stop_response_cb (RbdRoutinePlayerView *self,
                     const char           *response,
                     AdwMessageDialog     *dialog)
{
  g_clear_weak_pointer (&self->stop_dialog);

  if (g_strcmp0 (response, "stop") == 0)
    {
      self->resume_after_dialog = FALSE;
      stop_now (self);
      close_view (self);
      return;
    }

  if (self->resume_after_dialog && self->player != NULL)
    rbd_routine_player_resume (self->player);
  self->resume_after_dialog = FALSE;
}

static void
ask_to_stop (RbdRoutinePlayerView *self)
{
  RbdRoutinePlayer *player = self->player;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  GtkRoot *root;

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->stop_dialog));
      return;
    }

  /* The clock does not run on while the runner decides. */
  self->resume_after_dialog = rbd_routine_player_pause (player);

  /* Translators: "step 3 of 9" */
  body = g_strdup_printf (_("You are at step %d of %u. The routine will be saved as stopped "
                            "there."),
                          rbd_routine_player_get_step_index (player) + 1,
                          rbd_routine_player_get_n_steps (player));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       _("Stop the Routine?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Going"),
                                    "stop", _("_Stop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_stop_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->stop_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
toggle_pause_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->player != NULL)
    rbd_routine_player_toggle_pause (self->player);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->player != NULL)
    rbd_routine_player_next (self->player);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->player != NULL)
    rbd_routine_player_previous (self->player);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->player != NULL)
    rbd_routine_player_restart_step (self->player);
}

/* Stop asks first when the runner is into the routine; while getting
 * ready there is nothing to lose, and once it is over it just closes. */
static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);
  RbdPlayerState state = get_state (self);

  if (!is_active (state))
    {
      close_view (self);
      return;
    }

  if (!self->reached_step)
    {
      stop_now (self);
      close_view (self);
      return;
    }

  ask_to_stop (self);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (is_active (get_state (self)))
    stop_action (widget, "player.stop", NULL);
  else
    close_view (self);
}

static void
again_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdRoutine) routine = NULL;

  if (self->player == NULL)
    return;

  routine = g_object_ref (rbd_routine_player_get_routine (self->player));
  if (!rbd_routine_player_view_play (self, routine, &error))
    show_toast (self, error->message);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->window == NULL)
    return;

  if (gtk_window_is_fullscreen (self->window))
    {
      gtk_window_unfullscreen (self->window);
      self->made_fullscreen = FALSE;
    }
  else
    {
      gtk_window_fullscreen (self->window);
      self->made_fullscreen = TRUE;
    }
}

static void
toggle_sound_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  g_settings_set_boolean (self->settings, "routine-sound",
                          !g_settings_get_boolean (self->settings, "routine-sound"));
}

/* Keys
 *
 * The player's keys are plain letters, Space and arrows, and they must
 * do the same whatever button has the focus (Space on the focused Next
 * button still pauses), so they are caught on the way down, before the
 * focused widget sees them. They work while the player is on screen
 * (GTK skips the shortcuts of unmapped widgets), and leave alone the keys
 * meant for a menu or a text field. */

static gboolean
on_key_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  const char *action = g_variant_get_string (args, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL &&
      (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
       gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL))
    return FALSE;

  /* The arrows point the way they go on screen. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    {
      if (g_str_equal (action, "visual-next"))
        action = "visual-previous";
      else if (g_str_equal (action, "visual-previous"))
        action = "visual-next";
    }
  if (g_str_equal (action, "visual-next"))
    action = "player.next";
  else if (g_str_equal (action, "visual-previous"))
    action = "player.previous";

  return gtk_widget_activate_action (widget, action, NULL);
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *action)
{
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                               gtk_callback_action_new (on_key_shortcut_cb, NULL, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (action));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* GtkWidget */

static const char *
size_class_for (int width,
                int height)
{
  if (width >= WIDE_WIDTH && height >= WIDE_HEIGHT)
    return "wide";
  if (width < NARROW_WIDTH)
    return "narrow";

  return NULL;
}

static gboolean
has_size_class (GtkWidget  *widget,
                const char *size_class)
{
  return gtk_widget_has_css_class (widget, "wide") == (g_strcmp0 (size_class, "wide") == 0) &&
         gtk_widget_has_css_class (widget, "narrow") == (g_strcmp0 (size_class, "narrow") == 0);
}

static gboolean
update_size_class_cb (gpointer user_data)
{
  RbdRoutinePlayerView *self = user_data;
  const char *size_class = size_class_for (gtk_widget_get_width (GTK_WIDGET (self)),
                                           gtk_widget_get_height (GTK_WIDGET (self)));

  self->wide_source = 0;
  set_css_class (GTK_WIDGET (self), "wide", g_strcmp0 (size_class, "wide") == 0);
  set_css_class (GTK_WIDGET (self), "narrow", g_strcmp0 (size_class, "narrow") == 0);

  return G_SOURCE_REMOVE;
}

static void
rbd_routine_player_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->toast_overlay), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
rbd_routine_player_view_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->toast_overlay), width, height, baseline, NULL);

  /* Other text sizes need a new layout: not in the middle of this one. */
  if (!has_size_class (widget, size_class_for (width, height)) && self->wide_source == 0)
    self->wide_source = g_idle_add (update_size_class_cb, self);
}

static void
rbd_routine_player_view_root (GtkWidget *widget)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (rbd_routine_player_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      g_set_weak_pointer (&self->window, GTK_WINDOW (root));
      self->active_handler =
        g_signal_connect_object (root, "notify::is-active", G_CALLBACK (on_window_active_cb),
                                 self, G_CONNECT_SWAPPED);
      self->fullscreen_handler =
        g_signal_connect_object (root, "notify::fullscreened",
                                 G_CALLBACK (on_window_fullscreen_cb), self, G_CONNECT_SWAPPED);
    }

  update_fullscreen_button (self);
}

static void
rbd_routine_player_view_unroot (GtkWidget *widget)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (widget);

  if (self->window != NULL)
    {
      g_clear_signal_handler (&self->active_handler, self->window);
      g_clear_signal_handler (&self->fullscreen_handler, self->window);
    }
  g_clear_weak_pointer (&self->window);

  GTK_WIDGET_CLASS (rbd_routine_player_view_parent_class)->unroot (widget);
}

/* GObject */

static void
rbd_routine_player_view_dispose (GObject *object)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (object);

  /* A routine cut short by closing the window still counts as stopped;
   * the screen is let go and no cue or notification is left behind. */
  self->disposing = TRUE;
  if (self->stop_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->stop_dialog));
  g_clear_weak_pointer (&self->stop_dialog);
  stop_now (self);
  update_inhibit (self);
  withdraw_notification (self);

  if (self->player_signals != NULL)
    g_signal_group_set_target (self->player_signals, NULL);
  g_clear_handle_id (&self->wide_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_ROUTINE_PLAYER_VIEW);

  if (self->focus_destroy != NULL)
    self->focus_destroy (self->focus_data);
  self->focus_func = NULL;
  self->focus_data = NULL;
  self->focus_destroy = NULL;

  g_clear_object (&self->player_signals);
  g_clear_object (&self->player);
  g_clear_object (&self->run);
  g_clear_object (&self->sound);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->notifier);

  G_OBJECT_CLASS (rbd_routine_player_view_parent_class)->dispose (object);
}

static void
rbd_routine_player_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_NOTIFIER:
      g_value_set_object (value, self->notifier);
      break;

    case PROP_PLAYER:
      g_value_set_object (value, self->player);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_player_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RbdRoutinePlayerView *self = RBD_ROUTINE_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_NOTIFIER:
      rbd_routine_player_view_set_notifier (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_player_view_class_init (RbdRoutinePlayerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_routine_player_view_dispose;
  object_class->get_property = rbd_routine_player_view_get_property;
  object_class->set_property = rbd_routine_player_view_set_property;

  widget_class->measure = rbd_routine_player_view_measure;
  widget_class->size_allocate = rbd_routine_player_view_size_allocate;
  widget_class->root = rbd_routine_player_view_root;
  widget_class->unroot = rbd_routine_player_view_unroot;

  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAYER] =
    g_param_spec_object ("player", NULL, NULL,
                         RBD_TYPE_ROUTINE_PLAYER,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RbdRoutinePlayerView::run-ended:
   * @run: the run, marked finished or stopped
   *
   * A routine was finished, or stopped after its first step began.
   */
  signals[RUN_ENDED] =
    g_signal_new ("run-ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RBD_TYPE_ROUTINE_RUN);

  /**
   * RbdRoutinePlayerView::closed:
   *
   * The runner is done with the player (stopped it, or left the finished
   * screen).
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RBD_TYPE_ROUTINE_COUNTDOWN);

  gtk_widget_class_set_css_name (widget_class, "routineplayer");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-routine-player-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, routine_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, sound_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, step_count_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, step_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, side_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, countdown);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, next_label);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, finished_page);
  gtk_widget_class_bind_template_child (widget_class, RbdRoutinePlayerView, done_button);

  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL,
                                   toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "player.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "player.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "player.again", NULL, again_action);
  gtk_widget_class_install_action (widget_class, "player.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "player.toggle-sound", NULL,
                                   toggle_sound_action);
}

static void
rbd_routine_player_view_init (RbdRoutinePlayerView *self)
{
  GtkShortcutController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not APP_ID: the development build shares the settings schema. */
  self->settings = g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::routine-sound",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  self->sound = rbd_routine_sound_new ();
  g_signal_connect_object (self->sound, "unavailable", G_CALLBACK (on_sound_unavailable_cb), self,
                           G_CONNECT_SWAPPED);

  self->player_signals = g_signal_group_new (RBD_TYPE_ROUTINE_PLAYER);
  g_signal_group_connect_object (self->player_signals, "notify",
                                 G_CALLBACK (on_player_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->player_signals, "countdown",
                                 G_CALLBACK (on_player_countdown_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->player_signals, "finished",
                                 G_CALLBACK (on_player_finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->player_signals, "stopped",
                                 G_CALLBACK (on_player_stopped_cb), self, G_CONNECT_SWAPPED);

  self->shown.state = RBD_PLAYER_IDLE;
  self->shown.phase = RBD_PLAYER_IDLE;
  self->shown.side = 1;

  keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (keys, GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (keys), GTK_PHASE_CAPTURE);
  add_key (keys, GDK_KEY_space, "player.toggle-pause");
  add_key (keys, GDK_KEY_KP_Space, "player.toggle-pause");
  add_key (keys, GDK_KEY_Right, "visual-next");
  add_key (keys, GDK_KEY_KP_Right, "visual-next");
  add_key (keys, GDK_KEY_n, "player.next");
  add_key (keys, GDK_KEY_Left, "visual-previous");
  add_key (keys, GDK_KEY_KP_Left, "visual-previous");
  add_key (keys, GDK_KEY_p, "player.previous");
  add_key (keys, GDK_KEY_r, "player.restart");
  add_key (keys, GDK_KEY_Escape, "player.stop");
  add_key (keys, GDK_KEY_F11, "player.fullscreen");
  add_key (keys, GDK_KEY_m, "player.toggle-sound");
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (keys));

  update_sound_button (self);
  update_fullscreen_button (self);
  update_actions (self);
}

GtkWidget *
rbd_routine_player_view_new (void)
{
  return g_object_new (RBD_TYPE_ROUTINE_PLAYER_VIEW, NULL);
}

/**
 * rbd_routine_player_view_get_notifier:
 *
 * Returns: (transfer none) (nullable): where notifications and the
 *   screen-awake requests go
 */
RbdNotifier *
rbd_routine_player_view_get_notifier (RbdRoutinePlayerView *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self), NULL);

  return self->notifier;
}

/**
 * rbd_routine_player_view_set_notifier:
 * @notifier: (nullable): where notifications and screen-awake requests go;
 *   %NULL for nowhere
 */
void
rbd_routine_player_view_set_notifier (RbdRoutinePlayerView *self,
                                      RbdNotifier          *notifier)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self));
  g_return_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier));

  if (self->notifier == notifier)
    return;

  /* What the old one holds is let go there, and taken again here. */
  if (self->inhibiting && self->notifier != NULL)
    rbd_notifier_uninhibit (self->notifier, self->inhibit_cookie);
  withdraw_notification (self);
  self->inhibiting = FALSE;
  self->inhibit_cookie = 0;

  g_set_object (&self->notifier, notifier);
  update_inhibit (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTIFIER]);
}

/**
 * rbd_routine_player_view_set_clock:
 * @clock: (nullable): the clock the next routine is timed with; %NULL for
 *   the real one
 *
 * For tests, which play routines on a fake clock.
 */
void
rbd_routine_player_view_set_clock (RbdRoutinePlayerView *self,
                                   RbdClock             *clock)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self));
  g_return_if_fail (clock == NULL || RBD_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

/**
 * rbd_routine_player_view_set_focus_func:
 * @func: (nullable): tells whether the window counts as focused; %NULL to
 *   ask the window
 *
 * For tests, where no window manager gives the window the focus.
 */
void
rbd_routine_player_view_set_focus_func (RbdRoutinePlayerView *self,
                                        RbdRoutineFocusFunc   func,
                                        gpointer              user_data,
                                        GDestroyNotify        destroy)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self));

  if (self->focus_destroy != NULL)
    self->focus_destroy (self->focus_data);

  self->focus_func = func;
  self->focus_data = user_data;
  self->focus_destroy = destroy;
}

/**
 * rbd_routine_player_view_play:
 *
 * Plays @routine from the start, with the get-ready and switch-sides
 * pauses from the preferences. Whatever was playing is stopped first (and
 * recorded as stopped).
 *
 * Returns: %FALSE with @error set when the routine cannot be played (no
 *   steps, a step without a valid duration)
 */
gboolean
rbd_routine_player_view_play (RbdRoutinePlayerView  *self,
                              RbdRoutine            *routine,
                              GError               **error)
{
  g_autoptr(RbdRoutinePlayer) player = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self), FALSE);
  g_return_val_if_fail (RBD_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  player = rbd_routine_player_new (routine, self->clock);
  rbd_routine_player_set_lead_in_s (player,
                                    CLAMP (g_settings_get_int (self->settings,
                                                               "routine-lead-in-s"), 0, 30));
  rbd_routine_player_set_switch_sides_s (player,
                                         CLAMP (g_settings_get_int (self->settings,
                                                                    "routine-switch-sides-s"),
                                                0, 30));

  /* A routine without steps is refused before anything is stopped. */
  if (g_list_model_get_n_items (G_LIST_MODEL (rbd_routine_get_steps (routine))) == 0)
    return rbd_routine_player_start (player, error);

  if (self->stop_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->stop_dialog));
  stop_now (self);
  withdraw_notification (self);

  g_signal_group_set_target (self->player_signals, NULL);
  g_set_object (&self->player, player);
  g_clear_object (&self->run);
  self->reached_step = FALSE;
  self->shown = (Shown) { RBD_PLAYER_IDLE, RBD_PLAYER_IDLE, 0, 1 };
  g_signal_group_set_target (self->player_signals, player);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYER]);

  now = g_date_time_new_now_local ();
  self->run = rbd_routine_run_new_for (routine, now);

  if (!rbd_routine_player_start (player, error))
    {
      g_clear_object (&self->run);
      sync_player (self);
      return FALSE;
    }

  sync_player (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));

  return TRUE;
}

/**
 * rbd_routine_player_view_stop:
 *
 * Stops the routine without asking (recording it as stopped if it got
 * past the lead-in).
 */
void
rbd_routine_player_view_stop (RbdRoutinePlayerView *self)
{
  g_return_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self));

  stop_now (self);
}

gboolean
rbd_routine_player_view_is_playing (RbdRoutinePlayerView *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self), FALSE);

  return is_active (get_state (self));
}

/**
 * rbd_routine_player_view_get_player:
 *
 * Returns: (transfer none) (nullable): the player of the routine shown
 */
RbdRoutinePlayer *
rbd_routine_player_view_get_player (RbdRoutinePlayerView *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self), NULL);

  return self->player;
}

/**
 * rbd_routine_player_view_get_routine:
 *
 * Returns: (transfer none) (nullable): the routine shown
 */
RbdRoutine *
rbd_routine_player_view_get_routine (RbdRoutinePlayerView *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_PLAYER_VIEW (self), NULL);

  return self->player != NULL ? rbd_routine_player_get_routine (self->player) : NULL;
}
