/* test-first-run.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-first-run"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "ui-test-util.h"
#include "rbd-application.h"
#include "rbd-checkin-editor.h"
#include "rbd-help-window.h"
#include "rbd-log-page.h"
#include "rbd-plan-checker.h"
#include "rbd-plan-editor.h"
#include "rbd-plan-page.h"
#include "rbd-plan-welcome.h"
#include "rbd-preferences-window.h"
#include "rbd-readiness.h"
#include "rbd-routine-editor.h"
#include "rbd-routines-page.h"
#include "rbd-session-editor.h"
#include "rbd-window.h"

/* What a new user meets, under Xvfb with the real widgets: the welcome on
 * the Plan page and its buttons, "How Rebound Works", and the Keyboard
 * Shortcuts window checked against the shortcuts the code installs. */

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

#define CHECKIN_DOCUMENT \
  "{\"format\":\"rebound\",\"version\":1,\"profile\":{}," \
  "\"planned\":[],\"sessions\":[]," \
  "\"checkins\":[{\"id\":\"c1\",\"date\":\"2026-11-30\",\"sleep_h\":7.5}]," \
  "\"routines\":[],\"shoes\":[]}"

typedef struct
{
  char      *dir;
  RbdStore  *store;
  RbdWindow *window;
  GtkWidget *page;
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

static gboolean
store_is_loaded (RbdStore *store)
{
  RbdStoreState state = rbd_store_get_state (store);

  return state != RBD_STORE_STATE_EMPTY && state != RBD_STORE_STATE_LOADING;
}

static void
fixture_open (Fixture        *fixture,
              GtkApplication *app,
              const char     *document)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;

  g_settings_set_int (settings, "window-width", 1200);
  g_settings_set_int (settings, "window-height", 760);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  fixture->dir = g_dir_make_tmp ("rebound-first-run-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (fixture->dir, "rebound", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  if (document != NULL)
    {
      g_autofree char *path = g_build_filename (data_dir, "rebound.json", NULL);

      g_file_set_contents (path, document, -1, &error);
      g_assert_no_error (error);
    }

  fixture->store = rbd_store_new (data_dir);
  rbd_store_set_save_delay (fixture->store, 10);
  rbd_store_load_async (fixture->store, NULL, NULL, NULL);
  WAIT_UNTIL (store_is_loaded (fixture->store));

  fixture->window = rbd_window_new (app, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  fixture->page = ui_test_find_widget (GTK_WIDGET (fixture->window), RBD_TYPE_PLAN_PAGE, NULL);
  g_assert_nonnull (fixture->page);
  WAIT_UNTIL (gtk_widget_get_mapped (fixture->page));
}

static void
destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_clear (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  destroy_toplevels ();

  if (fixture->store != NULL && rbd_store_get_state (fixture->store) == RBD_STORE_STATE_READY)
    {
      rbd_store_flush (fixture->store, &error);
      g_assert_no_error (error);
    }

  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
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

static guint
count_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      n += G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window);
    }

  return n;
}

/* The button whose label, without its mnemonic, is @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *text = gtk_button_get_label (buttons->pdata[i]);
      g_autofree char *plain = text != NULL ? ui_test_strip_mnemonic (text) : NULL;

      if (g_strcmp0 (plain, label) == 0)
        return buttons->pdata[i];
    }

  return NULL;
}

static GtkWidget *
get_welcome (Fixture *fixture)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  /* Shown or not. */
  ui_test_collect_widgets (fixture->page, RBD_TYPE_PLAN_WELCOME, found);
  g_assert_cmpuint (found->len, ==, 1);

  return found->pdata[0];
}

/* Whether the week view's "Nothing Planned Yet" card is on screen. */
static gboolean
empty_card_shown (Fixture *fixture)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect_widgets (fixture->page, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "Nothing Planned Yet") == 0)
        return gtk_widget_get_mapped (labels->pdata[i]);
    }

  g_assert_not_reached ();
}

/* The popover of the page's Templates button. */
static GtkPopover *
get_template_popover (Fixture *fixture)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect_widgets (fixture->page, GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_menu_button_get_label (buttons->pdata[i]);
      g_autofree char *plain = label != NULL ? ui_test_strip_mnemonic (label) : NULL;

      if (g_strcmp0 (plain, "Templates") == 0)
        return gtk_menu_button_get_popover (buttons->pdata[i]);
    }

  g_assert_not_reached ();
}

static void
test_welcome (void)
{
  Fixture fixture = { 0 };
  GListStore *planned;
  GtkWidget *welcome;
  GtkWidget *button;
  GtkListBoxRow *row;
  GtkPopover *popover;

  fixture_open (&fixture, NULL, NULL);
  planned = rbd_store_get_planned (fixture.store);
  welcome = get_welcome (&fixture);

  /* An empty document: the welcome instead of the empty week's card. */
  WAIT_UNTIL (gtk_widget_get_mapped (welcome));
  g_assert_false (empty_card_shown (&fixture));
  g_assert_nonnull (find_button (welcome, "How Rebound Works"));
  g_assert_nonnull (find_button (welcome, "Set Body Mass…"));

  /* Its template button opens the page's template chooser... */
  button = find_button (welcome, "Start From a Week Template");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  popover = get_template_popover (&fixture);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  /* ...and choosing one plans the week, which ends the welcome. */
  row = GTK_LIST_BOX_ROW (ui_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW,
                                               NULL));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (planned)), >, 0);
  g_assert_false (gtk_widget_get_visible (welcome));
  g_assert_false (empty_card_shown (&fixture));

  /* Undone, the document is empty again and the welcome is back. */
  g_list_store_remove_all (planned);
  g_assert_true (gtk_widget_get_visible (welcome));
  WAIT_UNTIL (gtk_widget_get_mapped (welcome));
  g_assert_false (empty_card_shown (&fixture));

  fixture_clear (&fixture);

  /* A check-in is data: no welcome, the week's own empty state. */
  fixture_open (&fixture, NULL, CHECKIN_DOCUMENT);
  welcome = get_welcome (&fixture);
  g_assert_false (gtk_widget_get_visible (welcome));
  WAIT_UNTIL (empty_card_shown (&fixture));

  fixture_clear (&fixture);
}

static void
test_welcome_body_mass (void)
{
  Fixture fixture = { 0 };
  GtkWidget *preferences;
  GtkWidget *focus;
  GtkWidget *row;

  fixture_open (&fixture, NULL, NULL);
  g_assert_true (gtk_widget_activate (find_button (get_welcome (&fixture), "Set Body Mass…")));

  WAIT_UNTIL ((preferences = find_toplevel (RBD_TYPE_PREFERENCES_WINDOW)) != NULL);
  WAIT_UNTIL (gtk_widget_get_mapped (preferences));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) ==
                 GTK_WINDOW (fixture.window));

  /* The focus is in the body mass row, ready to type. */
  focus = gtk_root_get_focus (GTK_ROOT (preferences));
  g_assert_nonnull (focus);
  row = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_true (row == ui_test_find_widget (preferences, ADW_TYPE_ENTRY_ROW, "Body Mass"));
  g_assert_true (gtk_widget_is_visible (row));

  /* What is typed there is the profile's body mass. */
  gtk_editable_set_text (GTK_EDITABLE (row), "64.5");
  WAIT_UNTIL (rbd_record_is_set (RBD_RECORD (rbd_store_get_profile (fixture.store)),
                                 "body_mass_kg"));
  g_assert_cmpfloat_with_epsilon (rbd_profile_get_body_mass_kg (
                                    rbd_store_get_profile (fixture.store)), 64.5, 1e-9);

  fixture_clear (&fixture);
}

static void
test_help_window (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *quality = NULL;
  g_autofree char *long_share = NULL;
  GtkWidget *help;
  GtkWidget *button;

  fixture_open (&fixture, NULL, NULL);

  /* From the window's action, as the main menu and F1 do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-help", NULL));
  WAIT_UNTIL ((help = find_toplevel (RBD_TYPE_HELP_WINDOW)) != NULL);
  WAIT_UNTIL (gtk_widget_get_mapped (help));

  /* Every rule and every readiness sign is explained, with the numbers
   * the checker and the readiness rules use. */
  {
    g_autoptr(GPtrArray) groups = g_ptr_array_new ();

    ui_test_collect_widgets (help, ADW_TYPE_PREFERENCES_GROUP, groups);
    for (guint i = 0; i < groups->len; i++)
      {
        g_string_append (text, adw_preferences_group_get_title (groups->pdata[i]));
        g_string_append_c (text, '\n');
      }
  }
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();

    /* The pages not shown are not visible; read every label. */
    ui_test_collect_widgets (help, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      {
        g_string_append (text, gtk_label_get_text (labels->pdata[i]));
        g_string_append_c (text, '\n');
      }
  }

  for (guint r = 1; r <= 7; r++)
    {
      g_autofree char *rule = g_strdup_printf ("\nR%u: ", r);

      if (strstr (text->str, rule) == NULL)
        g_error ("The help has no section for R%u:\n%s", r, text->str);
    }
  for (RbdSignKind kind = 0; kind < RBD_N_SIGNS; kind++)
    g_assert_nonnull (strstr (text->str, rbd_sign_kind_get_title (kind)));

  quality = g_strdup_printf ("more than %d percent of the planned running time",
                             RBD_PLAN_QUALITY_MAX_PCT);
  g_assert_nonnull (strstr (text->str, quality));
  long_share = g_strdup_printf ("above %d percent and warns above %d percent",
                                RBD_PLAN_LONG_INFO_PCT, RBD_PLAN_LONG_WARN_PCT);
  g_assert_nonnull (strstr (text->str, long_share));

  /* A second time brings the same window forward. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-help", NULL));
  g_assert_cmpuint (count_toplevels (RBD_TYPE_HELP_WINDOW), ==, 1);

  /* It closes like any window (Escape). */
  gtk_widget_activate_action (help, "window.close", NULL);
  WAIT_UNTIL (find_toplevel (RBD_TYPE_HELP_WINDOW) == NULL);

  /* The welcome's link opens it too. */
  button = find_button (get_welcome (&fixture), "How Rebound Works");
  g_assert_true (gtk_widget_activate (button));
  WAIT_UNTIL (find_toplevel (RBD_TYPE_HELP_WINDOW) != NULL);

  fixture_clear (&fixture);
}

/* Shortcut coverage */

/* Which group of the Shortcuts window lists the shortcuts each widget
 * installs. A widget type missing here fails the test: give it a group. */
static const struct {
  const char *type;
  const char *group;
} owners[] = {
  { "RbdPlanPage",          "Plan" },
  { "RbdPlanCard",          "Planned Sessions" },
  { "RbdPlanEditor",        "Planned Sessions" },
  { "RbdLogPage",           "Log" },
  { "RbdSessionEditor",     "Log" },
  { "RbdCheckinEditor",     "Log" },
  { "RbdRoutinesPage",      "Routines" },
  { "RbdRoutineRow",        "Routines" },
  { "RbdRoutinePlayerView", "Routine Player" },
  { "RbdRoutineEditor",     "Routine Editor" },
  { "RbdRoutineStepRow",    "Routine Editor" },
  { "RbdWindow",            "General" },   /* the primary menu's F10 */
  { "RbdPreferencesWindow", "General" },
  { "RbdHelpWindow",        "General" },
};

/* The section (page) of the Shortcuts window each group belongs in. */
static const char *
group_section (const char *group)
{
  static const struct {
    const char *group;
    const char *section;
  } sections[] = {
    { "Pages", "general" }, { "General", "general" },
    { "Plan", "plan" }, { "Planned Sessions", "plan" },
    { "Log", "log" },
    { "Routines", "routines" }, { "Routine Player", "routines" },
    { "Routine Editor", "routines" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].group, group))
        return sections[i].section;
    }

  g_error ("The Shortcuts window has a group “%s” on no page", group);
}

static const char *
owner_group (GtkWidget *widget)
{
  const char *name = G_OBJECT_TYPE_NAME (widget);

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      if (g_str_equal (owners[i].type, name))
        return owners[i].group;
    }

  return NULL;
}

/* One spelling per key: the keypad's keys are the same shortcut. */
static char *
normalize (const char *accelerator)
{
  static const struct { guint from, to; } keypad[] = {
    { GDK_KEY_KP_Enter, GDK_KEY_Return }, { GDK_KEY_KP_Delete, GDK_KEY_Delete },
    { GDK_KEY_KP_Left, GDK_KEY_Left }, { GDK_KEY_KP_Right, GDK_KEY_Right },
    { GDK_KEY_KP_Up, GDK_KEY_Up }, { GDK_KEY_KP_Down, GDK_KEY_Down },
    { GDK_KEY_KP_Space, GDK_KEY_space }, { GDK_KEY_KP_Home, GDK_KEY_Home },
  };
  GdkModifierType mods;
  guint keyval;

  if (!gtk_accelerator_parse (accelerator, &keyval, &mods))
    g_error ("“%s” is not an accelerator", accelerator);

  keyval = gdk_keyval_to_lower (keyval);
  for (guint i = 0; i < G_N_ELEMENTS (keypad); i++)
    {
      if (keyval == keypad[i].from)
        keyval = keypad[i].to;
    }

  return gtk_accelerator_name (keyval, mods);
}

static void
add_entry (GHashTable *set,
           const char *group,
           const char *accelerator)
{
  g_autofree char *name = normalize (accelerator);

  g_hash_table_add (set, g_strdup_printf ("%s: %s", group, name));
}

static void
add_trigger (GHashTable         *set,
             const char         *group,
             GtkShortcutTrigger *trigger)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (set, group, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
      add_trigger (set, group, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    {
      g_autofree char *name = gtk_shortcut_trigger_to_string (trigger);

      add_entry (set, group, name);
    }
}

static void
collect_controller (GHashTable            *set,
                    const char            *group,
                    GtkShortcutController *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (controller));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);

      add_trigger (set, group, gtk_shortcut_get_trigger (shortcut));
    }
}

/* The key shortcuts of @widget's own controllers, without those its
 * parent class brings (GtkWindow's, AdwActionRow's...). */
static void
collect_widget (GHashTable *set,
                GtkWidget  *widget)
{
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GHashTable) own = NULL;
  g_autoptr(GHashTable) inherited = NULL;
  GType parent = g_type_parent (G_OBJECT_TYPE (widget));
  GHashTableIter iter;
  const char *entry;

  if (!g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Rbd"))
    return;

  own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  inherited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  controllers = gtk_widget_observe_controllers (widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      const char *name = gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (controller));

      /* A window gathers its descendants' global shortcuts in controllers
       * of its own; they are counted where they were installed. */
      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          !g_str_has_prefix (name != NULL ? name : "", "gtk-shortcut-manager"))
        collect_controller (own, "", GTK_SHORTCUT_CONTROLLER (controller));
    }

  if (g_hash_table_size (own) == 0)
    return;

  if (!G_TYPE_IS_ABSTRACT (parent))
    {
      GtkWidget *plain = g_object_ref_sink (g_object_new (parent, NULL));
      g_autoptr(GListModel) plain_controllers = gtk_widget_observe_controllers (plain);

      for (guint i = 0; i < g_list_model_get_n_items (plain_controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (plain_controllers, i);

          if (GTK_IS_SHORTCUT_CONTROLLER (controller))
            collect_controller (inherited, "", GTK_SHORTCUT_CONTROLLER (controller));
        }

      g_clear_object (&plain_controllers);
      if (GTK_IS_WINDOW (plain))
        gtk_window_destroy (GTK_WINDOW (plain));
      g_object_unref (plain);
    }

  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, (gpointer *) &entry, NULL))
    {
      const char *group = owner_group (widget);

      if (g_hash_table_contains (inherited, entry))
        continue;

      if (group == NULL)
        g_error ("%s has the keyboard shortcut %s but no group in the Shortcuts window",
                 G_OBJECT_TYPE_NAME (widget), entry + 2);

      /* The entries have an empty group: ": <Control>x". */
      g_hash_table_add (set, g_strdup_printf ("%s%s", group, entry));
    }
}

/* Shortcuts that work wherever the focus is, installed on a plain widget
 * inside one of Rebound's (as the Routines page does on its list); GTK's
 * own widgets only have local ones. */
static void
collect_global (GHashTable *set,
                GtkWidget  *widget)
{
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *owner;

  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Rbd") || GTK_IS_WINDOW (widget))
    return;

  controllers = gtk_widget_observe_controllers (widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      g_autoptr(GHashTable) keys = NULL;
      const char *group;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) ==
          GTK_SHORTCUT_SCOPE_LOCAL)
        continue;

      /* Mnemonics (a label's Alt+letter) are not in the Shortcuts window. */
      keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      collect_controller (keys, "", GTK_SHORTCUT_CONTROLLER (controller));
      if (g_hash_table_size (keys) == 0)
        continue;

      for (owner = gtk_widget_get_parent (widget);
           owner != NULL && !g_str_has_prefix (G_OBJECT_TYPE_NAME (owner), "Rbd");
           owner = gtk_widget_get_parent (owner))
        ;
      g_assert_nonnull (owner);
      group = owner_group (owner);
      if (group == NULL)
        g_error ("%s in %s has global keyboard shortcuts but no group in the Shortcuts window",
                 G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (owner));

      collect_controller (set, group, GTK_SHORTCUT_CONTROLLER (controller));
    }
}

/* Return on a focused card or row activates it: not a shortcut of its
 * own, but one the Shortcuts window tells about. */
static void
collect_activation (GHashTable *set,
                    GtkWidget  *widget)
{
  static const char * const activatable[] = { "RbdPlanCard", "RbdRoutineRow", NULL };

  if (!g_strv_contains (activatable, G_OBJECT_TYPE_NAME (widget)))
    return;

  if (GTK_IS_LIST_BOX_ROW (widget))
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)));
  else
    g_assert_cmpuint (gtk_widget_class_get_activate_signal (GTK_WIDGET_GET_CLASS (widget)), !=, 0);
  g_assert_true (gtk_widget_get_focusable (widget));

  add_entry (set, owner_group (widget), "Return");
}

static void
collect_tree (GHashTable *set,
              GtkWidget  *widget)
{
  collect_widget (set, widget);
  collect_global (set, widget);
  collect_activation (set, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_tree (set, child);
}

/* The application's accelerators: the page switches under "Pages",
 * everything else under "General". */
static void
collect_app (GHashTable     *set,
             GtkApplication *app)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (app);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);
      const char *group = g_str_has_prefix (actions[i], "win.show-page::") ? "Pages" : "General";

      for (guint j = 0; accels[j] != NULL; j++)
        add_entry (set, group, accels[j]);
    }
}

/* What the Shortcuts window lists, as "Group: accelerator"; a shortcut
 * given by its action shows the application's accelerators for it. */
static void
collect_overlay (GHashTable     *set,
                 GtkApplication *app)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_nonnull (overlay);

  ui_test_collect_widgets (overlay, GTK_TYPE_SHORTCUTS_GROUP, groups);
  g_assert_cmpuint (groups->len, >, 0);
  for (guint i = 0; i < groups->len; i++)
    {
      g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
      g_autofree char *title = NULL;

      g_autofree char *section_name = NULL;

      g_object_get (groups->pdata[i], "title", &title, NULL);

      /* One section per page, which the window opens on. */
      g_object_get (gtk_widget_get_ancestor (groups->pdata[i], GTK_TYPE_SHORTCUTS_SECTION),
                    "section-name", &section_name,
                    NULL);
      g_assert_cmpstr (section_name, ==, group_section (title));
      ui_test_collect_widgets (groups->pdata[i], GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
      for (guint j = 0; j < shortcuts->len; j++)
        {
          g_autofree char *accelerator = NULL;
          g_autofree char *action = NULL;
          g_auto(GStrv) accels = NULL;

          g_object_get (shortcuts->pdata[j],
                        "accelerator", &accelerator,
                        "action-name", &action,
                        NULL);
          if (action != NULL)
            {
              accels = gtk_application_get_accels_for_action (app, action);
              if (accels[0] == NULL)
                g_error ("The Shortcuts window lists %s, which has no accelerator", action);
            }
          else
            {
              g_assert_nonnull (accelerator);
              accels = g_strsplit (accelerator, " ", -1);
            }

          for (guint k = 0; accels[k] != NULL; k++)
            add_entry (set, title, accels[k]);
        }
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

static GtkWidget *
open_toplevel (GtkWidget  *widget,
               const char *action,
               const char *target,
               GType       type)
{
  GtkWidget *window;

  g_test_message ("Opening %s with %s", g_type_name (type), action);
  if (target != NULL)
    g_assert_true (gtk_widget_activate_action (widget, action, "s", target));
  else
    g_assert_true (gtk_widget_activate_action (widget, action, NULL));

  WAIT_UNTIL ((window = find_toplevel (type)) != NULL);

  return window;
}

static void
test_shortcut_coverage (gconstpointer data)
{
  GtkApplication *app = GTK_APPLICATION ((gpointer) data);
  g_autoptr(GHashTable) code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) stale = g_string_new (NULL);
  g_autofree char *today = NULL;
  g_autofree char *document = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GListModel *toplevels = gtk_window_get_toplevels ();
  Fixture fixture = { 0 };
  GHashTableIter iter;
  const char *entry;
  GtkWidget *log_page;
  GtkWidget *routines_page;

  /* A planned session this week, so that the page has a card. */
  today = g_date_time_format (now, "%Y-%m-%d");
  document = g_strdup_printf ("{\"format\":\"rebound\",\"version\":1,\"profile\":{},"
                              "\"planned\":[{\"id\":\"p1\",\"date\":\"%s\",\"kind\":\"easy\","
                              "\"duration_s\":2400}],"
                              "\"sessions\":[],\"checkins\":[],\"routines\":[],\"shoes\":[]}",
                              today);
  /* The window on its own: the application's reminders would need a
   * notification service. Its accelerators are read from it directly. */
  fixture_open (&fixture, NULL, document);

  /* Every window that has shortcuts of its own, opened the user's way. */
  /* The Log page is built right after the window's first frame. */
  WAIT_UNTIL ((log_page = ui_test_find_widget (GTK_WIDGET (fixture.window),
                                               RBD_TYPE_LOG_PAGE, NULL)) != NULL);
  routines_page = ui_test_find_widget (GTK_WIDGET (fixture.window),
                                       RBD_TYPE_ROUTINES_PAGE, NULL);
  g_assert_nonnull (log_page);
  g_assert_nonnull (routines_page);
  gtk_window_destroy (GTK_WINDOW (open_toplevel (fixture.page, "plan.add", NULL,
                                                 RBD_TYPE_PLAN_EDITOR)));
  open_toplevel (fixture.page, "plan.edit", "p1", RBD_TYPE_PLAN_EDITOR);
  open_toplevel (log_page, "log.new-session", NULL, RBD_TYPE_SESSION_EDITOR);
  open_toplevel (log_page, "log.check-in", NULL, RBD_TYPE_CHECKIN_EDITOR);
  open_toplevel (routines_page, "routines.new", NULL, RBD_TYPE_ROUTINE_EDITOR);
  open_toplevel (GTK_WIDGET (fixture.window), "win.set-body-mass", NULL,
                 RBD_TYPE_PREFERENCES_WINDOW);
  open_toplevel (GTK_WIDGET (fixture.window), "win.show-help", NULL, RBD_TYPE_HELP_WINDOW);

  /* The routine editor has a step row once a step is added. */
  g_assert_true (gtk_widget_activate_action (find_toplevel (RBD_TYPE_ROUTINE_EDITOR),
                                             "editor.add-step", NULL));

  collect_app (code, app);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      collect_tree (code, window);
    }
  collect_overlay (listed, app);

  /* Sanity: the walk found the shortcuts of each kind of owner. */
  g_assert_true (g_hash_table_contains (code, "Plan: <Control>m"));
  g_assert_true (g_hash_table_contains (code, "Planned Sessions: <Control>d"));
  g_assert_true (g_hash_table_contains (code, "Routine Player: space"));
  g_assert_true (g_hash_table_contains (code, "Routine Editor: <Alt>Up"));
  g_assert_true (g_hash_table_contains (code, "Pages: <Control>1"));
  g_assert_true (g_hash_table_contains (code, "General: F1"));

  g_hash_table_iter_init (&iter, code);
  while (g_hash_table_iter_next (&iter, (gpointer *) &entry, NULL))
    {
      if (!g_hash_table_contains (listed, entry))
        g_string_append_printf (missing, "  %s\n", entry);
    }
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &entry, NULL))
    {
      if (!g_hash_table_contains (code, entry))
        g_string_append_printf (stale, "  %s\n", entry);
    }

  if (missing->len > 0 || stale->len > 0)
    g_error ("The Shortcuts window and the code disagree.\nNot listed:\n%sListed but not "
             "installed:\n%s", missing->str, stale->str);

  fixture_clear (&fixture);
}

/* The Shortcuts window opens on the page shown. The application would
 * give the window its Shortcuts window; here the test does. */
static void
test_shortcuts_section (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  GtkShortcutsWindow *overlay;
  static const struct {
    const char *page;
    const char *section;
  } cases[] = {
    { "log", "log" }, { "routines", "routines" }, { "fuel", "general" }, { "plan", "plan" },
  };

  fixture_open (&fixture, NULL, NULL);

  gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (fixture.window), overlay);
  g_clear_object (&builder);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *section = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-page",
                                                 "s", cases[i].page));
      g_object_get (overlay, "section-name", &section, NULL);
      g_assert_cmpstr (section, ==, cases[i].section);
    }

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RbdApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);
  g_setenv ("TZ", "Europe/Berlin", TRUE);

  /* The application loads the document of $XDG_DATA_HOME: an empty one. */
  data_home = g_dir_make_tmp ("rebound-first-run-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_init ();
  adw_init ();
  g_test_init (&argc, &argv, NULL);
  g_timeout_add (50, tick_cb, NULL);

  /* The application's accelerators are set at its start-up. */
  app = rbd_application_new ("io.github.rebound.Rebound.FirstRunTest",
                             G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/first-run/welcome", test_welcome);
  g_test_add_func ("/ui/first-run/welcome-body-mass", test_welcome_body_mass);
  g_test_add_func ("/ui/help/rules-and-signs", test_help_window);
  g_test_add_data_func ("/ui/shortcuts/coverage", app, test_shortcut_coverage);
  g_test_add_func ("/ui/shortcuts/section-follows-page", test_shortcuts_section);

  status = g_test_run ();

  remove_tree (data_home);

  return status;
}
