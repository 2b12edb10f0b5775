/* test-plan.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-plan"

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "ui-test-util.h"
#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-plan-card.h"
#include "rbd-plan-day-column.h"
#include "rbd-plan-done-row.h"
#include "rbd-plan-editor.h"
#include "rbd-plan-month-view.h"
#include "rbd-plan-page.h"
#include "rbd-plan-week-view.h"
#include "rbd-planned-session.h"
#include "rbd-session.h"
#include "rbd-week-template.h"
#include "rbd-window.h"

/* Drives the Plan page's real widgets under Xvfb: the editor's fields and
 * Save button, card and page actions, the toast's Undo button, template
 * dialogs; then checks the store. */

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

/* A Monday far from today, so "today" never decides where things go. */
#define WEEK "2031-03-03"

/* Intervals on Monday and tempo on Tuesday: back-to-back hard days (R1),
 * and a run every day, so no rest or light day (R2). */
#define HARD_WEEK_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{}," \
  "\"planned\":[" \
  "{\"id\":\"p1\",\"date\":\"2031-03-03\",\"kind\":\"interval\",\"duration_s\":3600}," \
  "{\"id\":\"p2\",\"date\":\"2031-03-04\",\"kind\":\"tempo\",\"duration_s\":3000}," \
  "{\"id\":\"p3\",\"date\":\"2031-03-05\",\"kind\":\"easy\",\"duration_s\":2400}," \
  "{\"id\":\"p4\",\"date\":\"2031-03-06\",\"kind\":\"easy\",\"duration_s\":2400}," \
  "{\"id\":\"p5\",\"date\":\"2031-03-07\",\"kind\":\"easy\",\"duration_s\":2400}," \
  "{\"id\":\"p6\",\"date\":\"2031-03-08\",\"kind\":\"easy\",\"duration_s\":2400}," \
  "{\"id\":\"p7\",\"date\":\"2031-03-09\",\"kind\":\"easy\",\"duration_s\":2400}]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

#define NEWER_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":99,\"profile\":{}," \
  "\"planned\":[{\"id\":\"p1\",\"date\":\"2031-03-03\",\"kind\":\"easy\"}]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

/* A week of 2031 seen from Thursday 6 March ("today" set on the page):
 * Monday's intervals were done and logged with the link, Tuesday's tempo
 * went by with nothing logged (missed), Wednesday's easy run was not
 * logged as such but a ride was (so not missed), Thursday is today. */
#define DONE_WEEK_TODAY "2031-03-06"
#define DONE_WEEK_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{}," \
  "\"planned\":[" \
  "{\"id\":\"p1\",\"date\":\"2031-03-03\",\"kind\":\"interval\",\"duration_s\":3600}," \
  "{\"id\":\"p2\",\"date\":\"2031-03-04\",\"kind\":\"tempo\",\"duration_s\":3000}," \
  "{\"id\":\"p3\",\"date\":\"2031-03-05\",\"kind\":\"easy\",\"duration_s\":2400}," \
  "{\"id\":\"p4\",\"date\":\"2031-03-06\",\"kind\":\"easy\",\"duration_s\":2400}]," \
  "\"sessions\":[" \
  "{\"id\":\"s1\",\"planned_id\":\"p1\",\"start\":\"2031-03-03T07:10:00+01:00\"," \
  "\"kind\":\"interval\",\"duration_s\":2520,\"distance_m\":8100,\"rpe\":6}," \
  "{\"id\":\"s2\",\"start\":\"2031-03-05T18:00:00+01:00\",\"kind\":\"cross\"," \
  "\"duration_s\":1800}]," \
  "\"checkins\":[],\"routines\":[],\"shoes\":[]}"

typedef struct
{
  char      *dir;
  char      *data_dir;
  RbdStore  *store;
  RbdWindow *window;
  GtkWindow *bare_window;   /* a plain window holding only the page */
  GtkWidget *page;
} Fixture;

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
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

static void
fixture_load (Fixture    *fixture,
              const char *document)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr(GError) error = NULL;

  g_settings_reset (settings, "units");
  g_settings_reset (settings, "first-day-of-week");
  g_settings_set_int (settings, "window-width", 1200);
  g_settings_set_int (settings, "window-height", 760);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->dir = g_dir_make_tmp ("rebound-plan-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->data_dir, 0700), ==, 0);
  if (document != NULL)
    write_file (fixture->data_dir, "rebound.json", document);

  fixture->store = rbd_store_new (fixture->data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, on_load_cb, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));
}

static void
fixture_open (Fixture    *fixture,
              const char *document)
{
  fixture_load (fixture, document);

  fixture->window = rbd_window_new (NULL, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  fixture->page = ui_test_find_widget (GTK_WIDGET (fixture->window), RBD_TYPE_PLAN_PAGE, NULL);
  g_assert_nonnull (fixture->page);
  WAIT_UNTIL (gtk_widget_get_mapped (fixture->page));
}

/* The page alone in a plain window: no "win." actions but the ones a
 * test gives it. */
static void
fixture_open_bare (Fixture    *fixture,
                   const char *document)
{
  fixture_load (fixture, document);

  fixture->bare_window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->bare_window, 1200, 760);
  fixture->page = rbd_plan_page_new ();
  rbd_plan_page_set_store (RBD_PLAN_PAGE (fixture->page), fixture->store);
  gtk_window_set_child (fixture->bare_window, fixture->page);
  gtk_window_present (fixture->bare_window);
  WAIT_UNTIL (gtk_widget_get_mapped (fixture->page));
}

static void
fixture_clear (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (fixture->window != NULL || fixture->bare_window != NULL)
    {
      if (fixture->window != NULL)
        gtk_window_destroy (GTK_WINDOW (fixture->window));
      if (fixture->bare_window != NULL)
        gtk_window_destroy (fixture->bare_window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  if (fixture->store != NULL && rbd_store_get_state (fixture->store) == RBD_STORE_STATE_READY)
    {
      rbd_store_flush (fixture->store, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&fixture->store);
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

/* The card of the session @id in the week shown, or NULL. */
static GtkWidget *
find_card (Fixture    *fixture,
           const char *id)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  ui_test_collect_widgets (fixture->page, RBD_TYPE_PLAN_CARD, cards);
  for (guint i = 0; i < cards->len; i++)
    {
      RbdPlannedSession *session = rbd_plan_card_get_session (cards->pdata[i]);

      if (g_strcmp0 (rbd_record_get_id (RBD_RECORD (session)), id) == 0)
        return cards->pdata[i];
    }

  return NULL;
}

static GtkWidget *
get_focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static RbdRecord *
get_planned (Fixture *fixture,
             guint    position)
{
  GListModel *planned = G_LIST_MODEL (rbd_store_get_planned (fixture->store));
  RbdRecord *record = g_list_model_get_item (planned, position);

  /* The list keeps it alive. */
  g_object_unref (record);

  return record;
}

static guint
n_planned (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (fixture->store)));
}

static void
show_week (Fixture    *fixture,
           const char *day)
{
  g_assert_true (gtk_widget_activate_action (fixture->page, "plan.show-week", "s", day));
}

/* The Undo button of the newest toast: toasts shown earlier may still be
 * on their way out, or queued behind it. */
static GtkWidget *
find_newest_undo (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *newest = NULL;
  guint32 newest_serial = 0;

  ui_test_collect_widgets (fixture->page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = buttons->pdata[i];
      GVariant *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "plan.undo") != 0 || target == NULL)
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
press_undo (Fixture *fixture)
{
  GtkWidget *button;
  g_autofree char *label = NULL;

  WAIT_UNTIL ((button = find_newest_undo (fixture)) != NULL);
  label = ui_test_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (button)));
  g_assert_cmpstr (label, ==, "Undo");
  /* Clicking runs the button's action: "plan.undo" with the serial of the
   * change its toast is about. */
  g_signal_emit_by_name (button, "clicked");
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

static GDate
week_start (Fixture *fixture)
{
  GDate start;

  rbd_plan_page_get_week_start (RBD_PLAN_PAGE (fixture->page), &start);

  return start;
}

static char *
week_start_string (Fixture *fixture)
{
  GDate start = week_start (fixture);

  return rbd_date_format (&start);
}

/* The labels under @root, with the no-break spaces that keep figures and
 * units together made plain, so "42 min" can be looked for. */
static char *
dup_plain_label_text (GtkWidget *root)
{
  g_autofree char *text = dup_label_text (root);
  g_auto(GStrv) parts = g_strsplit (text, "\xc2\xa0", -1);

  return g_strjoinv (" ", parts);
}

static void
set_today (Fixture    *fixture,
           const char *text)
{
  GDate today;

  if (text == NULL)
    {
      g_object_set (fixture->page, "today", NULL, NULL);
      return;
    }

  g_assert_true (rbd_date_parse (text, &today));
  g_object_set (fixture->page, "today", &today, NULL);
}

static RbdPlanDayColumn *
get_column (Fixture *fixture,
            guint    index)
{
  GtkWidget *week_view = ui_test_find_widget (fixture->page, RBD_TYPE_PLAN_WEEK_VIEW, NULL);

  g_assert_nonnull (week_view);

  return rbd_plan_week_view_get_column (RBD_PLAN_WEEK_VIEW (week_view), index);
}

/* The done rows of a column, in order. */
static GPtrArray *
get_done_rows (RbdPlanDayColumn *column)
{
  GPtrArray *rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ui_test_collect_widgets (GTK_WIDGET (column), RBD_TYPE_PLAN_DONE_ROW, all);
  for (guint i = 0; i < all->len; i++)
    {
      if (gtk_widget_is_visible (all->pdata[i]))
        g_ptr_array_add (rows, all->pdata[i]);
    }

  return rows;
}

static RbdPlanStatus
card_status (Fixture    *fixture,
             const char *id)
{
  GtkWidget *card = find_card (fixture, id);

  g_assert_nonnull (card);

  return rbd_plan_card_get_status (RBD_PLAN_CARD (card));
}

/* The item of an open popover menu labelled @label (a GtkModelButton,
 * found by its "text"), or NULL if the menu does not show it. */
static GtkWidget *
find_menu_item (GtkWidget  *root,
                const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_get_visible (child) &&
          g_object_class_find_property (G_OBJECT_GET_CLASS (child), "text") != NULL &&
          g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkModelButton"))
        {
          g_autofree char *text = NULL;
          g_autofree char *plain = NULL;

          g_object_get (child, "text", &text, NULL);
          plain = ui_test_strip_mnemonic (text);
          if (g_strcmp0 (plain, label) == 0)
            return child;
        }

      found = find_menu_item (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Opens the context menu of the card of @id and returns its popover. */
static GtkWidget *
open_card_menu (Fixture    *fixture,
                const char *id)
{
  GtkWidget *card = find_card (fixture, id);
  GtkWidget *popover;

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (card, "card.menu", NULL));
  WAIT_UNTIL ((popover = ui_test_find_widget (card, GTK_TYPE_POPOVER_MENU, NULL)) != NULL &&
              gtk_widget_get_mapped (popover));

  return popover;
}

static void
close_menu (GtkWidget *popover)
{
  gtk_popover_popdown (GTK_POPOVER (popover));
  WAIT_UNTIL (!gtk_widget_get_mapped (popover));
}

static void
on_log_planned_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  char **logged = user_data;

  g_free (*logged);
  *logged = g_variant_dup_string (parameter, NULL);
}

/* Tests */

static void
test_add_move_delete_undo (void)
{
  Fixture fixture = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *start = NULL;
  RbdPlanEditor *editor;
  GtkWidget *kind_row;
  GtkWidget *title_row;
  GtkWidget *duration_row;
  GtkWidget *minutes_row;
  GtkWidget *distance_row;
  GtkWidget *hours;
  GtkWidget *minutes;
  GtkWidget *distance;
  GtkWidget *save;
  GtkWidget *card;
  RbdRecord *session;

  fixture_open (&fixture, NULL);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READY);
  show_week (&fixture, WEEK);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, WEEK);

  /* Ctrl+N's action: with no day focused and today elsewhere, the week's
   * first day. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.add", NULL));
  WAIT_UNTIL ((editor = RBD_PLAN_EDITOR (find_toplevel (RBD_TYPE_PLAN_EDITOR))) != NULL);

  kind_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Kind");
  title_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  duration_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Hours");
  minutes_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Minutes");
  distance_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Distance");
  save = ui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "Save");
  g_assert_nonnull (kind_row);
  g_assert_nonnull (title_row);
  g_assert_nonnull (duration_row);
  g_assert_nonnull (minutes_row);
  g_assert_nonnull (distance_row);
  g_assert_nonnull (save);
  hours = ui_test_find_widget (duration_row, GTK_TYPE_SPIN_BUTTON, NULL);
  minutes = ui_test_find_widget (minutes_row, GTK_TYPE_SPIN_BUTTON, NULL);
  distance = ui_test_find_widget (distance_row, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_true (GTK_IS_SPIN_BUTTON (minutes));
  g_assert_nonnull (distance);

  /* A new easy run starts at 40 min; intervals at an hour. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row)), ==, RBD_KIND_EASY);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (minutes)), ==, 40);
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), RBD_KIND_INTERVAL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (hours)), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (minutes)), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (title_row), "5 × 4 min at 10K effort");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (distance), 10.5);

  /* Out of range: said next to the fields, and Save cannot be used. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), 200);
  g_assert_false (gtk_widget_get_sensitive (save) && gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (duration_row, "error"));
  {
    g_autofree char *labels = dup_label_text (GTK_WIDGET (editor));

    g_assert_nonnull (strstr (labels, "Duration"));
  }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), 1);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (duration_row, "error"));

  g_signal_emit_by_name (save, "clicked");
  WAIT_UNTIL (n_planned (&fixture) == 1);
  WAIT_UNTIL (find_toplevel (RBD_TYPE_PLAN_EDITOR) == NULL);

  session = get_planned (&fixture, 0);
  id = g_strdup (rbd_record_get_id (session));
  g_assert_cmpstr (rbd_record_get_string (session, "date"), ==, WEEK);
  g_assert_cmpint (rbd_record_get_enum (session, "kind"), ==, RBD_KIND_INTERVAL);
  g_assert_cmpstr (rbd_record_get_string (session, "title"), ==, "5 × 4 min at 10K effort");
  g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==, 3600);
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (session, "distance_m"), 10500, 0.5);
  g_assert_false (rbd_record_is_set (session, "notes"));

  /* The new card is shown, and has the focus. */
  WAIT_UNTIL ((card = find_card (&fixture, id)) != NULL);
  WAIT_UNTIL (get_focus (&fixture) == find_card (&fixture, id));

  /* Alt+Shift+Right's action moves it a day on, and the focus stays. */
  g_assert_true (gtk_widget_activate_action (card, "card.move", "i", 1));
  g_assert_cmpstr (rbd_record_get_string (session, "date"), ==, "2031-03-04");
  WAIT_UNTIL ((card = find_card (&fixture, id)) != NULL && get_focus (&fixture) == card);

  /* Across the week's end, the page follows it into the next week. */
  g_assert_true (gtk_widget_activate_action (card, "card.move", "i", 5));
  g_assert_cmpstr (rbd_record_get_string (session, "date"), ==, "2031-03-09");
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, WEEK);
  card = find_card (&fixture, id);
  g_assert_true (gtk_widget_activate_action (card, "card.move", "i", 1));
  g_assert_cmpstr (rbd_record_get_string (session, "date"), ==, "2031-03-10");
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, "2031-03-10");
  WAIT_UNTIL ((card = find_card (&fixture, id)) != NULL && get_focus (&fixture) == card);

  /* And back, by the page's own action (what a drop does). */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.move-to", "(ss)", id, WEEK));
  g_assert_cmpstr (rbd_record_get_string (session, "date"), ==, WEEK);
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, WEEK);
  WAIT_UNTIL ((card = find_card (&fixture, id)) != NULL);

  /* Delete, then Undo from the toast: the same session is back. */
  g_object_ref (session);
  g_assert_true (gtk_widget_activate_action (card, "card.delete", NULL));
  g_assert_cmpuint (n_planned (&fixture), ==, 0);
  WAIT_UNTIL (find_card (&fixture, id) == NULL);

  press_undo (&fixture);
  WAIT_UNTIL (n_planned (&fixture) == 1);
  g_assert_cmpstr (rbd_record_get_id (get_planned (&fixture, 0)), ==, id);
  g_assert_true (get_planned (&fixture, 0) == session);
  g_assert_cmpstr (rbd_record_get_string (get_planned (&fixture, 0), "date"), ==, WEEK);
  g_object_unref (session);
  WAIT_UNTIL ((card = find_card (&fixture, id)) != NULL);

  fixture_clear (&fixture);
}

static void
test_edit_duplicate (void)
{
  Fixture fixture = { 0 };
  RbdPlanEditor *editor;
  GtkWidget *title_row;
  GtkWidget *card;
  RbdRecord *original;
  RbdRecord *copy;

  fixture_open (&fixture, HARD_WEEK_DOCUMENT);
  show_week (&fixture, WEEK);

  /* Activating a card opens it in the editor. */
  WAIT_UNTIL ((card = find_card (&fixture, "p3")) != NULL);
  gtk_widget_activate (card);
  WAIT_UNTIL ((editor = RBD_PLAN_EDITOR (find_toplevel (RBD_TYPE_PLAN_EDITOR))) != NULL);
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (rbd_plan_editor_get_session (editor))), ==, "p3");

  title_row = ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Easy with strides");
  g_signal_emit_by_name (ui_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "Save"), "clicked");
  WAIT_UNTIL (find_toplevel (RBD_TYPE_PLAN_EDITOR) == NULL);

  original = get_planned (&fixture, 2);
  g_assert_cmpstr (rbd_record_get_id (original), ==, "p3");
  g_assert_cmpstr (rbd_record_get_string (original, "title"), ==, "Easy with strides");
  g_assert_cmpuint (n_planned (&fixture), ==, 7);

  /* Ctrl+D's action: a copy with its own id, on the same day. */
  card = find_card (&fixture, "p3");
  g_assert_true (gtk_widget_activate_action (card, "card.duplicate", NULL));
  g_assert_cmpuint (n_planned (&fixture), ==, 8);
  copy = get_planned (&fixture, 3);
  g_assert_cmpstr (rbd_record_get_id (copy), !=, "p3");
  g_assert_cmpstr (rbd_record_get_string (copy, "date"), ==, "2031-03-05");
  g_assert_cmpstr (rbd_record_get_string (copy, "title"), ==, "Easy with strides");
  WAIT_UNTIL (get_focus (&fixture) == find_card (&fixture, rbd_record_get_id (copy)));

  press_undo (&fixture);
  WAIT_UNTIL (n_planned (&fixture) == 7);

  fixture_clear (&fixture);
}

static guint
n_in_week (Fixture *fixture)
{
  GDate start = week_start (fixture);
  GDate end = start;
  guint n = 0;

  g_date_add_days (&end, 6);
  for (guint i = 0; i < n_planned (fixture); i++)
    {
      GDate day;

      const char *date = rbd_record_get_string (get_planned (fixture, i), "date");

      g_assert_true (rbd_date_parse (date, &day));
      if (g_date_compare (&day, &start) >= 0 && g_date_compare (&day, &end) <= 0)
        n++;
    }

  return n;
}

static int
total_in_store (Fixture *fixture)
{
  int total = 0;

  for (guint i = 0; i < n_planned (fixture); i++)
    {
      RbdRecord *session = get_planned (fixture, i);

      if (rbd_record_is_set (session, "duration_s"))
        total += rbd_record_get_int (session, "duration_s");
    }

  return total;
}

static void
test_templates (void)
{
  g_autoptr(GListStore) builtin = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  Fixture fixture = { 0 };
  RbdWeekTemplate *first;
  RbdWeekTemplate *four_day;
  AdwMessageDialog *dialog;
  GtkWidget *spin;
  guint n_first;
  guint n_four;

  builtin = rbd_week_template_load_builtin (&error);
  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (builtin), 0);
  four_day = g_list_model_get_item (G_LIST_MODEL (builtin), 2);
  g_object_unref (first);
  g_object_unref (four_day);
  n_first = g_list_model_get_n_items (G_LIST_MODEL (rbd_week_template_get_sessions (first)));
  n_four = g_list_model_get_n_items (G_LIST_MODEL (rbd_week_template_get_sessions (four_day)));
  g_assert_cmpuint (n_first, >, 0);

  fixture_open (&fixture, NULL);
  show_week (&fixture, WEEK);

  /* An empty week takes the template at once. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.apply-template", "s",
                                             rbd_record_get_id (RBD_RECORD (first))));
  g_assert_cmpuint (n_planned (&fixture), ==, n_first);
  g_assert_cmpuint (n_in_week (&fixture), ==, n_first);
  g_assert_cmpint (total_in_store (&fixture), ==, rbd_week_template_get_total_s (first));

  press_undo (&fixture);
  WAIT_UNTIL (n_planned (&fixture) == 0);

  /* Scaled to a weekly time of 5 h, within a minute per session. */
  {
    g_autoptr(GPtrArray) spins = g_ptr_array_new ();

    /* The weekly time in the Templates popover. */
    ui_test_collect_widgets (fixture.page, GTK_TYPE_SPIN_BUTTON, spins);
    g_assert_cmpuint (spins->len, ==, 1);
    spin = spins->pdata[0];
  }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 5);
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.apply-template", "s",
                                             rbd_record_get_id (RBD_RECORD (first))));
  g_assert_cmpint (ABS (total_in_store (&fixture) - 5 * 3600), <=, 60 * (int) n_first);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 0);

  for (guint i = 0; i < n_planned (&fixture); i++)
    g_ptr_array_add (ids, g_strdup (rbd_record_get_id (get_planned (&fixture, i))));

  /* A week with sessions asks first; Replace swaps them, Undo swaps back. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.apply-template", "s",
                                             rbd_record_get_id (RBD_RECORD (four_day))));
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  g_assert_cmpuint (n_planned (&fixture), ==, n_first);
  click_response (dialog, "Replace");
  WAIT_UNTIL (n_planned (&fixture) == n_four);
  g_assert_cmpuint (n_in_week (&fixture), ==, n_four);

  press_undo (&fixture);
  WAIT_UNTIL (n_planned (&fixture) == n_first);
  for (guint i = 0; i < n_planned (&fixture); i++)
    g_assert_cmpstr (rbd_record_get_id (get_planned (&fixture, i)), ==, ids->pdata[i]);

  /* Add to Week keeps what is there. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.apply-template", "s",
                                             rbd_record_get_id (RBD_RECORD (four_day))));
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  click_response (dialog, "Add to Week");
  WAIT_UNTIL (n_planned (&fixture) == n_first + n_four);

  /* Save This Week as a Template: asks for a name, keeps it in the
   * document. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.save-template", NULL));
  WAIT_UNTIL ((dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "My week");
  click_response (dialog, "Save");
  {
    GListModel *templates = G_LIST_MODEL (rbd_store_get_templates (fixture.store));
    g_autoptr(RbdRecord) mine = NULL;
    GListStore *sessions;

    g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 1);
    mine = g_list_model_get_item (templates, 0);
    g_assert_cmpstr (rbd_record_get_string (mine, "name"), ==, "My week");
    sessions = rbd_week_template_get_sessions (RBD_WEEK_TEMPLATE (mine));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sessions)), ==, n_first + n_four);
  }

  fixture_clear (&fixture);
}

static void
test_findings (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  RbdPlanWeekView *week_view;
  RbdPlanDayColumn *monday;
  RbdPlanDayColumn *sunday;

  fixture_open (&fixture, HARD_WEEK_DOCUMENT);
  show_week (&fixture, WEEK);

  labels = dup_label_text (fixture.page);
  g_assert_nonnull (strstr (labels, "[R1]"));
  g_assert_nonnull (strstr (labels, "[R2]"));
  g_assert_null (strstr (labels, "keeps every recovery rule"));

  /* The hard days are marked, by more than a colour. */
  week_view = RBD_PLAN_WEEK_VIEW (ui_test_find_widget (fixture.page, RBD_TYPE_PLAN_WEEK_VIEW, NULL));
  monday = rbd_plan_week_view_get_column (week_view, 0);
  sunday = rbd_plan_week_view_get_column (week_view, 6);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (monday), "has-warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (sunday), "has-warning"));
  g_clear_pointer (&labels, g_free);
  labels = dup_label_text (GTK_WIDGET (monday));
  g_assert_nonnull (strstr (labels, "R1"));

  /* Moving the tempo run to Thursday spaces the hard days. */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.move-to", "(ss)",
                                             "p2", "2031-03-06"));
  g_clear_pointer (&labels, g_free);
  labels = dup_label_text (fixture.page);
  g_assert_null (strstr (labels, "[R1]"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (monday), "has-warning"));

  /* An empty week has nothing to check, and says how to start. */
  show_week (&fixture, "2031-04-07");
  g_clear_pointer (&labels, g_free);
  labels = dup_label_text (fixture.page);
  g_assert_null (strstr (labels, "[R"));
  g_assert_nonnull (strstr (labels, "Nothing Planned Yet"));
  g_assert_nonnull (strstr (labels, "Nothing planned"));

  fixture_clear (&fixture);
}

static void
test_clean_week (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;

  fixture_open (&fixture,
                "{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":["
                "{\"id\":\"a\",\"date\":\"2031-03-03\",\"kind\":\"easy\",\"duration_s\":2400},"
                "{\"id\":\"b\",\"date\":\"2031-03-04\",\"kind\":\"rest\"},"
                "{\"id\":\"c\",\"date\":\"2031-03-05\",\"kind\":\"easy\",\"duration_s\":2400},"
                "{\"id\":\"d\",\"date\":\"2031-03-07\",\"kind\":\"easy\",\"duration_s\":2400}],"
                "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}");
  show_week (&fixture, WEEK);

  labels = dup_label_text (fixture.page);
  g_assert_null (strstr (labels, "[R"));
  g_assert_nonnull (strstr (labels, "This week keeps every recovery rule"));
  /* Totals: 2 h of running in four sessions, all of it easy. */
  g_assert_nonnull (strstr (labels, "2 h\n"));
  g_assert_nonnull (strstr (labels, "100 %\nEasy running"));
  g_assert_nonnull (strstr (labels, "0 %\nQuality running"));

  fixture_clear (&fixture);
}

static void
test_month (void)
{
  Fixture fixture = { 0 };
  g_autofree char *start = NULL;
  RbdPlanMonthView *month_view;
  GtkWidget *button;
  GDate day;

  fixture_open (&fixture, HARD_WEEK_DOCUMENT);
  show_week (&fixture, WEEK);

  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.toggle-view", NULL));
  g_assert_cmpstr (rbd_plan_page_get_view (RBD_PLAN_PAGE (fixture.page)), ==, "month");
  month_view = RBD_PLAN_MONTH_VIEW (ui_test_find_widget (fixture.page, RBD_TYPE_PLAN_MONTH_VIEW, NULL));
  g_assert_nonnull (month_view);

  /* Wednesday 5 March has one chip, labelled with its kind. */
  rbd_date_parse ("2031-03-05", &day);
  button = rbd_plan_month_view_get_day_button (month_view, &day);
  g_assert_nonnull (button);
  {
    g_autofree char *labels = dup_label_text (button);

    g_assert_nonnull (strstr (labels, "5\n"));
    g_assert_nonnull (strstr (labels, "Easy"));
  }

  /* Activating a day opens its week. */
  rbd_date_parse ("2031-03-19", &day);
  button = rbd_plan_month_view_get_day_button (month_view, &day);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (rbd_plan_page_get_view (RBD_PLAN_PAGE (fixture.page)), ==, "week");
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, "2031-03-17");

  /* Previous and next go by weeks in the week view... */
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.next", NULL));
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, "2031-03-24");

  /* ... and by months in the month view. */
  rbd_plan_page_set_view (RBD_PLAN_PAGE (fixture.page), "month");
  g_assert_true (gtk_widget_activate_action (fixture.page, "plan.next", NULL));
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, "2031-03-31");  /* the week of 1 April */

  fixture_clear (&fixture);
}

static void
test_first_day_of_week (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  Fixture fixture = { 0 };
  g_autofree char *start = NULL;
  RbdPlanWeekView *week_view;
  const GDate *first;

  fixture_open (&fixture, HARD_WEEK_DOCUMENT);
  show_week (&fixture, "2031-03-05");
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, WEEK);

  g_settings_set_string (settings, "first-day-of-week", "sunday");
  g_clear_pointer (&start, g_free);
  start = week_start_string (&fixture);
  g_assert_cmpstr (start, ==, "2031-03-02");

  week_view = RBD_PLAN_WEEK_VIEW (ui_test_find_widget (fixture.page, RBD_TYPE_PLAN_WEEK_VIEW, NULL));
  first = rbd_plan_day_column_get_day (rbd_plan_week_view_get_column (week_view, 0));
  g_assert_cmpint (g_date_get_weekday (first), ==, G_DATE_SUNDAY);

  g_settings_reset (settings, "first-day-of-week");
  fixture_clear (&fixture);
}

static void
test_narrow (void)
{
  Fixture fixture = { 0 };
  RbdPlanWeekView *week_view;

  fixture_open (&fixture, HARD_WEEK_DOCUMENT);
  show_week (&fixture, WEEK);
  week_view = RBD_PLAN_WEEK_VIEW (ui_test_find_widget (fixture.page, RBD_TYPE_PLAN_WEEK_VIEW, NULL));
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (week_view)) > 0);
  g_assert_false (rbd_plan_week_view_get_narrow (week_view));

  /* A phone-sized window: the days go under each other, with no
   * horizontal scrolling. */
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 360, 720);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture.window)) <= 400 &&
              rbd_plan_week_view_get_narrow (week_view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (week_view)), <=, 360);

  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1200, 760);
  WAIT_UNTIL (!rbd_plan_week_view_get_narrow (week_view));

  fixture_clear (&fixture);
}

static void
test_read_only (void)
{
  Fixture fixture = { 0 };
  g_autofree char *labels = NULL;
  GtkWidget *card;

  fixture_open (&fixture, NEWER_DOCUMENT);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READ_ONLY);
  show_week (&fixture, WEEK);

  /* Shown, but not changed, and the page says why. */
  WAIT_UNTIL ((card = find_card (&fixture, "p1")) != NULL);
  g_assert_false (gtk_widget_is_sensitive (card));
  labels = dup_label_text (fixture.page);
  g_assert_nonnull (strstr (labels, "read-only"));

  gtk_widget_activate_action (fixture.page, "plan.add", NULL);
  gtk_widget_activate_action (fixture.page, "plan.delete", "s", "p1");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_toplevel (RBD_TYPE_PLAN_EDITOR));
  g_assert_cmpuint (n_planned (&fixture), ==, 1);

  fixture_clear (&fixture);
}

static void
test_done_and_missed (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr(RbdSession) session = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *labels = NULL;
  Fixture fixture = { 0 };
  GDate *today = NULL;
  GDate real_today;
  GtkWidget *card;

  fixture_open (&fixture, DONE_WEEK_DOCUMENT);
  set_today (&fixture, DONE_WEEK_TODAY);
  show_week (&fixture, WEEK);

  /* Monday: the card says it was done, and the logged session is shown
   * in the column with what it came to. */
  g_assert_cmpint (card_status (&fixture, "p1"), ==, RBD_PLAN_STATUS_DONE);
  labels = dup_label_text (find_card (&fixture, "p1"));
  g_assert_nonnull (strstr (labels, "Done\n"));
  rows = get_done_rows (get_column (&fixture, 0));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (rbd_plan_done_row_get_session (rows->pdata[0]))),
                   ==, "s1");
  g_clear_pointer (&labels, g_free);
  labels = dup_plain_label_text (rows->pdata[0]);
  g_assert_nonnull (strstr (labels, "Done: Intervals\n"));
  g_assert_nonnull (strstr (labels, "42 min · 8.1 km · RPE 6\n"));

  /* Tuesday went by with nothing logged: missed, said in words, dimmed. */
  g_assert_cmpint (card_status (&fixture, "p2"), ==, RBD_PLAN_STATUS_MISSED);
  card = find_card (&fixture, "p2");
  g_assert_true (gtk_widget_has_css_class (card, "missed"));
  g_clear_pointer (&labels, g_free);
  labels = dup_label_text (card);
  g_assert_nonnull (strstr (labels, "Missed\n"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_done_rows (get_column (&fixture, 1));
  g_assert_cmpuint (rows->len, ==, 0);

  /* Wednesday: something else was logged, so the plan is not missed, and
   * the ride has its row. Today's session is not missed yet. */
  g_assert_cmpint (card_status (&fixture, "p3"), ==, RBD_PLAN_STATUS_PLANNED);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_done_rows (get_column (&fixture, 2));
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&labels, g_free);
  labels = dup_plain_label_text (rows->pdata[0]);
  g_assert_nonnull (strstr (labels, "Done: Cross-Training\n30 min\n"));
  g_assert_cmpint (card_status (&fixture, "p4"), ==, RBD_PLAN_STATUS_PLANNED);
  g_clear_pointer (&labels, g_free);
  labels = dup_label_text (find_card (&fixture, "p4"));
  g_assert_null (strstr (labels, "Missed"));
  g_assert_null (strstr (labels, "Done"));

  /* On the Tuesday itself, its tempo was not missed yet. */
  set_today (&fixture, "2031-03-04");
  g_assert_cmpint (card_status (&fixture, "p2"), ==, RBD_PLAN_STATUS_PLANNED);
  g_assert_false (gtk_widget_has_css_class (find_card (&fixture, "p2"), "missed"));
  set_today (&fixture, DONE_WEEK_TODAY);
  g_assert_cmpint (card_status (&fixture, "p2"), ==, RBD_PLAN_STATUS_MISSED);

  /* Logged late and linked, it is done, with a row on the day it was
   * done; the calendar tells the page when the log changes. */
  session = rbd_session_new ();
  rbd_record_set_string (RBD_RECORD (session), "planned_id", "p2");
  rbd_record_set_string (RBD_RECORD (session), "start", "2031-03-05T07:00:00+01:00");
  rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_TEMPO);
  rbd_record_set_int (RBD_RECORD (session), "duration_s", 3000);
  g_list_store_append (rbd_store_get_sessions (fixture.store), session);
  WAIT_UNTIL (card_status (&fixture, "p2") == RBD_PLAN_STATUS_DONE);
  g_assert_false (gtk_widget_has_css_class (find_card (&fixture, "p2"), "missed"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_done_rows (get_column (&fixture, 2));
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&labels, g_free);
  labels = dup_plain_label_text (rows->pdata[0]);
  g_assert_nonnull (strstr (labels, "Done: Tempo\n50 min\n"));

  /* The rows follow the units setting. */
  g_settings_set_string (settings, "units", "imperial");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = get_done_rows (get_column (&fixture, 0));
  g_clear_pointer (&labels, g_free);
  labels = dup_plain_label_text (rows->pdata[0]);
  g_assert_nonnull (strstr (labels, "42 min · 5.0 mi · RPE 6\n"));
  g_settings_reset (settings, "units");

  /* Unset, "today" is the clock's again: 2031 has not come yet, so
   * nothing is missed. */
  set_today (&fixture, NULL);
  g_object_get (fixture.page, "today", &today, NULL);
  rbd_date_today (&real_today);
  g_assert_nonnull (today);
  g_assert_cmpint (g_date_compare (today, &real_today), ==, 0);
  g_date_free (today);
  g_assert_cmpint (card_status (&fixture, "p2"), ==, RBD_PLAN_STATUS_DONE);
  g_assert_cmpint (card_status (&fixture, "p4"), ==, RBD_PLAN_STATUS_PLANNED);

  fixture_clear (&fixture);
}

/* The chips of a month day, planned ones first. */
static GPtrArray *
get_chips (GtkWidget *button)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  GPtrArray *chips = g_ptr_array_new ();

  ui_test_collect_widgets (button, GTK_TYPE_BOX, boxes);
  for (guint i = 0; i < boxes->len; i++)
    {
      if (gtk_widget_has_css_class (boxes->pdata[i], "plan-chip") &&
          gtk_widget_get_visible (boxes->pdata[i]))
        g_ptr_array_add (chips, boxes->pdata[i]);
    }

  return chips;
}

static void
test_done_month (void)
{
  Fixture fixture = { 0 };
  RbdPlanMonthView *month_view;
  GtkWidget *button;
  GDate day;

  fixture_open (&fixture, DONE_WEEK_DOCUMENT);
  set_today (&fixture, DONE_WEEK_TODAY);
  show_week (&fixture, WEEK);
  rbd_plan_page_set_view (RBD_PLAN_PAGE (fixture.page), "month");
  month_view = RBD_PLAN_MONTH_VIEW (ui_test_find_widget (fixture.page, RBD_TYPE_PLAN_MONTH_VIEW, NULL));

  /* Monday's chip has a check mark, and the logged session is not
   * counted again. */
  {
    g_autoptr(GPtrArray) chips = NULL;
    g_autofree char *labels = NULL;
    GtkWidget *image;

    rbd_date_parse ("2031-03-03", &day);
    button = rbd_plan_month_view_get_day_button (month_view, &day);
    chips = get_chips (button);
    g_assert_cmpuint (chips->len, ==, 1);
    g_assert_true (gtk_widget_has_css_class (chips->pdata[0], "done"));
    image = gtk_widget_get_first_child (chips->pdata[0]);
    g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, "object-select-symbolic");
    labels = dup_label_text (button);
    g_assert_null (strstr (labels, "done"));
  }

  /* Tuesday's is missed: dimmed, with its icon. */
  {
    g_autoptr(GPtrArray) chips = NULL;
    GtkWidget *image;

    rbd_date_parse ("2031-03-04", &day);
    button = rbd_plan_month_view_get_day_button (month_view, &day);
    chips = get_chips (button);
    g_assert_cmpuint (chips->len, ==, 1);
    g_assert_true (gtk_widget_has_css_class (chips->pdata[0], "missed"));
    image = gtk_widget_get_first_child (chips->pdata[0]);
    g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==,
                     "appointment-missed-symbolic");
  }

  /* Wednesday: the easy run is neither, and the ride is counted. */
  {
    g_autoptr(GPtrArray) chips = NULL;
    g_autofree char *labels = NULL;

    rbd_date_parse ("2031-03-05", &day);
    button = rbd_plan_month_view_get_day_button (month_view, &day);
    chips = get_chips (button);
    g_assert_cmpuint (chips->len, ==, 2);
    g_assert_false (gtk_widget_has_css_class (chips->pdata[0], "done"));
    g_assert_false (gtk_widget_has_css_class (chips->pdata[0], "missed"));
    g_assert_true (gtk_widget_has_css_class (chips->pdata[1], "done-chip"));
    labels = dup_label_text (button);
    g_assert_nonnull (strstr (labels, "Easy\n1 done\n"));
  }

  fixture_clear (&fixture);
}

static void
test_mark_done (void)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("log-planned", G_VARIANT_TYPE_STRING);
  g_autofree char *logged = NULL;
  Fixture fixture = { 0 };
  GtkWidget *popover;
  GtkWidget *item;

  fixture_open_bare (&fixture, DONE_WEEK_DOCUMENT);
  set_today (&fixture, DONE_WEEK_TODAY);
  show_week (&fixture, WEEK);

  /* Where no window logs sessions, the menu does not offer it. */
  popover = open_card_menu (&fixture, "p2");
  g_assert_nonnull (find_menu_item (popover, "Edit…"));
  g_assert_null (find_menu_item (popover, "Mark Done…"));
  close_menu (popover);

  g_signal_connect (action, "activate", G_CALLBACK (on_log_planned_cb), &logged);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture.bare_window), "win", G_ACTION_GROUP (group));

  /* A missed session can be marked done: the window is asked to log it,
   * with its id. */
  popover = open_card_menu (&fixture, "p2");
  WAIT_UNTIL ((item = find_menu_item (popover, "Mark Done…")) != NULL);
  g_signal_emit_by_name (item, "clicked");
  WAIT_UNTIL (logged != NULL);
  g_assert_cmpstr (logged, ==, "p2");
  if (gtk_widget_get_mapped (popover))
    close_menu (popover);

  /* So can one still to come; one that is done cannot. */
  popover = open_card_menu (&fixture, "p4");
  g_assert_nonnull (find_menu_item (popover, "Mark Done…"));
  close_menu (popover);
  popover = open_card_menu (&fixture, "p1");
  g_assert_nonnull (find_menu_item (popover, "Edit…"));
  g_assert_null (find_menu_item (popover, "Mark Done…"));
  close_menu (popover);

  /* A disabled action (the window's store cannot change) greys it out. */
  g_simple_action_set_enabled (action, FALSE);
  popover = open_card_menu (&fixture, "p2");
  WAIT_UNTIL ((item = find_menu_item (popover, "Mark Done…")) != NULL &&
              !gtk_widget_is_sensitive (item));
  close_menu (popover);

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_timeout_add (20, tick_cb, NULL);

  g_test_add_func ("/ui/plan/add-move-delete-undo", test_add_move_delete_undo);
  g_test_add_func ("/ui/plan/edit-duplicate", test_edit_duplicate);
  g_test_add_func ("/ui/plan/templates", test_templates);
  g_test_add_func ("/ui/plan/findings", test_findings);
  g_test_add_func ("/ui/plan/clean-week", test_clean_week);
  g_test_add_func ("/ui/plan/month", test_month);
  g_test_add_func ("/ui/plan/first-day-of-week", test_first_day_of_week);
  g_test_add_func ("/ui/plan/narrow", test_narrow);
  g_test_add_func ("/ui/plan/read-only", test_read_only);
  g_test_add_func ("/ui/plan/done-and-missed", test_done_and_missed);
  g_test_add_func ("/ui/plan/done-month", test_done_month);
  g_test_add_func ("/ui/plan/mark-done", test_mark_done);

  return g_test_run ();
}
