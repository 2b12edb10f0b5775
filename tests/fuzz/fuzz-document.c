/* fuzz-document.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-document"

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "rbd-store.h"

/* The input as the user's document: loaded by a store that writes
 * nothing. When it loads (perhaps with problems), what the store would
 * save must load again cleanly: a save never makes a document worse. */

static char *first_dir;
static char *second_dir;

static void
remove_dirs (void)
{
  const char *dirs[] = { first_dir, second_dir };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], "rebound.json", NULL);
      g_unlink (path);
      g_rmdir (dirs[i]);
    }
}

static void
make_dirs (void)
{
  g_autoptr(GError) error = NULL;

  if (first_dir != NULL)
    return;

  first_dir = g_dir_make_tmp ("rbd-fuzz-document-XXXXXX", &error);
  if (first_dir != NULL)
    second_dir = g_dir_make_tmp ("rbd-fuzz-document-XXXXXX", &error);
  if (second_dir == NULL)
    rbd_fuzz_fail ("no temporary folder: %s", error->message);
  atexit (remove_dirs);
}

static RbdStore *
load (const char *dir,
      const char *text,
      gsize       length,
      GError    **error)
{
  g_autofree char *path = g_build_filename (dir, "rebound.json", NULL);
  g_autoptr(GError) write_error = NULL;
  g_autoptr(RbdStore) store = NULL;

  /* No fsync: the file only has to outlive this call. Removed first,
   * because without G_FILE_SET_CONTENTS_CONSISTENT GLib 2.74 writes over
   * the old file without truncating it. */
  g_unlink (path);
  if (!g_file_set_contents_full (path, text, length, G_FILE_SET_CONTENTS_NONE, 0644,
                                 &write_error))
    rbd_fuzz_fail ("could not write %s: %s", path, write_error->message);

  store = rbd_store_new_for_checking (dir);
  rbd_store_load (store, error);

  return g_steal_pointer (&store);
}

void
rbd_fuzz_document (const guint8 *data,
                   gsize         size)
{
  g_autoptr(RbdStore) store = NULL;
  g_autoptr(RbdStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GPtrArray *problems;
  gsize length;

  make_dirs ();

  /* What the loads queued for the main loop (the app would run it):
   * left waiting, it piles up over a million inputs. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  store = load (first_dir, (const char *) data, size, NULL);
  if (rbd_store_get_state (store) != RBD_STORE_STATE_READY)
    return;

  text = rbd_store_serialize (store, &length);
  again = load (second_dir, text, length, &error);

  if (error != NULL)
    rbd_fuzz_fail ("the serialised document does not load: %s\n%s", error->message, text);
  if (rbd_store_get_state (again) != RBD_STORE_STATE_READY)
    rbd_fuzz_fail ("the serialised document loads in state %d\n%s",
                   rbd_store_get_state (again), text);

  problems = rbd_store_get_problems (again);
  if (problems != NULL && problems->len > 0)
    {
      g_autofree char *problem = rbd_load_problem_to_string (problems->pdata[0]);

      rbd_fuzz_fail ("the serialised document has %u problems, the first: %s\n%s",
                     problems->len, problem, text);
    }
}

RBD_FUZZ_ENTRY_POINT (rbd_fuzz_document)
