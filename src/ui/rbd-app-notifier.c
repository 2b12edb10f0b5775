/* rbd-app-notifier.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-app-notifier"

#include "config.h"

#include "rbd-app-notifier.h"

/* The notifier of the running app: desktop notifications through the
 * application (GNotification, so the portal inside Flatpak), and the
 * screen kept awake through the session manager. Without a session
 * manager inhibiting gives 0, which callers take as "could not", not as
 * an error. */
struct _RbdAppNotifier
{
  GObject         parent_instance;

  /* Weak: the application owns what owns the notifier. */
  GtkApplication *application;
};

static void rbd_app_notifier_iface_init (RbdNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbdAppNotifier, rbd_app_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RBD_TYPE_NOTIFIER,
                                                      rbd_app_notifier_iface_init))

enum {
  PROP_0,
  PROP_APPLICATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
can_notify (RbdAppNotifier *self)
{
  /* Sending before registration is a critical in GLib. */
  return self->application != NULL &&
         g_application_get_is_registered (G_APPLICATION (self->application));
}

static void
app_notifier_send (RbdNotifier *notifier,
                   const char  *id,
                   const char  *title,
                   const char  *body)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (notifier);
  g_autoptr(GNotification) notification = NULL;

  if (!can_notify (self))
    return;

  notification = g_notification_new (title);
  if (body != NULL && *body != '\0')
    g_notification_set_body (notification, body);
  /* No default action: clicking it activates the application, which
   * brings a window back even after the last one was closed. */

  g_application_send_notification (G_APPLICATION (self->application), id, notification);
}

static void
app_notifier_withdraw (RbdNotifier *notifier,
                       const char  *id)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (notifier);

  if (!can_notify (self))
    return;

  g_application_withdraw_notification (G_APPLICATION (self->application), id);
}

static guint
app_notifier_inhibit (RbdNotifier *notifier,
                      const char  *reason)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (notifier);

  if (!can_notify (self))
    return 0;

  /* 0 when there is no session manager to ask: not an error. */
  return gtk_application_inhibit (self->application,
                                  gtk_application_get_active_window (self->application),
                                  GTK_APPLICATION_INHIBIT_IDLE,
                                  reason);
}

static void
app_notifier_uninhibit (RbdNotifier *notifier,
                        guint        cookie)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (notifier);

  if (cookie == 0 || self->application == NULL)
    return;

  gtk_application_uninhibit (self->application, cookie);
}

static void
rbd_app_notifier_iface_init (RbdNotifierInterface *iface)
{
  iface->send = app_notifier_send;
  iface->withdraw = app_notifier_withdraw;
  iface->inhibit = app_notifier_inhibit;
  iface->uninhibit = app_notifier_uninhibit;
}

static void
rbd_app_notifier_dispose (GObject *object)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (object);

  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (rbd_app_notifier_parent_class)->dispose (object);
}

static void
rbd_app_notifier_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_app_notifier_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RbdAppNotifier *self = RBD_APP_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_app_notifier_class_init (RbdAppNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_app_notifier_dispose;
  object_class->get_property = rbd_app_notifier_get_property;
  object_class->set_property = rbd_app_notifier_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         GTK_TYPE_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rbd_app_notifier_init (RbdAppNotifier *self)
{
}

/**
 * rbd_app_notifier_new:
 *
 * Returns: (transfer full): a notifier that sends through @application
 */
RbdNotifier *
rbd_app_notifier_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (RBD_TYPE_APP_NOTIFIER,
                       "application", application,
                       NULL);
}

/**
 * rbd_app_notifier_get_application:
 *
 * Returns: (transfer none) (nullable): the application, while it exists
 */
GtkApplication *
rbd_app_notifier_get_application (RbdAppNotifier *self)
{
  g_return_val_if_fail (RBD_IS_APP_NOTIFIER (self), NULL);

  return self->application;
}
