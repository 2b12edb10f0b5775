/* test-log-history.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-log-history"

#include "config.h"

#include <math.h>

#include "log-ui-test-util.h"
#include "rbd-history-week.h"
#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-session-detail.h"
#include "rbd-session-editor.h"
#include "rbd-session-row.h"

/* The history and the session editor, driven through the page's real
 * widgets and actions: logging a session and finding it in the list and
 * the store, editing and deleting with undo, the weekly headings, search
 * and filters, a planned session marked done, and a read-only document. */

#define EMPTY_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

static char *
two_sessions_document (void)
{
  g_autofree char *s1 = test_start (-1, 7);
  g_autofree char *s2 = test_start (-9, 18);

  return g_strdup_printf ("{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[],"
                          "\"sessions\":["
                          "{\"id\":\"s1\",\"start\":\"%s\",\"kind\":\"easy\",\"duration_s\":2400,"
                          "\"distance_m\":8000,\"rpe\":3,\"notes\":\"Easy along the river\"},"
                          "{\"id\":\"s2\",\"start\":\"%s\",\"kind\":\"hills\",\"duration_s\":3000,"
                          "\"distance_m\":9000,\"rpe\":7,\"notes\":\"8 x hill sprints\"}],"
                          "\"checkins\":[],\"routines\":[],\"shoes\":["
                          "{\"id\":\"shoe1\",\"name\":\"Daily trainers\"}]}",
                          s1, s2);
}

static void
set_spin (gpointer    editor,
          const char *name,
          double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (template_child (editor, RBD_TYPE_SESSION_EDITOR,
                                                              name)),
                             value);
}

static void
set_entry (gpointer    editor,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, RBD_TYPE_SESSION_EDITOR, name)),
                         text);
}

static void
set_combo (gpointer    editor,
           const char *name,
           guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (template_child (editor, RBD_TYPE_SESSION_EDITOR,
                                                             name)),
                              position);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static RbdSessionRow *
find_row_for (Fixture    *fixture,
              RbdRecord  *session)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->page), RBD_TYPE_SESSION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (rbd_session_row_get_session (rows->pdata[i]) == RBD_SESSION (session))
        return rows->pdata[i];
    }

  return NULL;
}

static guint
count_history (Fixture *fixture,
               GType    type)
{
  GListModel *history = rbd_log_page_get_history (fixture->page);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (history, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        count++;
    }

  return count;
}

static void
test_log_session (void)
{
  Fixture fixture = { 0, };
  GtkWidget *editor, *error_label, *status;
  RbdRecord *session;
  RbdSessionRow *row;
  g_autofree char *text = NULL;
  g_autofree char *start = NULL;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);

  /* An empty log says how to start. */
  status = find_widget (GTK_WIDGET (fixture.page), ADW_TYPE_STATUS_PAGE, "No Sessions Yet");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_child_visible (status));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.new-session", NULL));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_SESSION_EDITOR)) != NULL);

  /* Tempo, started at 07:00 today, 45 min, 10 km, RPE 7, 152 bpm. */
  set_combo (editor, "kind_row", RBD_KIND_TEMPO);
  set_entry (editor, "time_entry", "7:00");
  set_entry (editor, "duration_entry", "45");
  set_spin (editor, "distance_spin", 10);
  set_combo (editor, "rpe_row", 7);
  set_combo (editor, "soreness_row", 3);

  /* The pace follows the fields. */
  text = g_strdup (gtk_label_get_text (GTK_LABEL (template_child (editor, RBD_TYPE_SESSION_EDITOR,
                                                                   "pace_label"))));
  g_assert_cmpstr (text, ==, "4:30 /km");

  /* A heart rate out of range is refused, with the field named. */
  set_spin (editor, "hr_spin", 12);
  error_label = template_child (editor, RBD_TYPE_SESSION_EDITOR, "error_label");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "Average heart rate"));
  g_assert_false (rbd_session_editor_is_valid (RBD_SESSION_EDITOR (editor)));
  g_assert_false (gtk_widget_is_sensitive (template_child (editor, RBD_TYPE_SESSION_EDITOR,
                                                           "save_button")));
  set_spin (editor, "hr_spin", 152);
  g_assert_false (gtk_widget_get_visible (error_label));

  /* So is a duration that is not one. */
  set_entry (editor, "duration_entry", "45:75");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "Duration"));
  set_entry (editor, "duration_entry", "0:45:00");
  g_assert_false (gtk_widget_get_visible (error_label));

  click (template_child (editor, RBD_TYPE_SESSION_EDITOR, "save_button"));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_SESSION_EDITOR) == NULL);

  /* In the store... */
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 1);
  session = get_session (&fixture, 0);
  g_assert_cmpint (rbd_record_get_enum (session, "kind"), ==, RBD_KIND_TEMPO);
  g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==, 45 * 60);
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (session, "distance_m"), 10000, 0.5);
  g_assert_cmpint (rbd_record_get_int (session, "rpe"), ==, 7);
  g_assert_cmpint (rbd_record_get_int (session, "avg_hr_bpm"), ==, 152);
  g_assert_cmpint (rbd_record_get_int (session, "soreness"), ==, 2);
  start = test_start (0, 7);
  g_assert_cmpstr (rbd_record_get_string (session, "start"), ==, start);

  /* ...and in the history, under its week, with its figures. */
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 1);
  g_assert_cmpuint (count_history (&fixture, RBD_TYPE_HISTORY_WEEK), ==, 1);
  WAIT_UNTIL ((row = find_row_for (&fixture, session)) != NULL);
  g_clear_pointer (&text, g_free);
  text = dup_label_text (GTK_WIDGET (row));
  g_assert_nonnull (strstr (text, "Tempo"));
  g_assert_nonnull (strstr (text, "45 min"));
  g_assert_nonnull (strstr (text, "10.0 km"));
  g_assert_nonnull (strstr (text, "4:30 /km"));
  g_assert_nonnull (strstr (text, "RPE 7"));
  g_assert_nonnull (strstr (text, "load 315"));

  /* A hard session offers its cool-down and the post-run timeline. */
  WAIT_UNTIL (find_action_button (GTK_WIDGET (fixture.page), "win.start-routine") != NULL);
  click (find_action_button (GTK_WIDGET (fixture.page), "win.start-routine"));
  g_assert_cmpstr (last_window_action (), ==, "win.start-routine builtin-cooldown-hard");

  fixture_clear (&fixture);
}

static void
test_edit_undo (void)
{
  Fixture fixture = { 0, };
  g_autofree char *document = two_sessions_document ();
  GtkWidget *editor, *undo;
  RbdRecord *s1;
  g_autofree char *figures = NULL;

  fixture_open (&fixture, document, 1100, 760);
  s1 = find_record (G_LIST_MODEL (rbd_store_get_sessions (fixture.store)), "s1");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.edit-session", "s",
                                             "s1"));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_SESSION_EDITOR)) != NULL);

  /* What is there is shown. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (editor, RBD_TYPE_SESSION_EDITOR, "duration_entry"))), ==, "40:00");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (template_child (editor, RBD_TYPE_SESSION_EDITOR, "rpe_row"))), ==, 3);

  set_entry (editor, "duration_entry", "50:00");
  set_combo (editor, "rpe_row", 4);
  set_combo (editor, "shoes_row", 1);
  click (template_child (editor, RBD_TYPE_SESSION_EDITOR, "save_button"));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_SESSION_EDITOR) == NULL);

  g_assert_cmpint (rbd_record_get_int (s1, "duration_s"), ==, 50 * 60);
  g_assert_cmpint (rbd_record_get_int (s1, "rpe"), ==, 4);
  g_assert_cmpstr (rbd_record_get_string (s1, "shoe_id"), ==, "shoe1");
  /* The distance, not touched, is not rounded to the field's precision. */
  g_assert_cmpfloat (rbd_record_get_double (s1, "distance_m"), ==, 8000);
  /* Nor the start. */
  g_assert_nonnull (strstr (rbd_record_get_string (s1, "start"), "T07:00:00+01:00"));

  /* The detail shows the change. */
  WAIT_UNTIL ((figures = rbd_session_detail_dup_figures (RBD_SESSION_DETAIL (find_widget (GTK_WIDGET (fixture.page), RBD_TYPE_SESSION_DETAIL, NULL)))) != NULL &&
              strstr (figures, "Load: 200") != NULL);

  WAIT_UNTIL ((undo = find_newest_undo (&fixture)) != NULL);
  click (undo);
  flush_events ();
  g_assert_cmpint (rbd_record_get_int (s1, "duration_s"), ==, 40 * 60);
  g_assert_cmpint (rbd_record_get_int (s1, "rpe"), ==, 3);
  g_assert_false (rbd_record_is_set (s1, "shoe_id"));

  fixture_clear (&fixture);
}

static void
test_delete_undo (void)
{
  Fixture fixture = { 0, };
  g_autofree char *document = two_sessions_document ();
  GtkWidget *undo;
  RbdRecord *s2;

  fixture_open (&fixture, document, 1100, 760);
  s2 = find_record (G_LIST_MODEL (rbd_store_get_sessions (fixture.store)), "s2");
  g_object_ref (s2);

  /* Shown, then deleted from its own page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.show-session", "s",
                                             "s2"));
  flush_events ();
  g_assert_nonnull (find_row_for (&fixture, s2));
  click (find_action_button (GTK_WIDGET (fixture.page), "log.delete-session"));

  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 1);
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 1);
  g_assert_null (find_row_for (&fixture, s2));

  WAIT_UNTIL ((undo = find_newest_undo (&fixture)) != NULL);
  click (undo);
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 2);
  g_assert_true (get_session (&fixture, 1) == s2);
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 2);
  WAIT_UNTIL (find_row_for (&fixture, s2) != NULL);

  g_object_unref (s2);
  fixture_clear (&fixture);
}

/* Eleven weeks of sessions: headings with totals, newest first, and the
 * list filtered by words, kind and time span. */
static void
test_weeks_and_filters (void)
{
  Fixture fixture = { 0, };
  g_autoptr(GString) document = g_string_new (NULL);
  GListModel *history;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) second = NULL;
  const RbdWeekTotals *totals;
  GtkWidget *search, *kind, *range;
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *labels = NULL;
  RbdSessionRow *row;
  RbdRecord *d0;

  g_string_append (document, "{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[],"
                             "\"sessions\":[");
  for (int day = 0; day < 77; day += 2)
    {
      g_autofree char *start = test_start (-day, 7);

      g_string_append_printf (document,
                              "%s{\"id\":\"d%d\",\"start\":\"%s\",\"kind\":\"%s\","
                              "\"duration_s\":3600,\"distance_m\":10000,\"rpe\":5,"
                              "\"notes\":\"%s\"}",
                              day > 0 ? "," : "", day, start,
                              day % 8 == 0 ? "long" : "easy",
                              day == 10 ? "Windy by the lake" : "");
    }
  g_string_append (document, "],\"checkins\":[],\"routines\":[],\"shoes\":[]}");

  fixture_open (&fixture, document->str, 1100, 760);
  history = rbd_log_page_get_history (fixture.page);

  /* 39 sessions over 12 weeks (Monday-started): the newest first, under
   * the heading of its week; the week of Mon 10 March holds the 12th
   * and the 10th. */
  g_assert_cmpuint (count_history (&fixture, RBD_TYPE_SESSION), ==, 39);
  g_assert_cmpuint (count_history (&fixture, RBD_TYPE_HISTORY_WEEK), ==, 12);
  first = g_list_model_get_item (history, 0);
  second = g_list_model_get_item (history, 1);
  g_assert_true (RBD_IS_HISTORY_WEEK (first));
  g_assert_true (RBD_IS_SESSION (second));
  g_assert_cmpstr (rbd_record_get_id (RBD_RECORD (second)), ==, "d0");
  totals = rbd_history_week_get_totals (RBD_HISTORY_WEEK (first));
  g_assert_cmpuint (totals->n_sessions, ==, 2);
  g_assert_cmpint (totals->duration_s, ==, 2 * 3600);
  g_assert_cmpfloat (totals->distance_m, ==, 20000);
  g_assert_cmpfloat (totals->load, ==, 600);

  /* Words in the notes. */
  search = find_widget (GTK_WIDGET (fixture.page), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "LAKE");
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 1);
  g_assert_cmpuint (count_history (&fixture, RBD_TYPE_HISTORY_WEEK), ==, 1);

  /* Nothing matches: say so. */
  gtk_editable_set_text (GTK_EDITABLE (search), "marathon");
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture.page), ADW_TYPE_STATUS_PAGE,
                                 "No Matching Sessions"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 39);

  /* A kind: long runs are every 8th day. */
  kind = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "kind_dropdown");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 1 + RBD_KIND_LONG);
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 10);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), 0);

  /* A time span: the last 7 days (12th back to the 6th): 4 sessions. */
  range = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "range_dropdown");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (range), 1);
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.clear-filters", NULL));
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 39);

  /* Imperial units: miles and minutes per mile, on the rows shown. */
  g_settings_set_string (settings, "units", "imperial");
  d0 = find_record (G_LIST_MODEL (rbd_store_get_sessions (fixture.store)), "d0");
  WAIT_UNTIL ((row = find_row_for (&fixture, d0)) != NULL &&
              (g_free (labels), labels = dup_label_text (GTK_WIDGET (row)),
               strstr (labels, "6.2 mi") != NULL));
  g_assert_nonnull (strstr (labels, "9:39 /mi"));
  g_settings_reset (settings, "units");

  fixture_clear (&fixture);
}

/* Ten years of sessions: one list model, rows only for what is shown. */
static void
test_ten_years (void)
{
  Fixture fixture = { 0, };
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GListModel *history;
  GtkWidget *view;
  guint n_history;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);

  for (int day = 0; day < 3650; day++)
    {
      RbdSession *session;
      g_autofree char *start = NULL;

      if (day % 7 == 3)
        continue;
      session = rbd_session_new ();
      start = test_start (-day, 7);
      rbd_record_set_string (RBD_RECORD (session), "start", start);
      rbd_record_set_enum (RBD_RECORD (session), "kind", RBD_KIND_EASY);
      rbd_record_set_int (RBD_RECORD (session), "duration_s", 2700);
      g_ptr_array_add (sessions, session);
    }
  g_list_store_splice (rbd_store_get_sessions (fixture.store), 0, 0, sessions->pdata,
                       sessions->len);

  history = rbd_log_page_get_history (fixture.page);
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == sessions->len);
  n_history = g_list_model_get_n_items (history);
  g_assert_cmpuint (n_history, >=, sessions->len + 520);

  /* Only the rows near what is shown exist (GTK keeps a couple of hundred),
   * at the top and at the far end. */
  collect_widgets (GTK_WIDGET (fixture.page), RBD_TYPE_SESSION_ROW, rows);
  g_assert_cmpuint (rows->len, <, 400);
  view = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "history_view");
  g_assert_true (gtk_widget_activate_action (view, "list.scroll-to-item", "u", n_history - 1));
  flush_events ();
  g_ptr_array_set_size (rows, 0);
  collect_widgets (GTK_WIDGET (fixture.page), RBD_TYPE_SESSION_ROW, rows);
  g_assert_cmpuint (rows->len, <, 400);

  fixture_clear (&fixture);
}

static void
test_log_planned (void)
{
  Fixture fixture = { 0, };
  g_autofree char *yesterday = test_day (-1);
  g_autofree char *document = NULL;
  GtkWidget *editor;
  RbdRecord *planned, *session;

  document = g_strdup_printf ("{\"format\":\"rebound\",\"version\":1,\"profile\":{},"
                              "\"planned\":[{\"id\":\"p1\",\"date\":\"%s\",\"kind\":\"interval\","
                              "\"title\":\"5 x 4 min\",\"duration_s\":3600,\"distance_m\":11000}],"
                              "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}",
                              yesterday);
  fixture_open (&fixture, document, 1100, 760);
  planned = find_record (G_LIST_MODEL (rbd_store_get_planned (fixture.store)), "p1");

  rbd_log_page_log_planned (fixture.page, RBD_PLANNED_SESSION (planned));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_SESSION_EDITOR)) != NULL);
  click (template_child (editor, RBD_TYPE_SESSION_EDITOR, "save_button"));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_SESSION_EDITOR) == NULL);

  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 1);
  session = get_session (&fixture, 0);
  g_assert_cmpstr (rbd_record_get_string (session, "planned_id"), ==, "p1");
  g_assert_cmpint (rbd_record_get_enum (session, "kind"), ==, RBD_KIND_INTERVAL);
  g_assert_cmpint (rbd_record_get_int (session, "duration_s"), ==, 3600);
  g_assert_cmpfloat_with_epsilon (rbd_record_get_double (session, "distance_m"), 11000, 0.5);
  g_assert_true (g_str_has_prefix (rbd_record_get_string (session, "start"), yesterday));

  /* The history calls it by the plan's title. */
  WAIT_UNTIL (find_row_for (&fixture, session) != NULL);
  {
    g_autofree char *text = dup_label_text (GTK_WIDGET (find_row_for (&fixture, session)));

    g_assert_nonnull (strstr (text, "5 x 4 min"));
  }

  fixture_clear (&fixture);
}

static void
test_read_only (void)
{
  Fixture fixture = { 0, };
  g_autofree char *start = test_start (-1, 7);
  g_autofree char *document = NULL;
  g_autofree char *labels = NULL;

  document = g_strdup_printf ("{\"format\":\"rebound\",\"version\":99,\"profile\":{},"
                              "\"planned\":[],\"sessions\":[{\"id\":\"s1\",\"start\":\"%s\","
                              "\"kind\":\"easy\",\"duration_s\":2400}],"
                              "\"checkins\":[],\"routines\":[],\"shoes\":[]}", start);
  fixture_open (&fixture, document, 1100, 760);
  g_assert_cmpint (rbd_store_get_state (fixture.store), ==, RBD_STORE_STATE_READ_ONLY);

  /* Shown, not changed, and the page says why. */
  WAIT_UNTIL (count_history (&fixture, RBD_TYPE_SESSION) == 1);
  labels = dup_label_text (GTK_WIDGET (fixture.page));
  g_assert_nonnull (strstr (labels, "read-only"));

  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (fixture.page),
                                                               "log.new-session")));
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.new-session", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.check-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.delete-session", "s", "s1");
  flush_events ();
  g_assert_null (find_toplevel (RBD_TYPE_SESSION_EDITOR));
  g_assert_cmpuint (n_items (rbd_store_get_sessions (fixture.store)), ==, 1);

  fixture_clear (&fixture);
}

/* Narrow: the history first; opening a session shows it instead, and
 * back returns. */
static void
test_narrow (void)
{
  Fixture fixture = { 0, };
  g_autofree char *document = two_sessions_document ();
  AdwLeaflet *leaflet;

  fixture_open (&fixture, document, 360, 720);
  leaflet = ADW_LEAFLET (template_child (fixture.page, RBD_TYPE_LOG_PAGE, "leaflet"));
  WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "history");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.show-session", "s",
                                             "s1"));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.back", NULL));
  WAIT_UNTIL (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "history") == 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.show-overview", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  log_test_init (&argc, &argv);

  g_test_add_func ("/log-ui/history/log-session", test_log_session);
  g_test_add_func ("/log-ui/history/edit-undo", test_edit_undo);
  g_test_add_func ("/log-ui/history/delete-undo", test_delete_undo);
  g_test_add_func ("/log-ui/history/weeks-and-filters", test_weeks_and_filters);
  g_test_add_func ("/log-ui/history/ten-years", test_ten_years);
  g_test_add_func ("/log-ui/history/log-planned", test_log_planned);
  g_test_add_func ("/log-ui/history/read-only", test_read_only);
  g_test_add_func ("/log-ui/history/narrow", test_narrow);

  return g_test_run ();
}
