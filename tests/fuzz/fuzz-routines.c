/* fuzz-routines.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-routines"

#include "config.h"

#include "fuzz-common.h"
#include "rbd-json-reader.h"
#include "rbd-load-problem.h"
#include "rbd-record.h"
#include "rbd-routine.h"

/* The input as a JSON array of routines, read the way
 * rbd_builtin_routines_load() reads its resource; each routine read is
 * then serialised, as a save would. */

void
rbd_fuzz_routines (const guint8 *data,
                   gsize         size)
{
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_load_problem_free);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RbdJsonReader) reader = NULL;
  RbdLoadContext context = { .collection = "routines", .index = -1, .problems = problems };

  reader = rbd_json_reader_new ((const char *) data, size);

  if (rbd_json_reader_begin_array (reader))
    {
      while (rbd_json_reader_next_element (reader))
        {
          RbdRecord *routine;

          context.index++;
          routine = rbd_record_read (RBD_TYPE_ROUTINE, reader, &context);
          if (routine != NULL)
            g_ptr_array_add (loaded, routine);
          else if (problems->len == 0 && !rbd_json_reader_failed (reader))
            rbd_fuzz_fail ("routine %d was skipped without a problem", context.index);
        }
    }

  if (rbd_json_reader_failed (reader) || !rbd_json_reader_end (reader))
    {
      if (rbd_json_reader_get_error (reader) == NULL)
        rbd_fuzz_fail ("the reader failed without an error");
      return;
    }

  for (guint i = 0; i < problems->len; i++)
    g_free (rbd_load_problem_to_string (problems->pdata[i]));

  for (guint i = 0; i < loaded->len; i++)
    if (rbd_record_get_json_text (loaded->pdata[i]) == NULL)
      rbd_fuzz_fail ("routine %u has no JSON text", i);
}

RBD_FUZZ_ENTRY_POINT (rbd_fuzz_routines)
