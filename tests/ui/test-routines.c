/* test-routines.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-routines"

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "ui-test-util.h"
#include "rbd-fake-clock.h"
#include "rbd-notifier.h"
#include "rbd-plan-card.h"
#include "rbd-plan-page.h"
#include "rbd-preferences-window.h"
#include "rbd-routine-countdown.h"
#include "rbd-routine-editor.h"
#include "rbd-routine-player-view.h"
#include "rbd-routine-row.h"
#include "rbd-routine-run.h"
#include "rbd-routine-sound.h"
#include "rbd-routine-step-row.h"
#include "rbd-routines-page.h"
#include "rbd-window.h"

/* Drives the Routines page's real widgets under Xvfb: the list's rows and
 * actions, the player through its keys on a fake clock, the editor's
 * fields and keys, the toasts' Undo buttons; then checks the labels, the
 * notifier's log and the store.
 *
 * Keys: GTK has no public way to make a key event, so press_key() finds
 * the shortcut a key triggers in a widget's shortcut controllers (the
 * same ones GTK runs for a real key press) and activates it, only when
 * GTK would (the widget mapped). */

#define WAIT_TIMEOUT_S 10

#define WAIT_UNTIL(cond)                                                        \
  G_STMT_START {                                                                \
    gint64 _deadline = g_get_monotonic_time () + WAIT_TIMEOUT_S * G_USEC_PER_SEC; \
    while (!(cond))                                                             \
      {                                                                         \
        if (g_get_monotonic_time () > _deadline)                                \
          g_error ("Timed out waiting for: %s", #cond);                         \
        g_main_context_iteration (NULL, TRUE);                                  \
      }                                                                         \
  } G_STMT_END

#define SEC G_GINT64_CONSTANT (1000000)
#define T0  (G_GINT64_CONSTANT (5000000) * SEC)

/* Own routines with known steps (one side, two sides, one side), one with
 * no steps, and a week with an interval session (cool-down after
 * intervals) and a rest day (no cool-down). */
#define DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{}," \
  "\"planned\":[" \
  "{\"id\":\"p1\",\"date\":\"2031-03-03\",\"kind\":\"interval\",\"duration_s\":3600}," \
  "{\"id\":\"p2\",\"date\":\"2031-03-04\",\"kind\":\"rest\"}]," \
  "\"sessions\":[],\"checkins\":[],\"shoes\":[]," \
  "\"routines\":[" \
  "{\"id\":\"r1\",\"name\":\"Test routine\",\"focus\":\"Stretching\",\"steps\":[" \
  "{\"name\":\"Alpha\",\"instructions\":\"Do alpha.\",\"duration_s\":20,\"sides\":1}," \
  "{\"name\":\"Bravo\",\"instructions\":\"Do bravo.\",\"duration_s\":10,\"sides\":2}," \
  "{\"name\":\"Charlie\",\"instructions\":\"Do charlie.\",\"duration_s\":15,\"sides\":1}]}," \
  "{\"id\":\"r-empty\",\"name\":\"Nothing yet\",\"steps\":[]}]}"

#define LONG_NAME \
  "A routine with a very long name that goes on and on about hamstrings, calves, " \
  "glutes and everything else a tired runner might want to look after tonight"

typedef struct
{
  char                 *dir;
  char                 *data_dir;
  RbdStore             *store;
  RbdWindow            *window;
  RbdRoutinesPage      *page;
  RbdRoutinePlayerView *view;
  RbdFakeClock         *clock;
  RbdRecordingNotifier *notifier;
  gboolean              focused;
} Fixture;

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
on_load_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!rbd_store_load_finish (RBD_STORE (object), result, &error))
    g_test_message ("load: %s", error->message);
}

static gboolean
store_is_loaded (RbdStore *store)
{
  RbdStoreState state = rbd_store_get_state (store);

  return state != RBD_STORE_STATE_EMPTY && state != RBD_STORE_STATE_LOADING;
}

static gboolean
fixture_is_focused (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->focused;
}

static void
fixture_open (Fixture    *fixture,
              const char *document)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr(GError) error = NULL;

  g_settings_set_int (settings, "window-width", 1200);
  g_settings_set_int (settings, "window-height", 760);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  g_settings_reset (settings, "routine-lead-in-s");
  g_settings_reset (settings, "routine-switch-sides-s");
  g_settings_reset (settings, "routine-sound");

  fixture->dir = g_dir_make_tmp ("rebound-routines-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->data_dir, 0700), ==, 0);
  if (document != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->data_dir, "rebound.json", NULL);

      g_file_set_contents (path, document, -1, &error);
      g_assert_no_error (error);
    }

  fixture->store = rbd_store_new (fixture->data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, on_load_cb, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));

  fixture->notifier = rbd_recording_notifier_new ();
  fixture->clock = rbd_fake_clock_new (T0);
  fixture->focused = TRUE;

  fixture->window = rbd_window_new (NULL, fixture->store);
  rbd_window_set_notifier (fixture->window, RBD_NOTIFIER (fixture->notifier));
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  fixture->page = RBD_ROUTINES_PAGE (ui_test_find_widget (GTK_WIDGET (fixture->window),
                                                          RBD_TYPE_ROUTINES_PAGE, NULL));
  g_assert_nonnull (fixture->page);
  fixture->view = rbd_routines_page_get_player_view (fixture->page);
  rbd_routine_player_view_set_clock (fixture->view, RBD_CLOCK (fixture->clock));
  rbd_routine_player_view_set_focus_func (fixture->view, fixture_is_focused, fixture, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page",
                                             "s", "routines"));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_clear (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  if (fixture->store != NULL && rbd_store_get_state (fixture->store) == RBD_STORE_STATE_READY)
    {
      rbd_store_flush (fixture->store, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->notifier);
  if (fixture->dir != NULL)
    remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->data_dir, g_free);
}

/* Widget tree helpers */

static char *
dup_label_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  ui_test_collect_labels (root, out);

  return g_string_free (out, FALSE);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/* Clicks the dialog's button labelled @label, which responds and closes. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  WAIT_UNTIL (find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL);
}

/* The Undo button of the newest toast with @action_name. */
static GtkWidget *
find_newest_undo (GtkWidget  *root,
                  const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *newest = NULL;
  guint32 newest_serial = 0;

  ui_test_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = buttons->pdata[i];
      GVariant *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), action_name) != 0 || target == NULL)
        continue;
      if (newest == NULL || g_variant_get_uint32 (target) > newest_serial)
        {
          newest = GTK_WIDGET (button);
          newest_serial = g_variant_get_uint32 (target);
        }
    }

  return newest;
}

static void
press_undo (GtkWidget  *root,
            const char *action_name)
{
  GtkWidget *button;
  g_autofree char *label = NULL;

  WAIT_UNTIL ((button = find_newest_undo (root, action_name)) != NULL);
  label = ui_test_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (button)));
  g_assert_cmpstr (label, ==, "Undo");
  g_signal_emit_by_name (button, "clicked");
}

/* Presses @keyval with @modifiers on @widget: activates the shortcut that
 * one of its shortcut controllers has for the key (its own, or its
 * class's key bindings). FALSE when there is none, or GTK would skip it
 * (the widget not on screen), or it did not handle the key. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) pressed = gtk_keyval_trigger_new (keyval, modifiers);

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), pressed))
            continue;

          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* Player helpers */

static const char *
template_label (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                  RBD_TYPE_ROUTINE_PLAYER_VIEW, name);

  g_assert_true (GTK_IS_LABEL (child));
  if (!gtk_widget_get_visible (GTK_WIDGET (child)))
    return "";

  return gtk_label_get_text (GTK_LABEL (child));
}

static const char *
countdown_text (Fixture *fixture)
{
  GObject *countdown = gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                      RBD_TYPE_ROUTINE_PLAYER_VIEW,
                                                      "countdown");

  return rbd_routine_countdown_get_text (RBD_ROUTINE_COUNTDOWN (countdown));
}

static RbdPlayerState
player_state (Fixture *fixture)
{
  RbdRoutinePlayer *player = rbd_routine_player_view_get_player (fixture->view);

  return player != NULL ? rbd_routine_player_get_state (player) : RBD_PLAYER_IDLE;
}

/* What the screen says, in one line: "phase|step count|step|side|mm:ss|next". */
static char *
screen (Fixture *fixture)
{
  return g_strdup_printf ("%s|%s|%s|%s|%s|%s",
                          template_label (fixture, "phase_label"),
                          template_label (fixture, "step_count_label"),
                          template_label (fixture, "step_label"),
                          template_label (fixture, "side_label"),
                          countdown_text (fixture),
                          template_label (fixture, "next_label"));
}

#define assert_screen(fixture, expected)                 \
  G_STMT_START {                                         \
    g_autofree char *_screen = screen (fixture);         \
    g_assert_cmpstr (_screen, ==, expected);             \
  } G_STMT_END

static void
advance (Fixture *fixture,
         int      seconds)
{
  rbd_fake_clock_advance (fixture->clock, seconds * SEC);
}

static void
start_routine (Fixture    *fixture,
               const char *id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "routines.start",
                                             "s", id));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static gboolean
log_has (Fixture    *fixture,
         const char *entry)
{
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);

  for (guint i = 0; i < log->len; i++)
    {
      if (g_str_equal (log->pdata[i], entry))
        return TRUE;
    }

  return FALSE;
}

static guint
log_count_prefix (Fixture    *fixture,
                  const char *prefix)
{
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);
  guint n = 0;

  for (guint i = 0; i < log->len; i++)
    {
      if (g_str_has_prefix (log->pdata[i], prefix))
        n++;
    }

  return n;
}

static guint
n_runs (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_routine_runs (fixture->store)));
}

static RbdRecord *
get_run (Fixture *fixture,
         guint    position)
{
  RbdRecord *run = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_routine_runs (fixture->store)),
                                          position);

  g_object_unref (run);  /* the store keeps it */
  return run;
}

static guint
n_routines (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_routines (fixture->store)));
}

static RbdRecord *
get_routine (Fixture *fixture,
             guint    position)
{
  RbdRecord *routine = g_list_model_get_item (G_LIST_MODEL (rbd_store_get_routines (fixture->store)),
                                              position);

  g_object_unref (routine);
  return routine;
}

/* Tests */

static void
test_list (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *labels = NULL;
  guint n_builtin = 0;
  guint n_own = 0;

  fixture_open (&fixture, DOCUMENT);

  ui_test_collect_widgets (GTK_WIDGET (fixture.page), RBD_TYPE_ROUTINE_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (rbd_routine_row_get_builtin (rows->pdata[i]))
        n_builtin++;
      else
        n_own++;
    }
  g_assert_cmpuint (n_builtin, ==,
                    g_list_model_get_n_items (rbd_routines_page_get_builtin (fixture.page)));
  g_assert_cmpuint (n_builtin, >=, 9);
  g_assert_cmpuint (n_own, ==, 2);

  /* Each with its focus and total time (20 + 2 x 10 + 15 s = 55 s). */
  labels = dup_label_text (GTK_WIDGET (fixture.page));
  g_assert_nonnull (strstr (labels, "Test routine"));
  g_assert_nonnull (strstr (labels, "Stretching · 1 min · 3 steps"));
  g_assert_nonnull (strstr (labels, "No steps yet"));
  g_assert_nonnull (strstr (labels, "Cool-down after intervals or tempo"));
  g_assert_nonnull (strstr (labels, "Cool-down · 14 min · 2 steps"));

  /* Built-ins cannot be deleted, even with the Delete key. */
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = rows->pdata[i];

      if (rbd_routine_row_get_builtin (RBD_ROUTINE_ROW (row)))
        {
          press_key (row, GDK_KEY_Delete, 0);
          break;
        }
    }
  g_assert_cmpuint (n_routines (&fixture), ==, 2);

  fixture_clear (&fixture);
}

static void
test_player_keys (void)
{
  Fixture fixture = { 0 };
  RbdRecord *run;

  fixture_open (&fixture, DOCUMENT);
  start_routine (&fixture, "r1");

  /* The get-ready lead-in (5 s by default): the screen is kept awake. */
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_LEAD_IN);
  assert_screen (&fixture, "Get Ready|Step 1 of 3|Alpha||00:05|Next: Alpha");
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 1);
  g_assert_true (log_has (&fixture, "inhibit A routine is playing"));

  advance (&fixture, 5);
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_RUNNING);
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:20|Next: Bravo");
  g_assert_cmpstr (template_label (&fixture, "instructions_label"), ==, "Do alpha.");
  advance (&fixture, 3);
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:17|Next: Bravo");

  /* Space pauses: the countdown stays, the screen may sleep. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_space, 0));
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_PAUSED);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);
  g_assert_true (log_has (&fixture, "uninhibit"));
  advance (&fixture, 10);
  assert_screen (&fixture, "Paused|Step 1 of 3|Alpha||00:17|Next: Bravo");

  /* Space again resumes, awake again. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_space, 0));
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_RUNNING);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 1);
  advance (&fixture, 1);
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:16|Next: Bravo");

  /* Right: the next step, its left side first. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Right, 0));
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Left|00:10|Next: Right side");

  /* Left, in the first second of a step: back to the one before. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Left, 0));
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:20|Next: Bravo");

  /* R starts the step again. */
  advance (&fixture, 4);
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:16|Next: Bravo");
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_r, 0));
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:20|Next: Bravo");

  /* N is next too; the left side runs out into the switch-sides pause. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_n, 0));
  advance (&fixture, 10);
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_SWITCHING_SIDES);
  assert_screen (&fixture, "Switch Sides|Step 2 of 3|Bravo|Right|00:05|Next: Right side");
  advance (&fixture, 5);
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Right|00:10|Next: Charlie");

  /* P later in a side starts that side again. */
  advance (&fixture, 3);
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_p, 0));
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Right|00:10|Next: Charlie");

  /* Escape mid-routine asks, and the clock waits for the answer. */
  g_assert_cmpuint (n_runs (&fixture), ==, 0);
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Escape, 0));
  WAIT_UNTIL (find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_PAUSED);
  advance (&fixture, 30);
  click_response (ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "Keep Going");
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_RUNNING);
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Right|00:10|Next: Charlie");
  g_assert_cmpuint (n_runs (&fixture), ==, 0);

  /* Stopping for real: recorded as stopped at step 2, screen let go. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Escape, 0));
  WAIT_UNTIL (find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  click_response (ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "Stop");
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_IDLE);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);
  g_assert_false (rbd_routines_page_get_playing_shown (fixture.page));
  g_assert_cmpuint (n_runs (&fixture), ==, 1);
  run = get_run (&fixture, 0);
  g_assert_cmpstr (rbd_record_get_string (run, "routine_id"), ==, "r1");
  g_assert_false (rbd_record_get_boolean (run, "finished"));
  g_assert_cmpint (rbd_record_get_int (run, "stopped_at_step"), ==, 2);
  g_assert_true (rbd_record_is_set (run, "end"));

  /* The player's keys are gone with the player: Space does nothing on
   * the list. */
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (fixture.view)));
  g_assert_false (press_key (GTK_WIDGET (fixture.view), GDK_KEY_space, 0));

  fixture_clear (&fixture);
}

static void
test_finish_and_notify (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GtkWidget *done;
  RbdRecord *run;

  fixture_open (&fixture, DOCUMENT);
  g_settings_set_int (settings, "routine-lead-in-s", 0);
  g_settings_set_int (settings, "routine-switch-sides-s", 3);

  /* Focused: no notifications, whatever happens. */
  start_routine (&fixture, "r1");
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_RUNNING);
  assert_screen (&fixture, "|Step 1 of 3|Alpha||00:20|Next: Bravo");
  advance (&fixture, 20);
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Left|00:10|Next: Right side");
  g_assert_cmpuint (log_count_prefix (&fixture, "send "), ==, 0);

  /* Not focused: each phase that ends says what comes now. */
  fixture.focused = FALSE;
  advance (&fixture, 10);
  assert_screen (&fixture, "Switch Sides|Step 2 of 3|Bravo|Right|00:03|Next: Right side");
  g_assert_true (log_has (&fixture,
                          "send routine-step: Switch sides: Get ready for the right side of Bravo"));
  advance (&fixture, 3);
  g_assert_true (log_has (&fixture, "send routine-step: Bravo: Right side, 10 seconds"));
  advance (&fixture, 10);
  g_assert_true (log_has (&fixture, "send routine-step: Charlie: 15 seconds"));
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 1);

  /* The end: recorded as finished, the screen let go, the finished page. */
  advance (&fixture, 15);
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_FINISHED);
  g_assert_true (log_has (&fixture, "send routine-step: Routine complete: Test routine"));
  g_assert_cmpuint (log_count_prefix (&fixture, "send "), ==, 4);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);
  g_assert_cmpuint (n_runs (&fixture), ==, 1);
  run = get_run (&fixture, 0);
  g_assert_cmpstr (rbd_record_get_string (run, "routine_id"), ==, "r1");
  g_assert_cmpstr (rbd_record_get_string (run, "routine_name"), ==, "Test routine");
  g_assert_true (rbd_record_get_boolean (run, "finished"));
  g_assert_false (rbd_record_is_set (run, "stopped_at_step"));

  done = ui_test_find_widget (GTK_WIDGET (fixture.view), GTK_TYPE_BUTTON, "Back to Routines");
  g_assert_nonnull (done);
  WAIT_UNTIL (gtk_widget_get_mapped (done));
  {
    g_autofree char *labels = dup_label_text (GTK_WIDGET (fixture.view));

    g_assert_nonnull (strstr (labels, "Routine Complete"));
  }

  /* Back at the window, the notification is taken back. */
  fixture.focused = TRUE;

  /* Escape on the finished screen goes back to the list, asking nothing. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Escape, 0));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_false (rbd_routines_page_get_playing_shown (fixture.page));
  g_assert_true (log_has (&fixture, "withdraw routine-step"));
  g_assert_cmpuint (n_runs (&fixture), ==, 1);

  fixture_clear (&fixture);
}

static void
test_stop_during_lead_in (void)
{
  Fixture fixture = { 0 };

  fixture_open (&fixture, DOCUMENT);
  start_routine (&fixture, "r1");
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_LEAD_IN);

  /* Nothing was done yet: no question, no record. */
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_Escape, 0));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_IDLE);
  g_assert_false (rbd_routines_page_get_playing_shown (fixture.page));
  g_assert_cmpuint (n_runs (&fixture), ==, 0);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);

  fixture_clear (&fixture);
}

static void
test_window_closed (void)
{
  Fixture fixture = { 0 };
  RbdRecord *run;

  fixture_open (&fixture, DOCUMENT);
  start_routine (&fixture, "r1");
  advance (&fixture, 5 + 20 + 2);
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Left|00:08|Next: Right side");

  /* Paused in the switch-sides pause, the screen says so. */
  advance (&fixture, 8);
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_space, 0));
  assert_screen (&fixture, "Paused · Switch Sides|Step 2 of 3|Bravo|Right|00:05|Next: Right side");
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_space, 0));

  /* Closing the window mid-routine records it as stopped there, and lets
   * the screen sleep again. */
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  fixture.window = NULL;
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);
  g_assert_cmpuint (n_runs (&fixture), ==, 1);
  run = get_run (&fixture, 0);
  g_assert_false (rbd_record_get_boolean (run, "finished"));
  g_assert_cmpint (rbd_record_get_int (run, "stopped_at_step"), ==, 2);

  fixture_clear (&fixture);
}

static void
test_empty_routine (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;

  fixture_open (&fixture, DOCUMENT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "routines.start", "s",
                                             "r-empty"));
  g_assert_false (rbd_routines_page_get_playing_shown (fixture.page));
  g_assert_cmpint (player_state (&fixture), ==, RBD_PLAYER_IDLE);
  g_assert_cmpuint (rbd_recording_notifier_get_n_inhibited (fixture.notifier), ==, 0);

  /* The toast says why. */
  WAIT_UNTIL ((labels = dup_label_text (GTK_WIDGET (fixture.page))) != NULL &&
              strstr (labels, "no steps yet") != NULL);

  fixture_clear (&fixture);
}

static RbdRoutineStepRow *
editor_row (RbdRoutineEditor *editor,
            int               index)
{
  GObject *list = gtk_widget_get_template_child (GTK_WIDGET (editor), RBD_TYPE_ROUTINE_EDITOR,
                                                 "steps_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  return RBD_IS_ROUTINE_STEP_ROW (row) ? RBD_ROUTINE_STEP_ROW (row) : NULL;
}

static GtkWidget *
row_child (RbdRoutineStepRow *row,
           const char        *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), RBD_TYPE_ROUTINE_STEP_ROW,
                                                    name));
}

static void
test_editor (void)
{
  Fixture fixture = { 0 };
  RbdRoutineEditor *editor;
  RbdRoutineStepRow *row;
  GtkWidget *list_box;
  GtkWidget *name_row;
  GtkWidget *save;
  GtkWidget *error_label;
  RbdRecord *routine;
  GListModel *steps;
  g_autoptr(RbdRecord) first = NULL;
  g_autoptr(RbdRecord) second = NULL;

  fixture_open (&fixture, NULL);
  g_assert_cmpuint (n_routines (&fixture), ==, 0);

  /* Ctrl+N on the list. */
  list_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture.page),
                                                       RBD_TYPE_ROUTINES_PAGE, "list_box"));
  g_assert_true (press_key (list_box, GDK_KEY_n, GDK_CONTROL_MASK));
  WAIT_UNTIL ((editor = RBD_ROUTINE_EDITOR (find_toplevel (RBD_TYPE_ROUTINE_EDITOR))) != NULL);

  name_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  save = ui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "Save");
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                           RBD_TYPE_ROUTINE_EDITOR,
                                                           "error_label"));
  g_assert_nonnull (name_row);
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));

  gtk_editable_set_text (GTK_EDITABLE (name_row), LONG_NAME);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Two steps, from the editor's Ctrl+N. */
  g_assert_true (press_key (GTK_WIDGET (editor), GDK_KEY_n, GDK_CONTROL_MASK));
  g_assert_true (press_key (GTK_WIDGET (editor), GDK_KEY_n, GDK_CONTROL_MASK));
  g_assert_nonnull (editor_row (editor, 1));
  g_assert_null (editor_row (editor, 2));

  /* A new step needs a name before it can be saved. */
  g_assert_false (gtk_widget_is_sensitive (save));
  row = editor_row (editor, 0);
  gtk_editable_set_text (GTK_EDITABLE (row_child (row, "name_row")), "Calf stretch");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "minutes_spin")), 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "seconds_spin")), 45);
  gtk_switch_set_active (GTK_SWITCH (row_child (row, "sides_switch")), TRUE);
  row = editor_row (editor, 1);
  gtk_editable_set_text (GTK_EDITABLE (row_child (row, "name_row")), "Walk");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "minutes_spin")), 3);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "seconds_spin")), 0);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* 0 s is refused, and the editor says why, next to the step too. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "minutes_spin")), 0);
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   "Step 2: A step lasts from 1 second to 60 minutes.");
  g_assert_true (gtk_widget_get_visible (row_child (row, "error_row")));
  /* So is more than an hour. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "minutes_spin")), 61);
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_child (row, "minutes_spin")), 3);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_get_visible (error_label));

  /* Alt+Up on the second step puts it first; the row keeps the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (press_key (GTK_WIDGET (row), GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_true (editor_row (editor, 0) == row);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (editor)),
                                         GTK_WIDGET (row)));
  /* Alt+Down and Alt+Up again: the same order. */
  g_assert_true (press_key (GTK_WIDGET (row), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_true (editor_row (editor, 1) == row);
  g_assert_true (press_key (GTK_WIDGET (row), GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_true (editor_row (editor, 0) == row);

  /* Removing a step can be undone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor_row (editor, 1)), "step.remove",
                                             NULL));
  g_assert_null (editor_row (editor, 1));
  press_undo (GTK_WIDGET (editor), "editor.undo-remove");
  g_assert_nonnull (editor_row (editor, 1));
  g_assert_true (editor_row (editor, 0) == row);

  /* Typed but not yet taken by the spin button (the focus is still in
   * it): Save takes it. */
  gtk_editable_set_text (GTK_EDITABLE (row_child (editor_row (editor, 1), "seconds_spin")), "50");

  g_assert_cmpuint (n_routines (&fixture), ==, 0);
  g_signal_emit_by_name (save, "clicked");
  WAIT_UNTIL (find_toplevel (RBD_TYPE_ROUTINE_EDITOR) == NULL);

  g_assert_cmpuint (n_routines (&fixture), ==, 1);
  routine = get_routine (&fixture, 0);
  g_assert_cmpstr (rbd_record_get_string (routine, "name"), ==, LONG_NAME);
  steps = G_LIST_MODEL (rbd_routine_get_steps (RBD_ROUTINE (routine)));
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 2);
  first = g_list_model_get_item (steps, 0);
  second = g_list_model_get_item (steps, 1);
  g_assert_cmpstr (rbd_record_get_string (first, "name"), ==, "Walk");
  g_assert_cmpint (rbd_record_get_int (first, "duration_s"), ==, 180);
  g_assert_cmpint (rbd_record_get_int (first, "sides"), ==, 1);
  g_assert_cmpstr (rbd_record_get_string (second, "name"), ==, "Calf stretch");
  g_assert_cmpint (rbd_record_get_int (second, "duration_s"), ==, 50);
  g_assert_cmpint (rbd_record_get_int (second, "sides"), ==, 2);

  /* It is in the list, and it plays. */
  {
    g_autofree char *labels = dup_label_text (GTK_WIDGET (fixture.page));

    g_assert_nonnull (strstr (labels, LONG_NAME));
  }
  start_routine (&fixture, rbd_record_get_id (routine));
  advance (&fixture, 5);
  assert_screen (&fixture, "|Step 1 of 2|Walk||03:00|Next: Calf stretch");

  fixture_clear (&fixture);
}

static void
test_delete_undo (void)
{
  Fixture fixture = { 0 };

  fixture_open (&fixture, DOCUMENT);
  g_assert_cmpuint (n_routines (&fixture), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "routines.delete", "s",
                                             "r1"));
  g_assert_cmpuint (n_routines (&fixture), ==, 1);
  g_assert_cmpstr (rbd_record_get_id (get_routine (&fixture, 0)), ==, "r-empty");

  press_undo (GTK_WIDGET (fixture.page), "routines.undo");
  g_assert_cmpuint (n_routines (&fixture), ==, 2);
  g_assert_cmpstr (rbd_record_get_id (get_routine (&fixture, 0)), ==, "r1");

  /* Built-ins are not the store's to delete. */
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "routines.delete", "s",
                              "builtin-foam-rolling");
  g_assert_cmpuint (n_routines (&fixture), ==, 2);

  fixture_clear (&fixture);
}

static void
test_duplicate_builtin (void)
{
  Fixture fixture = { 0 };
  RbdRoutineEditor *editor;
  GtkWidget *name_row;
  GtkWidget *save;
  RbdRecord *copy;

  fixture_open (&fixture, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "routines.duplicate", "s",
                                             "builtin-foam-rolling"));
  WAIT_UNTIL ((editor = RBD_ROUTINE_EDITOR (find_toplevel (RBD_TYPE_ROUTINE_EDITOR))) != NULL);
  name_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Foam rolling (Copy)");
  g_assert_nonnull (editor_row (editor, 5));
  g_assert_null (editor_row (editor, 6));

  /* Nothing is in the document before Save. */
  g_assert_cmpuint (n_routines (&fixture), ==, 0);
  save = ui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "Save");
  g_signal_emit_by_name (save, "clicked");
  WAIT_UNTIL (find_toplevel (RBD_TYPE_ROUTINE_EDITOR) == NULL);

  g_assert_cmpuint (n_routines (&fixture), ==, 1);
  copy = get_routine (&fixture, 0);
  g_assert_false (g_str_has_prefix (rbd_record_get_id (copy), "builtin-"));
  g_assert_cmpint (rbd_routine_get_total_s (RBD_ROUTINE (copy)), ==, 720);

  fixture_clear (&fixture);
}

static void
test_cool_down_from_plan (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWidget *plan_page;
  GtkWidget *interval = NULL;
  GtkWidget *rest = NULL;
  GDate day;

  fixture_open (&fixture, DOCUMENT);
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-page", "s", "plan");
  plan_page = ui_test_find_widget (GTK_WIDGET (fixture.window), RBD_TYPE_PLAN_PAGE, NULL);
  WAIT_UNTIL (gtk_widget_get_mapped (plan_page));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 3, G_DATE_MARCH, 2031);
  rbd_plan_page_show_day (RBD_PLAN_PAGE (plan_page), &day);

  ui_test_collect_widgets (plan_page, RBD_TYPE_PLAN_CARD, cards);
  for (guint i = 0; i < cards->len; i++)
    {
      RbdRecord *session = RBD_RECORD (rbd_plan_card_get_session (cards->pdata[i]));

      if (g_str_equal (rbd_record_get_id (session), "p1"))
        interval = cards->pdata[i];
      else if (g_str_equal (rbd_record_get_id (session), "p2"))
        rest = cards->pdata[i];
    }
  g_assert_nonnull (interval);
  g_assert_nonnull (rest);

  /* A rest day has nothing to cool down from: the menu item is hidden. */
  g_assert_false (gtk_widget_activate_action (rest, "card.cool-down", NULL) &&
                  rbd_routine_player_view_is_playing (fixture.view));
  g_assert_false (rbd_routine_player_view_is_playing (fixture.view));

  /* Intervals: the cool-down after intervals, in the player. */
  g_assert_true (gtk_widget_activate_action (interval, "card.cool-down", NULL));
  g_assert_cmpstr (rbd_window_get_visible_page (fixture.window), ==, "routines");
  g_assert_true (rbd_routines_page_get_playing_shown (fixture.page));
  g_assert_true (rbd_routine_player_view_is_playing (fixture.view));
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (rbd_routine_player_view_get_routine (fixture.view))),
                   ==, "builtin-cooldown-hard");
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture.view)));
  advance (&fixture, 5);
  assert_screen (&fixture, "|Step 1 of 2|Easy jog||10:00|Next: Walk");

  fixture_clear (&fixture);
}

static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  GtkWidget *step_label;
  int min_width = 0;

  fixture_open (&fixture, DOCUMENT);

  /* Nothing on the page or in the player asks for more than a phone. */
  gtk_widget_measure (GTK_WIDGET (fixture.page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  start_routine (&fixture, "r1");
  gtk_widget_measure (GTK_WIDGET (fixture.view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  /* The window as small as the other pages let it be. */
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 360, 720);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture.view)) <= 400);

  /* A very long step name wraps onto more lines rather than being cut. */
  step_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture.view),
                                                          RBD_TYPE_ROUTINE_PLAYER_VIEW,
                                                          "step_label"));
  gtk_label_set_text (GTK_LABEL (step_label), LONG_NAME);
  WAIT_UNTIL (gtk_widget_get_width (step_label) <= 400 &&
              pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (step_label))) >= 3);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (step_label)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (step_label)), ==, PANGO_ELLIPSIZE_NONE);

  fixture_clear (&fixture);
}

static void
test_preferences (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  RbdPreferencesWindow *preferences;
  GObject *lead_in;
  GObject *switch_sides;
  GObject *sound;

  fixture_open (&fixture, DOCUMENT);
  g_assert_cmpint (g_settings_get_int (settings, "routine-lead-in-s"), ==, 5);
  g_assert_cmpint (g_settings_get_int (settings, "routine-switch-sides-s"), ==, 5);
  g_assert_true (g_settings_get_boolean (settings, "routine-sound"));

  preferences = rbd_preferences_window_new (fixture.store);
  gtk_window_present (GTK_WINDOW (preferences));
  lead_in = gtk_widget_get_template_child (GTK_WIDGET (preferences), RBD_TYPE_PREFERENCES_WINDOW,
                                           "lead_in_spin");
  switch_sides = gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                RBD_TYPE_PREFERENCES_WINDOW, "switch_sides_spin");
  sound = gtk_widget_get_template_child (GTK_WIDGET (preferences), RBD_TYPE_PREFERENCES_WINDOW,
                                         "sound_switch");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (lead_in)), ==, 5);

  /* 0-30 s; more is not taken. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lead_in), 12);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (switch_sides), 45);
  gtk_switch_set_active (GTK_SWITCH (sound), FALSE);
  g_assert_cmpint (g_settings_get_int (settings, "routine-lead-in-s"), ==, 12);
  g_assert_cmpint (g_settings_get_int (settings, "routine-switch-sides-s"), ==, 30);
  g_assert_false (g_settings_get_boolean (settings, "routine-sound"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* The player uses them for the next routine, and the mute key. */
  start_routine (&fixture, "r1");
  assert_screen (&fixture, "Get Ready|Step 1 of 3|Alpha||00:12|Next: Alpha");
  g_assert_true (press_key (GTK_WIDGET (fixture.view), GDK_KEY_m, 0));
  g_assert_true (g_settings_get_boolean (settings, "routine-sound"));
  advance (&fixture, 12 + 20 + 10);
  assert_screen (&fixture, "Switch Sides|Step 2 of 3|Bravo|Right|00:30|Next: Right side");

  fixture_clear (&fixture);
}

static void
on_unavailable_cb (RbdRoutineSound *sound,
                   const char      *message,
                   guint           *count)
{
  (*count)++;
}

static void
test_no_sound (void)
{
  g_autoptr(RbdRoutineSound) sound = rbd_routine_sound_new ();
  Fixture fixture = { 0 };
  guint count = 0;

  /* This program runs with GTK_MEDIA=none: no sound can be played. It
   * says so once, and every cue after that is skipped quietly. */
  g_signal_connect (sound, "unavailable", G_CALLBACK (on_unavailable_cb), &count);
  g_assert_true (rbd_routine_sound_get_available (sound));
  g_assert_false (rbd_routine_sound_play (sound, RBD_ROUTINE_CUE_TICK));
  g_assert_false (rbd_routine_sound_play (sound, RBD_ROUTINE_CUE_CHANGE));
  g_assert_false (rbd_routine_sound_play (sound, RBD_ROUTINE_CUE_DONE));
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (rbd_routine_sound_get_available (sound));
  g_assert_nonnull (rbd_routine_sound_get_error (sound));

  /* In the player: the routine goes on, and a toast says why it is quiet. */
  fixture_open (&fixture, DOCUMENT);
  start_routine (&fixture, "r1");
  advance (&fixture, 5);
  advance (&fixture, 20);
  assert_screen (&fixture, "|Step 2 of 3|Bravo|Left|00:10|Next: Right side");
  {
    g_autofree char *labels = NULL;

    WAIT_UNTIL ((labels = dup_label_text (GTK_WIDGET (fixture.view))) != NULL &&
                strstr (labels, "Sounds cannot be played here") != NULL);
  }

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);
  /* Quiet and the same on every machine, with or without GStreamer. */
  g_setenv ("GTK_MEDIA", "none", TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_timeout_add (20, tick_cb, NULL);

  g_test_add_func ("/ui/routines/list", test_list);
  g_test_add_func ("/ui/routines/player-keys", test_player_keys);
  g_test_add_func ("/ui/routines/finish-and-notify", test_finish_and_notify);
  g_test_add_func ("/ui/routines/stop-during-lead-in", test_stop_during_lead_in);
  g_test_add_func ("/ui/routines/window-closed", test_window_closed);
  g_test_add_func ("/ui/routines/empty-routine", test_empty_routine);
  g_test_add_func ("/ui/routines/editor", test_editor);
  g_test_add_func ("/ui/routines/delete-undo", test_delete_undo);
  g_test_add_func ("/ui/routines/duplicate-builtin", test_duplicate_builtin);
  g_test_add_func ("/ui/routines/cool-down-from-plan", test_cool_down_from_plan);
  g_test_add_func ("/ui/routines/narrow", test_narrow);
  g_test_add_func ("/ui/routines/preferences", test_preferences);
  g_test_add_func ("/ui/routines/no-sound", test_no_sound);

  return g_test_run ();
}
