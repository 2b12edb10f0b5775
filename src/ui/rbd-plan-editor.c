/* rbd-plan-editor.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-plan-editor.h"
#include "rbd-plan-util.h"

/* Adds a planned session to the store, or changes one that is there. The
 * values are checked by the record's own rules as they are typed, and the
 * reasons shown under the fields; the store is only touched on Save. */
struct _RbdPlanEditor
{
  AdwWindow          parent_instance;

  RbdStore          *store;
  RbdPlannedSession *session;      /* NULL for a new one */
  RbdPlannedSession *scratch;      /* what values are checked against */
  GDate              date;
  gboolean           imperial;
  gboolean           syncing;
  gboolean           duration_touched;
  gboolean           valid;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  AdwComboRow       *kind_row;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  AdwEntryRow       *title_row;
  GtkWidget         *duration_row;
  GtkWidget         *duration_minutes_row;
  GtkSpinButton     *hours_spin;
  GtkSpinButton     *minutes_spin;
  GtkWidget         *distance_row;
  GtkSpinButton     *distance_spin;
  GtkLabel          *distance_unit_label;
  GtkLabel          *error_label;
  GtkTextView       *notes_view;
};

G_DEFINE_FINAL_TYPE (RbdPlanEditor, rbd_plan_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
get_duration_s (RbdPlanEditor *self)
{
  return gtk_spin_button_get_value_as_int (self->hours_spin) * 3600 +
         gtk_spin_button_get_value_as_int (self->minutes_spin) * 60;
}

static void
set_duration_s (RbdPlanEditor *self,
                int            seconds)
{
  int minutes = MAX (seconds, 0) / 60;
  gboolean was_syncing = self->syncing;

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->hours_spin, minutes / 60);
  gtk_spin_button_set_value (self->minutes_spin, minutes % 60);
  self->syncing = was_syncing;
}

static double
get_distance_m (RbdPlanEditor *self)
{
  return rbd_plan_distance_from_display (gtk_spin_button_get_value (self->distance_spin),
                                         self->imperial);
}

static char *
dup_title (RbdPlanEditor *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
}

static char *
dup_notes (RbdPlanEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
mark_row (GtkWidget *row,
          GError    *error)
{
  if (error != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Checks every field with the record's rules and says what is wrong. */
static void
validate (RbdPlanEditor *self)
{
  RbdRecord *scratch = RBD_RECORD (self->scratch);
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) duration_error = NULL;
  g_autoptr(GError) distance_error = NULL;
  g_autofree char *title = dup_title (self);
  double distance_m = get_distance_m (self);

  rbd_record_validate_string (scratch, "title", title, &title_error);
  rbd_record_validate_int (scratch, "duration_s", get_duration_s (self), &duration_error);
  if (distance_m > 0)
    rbd_record_validate_double (scratch, "distance_m", distance_m, &distance_error);

  mark_row (GTK_WIDGET (self->title_row), title_error);
  mark_row (self->duration_row, duration_error);
  mark_row (self->duration_minutes_row, duration_error);
  mark_row (self->distance_row, distance_error);

  {
    const GError *all[] = { title_error, duration_error, distance_error };

    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      {
        if (all[i] == NULL)
          continue;
        if (errors->len > 0)
          g_string_append_c (errors, '\n');
        g_string_append (errors, all[i]->message);
      }
  }

  self->valid = errors->len == 0;
  gtk_label_set_text (self->error_label, errors->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !self->valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);
}

static void
update_date_button (RbdPlanEditor *self)
{
  /* Translators: the day on the editor's date button, e.g. "Mon 30 Nov 2026";
   * see the GDateTime format reference */
  g_autofree char *text = rbd_plan_format_date (&self->date, C_("editor date", "%a %-d %b %Y"));
  g_autofree char *full = NULL;
  g_autoptr(GDateTime) time = NULL;
  gboolean was_syncing;

  gtk_menu_button_set_label (self->date_button, text);

  full = rbd_plan_format_day_long (&self->date);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_button), _("Choose the day"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);

  time = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                g_date_get_day (&self->date), 12, 0, 0);
  was_syncing = self->syncing;
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, time);
  self->syncing = was_syncing;
}

static void
on_kind_selected_cb (RbdPlanEditor *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->syncing || kind >= RBD_N_KINDS)
    return;

  /* A new session follows the kind's usual length until the user picks
   * one; an existing one keeps what was planned. */
  if (self->session == NULL && !self->duration_touched)
    set_duration_s (self, rbd_plan_kind_get_default_duration_s (kind));

  validate (self);
}

static void
on_day_selected_cb (RbdPlanEditor *self)
{
  g_autoptr(GDateTime) time = NULL;

  if (self->syncing)
    return;

  time = gtk_calendar_get_date (self->calendar);
  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (time),
                  g_date_time_get_month (time), g_date_time_get_year (time));
  update_date_button (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_changed_cb (RbdPlanEditor *self)
{
  if (!self->syncing)
    validate (self);
}

static void
on_duration_changed_cb (RbdPlanEditor *self)
{
  if (self->syncing)
    return;

  self->duration_touched = TRUE;
  validate (self);
}

static void
on_entry_activated_cb (RbdPlanEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
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
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (string);

  /* The combo row's own button shows the selected item through a list
   * item of its own, whose position says nothing: go by the label. */
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

static void
set_string (RbdRecord  *record,
            const char *field,
            const char *value)
{
  if (value == NULL || *value == '\0')
    {
      rbd_record_unset (record, field);
      return;
    }

  if (g_strcmp0 (rbd_record_get_string (record, field), value) != 0)
    rbd_record_set_string (record, field, value);
}

static void
set_positive_int (RbdRecord  *record,
                  const char *field,
                  int         value)
{
  if (value <= 0)
    rbd_record_unset (record, field);
  else if (!rbd_record_is_set (record, field) || rbd_record_get_int (record, field) != value)
    rbd_record_set_int (record, field, value);
}

static void
set_positive_double (RbdRecord  *record,
                     const char *field,
                     double      value)
{
  if (value <= 0)
    rbd_record_unset (record, field);
  else if (!rbd_record_is_set (record, field) ||
           fabs (rbd_record_get_double (record, field) - value) > 0.5)
    rbd_record_set_double (record, field, value);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanEditor *self = RBD_PLAN_EDITOR (widget);
  g_autoptr(RbdPlannedSession) session = NULL;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;
  RbdRecord *record;
  guint kind;
  char date[11];

  validate (self);
  if (!self->valid)
    return;

  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    {
      /* The page makes editing impossible first; this is the last guard. */
      gtk_label_set_text (self->error_label, _("The plan cannot be changed right now."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  session = self->session != NULL ? g_object_ref (self->session) : rbd_planned_session_new ();
  record = RBD_RECORD (session);

  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind < RBD_N_KINDS && (guint) rbd_record_get_enum (record, "kind") != kind)
    rbd_record_set_enum (record, "kind", kind);

  rbd_date_format_buf (&self->date, date);
  set_string (record, "date", date);

  title = dup_title (self);
  set_string (record, "title", title);
  notes = dup_notes (self);
  set_string (record, "notes", notes);
  set_positive_int (record, "duration_s", get_duration_s (self));
  /* Distances are typed to a tenth of the unit: keep them to the metre. */
  set_positive_double (record, "distance_m", round (get_distance_m (self)));

  if (self->session == NULL)
    g_list_store_append (rbd_store_get_planned (self->store), session);

  g_signal_emit (self, signals[SAVED], 0, session);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rbd_plan_editor_dispose (GObject *object)
{
  RbdPlanEditor *self = RBD_PLAN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PLAN_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->scratch);

  G_OBJECT_CLASS (rbd_plan_editor_parent_class)->dispose (object);
}

static void
rbd_plan_editor_class_init (RbdPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_editor_dispose;

  /**
   * RbdPlanEditor::saved:
   * @session: the session as saved, already in the store
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RBD_TYPE_PLANNED_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, duration_minutes_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, distance_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, distance_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, distance_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_duration_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

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
rbd_plan_editor_init (RbdPlanEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scratch = rbd_planned_session_new ();
  g_date_clear (&self->date, 1);

  for (guint i = 0; i < RBD_N_KINDS; i++)
    gtk_string_list_append (kinds, rbd_kind_get_label (i));

  g_signal_connect (factory, "setup", G_CALLBACK (kind_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (kind_factory_bind_cb), NULL);
  adw_combo_row_set_factory (self->kind_row, factory);

  self->syncing = TRUE;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->syncing = FALSE;
}

/**
 * rbd_plan_editor_new:
 * @session: (nullable): the session to change, or %NULL for a new one
 * @day: the day a new session is planned on
 *
 * Returns: (transfer none): the editor; it destroys itself when done
 */
RbdPlanEditor *
rbd_plan_editor_new (RbdStore          *store,
                     RbdPlannedSession *session,
                     const GDate       *day,
                     gboolean           imperial)
{
  RbdPlanEditor *self;
  RbdRecord *record;
  RbdKind kind = RBD_KIND_EASY;

  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (session == NULL || RBD_IS_PLANNED_SESSION (session), NULL);
  g_return_val_if_fail (session != NULL || (day != NULL && g_date_valid (day)), NULL);

  self = g_object_new (RBD_TYPE_PLAN_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->session = session != NULL ? g_object_ref (session) : NULL;
  self->imperial = imperial;

  gtk_label_set_text (self->distance_unit_label,
                      /* Translators: distance units after the distance field */
                      imperial ? _("mi") : _("km"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->distance_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  imperial ? _("Distance in miles") : _("Distance in kilometres"),
                                  -1);

  self->syncing = TRUE;
  if (session != NULL)
    {
      const char *text;

      record = RBD_RECORD (session);
      kind = rbd_record_get_enum (record, "kind");
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
      adw_window_title_set_title (self->window_title, _("Edit Session"));

      if (!rbd_date_parse (rbd_record_get_string (record, "date"), &self->date))
        rbd_date_today (&self->date);

      text = rbd_record_get_string (record, "title");
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), text != NULL ? text : "");

      text = rbd_record_get_string (record, "notes");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                text != NULL ? text : "", -1);

      if (rbd_record_is_set (record, "duration_s"))
        set_duration_s (self, rbd_record_get_int (record, "duration_s"));
      if (rbd_record_is_set (record, "distance_m"))
        {
          double metres = rbd_record_get_double (record, "distance_m");

          gtk_spin_button_set_value (self->distance_spin,
                                     rbd_plan_distance_to_display (metres, imperial));
        }
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Session"));
      adw_window_title_set_title (self->window_title, _("New Session"));
      self->date = *day;
      set_duration_s (self, rbd_plan_kind_get_default_duration_s (kind));
    }

  adw_combo_row_set_selected (self->kind_row, kind);
  update_date_button (self);
  self->syncing = FALSE;

  validate (self);

  return self;
}

/* The session being edited; NULL while a new one is not saved. */
RbdPlannedSession *
rbd_plan_editor_get_session (RbdPlanEditor *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_EDITOR (self), NULL);

  return self->session;
}
