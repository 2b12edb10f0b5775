/* test-json-reader.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rbd-json-reader.h"
#include "rbd-json-writer.h"

/* Reads @text as one value and writes it back compactly; NULL on error,
 * with the error message in @message. */
static char *
reread (const char  *text,
        gsize        length,
        char       **message)
{
  g_autoptr(RbdJsonReader) reader = rbd_json_reader_new (text, length);
  g_autoptr(JsonNode) node = rbd_json_reader_read_node (reader);
  g_autoptr(GString) out = g_string_new (NULL);

  if (node == NULL || !rbd_json_reader_end (reader))
    {
      *message = g_strdup (rbd_json_reader_get_error (reader)->message);
      return NULL;
    }

  rbd_json_write_node (out, node);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  const char *in;
  const char *out;
} GoodCase;

static void
test_valid (void)
{
  static const GoodCase cases[] = {
    { "{}", "{}" },
    { " [ ] ", "[]" },
    { "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":-0.5}}",
      "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": -0.5}}" },
    { "\"\\u00e9\\u20ac\\ud83c\\udfc3 \\\"q\\\" \\/ \\\\\"", "\"é€🏃 \\\"q\\\" / \\\\\"" },
    { "1e3", "1000" },
    { "-0", "0" },
    { "12345678901234567890", "1.2345678901234567e+19" },
    { "\xEF\xBB\xBF{\"bom\": true}", "{\"bom\": true}" },
    { "\"自転車 ركوب\"", "\"自転車 ركوب\"" },
    { "{\"dup\": 1, \"dup\": 2}", "{\"dup\": 2}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;
      g_autofree char *out = reread (cases[i].in, strlen (cases[i].in), &message);

      if (out == NULL)
        g_error ("“%s” was refused: %s", cases[i].in, message);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

typedef struct
{
  const char *in;
  const char *where;   /* "line L, column C" */
} BadCase;

static void
test_invalid (void)
{
  static const BadCase cases[] = {
    { "", "line 1, column 1" },
    { "{", "line 1, column 2" },
    { "{\"a\": 1,}", "line 1, column 9" },
    { "[1, 2,]", "line 1, column 7" },
    { "{\"a\" 1}", "line 1, column 6" },
    { "{'a': 1}", "line 1, column 2" },
    { "[01]", "line 1, column 3" },
    { "[1.]", "line 1, column 4" },
    { "[.5]", "line 1, column 2" },
    { "[1e]", "line 1, column 4" },
    { "[+1]", "line 1, column 2" },
    { "[NaN]", "line 1, column 2" },
    { "[tru]", "line 1, column 2" },
    { "\"abc", "line 1, column 5" },
    { "\"a\tb\"", "line 1, column 3" },
    { "\"\\x41\"", "line 1, column 3" },
    { "\"\\u12\"", "line 1, column 3" },
    { "\"\\ud83c\"", "line 1, column" },
    { "\"\\udfc3\"", "line 1, column" },
    { "\"\\u0000\"", "line 1, column" },
    { "\"\xff\xfe\"", "line 1, column" },
    { "{}\n{}", "line 2, column 1" },
    { "{\n  \"a\": [\n    1,\n    2\n  ,\n}", "line 6, column 1" },
    { "{\"ä\": é}", "line 1, column 7" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;
      g_autofree char *out = reread (cases[i].in, strlen (cases[i].in), &message);

      if (out != NULL)
        g_error ("“%s” was accepted as %s", cases[i].in, out);
      if (strstr (message, cases[i].where) == NULL)
        g_error ("“%s”: “%s” does not say “%s”", cases[i].in, message, cases[i].where);
    }
}

static void
test_nul_bytes (void)
{
  /* Text with a NUL in the middle is not JSON, whatever strlen says. */
  const char text[] = "{\"a\": 1}\0{\"b\": 2}";
  g_autofree char *message = NULL;
  g_autofree char *out = reread (text, sizeof text - 1, &message);

  g_assert_null (out);
  g_assert_nonnull (strstr (message, "line 1, column 9"));
}

static void
test_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *message = NULL;
  g_autofree char *out = NULL;

  /* Deep nesting is refused with a message, not a crashed stack. */
  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  out = reread (deep->str, deep->len, &message);
  g_assert_null (out);
  g_assert_nonnull (strstr (message, "nested"));

  /* 100 levels are fine. */
  g_string_truncate (deep, 0);
  for (int i = 0; i < 100; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 100; i++)
    g_string_append_c (deep, ']');
  g_clear_pointer (&message, g_free);
  out = reread (deep->str, deep->len, &message);
  g_assert_nonnull (out);
}

static void
test_pull (void)
{
  const char *text = "{\"n\": 7, \"x\": 2.5, \"s\": \"hi\", \"b\": false, \"z\": null, \"list\": [1, 2]}";
  g_autoptr(RbdJsonReader) reader = rbd_json_reader_new (text, strlen (text));
  RbdJsonScalar scalar;
  const char *name;

  g_assert_true (rbd_json_reader_begin_object (reader));

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_cmpstr (name, ==, "n");
  g_assert_true (rbd_json_reader_read_scalar (reader, &scalar));
  g_assert_cmpint (scalar.type, ==, RBD_JSON_INT);
  g_assert_cmpint (scalar.integer, ==, 7);
  g_assert_cmpuint (scalar.raw_length, ==, 1);

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_true (rbd_json_reader_read_scalar (reader, &scalar));
  g_assert_cmpint (scalar.type, ==, RBD_JSON_DOUBLE);
  g_assert_cmpfloat (scalar.number, ==, 2.5);

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_true (rbd_json_reader_read_scalar (reader, &scalar));
  g_assert_cmpint (scalar.type, ==, RBD_JSON_STRING);
  g_assert_cmpstr (scalar.string, ==, "hi");
  g_assert_cmpuint (scalar.raw_length, ==, 4);

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_true (rbd_json_reader_read_scalar (reader, &scalar));
  g_assert_cmpint (scalar.type, ==, RBD_JSON_BOOLEAN);
  g_assert_false (scalar.boolean);

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_true (rbd_json_reader_read_scalar (reader, &scalar));
  g_assert_cmpint (scalar.type, ==, RBD_JSON_NULL);

  g_assert_true (rbd_json_reader_next_member (reader, &name));
  g_assert_cmpstr (name, ==, "list");
  g_assert_cmpint (rbd_json_reader_peek (reader), ==, RBD_JSON_ARRAY);
  /* A container is not a scalar. */
  g_assert_true (rbd_json_reader_skip (reader));

  g_assert_false (rbd_json_reader_next_member (reader, &name));
  g_assert_true (rbd_json_reader_end (reader));
  g_assert_false (rbd_json_reader_failed (reader));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/valid", test_valid);
  g_test_add_func ("/json-reader/invalid", test_invalid);
  g_test_add_func ("/json-reader/nul-bytes", test_nul_bytes);
  g_test_add_func ("/json-reader/depth", test_depth);
  g_test_add_func ("/json-reader/pull", test_pull);

  return g_test_run ();
}
