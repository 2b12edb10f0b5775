/* rbd-session-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-session-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-kind.h"
#include "rbd-locale-format.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-session-row.h"
#include "rbd-training-load.h"

/* One logged session in the history: kind, day and time, duration,
 * distance, pace, effort and load. It follows the session's changes for
 * as long as it shows it. */
struct _RbdSessionRow
{
  GtkWidget   parent_instance;

  RbdSession *session;
  gulong      notify_id;
  char       *title;
  gboolean    imperial;
  const char *kind_class;

  /* Template widgets */
  GtkImage   *kind_icon;
  GtkLabel   *title_label;
  GtkLabel   *date_label;
  GtkLabel   *summary_label;
  GtkLabel   *detail_label;
};

G_DEFINE_FINAL_TYPE (RbdSessionRow, rbd_session_row, GTK_TYPE_WIDGET)

static void
append_part (GString    *string,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (string->len > 0)
    g_string_append (string, " · ");
  g_string_append (string, part);
}

/* "Thu 26 Nov, 07:14": the week's heading says the year. */
static char *
format_row_date (RbdSession *session)
{
  g_autoptr(GDateTime) start = rbd_log_session_dup_start (session);

  if (start == NULL)
    return g_strdup (_("No start time"));

  /* Translators: a session's day and time in the history, e.g.
   * "Thu 26 Nov, 07:14"; see the GDateTime format reference. Keep "%H:%M":
   * it becomes "7:14 AM" where the locale keeps a 12-hour clock */
  return rbd_locale_format_date_time (start, C_("history row", "%a %-d %b, %H:%M"));
}

static void
update (RbdSessionRow *self)
{
  RbdRecord *record = RBD_RECORD (self->session);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *distance = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *rpe = NULL;
  g_autofree char *load = NULL;
  g_autofree char *accessible = NULL;
  const char *title;
  RbdKind kind;
  int duration_s, rpe_value;
  double distance_m, load_value;

  kind = rbd_record_get_enum (record, "kind");
  if ((guint) kind >= RBD_N_KINDS)
    kind = RBD_KIND_EASY;

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->kind_class);
  self->kind_class = rbd_plan_kind_get_css_class (kind);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->kind_class);
  gtk_image_set_from_icon_name (self->kind_icon, rbd_plan_kind_get_icon_name (kind));

  title = self->title != NULL && *self->title != '\0' ? self->title : rbd_kind_get_label (kind);
  gtk_label_set_text (self->title_label, title);

  date = format_row_date (self->session);
  gtk_label_set_text (self->date_label, date);

  duration_s = rbd_record_get_int (record, "duration_s");
  distance_m = rbd_record_get_double (record, "distance_m");
  if (duration_s > 0)
    duration = rbd_plan_format_duration (duration_s);
  if (distance_m > 0)
    distance = rbd_plan_format_distance (distance_m, self->imperial);
  append_part (summary, duration);
  append_part (summary, distance);
  gtk_label_set_text (self->summary_label, summary->str);

  pace = rbd_log_format_pace (distance_m, duration_s, self->imperial);
  rpe_value = rbd_record_get_int (record, "rpe");
  if (rpe_value >= 1)
    /* Translators: effort on the 1-10 scale in a history row, e.g. "RPE 6" */
    rpe = g_strdup_printf (_("RPE %d"), rpe_value);
  load_value = rbd_session_get_load (self->session);
  if (load_value >= 0)
    /* Translators: a session's training load (RPE x minutes), e.g. "load 300" */
    load = g_strdup_printf (_("load %.0f"), load_value);
  append_part (detail, pace);
  append_part (detail, rpe);
  append_part (detail, load);
  gtk_label_set_text (self->detail_label, detail->str);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail->len > 0);

  /* Screen readers get one sentence instead of six fragments. */
  accessible = g_strdup_printf ("%s, %s%s%s%s%s", title, date,
                                summary->len > 0 ? ", " : "", summary->str,
                                detail->len > 0 ? ", " : "", detail->str);
  rbd_log_set_accessible_label (GTK_WIDGET (self), accessible);
}

static void
on_session_notify_cb (RbdSessionRow *self)
{
  update (self);
}

static void
disconnect_session (RbdSessionRow *self)
{
  if (self->session != NULL)
    g_clear_signal_handler (&self->notify_id, self->session);
  g_clear_object (&self->session);
}

static void
rbd_session_row_dispose (GObject *object)
{
  RbdSessionRow *self = RBD_SESSION_ROW (object);
  GtkWidget *child;

  disconnect_session (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_SESSION_ROW);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rbd_session_row_parent_class)->dispose (object);
}

static void
rbd_session_row_finalize (GObject *object)
{
  RbdSessionRow *self = RBD_SESSION_ROW (object);

  g_free (self->title);

  G_OBJECT_CLASS (rbd_session_row_parent_class)->finalize (object);
}

static void
rbd_session_row_class_init (RbdSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_session_row_dispose;
  object_class->finalize = rbd_session_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdSessionRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionRow, detail_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessionrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rbd_session_row_init (RbdSessionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              12);
}

GtkWidget *
rbd_session_row_new (void)
{
  return g_object_new (RBD_TYPE_SESSION_ROW, NULL);
}

/**
 * rbd_session_row_set_session:
 * @session: (nullable): the session to show
 * @title: (nullable): the title of the planned session it was logged for
 */
void
rbd_session_row_set_session (RbdSessionRow *self,
                             RbdSession    *session,
                             const char    *title,
                             gboolean       imperial)
{
  g_return_if_fail (RBD_IS_SESSION_ROW (self));
  g_return_if_fail (session == NULL || RBD_IS_SESSION (session));

  disconnect_session (self);
  g_free (self->title);
  self->title = g_strdup (title);
  self->imperial = imperial;

  if (session == NULL)
    return;

  self->session = g_object_ref (session);
  self->notify_id = g_signal_connect_swapped (session, "notify",
                                              G_CALLBACK (on_session_notify_cb), self);
  update (self);
}

RbdSession *
rbd_session_row_get_session (RbdSessionRow *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_ROW (self), NULL);

  return self->session;
}
