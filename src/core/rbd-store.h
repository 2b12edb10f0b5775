/* rbd-store.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rbd-load-problem.h"
#include "rbd-profile.h"

G_BEGIN_DECLS

#define RBD_STORE_FORMAT_VERSION 1

#define RBD_STORE_ERROR (rbd_store_error_quark ())

typedef enum
{
  RBD_STORE_ERROR_PARSE,        /* not JSON at all; message has line:column */
  RBD_STORE_ERROR_NOT_REBOUND,  /* JSON, but not a Rebound document */
  RBD_STORE_ERROR_INVALID,      /* readable, with invalid values (see problems) */
  RBD_STORE_ERROR_NEWER,        /* written by a newer version */
  RBD_STORE_ERROR_READ_ONLY,    /* saving is not allowed in the current state */
  RBD_STORE_ERROR_NO_BACKUP,
} RbdStoreError;

typedef enum
{
  RBD_STORE_STATE_EMPTY,      /* nothing loaded yet */
  RBD_STORE_STATE_LOADING,
  RBD_STORE_STATE_READY,      /* loaded (perhaps with problems); changes are saved */
  RBD_STORE_STATE_BROKEN,     /* unreadable document: nothing is saved until the user chooses */
  RBD_STORE_STATE_READ_ONLY,  /* written by a newer version: shown, never saved */
} RbdStoreState;

#define RBD_TYPE_STORE (rbd_store_get_type ())

G_DECLARE_FINAL_TYPE (RbdStore, rbd_store, RBD, STORE, GObject)

/* Signals:
 *   "record-changed" (RbdRecord *record): a member of an item in one of
 *     the lists (or the profile) changed. Adding and removing items is
 *     told by each list's "items-changed". */

GQuark         rbd_store_error_quark         (void);

RbdStore      *rbd_store_new                 (const char           *data_dir);
RbdStore      *rbd_store_new_for_checking    (const char           *data_dir);
char          *rbd_store_dup_default_data_dir (void);

const char    *rbd_store_get_data_dir        (RbdStore             *self);
const char    *rbd_store_get_path            (RbdStore             *self);
const char    *rbd_store_get_backup_path     (RbdStore             *self);
RbdStoreState  rbd_store_get_state           (RbdStore             *self);
const char    *rbd_store_get_load_error      (RbdStore             *self);
const char    *rbd_store_get_save_error      (RbdStore             *self);
const char    *rbd_store_get_broken_copy_path (RbdStore            *self);
GPtrArray     *rbd_store_get_problems        (RbdStore             *self);
gboolean       rbd_store_get_dirty           (RbdStore             *self);
gboolean       rbd_store_has_backup          (RbdStore             *self);
guint          rbd_store_get_save_delay      (RbdStore             *self);
void           rbd_store_set_save_delay      (RbdStore             *self,
                                              guint                 msec);

GListStore    *rbd_store_get_planned         (RbdStore             *self);
GListStore    *rbd_store_get_sessions        (RbdStore             *self);
GListStore    *rbd_store_get_checkins        (RbdStore             *self);
GListStore    *rbd_store_get_routines        (RbdStore             *self);
GListStore    *rbd_store_get_shoes           (RbdStore             *self);
GListStore    *rbd_store_get_templates       (RbdStore             *self);
GListStore    *rbd_store_get_routine_runs    (RbdStore             *self);
GListStore    *rbd_store_get_sweat_tests     (RbdStore             *self);
GListStore    *rbd_store_get_timelines       (RbdStore             *self);
RbdProfile    *rbd_store_get_profile         (RbdStore             *self);
gboolean       rbd_store_has_training_data   (RbdStore             *self);

gboolean       rbd_store_load                (RbdStore             *self,
                                              GError              **error);
void           rbd_store_load_async          (RbdStore             *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       rbd_store_load_finish         (RbdStore             *self,
                                              GAsyncResult         *result,
                                              GError              **error);

gboolean       rbd_store_save                (RbdStore             *self,
                                              GError              **error);
void           rbd_store_save_async          (RbdStore             *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       rbd_store_save_finish         (RbdStore             *self,
                                              GAsyncResult         *result,
                                              GError              **error);
gboolean       rbd_store_flush               (RbdStore             *self,
                                              GError              **error);

gboolean       rbd_store_restore_backup      (RbdStore             *self,
                                              GError              **error);
void           rbd_store_start_empty         (RbdStore             *self);

char          *rbd_store_serialize           (RbdStore             *self,
                                              gsize                *length);

G_END_DECLS
