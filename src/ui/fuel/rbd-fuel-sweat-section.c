/* rbd-fuel-sweat-section.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel-sweat-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-fuel-document.h"
#include "rbd-fuel-number-row.h"
#include "rbd-fuel-sweat-section.h"
#include "rbd-kind.h"
#include "rbd-locale-format.h"
#include "rbd-sweat-test.h"

/* The sweat test on the Fuel page: the numbers of one test, its results
 * as they are typed, saving it as a standalone test or into a recent
 * logged session, and the last five sweat rates (from tests and logged
 * sessions), whose average places "During your run". */
struct _RbdFuelSweatSection
{
  AdwBin               parent_instance;

  RbdStore            *store;
  GListStore          *tests;
  GListStore          *sessions;
  GPtrArray           *targets;        /* RbdSession listed after "A standalone test" */
  RbdUnits             units;
  gboolean             editable;
  double               body_mass_kg;
  gboolean             masses_typed;   /* the user changed a mass: keep it */
  gboolean             filling;

  /* Template widgets */
  RbdFuelNumberRow    *mass_before_row;
  RbdFuelNumberRow    *mass_after_row;
  RbdFuelNumberRow    *fluid_row;
  RbdFuelNumberRow    *urine_row;
  RbdFuelNumberRow    *duration_row;
  AdwComboRow         *conditions_row;
  AdwComboRow         *target_row;
  GtkLabel            *errors_label;
  GtkListBox          *results_list;
  GtkLabel            *rate_label;
  GtkLabel            *loss_label;
  AdwActionRow        *drink_row;
  GtkLabel            *drink_label;
  GtkLabel            *level_label;
  GtkButton           *save_button;
  AdwPreferencesGroup *history_group;
  GtkListBox          *history_list;
  GtkLabel            *empty_label;
};

G_DEFINE_FINAL_TYPE (RbdFuelSweatSection, rbd_fuel_sweat_section, ADW_TYPE_BIN)

#define DEFAULT_MINUTES 60
/* How many of the newest logged sessions "Save with" offers. */
#define MAX_TARGETS 10
#define NO_VALUE "—"

static double
mass_to_kg (RbdFuelSweatSection *self,
            double               value)
{
  return self->units == RBD_UNITS_IMPERIAL ? rbd_lb_to_kg (value) : value;
}

static double
kg_to_mass (RbdFuelSweatSection *self,
            double               kg)
{
  return self->units == RBD_UNITS_IMPERIAL ? rbd_kg_to_lb (kg) : kg;
}

static double
fluid_to_ml (RbdFuelSweatSection *self,
             double               value)
{
  return self->units == RBD_UNITS_IMPERIAL ? rbd_fl_oz_to_ml (value) : value;
}

static double
ml_to_fluid (RbdFuelSweatSection *self,
             double               ml)
{
  return self->units == RBD_UNITS_IMPERIAL ? rbd_ml_to_fl_oz (ml) : ml;
}

static AdwToastOverlay *
find_toast_overlay (RbdFuelSweatSection *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

/* Reads the rows into metric input. FALSE with the rows marked and
 * @messages filled when one cannot be read. */
static gboolean
read_input (RbdFuelSweatSection *self,
            RbdSweatInput       *input,
            GString             *messages)
{
  struct {
    RbdFuelNumberRow *row;
    double           *field;
    double          (*to_metric) (RbdFuelSweatSection *, double);
  } rows[] = {
    { self->mass_before_row, &input->mass_before_kg, mass_to_kg },
    { self->mass_after_row, &input->mass_after_kg, mass_to_kg },
    { self->fluid_row, &input->fluid_ml, fluid_to_ml },
    { self->urine_row, &input->urine_ml, fluid_to_ml },
    { self->duration_row, &input->duration_s, NULL },
  };
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      double value;

      if (!rbd_fuel_number_row_get_number (rows[i].row, &value, &error))
        {
          rbd_fuel_number_row_set_error (rows[i].row, error->message);
          if (messages->len > 0)
            g_string_append_c (messages, '\n');
          g_string_append (messages, error->message);
          ok = FALSE;
          continue;
        }

      rbd_fuel_number_row_set_error (rows[i].row, NULL);
      *rows[i].field = rows[i].to_metric != NULL ? rows[i].to_metric (self, value)
                                                 : value * 60.0;
    }

  return ok;
}

static RbdFuelNumberRow *
row_for_error (RbdFuelSweatSection *self,
               const GError        *error)
{
  if (error->domain != RBD_FUEL_ERROR)
    return NULL;

  switch (error->code)
    {
    case RBD_FUEL_ERROR_MASS_BEFORE:
      return self->mass_before_row;
    case RBD_FUEL_ERROR_MASS_AFTER:
      return self->mass_after_row;
    case RBD_FUEL_ERROR_FLUID:
      return self->fluid_row;
    case RBD_FUEL_ERROR_URINE:
      return self->urine_row;
    case RBD_FUEL_ERROR_DURATION:
      return self->duration_row;
    default:
      return NULL;
    }
}

static void
set_level (RbdFuelSweatSection *self,
           const char          *text,
           const char          *style)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), "accent");
  gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), "dim-label");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->level_label), style);

  gtk_label_set_text (self->level_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->level_label), text != NULL);
}

/* Works the test out from what is typed; returns whether it can be saved. */
static gboolean
compute (RbdFuelSweatSection *self,
         RbdSweatInput       *input_out,
         RbdSweatResult      *result_out)
{
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  RbdSweatInput input = { 0 };
  RbdSweatResult result;
  gboolean ok;

  /* Nothing typed yet is not a mistake. */
  if (rbd_fuel_number_row_is_empty (self->mass_before_row) &&
      rbd_fuel_number_row_is_empty (self->mass_after_row))
    {
      rbd_fuel_number_row_set_error (self->mass_before_row, NULL);
      rbd_fuel_number_row_set_error (self->mass_after_row, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->errors_label), FALSE);
      gtk_label_set_text (self->rate_label, NO_VALUE);
      gtk_label_set_text (self->loss_label, NO_VALUE);
      gtk_label_set_text (self->drink_label, NO_VALUE);
      set_level (self, _("Enter your mass before and after a run to work out your sweat "
                         "rate."), "dim-label");
      return FALSE;
    }

  ok = read_input (self, &input, messages);
  if (ok && !rbd_fuel_sweat_test (&input, &result, &error))
    {
      RbdFuelNumberRow *row = row_for_error (self, error);

      if (row != NULL)
        rbd_fuel_number_row_set_error (row, error->message);
      g_string_append (messages, error->message);
      ok = FALSE;
    }

  gtk_label_set_text (self->errors_label, messages->str);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_label), messages->len > 0);

  /* Nothing lost and nothing drunk yet: no result to show. */
  if (ok && result.sweat_ml <= 0 && result.mass_lost_kg <= 0)
    {
      gtk_label_set_text (self->rate_label, NO_VALUE);
      gtk_label_set_text (self->loss_label, NO_VALUE);
      gtk_label_set_text (self->drink_label, NO_VALUE);
      set_level (self, _("Enter your mass after the run to see how much you sweated."),
                 "dim-label");
      return FALSE;
    }

  if (!ok)
    {
      gtk_label_set_text (self->rate_label, NO_VALUE);
      gtk_label_set_text (self->loss_label, NO_VALUE);
      gtk_label_set_text (self->drink_label, NO_VALUE);
      set_level (self, NULL, NULL);
      return FALSE;
    }

  {
    g_autofree char *rate = rbd_format_sweat_rate (result.rate_ml_per_h, self->units);
    g_autofree char *lost = rbd_format_body_mass (result.mass_lost_kg, self->units);
    g_autofree char *percent = rbd_format_percent (result.loss_percent);
    g_autofree char *loss = NULL;
    g_autofree char *drink = rbd_format_fluid (&result.drink_after_ml, self->units);

    /* Translators: mass lost and its share of body mass, "0.9 kg, 1.3 %" */
    loss = g_strdup_printf (_("%s, %s"), lost, percent);

    gtk_label_set_text (self->rate_label, rate);
    gtk_label_set_text (self->loss_label, loss);
    gtk_label_set_text (self->drink_label, drink);
  }

  if (result.level == RBD_LOSS_WARNING)
    set_level (self, /* xgettext:no-c-format */ _("You lost 2 % or more of your body mass: heart rate and effort clearly "
                       "rise. Drink the amount above now, and more during runs like this."),
               "warning");
  else if (result.level == RBD_LOSS_NOTICE)
    set_level (self, /* xgettext:no-c-format */ _("You lost 1 % or more of your body mass: heart rate and effort "
                       "already rise. Drink a little more during runs like this."),
               "accent");
  else
    set_level (self, /* xgettext:no-c-format */ _("You lost less than 1 % of your body mass: what you drank was "
                       "about enough."), "dim-label");

  if (input_out != NULL)
    *input_out = input;
  if (result_out != NULL)
    *result_out = result;

  return result.sweat_ml > 0;
}

/* The session "Save with" names, or NULL for a standalone test. */
static RbdSession *
get_target (RbdFuelSweatSection *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (self->targets == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->targets->len)
    return NULL;

  return g_ptr_array_index (self->targets, selected - 1);
}

static void
update (RbdFuelSweatSection *self)
{
  RbdSweatInput input;
  gboolean ok = compute (self, &input, NULL);

  /* A session keeps no urine: say so on the row rather than drop it. */
  if (ok && get_target (self) != NULL && input.urine_ml > 0)
    {
      const char *message = _("Urine cannot be kept with a logged session: save the test on "
                              "its own instead");

      rbd_fuel_number_row_set_error (self->urine_row, message);
      gtk_label_set_text (self->errors_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->errors_label), TRUE);
      ok = FALSE;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            ok && self->tests != NULL && self->editable);
}

static char *
dup_when (GDateTime *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date);

  /* Translators: a sweat test's date and time, see g_date_time_format();
   * keep "%H:%M": it becomes "7:14 AM" where the locale keeps a 12-hour
   * clock */
  return rbd_locale_format_date_time (local, _("%a %-d %b %Y, %H:%M"));
}

static GDateTime *
dup_session_start (RbdSession *session)
{
  const char *start = rbd_record_get_string (RBD_RECORD (session), "start");

  return start != NULL ? g_date_time_new_from_iso8601 (start, NULL) : NULL;
}

static char *
dup_session_label (RbdSession *session)
{
  g_autoptr(GDateTime) start = dup_session_start (session);
  g_autofree char *when = start != NULL ? dup_when (start) : NULL;
  const char *kind = rbd_kind_get_label (rbd_record_get_enum (RBD_RECORD (session), "kind"));

  /* Translators: a logged session in "Save with", "Long run, Sun 8 Mar 2026, 07:10" */
  return g_strdup_printf (_("%s, %s"), kind, when != NULL ? when : "");
}

typedef struct
{
  RbdSession *session;
  GDateTime  *start;
} Target;

static int
compare_targets_newest_first (gconstpointer a,
                              gconstpointer b)
{
  const Target *ta = a;
  const Target *tb = b;

  return g_date_time_compare (tb->start, ta->start);
}

/* "Save with": a standalone test, or one of the newest logged sessions
 * that were runs or other training (rest days take no test). */
static void
fill_targets (RbdFuelSweatSection *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Target));
  RbdSession *selected = get_target (self);
  guint position = 0;
  guint n;

  gtk_string_list_append (labels, _("A standalone test"));

  n = self->sessions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sessions)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      Target target;

      if (rbd_record_get_enum (RBD_RECORD (session), "kind") == RBD_KIND_REST)
        continue;

      target.start = dup_session_start (session);
      if (target.start == NULL)
        continue;
      target.session = session;
      g_array_append_val (found, target);
    }

  g_array_sort (found, compare_targets_newest_first);

  if (selected != NULL)
    g_object_ref (selected);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < found->len; i++)
    {
      Target *target = &g_array_index (found, Target, i);

      if (i < MAX_TARGETS)
        {
          g_autofree char *label = dup_session_label (target->session);

          gtk_string_list_append (labels, label);
          g_ptr_array_add (self->targets, g_object_ref (target->session));
          if (target->session == selected)
            position = i + 1;
        }
      g_date_time_unref (target->start);
    }
  g_clear_object (&selected);

  self->filling = TRUE;
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->target_row, position);
  self->filling = FALSE;
}

static RbdConditions
get_conditions (RbdFuelSweatSection *self)
{
  guint selected = adw_combo_row_get_selected (self->conditions_row);

  return selected < RBD_N_CONDITIONS ? selected : RBD_CONDITIONS_MILD;
}

static void
fill_conditions (RbdFuelSweatSection *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  RbdConditions selected = get_conditions (self);

  for (guint i = 0; i < RBD_N_CONDITIONS; i++)
    {
      g_autofree char *label = rbd_conditions_dup_label (i, self->units);

      gtk_string_list_append (labels, label);
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->conditions_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->conditions_row, selected);
  self->filling = FALSE;
}

static void
unref_test (gpointer  data,
            GClosure *closure)
{
  g_object_unref (data);
}

static void
on_delete_undo_cb (AdwToast     *toast,
                   RbdSweatTest *test)
{
  GListStore *tests = g_object_get_data (G_OBJECT (toast), "rbd-tests");

  if (tests != NULL)
    g_list_store_append (tests, test);
}

static void
on_delete_clicked_cb (GtkButton           *button,
                      RbdFuelSweatSection *self)
{
  RbdSweatTest *test = g_object_get_data (G_OBJECT (button), "rbd-test");
  g_autoptr(RbdSweatTest) removed = NULL;
  AdwToastOverlay *overlay;
  guint position;

  if (self->tests == NULL || test == NULL ||
      !g_list_store_find (self->tests, test, &position))
    return;

  removed = g_object_ref (test);
  g_list_store_remove (self->tests, position);

  overlay = find_toast_overlay (self);
  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Sweat test deleted"));

      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "rbd-tests", g_object_ref (self->tests),
                              g_object_unref);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_delete_undo_cb),
                             g_object_ref (removed), unref_test, 0);
      adw_toast_overlay_add_toast (overlay, toast);
    }
}

static GtkWidget *
create_history_row (RbdFuelSweatSection *self,
                    const RbdSweatRate  *sweat_rate)
{
  g_autofree char *when = dup_when (sweat_rate->date);
  g_autofree char *rate = rbd_format_sweat_rate (sweat_rate->rate_ml_per_h, self->units);
  g_autofree char *subtitle = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rate_label;
  GtkWidget *delete_button;
  RbdSweatTest *test;
  RbdConditions which;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);

  rate_label = gtk_label_new (rate);
  gtk_widget_add_css_class (rate_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rate_label);

  /* A session's numbers are the Log page's to change or delete. */
  if (RBD_IS_SESSION (sweat_rate->source))
    {
      RbdKind kind = rbd_record_get_enum (sweat_rate->source, "kind");

      /* Translators: where a sweat rate came from; %s is the session's kind, "Long run" */
      subtitle = g_strdup_printf (_("From a logged session: %s"), rbd_kind_get_label (kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_focusable (row, FALSE);
      return row;
    }

  test = RBD_SWEAT_TEST (sweat_rate->source);
  if (rbd_sweat_test_get_conditions (test, &which))
    {
      subtitle = rbd_conditions_dup_label (which, self->units);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  /* Translators: %s is the test's date and time */
  delete_label = g_strdup_printf (_("Delete the test of %s"), when);
  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete Test"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
  gtk_widget_set_sensitive (delete_button, self->editable);
  g_object_set_data_full (G_OBJECT (delete_button), "rbd-test", g_object_ref (test),
                          g_object_unref);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);

  return row;
}

static void
rebuild_history (RbdFuelSweatSection *self)
{
  g_autoptr(GPtrArray) latest = NULL;
  GtkWidget *child;
  guint n_used;
  double average;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  if (self->tests == NULL)
    return;

  latest = rbd_sweat_rates_recent (G_LIST_MODEL (self->tests),
                                   self->sessions != NULL ? G_LIST_MODEL (self->sessions) : NULL,
                                   RBD_SWEAT_TESTS_AVERAGED);
  for (guint i = 0; i < latest->len; i++)
    gtk_list_box_append (self->history_list,
                         create_history_row (self, g_ptr_array_index (latest, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->history_list), latest->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), latest->len == 0);

  average = rbd_sweat_rates_average (latest);
  n_used = latest->len;
  if (n_used > 0)
    {
      g_autofree char *rate = rbd_format_sweat_rate (average, self->units);
      g_autofree char *description = NULL;

      if (n_used == 1)
        /* Translators: %s is a sweat rate, "1.05 L/h" */
        description = g_strdup_printf (_("Your sweat rate from this test: %s. During Your "
                                         "Run uses it."), rate);
      else
        /* Translators: %u is a number of tests, %s a sweat rate, "1.05 L/h" */
        description = g_strdup_printf (ngettext ("Your sweat rate, the average of these %u "
                                                 "test: %s. During Your Run uses it.",
                                                 "Your sweat rate, the average of these %u "
                                                 "tests: %s. During Your Run uses it.",
                                                 n_used), n_used, rate);
      adw_preferences_group_set_description (self->history_group, description);
    }
  else
    {
      adw_preferences_group_set_description (self->history_group, NULL);
    }
}

static void
on_tests_changed_cb (RbdFuelSweatSection *self,
                     guint                position,
                     guint                removed,
                     guint                added,
                     GListModel          *tests)
{
  rebuild_history (self);
}

static void
on_sessions_changed_cb (RbdFuelSweatSection *self,
                        guint                position,
                        guint                removed,
                        guint                added,
                        GListModel          *sessions)
{
  fill_targets (self);
  rebuild_history (self);
  update (self);
}

/* A session's masses or start changed on the Log page, or a test's. */
static void
on_record_changed_cb (RbdFuelSweatSection *self,
                      RbdRecord           *record,
                      RbdStore            *store)
{
  if (RBD_IS_SESSION (record))
    fill_targets (self);
  if (RBD_IS_SESSION (record) || RBD_IS_SWEAT_TEST (record))
    rebuild_history (self);
}

static void
on_target_changed_cb (RbdFuelSweatSection *self,
                      GParamSpec          *pspec,
                      AdwComboRow         *row)
{
  if (!self->filling)
    update (self);
}

static void
on_input_changed_cb (RbdFuelSweatSection *self,
                     RbdFuelNumberRow    *row)
{
  if (row == self->mass_before_row || row == self->mass_after_row)
    self->masses_typed = TRUE;

  update (self);
}

static void
on_conditions_changed_cb (RbdFuelSweatSection *self,
                          GParamSpec          *pspec,
                          AdwComboRow         *row)
{
  if (!self->filling)
    update (self);
}

static void
on_save_clicked_cb (RbdFuelSweatSection *self,
                    GtkButton           *button)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RbdSweatTest) test = NULL;
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;
  RbdSweatInput input;
  RbdSession *session;

  if (self->tests == NULL || !self->editable || !compute (self, &input, NULL))
    return;

  session = get_target (self);
  if (session != NULL)
    {
      if (!rbd_sweat_test_save_to_session (&input, session, &error))
        {
          RbdFuelNumberRow *row = row_for_error (self, error);

          if (row != NULL)
            rbd_fuel_number_row_set_error (row, error->message);
          gtk_label_set_text (self->errors_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->errors_label), TRUE);
          return;
        }

      overlay = find_toast_overlay (self);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay,
                                     adw_toast_new (_("Sweat test saved with the session")));
      return;
    }

  test = rbd_sweat_test_new_from_input (&input, get_conditions (self), now, &error);
  if (test == NULL)
    {
      /* compute() said it was fine; show what the record says anyway. */
      gtk_label_set_text (self->errors_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->errors_label), TRUE);
      return;
    }

  g_list_store_append (self->tests, test);

  overlay = find_toast_overlay (self);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, adw_toast_new (_("Sweat test saved")));
}

/* Ranges and units of the rows for the current units. */
static void
configure_rows (RbdFuelSweatSection *self)
{
  gboolean imperial = self->units == RBD_UNITS_IMPERIAL;
  const char *mass_unit = imperial ? _("lb") : _("kg");
  const char *fluid_unit = imperial ? _("fl oz") : _("ml");
  double mass_min = kg_to_mass (self, 20);
  double mass_max = kg_to_mass (self, 300);
  double fluid_max = ml_to_fluid (self, 20000);
  RbdFuelNumberRow *mass_rows[] = { self->mass_before_row, self->mass_after_row };
  RbdFuelNumberRow *fluid_rows[] = { self->fluid_row, self->urine_row };

  for (guint i = 0; i < G_N_ELEMENTS (mass_rows); i++)
    {
      rbd_fuel_number_row_set_range (mass_rows[i], mass_min, mass_max, 0.1, 1);
      rbd_fuel_number_row_set_unit (mass_rows[i], mass_unit);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fluid_rows); i++)
    {
      rbd_fuel_number_row_set_range (fluid_rows[i], 0, fluid_max, imperial ? 1 : 10, 0);
      rbd_fuel_number_row_set_unit (fluid_rows[i], fluid_unit);
    }

  rbd_fuel_number_row_set_range (self->duration_row, 1, RBD_MAX_TEST_S / 60, 1, 0);
  /* Translators: minutes */
  rbd_fuel_number_row_set_unit (self->duration_row, _("min"));

  adw_action_row_set_subtitle (self->drink_row,
                               imperial ? _("15–23 fl oz per lb lost")
                                        : _("1–1.5 L per kg lost"));
}

static void
rbd_fuel_sweat_section_dispose (GObject *object)
{
  RbdFuelSweatSection *self = RBD_FUEL_SWEAT_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_FUEL_SWEAT_SECTION);

  if (self->tests != NULL)
    g_signal_handlers_disconnect_by_data (self->tests, self);
  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->tests);
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);
  g_clear_pointer (&self->targets, g_ptr_array_unref);

  G_OBJECT_CLASS (rbd_fuel_sweat_section_parent_class)->dispose (object);
}

static void
rbd_fuel_sweat_section_class_init (RbdFuelSweatSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_fuel_sweat_section_dispose;

  g_type_ensure (RBD_TYPE_FUEL_NUMBER_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/fuel/rbd-fuel-sweat-section.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, mass_before_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, mass_after_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, fluid_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, urine_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, conditions_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, target_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, errors_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, results_list);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, rate_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, loss_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, drink_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, drink_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, level_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, save_button);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, history_group);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, history_list);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelSweatSection, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_conditions_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
}

static void
rbd_fuel_sweat_section_init (RbdFuelSweatSection *self)
{
  self->body_mass_kg = RBD_UNSET;
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  configure_rows (self);
  fill_conditions (self);
  fill_targets (self);
  adw_combo_row_set_selected (self->conditions_row, RBD_CONDITIONS_MILD);

  rbd_fuel_number_row_set_number (self->fluid_row, 0);
  rbd_fuel_number_row_set_number (self->urine_row, 0);
  rbd_fuel_number_row_set_number (self->duration_row, DEFAULT_MINUTES);
  rbd_fuel_number_row_set_text (self->mass_before_row, "");
  rbd_fuel_number_row_set_text (self->mass_after_row, "");
  self->masses_typed = FALSE;

  update (self);
}

/**
 * rbd_fuel_sweat_section_set_store:
 *
 * Takes the standalone tests and the logged sessions of @store: tests are
 * saved to the one or into the other, and both give the last rates.
 */
void
rbd_fuel_sweat_section_set_store (RbdFuelSweatSection *self,
                                  RbdStore            *store)
{
  g_return_if_fail (RBD_IS_FUEL_SWEAT_SECTION (self));
  g_return_if_fail (RBD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->tests != NULL)
    g_signal_handlers_disconnect_by_data (self->tests, self);
  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);
  g_set_object (&self->tests, rbd_fuel_document_get_sweat_tests (store));
  g_set_object (&self->sessions, rbd_fuel_document_get_sessions (store));
  g_signal_connect_swapped (self->tests, "items-changed", G_CALLBACK (on_tests_changed_cb), self);
  g_signal_connect_swapped (self->sessions, "items-changed",
                            G_CALLBACK (on_sessions_changed_cb), self);
  g_signal_connect_swapped (store, "record-changed", G_CALLBACK (on_record_changed_cb), self);

  fill_targets (self);
  rebuild_history (self);
  update (self);
}

/**
 * rbd_fuel_sweat_section_set_editable:
 *
 * Whether the document takes changes; when not, nothing can be saved or
 * deleted here (the page says why).
 */
void
rbd_fuel_sweat_section_set_editable (RbdFuelSweatSection *self,
                                     gboolean             editable)
{
  g_return_if_fail (RBD_IS_FUEL_SWEAT_SECTION (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_row), editable);
  rebuild_history (self);
  update (self);
}

void
rbd_fuel_sweat_section_set_units (RbdFuelSweatSection *self,
                                  RbdUnits             units)
{
  RbdFuelNumberRow *mass_rows[] = { self->mass_before_row, self->mass_after_row };
  RbdFuelNumberRow *fluid_rows[] = { self->fluid_row, self->urine_row };
  double masses[G_N_ELEMENTS (mass_rows)];
  double fluids[G_N_ELEMENTS (fluid_rows)];
  gboolean mass_ok[G_N_ELEMENTS (mass_rows)];
  gboolean fluid_ok[G_N_ELEMENTS (fluid_rows)];

  g_return_if_fail (RBD_IS_FUEL_SWEAT_SECTION (self));

  if (self->units == units)
    return;

  /* The same amounts in the other units; text that is not a number stays. */
  for (guint i = 0; i < G_N_ELEMENTS (mass_rows); i++)
    {
      mass_ok[i] = rbd_fuel_number_row_get_number (mass_rows[i], &masses[i], NULL);
      if (mass_ok[i])
        masses[i] = mass_to_kg (self, masses[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fluid_rows); i++)
    {
      fluid_ok[i] = rbd_fuel_number_row_get_number (fluid_rows[i], &fluids[i], NULL);
      if (fluid_ok[i])
        fluids[i] = fluid_to_ml (self, fluids[i]);
    }

  self->units = units;
  configure_rows (self);
  fill_conditions (self);

  for (guint i = 0; i < G_N_ELEMENTS (mass_rows); i++)
    if (mass_ok[i])
      rbd_fuel_number_row_set_number (mass_rows[i], kg_to_mass (self, masses[i]));
  for (guint i = 0; i < G_N_ELEMENTS (fluid_rows); i++)
    if (fluid_ok[i])
      rbd_fuel_number_row_set_number (fluid_rows[i], ml_to_fluid (self, fluids[i]));

  rebuild_history (self);
  update (self);
}

/**
 * rbd_fuel_sweat_section_set_body_mass:
 * @body_mass_kg: the profile's mass, or %RBD_UNSET
 *
 * Starts both masses at the runner's own, until they type their own.
 */
void
rbd_fuel_sweat_section_set_body_mass (RbdFuelSweatSection *self,
                                      double               body_mass_kg)
{
  g_return_if_fail (RBD_IS_FUEL_SWEAT_SECTION (self));

  self->body_mass_kg = body_mass_kg;
  if (self->masses_typed || !rbd_fuel_check_body_mass (body_mass_kg, NULL))
    return;

  rbd_fuel_number_row_set_number (self->mass_before_row, kg_to_mass (self, body_mass_kg));
  rbd_fuel_number_row_set_number (self->mass_after_row, kg_to_mass (self, body_mass_kg));
  update (self);
}
