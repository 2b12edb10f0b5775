/* rbd-checkin-editor.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-checkin-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-checkin-editor.h"
#include "rbd-dates.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"

/* The daily check-in, made to take seconds: a column of number fields
 * that Tab walks through and Enter saves, every one optional. There is
 * one check-in a day: choosing a day that has one edits it. */

typedef struct
{
  const char *field;      /* the check-in's member */
  gboolean    whole;      /* a whole number */
  gsize       offset;     /* of the AdwEntryRow in the editor */
} NumberField;

struct _RbdCheckinEditor
{
  AdwWindow       parent_instance;

  RbdStore       *store;
  RbdCheckin     *scratch;     /* what values are checked against */
  GDate           date;
  gboolean        syncing;
  gboolean        valid;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  AdwEntryRow    *sleep_row;
  AdwEntryRow    *sleep_quality_row;
  AdwEntryRow    *rest_hr_row;
  AdwEntryRow    *hrv_row;
  AdwEntryRow    *soreness_row;
  AdwEntryRow    *mood_row;
  AdwEntryRow    *motivation_row;
  GtkSwitch      *illness_switch;
  AdwEntryRow    *notes_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (RbdCheckinEditor, rbd_checkin_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const NumberField number_fields[] = {
  { "sleep_h",       FALSE, G_STRUCT_OFFSET (RbdCheckinEditor, sleep_row) },
  { "sleep_quality", TRUE,  G_STRUCT_OFFSET (RbdCheckinEditor, sleep_quality_row) },
  { "rest_hr_bpm",   TRUE,  G_STRUCT_OFFSET (RbdCheckinEditor, rest_hr_row) },
  { "hrv_ms",        FALSE, G_STRUCT_OFFSET (RbdCheckinEditor, hrv_row) },
  { "soreness",      TRUE,  G_STRUCT_OFFSET (RbdCheckinEditor, soreness_row) },
  { "mood",          TRUE,  G_STRUCT_OFFSET (RbdCheckinEditor, mood_row) },
  { "motivation",    TRUE,  G_STRUCT_OFFSET (RbdCheckinEditor, motivation_row) },
};

static AdwEntryRow *
get_row (RbdCheckinEditor  *self,
         const NumberField *field)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, self, field->offset);
}

static const char *
field_label (RbdCheckinEditor *self,
             const char       *name)
{
  const RbdField *field = rbd_record_class_find_field (RBD_RECORD_GET_CLASS (self->scratch), name);

  return field != NULL ? g_dgettext (GETTEXT_PACKAGE, field->label) : name;
}

/* Reads one field: FALSE with @error when it is not a number the
 * check-in takes; RBD_UNSET in @value when empty. */
static gboolean
read_field (RbdCheckinEditor   *self,
            const NumberField  *field,
            double             *value,
            GError            **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (get_row (self, field)));

  switch (rbd_log_parse_number (text, value))
    {
    case RBD_LOG_NUMBER_EMPTY:
      return TRUE;

    case RBD_LOG_NUMBER_INVALID:
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   /* Translators: a field's name, then what was typed */
                   _("%s: “%s” is not a number"), field_label (self, field->field), text);
      return FALSE;

    case RBD_LOG_NUMBER_OK:
    default:
      break;
    }

  if (field->whole)
    {
      if (*value != floor (*value))
        {
          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s: give a whole number"), field_label (self, field->field));
          return FALSE;
        }
      return rbd_record_validate_int (RBD_RECORD (self->scratch), field->field,
                                      (int) CLAMP (*value, G_MININT, G_MAXINT), error);
    }

  return rbd_record_validate_double (RBD_RECORD (self->scratch), field->field, *value, error);
}

static void
validate (RbdCheckinEditor *self)
{
  g_autoptr(GString) errors = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    {
      g_autoptr(GError) error = NULL;
      GtkWidget *row = GTK_WIDGET (get_row (self, &number_fields[i]));
      double value;

      if (read_field (self, &number_fields[i], &value, &error))
        {
          gtk_widget_remove_css_class (row, "error");
          continue;
        }

      gtk_widget_add_css_class (row, "error");
      if (errors->len > 0)
        g_string_append_c (errors, '\n');
      g_string_append (errors, error->message);
    }

  self->valid = errors->len == 0;
  gtk_label_set_text (self->error_label, errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !self->valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.save", self->valid);
}

static void
show_checkin (RbdCheckinEditor *self,
              RbdCheckin       *checkin)
{
  const char *notes;
  const char *title;

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    {
      const NumberField *field = &number_fields[i];
      g_autofree char *text = NULL;

      if (checkin != NULL && rbd_record_is_set (RBD_RECORD (checkin), field->field))
        {
          if (field->whole)
            text = g_strdup_printf ("%d", rbd_record_get_int (RBD_RECORD (checkin), field->field));
          else
            text = g_strdup_printf ("%g", rbd_record_get_double (RBD_RECORD (checkin),
                                                                  field->field));
        }
      gtk_editable_set_text (GTK_EDITABLE (get_row (self, field)), text != NULL ? text : "");
    }

  gtk_switch_set_active (self->illness_switch,
                         checkin != NULL &&
                         rbd_record_get_boolean (RBD_RECORD (checkin), "illness"));
  notes = checkin != NULL ? rbd_record_get_string (RBD_RECORD (checkin), "notes") : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), notes != NULL ? notes : "");
  self->syncing = FALSE;

  /* A title, not a subtitle, says that an existing check-in is being
   * changed: a subtitle is cut short in a phone-sized window. The window's
   * own title is what screen readers announce. */
  title = checkin != NULL ? _("Edit Check-In") : _("Daily Check-In");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  validate (self);
}

static void
update_date (RbdCheckinEditor *self)
{
  g_autofree char *text = rbd_plan_format_day_long (&self->date);
  g_autoptr(GDateTime) noon = NULL;
  gboolean was_syncing = self->syncing;

  gtk_menu_button_set_label (self->date_button, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_button), _("Choose the day"));
  rbd_log_set_accessible_label (GTK_WIDGET (self->date_button), text);

  noon = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                g_date_get_day (&self->date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, noon);
  self->syncing = was_syncing;
}

static void
on_changed_cb (RbdCheckinEditor *self)
{
  if (!self->syncing)
    validate (self);
}

static void
on_day_selected_cb (RbdCheckinEditor *self)
{
  g_autoptr(GDateTime) time = NULL;

  if (self->syncing)
    return;

  time = gtk_calendar_get_date (self->calendar);
  rbd_log_date_from_time (time, &self->date);
  update_date (self);
  gtk_menu_button_popdown (self->date_button);
  show_checkin (self, rbd_checkin_find_for_date (self->store, &self->date));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdCheckinEditor *self = RBD_CHECKIN_EDITOR (widget);
  g_autoptr(RbdCheckin) checkin = NULL;
  g_autofree char *notes = NULL;
  RbdRecord *record;
  gboolean is_new;
  char date[11];

  validate (self);
  if (!self->valid)
    return;

  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    {
      gtk_label_set_text (self->error_label, _("The training log cannot be changed right now."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  checkin = rbd_checkin_find_for_date (self->store, &self->date);
  is_new = checkin == NULL;
  if (is_new)
    {
      checkin = rbd_checkin_new ();
      rbd_date_format_buf (&self->date, date);
      rbd_record_set_string (RBD_RECORD (checkin), "date", date);
    }
  else
    {
      g_object_ref (checkin);
    }
  record = RBD_RECORD (checkin);

  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    {
      const NumberField *field = &number_fields[i];
      double value;

      if (!read_field (self, field, &value, NULL) || value == RBD_UNSET)
        rbd_record_unset (record, field->field);
      else if (field->whole)
        rbd_record_set_int (record, field->field, (int) value);
      else
        rbd_record_set_double (record, field->field, value);
    }

  if (rbd_record_get_boolean (record, "illness") != gtk_switch_get_active (self->illness_switch))
    rbd_record_set_boolean (record, "illness", gtk_switch_get_active (self->illness_switch));

  notes = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row))));
  if (*notes == '\0')
    rbd_record_unset (record, "notes");
  else if (g_strcmp0 (rbd_record_get_string (record, "notes"), notes) != 0)
    rbd_record_set_string (record, "notes", notes);

  if (is_new)
    g_list_store_append (rbd_store_get_checkins (self->store), checkin);

  g_signal_emit (self, signals[SAVED], 0, checkin, is_new);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rbd_checkin_editor_dispose (GObject *object)
{
  RbdCheckinEditor *self = RBD_CHECKIN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_CHECKIN_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->scratch);

  G_OBJECT_CLASS (rbd_checkin_editor_parent_class)->dispose (object);
}

static void
rbd_checkin_editor_class_init (RbdCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_checkin_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, RBD_TYPE_CHECKIN, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, sleep_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, sleep_quality_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, rest_hr_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, hrv_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, soreness_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, mood_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, motivation_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, illness_switch);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RbdCheckinEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "checkin.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "checkin.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "checkin.save", NULL);
}

static void
rbd_checkin_editor_init (RbdCheckinEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->scratch = rbd_checkin_new ();
  g_date_clear (&self->date, 1);
}

/**
 * rbd_checkin_find_for_date:
 *
 * Returns: (transfer none) (nullable): the check-in of @date
 */
RbdCheckin *
rbd_checkin_find_for_date (RbdStore    *store,
                           const GDate *date)
{
  GListModel *checkins;
  char text[11];

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  rbd_date_format_buf (date, text);
  checkins = G_LIST_MODEL (rbd_store_get_checkins (store));

  /* Newest last, usually: look from the end. */
  for (guint i = g_list_model_get_n_items (checkins); i > 0; i--)
    {
      g_autoptr(RbdRecord) checkin = g_list_model_get_item (checkins, i - 1);

      if (g_strcmp0 (rbd_record_get_string (checkin, "date"), text) == 0)
        return RBD_CHECKIN (checkin);
    }

  return NULL;
}

/**
 * rbd_checkin_editor_new:
 * @date: the day to check in for
 *
 * Returns: (transfer none): the editor; it destroys itself when done
 */
RbdCheckinEditor *
rbd_checkin_editor_new (RbdStore    *store,
                        const GDate *date)
{
  RbdCheckinEditor *self;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (RBD_TYPE_CHECKIN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->date = *date;

  update_date (self);
  show_checkin (self, rbd_checkin_find_for_date (store, date));
  gtk_widget_grab_focus (GTK_WIDGET (self->sleep_row));

  return self;
}

void
rbd_checkin_editor_get_date (RbdCheckinEditor *self,
                             GDate            *date)
{
  g_return_if_fail (RBD_IS_CHECKIN_EDITOR (self));

  *date = self->date;
}

gboolean
rbd_checkin_editor_is_valid (RbdCheckinEditor *self)
{
  g_return_val_if_fail (RBD_IS_CHECKIN_EDITOR (self), FALSE);

  return self->valid;
}
