/* rbd-preferences-window.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-preferences-window"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-locale-format.h"
#include "rbd-preferences-window.h"

#define KG_PER_LB 0.45359237

typedef enum {
  BODY_MASS,
  REST_HR,
  MAX_HR,
  N_BODY_ROWS
} BodyRow;

struct _RbdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  RbdStore             *store;
  GSignalGroup         *store_signals;
  GSignalGroup         *profile_signals;
  GSettings            *settings;

  /* Why each profile row's text cannot be used, or NULL. */
  char                 *errors[N_BODY_ROWS];
  /* Set while the rows are filled from the profile, so that is not taken
   * for typing. */
  gboolean              syncing;
  /* Rows emptied by the user, as a bit mask, and the idle that unsets them. */
  guint                 pending_unsets;
  guint                 unset_source;

  /* Template widgets */
  AdwComboRow          *units_row;
  AdwComboRow          *week_start_row;
  AdwPreferencesGroup  *body_group;
  AdwEntryRow          *body_mass_row;
  GtkLabel             *body_mass_unit_label;
  AdwEntryRow          *rest_hr_row;
  AdwEntryRow          *max_hr_row;
  GtkLabel             *body_error_label;
  GtkLabel             *body_state_label;
  GtkSpinButton        *lead_in_spin;
  GtkSpinButton        *switch_sides_spin;
  GtkSwitch            *sound_switch;
};

G_DEFINE_FINAL_TYPE (RbdPreferencesWindow, rbd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GSettings values, in the order of the combo rows' items. */
static const char * const unit_ids[] = { "metric", "imperial", NULL };
static const char * const weekday_ids[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

static const char * const field_names[N_BODY_ROWS] = {
  [BODY_MASS] = "body_mass_kg",
  [REST_HR] = "rest_hr_bpm",
  [MAX_HR] = "max_hr_bpm",
};

static gboolean
id_to_index_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char * const *ids = user_data;
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (g_str_equal (ids[i], id))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
index_to_id_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  const char * const *ids = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) ids))
    return NULL;

  return g_variant_new_string (ids[index]);
}

static gboolean
is_imperial (RbdPreferencesWindow *self)
{
  g_autofree char *units = g_settings_get_string (self->settings, "units");

  return g_strcmp0 (units, "imperial") == 0;
}

static RbdRecord *
get_profile (RbdPreferencesWindow *self)
{
  RbdProfile *profile = self->store != NULL ? rbd_store_get_profile (self->store) : NULL;

  return profile != NULL ? RBD_RECORD (profile) : NULL;
}

static AdwEntryRow *
get_row (RbdPreferencesWindow *self,
         BodyRow               which)
{
  switch (which)
    {
    case BODY_MASS:
      return self->body_mass_row;
    case REST_HR:
      return self->rest_hr_row;
    case MAX_HR:
      return self->max_hr_row;
    case N_BODY_ROWS:
    default:
      g_assert_not_reached ();
    }
}

/* One decimal, in the user's locale, without a pointless ".0". */
static char *
format_mass (double value)
{
  double rounded = round (value * 10.0) / 10.0;

  if (fabs (rounded - round (rounded)) < 0.001)
    return g_strdup_printf ("%.0f", rounded);

  return g_strdup_printf ("%.1f", rounded);
}

/* The text a row shows for the profile's value (kg or bpm), "" when unset. */
static char *
format_value (RbdPreferencesWindow *self,
              BodyRow               which,
              double                value)
{
  if (value == RBD_UNSET)
    return g_strdup ("");

  if (which == BODY_MASS)
    return format_mass (is_imperial (self) ? value / KG_PER_LB : value);

  return g_strdup_printf ("%d", (int) value);
}

/* Accepts "70.5" and "70,5" whatever the locale: people type both. */
static gboolean
parse_number (const char  *text,
              double      *value,
              GError     **error)
{
  if (rbd_locale_parse_number (text, value))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Enter a number"));
  return FALSE;
}

static void
update_error_label (RbdPreferencesWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < N_BODY_ROWS; i++)
    {
      if (self->errors[i] == NULL)
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, self->errors[i]);
    }

  gtk_label_set_text (self->body_error_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->body_error_label), text->len > 0);
}

static void
set_row_error (RbdPreferencesWindow *self,
               BodyRow               which,
               const char           *message)
{
  GtkWidget *row = GTK_WIDGET (get_row (self, which));

  g_free (self->errors[which]);
  self->errors[which] = g_strdup (message);

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  gtk_widget_set_tooltip_text (row, message);
  update_error_label (self);
}

/* Turns what the user typed into the profile's value, or says why not. */
static gboolean
parse_row (RbdPreferencesWindow  *self,
           BodyRow                which,
           double                *value,
           GError               **error)
{
  RbdRecord *profile = get_profile (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (get_row (self, which)));
  const char *field = field_names[which];
  const RbdField *info = rbd_record_class_find_field (RBD_RECORD_GET_CLASS (profile), field);
  double number;

  if (!parse_number (text, &number, error))
    {
      /* Say which row: the messages are listed together under the group. */
      if (info != NULL)
        g_prefix_error (error, "%s: ", _(info->label));
      return FALSE;
    }

  if (which == BODY_MASS)
    {
      if (is_imperial (self))
        {
          number *= KG_PER_LB;

          /* The range is kept in kg; say it in the unit the user typed in. */
          if (info != NULL && (number < info->min || number > info->max))
            {
              g_autofree char *min = format_mass (info->min / KG_PER_LB);
              g_autofree char *max = format_mass (info->max / KG_PER_LB);

              /* Translators: e.g. "Body mass must be between 44.1 and 661.4 lb" */
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("%s must be between %s and %s lb"),
                           _(info->label), min, max);
              return FALSE;
            }
        }

      if (!rbd_record_validate_double (profile, field, number, error))
        return FALSE;
    }
  else
    {
      if (number != floor (number) || fabs (number) > G_MAXINT)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("Enter a whole number"));
          if (info != NULL)
            g_prefix_error (error, "%s: ", _(info->label));
          return FALSE;
        }

      if (!rbd_record_validate_int (profile, field, (int) number, error))
        return FALSE;
    }

  *value = number;
  return TRUE;
}

static double
get_profile_value (RbdPreferencesWindow *self,
                   BodyRow               which)
{
  RbdRecord *profile = get_profile (self);

  if (profile == NULL || !rbd_record_is_set (profile, field_names[which]))
    return RBD_UNSET;

  if (which == BODY_MASS)
    return rbd_record_get_double (profile, field_names[which]);

  return rbd_record_get_int (profile, field_names[which]);
}

static void
apply_unsets (RbdPreferencesWindow *self)
{
  RbdRecord *profile = get_profile (self);
  guint pending = self->pending_unsets;

  self->pending_unsets = 0;
  g_clear_handle_id (&self->unset_source, g_source_remove);

  if (profile == NULL || rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    return;

  for (guint i = 0; i < N_BODY_ROWS; i++)
    {
      if ((pending & (1u << i)) != 0 && rbd_record_is_set (profile, field_names[i]))
        rbd_record_unset (profile, field_names[i]);
    }
}

static gboolean
apply_unsets_cb (gpointer user_data)
{
  RbdPreferencesWindow *self = user_data;

  self->unset_source = 0;
  apply_unsets (self);

  return G_SOURCE_REMOVE;
}

static void
body_row_changed (RbdPreferencesWindow *self,
                  BodyRow               which)
{
  RbdRecord *profile = get_profile (self);
  AdwEntryRow *row = get_row (self, which);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double value;

  if (self->syncing || profile == NULL)
    return;

  /* Only a loaded, writable document can take a change. */
  if (rbd_store_get_state (self->store) != RBD_STORE_STATE_READY)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    {
      /* Replacing the text (a paste over a selection, or set_text) passes
       * through "" on its way: only an emptiness that lasts means "unset". */
      set_row_error (self, which, NULL);
      self->pending_unsets |= 1u << which;
      if (self->unset_source == 0)
        self->unset_source = g_idle_add (apply_unsets_cb, self);
      return;
    }

  self->pending_unsets &= ~(1u << which);

  if (!parse_row (self, which, &value, &error))
    {
      set_row_error (self, which, error->message);
      return;
    }

  set_row_error (self, which, NULL);

  if (value == get_profile_value (self, which))
    return;

  if (which == BODY_MASS)
    rbd_record_set_double (profile, field_names[which], value);
  else
    rbd_record_set_int (profile, field_names[which], (int) value);
}

/* What the row's text means, formatted the way the profile's value would
 * be; NULL when it means nothing usable. */
static char *
dup_row_meaning (RbdPreferencesWindow *self,
                 BodyRow               which)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (get_row (self, which)));
  g_autoptr(GError) error = NULL;
  double typed;

  if (*text == '\0')
    return g_strdup ("");

  if (get_profile (self) == NULL || !parse_row (self, which, &typed, &error))
    return NULL;

  return format_value (self, which, typed);
}

/* Shows the profile's values. Unless @force, a row the user is working on
 * is left alone: one whose text already means the same (so "70.50" being
 * typed is not rewritten under the cursor), one with an error still being
 * fixed, and one just emptied. */
static void
sync_rows (RbdPreferencesWindow *self,
           gboolean              force)
{
  self->syncing = TRUE;

  for (guint i = 0; i < N_BODY_ROWS; i++)
    {
      AdwEntryRow *row = get_row (self, i);
      g_autofree char *wanted = format_value (self, i, get_profile_value (self, i));

      if (!force)
        {
          g_autofree char *current = NULL;

          if (self->errors[i] != NULL || (self->pending_unsets & (1u << i)) != 0)
            continue;

          current = dup_row_meaning (self, i);
          if (g_strcmp0 (current, wanted) == 0)
            continue;
        }
      else
        {
          self->pending_unsets &= ~(1u << i);
        }

      gtk_editable_set_text (GTK_EDITABLE (row), wanted);
      set_row_error (self, i, NULL);
    }

  self->syncing = FALSE;
}

static void
update_body_group (RbdPreferencesWindow *self)
{
  RbdStoreState state = self->store != NULL ? rbd_store_get_state (self->store)
                                            : RBD_STORE_STATE_EMPTY;
  const char *explanation = NULL;
  gboolean editable = state == RBD_STORE_STATE_READY;

  switch (state)
    {
    case RBD_STORE_STATE_READY:
      break;

    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
      explanation = _("Your data is still loading.");
      break;

    case RBD_STORE_STATE_BROKEN:
      explanation = _("Your data file could not be read, so these values cannot be changed. "
                      "The main window shows what you can do about it.");
      break;

    case RBD_STORE_STATE_READ_ONLY:
      explanation = _("Your data file was written by a newer version of Rebound and is "
                      "read-only, so these values cannot be changed.");
      break;

    default:
      g_assert_not_reached ();
    }

  for (guint i = 0; i < N_BODY_ROWS; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (get_row (self, i)), editable);

  gtk_label_set_text (self->body_state_label, explanation != NULL ? explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_state_label), explanation != NULL);
}

static void
update_units (RbdPreferencesWindow *self)
{
  gtk_label_set_text (self->body_mass_unit_label,
                      /* Translators: short units of body mass */
                      is_imperial (self) ? _("lb") : _("kg"));
}

static void
on_body_mass_changed_cb (RbdPreferencesWindow *self,
                         GtkEditable          *editable)
{
  body_row_changed (self, BODY_MASS);
}

static void
on_rest_hr_changed_cb (RbdPreferencesWindow *self,
                       GtkEditable          *editable)
{
  body_row_changed (self, REST_HR);
}

static void
on_max_hr_changed_cb (RbdPreferencesWindow *self,
                      GtkEditable          *editable)
{
  body_row_changed (self, MAX_HR);
}

static void
on_units_changed_cb (RbdPreferencesWindow *self,
                     const char           *key,
                     GSettings            *settings)
{
  update_units (self);

  /* The same mass in the other unit: rewrite the row, unless it holds
   * something unusable that the user is still fixing, or was just emptied. */
  if (self->errors[BODY_MASS] == NULL && (self->pending_unsets & (1u << BODY_MASS)) == 0)
    {
      g_autofree char *text = format_value (self, BODY_MASS, get_profile_value (self, BODY_MASS));

      self->syncing = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->body_mass_row), text);
      self->syncing = FALSE;
    }
}

static void
on_profile_notify_cb (RbdPreferencesWindow *self,
                      GParamSpec           *pspec,
                      RbdProfile           *profile)
{
  sync_rows (self, FALSE);
}

static void
on_store_state_changed_cb (RbdPreferencesWindow *self,
                           GParamSpec           *pspec,
                           RbdStore             *store)
{
  update_body_group (self);
}

static void
on_store_profile_changed_cb (RbdPreferencesWindow *self,
                             GParamSpec           *pspec,
                             RbdStore             *store)
{
  /* Each load, restore or fresh start brings a new profile object. */
  g_signal_group_set_target (self->profile_signals, rbd_store_get_profile (store));
  sync_rows (self, TRUE);
}

static void
rbd_preferences_window_constructed (GObject *object)
{
  RbdPreferencesWindow *self = RBD_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (rbd_preferences_window_parent_class)->constructed (object);

  g_signal_group_set_target (self->store_signals, self->store);
  if (self->store != NULL)
    g_signal_group_set_target (self->profile_signals, rbd_store_get_profile (self->store));

  update_units (self);
  update_body_group (self);
  sync_rows (self, TRUE);
}

static void
rbd_preferences_window_dispose (GObject *object)
{
  RbdPreferencesWindow *self = RBD_PREFERENCES_WINDOW (object);

  /* An emptied row still counts when the window closes right away. */
  if (self->unset_source != 0)
    apply_unsets (self);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  if (self->profile_signals != NULL)
    g_signal_group_set_target (self->profile_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_preferences_window_parent_class)->dispose (object);
}

static void
rbd_preferences_window_finalize (GObject *object)
{
  RbdPreferencesWindow *self = RBD_PREFERENCES_WINDOW (object);

  for (guint i = 0; i < N_BODY_ROWS; i++)
    g_clear_pointer (&self->errors[i], g_free);

  G_OBJECT_CLASS (rbd_preferences_window_parent_class)->finalize (object);
}

static void
rbd_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RbdPreferencesWindow *self = RBD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RbdPreferencesWindow *self = RBD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_preferences_window_class_init (RbdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rbd_preferences_window_constructed;
  object_class->dispose = rbd_preferences_window_dispose;
  object_class->finalize = rbd_preferences_window_finalize;
  object_class->get_property = rbd_preferences_window_get_property;
  object_class->set_property = rbd_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, units_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, body_group);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, body_mass_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, body_mass_unit_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, rest_hr_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, max_hr_row);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, body_error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, body_state_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, lead_in_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, switch_sides_spin);
  gtk_widget_class_bind_template_child (widget_class, RbdPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_body_mass_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rest_hr_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_max_hr_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rbd_preferences_window_init (RbdPreferencesWindow *self)
{
  g_autoptr(GtkStringList) weekdays = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Weekday names from the locale; 2024-01-01 was a Monday. */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, 1 + i, 12, 0, 0);
      g_autofree char *name = g_date_time_format (day, "%A");

      gtk_string_list_append (weekdays, name);
    }
  adw_combo_row_set_model (self->week_start_row, G_LIST_MODEL (weekdays));

  /* Not APP_ID: the development build shares the settings schema. */
  self->settings = g_settings_new (BASE_APP_ID);
  g_settings_bind_with_mapping (self->settings, "units",
                                self->units_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                id_to_index_mapping, index_to_id_mapping,
                                (gpointer) unit_ids, NULL);
  g_settings_bind_with_mapping (self->settings, "first-day-of-week",
                                self->week_start_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                id_to_index_mapping, index_to_id_mapping,
                                (gpointer) weekday_ids, NULL);
  g_settings_bind (self->settings, "routine-lead-in-s",
                   self->lead_in_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "routine-switch-sides-s",
                   self->switch_sides_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "routine-sound",
                   self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::units",
                           G_CALLBACK (on_units_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->store_signals = g_signal_group_new (RBD_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "notify::state",
                                 G_CALLBACK (on_store_state_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "notify::profile",
                                 G_CALLBACK (on_store_profile_changed_cb),
                                 self, G_CONNECT_SWAPPED);

  self->profile_signals = g_signal_group_new (RBD_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify",
                                 G_CALLBACK (on_profile_notify_cb),
                                 self, G_CONNECT_SWAPPED);
}

RbdPreferencesWindow *
rbd_preferences_window_new (RbdStore *store)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);

  return g_object_new (RBD_TYPE_PREFERENCES_WINDOW,
                       "store", store,
                       NULL);
}

RbdStore *
rbd_preferences_window_get_store (RbdPreferencesWindow *self)
{
  g_return_val_if_fail (RBD_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}

/* Puts the keyboard focus in the body mass row, for the first-start
 * welcome's "Set Body Mass…". */
void
rbd_preferences_window_focus_body_mass (RbdPreferencesWindow *self)
{
  g_return_if_fail (RBD_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (
                                             GTK_WIDGET (self->body_mass_row),
                                             ADW_TYPE_PREFERENCES_PAGE)));
  gtk_widget_grab_focus (GTK_WIDGET (self->body_mass_row));
}
