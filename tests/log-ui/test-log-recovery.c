/* test-log-recovery.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-log-recovery"

#include "config.h"

#include "log-ui-test-util.h"
#include "rbd-checkin-editor.h"
#include "rbd-checkin-reminder.h"
#include "rbd-kind.h"
#include "rbd-checkins-card.h"
#include "rbd-load-card.h"
#include "rbd-readiness-card.h"
#include "rbd-shoes-view.h"

/* The overview side of the Log page: the daily check-in through its
 * editor, the readiness card on a history with rising resting heart rate
 * (and lightening the plan from it, with undo), the load chart's text
 * alternative, the morning reminder through a recording notifier, and
 * shoes past their limit. */

#define EMPTY_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{},\"planned\":[]," \
  "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

static void
type_into (gpointer    editor,
           const char *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, RBD_TYPE_CHECKIN_EDITOR, row)),
                         text);
}

static RbdRecord *
find_checkin (Fixture    *fixture,
              const char *date)
{
  GListModel *checkins = G_LIST_MODEL (rbd_store_get_checkins (fixture->store));

  for (guint i = 0; i < g_list_model_get_n_items (checkins); i++)
    {
      g_autoptr(RbdRecord) checkin = g_list_model_get_item (checkins, i);

      if (g_strcmp0 (rbd_record_get_string (checkin, "date"), date) == 0)
        return checkin;
    }

  return NULL;
}

static void
test_checkin (void)
{
  Fixture fixture = { 0, };
  g_autofree char *today = test_day (0);
  g_autofree char *labels = NULL;
  GtkWidget *editor, *card, *error_label;
  RbdRecord *checkin;

  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);

  /* No check-ins yet: the card invites one. */
  card = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "checkins_card");
  g_assert_true (rbd_checkins_card_is_empty (RBD_CHECKINS_CARD (card)));
  g_assert_nonnull (find_widget (card, ADW_TYPE_STATUS_PAGE, "No Check-Ins Yet"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.check-in", NULL));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_CHECKIN_EDITOR)) != NULL);

  type_into (editor, "sleep_row", "7,5");
  type_into (editor, "sleep_quality_row", "7");
  type_into (editor, "rest_hr_row", "48");
  type_into (editor, "hrv_row", "62");
  type_into (editor, "soreness_row", "3");
  type_into (editor, "mood_row", "4");
  type_into (editor, "motivation_row", "5");

  /* Sleep quality is 1 to 5: said under the fields, and no saving. */
  error_label = template_child (editor, RBD_TYPE_CHECKIN_EDITOR, "error_label");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "Sleep quality"));
  g_assert_false (rbd_checkin_editor_is_valid (RBD_CHECKIN_EDITOR (editor)));
  g_assert_false (gtk_widget_activate_action (editor, "checkin.save", NULL) &&
                  find_toplevel (RBD_TYPE_CHECKIN_EDITOR) == NULL);
  type_into (editor, "sleep_quality_row", "4");
  g_assert_false (gtk_widget_get_visible (error_label));

  gtk_switch_set_active (GTK_SWITCH (template_child (editor, RBD_TYPE_CHECKIN_EDITOR,
                                                     "illness_switch")), TRUE);
  type_into (editor, "notes_row", "left calf");

  /* Enter in a field saves: the save button is the default. */
  gtk_widget_activate_default (template_child (editor, RBD_TYPE_CHECKIN_EDITOR, "motivation_row"));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_CHECKIN_EDITOR) == NULL);

  g_assert_cmpuint (n_items (rbd_store_get_checkins (fixture.store)), ==, 1);
  checkin = find_checkin (&fixture, today);
  g_assert_nonnull (checkin);
  g_assert_cmpfloat (rbd_record_get_double (checkin, "sleep_h"), ==, 7.5);
  g_assert_cmpint (rbd_record_get_int (checkin, "sleep_quality"), ==, 4);
  g_assert_cmpint (rbd_record_get_int (checkin, "rest_hr_bpm"), ==, 48);
  g_assert_cmpfloat (rbd_record_get_double (checkin, "hrv_ms"), ==, 62);
  g_assert_cmpint (rbd_record_get_int (checkin, "soreness"), ==, 3);
  g_assert_cmpint (rbd_record_get_int (checkin, "mood"), ==, 4);
  g_assert_cmpint (rbd_record_get_int (checkin, "motivation"), ==, 5);
  g_assert_true (rbd_record_get_boolean (checkin, "illness"));
  g_assert_cmpstr (rbd_record_get_string (checkin, "notes"), ==, "left calf");

  /* The card shows today's. */
  WAIT_UNTIL (!rbd_checkins_card_is_empty (RBD_CHECKINS_CARD (card)));
  WAIT_UNTIL ((g_free (labels), labels = dup_label_text (card), strstr (labels, "resting HR 48") != NULL));

  /* One a day: checking in again changes today's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "log.check-in", NULL));
  WAIT_UNTIL ((editor = find_toplevel (RBD_TYPE_CHECKIN_EDITOR)) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (editor, RBD_TYPE_CHECKIN_EDITOR, "rest_hr_row"))), ==, "48");
  type_into (editor, "rest_hr_row", "51");
  type_into (editor, "hrv_row", "");
  g_assert_true (gtk_widget_activate_action (editor, "checkin.save", NULL));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_CHECKIN_EDITOR) == NULL);
  g_assert_cmpuint (n_items (rbd_store_get_checkins (fixture.store)), ==, 1);
  g_assert_cmpint (rbd_record_get_int (checkin, "rest_hr_bpm"), ==, 51);
  g_assert_false (rbd_record_is_set (checkin, "hrv_ms"));

  fixture_clear (&fixture);
}

/* Five weeks at 48 bpm, then a week at 55: the resting-HR sign, and
 * lightening tomorrow's tempo run. */
static void
test_readiness_and_lighten (void)
{
  Fixture fixture = { 0, };
  g_autoptr(GString) document = g_string_new (NULL);
  g_autofree char *tomorrow = test_day (1);
  g_autofree char *text = NULL;
  GtkWidget *card, *undo;
  RbdRecord *planned;

  g_string_append_printf (document,
                          "{\"format\":\"rebound\",\"version\":1,\"profile\":{},"
                          "\"planned\":[{\"id\":\"p1\",\"date\":\"%s\",\"kind\":\"tempo\","
                          "\"duration_s\":3000,\"distance_m\":10000}],"
                          "\"sessions\":[],\"checkins\":[", tomorrow);
  for (int day = 40; day >= 0; day--)
    {
      g_autofree char *date = test_day (-day);

      g_string_append_printf (document,
                              "%s{\"date\":\"%s\",\"sleep_h\":7.5,\"sleep_quality\":4,"
                              "\"rest_hr_bpm\":%d,\"hrv_ms\":60,\"soreness\":2,\"mood\":4,"
                              "\"motivation\":4}",
                              day < 40 ? "," : "", date, day <= 6 ? 55 : 48);
    }
  g_string_append (document, "],\"routines\":[],\"shoes\":[]}");

  fixture_open (&fixture, document->str, 1100, 760);
  card = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "readiness_card");
  WAIT_UNTIL (rbd_readiness_card_get_readiness (RBD_READINESS_CARD (card)) != NULL &&
              rbd_readiness_card_get_readiness (RBD_READINESS_CARD (card))->signs->len > 0);

  text = rbd_readiness_card_dup_text (RBD_READINESS_CARD (card));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Worth Watching"));
  g_assert_nonnull (strstr (text, "Resting heart rate 7 bpm above your 28-day average"));
  g_assert_nonnull (strstr (text, "Since Thu 6 Mar, 7 days"));
  g_free (text);
  text = dup_label_text (card);
  g_assert_nonnull (strstr (text, "Resting heart rate 7 bpm above"));

  /* Lighten the next days: tomorrow's tempo becomes a shorter easy run. */
  planned = find_record (G_LIST_MODEL (rbd_store_get_planned (fixture.store)), "p1");
  g_assert_nonnull (find_action_button (card, "log.lighten"));
  g_signal_emit_by_name (find_action_button (card, "log.lighten"), "clicked");
  g_assert_cmpint (rbd_record_get_enum (planned, "kind"), ==, RBD_KIND_EASY);
  g_assert_cmpint (rbd_record_get_int (planned, "duration_s"), ==, 1800);

  WAIT_UNTIL ((undo = find_newest_undo (&fixture)) != NULL);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpint (rbd_record_get_enum (planned, "kind"), ==, RBD_KIND_TEMPO);
  g_assert_cmpint (rbd_record_get_int (planned, "duration_s"), ==, 3000);

  fixture_clear (&fixture);
}

/* Nine weeks of an hour at RPE 5 on Mondays and Thursdays (600 a
 * week), then a week with a third session (900): the numbers are in the
 * text alternative and in the table. */
static void
test_load_chart_text (void)
{
  Fixture fixture = { 0, };
  g_autoptr(GString) document = g_string_new (NULL);
  GtkWidget *card;
  const char *text;
  g_autofree char *table = NULL;
  gboolean first = TRUE;

  g_string_append (document, "{\"format\":\"rebound\",\"version\":1,\"profile\":{},"
                             "\"planned\":[],\"sessions\":[");
  for (int day = 62; day >= 0; day--)
    {
      g_autofree char *start = test_start (-day, 7);
      /* Days back from a Wednesday: 2, 6 (Monday, Thursday), and today. */
      gboolean run = day % 7 == 2 || day % 7 == 6 || day == 0;

      if (!run)
        continue;
      g_string_append_printf (document,
                              "%s{\"id\":\"d%d\",\"start\":\"%s\",\"kind\":\"easy\","
                              "\"duration_s\":3600,\"rpe\":5}",
                              first ? "" : ",", day, start);
      first = FALSE;
    }
  g_string_append (document, "],\"checkins\":[],\"routines\":[],\"shoes\":[]}");

  fixture_open (&fixture, document->str, 1100, 760);
  card = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "load_card");
  text = rbd_load_chart_get_text (rbd_load_card_get_chart (RBD_LOAD_CARD (card)));
  g_test_message ("%s", text);

  /* The last 7 days (6 Mar to 12 Mar) hold Thursday, Monday and today. */
  g_assert_nonnull (strstr (text, "last 12 weeks"));
  g_assert_nonnull (strstr (text, "week from 6 Mar: 900"));
  g_assert_nonnull (strstr (text, "week from 27 Feb: 600"));
  /* 900 against (900 + 3 x 600) / 4 = 675. */
  g_assert_nonnull (strstr (text, "Acute:chronic ratio now 1.33 (Elevated)"));
  /* Weeks with less than four weeks before them have no ratio to show. */
  g_assert_nonnull (strstr (text, "week from 9 Jan: 600;"));
  g_assert_nonnull (strstr (text, "week from 6 Feb: 600, ratio 1.00;"));
  g_assert_nonnull (strstr (rbd_load_card_get_summary (RBD_LOAD_CARD (card)), "load 900"));

  /* The same numbers as a table, newest first. */
  g_signal_emit_by_name (template_child (card, RBD_TYPE_LOAD_CARD, "table_button"), "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (template_child (card, RBD_TYPE_LOAD_CARD, "table_button"))));
  table = rbd_load_card_dup_table (RBD_LOAD_CARD (card));
  g_test_message ("%s", table);
  g_assert_true (g_str_has_prefix (table, "Week\tLoad\tSessions\tRatio\n6 Mar – 12 Mar\t900\t3\t1.33\n"));

  fixture_clear (&fixture);
}

static gboolean
log_has (Fixture    *fixture,
         const char *prefix)
{
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);

  for (guint i = 0; i < log->len; i++)
    {
      if (g_str_has_prefix (log->pdata[i], prefix))
        return TRUE;
    }

  return FALSE;
}

static void
test_morning_reminder (void)
{
  Fixture fixture = { 0, };
  RbdCheckinReminder *reminder;
  g_autoptr(RbdCheckin) checkin = NULL;
  g_autofree char *today = test_day (0);

  /* Before 6:00 nothing is sent. */
  fixture_set_now (&fixture, 5, 30);
  fixture_open (&fixture, EMPTY_DOCUMENT, 1100, 760);
  reminder = rbd_log_page_get_reminder (fixture.page);
  rbd_checkin_reminder_check (reminder);
  g_assert_cmpuint (rbd_recording_notifier_get_log (fixture.notifier)->len, ==, 0);

  /* From 6:00, once. */
  fixture_set_now (&fixture, 6, 5);
  rbd_checkin_reminder_check (reminder);
  g_assert_true (log_has (&fixture, "send " RBD_CHECKIN_REMINDER_ID ": Time for Your Check-In"));
  rbd_checkin_reminder_check (reminder);
  g_assert_cmpuint (rbd_recording_notifier_get_log (fixture.notifier)->len, ==, 1);

  /* Checking in takes it back. */
  checkin = rbd_checkin_new ();
  rbd_record_set_string (RBD_RECORD (checkin), "date", today);
  rbd_record_set_int (RBD_RECORD (checkin), "rest_hr_bpm", 50);
  g_list_store_append (rbd_store_get_checkins (fixture.store), checkin);
  g_assert_true (log_has (&fixture, "withdraw " RBD_CHECKIN_REMINDER_ID));

  /* With today's check-in in, no reminder however often it looks. */
  rbd_recording_notifier_clear (fixture.notifier);
  fixture_set_now (&fixture, 18, 0);
  rbd_checkin_reminder_check (reminder);
  g_assert_cmpuint (rbd_recording_notifier_get_log (fixture.notifier)->len, ==, 0);

  fixture_clear (&fixture);
}

static void
test_shoes (void)
{
  Fixture fixture = { 0, };
  g_autofree char *s1 = test_start (-3, 7);
  g_autofree char *s2 = test_start (-1, 7);
  g_autofree char *document = NULL;
  GtkWidget *view;
  g_autofree char *labels = NULL;

  document = g_strdup_printf ("{\"format\":\"rebound\",\"version\":1,\"profile\":{},"
                              "\"planned\":[],\"sessions\":["
                              "{\"id\":\"s1\",\"start\":\"%s\",\"kind\":\"easy\",\"duration_s\":3600,"
                              "\"distance_m\":7000,\"shoe_id\":\"old\"},"
                              "{\"id\":\"s2\",\"start\":\"%s\",\"kind\":\"easy\",\"duration_s\":3600,"
                              "\"distance_m\":5000,\"shoe_id\":\"old\"}],"
                              "\"checkins\":[],\"routines\":[],\"shoes\":["
                              "{\"id\":\"old\",\"name\":\"Worn trainers\",\"limit_km\":10}]}",
                              s1, s2);
  fixture_open (&fixture, document, 1100, 760);
  view = template_child (fixture.page, RBD_TYPE_LOG_PAGE, "shoes_view");

  /* 12 km on a 10 km limit. */
  g_assert_nonnull (strstr (rbd_shoes_view_get_notice (RBD_SHOES_VIEW (view)), "Worn trainers"));
  labels = dup_label_text (view);
  g_assert_nonnull (strstr (labels, "12.0 km of 10.0 km"));

  /* Retired, they are no longer a worry. */
  rbd_record_set_boolean (find_record (G_LIST_MODEL (rbd_store_get_shoes (fixture.store)), "old"),
                          "retired", TRUE);
  WAIT_UNTIL (*rbd_shoes_view_get_notice (RBD_SHOES_VIEW (view)) == '\0');

  /* A new pair. */
  g_assert_nonnull (rbd_shoes_view_add (RBD_SHOES_VIEW (view), "Race flats"));
  g_assert_cmpuint (n_items (rbd_store_get_shoes (fixture.store)), ==, 2);
  WAIT_UNTIL ((g_free (labels), labels = dup_label_text (view), strstr (labels, "Race flats") != NULL));

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  log_test_init (&argc, &argv);

  g_test_add_func ("/log-ui/recovery/checkin", test_checkin);
  g_test_add_func ("/log-ui/recovery/readiness-and-lighten", test_readiness_and_lighten);
  g_test_add_func ("/log-ui/recovery/load-chart-text", test_load_chart_text);
  g_test_add_func ("/log-ui/recovery/morning-reminder", test_morning_reminder);
  g_test_add_func ("/log-ui/recovery/shoes", test_shoes);

  return g_test_run ();
}
