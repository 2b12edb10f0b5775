/* rbd-session-editor.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-session-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-dates.h"
#include "rbd-fuel.h"
#include "rbd-kind.h"
#include "rbd-locale-format.h"
#include "rbd-plan-util.h"
#include "rbd-session-editor.h"
#include "rbd-shoe.h"

/* Logs a session, or changes one: what kind, when, how long and far (the
 * pace follows), how hard, heart rate, soreness, shoes, notes, and the
 * weigh-in that gives a sweat rate. Values are checked by the session's
 * own rules as they are typed, with the reasons under the fields; the
 * store is only touched on Save. */

#define KG_DIGITS_TOLERANCE  0.05
#define NONE_POSITION        0

struct _RbdSessionEditor
{
  AdwWindow          parent_instance;

  RbdStore          *store;
  RbdSession        *session;       /* NULL for a new one */
  RbdSession        *scratch;       /* what values are checked against */
  RbdPlannedSession *planned;       /* what a new one was logged for */
  RbdLogNowFunc      now_func;
  gpointer           now_data;
  GDate              date;
  GPtrArray         *shoe_ids;      /* char *, NULL first: "no shoes" */
  gboolean           imperial;
  gboolean           syncing;
  gboolean           start_touched;
  gboolean           duration_touched;
  gboolean           valid;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwComboRow       *kind_row;
  GtkWidget         *start_row;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  GtkEntry          *time_entry;
  GtkWidget         *duration_row;
  GtkEntry          *duration_entry;
  GtkWidget         *distance_row;
  GtkSpinButton     *distance_spin;
  GtkLabel          *distance_unit_label;
  GtkLabel          *pace_label;
  AdwComboRow       *rpe_row;
  GtkWidget         *hr_row;
  GtkSpinButton     *hr_spin;
  AdwComboRow       *soreness_row;
  GtkWidget         *shoes_group;
  AdwComboRow       *shoes_row;
  GtkWidget         *mass_before_row;
  GtkSpinButton     *mass_before_spin;
  GtkLabel          *mass_before_unit_label;
  GtkWidget         *mass_after_row;
  GtkSpinButton     *mass_after_spin;
  GtkLabel          *mass_after_unit_label;
  GtkWidget         *fluid_row;
  GtkSpinButton     *fluid_spin;
  GtkLabel          *fluid_unit_label;
  AdwActionRow      *sweat_row;
  GtkLabel          *sweat_label;
  GtkLabel          *error_label;
  GtkTextView       *notes_view;
};

G_DEFINE_FINAL_TYPE (RbdSessionEditor, rbd_session_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading the fields */

static RbdUnits
get_units (RbdSessionEditor *self)
{
  return self->imperial ? RBD_UNITS_IMPERIAL : RBD_UNITS_METRIC;
}

/* The duration typed: 0 when empty, -1 when it is not one. */
static int
get_duration_s (RbdSessionEditor *self)
{
  int seconds;

  switch (rbd_log_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_entry)),
                                  &seconds))
    {
    case RBD_LOG_NUMBER_OK:
      return seconds;
    case RBD_LOG_NUMBER_EMPTY:
      return 0;
    case RBD_LOG_NUMBER_INVALID:
    default:
      return -1;
    }
}

static double
get_distance_m (RbdSessionEditor *self)
{
  return rbd_plan_distance_from_display (gtk_spin_button_get_value (self->distance_spin),
                                         self->imperial);
}

static double
mass_from_display (RbdSessionEditor *self,
                   GtkSpinButton    *spin)
{
  double value = gtk_spin_button_get_value (spin);

  return self->imperial ? rbd_lb_to_kg (value) : value;
}

static double
mass_to_display (RbdSessionEditor *self,
                 double            kg)
{
  return self->imperial ? rbd_kg_to_lb (kg) : kg;
}

static double
get_fluid_ml (RbdSessionEditor *self)
{
  double value = gtk_spin_button_get_value (self->fluid_spin);

  return self->imperial ? rbd_fl_oz_to_ml (value) : value;
}

/* The start as the document writes it: the wall-clock time with the
 * local offset of that moment. */
static char *
dup_start_text (RbdSessionEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  int hour, minute;

  if (!g_date_valid (&self->date) ||
      rbd_log_parse_time_of_day (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)),
                                 &hour, &minute) != RBD_LOG_NUMBER_OK)
    return NULL;

  start = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                 g_date_get_day (&self->date), hour, minute, 0);
  if (start == NULL)
    return NULL;

  return g_date_time_format (start, "%Y-%m-%dT%H:%M:%S%:z");
}

static char *
dup_notes (RbdSessionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* Showing */

static void
set_duration_s (RbdSessionEditor *self,
                int               seconds)
{
  gboolean was_syncing = self->syncing;
  g_autofree char *text = rbd_log_format_clock_duration (seconds);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->duration_entry), text);
  self->syncing = was_syncing;
}

static void
update_date_button (RbdSessionEditor *self)
{
  g_autofree char *text = NULL;
  g_autofree char *full = NULL;
  g_autoptr(GDateTime) noon = NULL;
  gboolean was_syncing = self->syncing;

  /* Translators: the day on the editor's date button, e.g. "Mon 30 Nov 2026";
   * see the GDateTime format reference */
  text = rbd_plan_format_date (&self->date, C_("editor date", "%a %-d %b %Y"));
  gtk_menu_button_set_label (self->date_button, text);
  full = rbd_plan_format_day_long (&self->date);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_button), _("Choose the day"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->date_button), full);

  noon = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                g_date_get_day (&self->date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, noon);
  self->syncing = was_syncing;
}

static void
mark_row (GtkWidget    *row,
          const GError *error)
{
  if (error != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
update_pace (RbdSessionEditor *self)
{
  g_autofree char *pace = rbd_log_format_pace (get_distance_m (self),
                                               MAX (get_duration_s (self), 0), self->imperial);

  gtk_label_set_text (self->pace_label, pace != NULL ? pace : _("Needs a time and distance"));
}

/* The sweat rate from the weigh-in, by the Fuel calculators' rule. */
static void
update_sweat_rate (RbdSessionEditor *self)
{
  RbdSweatInput input = { 0, };
  RbdSweatResult result;
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *subtitle = NULL;

  input.mass_before_kg = mass_from_display (self, self->mass_before_spin);
  input.mass_after_kg = mass_from_display (self, self->mass_after_spin);
  input.fluid_ml = get_fluid_ml (self);
  input.urine_ml = 0;
  input.duration_s = get_duration_s (self);

  if (input.mass_before_kg <= 0 || input.mass_after_kg <= 0 || input.duration_s <= 0)
    {
      gtk_label_set_text (self->sweat_label, "");
      adw_action_row_set_subtitle (self->sweat_row,
                                   _("Needs the duration and both weights"));
      return;
    }

  if (!rbd_fuel_sweat_test (&input, &result, &error))
    {
      gtk_label_set_text (self->sweat_label, "");
      adw_action_row_set_subtitle (self->sweat_row, error->message);
      return;
    }

  rate = rbd_format_sweat_rate (result.rate_ml_per_h, get_units (self));
  percent = rbd_format_percent (result.loss_percent);
  gtk_label_set_text (self->sweat_label, rate);

  if (result.level == RBD_LOSS_NONE)
    /* Translators: %s is a share of body mass, e.g. "0.6 %" */
    subtitle = g_strdup_printf (_("%s of body mass lost"), percent);
  else
    {
      g_autofree char *drink = rbd_format_fluid (&result.drink_after_ml, get_units (self));

      /* Translators: the first %s is a share of body mass, e.g. "2.1 %",
       * the second an amount to drink, e.g. "1.5–2.2 L" */
      subtitle = g_strdup_printf (_("%s of body mass lost: enough to raise heart rate and "
                                    "effort. Drink %s over the next hours."), percent, drink);
    }
  adw_action_row_set_subtitle (self->sweat_row, subtitle);
}

static void
append_error (GString      *errors,
              const GError *error)
{
  if (error == NULL)
    return;
  if (errors->len > 0)
    g_string_append_c (errors, '\n');
  g_string_append (errors, error->message);
}

/* Checks every field with the session's rules and says what is wrong. */
static void
validate (RbdSessionEditor *self)
{
  RbdRecord *scratch = RBD_RECORD (self->scratch);
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autoptr(GError) start_error = NULL;
  g_autoptr(GError) duration_error = NULL;
  g_autoptr(GError) distance_error = NULL;
  g_autoptr(GError) hr_error = NULL;
  g_autoptr(GError) mass_before_error = NULL;
  g_autoptr(GError) mass_after_error = NULL;
  g_autoptr(GError) fluid_error = NULL;
  g_autofree char *start = dup_start_text (self);
  int duration_s = get_duration_s (self);
  double distance_m = get_distance_m (self);
  int hr = gtk_spin_button_get_value_as_int (self->hr_spin);
  double mass_before = mass_from_display (self, self->mass_before_spin);
  double mass_after = mass_from_display (self, self->mass_after_spin);
  double fluid = get_fluid_ml (self);

  if (start == NULL)
    g_set_error (&start_error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                 /* Translators: what was typed as a session's start time */
                 _("Start: “%s” is not a time of day such as 07:15"),
                 gtk_editable_get_text (GTK_EDITABLE (self->time_entry)));
  else
    rbd_record_validate_string (scratch, "start", start, &start_error);
  if (duration_s < 0)
    g_set_error (&duration_error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                 /* Translators: what was typed as a session's duration */
                 _("Duration: “%s” is not a time such as 45:00 or 1:05:30"),
                 gtk_editable_get_text (GTK_EDITABLE (self->duration_entry)));
  else if (duration_s > 0)
    rbd_record_validate_int (scratch, "duration_s", duration_s, &duration_error);
  if (distance_m > 0)
    rbd_record_validate_double (scratch, "distance_m", distance_m, &distance_error);
  if (hr > 0)
    rbd_record_validate_int (scratch, "avg_hr_bpm", hr, &hr_error);
  if (mass_before > 0)
    rbd_record_validate_double (scratch, "mass_before_kg", mass_before, &mass_before_error);
  if (mass_after > 0)
    rbd_record_validate_double (scratch, "mass_after_kg", mass_after, &mass_after_error);
  if (fluid > 0)
    rbd_record_validate_double (scratch, "fluid_ml", fluid, &fluid_error);

  mark_row (self->start_row, start_error);
  mark_row (self->duration_row, duration_error);
  mark_row (self->distance_row, distance_error);
  mark_row (self->hr_row, hr_error);
  mark_row (self->mass_before_row, mass_before_error);
  mark_row (self->mass_after_row, mass_after_error);
  mark_row (self->fluid_row, fluid_error);

  append_error (errors, start_error);
  append_error (errors, duration_error);
  append_error (errors, distance_error);
  append_error (errors, hr_error);
  append_error (errors, mass_before_error);
  append_error (errors, mass_after_error);
  append_error (errors, fluid_error);

  self->valid = errors->len == 0;
  gtk_label_set_text (self->error_label, errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !self->valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);

  update_pace (self);
  update_sweat_rate (self);
}

/* Callbacks */

static void
on_kind_selected_cb (RbdSessionEditor *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->syncing || kind >= RBD_N_KINDS)
    return;

  /* A new session follows the kind's usual length until one is typed. */
  if (self->session == NULL && self->planned == NULL && !self->duration_touched)
    set_duration_s (self, rbd_plan_kind_get_default_duration_s (kind));

  validate (self);
}

static void
on_day_selected_cb (RbdSessionEditor *self)
{
  g_autoptr(GDateTime) time = NULL;

  if (self->syncing)
    return;

  time = gtk_calendar_get_date (self->calendar);
  rbd_log_date_from_time (time, &self->date);
  self->start_touched = TRUE;
  update_date_button (self);
  gtk_menu_button_popdown (self->date_button);
  validate (self);
}

static void
on_changed_cb (RbdSessionEditor *self)
{
  if (!self->syncing)
    validate (self);
}

static void
on_time_changed_cb (RbdSessionEditor *self)
{
  if (self->syncing)
    return;

  self->start_touched = TRUE;
  validate (self);
}

static void
on_duration_changed_cb (RbdSessionEditor *self)
{
  if (self->syncing)
    return;

  self->duration_touched = TRUE;
  validate (self);
}

static void
kind_factory_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *image = gtk_image_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
kind_factory_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  /* The combo row's button binds the selected item through a list item
   * whose position means nothing: go by the label. */
  for (guint kind = 0; kind < RBD_N_KINDS; kind++)
    {
      if (g_strcmp0 (text, rbd_kind_get_label (kind)) == 0)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (image), rbd_plan_kind_get_icon_name (kind));
          break;
        }
    }
  gtk_label_set_text (GTK_LABEL (label), text);
}

/* Saving */

static void
set_string (RbdRecord  *record,
            const char *field,
            const char *value)
{
  if (value == NULL || *value == '\0')
    rbd_record_unset (record, field);
  else if (g_strcmp0 (rbd_record_get_string (record, field), value) != 0)
    rbd_record_set_string (record, field, value);
}

static void
set_optional_int (RbdRecord  *record,
                  const char *field,
                  int         value)
{
  if (value < 0)
    rbd_record_unset (record, field);
  else if (!rbd_record_is_set (record, field) || rbd_record_get_int (record, field) != value)
    rbd_record_set_int (record, field, value);
}

/* Values typed to a display precision replace the stored one only when
 * they differ by more than that precision: an unchanged field keeps what
 * a GPX import measured. */
static void
set_positive_double (RbdRecord  *record,
                     const char *field,
                     double      value,
                     double      tolerance)
{
  if (value <= 0)
    rbd_record_unset (record, field);
  else if (!rbd_record_is_set (record, field) ||
           fabs (rbd_record_get_double (record, field) - value) > tolerance)
    rbd_record_set_double (record, field, value);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdSessionEditor *self = RBD_SESSION_EDITOR (widget);
  g_autoptr(RbdSession) session = NULL;
  g_autoptr(RbdRecord) before = NULL;
  g_autofree char *notes = NULL;
  RbdRecord *record;
  guint kind, position;
  int duration_s, hr;

  validate (self);
  if (!self->valid)
    return;

  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    {
      /* The page makes editing impossible first; this is the last guard. */
      gtk_label_set_text (self->error_label, _("The training log cannot be changed right now."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  if (self->session != NULL)
    {
      session = g_object_ref (self->session);
      before = rbd_record_copy (RBD_RECORD (session));
    }
  else
    {
      session = rbd_session_new ();
    }
  record = RBD_RECORD (session);

  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind < RBD_N_KINDS && (guint) rbd_record_get_enum (record, "kind") != kind)
    rbd_record_set_enum (record, "kind", kind);

  if (self->session == NULL || self->start_touched)
    {
      g_autofree char *start = dup_start_text (self);

      set_string (record, "start", start);
    }

  duration_s = get_duration_s (self);
  set_optional_int (record, "duration_s", duration_s > 0 ? duration_s : RBD_UNSET);
  set_positive_double (record, "distance_m", get_distance_m (self),
                       self->imperial ? 8.0 : 5.0);

  position = adw_combo_row_get_selected (self->rpe_row);
  set_optional_int (record, "rpe", position >= 1 && position <= 10 ? (int) position : RBD_UNSET);
  hr = gtk_spin_button_get_value_as_int (self->hr_spin);
  set_optional_int (record, "avg_hr_bpm", hr > 0 ? hr : RBD_UNSET);
  position = adw_combo_row_get_selected (self->soreness_row);
  set_optional_int (record, "soreness",
                    position >= 1 && position <= 11 ? (int) position - 1 : RBD_UNSET);

  position = adw_combo_row_get_selected (self->shoes_row);
  set_string (record, "shoe_id",
              position < self->shoe_ids->len ? g_ptr_array_index (self->shoe_ids, position) : NULL);

  set_positive_double (record, "mass_before_kg", mass_from_display (self, self->mass_before_spin),
                       KG_DIGITS_TOLERANCE);
  set_positive_double (record, "mass_after_kg", mass_from_display (self, self->mass_after_spin),
                       KG_DIGITS_TOLERANCE);
  set_positive_double (record, "fluid_ml", round (get_fluid_ml (self)), 5.0);

  notes = dup_notes (self);
  set_string (record, "notes", notes);

  if (self->session == NULL)
    {
      if (self->planned != NULL)
        rbd_record_set_string (record, "planned_id",
                               rbd_record_get_id (RBD_RECORD (self->planned)));
      g_list_store_append (rbd_store_get_sessions (self->store), session);
      self->session = g_object_ref (session);
    }

  g_signal_emit (self, signals[SAVED], 0, session, before);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rbd_session_editor_dispose (GObject *object)
{
  RbdSessionEditor *self = RBD_SESSION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_SESSION_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->scratch);
  g_clear_object (&self->planned);
  g_clear_pointer (&self->shoe_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (rbd_session_editor_parent_class)->dispose (object);
}

static void
rbd_session_editor_class_init (RbdSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_session_editor_dispose;

  /**
   * RbdSessionEditor::saved:
   * @session: the session as saved, already in the store
   * @before: (nullable): a copy of the session before, or %NULL when new
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, RBD_TYPE_SESSION, RBD_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, time_entry);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, duration_entry);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, distance_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, distance_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, distance_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, pace_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, rpe_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, hr_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, hr_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, soreness_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, shoes_group);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, shoes_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_before_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_before_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_before_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_after_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_after_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, mass_after_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, fluid_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, fluid_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, fluid_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, sweat_row);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, sweat_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_duration_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
rbd_session_editor_init (RbdSessionEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) efforts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) soreness = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scratch = rbd_session_new ();
  self->shoe_ids = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&self->date, 1);

  for (guint i = 0; i < RBD_N_KINDS; i++)
    gtk_string_list_append (kinds, rbd_kind_get_label (i));
  g_signal_connect (factory, "setup", G_CALLBACK (kind_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (kind_factory_bind_cb), NULL);
  adw_combo_row_set_factory (self->kind_row, factory);

  gtk_string_list_append (efforts, _("Not recorded"));
  for (int rpe = 1; rpe <= 10; rpe++)
    {
      g_autofree char *text = rbd_log_format_rpe (rpe);

      gtk_string_list_append (efforts, text);
    }

  gtk_string_list_append (soreness, _("Not recorded"));
  for (int value = 0; value <= 10; value++)
    {
      /* Translators: soreness on the 0-10 scale with its words, e.g. "3 · Mild" */
      g_autofree char *text = g_strdup_printf (_("%d · %s"), value,
                                               rbd_log_soreness_get_words (value));

      gtk_string_list_append (soreness, text);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->rpe_row, G_LIST_MODEL (efforts));
  adw_combo_row_set_model (self->soreness_row, G_LIST_MODEL (soreness));
  self->syncing = FALSE;
}

/* The active shoes, and the session's own pair even if retired. */
static void
fill_shoes (RbdSessionEditor *self,
            const char       *current_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *shoes = G_LIST_MODEL (rbd_store_get_shoes (self->store));
  guint selected = NONE_POSITION;

  gtk_string_list_append (names, _("None"));
  g_ptr_array_add (self->shoe_ids, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shoes); i++)
    {
      g_autoptr(RbdRecord) shoe = g_list_model_get_item (shoes, i);
      const char *id = rbd_record_get_id (shoe);
      const char *name = rbd_record_get_string (shoe, "name");
      gboolean current = g_strcmp0 (id, current_id) == 0;

      if (rbd_record_get_boolean (shoe, "retired") && !current)
        continue;

      if (current)
        selected = self->shoe_ids->len;
      gtk_string_list_append (names, name != NULL && *name != '\0' ? name : _("Unnamed shoes"));
      g_ptr_array_add (self->shoe_ids, g_strdup (id));
    }

  adw_combo_row_set_model (self->shoes_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->shoes_row, selected);
  gtk_widget_set_visible (self->shoes_group, self->shoe_ids->len > 1);
}

static void
show_units (RbdSessionEditor *self)
{
  gtk_label_set_text (self->distance_unit_label,
                      /* Translators: distance units after the distance field */
                      self->imperial ? _("mi") : _("km"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->distance_spin),
                                self->imperial ? _("Distance in miles")
                                               : _("Distance in kilometres"));
  gtk_label_set_text (self->mass_before_unit_label, self->imperial ? _("lb") : _("kg"));
  gtk_label_set_text (self->mass_after_unit_label, self->imperial ? _("lb") : _("kg"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->mass_before_spin),
                                self->imperial ? _("Mass before in pounds")
                                               : _("Mass before in kilograms"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->mass_after_spin),
                                self->imperial ? _("Mass after in pounds")
                                               : _("Mass after in kilograms"));
  gtk_label_set_text (self->fluid_unit_label, self->imperial ? _("fl oz") : _("ml"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->fluid_spin),
                                self->imperial ? _("Fluid drunk in US fluid ounces")
                                               : _("Fluid drunk in millilitres"));
  if (self->imperial)
    {
      gtk_spin_button_set_increments (self->fluid_spin, 1, 8);
      gtk_spin_button_set_range (self->fluid_spin, 0, 676);
    }
}

static void
set_start (RbdSessionEditor *self,
           GDateTime        *start)
{
  /* "07:15" or "7:15 AM" as the locale keeps time; either reads back */
  g_autofree char *text = rbd_locale_format_time (start);

  rbd_log_date_from_time (start, &self->date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), text);
}

/* A new session starts by default as one that just ended. */
static void
set_default_start (RbdSessionEditor *self,
                   int               duration_s)
{
  g_autoptr(GDateTime) now = rbd_log_now (self->now_func, self->now_data);
  g_autoptr(GDateTime) start = g_date_time_add_seconds (now, -MAX (duration_s, 0));
  int minute = g_date_time_get_minute (start);

  g_clear_pointer (&now, g_date_time_unref);
  now = g_date_time_add_minutes (start, -(minute % 5));
  set_start (self, now);
}

/**
 * rbd_session_editor_new:
 * @session: (nullable): the session to change, or %NULL to log one
 * @now_func: (nullable): the page's clock
 *
 * Returns: (transfer none): the editor; it destroys itself when done
 */
RbdSessionEditor *
rbd_session_editor_new (RbdStore      *store,
                        RbdSession    *session,
                        gboolean       imperial,
                        RbdLogNowFunc  now_func,
                        gpointer       now_data)
{
  RbdSessionEditor *self;
  RbdKind kind = RBD_KIND_EASY;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (session == NULL || RBD_IS_SESSION (session), NULL);

  self = g_object_new (RBD_TYPE_SESSION_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->session = session != NULL ? g_object_ref (session) : NULL;
  self->imperial = imperial;
  self->now_func = now_func;
  self->now_data = now_data;

  show_units (self);

  self->syncing = TRUE;
  if (session != NULL)
    {
      RbdRecord *record = RBD_RECORD (session);
      g_autoptr(GDateTime) start = rbd_log_session_dup_start (session);
      const char *notes;

      kind = rbd_record_get_enum (record, "kind");
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
      adw_window_title_set_title (self->window_title, _("Edit Session"));

      if (start != NULL)
        set_start (self, start);
      else
        set_default_start (self, 0);

      if (rbd_record_is_set (record, "duration_s"))
        set_duration_s (self, rbd_record_get_int (record, "duration_s"));
      if (rbd_record_is_set (record, "distance_m"))
        {
          double metres = rbd_record_get_double (record, "distance_m");

          gtk_spin_button_set_value (self->distance_spin,
                                     rbd_plan_distance_to_display (metres, imperial));
        }
      if (rbd_record_is_set (record, "rpe"))
        adw_combo_row_set_selected (self->rpe_row, rbd_record_get_int (record, "rpe"));
      if (rbd_record_is_set (record, "avg_hr_bpm"))
        gtk_spin_button_set_value (self->hr_spin, rbd_record_get_int (record, "avg_hr_bpm"));
      if (rbd_record_is_set (record, "soreness"))
        adw_combo_row_set_selected (self->soreness_row,
                                    rbd_record_get_int (record, "soreness") + 1);
      if (rbd_record_is_set (record, "mass_before_kg"))
        {
          double kg = rbd_record_get_double (record, "mass_before_kg");

          gtk_spin_button_set_value (self->mass_before_spin, mass_to_display (self, kg));
        }
      if (rbd_record_is_set (record, "mass_after_kg"))
        {
          double kg = rbd_record_get_double (record, "mass_after_kg");

          gtk_spin_button_set_value (self->mass_after_spin, mass_to_display (self, kg));
        }
      if (rbd_record_is_set (record, "fluid_ml"))
        {
          double ml = rbd_record_get_double (record, "fluid_ml");

          gtk_spin_button_set_value (self->fluid_spin, imperial ? rbd_ml_to_fl_oz (ml) : ml);
        }

      notes = rbd_record_get_string (record, "notes");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                notes != NULL ? notes : "", -1);
      fill_shoes (self, rbd_record_get_string (record, "shoe_id"));
    }
  else
    {
      int duration_s = rbd_plan_kind_get_default_duration_s (kind);

      gtk_window_set_title (GTK_WINDOW (self), _("Log Session"));
      adw_window_title_set_title (self->window_title, _("Log Session"));
      set_duration_s (self, duration_s);
      set_default_start (self, duration_s);
      fill_shoes (self, NULL);
    }

  if ((guint) kind >= RBD_N_KINDS)
    kind = RBD_KIND_EASY;
  adw_combo_row_set_selected (self->kind_row, kind);
  update_date_button (self);
  self->syncing = FALSE;

  validate (self);

  return self;
}

/**
 * rbd_session_editor_set_planned:
 *
 * Fills a new session in from what was planned (kind, day, duration,
 * distance) and links it to the plan when saved.
 */
void
rbd_session_editor_set_planned (RbdSessionEditor  *self,
                                RbdPlannedSession *planned)
{
  RbdRecord *record;
  const char *title;
  g_autoptr(GDateTime) now = NULL;
  GDate day, today;
  RbdKind kind;

  g_return_if_fail (RBD_IS_SESSION_EDITOR (self));
  g_return_if_fail (RBD_IS_PLANNED_SESSION (planned));
  g_return_if_fail (self->session == NULL);

  g_set_object (&self->planned, planned);
  record = RBD_RECORD (planned);

  self->syncing = TRUE;
  kind = rbd_record_get_enum (record, "kind");
  if ((guint) kind < RBD_N_KINDS)
    adw_combo_row_set_selected (self->kind_row, kind);

  if (rbd_record_is_set (record, "duration_s"))
    set_duration_s (self, rbd_record_get_int (record, "duration_s"));
  if (rbd_record_is_set (record, "distance_m"))
    gtk_spin_button_set_value (self->distance_spin,
                               rbd_plan_distance_to_display (rbd_record_get_double (record,
                                                                                    "distance_m"),
                                                             self->imperial));

  /* Today's plan just done: it ended now. Another day's: the morning. */
  now = rbd_log_now (self->now_func, self->now_data);
  rbd_log_date_from_time (now, &today);
  if (rbd_date_parse (rbd_record_get_string (record, "date"), &day) &&
      g_date_compare (&day, &today) != 0)
    {
      g_autofree char *morning = rbd_locale_format_time_of_day (7, 0);

      self->date = day;
      gtk_editable_set_text (GTK_EDITABLE (self->time_entry), morning);
    }
  else
    {
      set_default_start (self, get_duration_s (self));
    }
  update_date_button (self);
  self->syncing = FALSE;

  title = rbd_record_get_string (record, "title");
  adw_window_title_set_subtitle (self->window_title,
                                 title != NULL && *title != '\0' ? title
                                                                 : rbd_kind_get_label (kind));
  validate (self);
}

/* The session being edited; the new one once saved. */
RbdSession *
rbd_session_editor_get_session (RbdSessionEditor *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}

gboolean
rbd_session_editor_is_valid (RbdSessionEditor *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_EDITOR (self), FALSE);

  return self->valid;
}
