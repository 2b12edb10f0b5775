/* test-narrow.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-narrow"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "rbd-fuel-page.h"
#include "rbd-log-page.h"
#include "rbd-plan-page.h"
#include "rbd-plan-welcome.h"
#include "rbd-preferences-window.h"
#include "rbd-routine-player-view.h"
#include "rbd-routines-page.h"
#include "rbd-store.h"
#include "rbd-window.h"
#include "ui-test-util.h"

/* Every page and dialog fits a phone's 360 px wide screen, in English and
 * in German (whose words are longer), with a realistic week of data: the
 * minimum width each window asks for is measured on the real widgets.
 * When one is too wide, the test names the widgets that ask for more than
 * the screen has, so the culprit is found without guessing.
 *
 *   test-narrow LANGUAGE LOCALE     e.g. "de de_DE.UTF-8" or "en C.UTF-8"
 */

#define PHONE_WIDTH  360
#define PHONE_HEIGHT 640
#define WAIT_TIMEOUT_S 20

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

static const char *language;
static char *dir;
static RbdStore *store;
static RbdWindow *window;

/* A week like a runner's: long titles, logged sessions, check-ins. */
static char *
make_document (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GString *json = g_string_new ("{\"format\":\"rebound\",\"version\":1,"
                                "\"profile\":{\"body_mass_kg\":64.5,\"rest_hr_bpm\":48},"
                                "\"planned\":[");
  static const char *kinds[] = { "rest", "easy", "interval", "recovery", "tempo", "easy", "long" };
  static const char *titles[] = {
    "Rest", "Easy run with strides on the grass", "6 x 3 min at 5K effort, 2 min jog",
    "Recovery jog", "20 min tempo", "Easy run", "Long run with the last 20 min steady",
  };

  for (int i = -6; i <= 6; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, i);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
      guint k = (guint) (i + 6) % G_N_ELEMENTS (kinds);

      g_string_append_printf (json, "%s{\"id\":\"p%d\",\"date\":\"%s\",\"kind\":\"%s\","
                              "\"title\":\"%s\",\"duration_s\":%d,\"distance_m\":%d}",
                              i == -6 ? "" : ",", i + 6, date, kinds[k], titles[k],
                              k == 0 ? 0 : 2400 + 600 * (int) k, k == 0 ? 0 : 5000 + 1000 * (int) k);
    }
  g_string_append (json, "],\"sessions\":[");
  for (int i = -6; i < 0; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, i);
      g_autofree char *start = g_date_time_format (day, "%Y-%m-%dT07:10:00%:z");

      g_string_append_printf (json, "%s{\"id\":\"s%d\",\"planned_id\":\"p%d\",\"start\":\"%s\","
                              "\"kind\":\"%s\",\"duration_s\":%d,\"distance_m\":%d,\"rpe\":%d,"
                              "\"avg_hr_bpm\":142,\"soreness\":2,\"notes\":\"Felt heavy at first\"}",
                              i == -6 ? "" : ",", i + 6, i + 6, start,
                              i == -6 ? "easy" : kinds[(i + 6) % 7], 2700, 8400, 4);
    }
  g_string_append (json, "],\"checkins\":[");
  for (int i = -6; i <= 0; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, i);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      g_string_append_printf (json, "%s{\"date\":\"%s\",\"sleep_h\":7.5,\"sleep_quality\":4,"
                              "\"rest_hr_bpm\":49,\"soreness\":2,\"mood\":4,\"motivation\":4}",
                              i == -6 ? "" : ",", date);
    }
  g_string_append (json, "],\"routines\":[],\"shoes\":[{\"id\":\"shoe\",\"name\":\"Daily trainers\","
                   "\"limit_km\":700}],\"templates\":[]}");

  return g_string_free (json, FALSE);
}

static void
on_load_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (rbd_store_load_finish (RBD_STORE (source), result, NULL));
  *done = TRUE;
}

static char *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    return g_strdup (gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_INSCRIPTION (widget))
    return g_strdup (gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      char *found = first_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Prints, from @widget down, every widget that asks for more than @limit
 * pixels, to find what makes a window too wide. */
static void
report_wide (GtkWidget *widget,
             int        limit,
             int        depth)
{
  int min = 0;
  const char *text = NULL;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= limit || depth > 60)
    return;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  g_test_message ("%*s%s%s%s%s: min width %d%s%s%s", depth, "",
                  G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget)[0] != '\0' ? " #" : "",
                  gtk_widget_get_name (widget),
                  gtk_widget_get_css_classes (widget)[0] != NULL ? "" : "",
                  min,
                  text != NULL ? " \"" : "", text != NULL ? text : "", text != NULL ? "\"" : "");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      if (child_min > limit)
        report_wide (child, limit, depth + 1);
      else
        {
          /* A part of a row that is too wide only as a whole. */
          g_autofree char *label = first_label (child);

          g_test_message ("%*s- %s: min width %d%s%s%s", depth + 1, "",
                          G_OBJECT_TYPE_NAME (child), child_min,
                          label != NULL ? " \"" : "", label != NULL ? label : "",
                          label != NULL ? "\"" : "");
        }
    }
}

static void
assert_fits (GtkWidget  *toplevel,
             const char *what)
{
  int min_width = 0;

  /* Let pages build their contents and lay out. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  /* The window's contents: around them, without a compositor, GTK adds a
   * frame of its own that a phone's full-screen window does not have. */
  for (GtkWidget *child = gtk_widget_get_first_child (toplevel);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      min_width = MAX (min_width, child_min);
    }
  if (min_width > PHONE_WIDTH)
    {
      report_wide (toplevel, PHONE_WIDTH - 24, 0);
      g_test_fail_printf ("%s (%s) asks for at least %d px, more than a %d px phone",
                          what, language, min_width, PHONE_WIDTH);
    }
  else
    {
      int min_height = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (toplevel);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min = 0;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, PHONE_WIDTH,
                              &child_min, NULL, NULL, NULL);
          min_height = MAX (min_height, child_min);
        }
      g_test_message ("%s (%s): %d px wide at least, %d px tall at 360 px",
                      what, language, min_width, min_height);
      if (min_height > PHONE_HEIGHT)
        g_test_fail_printf ("%s (%s) needs %d px of height at 360 px, more than %d",
                            what, language, min_height, PHONE_HEIGHT);
    }
}

static GtkWindow *
new_toplevel (GList *before)
{
  g_autoptr(GList) now = gtk_window_list_toplevels ();

  for (GList *l = now; l != NULL; l = l->next)
    {
      if (g_list_find (before, l->data) == NULL && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

/* Activates @action on @page and checks the window it opens. */
static void
check_dialog (GtkWidget  *page,
              const char *action,
              GVariant   *target)
{
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  /* GTK 4.8 hands the target to a widget class action without sinking it:
   * take the floating reference here so that it is freed. */
  g_autoptr(GVariant) owned_target = target != NULL ? g_variant_ref_sink (target) : NULL;
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action_variant (page, action, owned_target));
  WAIT_UNTIL ((dialog = new_toplevel (before)) != NULL);
  assert_fits (GTK_WIDGET (dialog), action);
  gtk_window_destroy (dialog);
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
show_page (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_pages (void)
{
  static const char *pages[] = { "plan", "log", "routines", "fuel" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (pages[i]);
      assert_fits (GTK_WIDGET (window), pages[i]);
    }

  /* The month view and the routine player are pages of their own kind. */
  show_page ("plan");
  g_assert_true (gtk_widget_activate_action (ui_test_find_widget (GTK_WIDGET (window), RBD_TYPE_PLAN_PAGE, NULL),
                                             "plan.toggle-view", NULL));
  assert_fits (GTK_WIDGET (window), "month view");
  g_assert_true (gtk_widget_activate_action (ui_test_find_widget (GTK_WIDGET (window), RBD_TYPE_PLAN_PAGE, NULL),
                                             "plan.toggle-view", NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", "s",
                                             "builtin-cooldown-hard"));
  assert_fits (GTK_WIDGET (window), "routine player");
  g_assert_true (gtk_widget_activate_action (ui_test_find_widget (GTK_WIDGET (window),
                                                                  RBD_TYPE_ROUTINE_PLAYER_VIEW,
                                                                  NULL),
                                             "player.stop", NULL));
}

static void
test_dialogs (void)
{
  GtkWidget *plan;
  GtkWidget *log;
  GtkWidget *routines;
  RbdPreferencesWindow *preferences;

  show_page ("plan");
  plan = ui_test_find_widget (GTK_WIDGET (window), RBD_TYPE_PLAN_PAGE, NULL);
  check_dialog (plan, "plan.add", NULL);
  check_dialog (plan, "plan.edit", g_variant_new_string ("p8"));

  show_page ("log");
  log = ui_test_find_widget (GTK_WIDGET (window), RBD_TYPE_LOG_PAGE, NULL);
  check_dialog (log, "log.new-session", NULL);
  check_dialog (log, "log.edit-session", g_variant_new_string ("s3"));
  check_dialog (log, "log.check-in", NULL);

  show_page ("routines");
  routines = ui_test_find_widget (GTK_WIDGET (window), RBD_TYPE_ROUTINES_PAGE, NULL);
  check_dialog (routines, "routines.new", NULL);

  check_dialog (GTK_WIDGET (window), "win.show-help", NULL);

  preferences = rbd_preferences_window_new (store);
  gtk_window_present (GTK_WINDOW (preferences));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (preferences)));
  assert_fits (GTK_WIDGET (preferences), "preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The first start: an empty folder, and the Plan page's welcome, whose
 * buttons do not wrap. */
static void
test_welcome (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_dir = g_build_filename (dir, "empty", "rebound", NULL);
  g_autoptr(RbdStore) empty_store = NULL;
  RbdWindow *empty_window;
  GtkWidget *welcome;
  gboolean loaded = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (empty_dir, 0700), ==, 0);
  empty_store = rbd_store_new (empty_dir);
  rbd_store_load_async (empty_store, NULL, on_load_cb, &loaded);
  WAIT_UNTIL (loaded);

  empty_window = rbd_window_new (NULL, empty_store);
  gtk_window_set_default_size (GTK_WINDOW (empty_window), PHONE_WIDTH, PHONE_HEIGHT);
  gtk_window_present (GTK_WINDOW (empty_window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (empty_window)));

  /* Found once shown: the welcome waits for the store to say it is empty. */
  WAIT_UNTIL ((welcome = ui_test_find_widget (GTK_WIDGET (empty_window),
                                              RBD_TYPE_PLAN_WELCOME, NULL)) != NULL);
  assert_fits (GTK_WIDGET (empty_window), "welcome");

  gtk_window_destroy (GTK_WINDOW (empty_window));
  /* Let what the window started (icon loads, the store's idle work) end
   * before the store goes. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  const char *localedir = g_getenv ("REBOUND_LOCALEDIR");
  gboolean loaded = FALSE;
  int status;

  if (argc < 3)
    g_error ("usage: test-narrow LANGUAGE LOCALE");
  language = argv[1];
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, argv[2]) == NULL)
    {
      g_test_init (&argc, &argv, NULL);
      g_test_add_func ("/narrow/skipped", NULL);
      printf ("1..0 # SKIP the %s locale is not available\n", argv[2]);
      return 0;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  argc -= 2;
  argv[2] = argv[0];
  argv += 2;
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    /* The application loads its style sheet by itself; without one here
     * the widgets would be measured with the wrong paddings. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/rebound/Rebound/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  dir = g_dir_make_tmp ("rebound-narrow-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  path = g_build_filename (data_dir, "rebound.json", NULL);
  json = make_document ();
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  store = rbd_store_new (data_dir);
  rbd_store_load_async (store, NULL, on_load_cb, &loaded);
  WAIT_UNTIL (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rbd_store_get_planned (store))), ==, 13);

  window = rbd_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), PHONE_WIDTH, PHONE_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_test_add_func ("/narrow/pages", test_pages);
  g_test_add_func ("/narrow/dialogs", test_dialogs);
  g_test_add_func ("/narrow/welcome", test_welcome);
  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
    g_assert_cmpint (system (command), ==, 0);
  }
  g_free (dir);

  return status;
}
