/* rbd-plan-welcome.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-plan-welcome.h"

/* The first-start greeting on the Plan page: what Rebound does and the
 * three things to do first (a week template, the body mass, how it
 * works). It shows itself while the document has no training data and
 * hides as soon as there is some, whatever added it. The buttons are
 * actions of the page ("plan.show-templates") and the window
 * ("win.set-body-mass", "win.show-help"). */

struct _RbdPlanWelcome
{
  GtkWidget     parent_instance;

  RbdStore     *store;
  GSignalGroup *store_signals;
  GPtrArray    *list_groups;     /* GSignalGroup on each training list */

  /* Template widgets */
  GtkWidget    *card;
};

G_DEFINE_FINAL_TYPE (RbdPlanWelcome, rbd_plan_welcome, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_visible (RbdPlanWelcome *self)
{
  /* A document that failed to load or is still loading may well have
   * data: greet only one that is known to be empty. */
  gboolean show = self->store != NULL &&
                  rbd_store_get_state (self->store) == RBD_STORE_STATE_READY &&
                  !rbd_store_has_training_data (self->store);

  gtk_widget_set_visible (GTK_WIDGET (self), show);
}

static void
rbd_plan_welcome_dispose (GObject *object)
{
  RbdPlanWelcome *self = RBD_PLAN_WELCOME (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PLAN_WELCOME);

  g_clear_pointer (&self->list_groups, g_ptr_array_unref);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rbd_plan_welcome_parent_class)->dispose (object);
}

static void
rbd_plan_welcome_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RbdPlanWelcome *self = RBD_PLAN_WELCOME (object);

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
rbd_plan_welcome_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RbdPlanWelcome *self = RBD_PLAN_WELCOME (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rbd_plan_welcome_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_welcome_class_init (RbdPlanWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_welcome_dispose;
  object_class->get_property = rbd_plan_welcome_get_property;
  object_class->set_property = rbd_plan_welcome_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planwelcome");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanWelcome, card);
}

static void
rbd_plan_welcome_init (RbdPlanWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (RBD_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "notify::state",
                                  G_CALLBACK (update_visible), self);

  self->list_groups = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < 3; i++)
    {
      GSignalGroup *group = g_signal_group_new (G_TYPE_LIST_STORE);

      g_signal_group_connect_swapped (group, "items-changed", G_CALLBACK (update_visible), self);
      g_ptr_array_add (self->list_groups, group);
    }
}

GtkWidget *
rbd_plan_welcome_new (void)
{
  return g_object_new (RBD_TYPE_PLAN_WELCOME, NULL);
}

RbdStore *
rbd_plan_welcome_get_store (RbdPlanWelcome *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_WELCOME (self), NULL);

  return self->store;
}

void
rbd_plan_welcome_set_store (RbdPlanWelcome *self,
                            RbdStore       *store)
{
  g_return_if_fail (RBD_IS_PLAN_WELCOME (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  g_signal_group_set_target (self->list_groups->pdata[0],
                             store != NULL ? rbd_store_get_planned (store) : NULL);
  g_signal_group_set_target (self->list_groups->pdata[1],
                             store != NULL ? rbd_store_get_sessions (store) : NULL);
  g_signal_group_set_target (self->list_groups->pdata[2],
                             store != NULL ? rbd_store_get_checkins (store) : NULL);
  update_visible (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
