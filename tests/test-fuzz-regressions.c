/* test-fuzz-regressions.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

/* The fuzz targets' own code, without libFuzzer: every input in
 * tests/fuzz/regressions/<target>/ (inputs that once crashed) and in the
 * seed corpus goes through exactly what the fuzzer ran it through. A
 * failed check or a critical aborts the test. */
#define RBD_FUZZ_NO_MAIN
#undef G_LOG_DOMAIN
#include "fuzz/fuzz-document.c"
#undef G_LOG_DOMAIN
#include "fuzz/fuzz-gpx.c"
#undef G_LOG_DOMAIN
#include "fuzz/fuzz-routines.c"
#undef G_LOG_DOMAIN
#include "fuzz/fuzz-ical.c"
#undef G_LOG_DOMAIN
#define G_LOG_DOMAIN "test-fuzz-regressions"

typedef void (*FuzzFunc) (const guint8 *data, gsize size);

static const struct
{
  const char *name;
  FuzzFunc    func;
} targets[] = {
  { "fuzz-document", rbd_fuzz_document },
  { "fuzz-gpx", rbd_fuzz_gpx },
  { "fuzz-routines", rbd_fuzz_routines },
  { "fuzz-ical", rbd_fuzz_ical },
};

typedef struct
{
  FuzzFunc  func;
  char     *path;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->path);
  g_free (c);
}

static void
test_input (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (c->path, &contents, &length, &error);
  g_assert_no_error (error);

  c->func ((const guint8 *) contents, length);
}

/* One test per file, named after the folder and the file. */
static guint
add_folder (const char *kind,
            guint       target,
            GPtrArray  *cases)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", kind,
                                                     targets[target].name, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_ascii_strcasecmp);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = NULL;
      Case *c = g_new0 (Case, 1);

      c->func = targets[target].func;
      c->path = g_build_filename (dir_path, names->pdata[i], NULL);
      g_ptr_array_add (cases, c);

      test_path = g_strdup_printf ("/fuzz/%s/%s/%s", kind, targets[target].name,
                                   (const char *) names->pdata[i]);
      g_test_add_data_func (test_path, c, test_input);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  guint n_regressions = 0;
  guint n_seeds = 0;

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      n_regressions += add_folder ("regressions", i, cases);
      n_seeds += add_folder ("corpus", i, cases);
    }

  /* An empty corpus folder means the test data went missing. */
  g_assert_cmpuint (n_seeds, >, 0);
  g_test_message ("%u regression inputs, %u seeds", n_regressions, n_seeds);

  return g_test_run ();
}
