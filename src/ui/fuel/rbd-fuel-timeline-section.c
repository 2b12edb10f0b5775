/* rbd-fuel-timeline-section.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-fuel-timeline-section"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rbd-fuel-timeline-section.h"

/* The post-run timeline on the Fuel page: "I just finished" to start it,
 * then its steps with clock times and the runner's amounts, each ticked
 * off as it is done, and a way to cancel it. What runs is the document's
 * timeline and the shared runner; this only shows them and changes the
 * record. */
struct _RbdFuelTimelineSection
{
  AdwBin               parent_instance;

  RbdTimelineRunner   *runner;
  GListStore          *timelines;
  RbdUnits             units;
  double               body_mass_kg;
  gboolean             editable;     /* the document takes changes */

  /* The timeline the rows are for, and its rows' parts. */
  RbdRecoveryTimeline *shown;
  GSignalGroup        *timeline_signals;
  GtkWidget           *checks[RBD_TIMELINE_N_STEPS];
  GtkWidget           *now_labels[RBD_TIMELINE_N_STEPS];
  gboolean             syncing;

  AdwMessageDialog    *confirm_dialog;

  /* Template widgets */
  GtkLabel            *status_label;
  GtkButton           *start_button;
  GtkListBox          *steps_list;
  GtkButton           *cancel_button;
};

G_DEFINE_FINAL_TYPE (RbdFuelTimelineSection, rbd_fuel_timeline_section, ADW_TYPE_BIN)

static RbdRecoveryTimeline *
get_timeline (RbdFuelTimelineSection *self)
{
  return self->runner != NULL ? rbd_timeline_runner_get_timeline (self->runner) : NULL;
}

static void
update_status (RbdFuelTimelineSection *self)
{
  RbdRecoveryTimeline *timeline = get_timeline (self);
  g_autofree char *text = NULL;

  if (timeline == NULL)
    {
      if (rbd_fuel_check_body_mass (self->body_mass_kg, NULL))
        text = g_strdup (_("After a long run or a hard workout, start the timeline: it "
                           "reminds you when to eat, drink and rest, with your own amounts."));
      else
        text = g_strdup (_("After a long run or a hard workout, start the timeline: it "
                           "reminds you when to eat, drink and rest. Enter your body mass "
                           "above to see your own amounts in it."));
    }
  else
    {
      g_autoptr(GDateTime) finish = rbd_recovery_timeline_dup_finish (timeline);
      g_autoptr(GDateTime) end = rbd_recovery_timeline_dup_end (timeline);
      g_autofree char *finish_text = rbd_format_clock_time (finish);
      g_autofree char *end_text = rbd_format_clock_time (end);

      if (rbd_recovery_timeline_get_all_ticked (timeline))
        /* Translators: the times are "09:40" and "12:40" */
        text = g_strdup_printf (_("You finished at %s and every step is done. The timeline "
                                  "ends at %s."), finish_text, end_text);
      else
        /* Translators: %s is a time, "09:40" */
        text = g_strdup_printf (_("You finished at %s. Tick off each step when it is done. "
                                  "Reminders come while Rebound runs, also with its window "
                                  "closed."), finish_text);
    }

  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), timeline == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button),
                            self->runner != NULL && self->editable);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_list), timeline != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), timeline != NULL);
}

/* Ticks and the "Now" mark, without rebuilding the rows: a row with the
 * keyboard focus keeps it. */
static void
update_states (RbdFuelTimelineSection *self)
{
  RbdRecoveryTimeline *timeline = self->shown;
  int current = self->runner != NULL ? rbd_timeline_runner_get_current_step (self->runner) : -1;

  if (timeline == NULL)
    return;

  self->syncing = TRUE;
  for (guint i = 0; i < RBD_TIMELINE_N_STEPS; i++)
    {
      gboolean ticked = rbd_recovery_timeline_get_step_ticked (timeline, i);

      if (self->checks[i] == NULL)
        continue;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->checks[i]), ticked);
      gtk_widget_set_visible (self->now_labels[i], (int) i == current && !ticked);
    }
  self->syncing = FALSE;
}

static void
on_check_toggled_cb (GtkCheckButton         *check,
                     RbdFuelTimelineSection *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "rbd-step"));

  if (self->syncing || self->shown == NULL)
    return;

  rbd_recovery_timeline_set_step_ticked (self->shown, index,
                                         gtk_check_button_get_active (check));
}

static GtkWidget *
create_step_row (RbdFuelTimelineSection *self,
                 RbdTimelineStep        *step)
{
  g_autofree char *heading = rbd_timeline_step_dup_heading (step);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *now = gtk_label_new (_("Now"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), step->body);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (check), "rbd-step", GUINT_TO_POINTER (step->index));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, step->body,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (now, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (now, "accent");
  gtk_widget_add_css_class (now, "heading");
  gtk_widget_set_visible (now, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), now);

  self->checks[step->index] = check;
  self->now_labels[step->index] = now;

  return row;
}

static void
rebuild (RbdFuelTimelineSection *self)
{
  RbdRecoveryTimeline *timeline = get_timeline (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  memset (self->checks, 0, sizeof self->checks);
  memset (self->now_labels, 0, sizeof self->now_labels);

  g_set_object (&self->shown, timeline);
  g_signal_group_set_target (self->timeline_signals, timeline);

  if (timeline != NULL)
    {
      g_autoptr(GPtrArray) steps = rbd_recovery_timeline_dup_steps (timeline, self->units);

      for (guint i = 0; i < steps->len; i++)
        {
          RbdTimelineStep *step = g_ptr_array_index (steps, i);

          gtk_list_box_append (self->steps_list, create_step_row (self, step));
        }
    }

  update_states (self);
  update_status (self);
}

static void
on_runner_timeline_cb (RbdFuelTimelineSection *self,
                       GParamSpec             *pspec,
                       RbdTimelineRunner      *runner)
{
  gboolean had_focus = self->shown != NULL &&
                       gtk_widget_has_focus (GTK_WIDGET (self->cancel_button));

  rebuild (self);

  /* The cancel button went away under the keyboard: start is next. */
  if (had_focus && gtk_widget_get_visible (GTK_WIDGET (self->start_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
on_runner_current_step_cb (RbdFuelTimelineSection *self,
                           GParamSpec             *pspec,
                           RbdTimelineRunner      *runner)
{
  update_states (self);
}

static void
on_timeline_ticked_cb (RbdFuelTimelineSection *self,
                       GParamSpec             *pspec,
                       RbdRecoveryTimeline    *timeline)
{
  update_states (self);
  update_status (self);
}

static void
on_start_clicked_cb (RbdFuelTimelineSection *self,
                     GtkButton              *button)
{
  g_autoptr(GDateTime) finish = NULL;
  g_autoptr(RbdRecoveryTimeline) timeline = NULL;

  if (self->runner == NULL || self->timelines == NULL || !self->editable)
    return;

  /* The runner's clock, so tests and the reminders agree on "now". */
  finish = rbd_timeline_runner_dup_now (self->runner);
  timeline = rbd_recovery_timeline_new (finish, self->body_mass_kg);
  g_list_store_append (self->timelines, timeline);

  /* Keyboard users land on the first step. */
  if (self->checks[0] != NULL)
    gtk_widget_grab_focus (self->checks[0]);
}

static void
on_confirm_response_cb (RbdFuelTimelineSection *self,
                        const char             *response,
                        AdwMessageDialog       *dialog)
{
  g_clear_weak_pointer (&self->confirm_dialog);

  if (g_strcmp0 (response, "cancel-timeline") == 0 && self->shown != NULL)
    rbd_recovery_timeline_cancel (self->shown);
}

static void
on_cancel_clicked_cb (RbdFuelTimelineSection *self,
                      GtkButton              *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->shown == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Cancel the Timeline?"),
                                   _("No more reminders will come for this run. The steps "
                                     "you ticked off stay in your data."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Timeline"),
                                    "cancel-timeline", _("C_ancel Timeline"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-timeline",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->confirm_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rbd_fuel_timeline_section_dispose (GObject *object)
{
  RbdFuelTimelineSection *self = RBD_FUEL_TIMELINE_SECTION (object);

  /* An open question goes with its window (destroy-with-parent); its
   * answer no longer reaches this section. */
  g_clear_weak_pointer (&self->confirm_dialog);

  if (self->timeline_signals != NULL)
    g_signal_group_set_target (self->timeline_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_FUEL_TIMELINE_SECTION);

  g_clear_object (&self->timeline_signals);
  g_clear_object (&self->shown);
  g_clear_object (&self->runner);
  g_clear_object (&self->timelines);

  G_OBJECT_CLASS (rbd_fuel_timeline_section_parent_class)->dispose (object);
}

static void
rbd_fuel_timeline_section_class_init (RbdFuelTimelineSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_fuel_timeline_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/fuel/rbd-fuel-timeline-section.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdFuelTimelineSection, status_label);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelTimelineSection, start_button);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelTimelineSection, steps_list);
  gtk_widget_class_bind_template_child (widget_class, RbdFuelTimelineSection, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
rbd_fuel_timeline_section_init (RbdFuelTimelineSection *self)
{
  self->body_mass_kg = RBD_UNSET;
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->timeline_signals = g_signal_group_new (RBD_TYPE_RECOVERY_TIMELINE);
  g_signal_group_connect_object (self->timeline_signals, "notify::ticked",
                                 G_CALLBACK (on_timeline_ticked_cb), self,
                                 G_CONNECT_SWAPPED);

  update_status (self);
}

void
rbd_fuel_timeline_section_set_runner (RbdFuelTimelineSection *self,
                                      RbdTimelineRunner      *runner,
                                      GListStore             *timelines)
{
  g_return_if_fail (RBD_IS_FUEL_TIMELINE_SECTION (self));
  g_return_if_fail (RBD_IS_TIMELINE_RUNNER (runner));
  g_return_if_fail (G_IS_LIST_STORE (timelines));
  g_return_if_fail (self->runner == NULL);

  self->runner = g_object_ref (runner);
  self->timelines = g_object_ref (timelines);

  g_signal_connect_object (runner, "notify::timeline",
                           G_CALLBACK (on_runner_timeline_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (runner, "notify::current-step",
                           G_CALLBACK (on_runner_current_step_cb), self, G_CONNECT_SWAPPED);

  rebuild (self);
}

void
rbd_fuel_timeline_section_set_units (RbdFuelTimelineSection *self,
                                     RbdUnits                units)
{
  g_return_if_fail (RBD_IS_FUEL_TIMELINE_SECTION (self));

  if (self->units == units)
    return;

  self->units = units;
  rebuild (self);
}

/**
 * rbd_fuel_timeline_section_set_editable:
 *
 * Whether the document takes changes; when not, no timeline can start
 * (the page says why).
 */
void
rbd_fuel_timeline_section_set_editable (RbdFuelTimelineSection *self,
                                        gboolean                editable)
{
  g_return_if_fail (RBD_IS_FUEL_TIMELINE_SECTION (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  update_status (self);
}

/**
 * rbd_fuel_timeline_section_set_body_mass:
 * @body_mass_kg: for the next timeline's amounts, or %RBD_UNSET
 */
void
rbd_fuel_timeline_section_set_body_mass (RbdFuelTimelineSection *self,
                                         double                  body_mass_kg)
{
  g_return_if_fail (RBD_IS_FUEL_TIMELINE_SECTION (self));

  if (self->body_mass_kg == body_mass_kg)
    return;

  self->body_mass_kg = body_mass_kg;
  update_status (self);
}
