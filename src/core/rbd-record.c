/* rbd-record.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rbd-core-enums.h"
#include "rbd-json-reader.h"
#include "rbd-json-writer.h"
#include "rbd-kind.h"
#include "rbd-record.h"

/* A record is one item of the document. Its members are described by a
 * table (RbdField) that each subclass installs; the same table gives the
 * GObject properties, the validation ranges, the JSON names and the
 * messages, so the rules live in one place. Members the table does not know
 * (written by a newer version) are kept as JSON and written back as they
 * were. The record's JSON text is cached between changes so that saving a
 * large document only serialises what changed. */

#define MAX_ID_LENGTH 200

struct _RbdOwnerLink
{
  gatomicrefcount       ref_count;
  gpointer              owner;
  RbdRecordChangedFunc  func;
};

typedef struct
{
  GValue       *values;     /* one per field of the concrete class */
  guint64       set_mask;   /* bit i: field i holds a value */
  JsonObject   *unknown;    /* members from a newer version, or NULL */
  char         *json_text;  /* cached serialisation, NULL after a change */
  RbdOwnerLink *link;
  GListStore   *children;   /* when the class has a children member */
  RbdOwnerLink *children_link;
} RbdRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RbdRecord, rbd_record, G_TYPE_OBJECT)

G_DEFINE_QUARK (rbd-record-error-quark, rbd_record_error)

RbdOwnerLink *
rbd_owner_link_new (gpointer             owner,
                    RbdRecordChangedFunc func)
{
  RbdOwnerLink *link = g_new0 (RbdOwnerLink, 1);

  g_atomic_ref_count_init (&link->ref_count);
  link->owner = owner;
  link->func = func;

  return link;
}

RbdOwnerLink *
rbd_owner_link_ref (RbdOwnerLink *link)
{
  g_return_val_if_fail (link != NULL, NULL);

  g_atomic_ref_count_inc (&link->ref_count);

  return link;
}

void
rbd_owner_link_unref (RbdOwnerLink *link)
{
  if (link == NULL)
    return;

  if (g_atomic_ref_count_dec (&link->ref_count))
    g_free (link);
}

void
rbd_owner_link_detach (RbdOwnerLink *link)
{
  g_return_if_fail (link != NULL);

  link->owner = NULL;
  link->func = NULL;
}

static gboolean
names_equal (const char *a,
             const char *b)
{
  /* JSON names use '_', property names '-': both are accepted. */
  for (; *a != '\0' && *b != '\0'; a++, b++)
    {
      char ca = *a == '-' ? '_' : *a;
      char cb = *b == '-' ? '_' : *b;

      if (ca != cb)
        return FALSE;
    }

  return *a == *b;
}

static int
field_index (RbdRecordClass *klass,
             const char     *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (names_equal (klass->fields[i].name, name))
        return (int) i;
    }

  return -1;
}

static GValue *
ensure_values (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  if (priv->values != NULL || klass->n_fields == 0)
    return priv->values;

  priv->values = g_new0 (GValue, klass->n_fields);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *prop_name = g_strdelimit (g_strdup (klass->fields[i].name), "_", '-');
      GParamSpec *pspec = g_object_class_find_property (object_class, prop_name);

      g_value_init (&priv->values[i], pspec->value_type);
      g_param_value_set_default (pspec, &priv->values[i]);
    }

  return priv->values;
}

static void
invalidate (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  g_clear_pointer (&priv->json_text, g_free);
}

/* The value that means "not recorded", for the field's type. */
static void
set_unset_value (const RbdField *field,
                 GValue         *value)
{
  switch (field->type)
    {
    case RBD_FIELD_INT:
      g_value_set_int (value, RBD_UNSET);
      break;
    case RBD_FIELD_DOUBLE:
      g_value_set_double (value, RBD_UNSET);
      break;
    case RBD_FIELD_BOOLEAN:
      g_value_set_boolean (value, FALSE);
      break;
    case RBD_FIELD_KIND:
      g_value_set_enum (value, RBD_KIND_EASY);
      break;
    case RBD_FIELD_STRING:
    case RBD_FIELD_ID:
    case RBD_FIELD_REF:
    case RBD_FIELD_DATE:
    case RBD_FIELD_DATETIME:
    default:
      g_value_set_string (value, NULL);
      break;
    }
}

static gboolean
value_means_unset (const RbdField *field,
                   const GValue   *value)
{
  switch (field->type)
    {
    case RBD_FIELD_INT:
      return g_value_get_int (value) == RBD_UNSET;
    case RBD_FIELD_DOUBLE:
      return g_value_get_double (value) == RBD_UNSET;
    case RBD_FIELD_BOOLEAN:
    case RBD_FIELD_KIND:
      return FALSE;
    case RBD_FIELD_STRING:
    case RBD_FIELD_ID:
    case RBD_FIELD_REF:
    case RBD_FIELD_DATE:
    case RBD_FIELD_DATETIME:
    default:
      return g_value_get_string (value) == NULL;
    }
}

static void
changed (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  invalidate (self);

  if (priv->link != NULL && priv->link->func != NULL)
    priv->link->func (priv->link->owner, self);
}

/* Stores @value (already validated) in field @i; notifies when it changed. */
static void
store_value (RbdRecord    *self,
             guint         i,
             const GValue *value,
             gboolean      notify)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);
  const RbdField *field = &klass->fields[i];
  GValue *values = ensure_values (self);
  gboolean unset = value_means_unset (field, value);
  gboolean was_set = (priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) != 0;
  GParamSpec *pspec;

  if (unset && !was_set)
    return;

  if (!unset && was_set)
    {
      g_autofree char *prop_name = g_strdelimit (g_strdup (field->name), "_", '-');

      pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), prop_name);
      if (g_param_values_cmp (pspec, value, &values[i]) == 0)
        return;
    }

  g_value_copy (value, &values[i]);
  if (unset)
    {
      set_unset_value (field, &values[i]);
      priv->set_mask &= ~(G_GUINT64_CONSTANT (1) << i);
    }
  else
    {
      priv->set_mask |= G_GUINT64_CONSTANT (1) << i;
    }

  if (notify)
    {
      g_autofree char *prop_name = g_strdelimit (g_strdup (field->name), "_", '-');

      g_object_notify (G_OBJECT (self), prop_name);
      changed (self);
    }
  else
    {
      invalidate (self);
    }
}

static const char *
field_label (const RbdField *field)
{
  return field->label != NULL ? _(field->label) : field->name;
}

/* The unit is in the member's name (DATA-FORMAT.md): "_m", "_kg"... */
static const char *
field_unit (const RbdField *field)
{
  static const char *suffixes[][2] = {
    { "_kg", " kg" }, { "_km", " km" }, { "_ml", " ml" }, { "_bpm", " bpm" }, { "_ms", " ms" },
    { "_m", " m" }, { "_s", " s" }, { "_h", " h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_has_suffix (field->name, suffixes[i][0]))
        return suffixes[i][1];
    }

  return "";
}

static gboolean
is_valid_date (const char *text)
{
  guint64 year, month, day;

  /* Exactly YYYY-MM-DD: GLib's parsers are more forgiving than the
   * document format. */
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
is_valid_datetime (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) other = g_time_zone_new_offset (5 * 3600);
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  char date[11];

  if (strlen (text) < 20 || text[10] != 'T')
    return FALSE;

  memcpy (date, text, 10);
  date[10] = '\0';
  if (!is_valid_date (date))
    return FALSE;

  /* An instant needs its offset: read with two different default zones, a
   * text that carries its own offset gives the same instant both times. */
  a = g_date_time_new_from_iso8601 (text, utc);
  b = g_date_time_new_from_iso8601 (text, other);

  return a != NULL && b != NULL && g_date_time_equal (a, b);
}

gboolean
rbd_field_validate (const RbdField  *field,
                    const GValue    *value,
                    GError         **error)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  /* Text can be absent; a number is always checked against its range, so
   * that -1 typed by a user is an error, not "not recorded". */
  if (field->type != RBD_FIELD_INT && field->type != RBD_FIELD_DOUBLE &&
      value_means_unset (field, value))
    {
      if (field->required)
        {
          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s is required"), field_label (field));
          return FALSE;
        }
      return TRUE;
    }

  switch (field->type)
    {
    case RBD_FIELD_INT:
      {
        int v = g_value_get_int (value);

        if (v < field->min || v > field->max)
          {
            g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                         _("%s must be between %.10g and %.10g%s, not %d"),
                         field_label (field), field->min, field->max, field_unit (field), v);
            return FALSE;
          }
      }
      break;

    case RBD_FIELD_DOUBLE:
      {
        double v = g_value_get_double (value);

        if (!isfinite (v) || v < field->min || v > field->max)
          {
            g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                         _("%s must be between %.10g and %.10g%s, not %.10g"),
                         field_label (field), field->min, field->max, field_unit (field), v);
            return FALSE;
          }
      }
      break;

    case RBD_FIELD_ID:
      {
        const char *v = g_value_get_string (value);

        if (v[0] == '\0' || strlen (v) > MAX_ID_LENGTH)
          {
            g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                         /* Translators: %s is a field's name */
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s must be between 1 and %d character",
                                      "%s must be between 1 and %d characters",
                                      MAX_ID_LENGTH),
                         field_label (field), MAX_ID_LENGTH);
            return FALSE;
          }
      }
      break;

    case RBD_FIELD_DATE:
      if (!is_valid_date (g_value_get_string (value)))
        {
          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s “%s” is not a date that exists (expected YYYY-MM-DD)"),
                       field_label (field), g_value_get_string (value));
          return FALSE;
        }
      break;

    case RBD_FIELD_DATETIME:
      if (!is_valid_datetime (g_value_get_string (value)))
        {
          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s “%s” is not a time that exists (expected a date, time "
                         "and offset such as 2026-11-30T07:10:00+01:00)"),
                       field_label (field), g_value_get_string (value));
          return FALSE;
        }
      break;

    case RBD_FIELD_KIND:
      if (g_value_get_enum (value) < 0 || g_value_get_enum (value) >= RBD_N_KINDS)
        {
          g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                       _("%s is not a known kind of session"), field_label (field));
          return FALSE;
        }
      break;

    case RBD_FIELD_STRING:
    case RBD_FIELD_REF:
    case RBD_FIELD_BOOLEAN:
    default:
      break;
    }

  return TRUE;
}

static void
on_child_changed (gpointer   owner,
                  RbdRecord *child)
{
  rbd_record_emit_changed (RBD_RECORD (owner));
}

static void
on_children_items_changed_cb (RbdRecord  *self,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GListModel *children)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RbdRecord) child = g_list_model_get_item (children, i);

      rbd_record_set_owner_link (child, priv->children_link);
    }

  rbd_record_emit_changed (self);
}

static void
rbd_record_constructed (GObject *object)
{
  RbdRecord *self = (RbdRecord *)object;
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (rbd_record_parent_class)->constructed (object);

  if (klass->children_member != NULL)
    {
      priv->children = g_list_store_new (klass->children_type);
      priv->children_link = rbd_owner_link_new (self, on_child_changed);
      g_signal_connect_object (priv->children, "items-changed",
                               G_CALLBACK (on_children_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
rbd_record_dispose (GObject *object)
{
  RbdRecord *self = (RbdRecord *)object;
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  if (priv->children_link != NULL)
    rbd_owner_link_detach (priv->children_link);
  g_clear_object (&priv->children);

  G_OBJECT_CLASS (rbd_record_parent_class)->dispose (object);
}

static void
rbd_record_finalize (GObject *object)
{
  RbdRecord *self = (RbdRecord *)object;
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_clear_pointer (&priv->unknown, json_object_unref);
  g_clear_pointer (&priv->json_text, g_free);
  g_clear_pointer (&priv->link, rbd_owner_link_unref);
  g_clear_pointer (&priv->children_link, rbd_owner_link_unref);

  G_OBJECT_CLASS (rbd_record_parent_class)->finalize (object);
}

static RbdRecordClass *
owner_class (GParamSpec *pspec)
{
  return g_type_class_peek (pspec->owner_type);
}

static void
rbd_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RbdRecord *self = RBD_RECORD (object);
  RbdRecordClass *klass = owner_class (pspec);
  GValue *values;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  values = ensure_values (self);
  g_value_copy (&values[prop_id - 1], value);
}

static void
rbd_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RbdRecord *self = RBD_RECORD (object);
  RbdRecordClass *klass = owner_class (pspec);
  g_autoptr(GError) error = NULL;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  /* Through GObject, -1 (or NULL) unsets, as the property's default says.
   * Other values: callers validate first (rbd_record_validate) and show the
   * message; a value that still fails here is a programming error. */
  if (!value_means_unset (&klass->fields[prop_id - 1], value) &&
      !rbd_field_validate (&klass->fields[prop_id - 1], value, &error))
    {
      g_critical ("%s.%s: %s", G_OBJECT_TYPE_NAME (object),
                  klass->fields[prop_id - 1].name, error->message);
      return;
    }

  store_value (self, prop_id - 1, value, TRUE);
}

static void
rbd_record_class_init (RbdRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rbd_record_constructed;
  object_class->dispose = rbd_record_dispose;
  object_class->finalize = rbd_record_finalize;
  object_class->get_property = rbd_record_get_property;
  object_class->set_property = rbd_record_set_property;
}

static void
rbd_record_init (RbdRecord *self)
{
}

/**
 * rbd_record_class_install_fields:
 *
 * Installs one property per field. Numbers use %RBD_UNSET for "not
 * recorded"; text uses %NULL.
 */
void
rbd_record_class_install_fields (RbdRecordClass *klass,
                                 const char     *collection,
                                 const RbdField *fields,
                                 guint           n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (RBD_IS_RECORD_CLASS (klass));
  g_return_if_fail (n_fields <= 64);

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->collection = collection;

  /* GObject does not inherit these: each class that installs properties
   * handles them, here with the one table-driven pair. */
  object_class->get_property = rbd_record_get_property;
  object_class->set_property = rbd_record_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const RbdField *field = &fields[i];
      g_autofree char *name = g_strdelimit (g_strdup (field->name), "_", '-');
      const char *prop_name = g_intern_string (name);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
      GParamSpec *pspec;

      switch (field->type)
        {
        case RBD_FIELD_INT:
          pspec = g_param_spec_int (prop_name, NULL, NULL,
                                    RBD_UNSET, (int) field->max, RBD_UNSET, flags);
          break;
        case RBD_FIELD_DOUBLE:
          pspec = g_param_spec_double (prop_name, NULL, NULL,
                                       RBD_UNSET, field->max, RBD_UNSET, flags);
          break;
        case RBD_FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (prop_name, NULL, NULL, FALSE, flags);
          break;
        case RBD_FIELD_KIND:
          pspec = g_param_spec_enum (prop_name, NULL, NULL,
                                     RBD_TYPE_KIND, RBD_KIND_EASY, flags);
          break;
        case RBD_FIELD_STRING:
        case RBD_FIELD_ID:
        case RBD_FIELD_REF:
        case RBD_FIELD_DATE:
        case RBD_FIELD_DATETIME:
        default:
          pspec = g_param_spec_string (prop_name, NULL, NULL, NULL, flags);
          break;
        }

      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

const RbdField *
rbd_record_class_find_field (RbdRecordClass *klass,
                             const char     *name)
{
  int i;

  g_return_val_if_fail (RBD_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  i = field_index (klass, name);

  return i >= 0 ? &klass->fields[i] : NULL;
}

/**
 * rbd_record_class_set_children:
 *
 * Declares @member as a list of records of @type, kept in order in
 * rbd_record_get_children(). A change to a child is a change to the
 * record.
 */
void
rbd_record_class_set_children (RbdRecordClass *klass,
                               const char     *member,
                               GType           type)
{
  g_return_if_fail (RBD_IS_RECORD_CLASS (klass));
  g_return_if_fail (g_type_is_a (type, RBD_TYPE_RECORD));

  klass->children_member = member;
  klass->children_type = type;
}

/**
 * rbd_record_get_children:
 *
 * Returns: (transfer none) (nullable): the children, or %NULL for classes
 *   without a children member
 */
GListStore *
rbd_record_get_children (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  return priv->children;
}

/* Reads the children member: a list of objects, each a record. */
static void
read_children (RbdRecord      *self,
               JsonNode       *node,
               RbdLoadContext *context)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);
  g_autoptr(GPtrArray) children = NULL;
  const char *saved_prefix = context->field_prefix;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      rbd_load_context_add (context, klass->children_member, NULL, FALSE, _("Expected a list"));
      return;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  children = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s[%u].", klass->children_member, i);
      RbdRecord *child;

      context->field_prefix = prefix;
      child = rbd_record_new_from_json (klass->children_type,
                                        json_array_get_element (array, i), context);
      context->field_prefix = saved_prefix;

      if (child != NULL)
        g_ptr_array_add (children, child);
    }

  g_list_store_splice (priv->children, 0, g_list_model_get_n_items (G_LIST_MODEL (priv->children)),
                       children->pdata, children->len);
}

const RbdField *
rbd_record_class_get_fields (RbdRecordClass *klass,
                             guint          *n_fields)
{
  g_return_val_if_fail (RBD_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;

  return klass->fields;
}

/**
 * rbd_record_prepare_new:
 *
 * Gives a record made by the user (not loaded) what every item needs: a
 * fresh id, and the default kind marked as chosen.
 */
void
rbd_record_prepare_new (RbdRecord *self)
{
  RbdRecordClass *klass;

  g_return_if_fail (RBD_IS_RECORD (self));

  klass = RBD_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (klass->fields[i].type == RBD_FIELD_ID)
        {
          g_value_init (&value, G_TYPE_STRING);
          g_value_take_string (&value, g_uuid_string_random ());
        }
      else if (klass->fields[i].type == RBD_FIELD_KIND)
        {
          g_value_init (&value, RBD_TYPE_KIND);
          g_value_set_enum (&value, RBD_KIND_EASY);
        }
      else
        {
          continue;
        }

      store_value (self, i, &value, FALSE);
    }
}

gboolean
rbd_record_validate (RbdRecord    *self,
                     const char   *field_name,
                     const GValue *value,
                     GError      **error)
{
  RbdRecordClass *klass;
  const RbdField *field;

  g_return_val_if_fail (RBD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (field_name != NULL, FALSE);

  klass = RBD_RECORD_GET_CLASS (self);
  field = rbd_record_class_find_field (klass, field_name);
  g_return_val_if_fail (field != NULL, FALSE);

  return rbd_field_validate (field, value, error);
}

gboolean
rbd_record_validate_double (RbdRecord   *self,
                            const char  *field_name,
                            double       value,
                            GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);

  return rbd_record_validate (self, field_name, &v, error);
}

gboolean
rbd_record_validate_int (RbdRecord   *self,
                         const char  *field_name,
                         int          value,
                         GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);

  return rbd_record_validate (self, field_name, &v, error);
}

gboolean
rbd_record_validate_string (RbdRecord   *self,
                            const char  *field_name,
                            const char  *value,
                            GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);

  return rbd_record_validate (self, field_name, &v, error);
}

/**
 * rbd_record_set_checked:
 *
 * Validates @value for @field_name and stores it; on failure the record is
 * unchanged and @error names the field and the allowed values.
 */
gboolean
rbd_record_set_checked (RbdRecord    *self,
                        const char   *field_name,
                        const GValue *value,
                        GError      **error)
{
  RbdRecordClass *klass;
  int i;

  g_return_val_if_fail (RBD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (field_name != NULL, FALSE);

  klass = RBD_RECORD_GET_CLASS (self);
  i = field_index (klass, field_name);
  g_return_val_if_fail (i >= 0, FALSE);

  if (!rbd_field_validate (&klass->fields[i], value, error))
    return FALSE;

  store_value (self, i, value, TRUE);

  return TRUE;
}

static const GValue *
lookup_value (RbdRecord  *self,
              const char *field_name,
              GType       type)
{
  RbdRecordClass *klass = RBD_RECORD_GET_CLASS (self);
  GValue *values = ensure_values (self);
  int i = field_index (klass, field_name);

  if (i < 0)
    {
      g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), field_name);
      return NULL;
    }

  if (!G_VALUE_HOLDS (&values[i], type))
    {
      g_critical ("%s.%s does not hold a %s", G_OBJECT_TYPE_NAME (self), field_name,
                  g_type_name (type));
      return NULL;
    }

  return &values[i];
}

int
rbd_record_get_int (RbdRecord  *self,
                    const char *field_name)
{
  const GValue *v;

  g_return_val_if_fail (RBD_IS_RECORD (self), RBD_UNSET);

  v = lookup_value (self, field_name, G_TYPE_INT);

  return v != NULL ? g_value_get_int (v) : RBD_UNSET;
}

double
rbd_record_get_double (RbdRecord  *self,
                       const char *field_name)
{
  const GValue *v;

  g_return_val_if_fail (RBD_IS_RECORD (self), RBD_UNSET);

  v = lookup_value (self, field_name, G_TYPE_DOUBLE);

  return v != NULL ? g_value_get_double (v) : RBD_UNSET;
}

const char *
rbd_record_get_string (RbdRecord  *self,
                       const char *field_name)
{
  const GValue *v;

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  v = lookup_value (self, field_name, G_TYPE_STRING);

  return v != NULL ? g_value_get_string (v) : NULL;
}

gboolean
rbd_record_get_boolean (RbdRecord  *self,
                        const char *field_name)
{
  const GValue *v;

  g_return_val_if_fail (RBD_IS_RECORD (self), FALSE);

  v = lookup_value (self, field_name, G_TYPE_BOOLEAN);

  return v != NULL ? g_value_get_boolean (v) : FALSE;
}

int
rbd_record_get_enum (RbdRecord  *self,
                     const char *field_name)
{
  const GValue *v;

  g_return_val_if_fail (RBD_IS_RECORD (self), 0);

  v = lookup_value (self, field_name, G_TYPE_ENUM);

  return v != NULL ? g_value_get_enum (v) : 0;
}

gboolean
rbd_record_is_set (RbdRecord  *self,
                   const char *field_name)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  int i;

  g_return_val_if_fail (RBD_IS_RECORD (self), FALSE);

  i = field_index (RBD_RECORD_GET_CLASS (self), field_name);
  g_return_val_if_fail (i >= 0, FALSE);

  return (priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) != 0;
}

static void
set_typed (RbdRecord  *self,
           const char *field_name,
           GValue     *value)
{
  g_autoptr(GError) error = NULL;

  if (!rbd_record_set_checked (self, field_name, value, &error))
    g_critical ("%s.%s: %s", G_OBJECT_TYPE_NAME (self), field_name, error->message);
}

void
rbd_record_set_int (RbdRecord  *self,
                    const char *field_name,
                    int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (RBD_IS_RECORD (self));

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  set_typed (self, field_name, &v);
}

void
rbd_record_set_double (RbdRecord  *self,
                       const char *field_name,
                       double      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (RBD_IS_RECORD (self));

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  set_typed (self, field_name, &v);
}

void
rbd_record_set_string (RbdRecord  *self,
                       const char *field_name,
                       const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (RBD_IS_RECORD (self));

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  set_typed (self, field_name, &v);
}

void
rbd_record_set_boolean (RbdRecord  *self,
                        const char *field_name,
                        gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (RBD_IS_RECORD (self));

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  set_typed (self, field_name, &v);
}

void
rbd_record_set_enum (RbdRecord  *self,
                     const char *field_name,
                     int         value)
{
  RbdRecordClass *klass;
  g_auto(GValue) v = G_VALUE_INIT;
  int i;

  g_return_if_fail (RBD_IS_RECORD (self));

  klass = RBD_RECORD_GET_CLASS (self);
  i = field_index (klass, field_name);
  g_return_if_fail (i >= 0 && klass->fields[i].type == RBD_FIELD_KIND);

  g_value_init (&v, RBD_TYPE_KIND);
  g_value_set_enum (&v, value);
  set_typed (self, field_name, &v);
}

void
rbd_record_unset (RbdRecord  *self,
                  const char *field_name)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass;
  GValue *values;
  int i;

  g_return_if_fail (RBD_IS_RECORD (self));

  klass = RBD_RECORD_GET_CLASS (self);
  i = field_index (klass, field_name);
  g_return_if_fail (i >= 0);

  if ((priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) == 0)
    return;

  values = ensure_values (self);
  set_unset_value (&klass->fields[i], &values[i]);
  priv->set_mask &= ~(G_GUINT64_CONSTANT (1) << i);

  {
    g_autofree char *prop_name = g_strdelimit (g_strdup (klass->fields[i].name), "_", '-');

    g_object_notify (G_OBJECT (self), prop_name);
  }
  changed (self);
}

const char *
rbd_record_get_id (RbdRecord *self)
{
  RbdRecordClass *klass;

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  klass = RBD_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (klass->fields[i].type == RBD_FIELD_ID)
        return g_value_get_string (&ensure_values (self)[i]);
    }

  return NULL;
}

JsonObject *
rbd_record_get_unknown_members (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  return priv->unknown;
}

void
rbd_record_set_owner_link (RbdRecord    *self,
                           RbdOwnerLink *link)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);

  g_return_if_fail (RBD_IS_RECORD (self));

  if (priv->link == link)
    return;

  if (link != NULL)
    rbd_owner_link_ref (link);
  g_clear_pointer (&priv->link, rbd_owner_link_unref);
  priv->link = link;
}

/**
 * rbd_record_emit_changed:
 *
 * For subclasses whose non-field members changed (a routine's steps): drops
 * the cached text and tells the owner.
 */
void
rbd_record_emit_changed (RbdRecord *self)
{
  g_return_if_fail (RBD_IS_RECORD (self));

  changed (self);
}

/* A JSON scalar -> GValue for one field; FALSE with a message when the
 * value does not fit the field. */
static gboolean
value_from_scalar (const RbdField       *field,
                   const RbdJsonScalar  *scalar,
                   GValue               *value,
                   GError              **error)
{
  switch (field->type)
    {
    case RBD_FIELD_INT:
      if (scalar->type == RBD_JSON_INT)
        {
          if (scalar->integer < field->min || scalar->integer > field->max)
            break;  /* range message below */
          g_value_set_int (value, (int) scalar->integer);
          return TRUE;
        }
      if (scalar->type == RBD_JSON_DOUBLE)
        {
          double v = scalar->number;

          if (isfinite (v) && v == floor (v) && v >= G_MININT && v <= G_MAXINT)
            {
              g_value_set_int (value, (int) v);
              return TRUE;
            }
        }
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   _("%s must be a whole number"), field_label (field));
      return FALSE;

    case RBD_FIELD_DOUBLE:
      if (scalar->type == RBD_JSON_INT || scalar->type == RBD_JSON_DOUBLE)
        {
          /* Range checked by the caller, which words the message. */
          g_value_set_double (value, scalar->number);
          return TRUE;
        }
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   _("%s must be a number"), field_label (field));
      return FALSE;

    case RBD_FIELD_BOOLEAN:
      if (scalar->type == RBD_JSON_BOOLEAN)
        {
          g_value_set_boolean (value, scalar->boolean);
          return TRUE;
        }
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   _("%s must be true or false"), field_label (field));
      return FALSE;

    case RBD_FIELD_KIND:
      if (scalar->type == RBD_JSON_STRING)
        {
          RbdKind kind;

          if (rbd_kind_from_string (scalar->string, &kind))
            {
              g_value_set_enum (value, kind);
              return TRUE;
            }
        }
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   _("%s is not a known kind of session"), field_label (field));
      return FALSE;

    case RBD_FIELD_STRING:
    case RBD_FIELD_ID:
    case RBD_FIELD_REF:
    case RBD_FIELD_DATE:
    case RBD_FIELD_DATETIME:
    default:
      if (scalar->type == RBD_JSON_STRING)
        {
          g_value_set_string (value, scalar->string);
          return TRUE;
        }
      g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
                   _("%s must be text"), field_label (field));
      return FALSE;
    }

  /* A whole number outside the range. */
  g_set_error (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID,
               _("%s must be between %.10g and %.10g%s"), field_label (field),
               field->min, field->max, field_unit (field));
  return FALSE;
}

static void
scalar_from_node (JsonNode      *node,
                  RbdJsonScalar *scalar)
{
  memset (scalar, 0, sizeof *scalar);

  if (JSON_NODE_HOLDS_NULL (node))
    {
      scalar->type = RBD_JSON_NULL;
      return;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      scalar->type = JSON_NODE_HOLDS_OBJECT (node) ? RBD_JSON_OBJECT : RBD_JSON_ARRAY;
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      scalar->type = RBD_JSON_INT;
      scalar->integer = json_node_get_int (node);
      scalar->number = (double) scalar->integer;
      break;
    case G_TYPE_DOUBLE:
      scalar->type = RBD_JSON_DOUBLE;
      scalar->number = json_node_get_double (node);
      break;
    case G_TYPE_BOOLEAN:
      scalar->type = RBD_JSON_BOOLEAN;
      scalar->boolean = json_node_get_boolean (node);
      break;
    case G_TYPE_STRING:
      scalar->type = RBD_JSON_STRING;
      scalar->string = json_node_get_string (node);
      break;
    default:
      scalar->type = RBD_JSON_NONE;
      break;
    }
}

static char *
node_to_text (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  rbd_json_write_node (out, node);

  /* Keep messages readable when someone pasted a novel into a number. */
  if (out->len > 80)
    {
      g_string_truncate (out, 77);
      g_string_append (out, "…");
    }

  return g_string_free (out, FALSE);
}

/* A short name for the item in messages: its id, or its date. */
static const char *
peek_item_label (RbdRecordClass *klass,
                 JsonObject     *object)
{
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const RbdField *field = &klass->fields[i];

      if (field->type == RBD_FIELD_ID || (field->type == RBD_FIELD_DATE && field->required))
        {
          JsonNode *node = json_object_get_member (object, field->name);

          if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
              json_node_get_value_type (node) == G_TYPE_STRING)
            return json_node_get_string (node);
        }
    }

  return NULL;
}

/**
 * rbd_record_new_from_json:
 *
 * Builds a record of @type from @node. Invalid members are left unset and
 * reported in @context; when a required member is missing or invalid, the
 * item cannot stand and %NULL is returned (also reported).
 */
RbdRecord *
rbd_record_new_from_json (GType           type,
                          JsonNode       *node,
                          RbdLoadContext *context)
{
  g_autoptr(RbdRecord) self = NULL;
  RbdRecordPrivate *priv;
  RbdRecordClass *klass;
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean skip = FALSE;
  const char *saved_item_id;
  GValue *values;

  g_return_val_if_fail (g_type_is_a (type, RBD_TYPE_RECORD), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (context != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *text = node_to_text (node);

      rbd_load_context_add (context, NULL, text, TRUE, _("Expected an object with members"));
      return NULL;
    }

  self = g_object_new (type, NULL);
  priv = rbd_record_get_instance_private (self);
  klass = RBD_RECORD_GET_CLASS (self);
  values = ensure_values (self);
  object = json_node_get_object (node);

  saved_item_id = context->item_id;
  context->item_id = peek_item_label (klass, object);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      int i = field_index (klass, name);
      g_autoptr(GError) error = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      RbdJsonScalar scalar;

      if (i < 0 || !g_str_equal (klass->fields[i].name, name))
        {
          if (klass->children_member != NULL && g_str_equal (name, klass->children_member))
            {
              read_children (self, member, context);
              continue;
            }

          if (priv->unknown == NULL)
            priv->unknown = json_object_new ();
          json_object_set_member (priv->unknown, name, json_node_copy (member));
          continue;
        }

      /* null: not recorded. */
      if (JSON_NODE_HOLDS_NULL (member) && !klass->fields[i].required)
        continue;

      g_value_init (&value, G_VALUE_TYPE (&values[i]));
      scalar_from_node (member, &scalar);
      if (!value_from_scalar (&klass->fields[i], &scalar, &value, &error) ||
          !rbd_field_validate (&klass->fields[i], &value, &error))
        {
          g_autofree char *text = node_to_text (member);

          rbd_load_context_add (context, name, text, klass->fields[i].required, error->message);
          skip |= klass->fields[i].required;
          continue;
        }

      store_value (self, i, &value, FALSE);
    }

  for (guint i = 0; i < klass->n_fields && !skip; i++)
    {
      if (klass->fields[i].required && (priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) == 0)
        {
          g_autofree char *message = g_strdup_printf (_("%s is missing"),
                                                      field_label (&klass->fields[i]));

          rbd_load_context_add (context, klass->fields[i].name, NULL, TRUE, message);
          skip = TRUE;
        }
    }

  context->item_id = saved_item_id;

  if (skip)
    return NULL;

  return g_steal_pointer (&self);
}

static char *
raw_to_text (const RbdJsonScalar *scalar)
{
  if (scalar->raw_length > 80)
    return g_strdup_printf ("%.*s…", 77, scalar->raw);

  return g_strndup (scalar->raw, scalar->raw_length);
}

/**
 * rbd_record_read:
 *
 * Like rbd_record_new_from_json(), reading the next value of @reader. This
 * is the loader's fast path: known members go straight into the record.
 * On a syntax error, returns %NULL and @reader has failed.
 */
RbdRecord *
rbd_record_read (GType           type,
                 RbdJsonReader  *reader,
                 RbdLoadContext *context)
{
  g_autoptr(RbdRecord) self = NULL;
  RbdRecordPrivate *priv;
  RbdRecordClass *klass;
  const char *name;
  gboolean skip = FALSE;
  guint first_problem;
  GValue *values;

  g_return_val_if_fail (g_type_is_a (type, RBD_TYPE_RECORD), NULL);
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (context != NULL, NULL);

  if (rbd_json_reader_peek (reader) != RBD_JSON_OBJECT)
    {
      g_autoptr(JsonNode) node = rbd_json_reader_read_node (reader);
      g_autofree char *text = NULL;

      if (node == NULL)
        return NULL;
      text = node_to_text (node);
      rbd_load_context_add (context, NULL, text, TRUE, _("Expected an object with members"));
      return NULL;
    }

  self = g_object_new (type, NULL);
  priv = rbd_record_get_instance_private (self);
  klass = RBD_RECORD_GET_CLASS (self);
  values = ensure_values (self);
  first_problem = context->problems->len;

  rbd_json_reader_begin_object (reader);
  while (rbd_json_reader_next_member (reader, &name))
    {
      int i = field_index (klass, name);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;
      RbdJsonScalar scalar;
      const RbdField *field;

      if (i < 0 || !g_str_equal (klass->fields[i].name, name))
        {
          g_autofree char *key = g_strdup (name);

          node = rbd_json_reader_read_node (reader);
          if (node == NULL)
            return NULL;

          if (klass->children_member != NULL && g_str_equal (key, klass->children_member))
            {
              read_children (self, node, context);
              continue;
            }

          if (priv->unknown == NULL)
            priv->unknown = json_object_new ();
          json_object_set_member (priv->unknown, key, g_steal_pointer (&node));
          continue;
        }

      field = &klass->fields[i];
      g_value_init (&value, G_VALUE_TYPE (&values[i]));

      if (rbd_json_reader_peek (reader) == RBD_JSON_OBJECT ||
          rbd_json_reader_peek (reader) == RBD_JSON_ARRAY)
        {
          node = rbd_json_reader_read_node (reader);
          if (node == NULL)
            return NULL;
          scalar_from_node (node, &scalar);
          text = node_to_text (node);
        }
      else if (!rbd_json_reader_read_scalar (reader, &scalar))
        {
          return NULL;
        }

      /* null: not recorded. */
      if (scalar.type == RBD_JSON_NULL && !field->required)
        continue;

      if (value_from_scalar (field, &scalar, &value, &error) &&
          rbd_field_validate (field, &value, &error))
        {
          store_value (self, i, &value, FALSE);
          continue;
        }

      if (text == NULL)
        text = raw_to_text (&scalar);
      rbd_load_context_add (context, field->name, text, field->required, error->message);
      skip |= field->required;
    }

  if (rbd_json_reader_failed (reader))
    return NULL;

  for (guint i = 0; i < klass->n_fields && !skip; i++)
    {
      if (klass->fields[i].required && (priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) == 0)
        {
          g_autofree char *message = g_strdup_printf (_("%s is missing"),
                                                      field_label (&klass->fields[i]));

          rbd_load_context_add (context, klass->fields[i].name, NULL, TRUE, message);
          skip = TRUE;
        }
    }

  /* Name the item in its problems, now that its members are known. */
  if (context->problems->len > first_problem)
    {
      const char *label = NULL;

      for (guint i = 0; i < klass->n_fields && label == NULL; i++)
        {
          const RbdField *field = &klass->fields[i];

          if ((field->type == RBD_FIELD_ID || (field->type == RBD_FIELD_DATE && field->required)) &&
              (priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) != 0)
            label = g_value_get_string (&values[i]);
        }

      for (guint p = first_problem; p < context->problems->len && label != NULL; p++)
        {
          RbdLoadProblem *problem = context->problems->pdata[p];

          if (problem->item_id == NULL)
            problem->item_id = g_strdup (label);
        }
    }

  if (skip)
    return NULL;

  return g_steal_pointer (&self);
}

RbdRecord *
rbd_record_new_from_text (GType        type,
                          const char  *text,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  RbdLoadContext context = { .index = -1, .problems = problems };
  RbdRecord *record;

  g_return_val_if_fail (g_type_is_a (type, RBD_TYPE_RECORD), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!json_parser_load_from_data (parser, text, -1, error))
    return NULL;

  record = rbd_record_new_from_json (type, json_parser_get_root (parser), &context);
  if (problems->len > 0)
    {
      g_autofree char *message = rbd_load_problem_to_string (problems->pdata[0]);

      g_clear_object (&record);
      g_set_error_literal (error, RBD_RECORD_ERROR, RBD_RECORD_ERROR_INVALID, message);
      return NULL;
    }

  return record;
}

static void
write_value (GString        *out,
             const RbdField *field,
             const GValue   *value)
{
  switch (field->type)
    {
    case RBD_FIELD_INT:
      g_string_append_printf (out, "%d", g_value_get_int (value));
      break;
    case RBD_FIELD_DOUBLE:
      rbd_json_write_double (out, g_value_get_double (value));
      break;
    case RBD_FIELD_BOOLEAN:
      g_string_append (out, g_value_get_boolean (value) ? "true" : "false");
      break;
    case RBD_FIELD_KIND:
      rbd_json_write_string (out, rbd_kind_to_string (g_value_get_enum (value)));
      break;
    case RBD_FIELD_STRING:
    case RBD_FIELD_ID:
    case RBD_FIELD_REF:
    case RBD_FIELD_DATE:
    case RBD_FIELD_DATETIME:
    default:
      rbd_json_write_string (out, g_value_get_string (value));
      break;
    }
}

/**
 * rbd_record_get_json_text:
 *
 * The record as one line of compact JSON: known members in table order,
 * then members of subclasses, then unknown members as they were read.
 * Unset members are left out. Cached until the record changes.
 */
const char *
rbd_record_get_json_text (RbdRecord *self)
{
  RbdRecordPrivate *priv = rbd_record_get_instance_private (self);
  RbdRecordClass *klass;
  GValue *values;
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  if (priv->json_text != NULL)
    return priv->json_text;

  klass = RBD_RECORD_GET_CLASS (self);
  values = ensure_values (self);
  out = g_string_sized_new (256);

  g_string_append_c (out, '{');
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if ((priv->set_mask & (G_GUINT64_CONSTANT (1) << i)) == 0)
        continue;

      rbd_json_write_member (out, &first, klass->fields[i].name);
      write_value (out, &klass->fields[i], &values[i]);
    }

  if (klass->children_member != NULL)
    {
      RbdRecordPrivate *p = rbd_record_get_instance_private (self);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (p->children));

      rbd_json_write_member (out, &first, klass->children_member);
      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RbdRecord) child = g_list_model_get_item (G_LIST_MODEL (p->children), i);

          if (i > 0)
            g_string_append (out, ", ");
          g_string_append (out, rbd_record_get_json_text (child));
        }
      g_string_append_c (out, ']');
    }

  if (priv->unknown != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, priv->unknown);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          rbd_json_write_member (out, &first, name);
          rbd_json_write_node (out, member);
        }
    }
  g_string_append_c (out, '}');

  /* An exact copy: kept for every record, the GString's spare room (up
   * to half its size) would add megabytes to a large document. */
  priv->json_text = g_strndup (out->str, out->len);
  g_string_free (out, TRUE);

  return priv->json_text;
}

/**
 * rbd_record_copy:
 *
 * A deep copy with the same id and members (unknown ones included), not
 * owned by anything.
 */
RbdRecord *
rbd_record_copy (RbdRecord *self)
{
  g_autoptr(GError) error = NULL;
  RbdRecord *copy;

  g_return_val_if_fail (RBD_IS_RECORD (self), NULL);

  copy = rbd_record_new_from_text (G_OBJECT_TYPE (self), rbd_record_get_json_text (self), &error);
  if (copy == NULL)
    g_critical ("Could not copy a %s: %s", G_OBJECT_TYPE_NAME (self), error->message);

  return copy;
}
