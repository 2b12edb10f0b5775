/* rbd-json-reader.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-json-reader"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "rbd-json-reader.h"

/* Deeper nesting than this is refused rather than risking the stack on a
 * hostile file; real documents are four levels deep. */
#define MAX_DEPTH 128

struct _RbdJsonReader
{
  const char *start;
  const char *p;
  const char *end;

  GError     *error;

  /* Per open object or array: has it had a member or element yet? */
  guint       depth;
  gboolean    had_item[MAX_DEPTH];

  GString    *name;
  GString    *string;
  char        number[64];
};

RbdJsonReader *
rbd_json_reader_new (const char *text,
                     gsize       length)
{
  RbdJsonReader *self = g_new0 (RbdJsonReader, 1);

  self->start = text;
  self->p = text;
  self->end = text + length;
  self->name = g_string_sized_new (32);
  self->string = g_string_sized_new (256);

  /* A UTF-8 byte order mark is harmless; skip it. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    self->p += 3;

  return self;
}

void
rbd_json_reader_free (RbdJsonReader *self)
{
  if (self == NULL)
    return;

  g_clear_error (&self->error);
  g_string_free (self->name, TRUE);
  g_string_free (self->string, TRUE);
  g_free (self);
}

gboolean
rbd_json_reader_failed (RbdJsonReader *self)
{
  return self->error != NULL;
}

const GError *
rbd_json_reader_get_error (RbdJsonReader *self)
{
  return self->error;
}

G_GNUC_PRINTF (2, 3)
static gboolean
fail (RbdJsonReader *self,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint line = 1;
  guint column = 1;

  if (self->error != NULL)
    return FALSE;

  /* Lines and columns counted the way editors do: from 1, in characters. */
  for (const char *q = self->start; q < self->p && q < self->end; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        {
          column++;
        }
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  self->error = g_error_new (JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE,
                             _("line %u, column %u: %s"), line, column, message);

  /* Nothing is read after the first error. */
  self->p = self->end;

  return FALSE;
}

static void
skip_space (RbdJsonReader *self)
{
  while (self->p < self->end &&
         (*self->p == ' ' || *self->p == '\n' || *self->p == '\r' || *self->p == '\t'))
    self->p++;
}

static gboolean
unexpected (RbdJsonReader *self,
            const char    *wanted)
{
  if (self->p >= self->end)
    return fail (self, _("the text ends where %s was expected"), wanted);

  if ((guchar) *self->p >= 0x20 && (guchar) *self->p < 0x7F)
    return fail (self, _("found “%c” where %s was expected"), *self->p, wanted);

  return fail (self, _("found byte 0x%02x where %s was expected"), (guchar) *self->p, wanted);
}

RbdJsonType
rbd_json_reader_peek (RbdJsonReader *self)
{
  skip_space (self);

  if (self->error != NULL || self->p >= self->end)
    return RBD_JSON_NONE;

  switch (*self->p)
    {
    case '{': return RBD_JSON_OBJECT;
    case '[': return RBD_JSON_ARRAY;
    case '"': return RBD_JSON_STRING;
    case 't':
    case 'f': return RBD_JSON_BOOLEAN;
    case 'n': return RBD_JSON_NULL;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return RBD_JSON_DOUBLE;
    default:
      return RBD_JSON_NONE;
    }
}

static gboolean
push (RbdJsonReader *self)
{
  if (self->depth >= MAX_DEPTH)
    return fail (self, g_dngettext (GETTEXT_PACKAGE, "nested more than %d level deep",
                                    "nested more than %d levels deep", MAX_DEPTH),
                 MAX_DEPTH);

  self->had_item[self->depth++] = FALSE;
  self->p++;

  return TRUE;
}

gboolean
rbd_json_reader_begin_object (RbdJsonReader *self)
{
  skip_space (self);

  if (self->p >= self->end || *self->p != '{')
    return unexpected (self, "“{”");

  return push (self);
}

gboolean
rbd_json_reader_begin_array (RbdJsonReader *self)
{
  skip_space (self);

  if (self->p >= self->end || *self->p != '[')
    return unexpected (self, "“[”");

  return push (self);
}

static guint32
read_hex4 (const char *p)
{
  guint32 value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return G_MAXUINT32;
      value = value * 16 + (guint32) digit;
    }

  return value;
}

/* Reads a string into @buf, decoding escapes and checking UTF-8. */
static gboolean
read_string (RbdJsonReader *self,
             GString       *buf)
{
  const char *run;

  g_string_truncate (buf, 0);

  if (self->p >= self->end || *self->p != '"')
    return unexpected (self, _("a string"));

  self->p++;
  run = self->p;

  while (self->p < self->end)
    {
      guchar c = (guchar) *self->p;

      if (c == '"')
        {
          g_string_append_len (buf, run, self->p - run);
          self->p++;

          if (!g_utf8_validate_len (buf->str, buf->len, NULL))
            return fail (self, _("a string is not valid UTF-8"));

          return TRUE;
        }

      if (c < 0x20)
        return fail (self, _("a control character inside a string (escape it)"));

      if (c != '\\')
        {
          self->p++;
          continue;
        }

      g_string_append_len (buf, run, self->p - run);
      self->p++;
      if (self->p >= self->end)
        break;

      switch (*self->p)
        {
        case '"':  g_string_append_c (buf, '"'); break;
        case '\\': g_string_append_c (buf, '\\'); break;
        case '/':  g_string_append_c (buf, '/'); break;
        case 'b':  g_string_append_c (buf, '\b'); break;
        case 'f':  g_string_append_c (buf, '\f'); break;
        case 'n':  g_string_append_c (buf, '\n'); break;
        case 'r':  g_string_append_c (buf, '\r'); break;
        case 't':  g_string_append_c (buf, '\t'); break;
        case 'u':
          {
            guint32 unit;

            if (self->end - self->p < 5 || (unit = read_hex4 (self->p + 1)) == G_MAXUINT32)
              return fail (self, _("“\\u” needs four hexadecimal digits"));
            self->p += 4;

            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                guint32 low;

                /* A surrogate pair: the low half must follow. */
                if (self->end - self->p < 7 || self->p[1] != '\\' || self->p[2] != 'u' ||
                    (low = read_hex4 (self->p + 3)) == G_MAXUINT32 ||
                    low < 0xDC00 || low > 0xDFFF)
                  return fail (self, _("an unpaired UTF-16 surrogate in “\\u” escapes"));
                self->p += 6;
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (unit >= 0xDC00 && unit <= 0xDFFF)
              {
                return fail (self, _("an unpaired UTF-16 surrogate in “\\u” escapes"));
              }
            else if (unit == 0)
              {
                return fail (self, _("“\\u0000” (a zero character) is not allowed"));
              }

            g_string_append_unichar (buf, unit);
          }
          break;
        default:
          return fail (self, _("“\\%c” is not a JSON escape"),
                       g_ascii_isprint (*self->p) ? *self->p : '?');
        }

      self->p++;
      run = self->p;
    }

  return fail (self, _("the text ends inside a string"));
}

/* After a member or element: either a separator or the closing bracket.
 * Returns TRUE when another item follows. */
static gboolean
next_item (RbdJsonReader *self,
           char           close)
{
  gboolean *had_item;

  if (self->error != NULL)
    return FALSE;

  g_return_val_if_fail (self->depth > 0, FALSE);

  had_item = &self->had_item[self->depth - 1];
  skip_space (self);

  if (self->p < self->end && *self->p == close)
    {
      self->p++;
      self->depth--;
      return FALSE;
    }

  if (*had_item)
    {
      if (self->p >= self->end || *self->p != ',')
        return unexpected (self, close == '}' ? _("“,” or “}”") : _("“,” or “]”"));
      self->p++;
      skip_space (self);
    }

  *had_item = TRUE;

  return TRUE;
}

gboolean
rbd_json_reader_next_member (RbdJsonReader  *self,
                             const char    **name)
{
  if (!next_item (self, '}'))
    return FALSE;

  if (!read_string (self, self->name))
    return FALSE;

  skip_space (self);
  if (self->p >= self->end || *self->p != ':')
    return unexpected (self, "“:”");
  self->p++;

  *name = self->name->str;

  return TRUE;
}

gboolean
rbd_json_reader_next_element (RbdJsonReader *self)
{
  return next_item (self, ']');
}

static gboolean
read_literal (RbdJsonReader *self,
              const char    *word)
{
  gsize len = strlen (word);

  if ((gsize) (self->end - self->p) < len || memcmp (self->p, word, len) != 0)
    return unexpected (self, _("a value"));

  self->p += len;

  return TRUE;
}

static gboolean
read_number (RbdJsonReader *self,
             RbdJsonScalar *scalar)
{
  const char *begin = self->p;
  const char *q = self->p;
  gboolean is_int = TRUE;
  gsize len;
  char *text;
  g_autofree char *long_text = NULL;

  /* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  if (q < self->end && *q == '-')
    q++;
  if (q < self->end && *q == '0')
    q++;
  else if (q < self->end && *q >= '1' && *q <= '9')
    while (q < self->end && g_ascii_isdigit (*q))
      q++;
  else
    {
      self->p = q;
      return unexpected (self, _("a digit"));
    }

  if (q < self->end && *q == '.')
    {
      is_int = FALSE;
      q++;
      if (q >= self->end || !g_ascii_isdigit (*q))
        {
          self->p = q;
          return unexpected (self, _("a digit"));
        }
      while (q < self->end && g_ascii_isdigit (*q))
        q++;
    }

  if (q < self->end && (*q == 'e' || *q == 'E'))
    {
      is_int = FALSE;
      q++;
      if (q < self->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= self->end || !g_ascii_isdigit (*q))
        {
          self->p = q;
          return unexpected (self, _("a digit"));
        }
      while (q < self->end && g_ascii_isdigit (*q))
        q++;
    }

  len = q - begin;
  if (len < sizeof self->number)
    {
      memcpy (self->number, begin, len);
      self->number[len] = '\0';
      text = self->number;
    }
  else
    {
      long_text = g_strndup (begin, len);
      text = long_text;
    }

  scalar->raw = begin;
  scalar->raw_length = len;
  self->p = q;

  if (is_int)
    {
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (text, NULL, 10);
      if (errno == 0)
        {
          scalar->type = RBD_JSON_INT;
          scalar->integer = value;
          scalar->number = (double) value;
          return TRUE;
        }
    }

  /* Fractions, exponents and integers too big for 64 bits. */
  scalar->type = RBD_JSON_DOUBLE;
  scalar->number = g_ascii_strtod (text, NULL);

  return TRUE;
}

gboolean
rbd_json_reader_read_scalar (RbdJsonReader *self,
                             RbdJsonScalar *scalar)
{
  const char *begin;

  memset (scalar, 0, sizeof *scalar);
  skip_space (self);

  if (self->error != NULL)
    return FALSE;

  begin = self->p;
  scalar->raw = begin;

  switch (rbd_json_reader_peek (self))
    {
    case RBD_JSON_NULL:
      scalar->type = RBD_JSON_NULL;
      if (!read_literal (self, "null"))
        return FALSE;
      break;

    case RBD_JSON_BOOLEAN:
      scalar->type = RBD_JSON_BOOLEAN;
      scalar->boolean = *self->p == 't';
      if (!read_literal (self, scalar->boolean ? "true" : "false"))
        return FALSE;
      break;

    case RBD_JSON_STRING:
      scalar->type = RBD_JSON_STRING;
      if (!read_string (self, self->string))
        return FALSE;
      scalar->string = self->string->str;
      break;

    case RBD_JSON_DOUBLE:
    case RBD_JSON_INT:
      return read_number (self, scalar);

    case RBD_JSON_OBJECT:
    case RBD_JSON_ARRAY:
    case RBD_JSON_NONE:
    default:
      return unexpected (self, _("a value"));
    }

  scalar->raw_length = self->p - begin;

  return TRUE;
}

static JsonNode *
read_node (RbdJsonReader *self)
{
  g_autoptr(JsonNode) node = NULL;
  RbdJsonScalar scalar;
  const char *name;

  switch (rbd_json_reader_peek (self))
    {
    case RBD_JSON_OBJECT:
      {
        JsonObject *object = json_object_new ();

        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);

        if (!rbd_json_reader_begin_object (self))
          return NULL;
        while (rbd_json_reader_next_member (self, &name))
          {
            g_autofree char *key = g_strdup (name);
            JsonNode *member = read_node (self);

            if (member == NULL)
              return NULL;
            json_object_set_member (object, key, member);
          }
      }
      break;

    case RBD_JSON_ARRAY:
      {
        JsonArray *array = json_array_new ();

        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);

        if (!rbd_json_reader_begin_array (self))
          return NULL;
        while (rbd_json_reader_next_element (self))
          {
            JsonNode *element = read_node (self);

            if (element == NULL)
              return NULL;
            json_array_add_element (array, element);
          }
      }
      break;

    case RBD_JSON_NULL:
    case RBD_JSON_BOOLEAN:
    case RBD_JSON_STRING:
    case RBD_JSON_INT:
    case RBD_JSON_DOUBLE:
    case RBD_JSON_NONE:
    default:
      if (!rbd_json_reader_read_scalar (self, &scalar))
        return NULL;

      switch (scalar.type)
        {
        case RBD_JSON_NULL:
          node = json_node_init_null (json_node_alloc ());
          break;
        case RBD_JSON_BOOLEAN:
          node = json_node_init_boolean (json_node_alloc (), scalar.boolean);
          break;
        case RBD_JSON_INT:
          node = json_node_init_int (json_node_alloc (), scalar.integer);
          break;
        case RBD_JSON_DOUBLE:
          node = json_node_init_double (json_node_alloc (), scalar.number);
          break;
        case RBD_JSON_STRING:
        case RBD_JSON_NONE:
        case RBD_JSON_OBJECT:
        case RBD_JSON_ARRAY:
        default:
          node = json_node_init_string (json_node_alloc (), scalar.string);
          break;
        }
      break;
    }

  if (self->error != NULL)
    return NULL;

  return g_steal_pointer (&node);
}

/**
 * rbd_json_reader_read_node:
 *
 * Reads the next value, whatever it is, as a tree.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL on an error
 */
JsonNode *
rbd_json_reader_read_node (RbdJsonReader *self)
{
  return read_node (self);
}

gboolean
rbd_json_reader_skip (RbdJsonReader *self)
{
  g_autoptr(JsonNode) node = read_node (self);

  return node != NULL;
}

/**
 * rbd_json_reader_end:
 *
 * Checks that nothing but white space follows the value just read.
 */
gboolean
rbd_json_reader_end (RbdJsonReader *self)
{
  skip_space (self);

  if (self->error != NULL)
    return FALSE;

  if (self->p < self->end)
    return fail (self, _("more text after the end of the document"));

  return TRUE;
}
