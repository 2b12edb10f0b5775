/* rbd-record.h
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rbd-field.h"
#include "rbd-json-reader.h"
#include "rbd-load-problem.h"

G_BEGIN_DECLS

#define RBD_TYPE_RECORD (rbd_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (RbdRecord, rbd_record, RBD, RECORD, GObject)

#define RBD_RECORD_ERROR (rbd_record_error_quark ())

typedef enum
{
  RBD_RECORD_ERROR_INVALID,
} RbdRecordError;

/* Something that owns records (the store, or a routine owning its steps)
 * and wants to know when one of them changes. Records hold a reference to
 * the link, not to the owner, so an owner can go away first: it detaches
 * the link and the records stop reporting. */
typedef void (*RbdRecordChangedFunc) (gpointer owner, RbdRecord *record);

typedef struct _RbdOwnerLink RbdOwnerLink;

RbdOwnerLink   *rbd_owner_link_new    (gpointer              owner,
                                       RbdRecordChangedFunc  func);
RbdOwnerLink   *rbd_owner_link_ref    (RbdOwnerLink         *link);
void            rbd_owner_link_unref  (RbdOwnerLink         *link);
void            rbd_owner_link_detach (RbdOwnerLink         *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RbdOwnerLink, rbd_owner_link_unref)

struct _RbdRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const RbdField *fields;
  guint           n_fields;
  const char     *collection;

  /* One member that is a list of records of another type (a routine's
   * "steps", a template's "sessions"). */
  const char     *children_member;
  GType           children_type;

  gpointer padding[4];
};

GQuark          rbd_record_error_quark          (void);

void            rbd_record_class_install_fields (RbdRecordClass  *klass,
                                                 const char      *collection,
                                                 const RbdField  *fields,
                                                 guint            n_fields);
void            rbd_record_class_set_children   (RbdRecordClass  *klass,
                                                 const char      *member,
                                                 GType            type);
GListStore     *rbd_record_get_children         (RbdRecord       *self);
const RbdField *rbd_record_class_find_field     (RbdRecordClass  *klass,
                                                 const char      *name);
const RbdField *rbd_record_class_get_fields     (RbdRecordClass  *klass,
                                                 guint           *n_fields);
void            rbd_record_prepare_new          (RbdRecord       *self);

gboolean        rbd_field_validate              (const RbdField  *field,
                                                 const GValue    *value,
                                                 GError         **error);
gboolean        rbd_record_validate             (RbdRecord       *self,
                                                 const char      *field_name,
                                                 const GValue    *value,
                                                 GError         **error);
gboolean        rbd_record_validate_double      (RbdRecord       *self,
                                                 const char      *field_name,
                                                 double           value,
                                                 GError         **error);
gboolean        rbd_record_validate_int         (RbdRecord       *self,
                                                 const char      *field_name,
                                                 int              value,
                                                 GError         **error);
gboolean        rbd_record_validate_string      (RbdRecord       *self,
                                                 const char      *field_name,
                                                 const char      *value,
                                                 GError         **error);
gboolean        rbd_record_set_checked          (RbdRecord       *self,
                                                 const char      *field_name,
                                                 const GValue    *value,
                                                 GError         **error);

int             rbd_record_get_int              (RbdRecord       *self,
                                                 const char      *field_name);
double          rbd_record_get_double           (RbdRecord       *self,
                                                 const char      *field_name);
const char     *rbd_record_get_string           (RbdRecord       *self,
                                                 const char      *field_name);
gboolean        rbd_record_get_boolean          (RbdRecord       *self,
                                                 const char      *field_name);
int             rbd_record_get_enum             (RbdRecord       *self,
                                                 const char      *field_name);
gboolean        rbd_record_is_set               (RbdRecord       *self,
                                                 const char      *field_name);
void            rbd_record_set_int              (RbdRecord       *self,
                                                 const char      *field_name,
                                                 int              value);
void            rbd_record_set_double           (RbdRecord       *self,
                                                 const char      *field_name,
                                                 double           value);
void            rbd_record_set_string           (RbdRecord       *self,
                                                 const char      *field_name,
                                                 const char      *value);
void            rbd_record_set_boolean          (RbdRecord       *self,
                                                 const char      *field_name,
                                                 gboolean         value);
void            rbd_record_set_enum             (RbdRecord       *self,
                                                 const char      *field_name,
                                                 int              value);
void            rbd_record_unset                (RbdRecord       *self,
                                                 const char      *field_name);

const char     *rbd_record_get_id               (RbdRecord       *self);
JsonObject     *rbd_record_get_unknown_members  (RbdRecord       *self);

void            rbd_record_set_owner_link       (RbdRecord       *self,
                                                 RbdOwnerLink    *link);
void            rbd_record_emit_changed         (RbdRecord       *self);

RbdRecord      *rbd_record_new_from_json        (GType            type,
                                                 JsonNode        *node,
                                                 RbdLoadContext  *context);
const char     *rbd_record_get_json_text        (RbdRecord       *self);
RbdRecord      *rbd_record_read                 (GType            type,
                                                 RbdJsonReader   *reader,
                                                 RbdLoadContext  *context);
RbdRecord      *rbd_record_new_from_text        (GType            type,
                                                 const char      *text,
                                                 GError         **error);
RbdRecord      *rbd_record_copy                 (RbdRecord       *self);

G_END_DECLS
