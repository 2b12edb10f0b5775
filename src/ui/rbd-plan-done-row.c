/* rbd-plan-done-row.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-done-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-kind.h"
#include "rbd-plan-done-row.h"
#include "rbd-plan-util.h"

/* A logged session in the week view, under the day's planned cards. It is
 * told apart from them by more than its colour: a check mark, the word
 * "Done" and a flat look next to the raised cards. It only shows; the
 * session is edited on the Log page. */
struct _RbdPlanDoneRow
{
  GtkWidget   parent_instance;

  RbdSession *session;
  const char *kind_class;

  /* Template widgets */
  GtkImage   *kind_icon;
  GtkLabel   *title_label;
  GtkLabel   *meta_label;
};

G_DEFINE_FINAL_TYPE (RbdPlanDoneRow, rbd_plan_done_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (RbdPlanDoneRow *self,
        gboolean        imperial)
{
  RbdRecord *record = RBD_RECORD (self->session);
  RbdKind kind = rbd_record_get_enum (record, "kind");
  const char *kind_text = rbd_kind_get_label (kind);
  g_autofree char *title = NULL;
  g_autofree char *meta = rbd_plan_format_done_meta (record, imperial);
  g_autofree char *accessible = NULL;

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->kind_class);
  self->kind_class = rbd_plan_kind_get_css_class (kind);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->kind_class);
  gtk_image_set_from_icon_name (self->kind_icon, rbd_plan_kind_get_icon_name (kind));

  /* Translators: a logged session in the week view; %s is its kind, e.g.
   * "Done: Easy" */
  title = g_strdup_printf (_("Done: %s"), kind_text);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), *meta != '\0');

  rbd_plan_set_tooltip (GTK_WIDGET (self), rbd_record_get_string (record, "notes"));

  accessible = *meta != '\0' ? g_strdup_printf ("%s, %s", title, meta) : g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
rbd_plan_done_row_dispose (GObject *object)
{
  RbdPlanDoneRow *self = RBD_PLAN_DONE_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PLAN_DONE_ROW);
  /* The template's boxes have no names, so that did not take them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (rbd_plan_done_row_parent_class)->dispose (object);
}

static void
rbd_plan_done_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RbdPlanDoneRow *self = RBD_PLAN_DONE_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_done_row_class_init (RbdPlanDoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_done_row_dispose;
  object_class->get_property = rbd_plan_done_row_get_property;

  /* Set with rbd_plan_done_row_set_session(), which needs the units. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         RBD_TYPE_SESSION,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plandonerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-done-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDoneRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDoneRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanDoneRow, meta_label);
}

static void
rbd_plan_done_row_init (RbdPlanDoneRow *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);
}

GtkWidget *
rbd_plan_done_row_new (RbdSession *session,
                       gboolean    imperial)
{
  RbdPlanDoneRow *self;

  g_return_val_if_fail (RBD_IS_SESSION (session), NULL);

  self = g_object_new (RBD_TYPE_PLAN_DONE_ROW, NULL);
  rbd_plan_done_row_set_session (self, session, imperial);

  return GTK_WIDGET (self);
}

RbdSession *
rbd_plan_done_row_get_session (RbdPlanDoneRow *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_DONE_ROW (self), NULL);

  return self->session;
}

/* Shows @session as it is now; rows are reused from week to week like the
 * planned cards. */
void
rbd_plan_done_row_set_session (RbdPlanDoneRow *self,
                               RbdSession     *session,
                               gboolean        imperial)
{
  g_return_if_fail (RBD_IS_PLAN_DONE_ROW (self));
  g_return_if_fail (RBD_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);

  update (self, imperial);
}
