/* rbd-fuel-page.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-fuel.h"
#include "rbd-fuel-document.h"
#include "rbd-fuel-number-row.h"
#include "rbd-fuel-page.h"
#include "rbd-fuel-sweat-section.h"
#include "rbd-fuel-timeline-section.h"
#include "rbd-sweat-test.h"

/* The Fuel page: the runner's body mass (the profile's, editable here),
 * and from it what to eat and drink after, around and during a run, the
 * sweat test and the post-run timeline. Every number comes from the
 * calculators in src/core/coach; this page reads inputs, shows results
 * in the units of the preferences, and says why in a line. */
struct _RbdFuelPage
{
  AdwBin                  parent_instance;

  RbdStore               *store;
  RbdNotifier            *notifier;
  GSettings              *settings;
  RbdUnits                units;
  GSignalGroup           *store_signals;
  GSignalGroup           *profile_signals;
  GListStore             *sweat_tests;
  GListStore             *sessions;

  /* Template widgets */
  GtkRevealer            *state_revealer;
  GtkLabel               *state_label;
  RbdFuelNumberRow       *body_mass_row;
  GtkLabel               *body_message_label;
  RbdFuelTimelineSection *timeline_section;
  AdwActionRow           *after_carbohydrate_row;
  GtkLabel               *after_carbohydrate_label;
  AdwActionRow           *after_protein_row;
  GtkLabel               *after_protein_label;
  GtkLabel               *after_why_label;
  GtkLabel               *ideas_heading;
  GtkListBox             *ideas_list;
  AdwActionRow           *daily_protein_row;
  GtkLabel               *daily_protein_label;
  AdwActionRow           *daily_servings_row;
  GtkLabel               *daily_servings_label;
  GtkLabel               *daily_why_label;
  AdwActionRow           *before_carbohydrate_row;
  GtkLabel               *before_carbohydrate_label;
  GtkLabel               *before_fluid_label;
  GtkLabel               *before_why_label;
  RbdFuelNumberRow       *run_duration_row;
  AdwComboRow            *run_conditions_row;
  GtkLabel               *run_error_label;
  GtkListBox             *during_results;
  AdwActionRow           *during_rate_row;
  GtkLabel               *during_rate_label;
  GtkLabel               *during_total_label;
  GtkLabel               *during_why_label;
  RbdFuelSweatSection    *sweat_section;
  AdwActionRow           *sodium_row;
  GtkLabel               *sodium_label;
  GtkLabel               *sodium_hour_label;
  GtkLabel               *electrolytes_why_label;
  GtkLabel               *rounding_label;
};

G_DEFINE_FINAL_TYPE (RbdFuelPage, rbd_fuel_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOTIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define NO_VALUE "—"
#define DEFAULT_RUN_MINUTES 90

static RbdRecord *
get_profile (RbdFuelPage *self)
{
  RbdProfile *profile = self->store != NULL ? rbd_store_get_profile (self->store) : NULL;

  return profile != NULL ? RBD_RECORD (profile) : NULL;
}

static double
get_profile_mass (RbdFuelPage *self)
{
  RbdRecord *profile = get_profile (self);

  if (profile == NULL || !rbd_record_is_set (profile, "body_mass_kg"))
    return RBD_UNSET;

  return rbd_record_get_double (profile, "body_mass_kg");
}

static double
kg_to_shown (RbdFuelPage *self,
             double       kg)
{
  return self->units == RBD_UNITS_IMPERIAL ? rbd_kg_to_lb (kg) : kg;
}

static void
set_body_message (RbdFuelPage *self,
                  const char  *message,
                  gboolean     is_error)
{
  GtkWidget *label = GTK_WIDGET (self->body_message_label);

  gtk_label_set_text (self->body_message_label, message);
  gtk_widget_set_visible (label, message != NULL);

  if (is_error)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_remove_css_class (label, "error");
    }

  rbd_fuel_number_row_set_error (self->body_mass_row, is_error ? message : NULL);
}

/* Whether the row's text already says @kg, so a profile change that came
 * from this row (or says the same) does not rewrite it under the cursor. */
static gboolean
row_shows_mass (RbdFuelPage *self,
                double       kg)
{
  GtkEditable *editable = GTK_EDITABLE (rbd_fuel_number_row_get_spin_button (self->body_mass_row));
  double typed;

  if (kg == RBD_UNSET)
    return FALSE;

  if (!rbd_fuel_parse_number (gtk_editable_get_text (editable), &typed))
    return FALSE;

  return fabs (typed - kg_to_shown (self, kg)) < 0.05;
}

/* The body mass typed on this page, in kg; RBD_UNSET (and the reason on
 * screen) when there is none that the calculators take. */
static double
read_body_mass (RbdFuelPage *self)
{
  g_autoptr(GError) error = NULL;
  double value;

  if (rbd_fuel_number_row_is_empty (self->body_mass_row))
    {
      set_body_message (self, _("Enter your body mass to see your own amounts."), FALSE);
      return RBD_UNSET;
    }

  if (!rbd_fuel_number_row_get_number (self->body_mass_row, &value, &error))
    {
      set_body_message (self, error->message, TRUE);
      return RBD_UNSET;
    }

  /* The text shows the profile's mass to one decimal, in kg or lb: while
   * it still says that, the profile's own value counts, so that 70 kg
   * shown as 154.3 lb stays 70 kg, not 69.99. */
  if (row_shows_mass (self, get_profile_mass (self)))
    value = get_profile_mass (self);
  else if (self->units == RBD_UNITS_IMPERIAL)
    value = rbd_lb_to_kg (value);

  if (!rbd_fuel_check_body_mass (value, &error))
    {
      set_body_message (self, error->message, TRUE);
      return RBD_UNSET;
    }

  set_body_message (self, NULL, FALSE);
  return value;
}

static void
set_label (GtkLabel   *label,
           char       *text)
{
  gtk_label_set_text (label, text != NULL ? text : NO_VALUE);
  g_free (text);
}

static void
fill_ideas (RbdFuelPage    *self,
            const RbdRange *carbohydrate_g,
            const RbdRange *protein_g)
{
  g_autoptr(GPtrArray) ideas = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->ideas_list))) != NULL)
    gtk_list_box_remove (self->ideas_list, child);

  if (carbohydrate_g != NULL)
    ideas = rbd_fuel_after_run_ideas (carbohydrate_g, protein_g);

  for (guint i = 0; ideas != NULL && i < ideas->len; i++)
    {
      RbdFoodIdea *idea = g_ptr_array_index (ideas, i);
      RbdRange c = { idea->carbohydrate_g, idea->carbohydrate_g };
      RbdRange p = { idea->protein_g, idea->protein_g };
      g_autofree char *carbohydrate = rbd_format_grams (&c);
      g_autofree char *protein = rbd_format_grams (&p);
      g_autofree char *totals = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: what a food idea adds up to, "About 78 g carbohydrate and 24 g protein" */
      totals = g_strdup_printf (_("About %s carbohydrate and %s protein"), carbohydrate, protein);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), idea->foods);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), totals);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->ideas_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->ideas_heading), ideas != NULL && ideas->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->ideas_list), ideas != NULL && ideas->len > 0);
}

static void
update_after (RbdFuelPage *self,
              double       body_mass_kg)
{
  RbdRange carbohydrate, protein;

  if (rbd_fuel_after_run (body_mass_kg, &carbohydrate, &protein))
    {
      set_label (self->after_carbohydrate_label, rbd_format_grams (&carbohydrate));
      set_label (self->after_protein_label, rbd_format_grams (&protein));
      fill_ideas (self, &carbohydrate, &protein);
    }
  else
    {
      set_label (self->after_carbohydrate_label, NULL);
      set_label (self->after_protein_label, NULL);
      fill_ideas (self, NULL, NULL);
    }
}

static void
update_daily (RbdFuelPage *self,
              double       body_mass_kg)
{
  RbdRange protein, servings;

  if (rbd_fuel_daily_protein (body_mass_kg, &protein, &servings, NULL))
    {
      set_label (self->daily_protein_label, rbd_format_grams (&protein));
      set_label (self->daily_servings_label, rbd_format_servings (&servings));
    }
  else
    {
      set_label (self->daily_protein_label, NULL);
      set_label (self->daily_servings_label, NULL);
    }
}

static void
update_before (RbdFuelPage *self,
               double       body_mass_kg)
{
  RbdRange carbohydrate, fluid;

  if (rbd_fuel_before_run (body_mass_kg, &carbohydrate, &fluid, NULL))
    {
      set_label (self->before_carbohydrate_label, rbd_format_grams (&carbohydrate));
      set_label (self->before_fluid_label, rbd_format_fluid (&fluid, self->units));
    }
  else
    {
      set_label (self->before_carbohydrate_label, NULL);
      /* The fluid does not depend on the mass. */
      rbd_fuel_before_run (70, NULL, &fluid, NULL);
      set_label (self->before_fluid_label, rbd_format_fluid (&fluid, self->units));
    }
}

static RbdConditions
get_run_conditions (RbdFuelPage *self)
{
  guint selected = adw_combo_row_get_selected (self->run_conditions_row);

  return selected < RBD_N_CONDITIONS ? selected : RBD_CONDITIONS_MILD;
}

static void
update_electrolytes (RbdFuelPage        *self,
                     const RbdDuringRun *during)
{
  if (during == NULL)
    {
      set_label (self->sodium_label, NULL);
      set_label (self->sodium_hour_label, NULL);
      gtk_label_set_text (self->electrolytes_why_label,
                          _("Set the run in During Your Run to see whether it needs sodium."));
      return;
    }

  if (!during->sodium)
    {
      gtk_label_set_text (self->sodium_label, _("Not needed"));
      gtk_label_set_text (self->sodium_hour_label, _("Not needed"));
      gtk_label_set_text (self->electrolytes_why_label,
                          _("Water is enough for a run like this. Sodium helps on hot runs, "
                            "on runs over about 90 minutes, and for salty sweaters (white "
                            "marks on clothes)."));
      return;
    }

  {
    g_autofree char *hour = rbd_format_sodium (&during->sodium_mg_per_h);
    gboolean hot = get_run_conditions (self) >= RBD_CONDITIONS_HOT;

    set_label (self->sodium_label, rbd_format_sodium (&during->sodium_mg_per_l));
    gtk_label_set_text (self->sodium_hour_label, hour);
    gtk_label_set_text (self->electrolytes_why_label,
                        hot ? _("Hot runs lose much sodium in sweat: drink a sports drink with "
                                "sodium. Plain water alone, drunk beyond your sweat, dilutes the "
                                "sodium in your blood.")
                            : _("Runs over about 90 minutes lose much sodium in sweat: drink a "
                                "sports drink with sodium. Plain water alone, drunk beyond your "
                                "sweat, dilutes the sodium in your blood."));
  }
}

static void
update_during (RbdFuelPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *usual = rbd_fuel_dup_basis (RBD_FUEL_BASIS_DURING_FLUID, self->units);
  RbdDuringRun during;
  double minutes;
  double sweat_rate = RBD_UNSET;
  guint n_tests = 0;

  if (self->sweat_tests != NULL)
    {
      g_autoptr(GPtrArray) rates = NULL;

      rates = rbd_sweat_rates_recent (G_LIST_MODEL (self->sweat_tests),
                                      self->sessions != NULL ? G_LIST_MODEL (self->sessions)
                                                             : NULL,
                                      RBD_SWEAT_TESTS_AVERAGED);
      sweat_rate = rbd_sweat_rates_average (rates);
      n_tests = rates->len;
    }

  if (!rbd_fuel_number_row_get_number (self->run_duration_row, &minutes, &error) ||
      !rbd_fuel_during_run (minutes * 60.0, get_run_conditions (self), sweat_rate,
                            &during, &error))
    {
      rbd_fuel_number_row_set_error (self->run_duration_row, error->message);
      gtk_label_set_text (self->run_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->run_error_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->during_results), FALSE);
      gtk_label_set_text (self->during_why_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->during_why_label), FALSE);
      update_electrolytes (self, NULL);
      return;
    }

  rbd_fuel_number_row_set_error (self->run_duration_row, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->run_error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->during_results), during.drink);
  gtk_widget_set_visible (GTK_WIDGET (self->during_why_label), TRUE);

  if (!during.drink)
    {
      gtk_label_set_text (self->during_why_label,
                          _("Up to an hour you need nothing on the way: drink before and after "
                            "the run."));
    }
  else
    {
      g_autofree char *why = NULL;

      set_label (self->during_rate_label, rbd_format_fluid (&during.fluid_ml_per_h, self->units));
      set_label (self->during_total_label, rbd_format_fluid (&during.fluid_ml, self->units));

      if (during.from_sweat_rate)
        {
          g_autofree char *rate = rbd_format_sweat_rate (sweat_rate, self->units);

          /* Translators: the first %s is the usual range, "300–700 ml per hour";
           * the second %s a sweat rate, "1.05 L/h"; %u the number of tests */
          why = g_strdup_printf (ngettext ("Placed in the usual %s by your sweat rate of %s "
                                           "(your last test), and never more than you sweat.",
                                           "Placed in the usual %s by your sweat rate of %s "
                                           "(the average of your last %u tests), and never more "
                                           "than you sweat.", n_tests),
                                 usual, rate, n_tests);
        }
      else
        {
          /* Translators: %s is the usual range, "300–700 ml per hour" */
          why = g_strdup_printf (_("Placed in the usual %s by the conditions: the hotter, the "
                                   "more you sweat. A sweat test places it for your own body."),
                                 usual);
        }

      gtk_label_set_text (self->during_why_label, why);
    }

  update_electrolytes (self, &during);
}

static void
update_results (RbdFuelPage *self)
{
  double body_mass_kg = read_body_mass (self);

  update_after (self, body_mass_kg);
  update_daily (self, body_mass_kg);
  update_before (self, body_mass_kg);
  update_during (self);
  rbd_fuel_timeline_section_set_body_mass (self->timeline_section, body_mass_kg);
  rbd_fuel_sweat_section_set_body_mass (self->sweat_section, body_mass_kg);
}

/* Texts that change with the units only. */
static void
update_unit_texts (RbdFuelPage *self)
{
  struct { AdwActionRow *row; RbdFuelBasis basis; } bases[] = {
    { self->after_carbohydrate_row, RBD_FUEL_BASIS_AFTER_CARBOHYDRATE },
    { self->after_protein_row, RBD_FUEL_BASIS_AFTER_PROTEIN },
    { self->daily_protein_row, RBD_FUEL_BASIS_DAILY_PROTEIN },
    { self->daily_servings_row, RBD_FUEL_BASIS_SERVING },
    { self->before_carbohydrate_row, RBD_FUEL_BASIS_BEFORE_CARBOHYDRATE },
    { self->sodium_row, RBD_FUEL_BASIS_SODIUM },
  };
  gboolean imperial = self->units == RBD_UNITS_IMPERIAL;
  g_autoptr(GtkStringList) conditions = gtk_string_list_new (NULL);
  guint selected = adw_combo_row_get_selected (self->run_conditions_row);

  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      g_autofree char *basis = rbd_fuel_dup_basis (bases[i].basis, self->units);

      adw_action_row_set_subtitle (bases[i].row, basis);
    }

  rbd_fuel_number_row_set_range (self->body_mass_row,
                                 kg_to_shown (self, 20), kg_to_shown (self, 300), 0.1, 1);
  /* Translators: short units of body mass */
  rbd_fuel_number_row_set_unit (self->body_mass_row, imperial ? _("lb") : _("kg"));

  for (guint i = 0; i < RBD_N_CONDITIONS; i++)
    {
      g_autofree char *label = rbd_conditions_dup_label (i, self->units);

      gtk_string_list_append (conditions, label);
    }
  adw_combo_row_set_model (self->run_conditions_row, G_LIST_MODEL (conditions));
  adw_combo_row_set_selected (self->run_conditions_row,
                              selected < RBD_N_CONDITIONS ? selected : RBD_CONDITIONS_MILD);

  gtk_label_set_text (self->rounding_label, rbd_fuel_rounding_rule (self->units));
}

/* Shows the profile's mass, unless the user is fixing a wrong entry. */
static void
sync_body_mass (RbdFuelPage *self,
                gboolean     force)
{
  double kg = get_profile_mass (self);

  if (!force && rbd_fuel_number_row_has_error (self->body_mass_row))
    return;

  if (kg == RBD_UNSET)
    {
      if (force)
        rbd_fuel_number_row_set_text (self->body_mass_row, "");
    }
  else if (force || !row_shows_mass (self, kg))
    {
      rbd_fuel_number_row_set_number (self->body_mass_row, kg_to_shown (self, kg));
    }

  update_results (self);
}

static void
on_body_mass_changed_cb (RbdFuelPage      *self,
                         RbdFuelNumberRow *row)
{
  RbdRecord *profile = get_profile (self);
  double kg = read_body_mass (self);

  update_results (self);

  /* A mass the calculators take goes to the profile, when the document
   * can take changes. */
  if (kg == RBD_UNSET || profile == NULL ||
      rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    return;

  if (fabs (kg - get_profile_mass (self)) < 1e-9)
    return;

  rbd_record_set_double (profile, "body_mass_kg", kg);
}

static void
on_run_changed_cb (RbdFuelPage      *self,
                   RbdFuelNumberRow *row)
{
  update_during (self);
}

static void
on_run_conditions_changed_cb (RbdFuelPage *self,
                              GParamSpec  *pspec,
                              AdwComboRow *row)
{
  update_during (self);
}

static void
on_sweat_tests_changed_cb (RbdFuelPage *self,
                           guint        position,
                           guint        removed,
                           guint        added,
                           GListModel  *tests)
{
  update_during (self);
}

/* A session's masses changed on the Log page: the sweat rate may have. */
static void
on_store_record_changed_cb (RbdFuelPage *self,
                            RbdRecord   *record,
                            RbdStore    *store)
{
  if (RBD_IS_SESSION (record) || RBD_IS_SWEAT_TEST (record))
    update_during (self);
}

/* Nothing is saved unless the document is ready: say why the buttons
 * that would change it do nothing. */
static void
on_store_state_cb (RbdFuelPage *self,
                   GParamSpec  *pspec,
                   RbdStore    *store)
{
  RbdStoreState state = self->store != NULL ? rbd_store_get_state (self->store)
                                            : RBD_STORE_STATE_EMPTY;
  const char *text = NULL;

  switch (state)
    {
    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
      text = _("Loading your data… Timelines and sweat tests can be saved once it is loaded.");
      break;

    case RBD_STORE_STATE_BROKEN:
      text = _("The data file could not be read, so no timeline or sweat test can be saved "
               "until it is restored or started afresh.");
      break;

    case RBD_STORE_STATE_READ_ONLY:
      text = _("This data file was written by a newer version of Rebound. It is read-only: no "
               "timeline or sweat test can be saved.");
      break;

    case RBD_STORE_STATE_READY:
    default:
      break;
    }

  if (text != NULL)
    gtk_label_set_text (self->state_label, text);
  gtk_revealer_set_reveal_child (self->state_revealer, text != NULL);

  rbd_fuel_timeline_section_set_editable (self->timeline_section, text == NULL);
  rbd_fuel_sweat_section_set_editable (self->sweat_section, text == NULL);
}

static void
on_units_changed_cb (RbdFuelPage *self,
                     const char  *key,
                     GSettings   *settings)
{
  g_autofree char *id = g_settings_get_string (settings, "units");
  RbdUnits units = rbd_units_from_id (id);
  double typed = 0;
  gboolean had_number;

  if (units == self->units)
    return;

  /* The same mass in the other unit: what was typed, not only the
   * profile's, since it may not be saved (a document that is read-only). */
  had_number = !rbd_fuel_number_row_has_error (self->body_mass_row) &&
               rbd_fuel_number_row_get_number (self->body_mass_row, &typed, NULL);
  if (had_number && self->units == RBD_UNITS_IMPERIAL)
    typed = rbd_lb_to_kg (typed);

  self->units = units;
  update_unit_texts (self);

  if (had_number)
    rbd_fuel_number_row_set_number (self->body_mass_row, kg_to_shown (self, typed));

  rbd_fuel_timeline_section_set_units (self->timeline_section, units);
  rbd_fuel_sweat_section_set_units (self->sweat_section, units);
  if (self->store != NULL && self->notifier != NULL)
    rbd_timeline_runner_set_units (rbd_fuel_document_get_runner (self->store, self->notifier),
                                   units);

  update_results (self);
}

static void
on_profile_notify_cb (RbdFuelPage *self,
                      GParamSpec  *pspec,
                      RbdProfile  *profile)
{
  sync_body_mass (self, FALSE);
}

static void
on_store_profile_changed_cb (RbdFuelPage *self,
                             GParamSpec  *pspec,
                             RbdStore    *store)
{
  /* Each load, restore or fresh start brings a new profile object. */
  g_signal_group_set_target (self->profile_signals, rbd_store_get_profile (store));
  sync_body_mass (self, TRUE);
}

static void
rbd_fuel_page_constructed (GObject *object)
{
  RbdFuelPage *self = RBD_FUEL_PAGE (object);
  g_autofree char *units = NULL;
  RbdTimelineRunner *runner;

  G_OBJECT_CLASS (rbd_fuel_page_parent_class)->constructed (object);

  /* Not APP_ID: the development build shares the settings schema. */
  self->settings = g_settings_new (BASE_APP_ID);
  units = g_settings_get_string (self->settings, "units");
  self->units = rbd_units_from_id (units);
  g_signal_connect_object (self->settings, "changed::units",
                           G_CALLBACK (on_units_changed_cb), self, G_CONNECT_SWAPPED);

  update_unit_texts (self);
  rbd_fuel_number_row_set_range (self->run_duration_row, 1, 24 * 60, 5, 0);
  /* Translators: minutes */
  rbd_fuel_number_row_set_unit (self->run_duration_row, _("min"));
  rbd_fuel_number_row_set_number (self->run_duration_row, DEFAULT_RUN_MINUTES);

  rbd_fuel_timeline_section_set_units (self->timeline_section, self->units);
  rbd_fuel_sweat_section_set_units (self->sweat_section, self->units);

  self->sweat_tests = g_object_ref (rbd_fuel_document_get_sweat_tests (self->store));
  g_signal_connect_object (self->sweat_tests, "items-changed",
                           G_CALLBACK (on_sweat_tests_changed_cb), self, G_CONNECT_SWAPPED);
  self->sessions = g_object_ref (rbd_fuel_document_get_sessions (self->store));
  g_signal_connect_object (self->sessions, "items-changed",
                           G_CALLBACK (on_sweat_tests_changed_cb), self, G_CONNECT_SWAPPED);
  rbd_fuel_sweat_section_set_store (self->sweat_section, self->store);

  runner = rbd_fuel_document_get_runner (self->store, self->notifier);
  rbd_timeline_runner_set_units (runner, self->units);
  rbd_fuel_timeline_section_set_runner (self->timeline_section, runner,
                                        rbd_fuel_document_get_timelines (self->store));

  g_signal_group_set_target (self->store_signals, self->store);
  g_signal_group_set_target (self->profile_signals, rbd_store_get_profile (self->store));
  sync_body_mass (self, TRUE);
  on_store_state_cb (self, NULL, self->store);
}

static void
rbd_fuel_page_dispose (GObject *object)
{
  RbdFuelPage *self = RBD_FUEL_PAGE (object);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  if (self->profile_signals != NULL)
    g_signal_group_set_target (self->profile_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_FUEL_PAGE);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->sweat_tests);
  g_clear_object (&self->sessions);
  g_clear_object (&self->settings);
  g_clear_object (&self->notifier);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_fuel_page_parent_class)->dispose (object);
}

static void
rbd_fuel_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RbdFuelPage *self = RBD_FUEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOTIFIER:
      g_value_set_object (value, self->notifier);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_fuel_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RbdFuelPage *self = RBD_FUEL_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_NOTIFIER:
      self->notifier = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_fuel_page_class_init (RbdFuelPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rbd_fuel_page_constructed;
  object_class->dispose = rbd_fuel_page_dispose;
  object_class->get_property = rbd_fuel_page_get_property;
  object_class->set_property = rbd_fuel_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RBD_TYPE_FUEL_NUMBER_ROW);
  g_type_ensure (RBD_TYPE_FUEL_TIMELINE_SECTION);
  g_type_ensure (RBD_TYPE_FUEL_SWEAT_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/fuel/rbd-fuel-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, state_revealer);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, body_mass_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, body_message_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, timeline_section);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, after_carbohydrate_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, after_carbohydrate_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, after_protein_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, after_protein_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, after_why_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, ideas_heading);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, ideas_list);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, daily_protein_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, daily_protein_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, daily_servings_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, daily_servings_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, daily_why_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, before_carbohydrate_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, before_carbohydrate_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, before_fluid_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, before_why_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, run_duration_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, run_conditions_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, run_error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, during_results);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, during_rate_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, during_rate_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, during_total_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, during_why_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, sweat_section);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, sodium_row);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, sodium_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, sodium_hour_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, electrolytes_why_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelPage, rounding_label);
  gtk_widget_class_bind_template_callback (widget_class, on_body_mass_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_run_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_run_conditions_changed_cb);
}

static void
rbd_fuel_page_init (RbdFuelPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_text (self->after_why_label,
                      _("Carbohydrate refills the fuel your muscles used; protein starts their "
                        "repair. The sooner after the run, the better."));
  gtk_label_set_text (self->daily_why_label,
                      _("Spread over the day in servings, protein keeps the repair going "
                        "between sessions."));
  gtk_label_set_text (self->before_why_label,
                      _("The low end suits an easy run, the high end a long or hard one. A light "
                        "snack 30–60 minutes before is fine; avoid fatty and high-fibre food "
                        "just before."));

  self->store_signals = g_signal_group_new (RBD_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "notify::profile",
                                 G_CALLBACK (on_store_profile_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::state",
                                 G_CALLBACK (on_store_state_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "record-changed",
                                 G_CALLBACK (on_store_record_changed_cb),
                                 self, G_CONNECT_SWAPPED);

  self->profile_signals = g_signal_group_new (RBD_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify::body-mass-kg",
                                 G_CALLBACK (on_profile_notify_cb),
                                 self, G_CONNECT_SWAPPED);
}

/**
 * rbd_fuel_page_new:
 * @store: the document
 * @notifier: where the timeline's reminders go
 *
 * Returns: (transfer floating): the Fuel page
 */
GtkWidget *
rbd_fuel_page_new (RbdStore    *store,
                   RbdNotifier *notifier)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (RBD_IS_NOTIFIER (notifier), NULL);

  return g_object_new (RBD_TYPE_FUEL_PAGE,
                       "store", store,
                       "notifier", notifier,
                       NULL);
}

RbdStore *
rbd_fuel_page_get_store (RbdFuelPage *self)
{
  g_return_val_if_fail (RBD_IS_FUEL_PAGE (self), NULL);

  return self->store;
}

RbdNotifier *
rbd_fuel_page_get_notifier (RbdFuelPage *self)
{
  g_return_val_if_fail (RBD_IS_FUEL_PAGE (self), NULL);

  return self->notifier;
}
