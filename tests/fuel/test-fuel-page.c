/* test-fuel-page.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-fuel-page"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "rbd-app-notifier.h"
#include "rbd-fuel-document.h"
#include "rbd-fuel-number-row.h"
#include "rbd-fuel-page.h"
#include "rbd-fuel-sweat-section.h"
#include "rbd-fuel-timeline-section.h"
#include "rbd-kind.h"
#include "rbd-recovery-timeline.h"

/* Drives the real Fuel page under Xvfb: types into its spin buttons, picks
 * conditions, presses its buttons, and reads the result labels, the
 * profile, the document's lists and the reminders sent. */

#define DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[],\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

/* Two logged sessions (one with masses, fluid and duration) and one
 * standalone test in between them. */
#define DOCUMENT_WITH_SESSIONS \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[],\"checkins\":[],\"routines\":[],\"shoes\":[],\"sessions\":[" \
  "{\"id\":\"s-1\",\"start\":\"2026-11-30T07:10:00+01:00\",\"kind\":\"long\"," \
  "\"duration_s\":3600}," \
  "{\"id\":\"s-2\",\"start\":\"2026-11-28T07:00:00+01:00\",\"kind\":\"easy\"," \
  "\"duration_s\":3600,\"mass_before_kg\":70,\"mass_after_kg\":69,\"fluid_ml\":500}]," \
  "\"sweat_tests\":[{\"id\":\"t-1\",\"date\":\"2026-11-29T07:00:00+01:00\"," \
  "\"mass_before_kg\":70,\"mass_after_kg\":69.5,\"fluid_ml\":0,\"duration_s\":3600," \
  "\"conditions\":\"mild\"}]}"

/* Written by a newer version: shown, never saved. */
#define DOCUMENT_NEWER \
  "{\"format\":\"rebound\",\"version\":2,\"profile\":{\"body_mass_kg\":70}," \
  "\"planned\":[],\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}"

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

typedef struct
{
  char                 *dir;
  RbdStore             *store;
  RbdRecordingNotifier *notifier;
  GSettings            *settings;
  GtkWidget            *window;
  GtkWidget            *page;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *path = NULL;
  const char *document = data != NULL ? data : DOCUMENT;
  GtkWidget *overlay;

  fixture->settings = g_settings_new (BASE_APP_ID);
  g_settings_set_string (fixture->settings, "units", "metric");

  fixture->dir = g_dir_make_tmp ("rebound-fuel-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  path = g_build_filename (data_dir, "rebound.json", NULL);
  g_file_set_contents (path, document, -1, &error);
  g_assert_no_error (error);

  fixture->store = rbd_store_new (data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, on_load_cb, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));
  g_assert_cmpint (rbd_store_get_state (fixture->store), ==,
                   strstr (document, "\"version\":2") != NULL ? RBD_STORE_STATE_READ_ONLY
                                                              : RBD_STORE_STATE_READY);

  fixture->notifier = rbd_recording_notifier_new ();
  fixture->page = rbd_fuel_page_new (fixture->store, RBD_NOTIFIER (fixture->notifier));

  /* Narrow, as on a phone: everything must still fit. */
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  rbd_store_flush (fixture->store, &error);
  g_assert_no_error (error);

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->notifier);
  g_settings_reset (fixture->settings, "units");
  g_clear_object (&fixture->settings);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static GtkWidget *
child_of (GtkWidget  *widget,
          GType       type,
          const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static GtkWidget *
page_child (Fixture    *fixture,
            const char *name)
{
  return child_of (fixture->page, RBD_TYPE_FUEL_PAGE, name);
}

static const char *
page_label (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (page_child (fixture, name)));
}

static void
type_into (GtkWidget  *row,
           const char *text)
{
  GtkSpinButton *spin_button = rbd_fuel_number_row_get_spin_button (RBD_FUEL_NUMBER_ROW (row));
  GtkEditable *spin = GTK_EDITABLE (spin_button);

  /* As a user would: select all, then type over it. */
  gtk_editable_delete_text (spin, 0, -1);
  gtk_editable_insert_text (spin, text, -1, &(int) { 0 });
}

/* A click, without the pressed-look delay of gtk_widget_activate(). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

static const char *
row_text (GtkWidget *row)
{
  GtkSpinButton *spin_button = rbd_fuel_number_row_get_spin_button (RBD_FUEL_NUMBER_ROW (row));

  return gtk_editable_get_text (GTK_EDITABLE (spin_button));
}

static double
profile_mass (Fixture *fixture)
{
  return rbd_record_get_double (RBD_RECORD (rbd_store_get_profile (fixture->store)),
                                "body_mass_kg");
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        n++;
    }

  return n;
}

/* No label anywhere on the page shows a made-up or impossible number:
 * no NaN or infinity, no negative amount. */
static void
assert_no_nonsense (GtkWidget *widget)
{
  static GRegex *nonsense = NULL;

  if (nonsense == NULL)
    nonsense = g_regex_new ("\\b(nan|inf|infinity)\\b|(?<![\\w.])-[0-9]",
                            G_REGEX_CASELESS, 0, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          const char *text = gtk_label_get_text (GTK_LABEL (child));

          if (g_regex_match (nonsense, text, 0, NULL))
            g_error ("A label shows “%s”", text);
        }
      assert_no_nonsense (child);
    }
}

static void
test_metric (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *body = page_child (fixture, "body_mass_row");
  GtkWidget *conditions = page_child (fixture, "run_conditions_row");

  /* The profile's mass, in kg. */
  g_assert_cmpstr (row_text (body), ==, "70.0");
  g_assert_cmpstr (rbd_fuel_number_row_get_unit (RBD_FUEL_NUMBER_ROW (body)), ==, "kg");

  /* DOMAIN.md's 70 kg: 56-84 g carbohydrate, 17.5-28 g protein -> 18-28 g. */
  g_assert_cmpstr (page_label (fixture, "after_carbohydrate_label"), ==, "56–84 g");
  g_assert_cmpstr (page_label (fixture, "after_protein_label"), ==, "18–28 g");
  g_assert_cmpstr (page_label (fixture, "daily_protein_label"), ==, "98–126 g");
  g_assert_cmpstr (page_label (fixture, "daily_servings_label"), ==, "4–6 servings");
  g_assert_cmpstr (page_label (fixture, "before_carbohydrate_label"), ==, "70–280 g");
  g_assert_cmpstr (page_label (fixture, "before_fluid_label"), ==, "300–500 ml");
  g_assert_cmpuint (count_rows (page_child (fixture, "ideas_list")), ==, 4);
  g_assert_nonnull (strstr (page_label (fixture, "rounding_label"), "10 ml"));

  /* Typing changes the results at once, and the profile. */
  type_into (body, "62.5");
  g_assert_cmpstr (page_label (fixture, "after_carbohydrate_label"), ==, "50–75 g");
  g_assert_cmpstr (page_label (fixture, "after_protein_label"), ==, "16–25 g");
  g_assert_cmpfloat (profile_mass (fixture), ==, 62.5);

  /* During: 90 min by default, mild: 400-500 ml/h, no sodium. */
  g_assert_cmpstr (page_label (fixture, "during_rate_label"), ==, "400–500 ml");
  g_assert_cmpstr (page_label (fixture, "during_total_label"), ==, "600–750 ml");
  g_assert_cmpstr (page_label (fixture, "sodium_label"), ==, "Not needed");

  adw_combo_row_set_selected (ADW_COMBO_ROW (conditions), RBD_CONDITIONS_HOT);
  g_assert_cmpstr (page_label (fixture, "during_rate_label"), ==, "500–600 ml");
  g_assert_cmpstr (page_label (fixture, "sodium_label"), ==, "300–600 mg");
  g_assert_cmpstr (page_label (fixture, "sodium_hour_label"), ==, "150–360 mg");

  /* An hour or less: nothing to drink on the way. */
  type_into (page_child (fixture, "run_duration_row"), "45");
  g_assert_false (gtk_widget_get_visible (page_child (fixture, "during_results")));
  g_assert_nonnull (strstr (page_label (fixture, "during_why_label"), "nothing on the way"));

  /* A duration of zero is explained, not computed. */
  type_into (page_child (fixture, "run_duration_row"), "0");
  g_assert_true (gtk_widget_get_visible (page_child (fixture, "run_error_label")));
  g_assert_nonnull (strstr (page_label (fixture, "run_error_label"), "Duration"));
  g_assert_cmpstr (page_label (fixture, "sodium_label"), ==, "—");

  assert_no_nonsense (fixture->page);
}

static void
test_imperial (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *body = page_child (fixture, "body_mass_row");

  g_settings_set_string (fixture->settings, "units", "imperial");

  /* The same 70 kg, in pounds. */
  g_assert_cmpstr (row_text (body), ==, "154.3");
  g_assert_cmpstr (rbd_fuel_number_row_get_unit (RBD_FUEL_NUMBER_ROW (body)), ==, "lb");
  /* Shown as 154.3 lb, still worked out from 70 kg: 17.5 g rounds to 18. */
  g_assert_cmpstr (page_label (fixture, "after_carbohydrate_label"), ==, "56–84 g");
  g_assert_cmpstr (page_label (fixture, "after_protein_label"), ==, "18–28 g");
  g_assert_cmpfloat (profile_mass (fixture), ==, 70);
  g_assert_cmpstr (page_label (fixture, "before_fluid_label"), ==, "10–17 fl oz");
  g_assert_cmpstr (page_label (fixture, "during_rate_label"), ==, "14–17 fl oz");
  g_assert_nonnull (strstr (page_label (fixture, "rounding_label"), "fluid ounce"));

  /* 165 lb is 74.8 kg: 59.9-89.8 g and 18.7-29.9 g. */
  type_into (body, "165");
  g_assert_cmpstr (page_label (fixture, "after_carbohydrate_label"), ==, "60–90 g");
  g_assert_cmpstr (page_label (fixture, "after_protein_label"), ==, "19–30 g");
  g_assert_cmpfloat_with_epsilon (profile_mass (fixture), 165 * 0.45359237, 1e-9);

  /* Typed in pounds, the range is said in pounds too. */
  type_into (body, "700");
  g_assert_nonnull (strstr (page_label (fixture, "body_message_label"), "661 lb"));
  g_assert_cmpstr (page_label (fixture, "after_carbohydrate_label"), ==, "—");

  /* Back to metric: the same mass in kg. */
  type_into (body, "165");
  g_settings_set_string (fixture->settings, "units", "metric");
  g_assert_cmpstr (row_text (body), ==, "74.8");
  g_assert_cmpstr (page_label (fixture, "before_fluid_label"), ==, "300–500 ml");

  assert_no_nonsense (fixture->page);
}

static const struct
{
  const char *text;
  const char *message;
} bad_masses[] = {
  { "0", "Body mass must be between 20 and 300 kg" },
  { "-70", "Body mass must be between 20 and 300 kg" },
  { "300.5", "Body mass must be between 20 and 300 kg" },
  { "abc", "Body mass: enter a number" },
  { "70kg", "Body mass: enter a number" },
  { "nan", "Body mass: enter a number" },
  { "inf", "Body mass: enter a number" },
  { "", "Enter your body mass" },
};

static void
test_bad_body_mass (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *body = page_child (fixture, "body_mass_row");
  const char *results[] = {
    "after_carbohydrate_label", "after_protein_label", "daily_protein_label",
    "daily_servings_label", "before_carbohydrate_label",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_masses); i++)
    {
      g_test_message ("“%s”", bad_masses[i].text);
      type_into (body, bad_masses[i].text);

      g_assert_true (gtk_widget_get_visible (page_child (fixture, "body_message_label")));
      g_assert_nonnull (strstr (page_label (fixture, "body_message_label"), bad_masses[i].message));
      for (guint j = 0; j < G_N_ELEMENTS (results); j++)
        g_assert_cmpstr (page_label (fixture, results[j]), ==, "—");
      g_assert_false (gtk_widget_get_visible (page_child (fixture, "ideas_list")));
      /* Not a mass: the profile keeps the last good one. */
      g_assert_cmpfloat (profile_mass (fixture), ==, 70);
      assert_no_nonsense (fixture->page);
    }

  /* "70,5" is a number too. */
  type_into (body, "70,5");
  g_assert_false (gtk_widget_get_visible (page_child (fixture, "body_message_label")));
  g_assert_cmpfloat (profile_mass (fixture), ==, 70.5);
}

static void
test_sweat_test (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *section = page_child (fixture, "sweat_section");
  GType type = RBD_TYPE_FUEL_SWEAT_SECTION;
  GtkWidget *before = child_of (section, type, "mass_before_row");
  GtkWidget *after = child_of (section, type, "mass_after_row");
  GtkWidget *save = child_of (section, type, "save_button");
  GtkLabel *rate = GTK_LABEL (child_of (section, type, "rate_label"));
  GtkLabel *errors = GTK_LABEL (child_of (section, type, "errors_label"));
  GListStore *tests = rbd_fuel_document_get_sweat_tests (fixture->store);

  /* Both masses start at the profile's: nothing lost yet, nothing to save. */
  g_assert_cmpstr (row_text (before), ==, "70.0");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* DATA-FORMAT.md's session: 70.4 -> 69.5 kg, 300 ml drunk, 55 min. */
  type_into (before, "70.4");
  type_into (after, "69.5");
  type_into (child_of (section, type, "fluid_row"), "300");
  type_into (child_of (section, type, "duration_row"), "55");
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "1.31 L/h");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (section, type, "loss_label"))), ==,
                   "0.9 kg, 1.3 %");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (section, type, "drink_label"))), ==,
                   "0.9–1.35 L");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child_of (section, type,
                                                                    "level_label"))),
                            "1 %"));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Saved as a standalone test; "During your run" now goes by it. */
  click (save);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tests)), ==, 1);
  g_assert_cmpuint (count_rows (child_of (section, type, "history_list")), ==, 1);
  g_assert_cmpstr (page_label (fixture, "during_rate_label"), ==, "600–700 ml");
  g_assert_nonnull (strstr (page_label (fixture, "during_why_label"), "1.31 L/h"));

  /* Heavier after: explained, no rate, nothing to save. */
  type_into (after, "71");
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "—");
  g_assert_nonnull (strstr (gtk_label_get_text (errors), "drank more than you sweated"));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* More urine than the loss and the drink. */
  type_into (after, "69.5");
  type_into (child_of (section, type, "urine_row"), "1500");
  g_assert_nonnull (strstr (gtk_label_get_text (errors), "Urine"));
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "—");

  /* Imperial: the saved rate in fl oz per hour. */
  type_into (child_of (section, type, "urine_row"), "0");
  g_settings_set_string (fixture->settings, "units", "imperial");
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "44 fl oz/h");
  g_assert_cmpstr (row_text (before), ==, "155.2");

  assert_no_nonsense (fixture->page);
}

static RbdRecord *
find_session (Fixture    *fixture,
              const char *id)
{
  GListModel *sessions = G_LIST_MODEL (rbd_store_get_sessions (fixture->store));

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (rbd_record_get_id (session), id) == 0)
        return session;
    }

  g_assert_not_reached ();
}

static GtkWidget *
nth_row (GtkWidget *list,
         guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (list);

  for (guint i = 0; i < n && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);

  g_assert_nonnull (child);
  return child;
}

/* The last rates mix logged sessions and standalone tests, newest first;
 * a test saved with a session goes into that session, not into a new
 * standalone record. */
static void
test_sweat_test_sessions (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *section = page_child (fixture, "sweat_section");
  GType type = RBD_TYPE_FUEL_SWEAT_SECTION;
  GtkWidget *history = child_of (section, type, "history_list");
  GtkWidget *target = child_of (section, type, "target_row");
  GtkWidget *save = child_of (section, type, "save_button");
  GtkWidget *urine = child_of (section, type, "urine_row");
  GListStore *tests = rbd_fuel_document_get_sweat_tests (fixture->store);
  GListModel *targets = adw_combo_row_get_model (ADW_COMBO_ROW (target));
  RbdRecord *s1 = find_session (fixture, "s-1");
  g_autofree char *long_label = NULL;

  /* The test of the 29th (500 ml/h), then the easy session of the 28th
   * (1.5 L/h); the session without masses gives none. */
  g_assert_cmpuint (count_rows (history), ==, 2);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (history,
                                                                                      0))),
                            "29 Nov"));
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (nth_row (history, 0))),
                         "logged session"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (history,
                                                                                      1))),
                            "28 Nov"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (nth_row (history, 1))),
                            "logged session: Easy"));
  /* (500 + 1500) / 2 */
  g_assert_nonnull (strstr (page_label (fixture, "during_why_label"), "rate of 1 L/h"));

  /* "Save with": a standalone test, then the sessions newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 3);
  long_label = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (targets), 1));
  g_assert_true (g_str_has_prefix (long_label, rbd_kind_get_label (RBD_KIND_LONG)));
  g_assert_nonnull (strstr (long_label, "30 Nov"));
  g_assert_nonnull (strstr (gtk_string_list_get_string (GTK_STRING_LIST (targets), 2), "28 Nov"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (target), 1);
  type_into (child_of (section, type, "mass_before_row"), "70.4");
  type_into (child_of (section, type, "mass_after_row"), "69.5");
  type_into (child_of (section, type, "fluid_row"), "300");
  type_into (child_of (section, type, "duration_row"), "55");

  /* A session keeps no urine: the row says so, and nothing is saved. */
  type_into (urine, "100");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (rbd_fuel_number_row_has_error (RBD_FUEL_NUMBER_ROW (urine)));
  type_into (urine, "0");
  g_assert_false (rbd_fuel_number_row_has_error (RBD_FUEL_NUMBER_ROW (urine)));

  click (save);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tests)), ==, 1);
  g_assert_cmpfloat (rbd_record_get_double (s1, "mass_before_kg"), ==, 70.4);
  g_assert_cmpfloat (rbd_record_get_double (s1, "mass_after_kg"), ==, 69.5);
  g_assert_cmpfloat (rbd_record_get_double (s1, "fluid_ml"), ==, 300);
  /* The logged duration wins over the typed one. */
  g_assert_cmpint (rbd_record_get_int (s1, "duration_s"), ==, 3600);
  g_assert_true (rbd_store_get_dirty (fixture->store));

  /* Now the newest rate, (0.9 kg + 300 ml) in an hour. */
  g_assert_cmpuint (count_rows (history), ==, 3);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (nth_row (history, 0))),
                            "logged session: Long"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nth_row (history,
                                                                                      0))),
                            "30 Nov"));
  /* (1200 + 500 + 1500) / 3 = 1067, to 1070 ml */
  g_assert_nonnull (strstr (page_label (fixture, "during_why_label"), "1.07 L/h"));
  /* The choice stays on the session after the list was rebuilt. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (target)), ==, 1);

  assert_no_nonsense (fixture->page);
}

/* A document from a newer version: nothing that would change it works,
 * and the page says why. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *section = page_child (fixture, "sweat_section");
  GType type = RBD_TYPE_FUEL_SWEAT_SECTION;
  GtkWidget *save = child_of (section, type, "save_button");
  GtkWidget *start = child_of (page_child (fixture, "timeline_section"),
                               RBD_TYPE_FUEL_TIMELINE_SECTION, "start_button");
  GListStore *tests = rbd_fuel_document_get_sweat_tests (fixture->store);
  GListStore *timelines = rbd_fuel_document_get_timelines (fixture->store);

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (page_child (fixture,
                                                                          "state_revealer"))));
  g_assert_nonnull (strstr (page_label (fixture, "state_label"), "newer version"));
  g_assert_true (gtk_widget_get_visible (start));
  g_assert_false (gtk_widget_get_sensitive (start));

  /* A test that could be saved in a ready document. */
  type_into (child_of (section, type, "mass_before_row"), "70.4");
  type_into (child_of (section, type, "mass_after_row"), "69.5");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child_of (section, type, "rate_label"))), !=,
                   "—");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_sensitive (child_of (section, type, "target_row")));

  /* Even a click that got through changes nothing. */
  g_signal_emit_by_name (save, "clicked");
  g_signal_emit_by_name (start, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tests)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timelines)), ==, 0);
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/* As a click on one of its buttons: the answer, then the dialog closes. */
static void
answer (GtkWidget  *dialog,
        const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *section = page_child (fixture, "timeline_section");
  GType type = RBD_TYPE_FUEL_TIMELINE_SECTION;
  GtkWidget *start = child_of (section, type, "start_button");
  GtkWidget *steps = child_of (section, type, "steps_list");
  GtkWidget *cancel = child_of (section, type, "cancel_button");
  GListStore *timelines = rbd_fuel_document_get_timelines (fixture->store);
  GPtrArray *log = rbd_recording_notifier_get_log (fixture->notifier);
  g_autoptr(RbdRecoveryTimeline) timeline = NULL;
  g_autoptr(GDateTime) finish = NULL;
  g_autofree char *due = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *dialog;

  g_assert_true (gtk_widget_get_visible (start));
  g_assert_false (gtk_widget_get_visible (steps));

  click (start);

  /* A record in the document, with this runner's mass. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timelines)), ==, 1);
  timeline = g_list_model_get_item (G_LIST_MODEL (timelines), 0);
  g_assert_cmpfloat (rbd_recovery_timeline_get_body_mass_kg (timeline), ==, 70);

  /* The first reminder at once, with the clock time and the amounts. */
  finish = rbd_recovery_timeline_dup_finish (timeline);
  {
    g_autoptr(GDateTime) at = g_date_time_add_minutes (finish, 10);

    due = rbd_format_clock_time (at);
  }
  expected = g_strdup_printf ("send recovery-timeline: By %s · Recovery snack: ", due);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (log, 0), expected));
  g_assert_nonnull (strstr (g_ptr_array_index (log, 0),
                            "56–84 g carbohydrate and 18–28 g protein"));

  g_assert_false (gtk_widget_get_visible (start));
  g_assert_true (gtk_widget_get_visible (steps));
  g_assert_cmpuint (count_rows (steps), ==, RBD_TIMELINE_N_STEPS);

  /* Ticking a step off is kept in the record, and its reminder goes. */
  {
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (steps), 0);

    gtk_widget_activate (GTK_WIDGET (first));
    g_assert_true (rbd_recovery_timeline_get_step_ticked (timeline, 0));
    g_assert_cmpstr (g_ptr_array_index (log, log->len - 1), ==, "withdraw recovery-timeline");
  }

  /* Cancel asks first; keeping it changes nothing. */
  click (cancel);
  WAIT_UNTIL ((dialog = find_message_dialog ()) != NULL);
  answer (dialog, "keep");
  g_assert_false (rbd_recovery_timeline_get_cancelled (timeline));
  WAIT_UNTIL (find_message_dialog () == NULL);

  click (cancel);
  WAIT_UNTIL ((dialog = find_message_dialog ()) != NULL);
  answer (dialog, "cancel-timeline");
  g_assert_true (rbd_recovery_timeline_get_cancelled (timeline));
  g_assert_true (gtk_widget_get_visible (start));
  g_assert_false (gtk_widget_get_visible (steps));
  WAIT_UNTIL (find_message_dialog () == NULL);

  /* Still in the document, as cancelled. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (timelines)), ==, 1);
}

/* The app's notifier before the application is registered (as at start-up,
 * or in a test): nothing is sent, and "could not inhibit" is 0, without a
 * warning. */
static void
test_app_notifier_unregistered (void)
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.rebound.FuelTest",
                                                       G_APPLICATION_NON_UNIQUE);
  g_autoptr(RbdNotifier) notifier = rbd_app_notifier_new (app);

  g_assert_true (rbd_app_notifier_get_application (RBD_APP_NOTIFIER (notifier)) == app);
  rbd_notifier_send (notifier, RBD_TIMELINE_NOTIFICATION_ID, "By 10:10 · Recovery snack", "Body");
  rbd_notifier_withdraw (notifier, RBD_TIMELINE_NOTIFICATION_ID);
  g_assert_cmpuint (rbd_notifier_inhibit (notifier, "Routine"), ==, 0);
  rbd_notifier_uninhibit (notifier, 0);

  /* The application may go first: the notifier only holds it weakly. */
  g_clear_object (&app);
  g_assert_null (rbd_app_notifier_get_application (RBD_APP_NOTIFIER (notifier)));
  rbd_notifier_send (notifier, RBD_TIMELINE_NOTIFICATION_ID, "Title", NULL);
  g_assert_cmpuint (rbd_notifier_inhibit (notifier, NULL), ==, 0);
}

/* With no body mass in the profile, showing the page must not make one up
 * (GtkSpinButton writes its lower bound into an empty field when it is
 * realized). */
static void
test_unset_body_mass (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rebound-fuel-XXXXXX", &error);
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdRecordingNotifier) notifier = rbd_recording_notifier_new ();
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *body;

  g_assert_no_error (error);
  store = rbd_store_new (dir);
  rbd_store_set_save_delay (store, 10);
  g_assert_true (rbd_store_load (store, &error));

  page = rbd_fuel_page_new (store, RBD_NOTIFIER (notifier));
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (page));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  body = child_of (page, RBD_TYPE_FUEL_PAGE, "body_mass_row");
  g_assert_cmpstr (row_text (body), ==, "");
  g_assert_false (rbd_record_is_set (RBD_RECORD (rbd_store_get_profile (store)), "body_mass_kg"));
  g_assert_false (rbd_store_get_dirty (store));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  remove_tree (dir);
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

  g_test_add ("/ui/fuel/metric", Fixture, NULL, fixture_set_up, test_metric, fixture_tear_down);
  g_test_add ("/ui/fuel/imperial", Fixture, NULL, fixture_set_up, test_imperial,
              fixture_tear_down);
  g_test_add ("/ui/fuel/bad-body-mass", Fixture, NULL, fixture_set_up, test_bad_body_mass,
              fixture_tear_down);
  g_test_add ("/ui/fuel/sweat-test", Fixture, NULL, fixture_set_up, test_sweat_test,
              fixture_tear_down);
  g_test_add ("/ui/fuel/sweat-test-sessions", Fixture, DOCUMENT_WITH_SESSIONS, fixture_set_up,
              test_sweat_test_sessions, fixture_tear_down);
  g_test_add ("/ui/fuel/read-only", Fixture, DOCUMENT_NEWER, fixture_set_up, test_read_only,
              fixture_tear_down);
  g_test_add ("/ui/fuel/timeline", Fixture, NULL, fixture_set_up, test_timeline,
              fixture_tear_down);
  g_test_add_func ("/ui/fuel/app-notifier-unregistered", test_app_notifier_unregistered);
  g_test_add_func ("/ui/fuel/unset-body-mass", test_unset_body_mass);

  return g_test_run ();
}
