/* rbd-fuel-number-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel-number-row"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-fuel-number-row.h"
#include "rbd-locale-format.h"

/* A row with a spin button and its unit: the Fuel page's input. What
 * counts is the text as typed, not the spin button's value (which only
 * follows on Enter or leaving the field), so results can follow each key
 * and a wrong entry can be explained while it is still on screen. */
struct _RbdFuelNumberRow
{
  AdwActionRow   parent_instance;

  gboolean       setting;
  gboolean       has_error;

  /* Template widgets */
  GtkSpinButton *spin_button;
  GtkAdjustment *adjustment;
  GtkLabel      *unit_label;
};

G_DEFINE_FINAL_TYPE (RbdFuelNumberRow, rbd_fuel_number_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_accessible_label (RbdFuelNumberRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  const char *unit = gtk_label_get_text (self->unit_label);
  g_autofree char *label = NULL;

  if (unit != NULL && *unit != '\0')
    /* Translators: a field and its unit, for screen readers: "Body mass, kg" */
    label = g_strdup_printf (_("%s, %s"), title, unit);
  else
    label = g_strdup (title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
on_spin_changed_cb (RbdFuelNumberRow *self,
                    GtkEditable      *editable)
{
  if (!self->setting)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* The spin button's own parser takes neither "70,5" in an English locale
 * nor "70.5" in a German one; this takes both. */
static int
on_spin_input_cb (RbdFuelNumberRow *self,
                  double           *new_value,
                  GtkSpinButton    *spin_button)
{
  if (!rbd_fuel_parse_number (gtk_editable_get_text (GTK_EDITABLE (spin_button)), new_value))
    return GTK_INPUT_ERROR;

  return TRUE;
}

/* GtkSpinButton writes its value into the text when it is realized (and
 * the value of an empty field is the lower bound): an empty field would
 * turn into "20.0" and be taken as typed. Empty stays empty until the
 * user types or spins. */
static gboolean
on_spin_output_cb (GtkSpinButton *spin_button,
                   gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin_button);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin_button));

  while (*text == ' ')
    text++;

  return *text == '\0' &&
         gtk_adjustment_get_value (adjustment) == gtk_adjustment_get_lower (adjustment);
}

static void
on_title_changed_cb (RbdFuelNumberRow *self,
                     GParamSpec       *pspec,
                     gpointer          user_data)
{
  update_accessible_label (self);
}

static void
rbd_fuel_number_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_FUEL_NUMBER_ROW);

  G_OBJECT_CLASS (rbd_fuel_number_row_parent_class)->dispose (object);
}

static void
rbd_fuel_number_row_class_init (RbdFuelNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_fuel_number_row_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/fuel/rbd-fuel-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdFuelNumberRow, spin_button);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelNumberRow, adjustment);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelNumberRow, unit_label);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_input_cb);
}

static void
rbd_fuel_number_row_init (RbdFuelNumberRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed_cb), NULL);
  g_signal_connect (self->spin_button, "output", G_CALLBACK (on_spin_output_cb), NULL);
}

GtkWidget *
rbd_fuel_number_row_new (void)
{
  return g_object_new (RBD_TYPE_FUEL_NUMBER_ROW, NULL);
}

/**
 * rbd_fuel_parse_number:
 *
 * Reads a number as people type it: "70.5" or "70,5", spaces around; see
 * rbd_locale_parse_number().
 *
 * Returns: %FALSE for text that is not one finite number
 */
gboolean
rbd_fuel_parse_number (const char *text,
                       double     *value)
{
  g_return_val_if_fail (value != NULL, FALSE);

  return rbd_locale_parse_number (text, value);
}

/**
 * rbd_fuel_number_row_set_range:
 *
 * Sets what the arrows and scrolling move through. Typed text outside it
 * stays as typed, for the page to explain.
 */
void
rbd_fuel_number_row_set_range (RbdFuelNumberRow *self,
                               double            lower,
                               double            upper,
                               double            step,
                               guint             digits)
{
  g_autofree char *text = NULL;

  g_return_if_fail (RBD_IS_FUEL_NUMBER_ROW (self));
  g_return_if_fail (lower <= upper);

  /* Changing the adjustment rewrites the text from the value: keep what
   * is there. */
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->spin_button)));

  self->setting = TRUE;
  gtk_adjustment_configure (self->adjustment,
                            CLAMP (gtk_adjustment_get_value (self->adjustment), lower, upper),
                            lower, upper, step, step * 10, 0);
  gtk_spin_button_set_digits (self->spin_button, digits);
  gtk_editable_set_text (GTK_EDITABLE (self->spin_button), text);
  self->setting = FALSE;
}

void
rbd_fuel_number_row_set_unit (RbdFuelNumberRow *self,
                              const char       *unit)
{
  g_return_if_fail (RBD_IS_FUEL_NUMBER_ROW (self));

  gtk_label_set_text (self->unit_label, unit);
  update_accessible_label (self);
}

const char *
rbd_fuel_number_row_get_unit (RbdFuelNumberRow *self)
{
  g_return_val_if_fail (RBD_IS_FUEL_NUMBER_ROW (self), NULL);

  return gtk_label_get_text (self->unit_label);
}

/**
 * rbd_fuel_number_row_get_number:
 *
 * Returns: %FALSE, with a message naming the row, when the text is not a
 *   number (empty included)
 */
gboolean
rbd_fuel_number_row_get_number (RbdFuelNumberRow  *self,
                                double            *value,
                                GError           **error)
{
  const char *text;

  g_return_val_if_fail (RBD_IS_FUEL_NUMBER_ROW (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self->spin_button));
  if (!rbd_fuel_parse_number (text, value))
    {
      /* Translators: %s is a field, "Body mass: enter a number" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: enter a number"),
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
      return FALSE;
    }

  return TRUE;
}

gboolean
rbd_fuel_number_row_is_empty (RbdFuelNumberRow *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (RBD_IS_FUEL_NUMBER_ROW (self), TRUE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->spin_button))));

  return *text == '\0';
}

/**
 * rbd_fuel_number_row_set_number:
 *
 * Shows @value with the row's digits, without "changed".
 */
void
rbd_fuel_number_row_set_number (RbdFuelNumberRow *self,
                                double            value)
{
  g_autofree char *text = NULL;

  g_return_if_fail (RBD_IS_FUEL_NUMBER_ROW (self));

  self->setting = TRUE;
  /* The value first, so the arrows start from it; then the text, which
   * may lie outside the arrows' range. */
  gtk_adjustment_set_value (self->adjustment, value);
  text = g_strdup_printf ("%.*f", (int) gtk_spin_button_get_digits (self->spin_button), value);
  gtk_editable_set_text (GTK_EDITABLE (self->spin_button), text);
  self->setting = FALSE;
}

/**
 * rbd_fuel_number_row_set_text:
 *
 * Puts @text in the field as if typed: "changed" is emitted.
 */
void
rbd_fuel_number_row_set_text (RbdFuelNumberRow *self,
                              const char       *text)
{
  g_return_if_fail (RBD_IS_FUEL_NUMBER_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->spin_button), text != NULL ? text : "");
}

/**
 * rbd_fuel_number_row_set_error:
 * @message: (nullable): why the text cannot be used, or %NULL
 */
void
rbd_fuel_number_row_set_error (RbdFuelNumberRow *self,
                               const char       *message)
{
  GtkWidget *spin;

  g_return_if_fail (RBD_IS_FUEL_NUMBER_ROW (self));

  spin = GTK_WIDGET (self->spin_button);
  self->has_error = message != NULL;

  if (message != NULL)
    gtk_widget_add_css_class (spin, "error");
  else
    gtk_widget_remove_css_class (spin, "error");

  gtk_widget_set_tooltip_text (spin, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (spin),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

gboolean
rbd_fuel_number_row_has_error (RbdFuelNumberRow *self)
{
  g_return_val_if_fail (RBD_IS_FUEL_NUMBER_ROW (self), FALSE);

  return self->has_error;
}

/**
 * rbd_fuel_number_row_get_spin_button:
 *
 * Returns: (transfer none): the spin button
 */
GtkSpinButton *
rbd_fuel_number_row_get_spin_button (RbdFuelNumberRow *self)
{
  g_return_val_if_fail (RBD_IS_FUEL_NUMBER_ROW (self), NULL);

  return self->spin_button;
}
