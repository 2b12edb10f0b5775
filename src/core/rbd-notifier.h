/* rbd-notifier.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RBD_TYPE_NOTIFIER (rbd_notifier_get_type ())

G_DECLARE_INTERFACE (RbdNotifier, rbd_notifier, RBD, NOTIFIER, GObject)

/* Where the app's reminders go: desktop notifications in the app, a
 * recorder in the tests (no notification server needed), nothing at all
 * where notifications cannot be shown. Also keeps the screen awake while
 * a routine runs. */
struct _RbdNotifierInterface
{
  GTypeInterface parent_iface;

  void  (*send)       (RbdNotifier *self,
                       const char  *id,
                       const char  *title,
                       const char  *body);
  void  (*withdraw)   (RbdNotifier *self,
                       const char  *id);
  guint (*inhibit)    (RbdNotifier *self,
                       const char  *reason);
  void  (*uninhibit)  (RbdNotifier *self,
                       guint        cookie);
};

void  rbd_notifier_send      (RbdNotifier *self,
                              const char  *id,
                              const char  *title,
                              const char  *body);
void  rbd_notifier_withdraw  (RbdNotifier *self,
                              const char  *id);
guint rbd_notifier_inhibit   (RbdNotifier *self,
                              const char  *reason);
void  rbd_notifier_uninhibit (RbdNotifier *self,
                              guint        cookie);

#define RBD_TYPE_RECORDING_NOTIFIER (rbd_recording_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RbdRecordingNotifier, rbd_recording_notifier,
                      RBD, RECORDING_NOTIFIER, GObject)

/* For tests: remembers what was sent ("send ID: TITLE: BODY",
 * "withdraw ID", "inhibit REASON", "uninhibit") and which inhibitions are
 * held. */
RbdRecordingNotifier *rbd_recording_notifier_new          (void);
GPtrArray            *rbd_recording_notifier_get_log      (RbdRecordingNotifier *self);
guint                 rbd_recording_notifier_get_n_inhibited (RbdRecordingNotifier *self);
void                  rbd_recording_notifier_clear        (RbdRecordingNotifier *self);

G_END_DECLS
