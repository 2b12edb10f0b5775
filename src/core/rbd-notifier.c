/* rbd-notifier.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-notifier"

#include "config.h"

#include "rbd-notifier.h"

G_DEFINE_INTERFACE (RbdNotifier, rbd_notifier, G_TYPE_OBJECT)

static void
rbd_notifier_default_init (RbdNotifierInterface *iface)
{
}

void
rbd_notifier_send (RbdNotifier *self,
                   const char  *id,
                   const char  *title,
                   const char  *body)
{
  g_return_if_fail (RBD_IS_NOTIFIER (self));
  g_return_if_fail (id != NULL && title != NULL);

  if (RBD_NOTIFIER_GET_IFACE (self)->send != NULL)
    RBD_NOTIFIER_GET_IFACE (self)->send (self, id, title, body);
}

void
rbd_notifier_withdraw (RbdNotifier *self,
                       const char  *id)
{
  g_return_if_fail (RBD_IS_NOTIFIER (self));
  g_return_if_fail (id != NULL);

  if (RBD_NOTIFIER_GET_IFACE (self)->withdraw != NULL)
    RBD_NOTIFIER_GET_IFACE (self)->withdraw (self, id);
}

/**
 * rbd_notifier_inhibit:
 *
 * Returns: a cookie for rbd_notifier_uninhibit(), or 0 when the screen
 *   could not be kept awake (no session manager: not an error)
 */
guint
rbd_notifier_inhibit (RbdNotifier *self,
                      const char  *reason)
{
  g_return_val_if_fail (RBD_IS_NOTIFIER (self), 0);

  if (RBD_NOTIFIER_GET_IFACE (self)->inhibit == NULL)
    return 0;

  return RBD_NOTIFIER_GET_IFACE (self)->inhibit (self, reason);
}

void
rbd_notifier_uninhibit (RbdNotifier *self,
                        guint        cookie)
{
  g_return_if_fail (RBD_IS_NOTIFIER (self));

  if (cookie != 0 && RBD_NOTIFIER_GET_IFACE (self)->uninhibit != NULL)
    RBD_NOTIFIER_GET_IFACE (self)->uninhibit (self, cookie);
}

struct _RbdRecordingNotifier
{
  GObject    parent_instance;

  GPtrArray *log;
  GHashTable *held;     /* cookie -> reason */
  guint      next_cookie;
};

static void rbd_recording_notifier_iface_init (RbdNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RbdRecordingNotifier, rbd_recording_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RBD_TYPE_NOTIFIER,
                                                      rbd_recording_notifier_iface_init))

static void
recording_send (RbdNotifier *notifier,
                const char  *id,
                const char  *title,
                const char  *body)
{
  RbdRecordingNotifier *self = RBD_RECORDING_NOTIFIER (notifier);

  g_ptr_array_add (self->log, g_strdup_printf ("send %s: %s: %s", id, title,
                                               body != NULL ? body : ""));
}

static void
recording_withdraw (RbdNotifier *notifier,
                    const char  *id)
{
  RbdRecordingNotifier *self = RBD_RECORDING_NOTIFIER (notifier);

  g_ptr_array_add (self->log, g_strdup_printf ("withdraw %s", id));
}

static guint
recording_inhibit (RbdNotifier *notifier,
                   const char  *reason)
{
  RbdRecordingNotifier *self = RBD_RECORDING_NOTIFIER (notifier);
  guint cookie = ++self->next_cookie;

  g_hash_table_insert (self->held, GUINT_TO_POINTER (cookie), g_strdup (reason));
  g_ptr_array_add (self->log, g_strdup_printf ("inhibit %s", reason != NULL ? reason : ""));

  return cookie;
}

static void
recording_uninhibit (RbdNotifier *notifier,
                     guint        cookie)
{
  RbdRecordingNotifier *self = RBD_RECORDING_NOTIFIER (notifier);

  if (g_hash_table_remove (self->held, GUINT_TO_POINTER (cookie)))
    g_ptr_array_add (self->log, g_strdup ("uninhibit"));
}

static void
rbd_recording_notifier_iface_init (RbdNotifierInterface *iface)
{
  iface->send = recording_send;
  iface->withdraw = recording_withdraw;
  iface->inhibit = recording_inhibit;
  iface->uninhibit = recording_uninhibit;
}

static void
rbd_recording_notifier_finalize (GObject *object)
{
  RbdRecordingNotifier *self = (RbdRecordingNotifier *)object;

  g_clear_pointer (&self->log, g_ptr_array_unref);
  g_clear_pointer (&self->held, g_hash_table_unref);

  G_OBJECT_CLASS (rbd_recording_notifier_parent_class)->finalize (object);
}

static void
rbd_recording_notifier_class_init (RbdRecordingNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rbd_recording_notifier_finalize;
}

static void
rbd_recording_notifier_init (RbdRecordingNotifier *self)
{
  self->log = g_ptr_array_new_with_free_func (g_free);
  self->held = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

RbdRecordingNotifier *
rbd_recording_notifier_new (void)
{
  return g_object_new (RBD_TYPE_RECORDING_NOTIFIER, NULL);
}

/**
 * rbd_recording_notifier_get_log:
 *
 * Returns: (transfer none) (element-type utf8): what was asked, in order
 */
GPtrArray *
rbd_recording_notifier_get_log (RbdRecordingNotifier *self)
{
  g_return_val_if_fail (RBD_IS_RECORDING_NOTIFIER (self), NULL);

  return self->log;
}

guint
rbd_recording_notifier_get_n_inhibited (RbdRecordingNotifier *self)
{
  g_return_val_if_fail (RBD_IS_RECORDING_NOTIFIER (self), 0);

  return g_hash_table_size (self->held);
}

void
rbd_recording_notifier_clear (RbdRecordingNotifier *self)
{
  g_return_if_fail (RBD_IS_RECORDING_NOTIFIER (self));

  g_ptr_array_set_size (self->log, 0);
}
